//! The report engine: the tables funders ask for, for a project or a sub-unit and a period.
//!
//! Definitions (also in the app's help text):
//! - *aktuella* (current): participation overlaps the period;
//! - *nya* (started): start date within the period;
//! - *utskrivna* (discharged): end date within the period;
//! - *pågående vid periodens slut* (active at the end): started on or before the last day and
//!   not ended on or before it.
//!
//! Pure Rust: [`compute`] takes the records and returns a [`Report`] of plain numbers, which the
//! UI draws, the charts plot and the exports write.

pub mod combine;
pub mod combine_journey;
mod compute;
pub mod draft;
pub mod finsam;
pub mod journey;
mod journey_tables;
pub mod json;
pub mod money;
pub mod period;
pub mod survey;
pub mod table;
pub mod tables;
pub mod words;

pub use compute::compute;
pub use period::{Period, PeriodChoice};

use crate::domain::{Gender, Id};
use serde::{Deserialize, Serialize};

/// Counts in total and by gender.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GenderCounts {
    pub all: u32,
    pub women: u32,
    pub men: u32,
    pub other: u32,
    pub unspecified: u32,
}

impl GenderCounts {
    pub fn add(&mut self, g: Gender) {
        self.all += 1;
        match g {
            Gender::Woman => self.women += 1,
            Gender::Man => self.men += 1,
            Gender::Other => self.other += 1,
            Gender::Unspecified => self.unspecified += 1,
        }
    }

    /// Both counts added up, gender by gender; none if a sum is larger than a count holds.
    pub fn checked_add(&self, other: &GenderCounts) -> Option<GenderCounts> {
        Some(GenderCounts {
            all: self.all.checked_add(other.all)?,
            women: self.women.checked_add(other.women)?,
            men: self.men.checked_add(other.men)?,
            other: self.other.checked_add(other.other)?,
            unspecified: self.unspecified.checked_add(other.unspecified)?,
        })
    }

    pub fn get(&self, g: Gender) -> u32 {
        match g {
            Gender::Woman => self.women,
            Gender::Man => self.men,
            Gender::Other => self.other,
            Gender::Unspecified => self.unspecified,
        }
    }
}

/// Table 1.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overview {
    pub current: GenderCounts,
    pub started: GenderCounts,
    pub discharged: GenderCounts,
    pub active_at_end: GenderCounts,
    /// Current participants registered anonymously in SUS.
    pub anonymous: u32,
}

/// One row of a label table. `id` is `None` for the "not given" row.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelCount {
    pub id: Option<Id>,
    pub label: String,
    pub count: u32,
    /// For outcomes: whether the outcome counts as progression.
    pub progression: bool,
}

/// Table 2: referral sources of the current participants. Every source in use is listed, even
/// at 0; retired ones only when counted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Referrals {
    pub rows: Vec<LabelCount>,
    pub total: u32,
    /// Current participants with no referral source recorded.
    pub missing: u32,
}

/// Table 3: outcomes of the discharged.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcomes {
    pub rows: Vec<LabelCount>,
    pub discharged: u32,
    /// Discharged with no outcome recorded: the hole a report must show.
    pub missing: u32,
    /// Discharged to an outcome that counts as progression.
    pub progression: u32,
}

/// Table 4: time in the project for the discharged, in days.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeInProject {
    pub count: u32,
    pub mean_days: f64,
    pub median_days: f64,
    pub min_days: i64,
    pub max_days: i64,
}

/// The age at start of the current participants whose year of birth is known, in whole years
/// as the age bands count it (year of start minus year of birth).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AgeAtStart {
    /// How many of the current participants have a year of birth.
    pub count: u32,
    pub mean: f64,
    pub median: f64,
}

/// An age band at start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeBand {
    Below(u8),
    Range(u8, u8),
    From(u8),
    Unknown,
}

