//! The presenter view: the report's charts one at a time, as large as the screen allows, on
//! white with dark ink, moved with the arrow keys. Made for a projector at a workshop.

use super::report::report_from_query;
use crate::charts::{report_charts_in, Typeset};
use crate::i18n::demo::DEMO as D;
use crate::i18n::report::REPORT as T;
use crate::ui::components::link::A;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn ReportPresenter() -> impl IntoView {
    super::with_loaded_project(T.computing, |project| {
        super::set_title(&format!("{} – {}", D.presenter_title, project.name));
        let report = report_from_query(&project);
        let charts = StoredValue::new(report_charts_in(
            &report,
            &*crate::i18n::words::WORDS,
            Typeset::Presenter,
        ));
        let count = charts.with_value(Vec::len);
        let at = RwSignal::new(0usize);
        let back = crate::routes::Page::Report(project.id).path();
        let navigate = use_navigate();
        let go_back = back.clone();
        let keys = window_event_listener(leptos::ev::keydown, move |ev| match ev.key().as_str() {
            "ArrowRight" | "PageDown" | " " => {
                ev.prevent_default();
                at.update(|i| *i = (*i + 1).min(count.saturating_sub(1)));
            }
            "ArrowLeft" | "PageUp" => {
                ev.prevent_default();
                at.update(|i| *i = i.saturating_sub(1));
            }
            "Escape" => navigate(&go_back, Default::default()),
            _ => {}
        });
        on_cleanup(move || keys.remove());
        view! {
            <div class="presenter">
                <div class="presenter-bar">
                    <A href=back attr:class="button button-small">{D.back_to_report}</A>
                    <p class="hint">{D.presenter_help}</p>
                    <p class="presenter-count" aria-live="polite">{move || (D.slide_of)(at.get() + 1, count)}</p>
                </div>
                {move || charts.with_value(|cs| cs.get(at.get()).map(|c| view! {
                    <figure class="presenter-slide">
                        <figcaption><h1>{c.title.clone()}</h1></figcaption>
                        <div class="chart-svg" role="img" aria-label=c.title.clone() inner_html=c.svg.clone()></div>
                    </figure>
                }))}
                <div class="presenter-nav">
                    <button type="button" class="button button-large" disabled=move || at.get() == 0
                        on:click=move |_| at.update(|i| *i = i.saturating_sub(1))>{D.previous}</button>
                    <button type="button" class="button button-large button-primary" disabled=move || { at.get() + 1 >= count }
                        on:click=move |_| at.update(|i| *i += 1)>{D.next}</button>
                </div>
            </div>
        }
    })
}
