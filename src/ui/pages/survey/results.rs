//! A form's results: answers per moment, each item's distribution, mean and median, the star
//! chart of start against end, the free texts (shuffled, flagged), exports and print.
//!
//! The small-group rule applies everywhere: a group with fewer answers than the minimum shows
//! only its size and why.

use super::{back_link, use_survey, with_form};
use crate::charts::{paired_bars, radar_chart, Pair, RadarSeries};
use crate::i18n::report::REPORT;
use crate::i18n::survey::SURVEY as T;
use crate::report::survey::{answers_table, change_table, free_text_table, summary_table};
use crate::report::tables::Table;
use crate::survey::results::{self, MinGroup, Shown};
use crate::survey::{Answer, Form, ItemKind, Moment};
use crate::ui::components::export::{Export, ExportStatus};
use crate::ui::pages::report_parts::{table_view, ChartFigure};
use leptos::prelude::*;

#[component]
pub fn SurveyResults() -> impl IntoView {
    super::super::set_title(T.results_title);
    let survey = use_survey();
    let min = RwSignal::new(crate::settings::min_group());
    let export = Export::new();
    with_form(survey, move |project, form| {
        let form = StoredValue::new(form);
        let answers = survey.answers;
        let counts = move || answers.with(|a| form.with_value(|f| results::count_by_moment(f, a)));
        let export_file = move |kind: &str| {
            let (f, a, m) = (
                form.get_value(),
                answers.get_untracked(),
                min.get_untracked(),
            );
            // Every table keeps the small-group rule, as the page does.
            let seed = js_sys::Math::random().to_bits();
            let tables = vec![
                answers_table(&f, &a, m, seed, &*crate::i18n::words::WORDS),
                free_text_table(&f, &a, m, seed, &*crate::i18n::words::WORDS),
                summary_table(&f, &a, m, &*crate::i18n::words::WORDS),
                change_table(&f, &a, m, &*crate::i18n::words::WORDS),
            ];
            let heading = vec![f.name.clone()];
            let stem = f.file_stem(T.file_prefix);
            export.save(stem, kind == "xlsx", heading, tables);
        };
        view! {
            <div class="page-head">
                <h1>{T.results_title}": " {form.with_value(|f| f.name.clone())}</h1>
                {back_link(project.id)}
            </div>
            <p class="facts-line" aria-live="polite">{move || T.counts_line(counts())}</p>
            <div class="field field-narrow no-print">
                <label for="min-group">{T.min_group_label}</label>
                <p class="hint" id="min-group-hint">{T.min_group_hint}</p>
                <input id="min-group" type="number" min="3" max="50" inputmode="numeric" aria-describedby="min-group-hint"
                    prop:value=move || min.get().get().to_string()
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).trim().parse::<u8>() {
                            let m = MinGroup::new(n);
                            crate::settings::set_min_group(m.get() as u8);
                            min.set(m);
                        }
                    } />
            </div>
            <section class="export no-print" aria-labelledby="survey-export-title">
                <h2 id="survey-export-title">{T.export_title}</h2>
                <div class="actions">
                    <button type="button" class="button" disabled=move || export.busy() on:click=move |_| export_file("xlsx")>{T.export_xlsx}</button>
                    <button type="button" class="button" disabled=move || export.busy() on:click=move |_| export_file("csv")>{T.export_csv}</button>
                    <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>{T.print}</button>
                </div>
                <ExportStatus export />
            </section>
            {move || {
                let (f, a, m) = (form.get_value(), answers.get(), min.get());
                view! {
                    <StartEnd form=f.clone() answers=a.clone() min=m />
                    <section aria-labelledby="items-title">
                        <h2 id="items-title">{T.items_title}</h2>
                        {table_view(&summary_table(&f, &a, m, &*crate::i18n::words::WORDS), &REPORT)}
                    </section>
                    <FreeTexts form=f answers=a min=m />
                }
            }}
        }
    })
}

