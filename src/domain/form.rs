//! The vocabulary of form checks: which field a problem belongs to ([`Field`]), what is
//! wrong with it ([`Problem`]), every problem of one form ([`Invalid`]), and the small checks
//! the forms share (dates, whole numbers, percentages, names of a list).
//!
//! [`super::validate`] (projects, registrations, phases, discharges) and
//! [`super::journey_forms`] (the journey's steps) build on these.

use super::{personnummer, Date};

/// How far ahead of today a date may be, in days.
pub const MAX_DAYS_AHEAD: i64 = 366;
/// Longest participant code.
pub const MAX_CODE_LEN: usize = 20;

/// Which input a problem belongs to. List entries carry their position in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Start,
    End,
    VolumeTarget,
    TargetWomen,
    OutcomeGoal,
    AgeBands,
    ReferralSource(usize),
    Outcome(usize),
    SubUnitName(usize),
    SubUnitTarget(usize),
    Code,
    BirthYear,
    Note,
    PhaseDate,
    Phase,
    DischargeOutcome,
    ReferredOn,
    PlannedLength,
    ExtensionReason(usize),
    CheckInMonths,
    FollowUpMonths,
    WaitLimit,
    /// The date of a journey step (a start, a check-in, an extension, a follow-up).
    StepDate,
    /// An extension's new planned end.
    NewPlannedEnd,
    Reason,
    Income,
    Occupation,
    Extent,
    FollowUpStatus,
    /// The project's granted funds.
    GrantedFunds,
    /// A period of used funds: its first day, its last day, its amount.
    UsedFrom,
    UsedTo,
    UsedAmount,
    /// A running total of used funds: up to which day, and the total.
    UsedThrough,
    UsedTotal,
    /// One of the final report's texts.
    ReportText(TextKey),
}

/// One of the final report's texts (see [`super::narrative`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextKey {
    /// 2 Ansvarig för genomförandet.
    Responsible,
    /// 3 Samverkansparter.
    Partners,
    /// 4 Insatsbeskrivning: purpose.
    Purpose,
    /// 4 Insatsbeskrivning: target group.
    TargetGroup,
    /// 4 Insatsbeskrivning: how the work was done.
    Method,
    /// 5 Resultat och utfall: the coach's comment to the numbers.
    Results,
    /// 6 Lärdomar.
    Lessons,
    /// 6 Implementering: what lives on after the project.
    Implementation,
    /// 7 Ekonomi: a comment to the money.
    Economy,
}

impl TextKey {
    pub const ALL: [TextKey; 9] = [
        TextKey::Responsible,
        TextKey::Partners,
        TextKey::Purpose,
        TextKey::TargetGroup,
        TextKey::Method,
        TextKey::Results,
        TextKey::Lessons,
        TextKey::Implementation,
        TextKey::Economy,
    ];

    /// The element id of its text box, and its name in tests.
    pub fn key(self) -> &'static str {
        match self {
            TextKey::Responsible => "ansvarig",
            TextKey::Partners => "samverkansparter",
            TextKey::Purpose => "syfte",
            TextKey::TargetGroup => "malgrupp",
            TextKey::Method => "genomforande",
            TextKey::Results => "resultat",
            TextKey::Lessons => "lardomar",
            TextKey::Implementation => "implementering",
            TextKey::Economy => "ekonomi",
        }
    }
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Problem {
    Required,
    InvalidDate,
    InvalidWholeNumber,
    NotPositive,
    PercentOutOfRange,
    EndBeforeStart,
    TooFarAhead,
    TooYoung,
    TooOld,
    DuplicateCode,
    DuplicateLabel,
    CodeTooLong,
    LooksLikePersonnummer,
    BeforeStart,
    BeforePreviousPhase,
    AfterEnd,
    SamePhase,
    InvalidAgeBands,
    /// Before 1900 or after 2100 ([`super::date::FIRST_YEAR`], [`super::date::LAST_YEAR`]).
    DateOutOfRange,
    /// A referral date after the start.
    ReferralAfterStart,
    /// Neither a start nor a referral date.
    StartOrReferralRequired,
    /// An extension that does not move the planned end later.
    NotLater,
    /// A planned end before the start.
    PlannedEndBeforeStart,
    /// A number of weeks, months or days outside what a project may set.
    OutOfRange,
    /// Follow-up months not ascending, or too many.
    InvalidFollowUps,
    /// A follow-up recorded before the discharge, or before it is due.
    BeforeDischarge,
    /// A step dated before the referral.
    BeforeReferral,
    /// A follow-up of this number of months is already recorded.
    AlreadyRecorded,
    /// A choice that is not in its list (an import's income source, say).
    NotInList,
    /// A new participation that begins on or before the end of the earlier one.
    Overlaps,
    /// An amount of money below zero.
    NegativeAmount,
    /// Text that does not read as an amount of money.
    InvalidAmount,
    /// An amount above [`super::money::MAX_FUNDS`], alone or with those recorded.
    AmountTooLarge,
    /// A period of used funds that overlaps one already recorded.
    PeriodOverlaps,
    /// A running total dated on or before the last recorded period's end.
    NotAfterRecorded,
    /// A running total below what is already recorded.
    BelowRecorded,
    /// A text with something that looks like HTML.
    ContainsMarkup,
    /// A text longer than [`super::narrative::MAX_TEXT_CHARS`].
    TextTooLong,
}

