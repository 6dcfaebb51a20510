//! The report as a file: JSON in the documented, versioned `stegvis-report` format.
//!
//! Project leaders combine these files, so the format only grows: new fields may appear in a
//! later version, existing ones keep their meaning. It holds counts only, never a participant's
//! code or id. The format is described in README.md, "The report file format".

use super::journey::{FollowUps, Transition};
use super::period::months;
use super::{GenderCounts, Report};
use crate::domain::journey::{Income, Occupation};
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "stegvis-report";
/// The version this Stegvis writes. Version 2 added the journey's fields (all optional when
/// read, so a version 1 file reads as one without them); every version 1 field is unchanged.
pub const VERSION: u32 = 2;
/// Larger files are refused before they are read (a report with 60,000 referral sources is
/// about 3 MB).
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;
/// The most participants one count of a report file may hold: no insats has more, and the sum
/// of a few thousand files still fits the counters.
pub const MAX_COUNT: u32 = 1_000_000;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportFile {
    pub format: String,
    pub version: u32,
    pub project: String,
    /// The sub-unit the report covers, if not the whole project.
    #[serde(default)]
    pub scope: Option<String>,
    pub period: PeriodJson,
    pub participants: ParticipantsJson,
    pub anonymous: u32,
    pub referrals: Vec<CountJson>,
    /// Current participants with no referral source recorded.
    #[serde(default)]
    pub missing_referral: u32,
    pub outcomes: Vec<OutcomeCountJson>,
    pub missing_outcome: u32,
    pub months_in_project: Option<MonthsJson>,
    pub groups: Vec<GroupJson>,
    pub goals: GoalsJson,
    pub data_quality: Vec<QualityJson>,
    // Version 2: the journey. None in a version 1 file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiting: Option<WaitingJson>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<ExtensionsJson>,
    /// None also in a version 2 file when no current participant has a year of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_at_start: Option<AgeJson>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub income: Option<TransitionsJson>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation: Option<TransitionsJson>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_public_support: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub increased_extent: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_ups: Option<Vec<FollowUpJson>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participations: Option<u32>,
}

/// The waiting list (version 2).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaitingJson {
    pub at_end: GenderCounts,
    pub median_days_to_start: Option<f64>,
    pub never_started: u32,
}

/// Extensions (version 2).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExtensionsJson {
    pub extended: u32,
    pub past_planned_end: u32,
}

/// The age at start of the current participants with a year of birth (version 2).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AgeJson {
    pub mean: f64,
    pub median: f64,
    /// How many it is over, so that files can be weighted.
    #[serde(default)]
    pub count: u32,
}

/// Before → after over the discharged, by the fixed lists' keys (`not_given` when none).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TransitionsJson {
    pub transitions: Vec<TransitionJson>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TransitionJson {
    pub before: String,
    pub after: String,
    pub count: u32,
}

/// One follow-up after exit (version 2); `statuses` by the fixed list's keys.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FollowUpJson {
    pub months: u8,
    pub due: u32,
    pub done: u32,
    pub reached: u32,
    pub statuses: Vec<CountJson>,
}