#[component]
fn StartEnd(form: Form, answers: Vec<Answer>, min: MinGroup) -> impl IntoView {
    let lang = form.language_or_default("").to_owned();
    let table = change_table(&form, &answers, min, &*crate::i18n::words::WORDS);
    let shown = results::start_end(&form, &answers, min);
    // Paired bars for any number of areas, under the same small-group rule as the table.
    let paired = match &shown {
        Shown::Shown(dims) if !dims.is_empty() => {
            let words: &dyn crate::report::words::Words = &*crate::i18n::words::WORDS;
            let pairs: Vec<Pair> = dims
                .iter()
                .map(|d| Pair {
                    name: d.dimension.get(&lang).to_owned(),
                    start: d.start,
                    end: d.end,
                })
                .collect();
            let names = (T.moment(Moment::Start), T.moment(Moment::End));
            Some(paired_bars(T.paired_title, &pairs, names, &|x| {
                words.one_decimal(x)
            }))
        }
        _ => None,
    };
    let chart = match shown {
        Shown::Shown(dims) if dims.len() >= 3 => {
            let axes: Vec<String> = dims
                .iter()
                .map(|d| d.dimension.get(&lang).to_owned())
                .collect();
            let series = [
                RadarSeries {
                    name: T.moment(Moment::Start).into(),
                    values: dims.iter().map(|d| d.start).collect(),
                },
                RadarSeries {
                    name: T.moment(Moment::End).into(),
                    values: dims.iter().map(|d| d.end).collect(),
                },
            ];
            Some(radar_chart(T.change_title, &axes, &series))
        }
        _ => None,
    };
    view! {
        <section aria-labelledby="change-section-title">
            <h2 id="change-section-title">{T.change_title}</h2>
            {match chart {
                Some(svg) => view! {
                    <ChartFigure id="stjarna" title=T.change_title.to_owned() svg
                        table=Table { key: "forandring-diagram".into(), ..table.clone() } file_stem=form.file_stem(T.file_prefix) />
                    {paired.map(|svg| paired_figure(svg, &table, form.file_stem(T.file_prefix)))}
                    {table_view(&table, &REPORT)}
                }.into_any(),
                None => match paired {
                    Some(svg) => view! {
                        {paired_figure(svg, &table, form.file_stem(T.file_prefix))}
                        {table_view(&table, &REPORT)}
                    }.into_any(),
                    None => view! { <p>{table.note.clone().unwrap_or_else(|| T.no_dimensions.to_owned())}</p> }.into_any(),
                },
            }}
        </section>
    }
}

/// The paired bars of start and end, with the change table as their text alternative.
fn paired_figure(svg: String, table: &Table, file_stem: String) -> impl IntoView {
    let table = Table {
        key: "forandring-staplar".into(),
        ..table.clone()
    };
    view! { <ChartFigure id="parstaplar" title=T.paired_title.to_owned() svg table file_stem /> }
}

#[component]
fn FreeTexts(form: Form, answers: Vec<Answer>, min: MinGroup) -> impl IntoView {
    let lang = form.language_or_default("").to_owned();
    let seed = js_sys::Math::random().to_bits();
    let items: Vec<usize> = form
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| matches!(i.kind, ItemKind::FreeText))
        .map(|(n, _)| n)
        .collect();
    (!items.is_empty()).then(|| view! {
        <section aria-labelledby="free-title">
            <h2 id="free-title">{T.free_texts_title}</h2>
            <p class="hint">{T.free_texts_hint}</p>
            {items.into_iter().map(|i| {
                let question = form.items[i].text.get(&lang).to_owned();
                Moment::ALL.into_iter().map(|m| {
                    let body = match results::free_texts(&form, &answers, i, m, min, seed) {
                        Shown::Hidden { n } => view! { <p>{(T.too_few)(n, min.get())}</p> }.into_any(),
                        Shown::Shown(list) if list.is_empty() => view! { <p>{T.no_free_texts}</p> }.into_any(),
                        Shown::Shown(list) => view! {
                            <ul class="free-texts">
                                {list.into_iter().map(|e| {
                                    let warning = T.flags_text(&e.flags);
                                    let flagged = warning.is_some();
                                    view! {
                                        <li class:flagged=flagged>
                                            <span class="free-text">{e.text}</span>
                                            {warning.map(|w| view! { <strong class="flag">{w}</strong> })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                    };
                    view! {
                        <h3>{question.clone()}" – "{T.moment(m)}</h3>
                        {body}
                    }
                }).collect_view()
            }).collect_view()}
        </section>
    })
}
