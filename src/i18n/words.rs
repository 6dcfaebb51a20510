//! The catalogue's answer to the report engine: every [`Word`] the tables, charts and exports
//! ask for, in one language (see [`crate::report::words`]).

use super::combine::{CombineTexts, EN_COMBINE, SV_COMBINE};
use super::funds::{FundsTexts, EN_FUNDS, SV_FUNDS};
use super::journey::{JourneyTexts, EN_JOURNEY, SV_JOURNEY};
use super::journey_report::{JourneyReportTexts, EN_JOURNEY_REPORT, SV_JOURNEY_REPORT};
use super::report::{ReportTexts, EN_REPORT, SV_REPORT};
use super::survey::{SurveyTexts, EN_SURVEY, SV_SURVEY};
use super::Localized;
use crate::report::words::{Word, Words};
use crate::report::QualityKind;

/// The words of the report, the summary of reports and a form's results in one language.
pub struct Catalogue {
    report: &'static ReportTexts,
    survey: &'static SurveyTexts,
    combine: &'static CombineTexts,
    journey: &'static JourneyTexts,
    journey_report: &'static JourneyReportTexts,
    funds: &'static FundsTexts,
}

static SV_WORDS: Catalogue = Catalogue {
    report: &SV_REPORT,
    survey: &SV_SURVEY,
    combine: &SV_COMBINE,
    journey: &SV_JOURNEY,
    journey_report: &SV_JOURNEY_REPORT,
    funds: &SV_FUNDS,
};

static EN_WORDS: Catalogue = Catalogue {
    report: &EN_REPORT,
    survey: &EN_SURVEY,
    combine: &EN_COMBINE,
    journey: &EN_JOURNEY,
    journey_report: &EN_JOURNEY_REPORT,
    funds: &EN_FUNDS,
};

/// The words in the current language: `tables(&report, &*WORDS)`.
pub static WORDS: Localized<Catalogue> = Localized {
    sv: &SV_WORDS,
    en: &EN_WORDS,
};

impl Catalogue {
    fn draft_word(&self, d: crate::report::draft::DraftWord) -> String {
        use crate::domain::narrative::TextKey;
        use crate::report::draft::DraftWord as D;
        let f = self.funds;
        match d {
            D::Title => f.draft_title.into(),
            D::Section(n) => (f.sections.get(usize::from(n).saturating_sub(1)))
                .copied()
                .unwrap_or_default()
                .into(),
            D::ProjectName => f.project_name.into(),
            D::ProjectPeriod => f.project_period.into(),
            D::ReportPeriod => f.report_period.into(),
            D::GrantedFunds => f.granted_funds.into(),
            D::UsedFunds => f.used_funds.into(),
            D::NoEnd => f.no_end.into(),
            D::NotGiven => f.not_given.into(),
            D::Purpose => f.purpose.into(),
            D::TargetGroup => f.target_group.into(),
            D::Method => f.method.into(),
            D::VolumeAndGender => f.volume_and_gender.into(),
            D::VolumeTarget => f.volume_target.into(),
            D::WomenTarget => f.women_target.into(),
            D::OutcomeTarget => f.outcome_target.into(),
            D::Results => f.results.into(),
            D::SelfEvaluation => f.self_evaluation.into(),
            D::NoSelfEvaluation => f.no_self_evaluation.into(),
            D::Comment => f.comment.into(),
            D::Lessons => f.lessons.into(),
            D::Implementation => f.implementation.into(),
            D::NoMoney => f.no_money.into(),
            D::Placeholder(key) => {
                let i = TextKey::ALL.iter().position(|k| *k == key).unwrap_or(0);
                (f.placeholder)(f.text_hints[i].trim_end_matches('.'))
            }
            D::Generated => f.generated.into(),
        }
    }
}

