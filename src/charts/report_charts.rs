//! The four charts of a report, each with the table that is its text alternative.

use super::{bar_chart, flow_chart, over_time_chart, Bar, BarKind, FlowLegend, Series};
use crate::i18n::report::ReportTexts;
use crate::report::tables::{Cell, Row, Table};
use crate::report::Report;

/// A drawn chart: the key (element id and file name), its title, the SVG and its table.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub key: &'static str,
    pub title: String,
    pub svg: String,
    pub table: Table,
}

fn label_table(
    key: &str,
    title: &str,
    first: &str,
    bars: &[Bar],
    total: u32,
    t: &ReportTexts,
) -> Table {
    Table {
        key: key.into(),
        title: title.into(),
        columns: vec![first.into(), t.count.into(), t.share.into()],
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

pub fn report_charts(r: &Report, t: &ReportTexts) -> Vec<Chart> {
    let share = |part: u32, of: u32| t.share(part, of);
    let mut outcome_bars: Vec<Bar> = r
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
    if r.outcomes.missing > 0 {
        outcome_bars.push(Bar {
            label: t.missing_outcome.into(),
            count: r.outcomes.missing,
            kind: BarKind::Missing,
        });
    }
    let mut referral_bars: Vec<Bar> = r
        .referrals
        .rows
        .iter()
        .map(|l| Bar {
            label: l.label.clone(),
            count: l.count,
            kind: BarKind::Plain,
        })
        .collect();
    if r.referrals.missing > 0 {
        referral_bars.push(Bar {
            label: t.no_referral.into(),
            count: r.referrals.missing,
            kind: BarKind::Missing,
        });
    }

    // Flow: referral sources (rows) by outcome (stack order), only those that occur.
    let mut outcomes: Vec<FlowLegend> = Vec::new();
    let mut referrals: Vec<String> = Vec::new();
    for f in &r.flows {
        let outcome = if f.outcome.is_empty() {
            t.missing_outcome.to_owned()
        } else {
            f.outcome.clone()
        };
        if !outcomes.iter().any(|o| o.outcome == outcome) {
            outcomes.push(FlowLegend {
                outcome,
                progression: f.progression,
                missing: f.outcome.is_empty(),
            });
        }
        let referral = if f.referral.is_empty() {
            t.no_referral.to_owned()
        } else {
            f.referral.clone()
        };
        if !referrals.contains(&referral) {
            referrals.push(referral);
        }
    }
    // Progression first, then the other outcomes, the missing outcome last.
    outcomes.sort_by_key(|o| (o.missing, !o.progression));
    let rows: Vec<(String, Vec<u32>)> = referrals
        .iter()
        .map(|referral| {
            let counts = outcomes
                .iter()
                .map(|o| {
                    r.flows
                        .iter()
                        .filter(|f| {
                            let fr = if f.referral.is_empty() {
                                t.no_referral
                            } else {
                                f.referral.as_str()
                            };
                            let fo = if f.outcome.is_empty() {
                                t.missing_outcome
                            } else {
                                f.outcome.as_str()
                            };
                            fr == referral && fo == o.outcome
                        })
                        .map(|f| f.count)
                        .sum()
                })
                .collect();
            (referral.clone(), counts)
        })
        .collect();
    let mut flow_columns = vec![t.referral.to_owned()];
    flow_columns.extend(outcomes.iter().map(|o| o.outcome.clone()));
    let flow_table = Table {
        key: "flode".into(),
        title: t.chart_flow.into(),
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
        .map(|m| {
            format!(
                "{} {}",
                t.months_short[usize::from(m.month - 1)],
                m.year % 100
            )
        })
        .collect();
    let series = vec![
        Series {
            name: t.series_started.into(),
            values: r.months.iter().map(|m| m.started).collect(),
        },
        Series {
            name: t.series_discharged.into(),
            values: r.months.iter().map(|m| m.discharged).collect(),
        },
        Series {
            name: t.series_active.into(),
            values: r.months.iter().map(|m| m.active).collect(),
        },
    ];
    let time_table = Table {
        key: "over-tid".into(),
        title: t.chart_over_time.into(),
        columns: vec![
            t.month.into(),
            t.series_started.into(),
            t.series_discharged.into(),
            t.series_active.into(),
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
            title: t.chart_outcomes.into(),
            svg: bar_chart(
                t.chart_outcomes,
                &outcome_bars,
                r.outcomes.discharged,
                &share,
                t.progression_mark,
            ),
            table: label_table(
                "diagram-avslut",
                t.chart_outcomes,
                t.outcome,
                &outcome_bars,
                r.outcomes.discharged,
                t,
            ),
        },
        Chart {
            key: "diagram-remittenter",
            title: t.chart_referrals.into(),
            svg: bar_chart(
                t.chart_referrals,
                &referral_bars,
                r.referrals.total,
                &share,
                t.progression_mark,
            ),
            table: label_table(
                "diagram-remittenter",
                t.chart_referrals,
                t.referral,
                &referral_bars,
                r.referrals.total,
                t,
            ),
        },
        Chart {
            key: "diagram-flode",
            title: t.chart_flow.into(),
            svg: flow_chart(t.chart_flow, &rows, &outcomes, t.progression_mark),
            table: flow_table,
        },
        Chart {
            key: "diagram-over-tid",
            title: t.chart_over_time.into(),
            svg: over_time_chart(t.chart_over_time, &months, &series),
            table: time_table,
        },
    ]
}
