//! Form validation: what a coach typed, checked against the domain rules.
//!
//! Forms hold text exactly as typed, so nothing is lost when a check fails. A validator either
//! returns typed values ready to store, or every problem found, each tied to the field it
//! concerns. The message catalogue (`i18n`) says each problem in plain Swedish.

use super::form::{
    date_field, label_names, no_personnummer, not_far_ahead, percent, positive, whole_number,
};
pub use super::form::{Field, FieldError, Invalid, Problem, MAX_CODE_LEN, MAX_DAYS_AHEAD};
use super::participant::{Discharge, Gender, Participant, Phase, PhaseEntry};
use super::project::{Label, OutcomeLabel, Project, SubUnit};
use super::{personnummer, Date, Id};

/// Youngest and oldest age accepted from a birth year.
pub const MIN_AGE: i32 = 15;
pub const MAX_AGE: i32 = 80;

/// The age, in whole years as the reports count it (year of start minus year of birth), of
/// someone born in `birth_year` who starts on `start` (today, until a start date is known).
/// The age rules judge this, never the age today.
pub fn age_at(birth_year: i32, start: Option<Date>, today: Date) -> i32 {
    start.unwrap_or(today).year() - birth_year
}

/// [`Problem::TooYoung`] or [`Problem::TooOld`] if the age at the start ([`age_at`]) is outside
/// [`MIN_AGE`]–[`MAX_AGE`]: the rule of the form and of the import alike.
pub fn age_problem(birth_year: i32, start: Option<Date>, today: Date) -> Option<Problem> {
    let age = age_at(birth_year, start, today);
    if age < MIN_AGE {
        Some(Problem::TooYoung)
    } else if age > MAX_AGE {
        Some(Problem::TooOld)
    } else {
        None
    }
}

/// "16, 30, 50, 65": the lower bounds of the age bands as a coach types them.
pub fn age_bands_text(bands: &[u8]) -> String {
    bands
        .iter()
        .map(u8::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads age band bounds: whole numbers from 0 to 120, strictly ascending, at least one,
/// separated by commas, semicolons or spaces. Empty means the default bands.
pub fn parse_age_bands(text: &str) -> Option<Vec<u8>> {
    if text.trim().is_empty() {
        return Some(super::project::default_age_bands());
    }
    let bands: Vec<u8> = text
        .split([',', ';', ' '])
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().parse::<u8>().ok().filter(|n| *n <= 120))
        .collect::<Option<_>>()?;
    let ascending = bands.windows(2).all(|w| w[0] < w[1]);
    (ascending && !bands.is_empty()).then_some(bands)
}

/// A sub-unit as edited: its target still text.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SubUnitForm {
    pub id: Option<Id>,
    pub name: String,
    pub volume_target: String,
    pub retired: bool,
}

/// A project as typed in its form.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ProjectForm {
    pub name: String,
    pub start: String,
    pub end: String,
    pub volume_target: String,
    pub target_women_percent: String,
    pub outcome_goal_percent: String,
    /// Lower bounds of the report's age bands, e.g. "16, 30, 50, 65".
    pub age_bands: String,
    pub sub_units: Vec<SubUnitForm>,
    pub referral_sources: Vec<Label>,
    pub outcomes: Vec<OutcomeLabel>,
    /// The journey's settings: planned length, extension reasons, check-ins, follow-ups and
    /// the waiting limit (see [`super::journey_forms`]).
    pub journey: super::journey_forms::JourneySettingsForm,
}

impl ProjectForm {
    /// An empty form for a new project, with the default Swedish lists.
    pub fn new_project(today: Date) -> Self {
        ProjectForm {
            start: today.to_string(),
            age_bands: age_bands_text(&super::project::default_age_bands()),
            referral_sources: super::project::default_referral_sources(),
            outcomes: super::project::default_outcomes(),
            journey: super::journey_forms::JourneySettingsForm::new_project(),
            ..Default::default()
        }
    }

    /// The same form with other default lists (the coach's language; see
    /// `crate::i18n::Texts::default_outcomes`).
    pub fn with_default_lists(mut self, referrals: &[&str], outcomes: &[(&str, bool)]) -> Self {
        self.referral_sources = super::project::labels(referrals);
        self.outcomes = super::project::outcome_labels(outcomes);
        self
    }

