//! What the report's tables, its charts and its exports say, as keys: the report engine asks
//! for a [`Word`] and the message catalogue (`crate::i18n`) answers in the coach's language. So
//! the engine knows no language and no catalogue, and a new word is a new key here and its
//! words there.

use crate::domain::form::TextKey;
use crate::domain::journey::{FollowUpStatus, Income, Occupation};
use crate::report::QualityKind;
use crate::survey::Moment;

/// A word of the report, of the summary of reports, or of a form's results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Word {
    // The overview and the gender columns.
    Overview,
    Total,
    Women,
    Men,
    Other,
    Unspecified,
    Current,
    Started,
    Discharged,
    ActiveAtEnd,
    Anonymous,
    // Referral sources and outcomes.
    Referrals,
    Referral,
    Count,
    Share,
    NoReferral,
    Outcomes,
    Outcome,
    CountsAsProgression,
    Yes,
    No,
    MissingOutcome,
    ProgressionRow,
    // Time in the project.
    Time,
    Measure,
    MonthsCol,
    DaysCol,
    Mean,
    Median,
    Shortest,
    Longest,
    NoDischarged,
    // Ages.
    AgesCurrent,
    AgesOutcome,
    AgeBand,
    AgeUnknown,
    AgeBelow,
    AgeAtStart,
    YearsCol,
    KnownBirthYear,
    NoBirthYears,
    // The journey (report file version 2).
    WaitingTitle,
    WaitingAtEnd,
    NeverStartedRow,
    MedianDaysToStart,
    WaitingMeanAge,
    WaitingMedianAge,
    ExtensionsTitle,
    Participations,
    Extended,
    PastPlannedEnd,
    WithPlannedEnd,
    MeanDaysStayed,
    MeanDaysPlanned,
    IncomeTitle,
    OccupationTitle,
    AtStart,
    AtEnd,
    LeftPublicSupport,
    IncreasedExtent,
    NotGiven,
    Income(Income),
    Occupation(Occupation),
    FollowUpStatus(FollowUpStatus),
    /// "6 månader"
    MonthsAfter(u8),
    FollowUpsTitle,
    FollowUpCol,
    FollowUpDue,
    FollowUpDone,
    FollowUpReached,
    FollowUpStatuses,
    NoFollowUps,
    FollowUpAgainstTitle,
    AtDischarge,
    AtFollowUp,
    NoFollowUpsDone,
    /// The summary's journey figures.
    JourneyTitle,
    /// "Från 2 av 3 filer (version 2 och senare)."
    JourneyFiles(usize, usize),
    // Sub-units and goals.
    Groups,
    Group,
    NoGroup,
    Target,
    Actual,
    ShareOfTarget,
    Goals,
    Goal,
    GoalVolume,
    GoalWomen,
    GoalOutcome,
    Met,
    GoalMet,
    GoalMissed,
    NoGoals,
    /// "7 av 19".
    PartOf(u32, u32),
    // Money.
    Money,
    Kronor,
    Granted,
    UsedInPeriod,
    UsedToEnd,
    ShareUsed,
    Remaining,
    /// Cost per current participant, with how many they were.
    CostPerParticipant(u32),
    /// Cost per participant who progressed, with how many they were.
    CostPerProgressed(u32),
    NoGranted,
    /// This many kronor are recorded for periods only partly inside the report's.
    PartlyInside(u64),
    OverGranted,
    /// The final report draft's words.
    Draft(DraftWord),
    // Data quality.
    Quality,
    Problem,
    QualityOk,
    QualityKind(QualityKind),
    // Charts.
    ChartOutcomes,
    ChartReferrals,
    ChartFlow,
    /// The flow diagram's heading over the outcomes that count as progression.
    FlowProgression,
    /// Its heading over the other outcomes.
    FlowOther,
    ChartOverTime,
    Month,
    /// A month's short name, 1–12.
    MonthShort(u8),
    SeriesStarted,
    SeriesDischarged,
    SeriesActive,
    ProgressionMark,
    /// A chart's last bar, adding up this many categories.
    Others(usize),
    // The summary of report files.
    FilesTitle,
    ColumnProject,
    ColumnPeriod,
    ColumnOutcomeGoal,
    DifferentPeriods,
    NoMedian,
    /// The outcome names that count as progression in some files and not in others.
    ProgressionDiffers(String),
    // A form's results.
    AnswersTableTitle,
    SummaryTitle,
    ChangeTitle,
    FreeTextsTitle,
    ColItem,
    ColMoment,
    ColN,
    ColMean,
    ColMedian,
    ColDimension,
    ColChange,
    Moment(Moment),
    /// A group of this size, below this minimum, is not shown.
    TooFew(usize, usize),
    TooFewShort,
    /// Groups below this minimum are not shown.
    MinGroupNote(usize),
    /// The start-against-end change waits for both groups to reach the minimum.
    ChangeHidden(usize, usize),
}

/// The final report draft's own words (`super::draft`), asked for as [`Word::Draft`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftWord {
    Title,
    /// The seven section headings, 1–7.
    Section(u8),
    ProjectName,
    ProjectPeriod,
    ReportPeriod,
    GrantedFunds,
    UsedFunds,
    NoEnd,
    NotGiven,
    Purpose,
    TargetGroup,
    Method,
    VolumeAndGender,
    VolumeTarget,
    WomenTarget,
    OutcomeTarget,
    Results,
    SelfEvaluation,
    NoSelfEvaluation,
    Comment,
    Lessons,
    Implementation,
    NoMoney,
    /// A text not written yet, named by its key.
    Placeholder(TextKey),
    Generated,
}

/// The words of one language, and how it writes numbers.
pub trait Words {
    fn word(&self, word: Word) -> String;
    /// A number with one decimal: `2,5` in Swedish, `2.5` in English.
    fn one_decimal(&self, x: f64) -> String;
    /// `part` of `of` as a percentage with one decimal.
    fn share(&self, part: u32, of: u32) -> String;
    /// The CSV field separator that goes with the decimal separator (`;` with a comma).
    fn csv_separator(&self) -> u8;
}
