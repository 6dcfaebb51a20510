//! The report as plain tables: one model that the page renders and the CSV and Excel exports
//! write, so the three can never disagree.

use super::{AgeBand, GenderCounts, Report};
use crate::domain::Gender;
use crate::i18n::report::ReportTexts;

/// A cell: text, a whole number, a decimal number, or a share (drawn as a percentage).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Cell {
    Text(String),
    Int(i64),
    /// A decimal number shown with one decimal.
    Decimal(f64),
    /// `part` of `of`, shown as a percentage; `of == 0` shows as empty.
    Share {
        part: u32,
        of: u32,
    },
    Empty,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// A total or summary row, drawn in bold.
    pub total: bool,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Table {
    /// Short stable name: the element id on the page and the Excel sheet name.
    pub key: String,
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    /// Said under the table (e.g. "no one was discharged").
    pub note: Option<String>,
}

impl Cell {
    /// The cell as text in this language (shares as percentages).
    pub fn text(&self, t: &ReportTexts) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Decimal(x) => t.one_decimal(*x),
            Cell::Share { of: 0, .. } | Cell::Empty => String::new(),
            Cell::Share { part, of } => t.share(*part, *of),
        }
    }
}

fn text(s: &str) -> Cell {
    Cell::Text(s.to_owned())
}

/// A plain (not total) row.
pub(crate) fn row(cells: Vec<Cell>) -> Row {
    Row {
        cells,
        total: false,
    }
}

fn total(cells: Vec<Cell>) -> Row {
    Row { cells, total: true }
}