/// The key a file writes for an entry of a fixed list, or for none.
pub const NOT_GIVEN: &str = "not_given";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeriodJson {
    pub from: String,
    pub to: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParticipantsJson {
    /// Current (*aktuella*): participation overlaps the period.
    pub total: GenderCounts,
    pub started: GenderCounts,
    pub discharged: GenderCounts,
    pub active_at_end: GenderCounts,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountJson {
    pub label: String,
    pub count: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutcomeCountJson {
    pub label: String,
    pub count: u32,
    pub progression: bool,
}

/// Time in the project for the discharged, in months (days / 30.4375), one decimal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonthsJson {
    pub mean: f64,
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupJson {
    pub label: String,
    pub target: Option<u32>,
    pub count: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GoalsJson {
    pub volume: Option<GoalJson>,
    pub women_percent: Option<GoalJson>,
    pub outcome_percent: Option<GoalJson>,
}

/// A goal: the target, the actual value (count or percent, one decimal) and whether it was met.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoalJson {
    pub target: f64,
    pub actual: f64,
    pub met: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QualityJson {
    pub kind: String,
    pub count: u32,
}

fn one_decimal(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn percent(part: u32, of: u32) -> f64 {
    if of == 0 {
        0.0
    } else {
        one_decimal(100.0 * f64::from(part) / f64::from(of))
    }
}

impl ReportFile {
    pub fn from_report(r: &Report) -> Self {
        let (g, j) = (&r.goals, &r.journey);
        ReportFile {
            format: FORMAT.into(),
            version: VERSION,
            project: r.project.clone(),
            scope: r.scope.clone(),
            period: PeriodJson {
                from: r.period.from.to_string(),
                to: r.period.to.to_string(),
            },
            participants: ParticipantsJson {
                total: r.overview.current,
                started: r.overview.started,
                discharged: r.overview.discharged,
                active_at_end: r.overview.active_at_end,
            },
            anonymous: r.overview.anonymous,
            referrals: r
                .referrals
                .rows
                .iter()
                .map(|l| CountJson {
                    label: l.label.clone(),
                    count: l.count,
                })
                .collect(),
            missing_referral: r.referrals.missing,
            outcomes: r
                .outcomes
                .rows
                .iter()
                .map(|l| OutcomeCountJson {
                    label: l.label.clone(),
                    count: l.count,
                    progression: l.progression,
                })
                .collect(),
            missing_outcome: r.outcomes.missing,
            months_in_project: r.time.map(|t| MonthsJson {
                mean: one_decimal(months(t.mean_days)),
                median: one_decimal(months(t.median_days)),
                min: one_decimal(months(t.min_days as f64)),
                max: one_decimal(months(t.max_days as f64)),
            }),
            groups: r
                .groups
                .iter()
                .map(|x| GroupJson {
                    label: x.label.clone(),
                    target: x.target,
                    count: x.count,
                })
                .collect(),
            goals: GoalsJson {
                volume: g.volume.map(|v| GoalJson {
                    target: v.target.into(),
                    actual: v.actual.into(),
                    met: v.met,
                }),
                women_percent: g.gender.map(|v| GoalJson {
                    target: v.target_women_percent.into(),
                    actual: percent(v.women, v.of),
                    met: v.met,
                }),
                outcome_percent: g.outcome.map(|v| GoalJson {
                    target: v.target_percent.into(),
                    actual: percent(v.progression, v.of),
                    met: v.met,
                }),
            },
            data_quality: r
                .quality
                .iter()
                .map(|q| QualityJson {
                    kind: q.kind.key().into(),
                    count: q.participants.len() as u32,
                })
                .collect(),
            waiting: Some(WaitingJson {
                at_end: j.waiting.at_end,
                median_days_to_start: j.waiting.median_days_to_start.map(one_decimal),
                never_started: j.waiting.never_started.all,
            }),
            extensions: Some(ExtensionsJson {
                extended: j.extensions.extended,
                past_planned_end: j.extensions.past_planned_end,
            }),
            age_at_start: r.age_at_start.map(|a| AgeJson {
                mean: one_decimal(a.mean),
                median: one_decimal(a.median),
                count: a.count,
            }),
            income: Some(transitions_json(&j.income, Income::key)),
            occupation: Some(transitions_json(&j.occupation, Occupation::key)),
            left_public_support: Some(j.left_public_support),
            increased_extent: Some(j.increased_extent),
            follow_ups: Some(j.follow_ups.iter().map(follow_up_json).collect()),
            participations: Some(j.participations),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("report files serialise")
    }

    /// Reads a report file, refusing anything that is not `stegvis-report` version 1 or 2.
    pub fn parse(text: &str) -> Result<Self, ReportFileError> {
        // First only what the file says it is (no tree of the whole file is built), then the
        // file itself.
        #[derive(Deserialize)]
        struct Head {
            format: Option<serde_json::Value>,
            version: Option<serde_json::Value>,
        }
        let head: Head = serde_json::from_str(text).map_err(|_| ReportFileError::NotJson)?;
        if head.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(ReportFileError::NotAReport);
        }
        match head.version.as_ref().and_then(|v| v.as_u64()) {
            Some(v) if (1..=u64::from(VERSION)).contains(&v) => {}
            Some(v) if v > u64::from(VERSION) => return Err(ReportFileError::NewerVersion(v)),
            _ => return Err(ReportFileError::NotAReport),
        }
        let file: ReportFile =
            serde_json::from_str(text).map_err(|e| ReportFileError::Invalid(e.to_string()))?;
        match file.implausible() {
            Some(why) => Err(ReportFileError::Implausible(why)),
            None => Ok(file),
        }
    }

    /// What in the file's numbers cannot be right, if anything: Stegvis never writes such a file,
    /// so it was edited or damaged, and adding it up would give a wrong summary.
    pub fn implausible(&self) -> Option<Implausible> {
        let p = &self.participants;
        let counts = [&p.total, &p.started, &p.discharged, &p.active_at_end];
        let all_counts = (counts.iter().map(|c| c.all))
            .chain([self.anonymous, self.missing_referral, self.missing_outcome])
            .chain(self.referrals.iter().map(|r| r.count))
            .chain(self.outcomes.iter().map(|o| o.count))
            .chain(self.groups.iter().map(|g| g.count));
        let sum = |it: &mut dyn Iterator<Item = u32>| it.map(u64::from).sum::<u64>();
        if all_counts.into_iter().any(|n| n > MAX_COUNT) {
            return Some(Implausible::TooLarge);
        }
        let by_gender =
            |c: &GenderCounts| sum(&mut [c.women, c.men, c.other, c.unspecified].into_iter());
        if counts.iter().any(|c| by_gender(c) != u64::from(c.all)) {
            return Some(Implausible::GenderSum);
        }
        let total = p.total.all;
        if p.discharged.all > total || p.started.all > total || p.active_at_end.all > total {
            return Some(Implausible::MoreThanCurrent);
        }
        if self.anonymous > total
            || sum(&mut self.referrals.iter().map(|r| r.count)) + u64::from(self.missing_referral)
                > u64::from(total)
        {
            return Some(Implausible::MoreThanCurrent);
        }
        if sum(&mut self.outcomes.iter().map(|o| o.count)) + u64::from(self.missing_outcome)
            > u64::from(p.discharged.all)
        {
            return Some(Implausible::OutcomesExceedDischarged);
        }
        if let Some(why) = self.implausible_journey() {
            return Some(why);
        }
        if let Some(m) = &self.months_in_project {
            let values = [m.mean, m.median, m.min, m.max];
            if values
                .iter()
                .any(|v| !v.is_finite() || *v < 0.0 || *v > 2400.0)
                || m.min > m.max
                || m.mean < m.min
                || m.mean > m.max
            {
                return Some(Implausible::Months);
            }
        }
        None
    }
}

/// What is wrong with the numbers of a report file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Implausible {
    /// A count above [`MAX_COUNT`].
    TooLarge,
    /// Women, men, other and unspecified do not add up to the total.
    GenderSum,
    /// More discharged, started, active, anonymous or referred than current participants.
    MoreThanCurrent,
    /// More outcomes than discharged participants.
    OutcomesExceedDischarged,
    /// The time in the project is negative, not a number, or its mean lies outside min–max.
    Months,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReportFileError {
    #[error("the file is not JSON")]
    NotJson,
    #[error("the file is not a Stegvis report")]
    NotAReport,
    #[error("the report was made by a newer Stegvis (format version {0})")]
    NewerVersion(u64),
    #[error("the report file is damaged: {0}")]
    Invalid(String),
    #[error("the numbers in the report file cannot be right: {0:?}")]
    Implausible(Implausible),
    #[error("the file is larger than a report file can be")]
    TooLarge,
}

/// Before → after pairs as the file writes them: by the fixed list's keys, `not_given` for none.
fn transitions_json<T: Copy>(
    list: &[Transition<Option<T>>],
    key: fn(T) -> &'static str,
) -> TransitionsJson {
    let name = |v: Option<T>| v.map_or(NOT_GIVEN, key).to_owned();
    TransitionsJson {
        transitions: (list.iter())
            .map(|x| TransitionJson {
                before: name(x.before),
                after: name(x.after),
                count: x.counts.all,
            })
            .collect(),
    }
}

fn follow_up_json(f: &FollowUps) -> FollowUpJson {
    FollowUpJson {
        months: f.months,
        due: f.due,
        done: f.done,
        reached: f.reached,
        statuses: (f.statuses.iter())
            .map(|(s, count)| CountJson {
                label: s.key().into(),
                count: *count,
            })
            .collect(),
    }
}

impl ReportFile {
    /// What in the version 2 fields cannot be right: counts too large, the waiting list's
    /// genders not adding up, more transitions or follow-ups than the discharged, ages or days
    /// that are not a number.
    fn implausible_journey(&self) -> Option<Implausible> {
        let mut counts: Vec<u32> = Vec::new();
        if let Some(w) = &self.waiting {
            let g = &w.at_end;
            let genders = [g.women, g.men, g.other, g.unspecified];
            if genders.iter().map(|n| u64::from(*n)).sum::<u64>() != u64::from(g.all) {
                return Some(Implausible::GenderSum);
            }
            counts.extend([g.all, w.never_started]);
            if w.median_days_to_start
                .is_some_and(|d| !d.is_finite() || !(0.0..=80_000.0).contains(&d))
            {
                return Some(Implausible::Months);
            }
        }
        if let Some(x) = &self.extensions {
            counts.extend([x.extended, x.past_planned_end]);
        }
        if let Some(a) = &self.age_at_start {
            let ages = [a.mean, a.median];
            if ages
                .iter()
                .any(|v| !v.is_finite() || !(0.0..=200.0).contains(v))
            {
                return Some(Implausible::Months);
            }
            counts.push(a.count);
        }
        counts.extend(self.left_public_support);
        counts.extend(self.increased_extent);
        counts.extend(self.participations);
        let discharged = u64::from(self.participants.discharged.all);
        for t in [&self.income, &self.occupation].into_iter().flatten() {
            counts.extend(t.transitions.iter().map(|x| x.count));
            let sum: u64 = t.transitions.iter().map(|x| u64::from(x.count)).sum();
            if sum > discharged {
                return Some(Implausible::OutcomesExceedDischarged);
            }
        }
        for f in self.follow_ups.iter().flatten() {
            counts.extend([f.due, f.done, f.reached]);
            counts.extend(f.statuses.iter().map(|s| s.count));
            if f.done > f.due || f.reached > f.done {
                return Some(Implausible::MoreThanCurrent);
            }
        }
        counts
            .into_iter()
            .any(|n| n > MAX_COUNT)
            .then_some(Implausible::TooLarge)
    }
}
