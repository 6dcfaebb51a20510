//! The four charts of a report, each with the table that is its text alternative.

use super::{
    bar_chart, over_time_chart, sankey_chart, Bar, BarKind, FlowLegend, Groups, Series, Typeset,
};
use crate::report::tables::{Cell, Row, Table};
use crate::report::words::{Word, Words};
use crate::report::Report;
use std::collections::HashMap;

/// A drawn chart: the key (element id and file name), its title, the SVG and its table.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub key: &'static str,
    pub title: String,
    pub svg: String,
    pub table: Table,
    /// Whether its labels need a readable width: on a narrow screen it keeps that width and
    /// scrolls sideways instead of shrinking.
    pub wide: bool,
}

fn label_table(
    key: &str,
    title: &str,
    first: &str,
    bars: &[Bar],
    total: u32,
    t: &dyn Words,
) -> Table {
    Table {
        key: key.into(),
        title: title.into(),
        columns: vec![first.into(), t.word(Word::Count), t.word(Word::Share)],
        rows: bars
            .iter()
            .map(|b| Row {
                cells: vec![
                    Cell::Text(b.label.clone()),
                    Cell::Int(b.count.into()),
                    Cell::Share {
                        part: b.count,
                        of: total,
                    },
                ],
                total: false,
            })
            .collect(),
        note: None,
    }
}

/// The most categories (bars, or rows of the flow) a chart draws; the rest are added up in one,
/// so that a project with thousands of referral sources still gets a chart that can be read.
pub const MAX_CATEGORIES: usize = 30;

/// `bars` as they are if they fit; else the largest, and the rest added up in one last bar.
fn capped(mut bars: Vec<Bar>, others: impl Fn(usize) -> String) -> Vec<Bar> {
    if bars.len() <= MAX_CATEGORIES {
        return bars;
    }
    bars.sort_by_key(|b| std::cmp::Reverse(b.count));
    let rest = bars.split_off(MAX_CATEGORIES - 1);
    bars.push(Bar {
        label: others(rest.len()),
        count: rest.iter().map(|b| b.count).sum(),
        kind: BarKind::Plain,
    });
    bars
}

/// The report's charts as the page and the print view draw them.
pub fn report_charts(r: &Report, t: &dyn Words) -> Vec<Chart> {
    report_charts_in(r, t, Typeset::Page)
}

