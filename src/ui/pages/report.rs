//! The report page (period, tables, charts, exports) and its print view.

use super::report_overview::ReportOverview;
use super::report_parts::{table_view, ChartFigure, PeriodControls, PeriodForm};
use crate::charts::report_charts;
use crate::domain::{Id, Project};
use crate::i18n::funds::FUNDS as F;
use crate::i18n::report::REPORT as T;
use crate::report::json::ReportFile;
use crate::report::tables::{tables, Table};
use crate::report::{compute, PeriodChoice, QualityIssue, Report};
use crate::routes::{query, Page, ReportQuery};
use crate::ui::browser::today;
use crate::ui::components::export::{Export, ExportStatus};
use crate::ui::components::link::A;
use crate::ui::download;
use crate::ui::state::use_state;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn heading(r: &Report) -> Vec<String> {
    let mut lines = vec![r.project.clone()];
    if let Some(scope) = &r.scope {
        lines.push(scope.clone());
    }
    lines.push(format!(
        "{}: {} – {}",
        T.period_legend, r.period.from, r.period.to
    ));
    lines.push(format!("{}: {}", T.generated, today()));
    lines
}

fn file_stem(r: &Report) -> String {
    format!(
        "stegvis-{}-{}-{}",
        download::file_slug(&r.project),
        r.period.from,
        r.period.to
    )
}

#[component]
pub fn ReportPage() -> impl IntoView {
    super::with_loaded_project(T.computing, |project| view! { <ReportView project /> })
}

#[component]
fn ReportView(project: Project) -> impl IntoView {
    let state = use_state();
    let today = today();
    super::set_title(&format!("{} – {}", T.title, project.name));
    let form = RwSignal::new(PeriodForm::new(today));
    let scope = RwSignal::new(None::<Id>);
    let has_scopes = !project.sub_units.is_empty();
    let scopes: Vec<(String, String)> = std::iter::once((String::new(), T.whole_scope.to_owned()))
        .chain(
            project
                .sub_units
                .iter()
                .map(|s| (s.id.to_string(), s.name.clone())),
        )
        .collect();
    let project = StoredValue::new(project);
    let report = Memo::new(move |_| {
        let choice = form.with(PeriodForm::choice);
        let scope = scope.get();
        state.participants.with(|people| {
            project.with_value(|p| {
                let started = crate::ui::browser::perf_now();
                let period = choice.resolve(p, people, today);
                let report = compute(p, people, scope, period, today);
                crate::ui::browser::record_measure("stegvis:report", started);
                report
            })
        })
    });
    // The tables once per change of period or scope, for the overview and the tables below.
    let all_tables = Memo::new(move |_| report.with(|r| tables(r, &*crate::i18n::words::WORDS)));
    view! {
        <div class="page-head">
            <h1>{T.title}</h1>
            <p class="lead"><A href=Page::Participants(project.with_value(|p| p.id)).path()>{project.with_value(|p| p.name.clone())}</A></p>
        </div>
        <div class="report-controls">
            <PeriodControls form project today />
            {has_scopes.then(|| view! {
                <div class="field">
                    <label for="report-scope">{T.scope}</label>
                    <select id="report-scope" on:change=move |ev| scope.set(Id::parse(&event_target_value(&ev)))>
                        {scopes.into_iter().map(|(v, t)| view! { <option value=v>{t}</option> }).collect_view()}
                    </select>
                </div>
            })}
        </div>
        <p class="period-line" aria-live="polite">
            <strong>{T.period_legend}": "</strong>
            {move || report.with(|r| format!("{} – {}", r.period.from, r.period.to))}
        </p>
        <details class="definitions">
            <summary>{T.definitions_title}</summary>
            <ul>{T.definitions.iter().map(|d| view! { <li>{*d}</li> }).collect_view()}</ul>
        </details>
        <ExportSection report scope id=project.with_value(|p| p.id) />
        {move || view! { <ReportOverview tables=all_tables.get() /> }}
        {move || (scope.get().is_none() && all_tables.with(|t| t.iter().all(|t| t.key != "ekonomi"))).then(|| view! {
            <p class="empty-state money-empty">{F.money_empty}" "
                <A href=Page::Money(project.with_value(|p| p.id)).path()>{F.money_link}</A></p>
        })}
        <ReportCharts report />
        {move || scope.get().is_none().then(|| view! {
            <super::report_finsam::FinsamPanel project=project.get_value() />
        })}
        {move || view! {
            <ReportTables tables=all_tables.get() quality=report.with(|r| r.quality.clone()) base=project.with_value(|p| p.id) />
        }}
    }
}

/// The report as a spreadsheet, a CSV file or a report file, and the print and presenter
/// views of the same period and scope.
#[component]
fn ExportSection(report: Memo<Report>, scope: RwSignal<Option<Id>>, id: Id) -> impl IntoView {
    let query = move || {
        let r = report.get();
        Some(ReportQuery {
            from: r.period.from,
            to: r.period.to,
            scope: scope.get(),
        })
    };
    let print_href = move || Page::ReportPrint(id, query()).path();
    let present_href = move || Page::ReportPresenter(id, query()).path();
    let export = Export::new();
    let export_file = move |kind: &'static str| {
        let r = report.get_untracked();
        let stem = file_stem(&r);
        // Tables and heading only for the spreadsheet formats; the JSON file is made from the
        // report itself.
        match kind {
            "xlsx" | "csv" => export.save(
                stem,
                kind == "xlsx",
                heading(&r),
                tables(&r, &*crate::i18n::words::WORDS),
            ),
            _ => {
                let json = ReportFile::from_report(&r).to_json();
                let _ =
                    download::save(&format!("{stem}.json"), "application/json", json.as_bytes());
            }
        }
    };
    view! {
        <section aria-labelledby="export-title" class="export">
            <h2 id="export-title">{T.export_title}</h2>
            <div class="actions">
                <button type="button" class="button" disabled=move || export.busy() on:click=move |_| export_file("xlsx")>{T.export_xlsx}</button>
                <button type="button" class="button" disabled=move || export.busy() on:click=move |_| export_file("csv")>{T.export_csv}</button>
                <button type="button" class="button" on:click=move |_| export_file("json")>{T.export_json}</button>
                <A href=print_href attr:class="button">{T.print_view}</A>
                <A href=present_href attr:class="button">{crate::i18n::demo::DEMO.present}</A>
            </div>
            <ExportStatus export />
        </section>
    }
}

