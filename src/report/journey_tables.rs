//! The journey's tables: the waiting list, planned length and extensions, income source and
//! occupation before → after, and the follow-ups after exit (keys `vantan`, `forlangning`,
//! `forsorjning`, `sysselsattning`, `uppfoljning`, `uppfoljning-lage`).

use super::journey::{JourneyFigures, Transition};
use super::table::{gender_cells, gender_columns, row, text, total, Cell, Row, Table};
use super::words::{Word, Words};
use super::GenderCounts;

pub(super) fn tables(j: &JourneyFigures, t: &dyn Words) -> Vec<Table> {
    vec![
        waiting(j, t),
        extensions(j, t),
        transitions(
            "forsorjning",
            Word::IncomeTitle,
            &j.income,
            |i| i.map_or(Word::NotGiven, Word::Income),
            (Word::LeftPublicSupport, j.left_public_support),
            t,
        ),
        transitions(
            "sysselsattning",
            Word::OccupationTitle,
            &j.occupation,
            |o| o.map_or(Word::NotGiven, Word::Occupation),
            (Word::IncreasedExtent, j.increased_extent),
            t,
        ),
        follow_ups(j, t),
        follow_up_against(j, t),
    ]
}

fn measure_row(t: &dyn Words, w: Word, value: Cell) -> Row {
    row(vec![text(&t.word(w)), value])
}

fn waiting(j: &JourneyFigures, t: &dyn Words) -> Table {
    let w = &j.waiting;
    let mut rows = vec![
        row(gender_cells(&t.word(Word::WaitingAtEnd), &w.at_end)),
        row(gender_cells(
            &t.word(Word::NeverStartedRow),
            &w.never_started,
        )),
    ];
    let decimal = |x: Option<f64>| x.map_or(Cell::Empty, Cell::Decimal);
    let mut measures = vec![(Word::MedianDaysToStart, decimal(w.median_days_to_start))];
    if let Some(a) = w.ages {
        measures.push((Word::WaitingMeanAge, Cell::Decimal(a.mean)));
        measures.push((Word::WaitingMedianAge, Cell::Decimal(a.median)));
    }
    for (word, value) in measures {
        let mut cells = vec![text(&t.word(word)), value];
        cells.extend([Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty]);
        rows.push(row(cells));
    }
    Table {
        key: "vantan".into(),
        title: t.word(Word::WaitingTitle),
        columns: gender_columns(t, &t.word(Word::Measure)),
        rows,
        note: None,
    }
}

fn extensions(j: &JourneyFigures, t: &dyn Words) -> Table {
    let x = &j.extensions;
    let int = |n: u32| Cell::Int(n.into());
    let mut rows = vec![
        measure_row(t, Word::Participations, int(j.participations)),
        measure_row(t, Word::Extended, int(x.extended)),
        measure_row(t, Word::PastPlannedEnd, int(x.past_planned_end)),
    ];
    if let Some(a) = x.against_plan {
        rows.push(measure_row(t, Word::WithPlannedEnd, int(a.count)));
        rows.push(measure_row(
            t,
            Word::MeanDaysStayed,
            Cell::Decimal(a.mean_days),
        ));
        rows.push(measure_row(
            t,
            Word::MeanDaysPlanned,
            Cell::Decimal(a.mean_planned_days),
        ));
    }
    Table {
        key: "forlangning".into(),
        title: t.word(Word::ExtensionsTitle),
        columns: vec![t.word(Word::Measure), t.word(Word::Count)],
        rows,
        note: None,
    }
}

/// Before → after by gender, with a closing row of one figure.
fn transitions<T: Copy>(
    key: &str,
    title: Word,
    list: &[Transition<T>],
    name: impl Fn(T) -> Word,
    closing: (Word, u32),
    t: &dyn Words,
) -> Table {
    let mut columns = vec![t.word(Word::AtStart)];
    columns.extend(gender_columns(t, &t.word(Word::AtEnd)));
    let mut rows: Vec<Row> = (list.iter())
        .map(|x| {
            let mut cells = vec![text(&t.word(name(x.before)))];
            cells.extend(gender_cells(&t.word(name(x.after)), &x.counts));
            row(cells)
        })
        .collect();
    let all = list.iter().fold(GenderCounts::default(), |mut sum, x| {
        sum.all += x.counts.all;
        sum.women += x.counts.women;
        sum.men += x.counts.men;
        sum.other += x.counts.other;
        sum.unspecified += x.counts.unspecified;
        sum
    });
    if !list.is_empty() {
        let mut cells = vec![text(&t.word(Word::Total))];
        cells.extend(gender_cells("", &all));
        rows.push(total(cells));
        let mut cells = vec![
            text(&t.word(closing.0)),
            Cell::Empty,
            Cell::Int(closing.1.into()),
        ];
        cells.extend([Cell::Empty, Cell::Empty, Cell::Empty, Cell::Empty]);
        rows.push(total(cells));
    }
    Table {
        key: key.into(),
        title: t.word(title),
        columns,
        rows,
        note: list.is_empty().then(|| t.word(Word::NoDischarged)),
    }
}

fn follow_ups(j: &JourneyFigures, t: &dyn Words) -> Table {
    follow_up_table(
        (j.follow_ups.iter()).map(|f| {
            let statuses = (f.statuses.iter())
                .map(|(s, n)| format!("{} {n}", t.word(Word::FollowUpStatus(*s))))
                .collect();
            (f.months, f.due, f.done, f.reached, statuses)
        }),
        t,
    )
}

/// The follow-up table of a report or a summary: per follow-up its months, how many were due,
/// done and reached, and the statuses with their counts in words.
pub(super) fn follow_up_table(
    rows: impl Iterator<Item = (u8, u32, u32, u32, Vec<String>)>,
    t: &dyn Words,
) -> Table {
    let rows: Vec<Row> = rows
        .map(|(months, due, done, reached, statuses)| {
            row(vec![
                text(&t.word(Word::MonthsAfter(months))),
                Cell::Int(due.into()),
                Cell::Int(done.into()),
                Cell::Int(reached.into()),
                Cell::Text(statuses.join(", ")),
            ])
        })
        .collect();
    Table {
        key: "uppfoljning".into(),
        title: t.word(Word::FollowUpsTitle),
        columns: vec![
            t.word(Word::FollowUpCol),
            t.word(Word::FollowUpDue),
            t.word(Word::FollowUpDone),
            t.word(Word::FollowUpReached),
            t.word(Word::FollowUpStatuses),
        ],
        note: rows.is_empty().then(|| t.word(Word::NoFollowUps)),
        rows,
    }
}

fn follow_up_against(j: &JourneyFigures, t: &dyn Words) -> Table {
    let rows: Vec<Row> = (j.follow_ups.iter())
        .flat_map(|f| {
            (f.against_discharge.iter())
                .map(move |(occupation, status, n)| (f.months, *occupation, *status, *n))
        })
        .map(|(months, occupation, status, n)| {
            row(vec![
                text(&t.word(Word::MonthsAfter(months))),
                text(&t.word(occupation.map_or(Word::NotGiven, Word::Occupation))),
                text(&t.word(Word::FollowUpStatus(status))),
                Cell::Int(n.into()),
            ])
        })
        .collect();
    Table {
        key: "uppfoljning-lage".into(),
        title: t.word(Word::FollowUpAgainstTitle),
        columns: vec![
            t.word(Word::FollowUpCol),
            t.word(Word::AtDischarge),
            t.word(Word::AtFollowUp),
            t.word(Word::Count),
        ],
        note: rows.is_empty().then(|| t.word(Word::NoFollowUpsDone)),
        rows,
    }
}
