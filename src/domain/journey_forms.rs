//! Form validation of the journey: a project's journey settings, and each step a coach records
//! on a participant (a start, a never-start, an extension, a check-in, the income source and
//! occupation, a follow-up after exit).
//!
//! Like [`super::validate`], each validator returns what to store or every problem found, tied
//! to its field, so that nothing is saved from a form with a problem.

use super::form::{
    date_field, label_names, not_far_ahead, percent, whole_number, Field, Invalid, Problem,
};
use super::journey::{
    Extension, FollowUp, FollowUpStatus, Income, LengthUnit, NeverStarted, NotStartedReason,
    Occupation, PlannedLength, Situation, MAX_FOLLOW_UPS, MAX_MONTHS, MAX_WAIT_DAYS,
};
use super::participant::{Participant, Phase, PhaseEntry};
use super::project::{Label, Project};
use super::{Date, Id};

/// A project's journey settings as typed.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct JourneySettingsForm {
    /// The planned length's number; empty for none.
    pub planned_count: String,
    pub planned_unit: Option<LengthUnit>,
    pub extension_reasons: Vec<Label>,
    pub check_in_months: String,
    /// Months after the discharge, e.g. "6, 12".
    pub follow_up_months: String,
    pub wait_limit_days: String,
}

impl JourneySettingsForm {
    /// What a new project starts with: check-ins every 3 months, follow-ups at 6 and 12
    /// months, a waiting limit of 30 days, the default extension reasons, no planned length.
    pub fn new_project() -> Self {
        JourneySettingsForm {
            extension_reasons: super::project::labels(&super::project::DEFAULT_EXTENSION_REASONS),
            check_in_months: "3".into(),
            follow_up_months: "6, 12".into(),
            wait_limit_days: "30".into(),
            ..Default::default()
        }
    }

    pub fn from_project(p: &Project) -> Self {
        let text = |v: Option<String>| v.unwrap_or_default();
        JourneySettingsForm {
            planned_count: text(p.planned_length.map(|l| l.count.to_string())),
            planned_unit: p.planned_length.map(|l| l.unit),
            extension_reasons: p.extension_reasons.clone(),
            check_in_months: text(p.check_in_months.map(|m| m.to_string())),
            follow_up_months: months_text(&p.follow_up_months),
            wait_limit_days: text(p.wait_limit_days.map(|d| d.to_string())),
        }
    }
}

/// "6, 12": follow-up months as a coach types them.
pub fn months_text(months: &[u8]) -> String {
    let texts: Vec<String> = months.iter().map(u8::to_string).collect();
    texts.join(", ")
}

/// Reads follow-up months: whole numbers from 1 to [`MAX_MONTHS`], strictly ascending, at
/// most [`MAX_FOLLOW_UPS`], separated by commas, semicolons or spaces. Empty: none.
pub fn parse_follow_up_months(text: &str) -> Option<Vec<u8>> {
    let months: Vec<u8> = text
        .split([',', ';', ' '])
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().parse::<u8>().ok())
        .collect::<Option<_>>()?;
    follow_up_months_ok(&months).then_some(months)
}

/// Follow-up months a project may have: each from 1 to [`MAX_MONTHS`], strictly ascending, at
/// most [`MAX_FOLLOW_UPS`]. The form and the door check of a stored project judge by this.
pub fn follow_up_months_ok(months: &[u8]) -> bool {
    let in_range = months
        .iter()
        .all(|m| (1..=MAX_MONTHS).contains(&u16::from(*m)));
    let ascending = months.windows(2).all(|w| w[0] < w[1]);
    in_range && ascending && months.len() <= MAX_FOLLOW_UPS
}

/// Checked journey settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JourneySettings {
    pub planned_length: Option<PlannedLength>,
    pub extension_reasons: Vec<Label>,
    pub check_in_months: Option<u8>,
    pub follow_up_months: Vec<u8>,
    pub wait_limit_days: Option<u16>,
}

impl JourneySettings {
    pub fn apply(self, p: &mut Project) {
        p.planned_length = self.planned_length;
        p.extension_reasons = self.extension_reasons;
        p.check_in_months = self.check_in_months;
        p.follow_up_months = self.follow_up_months;
        p.wait_limit_days = self.wait_limit_days;
    }
}

/// A whole number in `1..=max`, or none for an empty text.
fn bounded(e: &mut Invalid, field: Field, text: &str, max: u16) -> Option<u16> {
    let n = whole_number(e, field, text)?;
    match u16::try_from(n) {
        Ok(n) if (1..=max).contains(&n) => Some(n),
        _ => {
            e.push(field, Problem::OutOfRange);
            None
        }
    }
}