/// Table 5: age band by gender, for one group of participants.
#[derive(Clone, Debug, PartialEq)]
pub struct AgeTable {
    /// `None` for the current participants; otherwise the outcome's name.
    pub outcome: Option<String>,
    pub rows: Vec<(AgeBand, GenderCounts)>,
}

/// Table 6: one sub-unit's target (*ansökan*) against its current participants (*utfall*).
#[derive(Clone, Debug, PartialEq)]
pub struct GroupRow {
    pub id: Option<Id>,
    pub label: String,
    pub target: Option<u32>,
    pub count: u32,
}

/// Table 7: the project's goals, each met or not, with the numbers behind it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Goals {
    pub volume: Option<VolumeGoal>,
    pub gender: Option<GenderGoal>,
    pub outcome: Option<OutcomeGoal>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VolumeGoal {
    pub target: u32,
    pub actual: u32,
    pub met: bool,
}

/// The gender goal is met when the share of women is within [`GENDER_TOLERANCE`] percentage
/// points of the target.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GenderGoal {
    pub target_women_percent: u8,
    pub women: u32,
    pub of: u32,
    pub met: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OutcomeGoal {
    pub target_percent: u8,
    pub progression: u32,
    pub of: u32,
    pub met: bool,
}

/// How far from the target share of women still counts as met, in whole percentage points.
pub const GENDER_TOLERANCE_POINTS: u32 = 5;
/// [`GENDER_TOLERANCE_POINTS`] as a number to compare shares with.
pub const GENDER_TOLERANCE: f64 = GENDER_TOLERANCE_POINTS as f64;

/// Table 8: what makes the numbers doubtful.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QualityKind {
    DischargedWithoutOutcome,
    NoReferral,
    PhaseDatesOutOfOrder,
    StartBeforeProjectStart,
    ActiveAfterProjectEnd,
}

impl QualityKind {
    pub const ALL: [QualityKind; 5] = [
        QualityKind::DischargedWithoutOutcome,
        QualityKind::NoReferral,
        QualityKind::PhaseDatesOutOfOrder,
        QualityKind::StartBeforeProjectStart,
        QualityKind::ActiveAfterProjectEnd,
    ];

    /// Stable key for the JSON format.
    pub fn key(self) -> &'static str {
        match self {
            QualityKind::DischargedWithoutOutcome => "discharged_without_outcome",
            QualityKind::NoReferral => "no_referral",
            QualityKind::PhaseDatesOutOfOrder => "phase_dates_out_of_order",
            QualityKind::StartBeforeProjectStart => "start_before_project_start",
            QualityKind::ActiveAfterProjectEnd => "active_after_project_end",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct QualityIssue {
    pub kind: QualityKind,
    /// The participants concerned: id and code.
    pub participants: Vec<(Id, String)>,
}

/// Referral source to outcome, for the discharged (the flow chart).
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    pub referral: String,
    pub outcome: String,
    pub progression: bool,
    pub count: u32,
}

/// One calendar month of the period (the over-time chart).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthRow {
    pub year: i32,
    pub month: u8,
    pub started: u32,
    pub discharged: u32,
    /// Active on the last day of the month (or of the period, if it ends earlier).
    pub active: u32,
}

/// Everything a report page, chart or export needs.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub project: String,
    /// The sub-unit, when the report covers one.
    pub scope: Option<String>,
    pub period: Period,
    pub overview: Overview,
    pub referrals: Referrals,
    pub outcomes: Outcomes,
    pub time: Option<TimeInProject>,
    pub ages: Vec<AgeTable>,
    /// `None` when no current participant has a year of birth.
    pub age_at_start: Option<AgeAtStart>,
    pub groups: Vec<GroupRow>,
    pub goals: Goals,
    pub quality: Vec<QualityIssue>,
    pub flows: Vec<Flow>,
    pub months: Vec<MonthRow>,
    pub journey: journey::JourneyFigures,
    /// Used against granted funds; `None` for a sub-unit, or when the project records no money.
    pub money: Option<money::Money>,
}
