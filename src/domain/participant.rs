//! A participant (*deltagare*): known only by a code, followed from referral through start,
//! phases and discharge to the follow-ups after it.

use super::journey::{Extension, FollowUp, NeverStarted, Situation};
use super::{Date, Id, Timestamp};
use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Woman,
    Man,
    Other,
    #[default]
    Unspecified,
}

impl Gender {
    pub const ALL: [Gender; 4] = [
        Gender::Woman,
        Gender::Man,
        Gender::Other,
        Gender::Unspecified,
    ];

    /// Stable key for forms and files.
    pub fn key(self) -> &'static str {
        match self {
            Gender::Woman => "woman",
            Gender::Man => "man",
            Gender::Other => "other",
            Gender::Unspecified => "unspecified",
        }
    }

    pub fn from_key(key: &str) -> Option<Gender> {
        Gender::ALL.into_iter().find(|g| g.key() == key)
    }
}

/// Where the participant is now in the project's method (*fas*, *steg*).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Mapping and vocational profile (*kartläggning, yrkesprofil*).
    Mapping,
    /// Introduction or group guidance (*introduktion, gruppvägledning*).
    Introduction,
    /// Work training or placement (*arbetsträning, praktik*).
    WorkTraining,
    /// Employment or studies with support.
    SupportedWork,
    /// Follow-up (*uppföljning*).
    FollowUp,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::Mapping,
        Phase::Introduction,
        Phase::WorkTraining,
        Phase::SupportedWork,
        Phase::FollowUp,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Phase::Mapping => "mapping",
            Phase::Introduction => "introduction",
            Phase::WorkTraining => "work_training",
            Phase::SupportedWork => "supported_work",
            Phase::FollowUp => "follow_up",
        }
    }

    pub fn from_key(key: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// One step of the dated phase history.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseEntry {
    pub phase: Phase,
    pub from: Date,
}

/// The end of participation (*utskrivning*). The outcome may be missing: reports show that hole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discharge {
    pub end: Date,
    pub outcome: Option<Id>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Referred but not started yet (*väntar*).
    Waiting,
    /// Referred, and never started (*påbörjade aldrig*): counted apart from the discharged.
    NeverStarted,
    Active,
    Discharged,
    /// Registered by mistake (*felregistrerad*): left out of every table and count.
    Mistaken,
}

/// An earlier, ended participation of a participant who came back: its own dates, phases,
/// outcome, income and occupation and follow-ups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred_on: Option<Date>,
    pub start: Date,
    #[serde(default)]
    pub phases: Vec<PhaseEntry>,
    pub discharge: Discharge,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_end: Option<Date>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extensions: Vec<Extension>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub check_ins: Vec<Date>,
    #[serde(default, skip_serializing_if = "Situation::is_empty")]
    pub at_start: Situation,
    #[serde(default, skip_serializing_if = "Situation::is_empty")]
    pub at_end: Situation,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub id: Id,
    pub project_id: Id,
    /// The app-generated code, e.g. `D-017`: the only identifier. Never a name.
    pub code: String,
    pub gender: Gender,
    pub birth_year: Option<i32>,
    /// The birth year was worked out from an age at the start (an import): it may be a year off.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub birth_year_approximate: bool,
    pub referral: Option<Id>,
    /// The referral date (*anvisningsdatum*), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referred_on: Option<Date>,
    /// The start date; none while waiting (every version before 0.3 always had one).
    #[serde(default)]
    pub start: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub never_started: Option<NeverStarted>,
    /// The planned end as set at the start, before any extension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_end: Option<Date>,
    /// Extensions of the planned end, oldest first; each moves it later.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extensions: Vec<Extension>,
    /// Days a check-in (*avstämning*) was held, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub check_ins: Vec<Date>,
    #[serde(default, skip_serializing_if = "Situation::is_empty")]
    pub at_start: Situation,
    #[serde(default, skip_serializing_if = "Situation::is_empty")]
    pub at_end: Situation,
    /// Follow-ups after the discharge, one per number of months.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUp>,
    pub sub_unit: Option<Id>,
    /// Registered anonymously in SUS (no consent or protected identity).
    #[serde(default)]
    pub anonymous_in_sus: bool,
    #[serde(default)]
    pub note: String,
    /// Phase history, oldest first. Never empty for a started participant made by the app.
    #[serde(default)]
    pub phases: Vec<PhaseEntry>,
    pub discharge: Option<Discharge>,
    /// Earlier participations under the same code, oldest first, each ended before the next
    /// began; the fields above are the current one (*återkomst*).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<Participation>,
    /// Registered by mistake (*felregistrerad*): kept, and shown under its own filter, but left
    /// out of every table and count until the coach undoes it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mistaken: bool,
    pub updated_at: Timestamp,
}

