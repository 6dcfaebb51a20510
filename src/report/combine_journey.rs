//! The summary's journey figures: the version 2 fields of the report files added up (version
//! 1 files have none and are left out of these sums, which say how many files they cover).

use super::json::{CountJson, FollowUpJson, ReportFile, TransitionJson, NOT_GIVEN};
use super::table::{gender_cells, row, Cell, Table};
use super::words::{Word, Words};
use super::GenderCounts;
use crate::domain::journey::{FollowUpStatus, Income, Occupation};

/// The version 2 figures of the files that have them, added up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CombinedJourney {
    /// How many of the files are version 2.
    pub files: usize,
    pub waiting_at_end: GenderCounts,
    pub never_started: u32,
    pub extended: u32,
    pub past_planned_end: u32,
    pub left_public_support: u32,
    pub increased_extent: u32,
    pub participations: u32,
    /// Mean age at start, weighted by each file's count.
    pub mean_age: Option<f64>,
    pub income: Vec<TransitionJson>,
    pub occupation: Vec<TransitionJson>,
    /// By months after the discharge, ascending.
    pub follow_ups: Vec<FollowUpJson>,
}

/// The sum is larger than the counters hold: only possible with thousands of files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the files add up to more participants than a summary can count")]
pub struct TooLarge;

fn add(a: &mut u32, b: u32) -> Result<(), TooLarge> {
    *a = a.checked_add(b).ok_or(TooLarge)?;
    Ok(())
}

fn add_transitions(sum: &mut Vec<TransitionJson>, more: &[TransitionJson]) -> Result<(), TooLarge> {
    for t in more {
        match sum
            .iter_mut()
            .find(|s| s.before == t.before && s.after == t.after)
        {
            Some(s) => add(&mut s.count, t.count)?,
            None => sum.push(t.clone()),
        }
    }
    Ok(())
}

fn add_counts(sum: &mut Vec<CountJson>, more: &[CountJson]) -> Result<(), TooLarge> {
    for c in more {
        match sum.iter_mut().find(|s| s.label == c.label) {
            Some(s) => add(&mut s.count, c.count)?,
            None => sum.push(c.clone()),
        }
    }
    Ok(())
}

/// Adds up the version 2 fields of `files`; none if no file has them.
pub fn combine_journey(files: &[ReportFile]) -> Result<Option<CombinedJourney>, TooLarge> {
    let mut c = CombinedJourney::default();
    let (mut age_sum, mut age_count) = (0.0, 0u32);
    for f in files.iter().filter(|f| f.version >= 2) {
        c.files += 1;
        if let Some(w) = &f.waiting {
            c.waiting_at_end = (c.waiting_at_end.checked_add(&w.at_end)).ok_or(TooLarge)?;
            add(&mut c.never_started, w.never_started)?;
        }
        if let Some(x) = &f.extensions {
            add(&mut c.extended, x.extended)?;
            add(&mut c.past_planned_end, x.past_planned_end)?;
        }
        add(
            &mut c.left_public_support,
            f.left_public_support.unwrap_or(0),
        )?;
        add(&mut c.increased_extent, f.increased_extent.unwrap_or(0))?;
        add(&mut c.participations, f.participations.unwrap_or(0))?;
        if let Some(a) = &f.age_at_start {
            age_sum += a.mean * f64::from(a.count);
            add(&mut age_count, a.count)?;
        }
        if let Some(t) = &f.income {
            add_transitions(&mut c.income, &t.transitions)?;
        }
        if let Some(t) = &f.occupation {
            add_transitions(&mut c.occupation, &t.transitions)?;
        }
        for fu in f.follow_ups.iter().flatten() {
            match c.follow_ups.iter_mut().find(|s| s.months == fu.months) {
                Some(s) => {
                    add(&mut s.due, fu.due)?;
                    add(&mut s.done, fu.done)?;
                    add(&mut s.reached, fu.reached)?;
                    add_counts(&mut s.statuses, &fu.statuses)?;
                }
                None => c.follow_ups.push(fu.clone()),
            }
        }
    }
    c.follow_ups.sort_by_key(|f| f.months);
    c.mean_age = (age_count > 0).then(|| (age_sum / f64::from(age_count) * 10.0).round() / 10.0);
    Ok((c.files > 0).then_some(c))
}

/// The words for a fixed list's key in a file: the list's word, "not given", or the key itself
/// (a key of a newer version).
fn key_word(t: &dyn Words, key: &str, word: impl Fn(&str) -> Option<Word>) -> String {
    if key == NOT_GIVEN {
        return t.word(Word::NotGiven);
    }
    word(key).map_or_else(|| key.to_owned(), |w| t.word(w))
}

/// The summary's journey tables.
pub fn journey_tables(c: &CombinedJourney, total_files: usize, t: &dyn Words) -> Vec<Table> {
    let int = |n: u32| Cell::Int(n.into());
    let measure = |w: Word, v: Cell| row(vec![Cell::Text(t.word(w)), v]);
    let mut figures = vec![
        row({
            let mut cells = gender_cells(&t.word(Word::WaitingAtEnd), &c.waiting_at_end);
            cells.truncate(2);
            cells
        }),
        measure(Word::NeverStartedRow, int(c.never_started)),
        measure(Word::Participations, int(c.participations)),
        measure(Word::Extended, int(c.extended)),
        measure(Word::PastPlannedEnd, int(c.past_planned_end)),
        measure(Word::LeftPublicSupport, int(c.left_public_support)),
        measure(Word::IncreasedExtent, int(c.increased_extent)),
    ];
    if let Some(age) = c.mean_age {
        figures.push(measure(Word::AgeAtStart, Cell::Decimal(age)));
    }
    let note = Some(t.word(Word::JourneyFiles(c.files, total_files)));
    let transition_table =
        |key: &str, title: Word, list: &[TransitionJson], word: fn(&str) -> Option<Word>| Table {
            key: key.into(),
            title: t.word(title),
            columns: vec![
                t.word(Word::AtStart),
                t.word(Word::AtEnd),
                t.word(Word::Count),
            ],
            rows: (list.iter())
                .map(|x| {
                    row(vec![
                        Cell::Text(key_word(t, &x.before, word)),
                        Cell::Text(key_word(t, &x.after, word)),
                        int(x.count),
                    ])
                })
                .collect(),
            note: list.is_empty().then(|| t.word(Word::NoDischarged)),
        };
    let follow_ups = super::journey_tables::follow_up_table(
        (c.follow_ups.iter()).map(|f| {
            let statuses = (f.statuses.iter())
                .map(|s| {
                    let name = key_word(t, &s.label, |k| {
                        FollowUpStatus::from_key(k).map(Word::FollowUpStatus)
                    });
                    format!("{name} {}", s.count)
                })
                .collect();
            (f.months, f.due, f.done, f.reached, statuses)
        }),
        t,
    );
    vec![
        Table {
            key: "vag".into(),
            title: t.word(Word::JourneyTitle),
            columns: vec![t.word(Word::Measure), t.word(Word::Count)],
            rows: figures,
            note,
        },
        transition_table("forsorjning", Word::IncomeTitle, &c.income, |k| {
            Income::from_key(k).map(Word::Income)
        }),
        transition_table(
            "sysselsattning",
            Word::OccupationTitle,
            &c.occupation,
            |k| Occupation::from_key(k).map(Word::Occupation),
        ),
        follow_ups,
    ]
}
