//! The journey's figures of a report: the waiting list, planned length and extensions, income
//! source and occupation before and after, and the follow-ups after exit. Version 2 of the
//! report file carries them (see [`super::json`]).

use super::{AgeAtStart, GenderCounts};
use crate::domain::journey::{FollowUpStatus, Income, Occupation};

/// Everything the journey adds to a report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct JourneyFigures {
    pub waiting: Waiting,
    pub extensions: Extensions,
    /// Income source at start → at end, for the discharged.
    pub income: Vec<Transition<Option<Income>>>,
    /// Occupation at start → at end, for the discharged.
    pub occupation: Vec<Transition<Option<Occupation>>>,
    /// Discharged who had public support at the start and salary, student aid or no public
    /// support at the end.
    pub left_public_support: u32,
    /// Discharged whose extent of occupation was higher at the end than at the start.
    pub increased_extent: u32,
    /// One row per follow-up the project chose, in months after the discharge.
    pub follow_ups: Vec<FollowUps>,
    /// Participations counted (the current participants' participations).
    pub participations: u32,
}

/// The waiting list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Waiting {
    /// Referred on or before the period's last day, and neither started nor given up by then.
    pub at_end: GenderCounts,
    /// Median days from referral to start, of those who started in the period with a known
    /// referral date.
    pub median_days_to_start: Option<f64>,
    /// Referrals that ended without a start during the period.
    pub never_started: GenderCounts,
    /// The ages (at referral) of those waiting at the end.
    pub ages: Option<AgeAtStart>,
}

/// Planned length and extensions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extensions {
    /// Current participants with at least one extension.
    pub extended: u32,
    /// Active at the period's end and past their planned end then.
    pub past_planned_end: u32,
    /// For the discharged with a planned end: time in the project against the plan.
    pub against_plan: Option<AgainstPlan>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AgainstPlan {
    pub count: u32,
    pub mean_days: f64,
    pub mean_planned_days: f64,
}

/// How many went from `before` to `after`, by gender.
#[derive(Clone, Debug, PartialEq)]
pub struct Transition<T> {
    pub before: T,
    pub after: T,
    pub counts: GenderCounts,
}

/// One follow-up after exit, `months` after the discharge, over those whose follow-up fell
/// due in the period.
#[derive(Clone, Debug, PartialEq)]
pub struct FollowUps {
    pub months: u8,
    pub due: u32,
    /// Recorded (reached or not).
    pub done: u32,
    /// Recorded and reached.
    pub reached: u32,
    /// Every status recorded, with its count, in the list's order.
    pub statuses: Vec<(FollowUpStatus, u32)>,
    /// Occupation at the discharge → status at the follow-up, with the count, for those
    /// recorded.
    pub against_discharge: Vec<(Option<Occupation>, FollowUpStatus, u32)>,
}
