//! Working offline: registers the service worker that release builds carry (`sw.js`, written
//! by `scripts/offline.py`; development builds have none, and then nothing happens), and offers
//! a new deployed version with a banner. The new version is swapped in only when the coach
//! clicks "Uppdatera nu", never under an open form.

use crate::i18n::TEXTS;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RegistrationOptions, ServiceWorkerContainer, ServiceWorkerRegistration};

thread_local! {
    /// Set when the coach asked for the new version: the next change of controller reloads.
    static RELOAD_ON_CHANGE: Cell<bool> = const { Cell::new(false) };
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Browsers without service workers (or a page that is not a secure context) lack the field.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the service worker; `update_ready` becomes true when a new version waits.
pub fn start(update_ready: RwSignal<bool>) {
    let Some(container) = container() else {
        return;
    };
    let on_change = Closure::<dyn Fn()>::new(|| {
        if RELOAD_ON_CHANGE.with(Cell::get) {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let options = RegistrationOptions::new();
    options.set_scope(&super::browser::app_href("/"));
    let registering =
        container.register_with_options(&super::browser::app_href("/sw.js"), &options);
    leptos::task::spawn_local(async move {
        // No sw.js (development builds) rejects; a browser that blocks service workers may
        // resolve with nothing at all.
        let Ok(Ok(registration)) = JsFuture::from(registering)
            .await
            .map(|r| r.dyn_into::<ServiceWorkerRegistration>())
        else {
            return;
        };
        // A version that was already waiting when this page opened.
        let has_controller = move || container.controller().is_some();
        if registration.waiting().is_some() && has_controller() {
            update_ready.set(true);
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let has_controller = has_controller.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                    update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Asks the waiting version to take over; the page reloads when it has.
async fn apply_update() {
    let Some(container) = container() else {
        return;
    };
    let Ok(registration) = JsFuture::from(container.get_registration()).await else {
        return;
    };
    let Some(registration) = registration.dyn_into::<ServiceWorkerRegistration>().ok() else {
        return;
    };
    if let Some(waiting) = registration.waiting() {
        RELOAD_ON_CHANGE.with(|r| r.set(true));
        let _ = waiting.post_message(&"skip-waiting".into());
    }
}

/// "A new version is ready" with a button, on every page once one waits.
#[component]
pub fn UpdateBanner(update_ready: RwSignal<bool>) -> impl IntoView {
    view! {
        <div role="status" aria-live="polite" class="update-banner" class:empty=move || !update_ready.get()>
            <Show when=move || update_ready.get()>
                <p>{TEXTS.update_ready}</p>
                <button type="button" class="button"
                    on:click=move |_| leptos::task::spawn_local(apply_update())>
                    {TEXTS.update_now}
                </button>
            </Show>
        </div>
    }
}
