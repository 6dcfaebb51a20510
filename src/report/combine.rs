//! A project leader's summary of several report files (`stegvis-report` version 1 or 2, see
//! [`super::json`]) from coaches or projects: the counts added up. The files hold only counts,
//! so no personal data is involved.
//!
//! What adds up is added: participants by gender, referral sources and outcomes by name (the
//! same name in any case counts as one), the outcomes that count as progression. The mean time
//! in the project is weighted by each file's discharged participants; medians cannot be
//! combined from summaries and are left out. Goals belong to each project and stay per file.

use super::json::{CountJson, OutcomeCountJson, ParticipantsJson, ReportFile};
use super::tables::{outcome_table, overview_table, referral_table, row, Cell, Table};
use super::words::{Word, Words};
use super::{GenderCounts, LabelCount, Outcomes, Overview, Referrals};
use crate::domain::key::ByName;

/// One file's line in the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct FileLine {
    pub project: String,
    pub scope: Option<String>,
    pub from: String,
    pub to: String,
    pub current: u32,
    pub discharged: u32,
    /// Whether the project's outcome goal was met (if it has one).
    pub outcome_goal_met: Option<bool>,
}

/// The files added up.
#[derive(Clone, Debug, PartialEq)]
pub struct Combined {
    pub files: Vec<FileLine>,
    pub participants: ParticipantsJson,
    pub anonymous: u32,
    /// By count, most first; equal counts by name.
    pub referrals: Vec<CountJson>,
    pub missing_referral: u32,
    pub outcomes: Vec<OutcomeCountJson>,
    pub missing_outcome: u32,
    /// Discharged participants whose outcome counts as progression.
    pub progression: u32,
    /// Mean months in the project, weighted by discharged participants.
    pub mean_months: Option<f64>,
    /// False when the files cover different periods (the sum is then a sum over all of them).
    pub same_period: bool,
    /// Outcome names that count as progression in some files and not in others (counted as
    /// progression where the file said so).
    pub progression_differs: Vec<String>,
    /// The version 2 figures of the files that have them; none if every file is version 1.
    pub journey: Option<super::combine_journey::CombinedJourney>,
}

pub use super::combine_journey::TooLarge;

fn add_to(a: &mut u32, b: u32) -> Result<(), TooLarge> {
    *a = a.checked_add(b).ok_or(TooLarge)?;
    Ok(())
}

fn add(a: &mut GenderCounts, b: &GenderCounts) -> Result<(), TooLarge> {
    *a = a.checked_add(b).ok_or(TooLarge)?;
    Ok(())
}

fn by_count<T>(rows: &mut [T], count: impl Fn(&T) -> (u32, String)) {
    rows.sort_by_cached_key(|r| {
        let (c, label) = count(r);
        (std::cmp::Reverse(c), label)
    });
}

/// Adds up `files`. An empty list gives zeros. Labels are matched by name in any case, in linear
/// time; every sum is checked.
pub fn combine(files: &[ReportFile]) -> Result<Combined, TooLarge> {
    let mut participants = ParticipantsJson {
        total: GenderCounts::default(),
        started: GenderCounts::default(),
        discharged: GenderCounts::default(),
        active_at_end: GenderCounts::default(),
    };
    let mut referrals: Vec<CountJson> = Vec::new();
    let mut referral_at: ByName<usize> = ByName::new();
    let mut outcomes: Vec<OutcomeCountJson> = Vec::new();
    let mut outcome_at: ByName<usize> = ByName::new();
    let mut progression_differs: Vec<String> = Vec::new();
    let mut differs: ByName<()> = ByName::new();
    let (mut anonymous, mut missing_referral, mut missing_outcome, mut progression) = (0, 0, 0, 0);
    let (mut weighted_months, mut weight) = (0.0, 0u32);
    for f in files {
        add(&mut participants.total, &f.participants.total)?;
        add(&mut participants.started, &f.participants.started)?;
        add(&mut participants.discharged, &f.participants.discharged)?;
        add(
            &mut participants.active_at_end,
            &f.participants.active_at_end,
        )?;
        add_to(&mut anonymous, f.anonymous)?;
        add_to(&mut missing_referral, f.missing_referral)?;
        add_to(&mut missing_outcome, f.missing_outcome)?;
        for r in &f.referrals {
            match referral_at.get(&r.label) {
                Some(&i) => add_to(&mut referrals[i].count, r.count)?,
                None => {
                    referral_at.insert(&r.label, referrals.len());
                    referrals.push(r.clone());
                }
            }
        }
        for o in &f.outcomes {
            if o.progression {
                add_to(&mut progression, o.count)?;
            }
            match outcome_at.get(&o.label) {
                Some(&i) => {
                    let x = &mut outcomes[i];
                    add_to(&mut x.count, o.count)?;
                    if x.progression != o.progression && differs.insert(&x.label, ()) {
                        progression_differs.push(x.label.clone());
                    }
                }
                None => {
                    outcome_at.insert(&o.label, outcomes.len());
                    outcomes.push(o.clone());
                }
            }
        }
        if let Some(m) = &f.months_in_project {
            let n = f.participants.discharged.all;
            weighted_months += m.mean * f64::from(n);
            add_to(&mut weight, n)?;
        }
    }
    by_count(&mut referrals, |r| (r.count, r.label.to_lowercase()));
    by_count(&mut outcomes, |o| (o.count, o.label.to_lowercase()));
    let same_period = files
        .windows(2)
        .all(|w| w[0].period.from == w[1].period.from && w[0].period.to == w[1].period.to);
    Ok(Combined {
        files: files
            .iter()
            .map(|f| FileLine {
                project: f.project.clone(),
                scope: f.scope.clone(),
                from: f.period.from.clone(),
                to: f.period.to.clone(),
                current: f.participants.total.all,
                discharged: f.participants.discharged.all,
                outcome_goal_met: f.goals.outcome_percent.as_ref().map(|g| g.met),
            })
            .collect(),
        participants,
        anonymous,
        referrals,
        missing_referral,
        outcomes,
        missing_outcome,
        progression,
        mean_months: (weight > 0)
            .then(|| (weighted_months / f64::from(weight) * 10.0).round() / 10.0),
        same_period,
        progression_differs,
        journey: super::combine_journey::combine_journey(files)?,
    })
}

