//! A participant (*deltagare*): known only by a code, followed from start to outcome.

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
    Active,
    Discharged,
    /// Registered by mistake (*felregistrerad*): left out of every table and count.
    Mistaken,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub id: Id,
    pub project_id: Id,
    /// The app-generated code, e.g. `D-017`: the only identifier. Never a name.
    pub code: String,
    pub gender: Gender,
    pub birth_year: Option<i32>,
    pub referral: Option<Id>,
    pub start: Date,
    pub sub_unit: Option<Id>,
    /// Registered anonymously in SUS (no consent or protected identity).
    #[serde(default)]
    pub anonymous_in_sus: bool,
    #[serde(default)]
    pub note: String,
    /// Phase history, oldest first. Never empty for a record made by the app.
    #[serde(default)]
    pub phases: Vec<PhaseEntry>,
    pub discharge: Option<Discharge>,
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
            referral: None,
            start,
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

    pub fn status(&self) -> Status {
        if self.mistaken {
            Status::Mistaken
        } else if self.discharge.is_some() {
            Status::Discharged
        } else {
            Status::Active
        }
    }

    /// The phase the participant is in now, if any has been recorded.
    pub fn current_phase(&self) -> Option<Phase> {
        self.phases.last().map(|e| e.phase)
    }

    /// Days from start to the end date, or to `today` while still active.
    pub fn days_in_project(&self, today: Date) -> i64 {
        let until = self.discharge.map(|d| d.end).unwrap_or(today);
        self.start.days_until(until).max(0)
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