impl Words for Catalogue {
    fn word(&self, word: Word) -> String {
        let (r, s, c) = (self.report, self.survey, self.combine);
        let (j, jr) = (self.journey, self.journey_report);
        use Word as W;
        let f = self.funds;
        let kr = crate::domain::money::amount_text;
        match word {
            W::Money => f.money.into(),
            W::Kronor => f.kronor.into(),
            W::Granted => f.granted.into(),
            W::UsedInPeriod => f.used_in_period.into(),
            W::UsedToEnd => f.used_to_end.into(),
            W::ShareUsed => f.share_used.into(),
            W::Remaining => f.remaining.into(),
            W::CostPerParticipant(n) => (f.cost_per_participant)(n),
            W::CostPerProgressed(n) => (f.cost_per_progressed)(n),
            W::NoGranted => f.no_granted.into(),
            W::PartlyInside(x) => (f.partly_inside)(&kr(x)),
            W::OverGranted => f.over_granted.into(),
            W::Draft(d) => self.draft_word(d),
            W::WaitingTitle => jr.waiting_title.into(),
            W::WaitingAtEnd => jr.waiting_at_end.into(),
            W::NeverStartedRow => jr.never_started_row.into(),
            W::MedianDaysToStart => jr.median_days_to_start.into(),
            W::WaitingMeanAge => jr.waiting_mean_age.into(),
            W::WaitingMedianAge => jr.waiting_median_age.into(),
            W::ExtensionsTitle => jr.extensions_title.into(),
            W::Participations => jr.participations.into(),
            W::Extended => jr.extended.into(),
            W::PastPlannedEnd => jr.past_planned_end.into(),
            W::WithPlannedEnd => jr.with_planned_end.into(),
            W::MeanDaysStayed => jr.mean_days_stayed.into(),
            W::MeanDaysPlanned => jr.mean_days_planned.into(),
            W::IncomeTitle => jr.income_title.into(),
            W::OccupationTitle => jr.occupation_title.into(),
            W::AtStart => jr.at_start.into(),
            W::AtEnd => jr.at_end.into(),
            W::LeftPublicSupport => jr.left_public_support.into(),
            W::IncreasedExtent => jr.increased_extent.into(),
            W::NotGiven => jr.not_given.into(),
            W::Income(i) => j.income(i).into(),
            W::Occupation(o) => j.occupation(o).into(),
            W::FollowUpStatus(st) => j.follow_up_status(st).into(),
            W::MonthsAfter(m) => (jr.months_after)(u32::from(m)),
            W::FollowUpsTitle => jr.follow_ups_title.into(),
            W::FollowUpCol => jr.follow_up_col.into(),
            W::FollowUpDue => jr.follow_up_due.into(),
            W::FollowUpDone => jr.follow_up_done.into(),
            W::FollowUpReached => jr.follow_up_reached.into(),
            W::FollowUpStatuses => jr.follow_up_statuses.into(),
            W::NoFollowUps => jr.no_follow_ups.into(),
            W::FollowUpAgainstTitle => jr.follow_up_against_title.into(),
            W::AtDischarge => jr.at_discharge.into(),
            W::AtFollowUp => jr.at_follow_up.into(),
            W::NoFollowUpsDone => jr.no_follow_ups_done.into(),
            W::JourneyTitle => jr.journey_title.into(),
            W::JourneyFiles(n, of) => (jr.journey_files)(n, of),
            W::Overview => r.overview.into(),
            W::Total => r.total.into(),
            W::Women => r.women.into(),
            W::Men => r.men.into(),
            W::Other => r.other.into(),
            W::Unspecified => r.unspecified.into(),
            W::Current => r.current.into(),
            W::Started => r.started.into(),
            W::Discharged => r.discharged.into(),
            W::ActiveAtEnd => r.active_at_end.into(),
            W::Anonymous => r.anonymous.into(),
            W::Referrals => r.referrals.into(),
            W::Referral => r.referral.into(),
            W::Count => r.count.into(),
            W::Share => r.share.into(),
            W::NoReferral => r.no_referral.into(),
            W::Outcomes => r.outcomes.into(),
            W::Outcome => r.outcome.into(),
            W::CountsAsProgression => r.counts_as_progression.into(),
            W::Yes => r.yes.into(),
            W::No => r.no.into(),
            W::MissingOutcome => r.missing_outcome.into(),
            W::ProgressionRow => r.progression_row.into(),
            W::Time => r.time.into(),
            W::Measure => r.measure.into(),
            W::MonthsCol => r.months_col.into(),
            W::DaysCol => r.days_col.into(),
            W::Mean => r.mean.into(),
            W::Median => r.median.into(),
            W::Shortest => r.shortest.into(),
            W::Longest => r.longest.into(),
            W::NoDischarged => r.no_discharged.into(),
            W::AgesCurrent => r.ages_current.into(),
            W::AgesOutcome => r.ages_outcome.into(),
            W::AgeBand => r.age_band.into(),
            W::AgeUnknown => r.age_unknown.into(),
            W::AgeBelow => r.age_below.into(),
            W::AgeAtStart => r.age_at_start.into(),
            W::YearsCol => r.years_col.into(),
            W::KnownBirthYear => r.known_birth_year.into(),
            W::NoBirthYears => r.no_birth_years.into(),
            W::Groups => r.groups.into(),
            W::Group => r.group.into(),
            W::NoGroup => r.no_group.into(),
            W::Target => r.target.into(),
            W::Actual => r.actual.into(),
            W::ShareOfTarget => r.share_of_target.into(),
            W::Goals => r.goals.into(),
            W::Goal => r.goal.into(),
            W::GoalVolume => r.goal_volume.into(),
            W::GoalWomen => r.goal_women.into(),
            W::GoalOutcome => r.goal_outcome.into(),
            W::Met => r.met.into(),
            W::GoalMet => r.goal_met.into(),
            W::GoalMissed => r.goal_missed.into(),
            W::NoGoals => r.no_goals.into(),
            W::Quality => r.quality.into(),
            W::Problem => r.problem.into(),
            W::QualityOk => r.quality_ok.into(),
            W::ChartOutcomes => r.chart_outcomes.into(),
            W::ChartReferrals => r.chart_referrals.into(),
            W::ChartFlow => r.chart_flow.into(),
            W::FlowProgression => r.flow_progression.into(),
            W::FlowOther => r.flow_other.into(),
            W::ChartOverTime => r.chart_over_time.into(),
            W::Month => r.month.into(),
            W::SeriesStarted => r.series_started.into(),
            W::SeriesDischarged => r.series_discharged.into(),
            W::SeriesActive => r.series_active.into(),
            W::ProgressionMark => r.progression_mark.into(),
            W::FilesTitle => c.files_title.into(),
            W::ColumnProject => c.column_project.into(),
            W::ColumnPeriod => c.column_period.into(),
            W::ColumnOutcomeGoal => c.column_outcome_goal.into(),
            W::DifferentPeriods => c.different_periods.into(),
            W::NoMedian => c.no_median.into(),
            W::AnswersTableTitle => s.answers_table_title.into(),
            W::SummaryTitle => s.summary_title.into(),
            W::ChangeTitle => s.change_title.into(),
            W::FreeTextsTitle => s.free_texts_title.into(),
            W::ColItem => s.col_item.into(),
            W::ColMoment => s.col_moment.into(),
            W::ColN => s.col_n.into(),
            W::ColMean => s.col_mean.into(),
            W::ColMedian => s.col_median.into(),
            W::ColDimension => s.col_dimension.into(),
            W::ColChange => s.col_change.into(),
            W::TooFewShort => s.too_few_short.into(),
            W::PartOf(part, of) => (r.part_of)(part, of),
            W::QualityKind(kind) => {
                let i = QualityKind::ALL
                    .iter()
                    .position(|k| *k == kind)
                    .unwrap_or(0);
                r.quality_kinds[i].into()
            }
            W::MonthShort(m) => r.months_short[usize::from(m.clamp(1, 12) - 1)].into(),
            W::Others(n) => (r.others)(n),
            W::ProgressionDiffers(names) => (c.progression_differs)(&names),
            W::Moment(m) => s.moment(m).into(),
            W::TooFew(n, min) => (s.too_few)(n, min),
            W::MinGroupNote(min) => (s.min_group_note)(min),
            W::ChangeHidden(n, min) => (s.change_hidden)(n, min),
        }
    }

    fn one_decimal(&self, x: f64) -> String {
        self.report.one_decimal(x)
    }

    fn share(&self, part: u32, of: u32) -> String {
        self.report.share(part, of)
    }

    fn csv_separator(&self) -> u8 {
        self.report.csv_separator()
    }
}