/// The summary as tables, like the report's: the files, participants by gender, referral
/// sources, outcomes and the mean time in the project.
pub fn combined_tables(c: &Combined, t: &dyn Words) -> Vec<Table> {
    let goal = |met: Option<bool>| {
        Cell::Text(match met {
            Some(true) => t.word(Word::Yes),
            Some(false) => t.word(Word::No),
            None => String::new(),
        })
    };
    let files = Table {
        key: "rapporter".into(),
        title: t.word(Word::FilesTitle),
        columns: vec![
            t.word(Word::ColumnProject),
            t.word(Word::ColumnPeriod),
            t.word(Word::Current),
            t.word(Word::Discharged),
            t.word(Word::ColumnOutcomeGoal),
        ],
        rows: c
            .files
            .iter()
            .map(|f| {
                let name = match &f.scope {
                    Some(scope) => format!("{} ({scope})", f.project),
                    None => f.project.clone(),
                };
                row(vec![
                    Cell::Text(name),
                    Cell::Text(format!("{} – {}", f.from, f.to)),
                    Cell::Int(f.current.into()),
                    Cell::Int(f.discharged.into()),
                    goal(f.outcome_goal_met),
                ])
            })
            .collect(),
        note: (!c.same_period).then(|| t.word(Word::DifferentPeriods)),
    };
    let overview = Overview {
        current: c.participants.total,
        started: c.participants.started,
        discharged: c.participants.discharged,
        active_at_end: c.participants.active_at_end,
        anonymous: c.anonymous,
    };
    let label = |label: &str, count: u32, progression: bool| LabelCount {
        id: None,
        label: label.to_owned(),
        count,
        progression,
    };
    let referrals = Referrals {
        rows: c
            .referrals
            .iter()
            .map(|r| label(&r.label, r.count, false))
            .collect(),
        total: (c.referrals.iter()).fold(c.missing_referral, |sum, r| sum.saturating_add(r.count)),
        missing: c.missing_referral,
    };
    let outcomes = Outcomes {
        rows: (c.outcomes.iter())
            .map(|o| label(&o.label, o.count, o.progression))
            .collect(),
        discharged: c.participants.discharged.all,
        missing: c.missing_outcome,
        progression: c.progression,
    };
    let mut outcome_table = outcome_table(&outcomes, t);
    if !c.progression_differs.is_empty() {
        outcome_table.note =
            Some(t.word(Word::ProgressionDiffers(c.progression_differs.join(", "))));
    }
    let time = Table {
        key: "tid".into(),
        title: t.word(Word::Time),
        columns: vec![t.word(Word::Measure), t.word(Word::MonthsCol)],
        rows: vec![row(vec![
            Cell::Text(t.word(Word::Mean)),
            c.mean_months.map_or(Cell::Empty, Cell::Decimal),
        ])],
        note: Some(t.word(Word::NoMedian)),
    };
    let total_files = c.files.len();
    let mut out = vec![
        files,
        overview_table(&overview, t),
        referral_table(&referrals, t),
        outcome_table,
        time,
    ];
    if let Some(j) = &c.journey {
        out.extend(super::combine_journey::journey_tables(j, total_files, t));
    }
    out
}