    /// The same form with other default reasons for an extension (the coach's language).
    pub fn with_extension_reasons(mut self, reasons: &[&str]) -> Self {
        self.journey.extension_reasons = super::project::labels(reasons);
        self
    }

    pub fn from_project(p: &Project) -> Self {
        let opt = |v: Option<String>| v.unwrap_or_default();
        ProjectForm {
            name: p.name.clone(),
            start: p.start.to_string(),
            end: opt(p.end.map(|d| d.to_string())),
            volume_target: opt(p.volume_target.map(|v| v.to_string())),
            target_women_percent: opt(p.target_women_percent.map(|v| v.to_string())),
            outcome_goal_percent: opt(p.outcome_goal_percent.map(|v| v.to_string())),
            age_bands: age_bands_text(&p.age_bands),
            sub_units: p
                .sub_units
                .iter()
                .map(|s| SubUnitForm {
                    id: Some(s.id),
                    name: s.name.clone(),
                    volume_target: opt(s.volume_target.map(|v| v.to_string())),
                    retired: s.retired,
                })
                .collect(),
            referral_sources: p.referral_sources.clone(),
            outcomes: p.outcomes.clone(),
            journey: super::journey_forms::JourneySettingsForm::from_project(p),
        }
    }
}

/// Checks a project form. On success `apply` writes the values into `project`.
pub fn validate_project(form: &ProjectForm, today: Date) -> Result<ValidProject, Invalid> {
    let mut e = Invalid::default();
    let name = form.name.trim().to_owned();
    if name.is_empty() {
        e.push(Field::Name, Problem::Required);
    }
    no_personnummer(&mut e, Field::Name, &name);
    let start = date_field(&mut e, Field::Start, &form.start, true);
    let end = date_field(&mut e, Field::End, &form.end, false);
    if let (Some(s), Some(en)) = (start, end) {
        if en < s {
            e.push(Field::End, Problem::EndBeforeStart);
        }
    }
    let volume_target = positive(&mut e, Field::VolumeTarget, &form.volume_target);
    let target_women_percent = percent(&mut e, Field::TargetWomen, &form.target_women_percent);
    let outcome_goal_percent = percent(&mut e, Field::OutcomeGoal, &form.outcome_goal_percent);
    let age_bands = parse_age_bands(&form.age_bands);
    if age_bands.is_none() {
        e.push(Field::AgeBands, Problem::InvalidAgeBands);
    }
    label_names(
        &mut e,
        form.referral_sources.iter().map(|l| l.name.as_str()),
        Field::ReferralSource,
    );
    label_names(
        &mut e,
        form.outcomes.iter().map(|l| l.name.as_str()),
        Field::Outcome,
    );
    label_names(
        &mut e,
        form.sub_units.iter().map(|s| s.name.as_str()),
        Field::SubUnitName,
    );
    let sub_units: Vec<SubUnit> = form
        .sub_units
        .iter()
        .enumerate()
        .map(|(i, s)| SubUnit {
            id: s.id.unwrap_or_else(Id::random),
            name: s.name.trim().to_owned(),
            volume_target: positive(&mut e, Field::SubUnitTarget(i), &s.volume_target),
            retired: s.retired,
        })
        .collect();
    let journey = super::journey_forms::journey_settings(&mut e, &form.journey);
    let trim_label = |l: &Label| Label {
        name: l.name.trim().to_owned(),
        ..l.clone()
    };
    let trim_outcome = |l: &OutcomeLabel| OutcomeLabel {
        name: l.name.trim().to_owned(),
        ..l.clone()
    };
    e.into_result(|| ValidProject {
        name,
        start: start.unwrap_or(today),
        end,
        volume_target,
        target_women_percent,
        outcome_goal_percent,
        age_bands: age_bands.unwrap_or_default(),
        sub_units,
        referral_sources: form.referral_sources.iter().map(trim_label).collect(),
        outcomes: form.outcomes.iter().map(trim_outcome).collect(),
        journey,
    })
}