impl Problem {
    /// Every problem, for checking that each has a message.
    pub const ALL: [Problem; 38] = [
        Problem::Required,
        Problem::InvalidDate,
        Problem::InvalidWholeNumber,
        Problem::NotPositive,
        Problem::PercentOutOfRange,
        Problem::EndBeforeStart,
        Problem::TooFarAhead,
        Problem::TooYoung,
        Problem::TooOld,
        Problem::DuplicateCode,
        Problem::DuplicateLabel,
        Problem::CodeTooLong,
        Problem::LooksLikePersonnummer,
        Problem::BeforeStart,
        Problem::BeforePreviousPhase,
        Problem::AfterEnd,
        Problem::SamePhase,
        Problem::InvalidAgeBands,
        Problem::DateOutOfRange,
        Problem::ReferralAfterStart,
        Problem::StartOrReferralRequired,
        Problem::NotLater,
        Problem::PlannedEndBeforeStart,
        Problem::OutOfRange,
        Problem::InvalidFollowUps,
        Problem::BeforeDischarge,
        Problem::BeforeReferral,
        Problem::AlreadyRecorded,
        Problem::NotInList,
        Problem::Overlaps,
        Problem::NegativeAmount,
        Problem::InvalidAmount,
        Problem::AmountTooLarge,
        Problem::PeriodOverlaps,
        Problem::NotAfterRecorded,
        Problem::BelowRecorded,
        Problem::ContainsMarkup,
        Problem::TextTooLong,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// Every problem found in a form. Never empty.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Invalid(pub Vec<FieldError>);

impl Invalid {
    pub(super) fn push(&mut self, field: Field, problem: Problem) {
        self.0.push(FieldError { field, problem });
    }

    /// The first problem of a field, for showing next to it.
    pub fn problem(&self, field: Field) -> Option<Problem> {
        self.0.iter().find(|e| e.field == field).map(|e| e.problem)
    }

    pub(super) fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, Invalid> {
        if self.0.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }
}

pub(super) fn date_field(
    errors: &mut Invalid,
    field: Field,
    text: &str,
    required: bool,
) -> Option<Date> {
    if text.trim().is_empty() {
        if required {
            errors.push(field, Problem::Required);
        }
        return None;
    }
    match Date::parse_iso(text) {
        None => {
            errors.push(field, Problem::InvalidDate);
            None
        }
        Some(date) if !date.in_range() => {
            errors.push(field, Problem::DateOutOfRange);
            None
        }
        date => date,
    }
}

pub(super) fn whole_number(errors: &mut Invalid, field: Field, text: &str) -> Option<i64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let value = text.parse::<i64>().ok();
    if value.is_none() {
        errors.push(field, Problem::InvalidWholeNumber);
    }
    value
}

pub(super) fn positive(errors: &mut Invalid, field: Field, text: &str) -> Option<u32> {
    let n = whole_number(errors, field, text)?;
    if n < 1 || n > i64::from(u32::MAX) {
        errors.push(field, Problem::NotPositive);
        return None;
    }
    Some(n as u32)
}

pub(super) fn percent(errors: &mut Invalid, field: Field, text: &str) -> Option<u8> {
    let n = whole_number(errors, field, text)?;
    if !(0..=100).contains(&n) {
        errors.push(field, Problem::PercentOutOfRange);
        return None;
    }
    Some(n as u8)
}

pub(super) fn not_far_ahead(errors: &mut Invalid, field: Field, date: Option<Date>, today: Date) {
    if date.is_some_and(|d| today.days_until(d) > MAX_DAYS_AHEAD) {
        errors.push(field, Problem::TooFarAhead);
    }
}

pub(super) fn no_personnummer(errors: &mut Invalid, field: Field, text: &str) {
    if personnummer::contains(text) {
        errors.push(field, Problem::LooksLikePersonnummer);
    }
}

/// Names in a list: none empty, none twice (ignoring case), none a personnummer.
pub(super) fn label_names<'a>(
    errors: &mut Invalid,
    names: impl Iterator<Item = &'a str>,
    field: fn(usize) -> Field,
) {
    let mut seen = std::collections::HashSet::new();
    for (i, name) in names.enumerate() {
        let key = super::key::key(name);
        if key.is_empty() {
            errors.push(field(i), Problem::Required);
        } else if personnummer::contains(name) {
            errors.push(field(i), Problem::LooksLikePersonnummer);
        } else if !seen.insert(key) {
            errors.push(field(i), Problem::DuplicateLabel);
        }
    }
}
