//! The journey around a participation: waiting before it, its planned length and extensions,
//! its check-ins, the income source and occupation at start and end, and the follow-ups after
//! it.
//!
//! The lists here are fixed (the national follow-up vocabulary of DOMAIN.md), so reports of
//! different projects can be added up; each entry has a stable key for forms and files. Only the
//! reasons for an extension are the project's own list ([`super::Project::extension_reasons`]).

use super::{Date, Id};
use serde::{Deserialize, Serialize};

/// Declares a fixed list: the enum, `ALL`, and a stable `key` for forms and files.
macro_rules! fixed_list {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $key:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// Stable key for forms and files (the same as in stored records).
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.key() == key)
            }
        }
    };
}

fixed_list! {
    /// The main income source (*huvudsaklig försörjning*).
    Income {
        Salary = "salary",
        /// Sjukpenning or rehabiliteringspenning.
        SicknessBenefit = "sickness_benefit",
        /// Sjukersättning.
        SicknessCompensation = "sickness_compensation",
        /// Aktivitetsersättning.
        ActivityCompensation = "activity_compensation",
        /// A-kassa.
        UnemploymentInsurance = "unemployment_insurance",
        /// Aktivitetsstöd or utvecklingsersättning.
        ActivitySupport = "activity_support",
        /// Etableringsersättning.
        EstablishmentBenefit = "establishment_benefit",
        /// Försörjningsstöd (ekonomiskt bistånd).
        SocialAssistance = "social_assistance",
        /// Studiemedel.
        StudentAid = "student_aid",
        /// Ingen offentlig försörjning.
        NoPublicSupport = "no_public_support",
        Other = "other",
        Unknown = "unknown",
    }
}

impl Income {
    /// Public support as SCB's *försörjningsmått* counts it: ohälsa (sickness benefits and
    /// compensations), arbetsmarknadsstöd (a-kassa, aktivitetsstöd, etableringsersättning) and
    /// ekonomiskt bistånd. Student aid is not counted, as SCB does not.
    pub fn is_public_support(self) -> bool {
        matches!(
            self,
            Income::SicknessBenefit
                | Income::SicknessCompensation
                | Income::ActivityCompensation
                | Income::UnemploymentInsurance
                | Income::ActivitySupport
                | Income::EstablishmentBenefit
                | Income::SocialAssistance
        )
    }

    /// A source known not to be public support: salary, student aid, or none.
    pub fn is_known_non_public(self) -> bool {
        matches!(
            self,
            Income::Salary | Income::StudentAid | Income::NoPublicSupport
        )
    }
}

fixed_list! {
    /// Occupation (*sysselsättning*).
    Occupation {
        Employment = "employment",
        Studies = "studies",
        /// Arbetsträning or praktik.
        WorkTraining = "work_training",
        JobSeeking = "job_seeking",
        NoOccupation = "none",
    }
}

fixed_list! {
    /// Where a participant is at a follow-up after leaving.
    FollowUpStatus {
        Work = "work",
        Studies = "studies",
        JobSeeking = "job_seeking",
        /// In another programme (*annan insats*).
        OtherProgramme = "other_programme",
        NoOccupation = "no_occupation",
        /// Could not be reached (*ej nådd*).
        NotReached = "not_reached",
    }
}

fixed_list! {
    /// Why a referred participant never started (*påbörjade aldrig*).
    NotStartedReason {
        Declined = "declined",
        NotReached = "not_reached",
        /// Found work or studies before starting.
        WorkOrStudies = "work_or_studies",
        Health = "health",
        Moved = "moved",
        Other = "other",
    }
}

fixed_list! {
    /// The unit of a planned length.
    LengthUnit {
        Weeks = "weeks",
        Months = "months",
    }
}

/// The longest planned length, check-in interval or follow-up a project may set, in months
/// (weeks: four times as many).
pub const MAX_MONTHS: u16 = 60;
/// The longest planned length in weeks.
pub const MAX_WEEKS: u16 = MAX_MONTHS * 4;
/// The longest waiting limit, in days.
pub const MAX_WAIT_DAYS: u16 = 365;
/// The most follow-ups after exit a project may choose.
pub const MAX_FOLLOW_UPS: usize = 4;

/// A project's default planned length of a participation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedLength {
    pub count: u16,
    pub unit: LengthUnit,
}

impl PlannedLength {
    /// The longest planned length a project may set in `unit`.
    pub fn max_count(unit: LengthUnit) -> u16 {
        match unit {
            LengthUnit::Weeks => MAX_WEEKS,
            LengthUnit::Months => MAX_MONTHS,
        }
    }

    /// Whether the count lies in 1..=[`PlannedLength::max_count`] of its unit.
    pub fn in_limits(self) -> bool {
        (1..=PlannedLength::max_count(self.unit)).contains(&self.count)
    }

    /// The planned end of a participation that starts on `start`.
    pub fn end_from(self, start: Date) -> Date {
        match self.unit {
            LengthUnit::Weeks => start.plus_days(7 * i64::from(self.count)),
            LengthUnit::Months => start.plus_months(i32::from(self.count)),
        }
    }

    /// The length in days from `start`, for comparing with the time a participant stayed.
    pub fn days_from(self, start: Date) -> i64 {
        start.days_until(self.end_from(start))
    }
}

/// Income source, occupation and its extent at one moment (start or end). Each may be unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub income: Option<Income>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation: Option<Occupation>,
    /// Extent of the occupation in percent of full time (100 % = 40 hours a week).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extent: Option<u8>,
}

impl Situation {
    pub fn is_empty(&self) -> bool {
        *self == Situation::default()
    }
}

/// An extension (*förlängning*) of the planned end, decided on `on`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extension {
    pub on: Date,
    /// The new planned end.
    pub until: Date,
    /// One of the project's extension reasons.
    pub reason: Option<Id>,
}

/// A follow-up after exit, `months` after the discharge, recorded on `on`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    pub months: u8,
    pub on: Date,
    pub status: FollowUpStatus,
}

/// The day the follow-up `months` after a discharge on `discharged` is due.
pub fn follow_up_day(discharged: Date, months: u8) -> Date {
    discharged.plus_months(i32::from(months))
}

/// The discharge days whose follow-up `months` later falls within `from..=to`, as a range of
/// days (`None` if no day does): the same test as [`follow_up_day`] on each day, without
/// computing a date per participant. The follow-up day never goes down as the discharge day
/// goes up, so the days form one range: from the first whose follow-up is on or after `from`
/// to the day before the first whose follow-up is after `to`.
pub fn discharged_with_follow_up_in(months: u8, from: Date, to: Date) -> Option<(Date, Date)> {
    let first = first_followed_up_on_or_after(from, months);
    let last = first_followed_up_on_or_after(to.plus_days(1), months).plus_days(-1);
    (first <= last).then_some((first, last))
}

/// The first discharge day whose follow-up `months` later is on or after `day`. Moving `day`
/// back by the months lands within a few days of it (month ends differ in length); the loops
/// settle those days, at most a month's worth each.
fn first_followed_up_on_or_after(day: Date, months: u8) -> Date {
    let mut first = day.plus_months(-i32::from(months));
    for _ in 0..31 {
        let before = first.plus_days(-1);
        if before == first || follow_up_day(before, months) < day {
            break;
        }
        first = before;
    }
    for _ in 0..31 {
        if follow_up_day(first, months) >= day {
            break;
        }
        first = first.plus_days(1);
    }
    first
}

/// A referral that ended without a start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeverStarted {
    pub on: Date,
    pub reason: NotStartedReason,
}