/// A checked project form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidProject {
    pub name: String,
    pub start: Date,
    pub end: Option<Date>,
    pub volume_target: Option<u32>,
    pub target_women_percent: Option<u8>,
    pub outcome_goal_percent: Option<u8>,
    pub age_bands: Vec<u8>,
    pub sub_units: Vec<SubUnit>,
    pub referral_sources: Vec<Label>,
    pub outcomes: Vec<OutcomeLabel>,
    pub journey: super::journey_forms::JourneySettings,
}

impl ValidProject {
    /// Writes the checked values into a project record, keeping its id and archive flag.
    pub fn apply(self, p: &mut Project) {
        p.name = self.name;
        p.start = self.start;
        p.end = self.end;
        p.volume_target = self.volume_target;
        p.target_women_percent = self.target_women_percent;
        p.outcome_goal_percent = self.outcome_goal_percent;
        p.age_bands = self.age_bands;
        p.sub_units = self.sub_units;
        p.referral_sources = self.referral_sources;
        p.outcomes = self.outcomes;
        self.journey.apply(p);
    }

    pub fn into_new_project(self, now: super::Timestamp) -> Project {
        let mut p = Project::new(Id::random(), String::new(), self.start, now);
        self.apply(&mut p);
        p
    }
}

/// A participant's registration as typed.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ParticipantForm {
    pub code: String,
    pub gender: Gender,
    pub birth_year: String,
    /// The stored birth year was worked out from an age at the start (shown in the hint).
    pub birth_year_approximate: bool,
    pub referral: Option<Id>,
    pub referred_on: String,
    /// Empty while the participant waits to start (then a referral date is required).
    pub start: String,
    /// Whether the start may be left empty: a new registration or a waiting participant.
    pub may_wait: bool,
    pub sub_unit: Option<Id>,
    pub anonymous_in_sus: bool,
    pub note: String,
}

impl ParticipantForm {
    pub fn from_participant(p: &Participant) -> Self {
        ParticipantForm {
            code: p.code.clone(),
            gender: p.gender,
            birth_year: p.birth_year.map(|y| y.to_string()).unwrap_or_default(),
            birth_year_approximate: p.birth_year_approximate,
            referral: p.referral,
            referred_on: p.referred_on.map(|d| d.to_string()).unwrap_or_default(),
            start: p.start.map(|d| d.to_string()).unwrap_or_default(),
            may_wait: p.start.is_none(),
            sub_unit: p.sub_unit,
            anonymous_in_sus: p.anonymous_in_sus,
            note: p.note.clone(),
        }
    }
}

/// Checks a registration. `other_codes` are the codes of the project's other participants.
pub fn validate_participant<'a>(
    form: &ParticipantForm,
    other_codes: impl IntoIterator<Item = &'a str>,
    today: Date,
) -> Result<ValidParticipant, Invalid> {
    let mut e = Invalid::default();
    let code = form.code.trim().to_owned();
    if code.is_empty() {
        e.push(Field::Code, Problem::Required);
    } else if code.chars().count() > MAX_CODE_LEN {
        e.push(Field::Code, Problem::CodeTooLong);
    } else if personnummer::contains(&code) {
        e.push(Field::Code, Problem::LooksLikePersonnummer);
    } else {
        let lower = code.to_lowercase();
        if other_codes
            .into_iter()
            .any(|c| c.trim().to_lowercase() == lower)
        {
            e.push(Field::Code, Problem::DuplicateCode);
        }
    }
    let birth_year = whole_number(&mut e, Field::BirthYear, &form.birth_year).map(|y| y as i32);
    if let Some(y) = birth_year {
        // The age at the start, not today: a project's older records keep their ages.
        let start = [&form.start, &form.referred_on]
            .into_iter()
            .find_map(|t| Date::parse_iso(t).filter(|d| d.in_range()));
        if let Some(problem) = age_problem(y, start, today) {
            e.push(Field::BirthYear, problem);
        }
    }
    let referred_on = date_field(&mut e, Field::ReferredOn, &form.referred_on, false);
    not_far_ahead(&mut e, Field::ReferredOn, referred_on, today);
    let start = date_field(&mut e, Field::Start, &form.start, !form.may_wait);
    not_far_ahead(&mut e, Field::Start, start, today);
    if form.may_wait && form.start.trim().is_empty() && form.referred_on.trim().is_empty() {
        e.push(Field::Start, Problem::StartOrReferralRequired);
    }
    if let (Some(r), Some(s)) = (referred_on, start) {
        if r > s {
            e.push(Field::ReferredOn, Problem::ReferralAfterStart);
        }
    }
    no_personnummer(&mut e, Field::Note, &form.note);
    e.into_result(|| ValidParticipant {
        code,
        gender: form.gender,
        birth_year,
        referral: form.referral,
        referred_on,
        start,
        sub_unit: form.sub_unit,
        anonymous_in_sus: form.anonymous_in_sus,
        note: form.note.trim().to_owned(),
    })
}

