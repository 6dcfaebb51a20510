//! The report as plain tables: one model that the page renders and the CSV and Excel exports
//! write, so the three can never disagree.

pub(crate) use super::table::{gender_cells, gender_columns, row, text, total};
pub use super::table::{Cell, Row, Table};
use super::words::{Word, Words};
use super::{AgeBand, GenderCounts, Report};

pub fn age_band_label(t: &dyn Words, band: AgeBand) -> String {
    match band {
        AgeBand::Below(n) => format!("{} {n}", &t.word(Word::AgeBelow)),
        AgeBand::Range(a, b) => format!("{a}–{b}"),
        AgeBand::From(n) => format!("{n}+"),
        AgeBand::Unknown => t.word(Word::AgeUnknown),
    }
}

/// Every table of the report, in the order of the issue: overview, referral sources, outcomes,
/// time, ages, sub-units, goals, data quality.
pub fn tables(r: &Report, t: &dyn Words) -> Vec<Table> {
    let mut out = vec![
        overview_table(&r.overview, t),
        referral_table(&r.referrals, t),
        outcome_table(&r.outcomes, t),
    ];

    let months = |days: f64| Cell::Decimal(super::period::months(days));
    out.push(Table {
        key: "tid".into(),
        title: t.word(Word::Time),
        columns: vec![
            t.word(Word::Measure),
            t.word(Word::MonthsCol),
            t.word(Word::DaysCol),
        ],
        rows: match r.time {
            Some(x) => vec![
                row(vec![
                    text(&t.word(Word::Mean)),
                    months(x.mean_days),
                    Cell::Decimal(x.mean_days),
                ]),
                row(vec![
                    text(&t.word(Word::Median)),
                    months(x.median_days),
                    Cell::Decimal(x.median_days),
                ]),
                row(vec![
                    text(&t.word(Word::Shortest)),
                    months(x.min_days as f64),
                    Cell::Int(x.min_days),
                ]),
                row(vec![
                    text(&t.word(Word::Longest)),
                    months(x.max_days as f64),
                    Cell::Int(x.max_days),
                ]),
            ],
            None => Vec::new(),
        },
        note: r.time.is_none().then(|| t.word(Word::NoDischarged)),
    });

    out.push(Table {
        key: "alder-start".into(),
        title: t.word(Word::AgeAtStart),
        columns: vec![t.word(Word::Measure), t.word(Word::YearsCol)],
        rows: match r.age_at_start {
            Some(a) => vec![
                row(vec![text(&t.word(Word::Mean)), Cell::Decimal(a.mean)]),
                row(vec![text(&t.word(Word::Median)), Cell::Decimal(a.median)]),
                row(vec![
                    text(&t.word(Word::KnownBirthYear)),
                    Cell::Int(a.count.into()),
                ]),
            ],
            None => Vec::new(),
        },
        note: r.age_at_start.is_none().then(|| t.word(Word::NoBirthYears)),
    });

    if let Some(current) = r.ages.iter().find(|a| a.outcome.is_none()) {
        out.push(Table {
            key: "alder-aktuella".into(),
            title: t.word(Word::AgesCurrent),
            columns: gender_columns(t, &t.word(Word::AgeBand)),
            rows: current
                .rows
                .iter()
                .map(|(band, counts)| row(gender_cells(&age_band_label(t, *band), counts)))
                .collect(),
            note: None,
        });
    }
    let by_outcome: Vec<&super::AgeTable> = r.ages.iter().filter(|a| a.outcome.is_some()).collect();
    if !by_outcome.is_empty() {
        out.push(age_outcome_table(&by_outcome, t));
    }

    if !r.groups.is_empty() {
        let mut rows: Vec<Row> = r
            .groups
            .iter()
            .map(|g| {
                let label = if g.id.is_none() {
                    t.word(Word::NoGroup)
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
            text(&t.word(Word::Total)),
            Cell::Int(target.into()),
            Cell::Int(count.into()),
            Cell::Share {
                part: count,
                of: target,
            },
        ]));
        out.push(Table {
            key: "delinsatser".into(),
            title: t.word(Word::Groups),
            columns: vec![
                t.word(Word::Group),
                t.word(Word::Target),
                t.word(Word::Actual),
                t.word(Word::ShareOfTarget),
            ],
            rows,
            note: None,
        });
    }

    let g = &r.goals;
    let met = |m: bool| text(&t.word(if m { Word::GoalMet } else { Word::GoalMissed }));
    let mut rows = Vec::new();
    if let Some(v) = g.volume {
        rows.push(row(vec![
            text(&t.word(Word::GoalVolume)),
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
            Cell::Text(format!(
                "{} ({})",
                t.share(part, of),
                &t.word(Word::PartOf(part, of))
            )),
            met(is_met),
        ])
    };
    if let Some(v) = g.gender {
        rows.push(percent_goal(
            &t.word(Word::GoalWomen),
            v.target_women_percent,
            v.women,
            v.of,
            v.met,
        ));
    }
    if let Some(v) = g.outcome {
        rows.push(percent_goal(
            &t.word(Word::GoalOutcome),
            v.target_percent,
            v.progression,
            v.of,
            v.met,
        ));
    }
    out.push(Table {
        key: "mal".into(),
        title: t.word(Word::Goals),
        columns: vec![
            t.word(Word::Goal),
            t.word(Word::Target),
            t.word(Word::Actual),
            t.word(Word::Met),
        ],
        note: rows.is_empty().then(|| t.word(Word::NoGoals)),
        rows,
    });
    if let Some(m) = &r.money {
        out.push(super::money::table(m, t));
    }

    out.push(Table {
        key: "datakvalitet".into(),
        title: t.word(Word::Quality),
        columns: vec![t.word(Word::Problem), t.word(Word::Count)],
        rows: r
            .quality
            .iter()
            .map(|q| {
                let name = &t.word(Word::QualityKind(q.kind));
                row(vec![text(name), Cell::Int(q.participants.len() as i64)])
            })
            .collect(),
        note: r.quality.is_empty().then(|| t.word(Word::QualityOk)),
    });
    out.extend(super::journey_tables::tables(&r.journey, t));
    out
}

/// Table 1: current, started, discharged and active at the end, by gender.
pub(crate) fn overview_table(o: &super::Overview, t: &dyn Words) -> Table {
    Table {
        key: "oversikt".into(),
        title: t.word(Word::Overview),
        columns: gender_columns(t, ""),
        rows: vec![
            row(gender_cells(&t.word(Word::Current), &o.current)),
            row(gender_cells(&t.word(Word::Started), &o.started)),
            row(gender_cells(&t.word(Word::Discharged), &o.discharged)),
            row(gender_cells(&t.word(Word::ActiveAtEnd), &o.active_at_end)),
            row(vec![
                text(&t.word(Word::Anonymous)),
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
pub(crate) fn referral_table(refs: &super::Referrals, t: &dyn Words) -> Table {
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
            text(&t.word(Word::NoReferral)),
            Cell::Int(refs.missing.into()),
            Cell::Share {
                part: refs.missing,
                of: refs.total,
            },
        ]));
    }
    rows.push(total(vec![
        text(&t.word(Word::Total)),
        Cell::Int(refs.total.into()),
        Cell::Share {
            part: refs.total,
            of: refs.total,
        },
    ]));
    Table {
        key: "remittenter".into(),
        title: t.word(Word::Referrals),
        columns: vec![
            t.word(Word::Referral),
            t.word(Word::Count),
            t.word(Word::Share),
        ],
        rows,
        note: None,
    }
}

/// Table 3: outcomes, whether each counts as progression, counts and shares.
pub(crate) fn outcome_table(outs: &super::Outcomes, t: &dyn Words) -> Table {
    let yes_no = |b: bool| text(&t.word(if b { Word::Yes } else { Word::No }));
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
        text(&t.word(Word::MissingOutcome)),
        Cell::Empty,
        Cell::Int(outs.missing.into()),
        Cell::Share {
            part: outs.missing,
            of: outs.discharged,
        },
    ]));
    rows.push(total(vec![
        text(&t.word(Word::Total)),
        Cell::Empty,
        Cell::Int(outs.discharged.into()),
        Cell::Share {
            part: outs.discharged,
            of: outs.discharged,
        },
    ]));
    rows.push(total(vec![
        text(&t.word(Word::ProgressionRow)),
        Cell::Empty,
        Cell::Int(outs.progression.into()),
        Cell::Share {
            part: outs.progression,
            of: outs.discharged,
        },
    ]));
    Table {
        key: "avslutsorsaker".into(),
        title: t.word(Word::Outcomes),
        columns: vec![
            t.word(Word::Outcome),
            t.word(Word::CountsAsProgression),
            t.word(Word::Count),
            t.word(Word::Share),
        ],
        rows,
        note: None,
    }
}

