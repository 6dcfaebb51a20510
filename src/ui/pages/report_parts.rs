//! Pieces of the report page: the period form, a table, and a chart with its text alternative.

use crate::domain::{Date, Project};
use crate::i18n::report::{ReportTexts, REPORT as T};
use crate::report::tables::Table;
use crate::report::PeriodChoice;
use crate::ui::components::field::{date_max, date_min};
use crate::ui::download;
use leptos::prelude::*;

/// The period selector's state, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodForm {
    pub kind: String,
    pub year: i32,
    pub n: u8,
    pub from: String,
    pub to: String,
}

impl PeriodForm {
    pub fn new(today: Date) -> Self {
        PeriodForm {
            kind: "whole".into(),
            year: today.year(),
            n: 1 + (today.month() - 1) / 4,
            from: format!("{}-01-01", today.year()),
            to: today.to_string(),
        }
    }

    /// The chosen period; custom dates that do not parse fall back to the whole project.
    pub fn choice(&self) -> PeriodChoice {
        match self.kind.as_str() {
            "year" => PeriodChoice::Year(self.year),
            "tertial" => PeriodChoice::Tertial(self.year, self.n.clamp(1, 3)),
            "quarter" => PeriodChoice::Quarter(self.year, self.n.clamp(1, 4)),
            "month" => PeriodChoice::Month(self.year, self.n.clamp(1, 12)),
            "custom" => match (Date::parse_iso(&self.from), Date::parse_iso(&self.to)) {
                (Some(a), Some(b)) => PeriodChoice::Custom(a, b),
                _ => PeriodChoice::WholeProject,
            },
            _ => PeriodChoice::WholeProject,
        }
    }
}