/// Checks the journey settings of a project form, adding problems to `e`.
pub(super) fn journey_settings(e: &mut Invalid, form: &JourneySettingsForm) -> JourneySettings {
    let unit = form.planned_unit.unwrap_or(LengthUnit::Months);
    let max = PlannedLength::max_count(unit);
    let planned_length = bounded(e, Field::PlannedLength, &form.planned_count, max)
        .map(|count| PlannedLength { count, unit });
    label_names(
        e,
        form.extension_reasons.iter().map(|l| l.name.as_str()),
        Field::ExtensionReason,
    );
    let check_in_months = bounded(e, Field::CheckInMonths, &form.check_in_months, MAX_MONTHS)
        .and_then(|m| u8::try_from(m).ok());
    let follow_up_months = parse_follow_up_months(&form.follow_up_months).unwrap_or_else(|| {
        e.push(Field::FollowUpMonths, Problem::InvalidFollowUps);
        Vec::new()
    });
    let wait_limit_days = bounded(e, Field::WaitLimit, &form.wait_limit_days, MAX_WAIT_DAYS);
    JourneySettings {
        planned_length,
        extension_reasons: (form.extension_reasons.iter())
            .map(|l| Label {
                name: l.name.trim().to_owned(),
                ..l.clone()
            })
            .collect(),
        check_in_months,
        follow_up_months,
        wait_limit_days,
    }
}

/// A start of a waiting participant on `start`: the first phase begins and the planned end
/// follows from the project's planned length.
pub fn validate_start(
    p: &Participant,
    project: &Project,
    start: &str,
    today: Date,
) -> Result<Started, Invalid> {
    let mut e = Invalid::default();
    let date = date_field(&mut e, Field::StepDate, start, true);
    if date.zip(p.referred_on).is_some_and(|(d, r)| d < r) {
        e.push(Field::StepDate, Problem::BeforeReferral);
    }
    not_far_ahead(&mut e, Field::StepDate, date, today);
    let start = date.unwrap_or(today);
    e.into_result(|| Started {
        start,
        planned_end: project.planned_length.map(|l| l.end_from(start)),
    })
}

/// A checked start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Started {
    pub start: Date,
    pub planned_end: Option<Date>,
}

impl Started {
    pub fn apply(self, p: &mut Participant) {
        p.start = Some(self.start);
        p.never_started = None;
        p.planned_end = self.planned_end;
        p.phases = vec![PhaseEntry {
            phase: Phase::Mapping,
            from: self.start,
        }];
    }
}

/// The planned end a new registration gets from its project, if it has started.
pub fn planned_end_for(p: &Participant, project: &Project) -> Option<Date> {
    Some(project.planned_length?.end_from(p.start?))
}

/// A referral that ends without a start, on `on`, for `reason`.
pub fn validate_never_started(
    p: &Participant,
    on: &str,
    reason: Option<NotStartedReason>,
    today: Date,
) -> Result<NeverStarted, Invalid> {
    let mut e = Invalid::default();
    let date = date_field(&mut e, Field::StepDate, on, true);
    if date.zip(p.referred_on).is_some_and(|(d, r)| d < r) {
        e.push(Field::StepDate, Problem::BeforeReferral);
    }
    not_far_ahead(&mut e, Field::StepDate, date, today);
    if reason.is_none() {
        e.push(Field::Reason, Problem::Required);
    }
    e.into_result(|| NeverStarted {
        on: date.unwrap_or(today),
        reason: reason.unwrap_or(NotStartedReason::Other),
    })
}

/// The planned end set by hand (before any extension); empty clears it.
pub fn validate_planned_end(p: &Participant, text: &str) -> Result<Option<Date>, Invalid> {
    let mut e = Invalid::default();
    let date = date_field(&mut e, Field::NewPlannedEnd, text, false);
    if date.zip(p.start).is_some_and(|(d, s)| d < s) {
        e.push(Field::NewPlannedEnd, Problem::PlannedEndBeforeStart);
    }
    e.into_result(|| date)
}

/// An extension decided on `on` that moves the planned end to `until`, for one of the
/// project's reasons.
pub fn validate_extension(
    p: &Participant,
    on: &str,
    until: &str,
    reason: Option<Id>,
    today: Date,
) -> Result<Extension, Invalid> {
    let mut e = Invalid::default();
    let on = step_date(&mut e, p, on, today);
    let until = date_field(&mut e, Field::NewPlannedEnd, until, true);
    if let Some(u) = until {
        if p.start.is_some_and(|s| u < s) {
            e.push(Field::NewPlannedEnd, Problem::PlannedEndBeforeStart);
        } else if p.current_planned_end().is_some_and(|end| u <= end) {
            e.push(Field::NewPlannedEnd, Problem::NotLater);
        }
    }
    if reason.is_none() {
        e.push(Field::Reason, Problem::Required);
    }
    e.into_result(|| Extension {
        on: on.unwrap_or(today),
        until: until.unwrap_or(today),
        reason,
    })
}