/// A checked registration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidParticipant {
    pub code: String,
    pub gender: Gender,
    pub birth_year: Option<i32>,
    pub referral: Option<Id>,
    pub referred_on: Option<Date>,
    /// None: waiting to start (a referral date is then known).
    pub start: Option<Date>,
    pub sub_unit: Option<Id>,
    pub anonymous_in_sus: bool,
    pub note: String,
}

impl ValidParticipant {
    /// A new participant, starting in the mapping phase on the start date, or waiting since
    /// the referral date.
    pub fn into_new(self, project_id: Id, now: super::Timestamp) -> Participant {
        let (referred_on, start) = (self.referred_on, self.start);
        Participant {
            gender: self.gender,
            birth_year: self.birth_year,
            referral: self.referral,
            sub_unit: self.sub_unit,
            anonymous_in_sus: self.anonymous_in_sus,
            note: self.note,
            ..Participant::registered(Id::random(), project_id, self.code, referred_on, start, now)
        }
    }

    /// Writes the checked values into an existing participant. If the start date moved, the
    /// first phase entry moves with it when it began on the old start date.
    pub fn apply(self, p: &mut Participant) {
        if let (Some(first), Some(new)) = (p.phases.first_mut(), self.start) {
            if Some(first.from) == p.start || first.from < new {
                first.from = new;
            }
        }
        p.referred_on = self.referred_on;
        p.code = self.code;
        p.gender = self.gender;
        // A birth year worked out from an age stays marked as approximate until it is changed.
        p.birth_year_approximate &= p.birth_year == self.birth_year;
        p.birth_year = self.birth_year;
        p.referral = self.referral;
        p.start = self.start;
        p.sub_unit = self.sub_unit;
        p.anonymous_in_sus = self.anonymous_in_sus;
        p.note = self.note;
    }
}

/// A change of phase: the new phase and the day it began.
pub fn validate_phase_change(
    p: &Participant,
    phase: Phase,
    from: &str,
    today: Date,
) -> Result<PhaseEntry, Invalid> {
    let mut e = Invalid::default();
    if p.current_phase() == Some(phase) {
        e.push(Field::Phase, Problem::SamePhase);
    }
    let date = date_field(&mut e, Field::PhaseDate, from, true);
    if let Some(d) = date {
        if p.start.is_none_or(|s| d < s) {
            e.push(Field::PhaseDate, Problem::BeforeStart);
        } else if p.phases.last().is_some_and(|last| d < last.from) {
            e.push(Field::PhaseDate, Problem::BeforePreviousPhase);
        } else if p.discharge.is_some_and(|dis| d > dis.end) {
            e.push(Field::PhaseDate, Problem::AfterEnd);
        }
    }
    not_far_ahead(&mut e, Field::PhaseDate, date, today);
    e.into_result(|| PhaseEntry {
        phase,
        from: date.unwrap_or(today),
    })
}

/// A discharge: end date and outcome (both required when a coach discharges by hand).
pub fn validate_discharge(
    p: &Participant,
    end: &str,
    outcome: Option<Id>,
    today: Date,
) -> Result<Discharge, Invalid> {
    let mut e = Invalid::default();
    let date = date_field(&mut e, Field::End, end, true);
    if date.is_some_and(|d| p.start.is_none_or(|s| d < s)) {
        e.push(Field::End, Problem::EndBeforeStart);
    }
    not_far_ahead(&mut e, Field::End, date, today);
    if outcome.is_none() {
        e.push(Field::DischargeOutcome, Problem::Required);
    }
    e.into_result(|| Discharge {
        end: date.unwrap_or(today),
        outcome,
    })
}
