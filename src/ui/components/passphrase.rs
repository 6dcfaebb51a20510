//! A passphrase asked for to open something: the lock screen, the kiosk's start, and a backup
//! sealed with another passphrase. While it is tried the button and a status line say so; a
//! passphrase that does not open shows why, and focus goes back to the field.

use super::field::TextField;
use super::notice::{ErrorNotice, StatusNotice};
use crate::ui::browser::focus_soon;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;

#[component]
pub fn PassphraseForm<F, Fut>(
    /// The input's id.
    id: &'static str,
    label: &'static str,
    /// The input's `autocomplete`: `current-password` for this device's passphrase.
    autocomplete: &'static str,
    /// The button, and what it and the status line say while the passphrase is tried.
    button: &'static str,
    busy_text: &'static str,
    #[prop(optional)] class: &'static str,
    /// Whether a passphrase that did not open is emptied from the field.
    #[prop(optional)]
    clear_on_failure: bool,
    /// Tries the passphrase; `Err` is the text to show.
    try_passphrase: F,
) -> impl IntoView
where
    F: Fn(String) -> Fut + Copy + 'static,
    Fut: Future<Output = Result<(), String>> + 'static,
{
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failed.set(None);
        spawn_local(async move {
            let result = try_passphrase(passphrase.get_untracked()).await;
            busy.set(false);
            if let Err(text) = result {
                failed.set(Some(text));
                if clear_on_failure {
                    passphrase.set(String::new());
                }
                focus_soon(id.into());
            }
        });
    };
    focus_soon(id.into());
    view! {
        <form class=class on:submit=submit novalidate>
            <TextField id=id label kind="password" autocomplete value=passphrase
                on_input=Callback::new(move |v| passphrase.set(v)) error=Signal::stored(None) />
            <button type="submit" class="button button-primary"
                aria-disabled=move || busy.get().then_some("true")>
                {move || if busy.get() { busy_text } else { button }}
            </button>
        </form>
        <ErrorNotice text=failed />
        <StatusNotice text=Signal::derive(move || busy.get().then(|| busy_text.to_owned())) />
    }
}