fn select(
    id: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    value: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| set(event_target_value(&ev))>
                {options.into_iter().map(|(v, text)| {
                    let selected = v == value();
                    view! { <option value=v selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// Kind of period, then year and number, or two dates.
#[component]
pub fn PeriodControls(
    form: RwSignal<PeriodForm>,
    project: StoredValue<Project>,
    today: Date,
) -> impl IntoView {
    let kinds = [
        ("whole", T.whole_project),
        ("year", T.year),
        ("tertial", T.tertial),
        ("quarter", T.quarter),
        ("month", T.month),
        ("custom", T.custom),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let first_year = project.with_value(|p| p.start.year()).min(today.year());
    let years: Vec<(String, String)> = (first_year..=today.year() + 1)
        .rev()
        .map(|y| (y.to_string(), y.to_string()))
        .collect();
    let kind = move || form.with(|f| f.kind.clone());
    view! {
        <fieldset class="period-controls">
            <legend>{T.period_legend}</legend>
            {select("period-kind", T.period_kind, kinds, kind, move |v| form.update(|f| f.kind = v))}
            {move || match kind().as_str() {
                "year" | "tertial" | "quarter" | "month" => {
                    let k = kind();
                    let numbers: Vec<(String, String)> = match k.as_str() {
                        "tertial" => T.tertials.iter().enumerate().map(|(i, t)| ((i + 1).to_string(), t.to_string())).collect(),
                        "quarter" => (1..=4).map(|q| (q.to_string(), format!("{} {q}", T.quarter))).collect(),
                        "month" => T.months.iter().enumerate().map(|(i, m)| ((i + 1).to_string(), m.to_string())).collect(),
                        _ => Vec::new(),
                    };
                    let label = match k.as_str() { "tertial" => T.which_tertial, "quarter" => T.which_quarter, _ => T.which_month };
                    view! {
                        {select("period-year", T.year, years.clone(), move || form.with(|f| f.year.to_string()),
                            move |v| form.update(|f| f.year = v.parse().unwrap_or(f.year)))}
                        {(!numbers.is_empty()).then(|| select("period-number", label, numbers,
                            move || form.with(|f| f.n.to_string()),
                            move |v| form.update(|f| f.n = v.parse().unwrap_or(1))))}
                    }.into_any()
                }
                "custom" => view! {
                    <div class="field">
                        <label for="period-from">{T.from}</label>
                        <input id="period-from" type="date" min=date_min() max=date_max() prop:value=move || form.with(|f| f.from.clone())
                            on:change=move |ev| form.update(|f| f.from = event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label for="period-to">{T.to}</label>
                        <input id="period-to" type="date" min=date_min() max=date_max() prop:value=move || form.with(|f| f.to.clone())
                            on:change=move |ev| form.update(|f| f.to = event_target_value(&ev)) />
                    </div>
                }.into_any(),
                _ => ().into_any(),
            }}
        </fieldset>
    }
}

/// One report table, with its title as caption.
/// The most rows a table shows on the page (and in the print view); every row is in the
/// exports.
/// (A project with thousands of referral sources would otherwise take seconds to draw.)
pub const MAX_SHOWN_ROWS: usize = 500;

pub fn table_view(table: &Table, t: &'static ReportTexts) -> impl IntoView {
    let words: &'static dyn crate::report::words::Words = &*crate::i18n::words::WORDS;
    let key = table.key.clone();
    let cut =
        (table.rows.len() > MAX_SHOWN_ROWS).then(|| (t.rows_cut)(table.rows.len(), MAX_SHOWN_ROWS));
    let caption_id = format!("tabell-{key}-rubrik");
    let labelled_by = caption_id.clone();
    // Focusable, so a table wider than the screen can be scrolled with the keyboard.
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby=labelled_by>
            <table class="report-table" id=format!("tabell-{key}")>
                <caption id=caption_id>{table.title.clone()}</caption>
                <thead><tr>
                    {table.columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {table.rows.iter().take(MAX_SHOWN_ROWS).map(|r| {
                        let mut cells = r.cells.iter();
                        let first = cells.next().map(|c| c.text(words)).unwrap_or_default();
                        view! {
                            <tr class:total=r.total>
                                <th scope="row">{first}</th>
                                {cells.map(|c| view! { <td class="num">{c.text(words)}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {table.note.clone().map(|n| view! { <p class="table-note">{n}</p> })}
            {cut.map(|n| view! { <p class="table-note">{n}</p> })}
        </div>
    }
}

/// A chart: the SVG, its table as text alternative, and downloads. A `wide` chart keeps a
/// readable width on a phone and scrolls sideways there, in a region reachable with the
/// keyboard like a wide table.
#[component]
pub fn ChartFigure(
    id: &'static str,
    title: String,
    svg: String,
    table: Table,
    file_stem: String,
    #[prop(optional)] wide: bool,
) -> impl IntoView {
    let svg = StoredValue::new(svg);
    let title_id = format!("{id}-title");
    let svg_name = format!("{file_stem}-{id}.svg");
    let png_name = format!("{file_stem}-{id}.png");
    view! {
        <figure class="chart" id=id aria-labelledby=title_id.clone()>
            <figcaption id=title_id.clone()>{title.clone()}</figcaption>
            {
                let picture = view! {
                    <div class="chart-svg" class:chart-wide=wide role="img" aria-label=title inner_html=svg.get_value()></div>
                };
                if wide {
                    view! {
                        <div class="chart-scroll" tabindex="0" role="region" aria-labelledby=title_id.clone()>{picture}</div>
                    }.into_any()
                } else {
                    picture.into_any()
                }
            }
            <details>
                <summary>{T.chart_table}</summary>
                {table_view(&table, &T)}
            </details>
            <div class="actions">
                <button type="button" class="button button-small"
                    on:click=move |_| { let _ = svg.with_value(|s| download::save(&svg_name, "image/svg+xml", s.as_bytes())); }>
                    {T.download_svg}
                </button>
                <button type="button" class="button button-small"
                    on:click=move |_| { let _ = svg.with_value(|s| download::save_svg_as_png(&png_name, s)); }>
                    {T.download_png}
                </button>
            </div>
        </figure>
    }
}