/// The report's charts in a typeset: larger type for the presenter view.
pub fn report_charts_in(r: &Report, t: &dyn Words, set: Typeset) -> Vec<Chart> {
    let share = |part: u32, of: u32| t.share(part, of);
    let others = |n: usize| t.word(Word::Others(n));
    let outcome_bars: Vec<Bar> = r
        .outcomes
        .rows
        .iter()
        .map(|l| Bar {
            label: l.label.clone(),
            count: l.count,
            kind: if l.progression {
                BarKind::Progression
            } else {
                BarKind::Plain
            },
        })
        .collect();
    let mut outcome_bars = capped(outcome_bars, others);
    if r.outcomes.missing > 0 {
        outcome_bars.push(Bar {
            label: t.word(Word::MissingOutcome),
            count: r.outcomes.missing,
            kind: BarKind::Missing,
        });
    }
    let referral_bars: Vec<Bar> = r
        .referrals
        .rows
        .iter()
        .map(|l| Bar {
            label: l.label.clone(),
            count: l.count,
            kind: BarKind::Plain,
        })
        .collect();
    let mut referral_bars = capped(referral_bars, others);
    if r.referrals.missing > 0 {
        referral_bars.push(Bar {
            label: t.word(Word::NoReferral),
            count: r.referrals.missing,
            kind: BarKind::Missing,
        });
    }

    // Flow: referral sources (rows) by outcome (stack order), only those that occur; counted
    // in one pass over the flows.
    let named = |name: &str, missing: &str| {
        if name.is_empty() {
            missing.to_owned()
        } else {
            name.to_owned()
        }
    };
    let mut outcomes: Vec<FlowLegend> = Vec::new();
    let mut outcome_at: HashMap<String, usize> = HashMap::new();
    let mut referral_totals: Vec<(String, u32)> = Vec::new();
    let mut referral_at: HashMap<String, usize> = HashMap::new();
    let mut cells: HashMap<(usize, usize), u32> = HashMap::new();
    for f in &r.flows {
        let outcome = named(&f.outcome, &t.word(Word::MissingOutcome));
        let o = *outcome_at.entry(outcome.clone()).or_insert_with(|| {
            outcomes.push(FlowLegend {
                outcome,
                progression: f.progression,
                missing: f.outcome.is_empty(),
            });
            outcomes.len() - 1
        });
        let referral = named(&f.referral, &t.word(Word::NoReferral));
        let i = *referral_at.entry(referral.clone()).or_insert_with(|| {
            referral_totals.push((referral, 0));
            referral_totals.len() - 1
        });
        referral_totals[i].1 += f.count;
        *cells.entry((i, o)).or_default() += f.count;
    }
    // Progression first, then the other outcomes, the missing outcome last; at most
    // MAX_CATEGORIES columns, the smallest outcomes added up in the last.
    let mut outcome_totals = vec![0u32; outcomes.len()];
    for ((_, o), n) in &cells {
        outcome_totals[*o] += n;
    }
    // The missing outcome is never added up with others: a hole stays in sight.
    let mut order: Vec<usize> = (0..outcomes.len())
        .filter(|&o| !outcomes[o].missing)
        .collect();
    let missing: Vec<usize> = (0..outcomes.len())
        .filter(|&o| outcomes[o].missing)
        .collect();
    let mut column_of: Vec<usize> = (0..outcomes.len()).collect();
    let room = MAX_CATEGORIES - missing.len();
    let mut others_at = None;
    if order.len() > room {
        order.sort_by_key(|&o| std::cmp::Reverse(outcome_totals[o]));
        let rest = order.split_off(room - 1);
        let others = outcomes.len();
        outcomes.push(FlowLegend {
            outcome: t.word(Word::Others(rest.len())),
            progression: false,
            missing: false,
        });
        column_of.push(others);
        for o in rest {
            column_of[o] = others;
        }
        order.push(others);
        others_at = Some(others);
    }
    order.extend(missing);
    order.sort_by_key(|&o| {
        (
            outcomes[o].missing,
            !outcomes[o].progression,
            Some(o) == others_at,
        )
    });
    let column: Vec<Option<usize>> = {
        let position: std::collections::HashMap<usize, usize> =
            order.iter().enumerate().map(|(k, &o)| (o, k)).collect();
        (0..column_of.len())
            .map(|o| position.get(&column_of[o]).copied())
            .collect()
    };
    // The largest sources, and the rest added up in one row: each flow counted once.
    let mut sources: Vec<usize> = (0..referral_totals.len()).collect();
    if sources.len() > MAX_CATEGORIES {
        sources.sort_by_key(|&i| std::cmp::Reverse(referral_totals[i].1));
    }
    let mut row_at = vec![None; referral_totals.len()];
    let mut rows: Vec<(String, Vec<u32>)> = Vec::new();
    for (k, &i) in sources.iter().enumerate() {
        if k < MAX_CATEGORIES - 1 || sources.len() == MAX_CATEGORIES {
            row_at[i] = Some(rows.len());
            rows.push((referral_totals[i].0.clone(), vec![0; order.len()]));
        } else {
            if k == MAX_CATEGORIES - 1 {
                rows.push((
                    t.word(Word::Others(sources.len() - k)),
                    vec![0; order.len()],
                ));
            }
            row_at[i] = Some(rows.len() - 1);
        }
    }
    for ((i, o), n) in &cells {
        if let (Some(r), Some(c)) = (row_at[*i], column[*o]) {
            rows[r].1[c] += n;
        }
    }
    let outcomes: Vec<FlowLegend> = order.iter().map(|&o| outcomes[o].clone()).collect();
    let mut flow_columns = vec![t.word(Word::Referral)];
    flow_columns.extend(outcomes.iter().map(|o| o.outcome.clone()));
    let flow_table = Table {
        key: "flode".into(),
        title: t.word(Word::ChartFlow),
        columns: flow_columns,
        rows: rows
            .iter()
            .map(|(referral, counts)| {
                let mut cells = vec![Cell::Text(referral.clone())];
                cells.extend(counts.iter().map(|c| Cell::Int((*c).into())));
                Row {
                    cells,
                    total: false,
                }
            })
            .collect(),
        note: None,
    };

    let months: Vec<String> = r
        .months
        .iter()
        .map(|m| format!("{} {}", &t.word(Word::MonthShort(m.month)), m.year % 100))
        .collect();
    let series = vec![
        Series {
            name: t.word(Word::SeriesStarted),
            values: r.months.iter().map(|m| m.started).collect(),
        },
        Series {
            name: t.word(Word::SeriesDischarged),
            values: r.months.iter().map(|m| m.discharged).collect(),
        },
        Series {
            name: t.word(Word::SeriesActive),
            values: r.months.iter().map(|m| m.active).collect(),
        },
    ];
    let time_table = Table {
        key: "over-tid".into(),
        title: t.word(Word::ChartOverTime),
        columns: vec![
            t.word(Word::Month),
            t.word(Word::SeriesStarted),
            t.word(Word::SeriesDischarged),
            t.word(Word::SeriesActive),
        ],
        rows: r
            .months
            .iter()
            .zip(&months)
            .map(|(m, label)| Row {
                cells: vec![
                    Cell::Text(label.clone()),
                    Cell::Int(m.started.into()),
                    Cell::Int(m.discharged.into()),
                    Cell::Int(m.active.into()),
                ],
                total: false,
            })
            .collect(),
        note: None,
    };

    vec![
        Chart {
            key: "diagram-avslut",
            title: t.word(Word::ChartOutcomes),
            svg: bar_chart(
                &t.word(Word::ChartOutcomes),
                &outcome_bars,
                r.outcomes.discharged,
                &share,
                &t.word(Word::ProgressionMark),
                set,
            ),
            table: label_table(
                "diagram-avslut",
                &t.word(Word::ChartOutcomes),
                &t.word(Word::Outcome),
                &outcome_bars,
                r.outcomes.discharged,
                t,
            ),
            wide: false,
        },
        Chart {
            key: "diagram-remittenter",
            title: t.word(Word::ChartReferrals),
            svg: bar_chart(
                &t.word(Word::ChartReferrals),
                &referral_bars,
                r.referrals.total,
                &share,
                &t.word(Word::ProgressionMark),
                set,
            ),
            table: label_table(
                "diagram-remittenter",
                &t.word(Word::ChartReferrals),
                &t.word(Word::Referral),
                &referral_bars,
                r.referrals.total,
                t,
            ),
            wide: false,
        },
        Chart {
            key: "diagram-flode",
            title: t.word(Word::ChartFlow),
            svg: sankey_chart(
                &t.word(Word::ChartFlow),
                &rows,
                &outcomes,
                &t.word(Word::ProgressionMark),
                &Groups {
                    progression: &t.word(Word::FlowProgression),
                    other: &t.word(Word::FlowOther),
                },
                set,
            ),
            table: flow_table,
            wide: true,
        },
        Chart {
            key: "diagram-over-tid",
            title: t.word(Word::ChartOverTime),
            svg: over_time_chart(&t.word(Word::ChartOverTime), &months, &series),
            table: time_table,
            wide: false,
        },
    ]
}
