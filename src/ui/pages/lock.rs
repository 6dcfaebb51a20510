//! The lock screen: shown instead of every page while protected data is locked. Nothing of
//! the data is read until the passphrase opens the lock; a wrong one shows and changes nothing.

use crate::i18n::protect::PROTECT as T;
use crate::i18n::TEXTS;
use crate::storage::idb::ProtectError;
use crate::ui::browser::focus_soon;
use crate::ui::components::confirm::ConfirmDelete;
use crate::ui::components::field::TextField;
use crate::ui::components::notice::{ErrorNotice, StatusNotice};
use crate::ui::state::use_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn LockScreen() -> impl IntoView {
    let state = use_state();
    super::set_title(T.lock_title);
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let erased = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failed.set(None);
        spawn_local(async move {
            let result = state.unlock(passphrase.get_untracked()).await;
            busy.set(false);
            if let Err(e) = result {
                failed.set(Some(problem_text(&e).to_owned()));
                passphrase.set(String::new());
                focus_soon("unlock-passphrase".into());
            }
        });
    };
    let navigate = leptos_router::hooks::use_navigate();
    let erase = Callback::new(move |()| {
        let navigate = navigate.clone();
        spawn_local(async move {
            match state.erase_locked().await {
                Ok(()) => {
                    state.flash("/".into(), T.erased);
                    navigate("/", Default::default());
                }
                Err(e) => erased.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
        });
    });
    focus_soon("unlock-passphrase".into());
    view! {
        <h1>{T.lock_title}</h1>
        <p>{T.lock_intro}</p>
        <form class="lock-form" on:submit=submit novalidate>
            <TextField id="unlock-passphrase" label=T.passphrase kind="password"
                autocomplete="current-password" value=passphrase
                on_input=Callback::new(move |v| passphrase.set(v)) error=Signal::stored(None) />
            <button type="submit" class="button button-primary"
                aria-disabled=move || busy.get().then_some("true")>
                {move || if busy.get() { T.unlocking } else { T.unlock }}
            </button>
        </form>
        <ErrorNotice text=failed />
        <StatusNotice text=Signal::derive(move || busy.get().then(|| T.unlocking.to_owned())) />
        <section class="danger-zone" aria-labelledby="forgot-title">
            <h2 id="forgot-title">{T.forgot_title}</h2>
            <p>{T.forgot_text}</p>
            <ErrorNotice text=erased />
            <ConfirmDelete id="erase-locked" start=T.erase_start question=T.erase_question.to_owned()
                yes=T.erase_yes on_confirm=erase />
        </section>
    }
}

/// What to tell the coach when unlocking or changing the passphrase failed.
pub(super) fn problem_text(e: &ProtectError) -> &'static str {
    match e {
        ProtectError::WrongPassphrase => T.wrong,
        ProtectError::Unavailable => T.unavailable,
        ProtectError::AlreadyProtected => T.already,
        ProtectError::NotProtected => T.not_protected,
        ProtectError::Storage(e) => TEXTS.storage_error(e),
    }
}
