//! The lock screen: shown instead of every page while protected data is locked. Nothing of
//! the data is read until the passphrase opens the lock; a wrong one shows and changes nothing.

use crate::i18n::protect::PROTECT as T;
use crate::i18n::TEXTS;
use crate::routes::Page;
use crate::ui::components::confirm::ConfirmDelete;
use crate::ui::components::notice::ErrorNotice;
use crate::ui::components::passphrase::PassphraseForm;
use crate::ui::state::use_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn LockScreen() -> impl IntoView {
    let state = use_state();
    super::set_title(T.lock_title);
    let erased = RwSignal::new(None::<String>);
    let unlock = move |passphrase: String| async move {
        state.unlock(passphrase).await.map_err(|e| T.problem(&e))
    };
    let navigate = leptos_router::hooks::use_navigate();
    let erase = Callback::new(move |()| {
        let navigate = navigate.clone();
        spawn_local(async move {
            match state.erase_locked().await {
                Ok(()) => {
                    state.flash(Page::Home.path(), T.erased);
                    navigate(&Page::Home.path(), Default::default());
                }
                Err(e) => erased.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
        });
    });
    view! {
        <h1>{T.lock_title}</h1>
        <p>{T.lock_intro}</p>
        <PassphraseForm id="unlock-passphrase" label=T.passphrase autocomplete="current-password"
            button=T.unlock busy_text=T.unlocking class="lock-form" clear_on_failure=true
            try_passphrase=unlock />
        <section class="danger-zone" aria-labelledby="forgot-title">
            <h2 id="forgot-title">{T.forgot_title}</h2>
            <p>{T.forgot_text}</p>
            <ErrorNotice text=erased />
            <ConfirmDelete id="erase-locked" start=T.erase_start question=T.erase_question.to_owned()
                yes=T.erase_yes on_confirm=erase />
        </section>
    }
}