impl Participant {
    /// A participant with only what every record must have: starting on `start` in the
    /// mapping phase, everything else unknown. Code that builds participants (a registration,
    /// an import, the demo) starts here and sets what it knows, so a new field with a default
    /// is added in this one place.
    pub fn new(id: Id, project_id: Id, code: String, start: Date, updated_at: Timestamp) -> Self {
        Participant {
            id,
            project_id,
            code,
            gender: Gender::default(),
            birth_year: None,
            birth_year_approximate: false,
            referral: None,
            referred_on: None,
            start: Some(start),
            never_started: None,
            planned_end: None,
            extensions: Vec::new(),
            check_ins: Vec::new(),
            at_start: Situation::default(),
            at_end: Situation::default(),
            follow_ups: Vec::new(),
            earlier: Vec::new(),
            sub_unit: None,
            anonymous_in_sus: false,
            note: String::new(),
            phases: vec![PhaseEntry {
                phase: Phase::Mapping,
                from: start,
            }],
            discharge: None,
            mistaken: false,
            updated_at,
        }
    }

    /// A participant registered at referral on `referred_on`, waiting to start.
    pub fn waiting(
        id: Id,
        project_id: Id,
        code: String,
        referred_on: Date,
        updated_at: Timestamp,
    ) -> Self {
        Participant {
            referred_on: Some(referred_on),
            start: None,
            phases: Vec::new(),
            ..Participant::new(id, project_id, code, referred_on, updated_at)
        }
    }

    /// A new registration: starting on `start`, or, without one, waiting since
    /// `referred_on` (a checked form or import row has one of the two).
    pub fn registered(
        id: Id,
        project_id: Id,
        code: String,
        referred_on: Option<Date>,
        start: Option<Date>,
        updated_at: Timestamp,
    ) -> Self {
        match start {
            Some(start) => Participant {
                referred_on,
                ..Participant::new(id, project_id, code, start, updated_at)
            },
            None => Participant::waiting(
                id,
                project_id,
                code,
                referred_on.unwrap_or(Date::EARLIEST),
                updated_at,
            ),
        }
    }

    pub fn status(&self) -> Status {
        if self.mistaken {
            Status::Mistaken
        } else if self.discharge.is_some() {
            Status::Discharged
        } else if self.start.is_some() {
            Status::Active
        } else if self.never_started.is_some() {
            Status::NeverStarted
        } else {
            Status::Waiting
        }
    }

    /// The age in whole years at the start (the referral, while waiting), as the reports count
    /// it: year of start minus year of birth.
    pub fn age_at_start(&self) -> Option<i32> {
        let start = self.start.or(self.referred_on)?;
        self.birth_year.map(|y| start.year() - y)
    }

