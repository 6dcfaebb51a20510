//! The import preview's column mapping: every column of the coach's file with its header, a few
//! values as Stegvis reads them, and a choice of field; the questions about slashed dates and
//! genders written 1 and 2; and the columns left out unread.

use crate::formats::import::mapping::questions;
use crate::formats::import::{
    parse_date, read_gender, Column, DateOrder, DateRules, FileColumn, GenderDigits, Inspected,
    RawCell, ReadOptions, Withheld,
};
use crate::i18n::import::IMPORT;
use crate::i18n::import_mapping::IMPORT_MAPPING as T;
use leptos::prelude::*;
use std::sync::Arc;

/// A value as the chosen field reads it: dates as dates, genders as words.
fn reading(cell: &RawCell, field: Option<Column>, options: &ReadOptions, date1904: bool) -> String {
    let written = cell.text();
    let read = match field {
        Some(c) if c.is_date() => {
            let rules = DateRules {
                order: options.date_order,
                date1904,
            };
            let date = parse_date(cell, rules);
            Some(date.map_or_else(|| T.unreadable.to_owned(), |d| d.to_string()))
        }
        Some(Column::Gender) => Some(match read_gender(&written, options.gender_digits) {
            Ok(g) => T.genders[g as usize].to_owned(),
            Err(_) => T.unreadable.to_owned(),
        }),
        _ => None,
    };
    match read {
        Some(read) if read != written => format!("{written} → {read}"),
        _ => written,
    }
}

/// The mapping table and the questions it raises. Changing a choice changes `options`.
#[component]
pub fn MappingView(
    inspected: Arc<Inspected>,
    options: RwSignal<ReadOptions>,
    remembered: bool,
) -> impl IntoView {
    let date1904 = inspected.table.date1904;
    let misnamed = inspected.table.misnamed;
    let asked = {
        let inspected = inspected.clone();
        Memo::new(move |_| options.with(|o| questions(&inspected, o)))
    };
    let rows = inspected
        .columns
        .iter()
        .enumerate()
        .map(|(i, column)| view! { <MappingRow i column=column.clone() options date1904 /> })
        .collect_view();
    let any_withheld = inspected.columns.iter().any(|c| c.withheld.is_some());
    view! {
        <section class="import-mapping" aria-labelledby="mapping-title">
            <h2 id="mapping-title">{T.title}</h2>
            <p>{T.intro}</p>
            {remembered.then(|| view! { <p class="notice">{T.remembered}</p> })}
            {misnamed.then(|| view! { <p class="notice">{T.misnamed}</p> })}
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="mapping-title">
                <table class="report-table import-mapping-table">
                    <caption class="visually-hidden">{T.title}</caption>
                    <thead><tr>
                        <th scope="col">{T.col_header}</th>
                        <th scope="col">{T.col_values}</th>
                        <th scope="col">{T.col_field}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {any_withheld.then(|| view! { <p class="hint">{T.withheld_note}</p> })}
            <p class="hint">{T.approximate_age}</p>
            {move || asked.get().date_order.map(|fits| view! { <DateOrderQuestion fits options /> })}
            {move || asked.get().gender_digits.then(|| view! { <GenderDigitsQuestion options /> })}
        </section>
    }
}

#[component]
fn MappingRow(
    i: usize,
    column: FileColumn,
    options: RwSignal<ReadOptions>,
    date1904: bool,
) -> impl IntoView {
    let header = if column.header.is_empty() {
        T.empty_header.to_owned()
    } else {
        column.header.clone()
    };
    let id = format!("import-map-{i}");
    let field = move || options.with(|o| o.mapping.get(i).copied().flatten());
    let samples = column.samples.clone();
    let values = move || {
        options.with(|o| {
            let f = o.mapping.get(i).copied().flatten();
            let shown: Vec<String> = samples.iter().map(|c| reading(c, f, o, date1904)).collect();
            shown.join("; ")
        })
    };
    let choice = match column.withheld {
        Some(Withheld::Personnummer) => {
            view! { <span class="withheld">{T.withheld_personnummer}</span> }.into_any()
        }
        Some(Withheld::Names) => {
            view! { <span class="withheld">{T.withheld_names}</span> }.into_any()
        }
        None => {
            let on_change = move |ev: leptos::ev::Event| {
                let value = event_target_value(&ev);
                let chosen = Column::ALL.into_iter().find(|c| format!("{c:?}") == value);
                options.update(|o| {
                    if o.mapping.len() <= i {
                        o.mapping.resize(i + 1, None);
                    }
                    o.mapping[i] = chosen;
                });
            };
            let label = (T.field_for)(&header);
            view! {
                <label class="visually-hidden" for=id.clone()>{label}</label>
                <select id=id on:change=on_change>
                    <option value="" selected=move || field().is_none()>{T.not_read}</option>
                    {Column::ALL.into_iter().map(|c| view! {
                        <option value=format!("{c:?}") selected=move || field() == Some(c)>{IMPORT.column(c)}</option>
                    }).collect_view()}
                </select>
            }.into_any()
        }
    };
    view! {
        <tr>
            <th scope="row">{header}</th>
            <td>{values}</td>
            <td>{choice}</td>
        </tr>
    }
}

#[component]
fn DateOrderQuestion(fits: (bool, bool), options: RwSignal<ReadOptions>) -> impl IntoView {
    let order = move || options.with(|o| o.date_order);
    let set = move |o: DateOrder| options.update(|x| x.date_order = o);
    let note = match fits {
        (true, true) => Some(T.both_orders_fit),
        (false, false) => Some(T.no_order_fits),
        _ => None,
    };
    view! {
        <fieldset class="import-question">
            <legend>{T.date_order_legend}</legend>
            <label><input type="radio" name="import-date-order" checked=move || order() == DateOrder::DayFirst
                on:change=move |_| set(DateOrder::DayFirst) />" "{T.day_first}</label>
            <label><input type="radio" name="import-date-order" checked=move || order() == DateOrder::MonthFirst
                on:change=move |_| set(DateOrder::MonthFirst) />" "{T.month_first}</label>
            {note.map(|n| view! { <p class="hint">{n}</p> })}
        </fieldset>
    }
}

#[component]
fn GenderDigitsQuestion(options: RwSignal<ReadOptions>) -> impl IntoView {
    let digits = move || options.with(|o| o.gender_digits);
    let set = move |d: GenderDigits| options.update(|x| x.gender_digits = Some(d));
    view! {
        <fieldset class="import-question">
            <legend>{T.gender_digits_legend}</legend>
            <label><input type="radio" name="import-gender-digits" checked=move || digits() == Some(GenderDigits::OneIsMan)
                on:change=move |_| set(GenderDigits::OneIsMan) />" "{T.one_is_man}</label>
            <label><input type="radio" name="import-gender-digits" checked=move || digits() == Some(GenderDigits::OneIsWoman)
                on:change=move |_| set(GenderDigits::OneIsWoman) />" "{T.one_is_woman}</label>
        </fieldset>
    }
}
