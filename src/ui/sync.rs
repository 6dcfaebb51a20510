//! Two tabs of Stegvis open at once: after every change one tab says so on a
//! `BroadcastChannel` (one per database, so the demo and real data never mix), and the other
//! tabs read again what they show ([`AppState::refresh`]). An edit begun before the other
//! tab's change is refused by the storage layer instead of overwriting it
//! ([`crate::storage::StorageError::Stale`]). Locking protected data in one tab locks the
//! others.

use super::state::{db_name, AppState};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::BroadcastChannel;

/// The message that locks every tab (see [`super::lock`]).
const LOCK: &str = "lock";

thread_local! {
    static CHANNEL: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
}

/// Starts listening for other tabs' changes; where the browser has no `BroadcastChannel`,
/// tabs simply do not see each other's changes until reloaded.
pub fn listen(state: AppState) {
    let Ok(channel) = BroadcastChannel::new(&format!("stegvis:{}", db_name())) else {
        return;
    };
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if ev.data().as_string().as_deref() == Some(LOCK) {
                state.show_locked();
            } else {
                leptos::task::spawn_local(state.refresh());
            }
        });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    CHANNEL.with(|c| *c.borrow_mut() = Some(channel));
}

/// Tells the other tabs that something was saved or deleted, and notes the time for the
/// backup reminder.
pub fn changed() {
    crate::settings::note_change();
    super::autosave::schedule();
    post("changed");
}

/// Tells the other tabs to lock too.
pub fn locked() {
    post(LOCK);
}

fn post(message: &str) {
    CHANNEL.with(|c| {
        if let Some(channel) = c.borrow().as_ref() {
            let _ = channel.post_message(&JsValue::from_str(message));
        }
    });
}
