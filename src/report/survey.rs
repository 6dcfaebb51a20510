//! A self-evaluation form's results as [`Table`]s: the page shows them, and the CSV and Excel
//! exports write them, so the three agree.
//!
//! - the answers, one row per answer (the moment and the values: no participant, no month, no
//!   language), and the free texts apart, both only for groups that reach the minimum;
//! - the summary, one row per item and moment, under the small-group rule;
//! - the change per dimension from start to end, under the same rule.

use super::tables::{row, Cell, Table};
use super::words::{Word, Words};
use crate::survey::results::{self, MinGroup, Shown};
use crate::survey::{Answer, Form, ItemKind, Moment, Value};

/// The words of `value` for `kind` in the form's first language.
fn value_text(kind: &ItemKind, value: &Value, lang: &str, t: &dyn Words) -> Cell {
    match (kind, value) {
        (_, Value::Skipped) => Cell::Empty,
        (_, Value::Scale(n)) => Cell::Int((*n).into()),
        (_, Value::YesNo(yes)) => Cell::Text(t.word(if *yes { Word::Yes } else { Word::No })),
        (ItemKind::Choice { options }, Value::Choice(i)) => Cell::Text(
            options
                .get(usize::from(*i))
                .map(|o| o.get(lang).to_owned())
                .unwrap_or_default(),
        ),
        (_, Value::Choice(i)) => Cell::Int((*i).into()),
        (_, Value::Text(s)) => Cell::Text(s.clone()),
    }
}

/// The answers to `form`, one row each, under the small-group rule exactly as the page keeps
/// it: a moment with fewer answers than the minimum gives no rows, only its size in the note.
/// A row holds the moment and the values, in an order that says nothing of when or in which
/// language each was given: next to the values, a month or a language could point to the one
/// person who answered then, in it. Free texts are not in these rows either; [`free_text_table`]
/// lists them apart, shuffled, as the page does. `seed` shuffles the rows within each moment.
pub fn answers_table(
    form: &Form,
    answers: &[Answer],
    min: MinGroup,
    seed: u64,
    t: &dyn Words,
) -> Table {
    let lang = form.language_or_default("");
    let kept: Vec<(usize, &crate::survey::Item)> = (form.items.iter().enumerate())
        .filter(|(_, i)| !matches!(i.kind, ItemKind::FreeText))
        .collect();
    let mut columns = vec![t.word(Word::ColMoment)];
    columns.extend(kept.iter().map(|(_, i)| i.text.get(lang).to_owned()));
    let mut rows = Vec::new();
    let mut hidden: Vec<String> = Vec::new();
    for moment in Moment::ALL {
        let group = results::answers_for(answers, form, Some(moment));
        if group.len() < min.get() {
            if !group.is_empty() {
                hidden.push(format!(
                    "{}: {}",
                    &t.word(Word::Moment(moment)),
                    t.word(Word::TooFew(group.len(), min.get()))
                ));
            }
            continue;
        }
        let mut group: Vec<&Answer> = group;
        group.sort_by_key(|a| a.id);
        results::shuffle(&mut group, seed);
        rows.extend(group.iter().map(|a| {
            let mut cells = vec![Cell::Text(t.word(Word::Moment(a.moment)))];
            cells.extend(kept.iter().map(|(n, item)| {
                let value = a.values.get(*n).unwrap_or(&Value::Skipped);
                value_text(&item.kind, value, lang, t)
            }));
            row(cells)
        }));
    }
    Table {
        key: "svar".into(),
        title: t.word(Word::AnswersTableTitle),
        columns,
        rows,
        note: (!hidden.is_empty()).then(|| hidden.join(" ")),
    }
}

