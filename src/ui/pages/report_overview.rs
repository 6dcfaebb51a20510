//! The report's first screen: the key figures as large numbers and the goals, target against
//! actual in words. Every number is read from the same tables the page, the print view and the
//! exports show (`report::tables`), so the overview cannot disagree with them.

use super::report_parts::table_view;
use crate::i18n::report::REPORT as T;
use crate::report::tables::{Cell, Table};
use leptos::prelude::*;

/// One large number with what it counts, and a line under it.
struct KeyFigure {
    label: String,
    value: String,
    detail: Option<String>,
}

fn int(cell: Option<&Cell>) -> Option<u32> {
    match cell {
        Some(Cell::Int(n)) => u32::try_from(*n).ok(),
        _ => None,
    }
}

/// The key figures from the report's tables: the overview's four rows with women and men, the
/// waiting at the period's end and the median wait (when anyone waited), and the share who
/// went on to work, studies or other occupation (when anyone was discharged).
fn key_figures(tables: &[Table]) -> Vec<KeyFigure> {
    let words: &dyn crate::report::words::Words = &*crate::i18n::words::WORDS;
    let find = |key: &str| tables.iter().find(|t| t.key == key);
    let label = |row: &crate::report::tables::Row| {
        row.cells.first().map(|c| c.text(words)).unwrap_or_default()
    };
    let mut out = Vec::new();
    if let Some(overview) = find("oversikt") {
        for row in overview.rows.iter().take(4) {
            let (Some(all), women, men) = (
                int(row.cells.get(1)),
                int(row.cells.get(2)),
                int(row.cells.get(3)),
            ) else {
                continue;
            };
            out.push(KeyFigure {
                label: label(row),
                value: all.to_string(),
                detail: women.zip(men).map(|(w, m)| (T.women_men)(w, m)),
            });
        }
    }
    if let Some(waiting) = find("vantan") {
        if let Some(row) = waiting
            .rows
            .first()
            .filter(|r| int(r.cells.get(1)).unwrap_or(0) > 0)
        {
            out.push(KeyFigure {
                label: label(row),
                value: row.cells[1].text(words),
                detail: None,
            });
            let median = waiting
                .rows
                .get(2)
                .filter(|r| !matches!(r.cells.get(1), None | Some(Cell::Empty)));
            if let Some(row) = median {
                out.push(KeyFigure {
                    label: label(row),
                    value: row.cells[1].text(words),
                    detail: None,
                });
            }
        }
    }
    if let Some(outcomes) = find("avslutsorsaker") {
        if let Some(row) = outcomes
            .rows
            .last()
            .filter(|r| matches!(r.cells.get(3), Some(Cell::Share { of, .. }) if *of > 0))
        {
            let detail = match row.cells.get(3) {
                Some(Cell::Share { part, of }) => Some((T.part_of)(*part, *of)),
                _ => None,
            };
            out.push(KeyFigure {
                label: label(row),
                value: row.cells[3].text(words),
                detail,
            });
        }
    }
    if let Some(money) = find("ekonomi") {
        // Used in the period, with the share of the granted funds used by its end; then the
        // cost per current participant, when there is one.
        let amount = |cell: Option<&Cell>| match cell {
            Some(c @ Cell::Kronor(_)) => Some(c.text(words)),
            _ => None,
        };
        for (i, detail_row) in [(1, Some(3)), (5, None)] {
            let Some(row) = money.rows.get(i) else {
                continue;
            };
            let Some(value) = amount(row.cells.get(1)) else {
                continue;
            };
            let detail = (detail_row.and_then(|d| money.rows.get(d)))
                .filter(|r| !matches!(r.cells.get(1), None | Some(Cell::Empty)))
                .map(|r| format!("{}: {}", label(r), r.cells[1].text(words)));
            out.push(KeyFigure {
                label: label(row),
                value,
                detail,
            });
        }
    }
    out
}

/// The key figures and the goals, above the charts.
#[component]
pub fn ReportOverview(tables: Vec<Table>) -> impl IntoView {
    let figures = key_figures(&tables);
    let goals = tables.iter().find(|t| t.key == "mal").cloned();
    view! {
        <section class="report-overview" aria-labelledby="overview-title">
            <h2 id="overview-title">{T.overview}</h2>
            <ul class="key-figures" aria-label=T.key_figures>
                {figures.into_iter().map(|f| view! {
                    <li>
                        <span class="key-value">{f.value}</span>
                        <span class="key-label">{f.label}</span>
                        {f.detail.map(|d| view! { <span class="key-detail">{d}</span> })}
                    </li>
                }).collect_view()}
            </ul>
            {goals.map(|g| table_view(&g, &T))}
        </section>
    }
}