    /// Ends the current (discharged) participation and begins a new one under the same code:
    /// the current participation moves to [`Participant::earlier`], and the participant waits
    /// from `referred_on` or starts on `start`. The caller has checked the dates
    /// (`journey_forms::validate_return`).
    pub fn come_back(&mut self, referred_on: Option<Date>, start: Option<Date>) {
        let (Some(discharge), Some(old_start)) = (self.discharge, self.start) else {
            return;
        };
        self.discharge = None;
        self.earlier.push(Participation {
            referred_on: self.referred_on.take(),
            start: old_start,
            phases: std::mem::take(&mut self.phases),
            discharge,
            planned_end: self.planned_end.take(),
            extensions: std::mem::take(&mut self.extensions),
            check_ins: std::mem::take(&mut self.check_ins),
            at_start: std::mem::take(&mut self.at_start),
            at_end: std::mem::take(&mut self.at_end),
            follow_ups: std::mem::take(&mut self.follow_ups),
        });
        self.referred_on = referred_on;
        self.start = start;
        self.phases = start
            .map(|from| PhaseEntry {
                phase: Phase::Mapping,
                from,
            })
            .into_iter()
            .collect();
    }

    /// Each earlier participation as a participant of its own (same code, gender, birth year,
    /// referral source and sub-unit), for the reports, which count participations.
    pub fn earlier_participations(&self) -> impl Iterator<Item = Participant> + '_ {
        self.earlier.iter().map(|e| Participant {
            gender: self.gender,
            birth_year: self.birth_year,
            birth_year_approximate: self.birth_year_approximate,
            referral: self.referral,
            sub_unit: self.sub_unit,
            anonymous_in_sus: self.anonymous_in_sus,
            mistaken: self.mistaken,
            referred_on: e.referred_on,
            planned_end: e.planned_end,
            extensions: e.extensions.clone(),
            check_ins: e.check_ins.clone(),
            at_start: e.at_start,
            at_end: e.at_end,
            follow_ups: e.follow_ups.clone(),
            phases: e.phases.clone(),
            discharge: Some(e.discharge),
            ..Participant::new(
                self.id,
                self.project_id,
                self.code.clone(),
                e.start,
                self.updated_at,
            )
        })
    }

    /// The planned end now: the last extension's, or the one set at the start.
    pub fn current_planned_end(&self) -> Option<Date> {
        self.extensions.last().map(|e| e.until).or(self.planned_end)
    }

    /// Days waited from referral to the start, or to `today` while still waiting; none
    /// without a referral date.
    pub fn days_waited(&self, today: Date) -> Option<i64> {
        let until = self
            .start
            .or(self.never_started.map(|n| n.on))
            .unwrap_or(today);
        self.referred_on.map(|r| r.days_until(until).max(0))
    }

    /// The phase the participant is in now, if any has been recorded.
    pub fn current_phase(&self) -> Option<Phase> {
        self.phases.last().map(|e| e.phase)
    }

    /// Days from start to the end date, or to `today` while still active; 0 before a start.
    pub fn days_in_project(&self, today: Date) -> i64 {
        let until = self.discharge.map(|d| d.end).unwrap_or(today);
        self.start.map_or(0, |s| s.days_until(until).max(0))
    }
}

/// The prefix of generated participant codes (*D* for *deltagare*).
pub const CODE_PREFIX: &str = "D-";

/// The next free code in a project: one more than the highest `D-NNN` in use, at least three
/// digits. Codes of other shapes (imported ones, say) are left alone and never collide.
pub fn next_code<'a>(existing: impl IntoIterator<Item = &'a str>) -> String {
    let highest = existing
        .into_iter()
        .filter_map(|code| code.strip_prefix(CODE_PREFIX))
        .filter_map(|digits| digits.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{CODE_PREFIX}{:03}", highest + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_code_counts_up_from_the_highest_and_pads_to_three_digits() {
        assert_eq!(next_code([]), "D-001");
        assert_eq!(next_code(["D-001", "D-017", "D-003"]), "D-018");
        assert_eq!(next_code(["X-900", "D-abc", "D-009"]), "D-010");
        assert_eq!(next_code(["D-999"]), "D-1000");
    }

    #[test]
    fn keys_round_trip() {
        for g in Gender::ALL {
            assert_eq!(Gender::from_key(g.key()), Some(g));
        }
        for p in Phase::ALL {
            assert_eq!(Phase::from_key(p.key()), Some(p));
        }
    }
}