/// The date of a step during the participation: required, not before the start, not after
/// the discharge, not far ahead.
fn step_date(e: &mut Invalid, p: &Participant, text: &str, today: Date) -> Option<Date> {
    let date = date_field(e, Field::StepDate, text, true);
    if let Some(d) = date {
        if p.start.is_none_or(|s| d < s) {
            e.push(Field::StepDate, Problem::BeforeStart);
        } else if p.discharge.is_some_and(|dis| d > dis.end) {
            e.push(Field::StepDate, Problem::AfterEnd);
        }
    }
    not_far_ahead(e, Field::StepDate, date, today);
    date
}

/// A check-in (*avstämning*) held on `on`.
pub fn validate_check_in(p: &Participant, on: &str, today: Date) -> Result<Date, Invalid> {
    let mut e = Invalid::default();
    let date = step_date(&mut e, p, on, today);
    e.into_result(|| date.unwrap_or(today))
}

/// Income source, occupation and extent as chosen (keys of the fixed lists; empty: unknown).
pub fn validate_situation(
    income: &str,
    occupation: &str,
    extent: &str,
) -> Result<Situation, Invalid> {
    let mut e = Invalid::default();
    let income = choice(&mut e, Field::Income, income, Income::from_key);
    let occupation = choice(&mut e, Field::Occupation, occupation, Occupation::from_key);
    let extent = percent(&mut e, Field::Extent, extent);
    e.into_result(|| Situation {
        income,
        occupation,
        extent,
    })
}

/// A choice from a fixed list by its key; empty is unknown, anything else [`Problem::NotInList`].
fn choice<T>(e: &mut Invalid, field: Field, key: &str, find: fn(&str) -> Option<T>) -> Option<T> {
    let key = key.trim();
    if key.is_empty() {
        return None;
    }
    let found = find(key);
    if found.is_none() {
        e.push(field, Problem::NotInList);
    }
    found
}

/// A follow-up `months` after the discharge, recorded on `on` with `status`.
pub fn validate_follow_up(
    p: &Participant,
    months: u8,
    on: &str,
    status: Option<FollowUpStatus>,
    today: Date,
) -> Result<FollowUp, Invalid> {
    let mut e = Invalid::default();
    let date = date_field(&mut e, Field::StepDate, on, true);
    match (date, p.discharge) {
        (Some(d), Some(dis)) if d < dis.end => e.push(Field::StepDate, Problem::BeforeDischarge),
        (_, None) => e.push(Field::StepDate, Problem::BeforeDischarge),
        _ => {}
    }
    not_far_ahead(&mut e, Field::StepDate, date, today);
    if p.follow_ups.iter().any(|f| f.months == months) {
        e.push(Field::StepDate, Problem::AlreadyRecorded);
    }
    if status.is_none() {
        e.push(Field::FollowUpStatus, Problem::Required);
    }
    e.into_result(|| FollowUp {
        months,
        on: date.unwrap_or(today),
        status: status.unwrap_or(FollowUpStatus::NotReached),
    })
}

/// A participant who comes back after a discharge: a new participation from `referred_on`
/// (waiting) or `start`. Both must lie after the earlier participation's end.
pub fn validate_return(
    p: &Participant,
    referred_on: &str,
    start: &str,
    today: Date,
) -> Result<(Option<Date>, Option<Date>), Invalid> {
    let mut e = Invalid::default();
    let referred = date_field(&mut e, Field::ReferredOn, referred_on, false);
    let begins = date_field(&mut e, Field::Start, start, false);
    not_far_ahead(&mut e, Field::ReferredOn, referred, today);
    not_far_ahead(&mut e, Field::Start, begins, today);
    if referred_on.trim().is_empty() && start.trim().is_empty() {
        e.push(Field::Start, Problem::StartOrReferralRequired);
    }
    let ended = p.discharge.map(|d| d.end);
    for (field, date) in [(Field::ReferredOn, referred), (Field::Start, begins)] {
        if date.is_some_and(|d| ended.is_none_or(|end| d <= end)) {
            e.push(field, Problem::Overlaps);
        }
    }
    if referred.zip(begins).is_some_and(|(r, s)| r > s) {
        e.push(Field::ReferredOn, Problem::ReferralAfterStart);
    }
    e.into_result(|| (referred, begins))
}
