//! The workshop demo's banner (on every page while the demo is open) and the button that
//! opens it.

use crate::i18n::demo::DEMO as T;
use crate::routes::Page;
use crate::ui::components::notice::StatusNotice;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Switches this tab to the demo (or back) and starts the app again at the start page.
fn switch(on: bool) {
    crate::settings::set_demo(on);
    let _ = window()
        .location()
        .assign(&crate::ui::browser::app_href(&Page::Home.path()));
}

/// "Visa demo", with what it is for. Not shown inside the demo.
#[component]
pub fn OpenDemo() -> impl IntoView {
    (!crate::settings::demo()).then(|| {
        view! {
            <section class="open-demo" aria-labelledby="open-demo-title">
                <h2 id="open-demo-title" class="visually-hidden">{T.open_demo}</h2>
                <button type="button" class="button" aria-describedby="open-demo-hint" on:click=|_| switch(true)>{T.open_demo}</button>
                <p class="hint" id="open-demo-hint">{T.open_demo_hint}</p>
            </section>
        }
    })
}

/// The banner that says, on every page, that this is the demo.
#[component]
pub fn DemoBanner() -> impl IntoView {
    let state = crate::ui::state::use_state();
    let status = RwSignal::new(None::<String>);
    let navigate = leptos_router::hooks::use_navigate();
    let reset = move |_| {
        status.set(Some(T.resetting.into()));
        let navigate = navigate.clone();
        spawn_local(async move {
            match state.reset_demo().await {
                Ok(()) => {
                    status.set(None);
                    state.flash(Page::Home.path(), T.reset_done);
                    navigate(&Page::Home.path(), Default::default());
                }
                Err(e) => status.set(Some(crate::i18n::TEXTS.storage_error(&e).to_owned())),
            }
        });
    };
    crate::settings::demo().then(|| {
        view! {
            <div class="demo-banner" role="region" aria-label=T.banner_label>
                <p><strong>"Demo"</strong>" " {T.banner}</p>
                <div class="actions">
                    <button type="button" class="button button-small" on:click=reset>{T.reset}</button>
                    <button type="button" class="button button-small" on:click=|_| switch(false)>{T.leave}</button>
                </div>
                <StatusNotice text=status />
            </div>
        }
    })
}