/// How many codes of each data-quality problem are links (the count says how many there are):
/// a large project's thousands of links made every period change slow, and helped nobody.
const QUALITY_CODES_SHOWN: usize = 25;

/// Every table but the goals (shown in the overview), each in a section that can be folded,
/// after a list of links to them; then the participants behind data-quality problems.
#[component]
fn ReportTables(tables: Vec<Table>, quality: Vec<QualityIssue>, base: Id) -> impl IntoView {
    let more = |all: usize| {
        (all > QUALITY_CODES_SHOWN).then(|| (T.quality_first)(QUALITY_CODES_SHOWN, all))
    };
    let all: Vec<Table> = tables.into_iter().filter(|t| t.key != "mal").collect();
    let contents = all
        .iter()
        .map(|t| view! { <li><a href=format!("#avsnitt-{}", t.key)>{t.title.clone()}</a></li> })
        .collect_view();
    view! {
        <section aria-labelledby="tables-title" class="report-tables">
            <h2 id="tables-title">{T.tables_title}</h2>
            <nav class="report-contents" aria-label=T.contents>
                <ol>{contents}</ol>
            </nav>
            {all.iter().map(|t| view! {
                <details class="report-section" open=true id=format!("avsnitt-{}", t.key)>
                    <summary>{t.title.clone()}</summary>
                    {table_view(t, &T)}
                </details>
            }).collect_view()}
            {(!quality.is_empty()).then(|| view! {
                <ul class="quality-list">
                    {quality.into_iter().map(|q| {
                        let name = T.quality_kinds[crate::report::QualityKind::ALL.iter().position(|k| *k == q.kind).unwrap_or(0)];
                        view! {
                            <li>{name}": "
                                {more(q.participants.len())}
                                {q.participants.into_iter().take(QUALITY_CODES_SHOWN).map(|(id, code)| view! {
                                    <A href=Page::Participant(base, id).path()>{code}</A>" "
                                }).collect_view()}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

/// The charts, redrawn just after the frame that shows new numbers: drawing four SVGs takes
/// longer than computing the report, and the numbers should change within one frame.
#[component]
fn ReportCharts(report: Memo<Report>) -> impl IntoView {
    let charts = RwSignal::new(Vec::new());
    Effect::new(move |_| {
        let r = report.get();
        request_animation_frame(move || {
            set_timeout(
                move || charts.set(report_charts(&r, &*crate::i18n::words::WORDS)),
                std::time::Duration::ZERO,
            );
        });
    });
    view! {
        <section aria-labelledby="charts-title" class="report-charts">
            <h2 id="charts-title">{T.charts_title}</h2>
            {move || {
                let stem = report.with(file_stem);
                charts.get().into_iter().map(|c| view! {
                    <ChartFigure id=c.key title=c.title svg=c.svg table=c.table file_stem=stem.clone() wide=c.wide />
                }).collect_view()
            }}
        </section>
    }
}

/// The report for the period and scope in the address (`?fran=…&till=…&del=…`), as the print
/// view and the presenter view open it; the whole project if the address gives no period.
pub fn report_from_query(project: &Project) -> Report {
    let query = use_query_map();
    let state = use_state();
    let today = today();
    let (choice, scope) = query.with_untracked(|q| {
        let (from, to) = (q.get(query::FROM), q.get(query::TO));
        (
            PeriodChoice::from_query(from.as_deref(), to.as_deref()),
            q.get(query::SCOPE).and_then(|s| Id::parse(&s)),
        )
    });
    state.participants.with_untracked(|people| {
        compute(
            project,
            people,
            scope,
            choice.resolve(project, people, today),
            today,
        )
    })
}

/// A4 print view: the same report, no navigation, a light page.
#[component]
pub fn ReportPrint() -> impl IntoView {
    super::with_loaded_project(T.computing, |project| {
        let report = report_from_query(&project);
        super::set_title(&format!("{} – {}", T.print_view, project.name));
        let lines = heading(&report);
        view! {
            <div class="print-view">
                <div class="actions no-print">
                    <button type="button" class="button button-primary"
                        on:click=move |_| { let _ = window().print(); }>{T.print_now}</button>
                    <A href=Page::Report(project.id).path() attr:class="button">{T.back_to_report}</A>
                </div>
                <h1>{T.title}": "{report.project.clone()}</h1>
                {lines.into_iter().skip(1).map(|l| view! { <p class="print-meta">{l}</p> }).collect_view()}
                {tables(&report, &*crate::i18n::words::WORDS).iter().map(|t| table_view(t, &T)).collect_view()}
                {report_charts(&report, &*crate::i18n::words::WORDS).into_iter().map(|c| view! {
                    <figure class="chart">
                        <div class="chart-svg" role="img" aria-label=c.title.clone() inner_html=c.svg></div>
                    </figure>
                }).collect_view()}
            </div>
        }
    })
}