fn gender_columns(t: &ReportTexts, first: &str) -> Vec<String> {
    [first, t.total, t.women, t.men, t.other, t.unspecified]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

fn gender_cells(label: &str, c: &GenderCounts) -> Vec<Cell> {
    let mut cells = vec![text(label), Cell::Int(c.all.into())];
    cells.extend(
        [
            Gender::Woman,
            Gender::Man,
            Gender::Other,
            Gender::Unspecified,
        ]
        .map(|g| Cell::Int(c.get(g).into())),
    );
    cells
}

pub fn age_band_label(t: &ReportTexts, band: AgeBand) -> String {
    match band {
        AgeBand::Below(n) => format!("{} {n}", t.age_below),
        AgeBand::Range(a, b) => format!("{a}–{b}"),
        AgeBand::From(n) => format!("{n}+"),
        AgeBand::Unknown => t.age_unknown.to_owned(),
    }
}

/// Every table of the report, in the order of the issue: overview, referral sources, outcomes,
/// time, ages, sub-units, goals, data quality.
pub fn tables(r: &Report, t: &ReportTexts) -> Vec<Table> {
    let mut out = vec![
        overview_table(&r.overview, t),
        referral_table(&r.referrals, t),
        outcome_table(&r.outcomes, t),
    ];

    let months = |days: f64| Cell::Decimal(super::period::months(days));
    out.push(Table {
        key: "tid".into(),
        title: t.time.into(),
        columns: vec![t.measure.into(), t.months_col.into(), t.days_col.into()],
        rows: match r.time {
            Some(x) => vec![
                row(vec![
                    text(t.mean),
                    months(x.mean_days),
                    Cell::Decimal(x.mean_days),
                ]),
                row(vec![
                    text(t.median),
                    months(x.median_days),
                    Cell::Decimal(x.median_days),
                ]),
                row(vec![
                    text(t.shortest),
                    months(x.min_days as f64),
                    Cell::Int(x.min_days),
                ]),
                row(vec![
                    text(t.longest),
                    months(x.max_days as f64),
                    Cell::Int(x.max_days),
                ]),
            ],
            None => Vec::new(),
        },
        note: r.time.is_none().then(|| t.no_discharged.to_owned()),
    });

    for (i, age) in r.ages.iter().enumerate() {
        let title = match &age.outcome {
            None => t.ages_current.to_owned(),
            Some(name) => format!("{} {name}", t.ages_outcome),
        };
        out.push(Table {
            key: format!("alder-{}", i + 1),
            title,
            columns: gender_columns(t, t.age_band),
            rows: age
                .rows
                .iter()
                .map(|(band, counts)| row(gender_cells(&age_band_label(t, *band), counts)))
                .collect(),
            note: None,
        });
    }

    if !r.groups.is_empty() {
        let mut rows: Vec<Row> = r
            .groups
            .iter()
            .map(|g| {
                let label = if g.id.is_none() {
                    t.no_group.to_owned()
                } else {
                    g.label.clone()
                };
                row(vec![
                    Cell::Text(label),
                    g.target.map_or(Cell::Empty, |x| Cell::Int(x.into())),
                    Cell::Int(g.count.into()),
                    g.target.map_or(Cell::Empty, |x| Cell::Share {
                        part: g.count,
                        of: x,
                    }),
                ])
            })
            .collect();
        let target: u32 = r.groups.iter().filter_map(|g| g.target).sum();
        let count: u32 = r.groups.iter().map(|g| g.count).sum();
        rows.push(total(vec![
            text(t.total),
            Cell::Int(target.into()),
            Cell::Int(count.into()),
            Cell::Share {
                part: count,
                of: target,
            },
        ]));
        out.push(Table {
            key: "delinsatser".into(),
            title: t.groups.into(),
            columns: vec![
                t.group.into(),
                t.target.into(),
                t.actual.into(),
                t.share_of_target.into(),
            ],
            rows,
            note: None,
        });
    }

    let g = &r.goals;
    let met = |m: bool| text(if m { t.goal_met } else { t.goal_missed });
    let mut rows = Vec::new();
    if let Some(v) = g.volume {
        rows.push(row(vec![
            text(t.goal_volume),
            Cell::Int(v.target.into()),
            Cell::Int(v.actual.into()),
            met(v.met),
        ]));
    }
    // A goal in percent: the target, then the actual share with the numbers behind it.
    let percent_goal = |label: &str, target: u8, part: u32, of: u32, is_met: bool| {
        row(vec![
            text(label),
            Cell::Share {
                part: target.into(),
                of: 100,
            },
            Cell::Text(format!("{} ({})", t.share(part, of), (t.part_of)(part, of))),
            met(is_met),
        ])
    };
    if let Some(v) = g.gender {
        rows.push(percent_goal(
            t.goal_women,
            v.target_women_percent,
            v.women,
            v.of,
            v.met,
        ));
    }
    if let Some(v) = g.outcome {
        rows.push(percent_goal(
            t.goal_outcome,
            v.target_percent,
            v.progression,
            v.of,
            v.met,
        ));
    }
    out.push(Table {
        key: "mal".into(),
        title: t.goals.into(),
        columns: vec![
            t.goal.into(),
            t.target.into(),
            t.actual.into(),
            t.met.into(),
        ],
        note: rows.is_empty().then(|| t.no_goals.to_owned()),
        rows,
    });

    out.push(Table {
        key: "datakvalitet".into(),
        title: t.quality.into(),
        columns: vec![t.problem.into(), t.count.into()],
        rows: r
            .quality
            .iter()
            .map(|q| {
                let name = t.quality_kinds[super::QualityKind::ALL
                    .iter()
                    .position(|k| *k == q.kind)
                    .unwrap_or(0)];
                row(vec![text(name), Cell::Int(q.participants.len() as i64)])
            })
            .collect(),
        note: r.quality.is_empty().then(|| t.quality_ok.to_owned()),
    });
    out
}

/// Table 1: current, started, discharged and active at the end, by gender.
pub(crate) fn overview_table(o: &super::Overview, t: &ReportTexts) -> Table {
    Table {
        key: "oversikt".into(),
        title: t.overview.into(),
        columns: gender_columns(t, ""),
        rows: vec![
            row(gender_cells(t.current, &o.current)),
            row(gender_cells(t.started, &o.started)),
            row(gender_cells(t.discharged, &o.discharged)),
            row(gender_cells(t.active_at_end, &o.active_at_end)),
            row(vec![
                text(t.anonymous),
                Cell::Int(o.anonymous.into()),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
            ]),
        ],
        note: None,
    }
}

/// Table 2: referral sources with counts and shares.
pub(crate) fn referral_table(refs: &super::Referrals, t: &ReportTexts) -> Table {
    let mut rows: Vec<Row> = refs
        .rows
        .iter()
        .map(|l| {
            row(vec![
                Cell::Text(l.label.clone()),
                Cell::Int(l.count.into()),
                Cell::Share {
                    part: l.count,
                    of: refs.total,
                },
            ])
        })
        .collect();
    if refs.missing > 0 {
        rows.push(row(vec![
            text(t.no_referral),
            Cell::Int(refs.missing.into()),
            Cell::Share {
                part: refs.missing,
                of: refs.total,
            },
        ]));
    }
    rows.push(total(vec![
        text(t.total),
        Cell::Int(refs.total.into()),
        Cell::Share {
            part: refs.total,
            of: refs.total,
        },
    ]));
    Table {
        key: "remittenter".into(),
        title: t.referrals.into(),
        columns: vec![t.referral.into(), t.count.into(), t.share.into()],
        rows,
        note: None,
    }
}

/// Table 3: outcomes, whether each counts as progression, counts and shares.
pub(crate) fn outcome_table(outs: &super::Outcomes, t: &ReportTexts) -> Table {
    let yes_no = |b: bool| text(if b { t.yes } else { t.no });
    let mut rows: Vec<Row> = outs
        .rows
        .iter()
        .map(|l| {
            row(vec![
                Cell::Text(l.label.clone()),
                yes_no(l.progression),
                Cell::Int(l.count.into()),
                Cell::Share {
                    part: l.count,
                    of: outs.discharged,
                },
            ])
        })
        .collect();
    rows.push(row(vec![
        text(t.missing_outcome),
        Cell::Empty,
        Cell::Int(outs.missing.into()),
        Cell::Share {
            part: outs.missing,
            of: outs.discharged,
        },
    ]));
    rows.push(total(vec![
        text(t.total),
        Cell::Empty,
        Cell::Int(outs.discharged.into()),
        Cell::Share {
            part: outs.discharged,
            of: outs.discharged,
        },
    ]));
    rows.push(total(vec![
        text(t.progression_row),
        Cell::Empty,
        Cell::Int(outs.progression.into()),
        Cell::Share {
            part: outs.progression,
            of: outs.discharged,
        },
    ]));
    Table {
        key: "avslutsorsaker".into(),
        title: t.outcomes.into(),
        columns: vec![
            t.outcome.into(),
            t.counts_as_progression.into(),
            t.count.into(),
            t.share.into(),
        ],
        rows,
        note: None,
    }
}
