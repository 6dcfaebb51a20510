//! The report page's Uppföljning Finsam panel: the figures a förbund registers per year, each
//! with a copy button. The figures are [`crate::report::finsam`]; they are worked out when the
//! panel is first opened, since they are one report per year of the project.

use crate::domain::money::amount_text;
use crate::domain::Project;
use crate::i18n::funds::FUNDS as F;
use crate::i18n::report::REPORT;
use crate::report::finsam::{finsam, Finsam};
use crate::ui::browser::today;
use crate::ui::state::use_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Puts `text` on the clipboard and says how it went in `said`.
fn copy(text: String, said: RwSignal<Option<&'static str>>) {
    let clipboard = window().navigator().clipboard();
    spawn_local(async move {
        let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
        said.set(Some(if done.is_ok() {
            F.copied
        } else {
            F.copy_failed
        }));
    });
}

/// A figure as shown, and a button that copies it as plain digits.
fn figure(
    shown: String,
    digits: String,
    what: String,
    said: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    view! {
        <span class="finsam-figure">
            <span class="finsam-value">{shown}</span>" "
            <button type="button" class="button button-small copy" aria-label=(F.copy_what)(&what)
                on:click=move |_| copy(digits.clone(), said)>{F.copy}</button>
        </span>
    }
}

fn count(n: u32, what: String, said: RwSignal<Option<&'static str>>) -> impl IntoView {
    figure(n.to_string(), n.to_string(), what, said)
}

fn kronor(x: u64, what: String, said: RwSignal<Option<&'static str>>) -> impl IntoView {
    figure(amount_text(x), x.to_string(), what, said)
}

fn panel(f: Finsam, said: RwSignal<Option<&'static str>>) -> impl IntoView {
    let crossing: u64 = f.years.iter().map(|y| y.crossing).sum();
    let (women, men, total) = (REPORT.women, REPORT.men, REPORT.total);
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="finsam-years">
            <table class="report-table" id="finsam-table">
                <caption id="finsam-years">{F.finsam_participants}</caption>
                <thead><tr>
                    <th scope="col">{F.finsam_year}</th>
                    <th scope="col">{total}</th>
                    <th scope="col">{women}</th>
                    <th scope="col">{men}</th>
                    <th scope="col">{F.finsam_started}</th>
                    <th scope="col">{F.finsam_used_in_year}</th>
                </tr></thead>
                <tbody>
                    {f.years.into_iter().map(|y| {
                        let what = |col: &str| format!("{col} {}", y.year);
                        view! {
                            <tr>
                                <th scope="row">{y.year}</th>
                                <td>{count(y.participants.all, what(total), said)}</td>
                                <td>{count(y.participants.women, what(women), said)}</td>
                                <td>{count(y.participants.men, what(men), said)}</td>
                                <td>{count(y.started.all, what(F.finsam_started), said)}</td>
                                <td>{kronor(y.used, what(F.finsam_used_in_year), said)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {(crossing > 0).then(|| view! { <p class="table-note">{(F.finsam_crossing)(&amount_text(crossing))}</p> })}
        </div>
        <dl class="finsam-budget">
            <dt>{F.finsam_budgeted}</dt>
            <dd>{match f.budgeted_participants {
                Some(n) => count(n, F.finsam_budgeted.into(), said).into_any(),
                None => view! { {crate::i18n::funds::FUNDS.not_given} }.into_any(),
            }}</dd>
            <dt>{F.finsam_actual}</dt>
            <dd>{count(f.actual_participants.all, F.finsam_actual.into(), said)}</dd>
            <dt>{F.finsam_budget}</dt>
            <dd>{match f.budget {
                Some(x) => kronor(x, F.finsam_budget.into(), said).into_any(),
                None => view! { {F.not_given} }.into_any(),
            }}</dd>
            <dt>{F.finsam_outcome}</dt>
            <dd>{kronor(f.outcome, F.finsam_outcome.into(), said)}</dd>
        </dl>
    }
}

#[component]
pub fn FinsamPanel(project: Project) -> impl IntoView {
    let state = use_state();
    let opened = RwSignal::new(false);
    let said = RwSignal::new(None::<&'static str>);
    let project = StoredValue::new(project);
    let figures = Memo::new(move |_| {
        opened.get().then(|| {
            state
                .participants
                .with(|people| project.with_value(|p| finsam(p, people, today())))
        })
    });
    view! {
        <details class="report-section finsam" id="finsam"
            on:toggle=move |ev| opened.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>{F.finsam_title}</summary>
            <p>{F.finsam_intro}</p>
            <p role="status" aria-live="polite" class="copy-status">{move || said.get()}</p>
            {move || figures.get().map(|f| panel(f, said))}
        </details>
    }
}