/// One cross-table of the discharged: age band by gender (all outcomes together), then one
/// column per outcome, and a total row. It replaces a table per outcome.
fn age_outcome_table(by_outcome: &[&super::AgeTable], t: &dyn Words) -> Table {
    let mut bands: Vec<AgeBand> = Vec::new();
    for table in by_outcome {
        for (band, _) in &table.rows {
            if !bands.contains(band) {
                bands.push(*band);
            }
        }
    }
    // "Below" first, "Unknown" last, the project's bands in their order between.
    bands.sort_by_key(|b| match b {
        AgeBand::Below(_) => 0,
        AgeBand::Unknown => 2,
        _ => 1,
    });
    let count = |table: &super::AgeTable, band: AgeBand| {
        (table.rows.iter())
            .find(|(b, _)| *b == band)
            .map(|(_, c)| *c)
            .unwrap_or_default()
    };
    let mut columns = gender_columns(t, &t.word(Word::AgeBand));
    columns.extend(
        by_outcome
            .iter()
            .map(|a| a.outcome.clone().unwrap_or_default()),
    );
    let line = |label: &str, all: GenderCounts, per_outcome: Vec<u32>| {
        let mut cells = gender_cells(label, &all);
        cells.extend(per_outcome.into_iter().map(|n| Cell::Int(n.into())));
        cells
    };
    let mut rows = Vec::new();
    let mut grand = GenderCounts::default();
    let mut grand_per_outcome = vec![0u32; by_outcome.len()];
    for band in bands {
        let mut all = GenderCounts::default();
        let per_outcome: Vec<u32> = (by_outcome.iter().enumerate())
            .map(|(k, table)| {
                let c = count(table, band);
                all = all.checked_add(&c).unwrap_or(all);
                grand_per_outcome[k] += c.all;
                c.all
            })
            .collect();
        grand = grand.checked_add(&all).unwrap_or(grand);
        rows.push(row(line(&age_band_label(t, band), all, per_outcome)));
    }
    rows.push(total(line(&t.word(Word::Total), grand, grand_per_outcome)));
    Table {
        key: "alder-avslut".into(),
        title: t.word(Word::AgesOutcome),
        columns,
        rows,
        note: None,
    }
}