/// The free texts per question and moment, each group shuffled from `seed` and shown only when
/// the group reaches the minimum, as on the page.
pub fn free_text_table(
    form: &Form,
    answers: &[Answer],
    min: MinGroup,
    seed: u64,
    t: &dyn Words,
) -> Table {
    let lang = form.language_or_default("");
    let mut rows = Vec::new();
    let mut hidden = Vec::new();
    for (i, item) in form.items.iter().enumerate() {
        if !matches!(item.kind, ItemKind::FreeText) {
            continue;
        }
        for moment in Moment::ALL {
            let question = || Cell::Text(item.text.get(lang).to_owned());
            match results::free_texts(form, answers, i, moment, min, seed) {
                Shown::Hidden { n: 0 } => {}
                Shown::Hidden { n } => hidden.push(format!(
                    "{} – {}: {}",
                    item.text.get(lang),
                    &t.word(Word::Moment(moment)),
                    &t.word(Word::TooFew(n, min.get()))
                )),
                Shown::Shown(list) => rows.extend(list.into_iter().map(|e| {
                    row(vec![
                        question(),
                        Cell::Text(t.word(Word::Moment(moment))),
                        Cell::Text(e.text),
                    ])
                })),
            }
        }
    }
    Table {
        key: "fritext".into(),
        title: t.word(Word::FreeTextsTitle),
        columns: vec![
            t.word(Word::ColItem),
            t.word(Word::ColMoment),
            t.word(Word::FreeTextsTitle),
        ],
        rows,
        note: (!hidden.is_empty()).then(|| hidden.join(" ")),
    }
}

fn decimal(x: Option<f64>) -> Cell {
    x.map(Cell::Decimal).unwrap_or(Cell::Empty)
}

/// Per item and moment: answers, the distribution 1–5 (or yes/no), mean and median.
pub fn summary_table(form: &Form, answers: &[Answer], min: MinGroup, t: &dyn Words) -> Table {
    let lang = form.language_or_default("");
    let mut columns = vec![
        t.word(Word::ColItem),
        t.word(Word::ColMoment),
        t.word(Word::ColN),
    ];
    columns.extend(["1", "2", "3", "4", "5"].map(String::from));
    columns.extend([t.word(Word::ColMean), t.word(Word::ColMedian)]);
    let mut rows = Vec::new();
    for (i, item) in form.items.iter().enumerate() {
        if matches!(item.kind, ItemKind::FreeText) {
            continue;
        }
        for moment in Moment::ALL {
            let mut cells = vec![
                Cell::Text(item.text.get(lang).to_owned()),
                Cell::Text(t.word(Word::Moment(moment))),
            ];
            match results::item_stats(form, answers, i, moment, min) {
                Shown::Hidden { n } => {
                    cells.push(Cell::Int(n as i64));
                    cells.push(Cell::Text(t.word(Word::TooFewShort)));
                    // The rest of the row stays empty: a hidden group shows only its size.
                    cells.resize(columns.len(), Cell::Empty);
                }
                Shown::Shown(s) => {
                    cells.push(Cell::Int(s.n as i64));
                    let counts = match &item.kind {
                        ItemKind::Scale { .. } => s.counts.clone(),
                        _ => Vec::new(),
                    };
                    cells.extend((0..5).map(|k| {
                        counts
                            .get(k)
                            .map(|c| Cell::Int((*c).into()))
                            .unwrap_or(Cell::Empty)
                    }));
                    cells.push(decimal(s.mean));
                    cells.push(decimal(s.median));
                }
            }
            rows.push(row(cells));
        }
    }
    Table {
        key: "sammanfattning".into(),
        title: t.word(Word::SummaryTitle),
        columns,
        rows,
        note: Some(t.word(Word::MinGroupNote(min.get()))),
    }
}

/// The mean per dimension at the start and at the end, and the change; `None` when hidden.
pub fn change_table(form: &Form, answers: &[Answer], min: MinGroup, t: &dyn Words) -> Table {
    let lang = form.language_or_default("");
    let columns = [
        &t.word(Word::ColDimension),
        &t.word(Word::Moment(Moment::Start)),
        &t.word(Word::Moment(Moment::End)),
        &t.word(Word::ColChange),
    ]
    .map(String::from)
    .to_vec();
    let (rows, note) = match results::start_end(form, answers, min) {
        Shown::Hidden { n } => (Vec::new(), Some(t.word(Word::ChangeHidden(n, min.get())))),
        Shown::Shown(dims) => (
            dims.iter()
                .map(|d| {
                    row(vec![
                        Cell::Text(d.dimension.get(lang).to_owned()),
                        Cell::Decimal(d.start),
                        Cell::Decimal(d.end),
                        Cell::Decimal(d.change()),
                    ])
                })
                .collect(),
            None,
        ),
    };
    Table {
        key: "forandring".into(),
        title: t.word(Word::ChangeTitle),
        columns,
        rows,
        note,
    }
}
