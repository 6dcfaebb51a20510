//! The passphrase section of the backup page: protect the data, choose the idle time, change
//! the passphrase, or remove the protection. Each change seals or opens every record in one
//! transaction; a wrong current passphrase changes nothing.

use crate::i18n::protect::PROTECT as T;
use crate::repo::ProtectError;
use crate::repo::{LOCK_MINUTES_RANGE, MIN_PASSPHRASE};
use crate::ui::components::field::TextField;
use crate::ui::components::notice::{ErrorNotice, StatusNotice};
use crate::ui::state::use_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What a new passphrase and its repetition lack, if anything.
fn new_passphrase_problem(new: &str, repeat: &str) -> Option<&'static str> {
    if new.chars().count() < MIN_PASSPHRASE {
        Some(T.too_short)
    } else if new != repeat {
        Some(T.mismatch)
    } else {
        None
    }
}

#[component]
pub fn ProtectSection() -> impl IntoView {
    let state = use_state();
    let done = RwSignal::new(None::<String>);
    let body = move || {
        if crate::settings::demo() {
            view! { <p>{T.demo_note}</p> }.into_any()
        } else if state.protected.get() {
            view! { <Protected done /> }.into_any()
        } else {
            view! { <Unprotected done /> }.into_any()
        }
    };
    view! {
        <section aria-labelledby="protect-title">
            <h2 id="protect-title">{T.title}</h2>
            <StatusNotice text=done />
            {body}
        </section>
    }
}

/// Runs a protection change with a status line while it works, and its result. The
/// passphrase fields in `typed` are emptied after a success; the first of them (the current
/// passphrase, where there is one) also after a failure.
fn run_change(
    busy: RwSignal<Option<&'static str>>,
    failed: RwSignal<Option<String>>,
    done: RwSignal<Option<String>>,
    (working, success): (&'static str, &'static str),
    typed: Vec<RwSignal<String>>,
    change: impl std::future::Future<Output = Result<(), ProtectError>> + 'static,
) {
    busy.set(Some(working));
    failed.set(None);
    done.set(None);
    spawn_local(async move {
        let result = change.await;
        busy.set(None);
        let emptied = if result.is_ok() {
            &typed[..]
        } else {
            &typed[..1]
        };
        for field in emptied {
            field.set(String::new());
        }
        match result {
            Ok(()) => done.set(Some(success.to_owned())),
            Err(ProtectError::WrongPassphrase) => failed.set(Some(T.wrong_current.to_owned())),
            Err(e) => failed.set(Some(T.problem(&e))),
        }
    });
}

#[component]
fn Unprotected(done: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_state();
    let new = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let understood = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(None::<&'static str>);
    let failed = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked().is_some() {
            return;
        }
        let (n, r) = (new.get_untracked(), repeat.get_untracked());
        let found = new_passphrase_problem(&n, &r)
            .or_else(|| (!understood.get_untracked()).then_some(T.must_understand));
        problem.set(found);
        if found.is_some() {
            return;
        }
        // There is no current passphrase here: on failure only the repetition is emptied.
        let typed = vec![repeat, new];
        let texts = (T.protecting, T.protected_done);
        run_change(busy, failed, done, texts, typed, state.protect(n));
    };
    view! {
        <p>{T.intro}</p>
        <p class="notice notice-warning"><strong>{T.warning}</strong></p>
        <form on:submit=submit novalidate>
            <TextField id="protect-new" label=T.new_passphrase hint=T.hint kind="password"
                autocomplete="new-password" value=new on_input=Callback::new(move |v| new.set(v))
                error=Signal::derive(move || problem.get().filter(|p| *p != T.must_understand)) />
            <TextField id="protect-repeat" label=T.repeat kind="password" autocomplete="new-password"
                value=repeat on_input=Callback::new(move |v| repeat.set(v)) error=Signal::stored(None) />
            <div class="field field-check">
                <input id="protect-understand" type="checkbox" prop:checked=understood
                    aria-describedby="protect-understand-error"
                    on:change=move |ev| understood.set(event_target_checked(&ev)) />
                <label for="protect-understand">{T.understand}</label>
                <p class="error" id="protect-understand-error">
                    {move || problem.get().filter(|p| *p == T.must_understand)}
                </p>
            </div>
            <button type="submit" class="button button-primary"
                aria-disabled=move || busy.get().map(|_| "true")>{T.protect}</button>
        </form>
        <StatusNotice text=Signal::derive(move || busy.get().map(str::to_owned)) />
        <ErrorNotice text=failed />
    }
}

#[component]
fn Protected(done: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_state();
    let minutes = RwSignal::new(crate::settings::lock_minutes());
    let minutes_text = RwSignal::new(minutes.get_untracked().to_string());
    let minutes_problem = RwSignal::new(None::<&'static str>);
    let save_minutes = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match minutes_text.get_untracked().trim().parse::<u16>() {
            Ok(m) if LOCK_MINUTES_RANGE.contains(&m) => {
                crate::settings::set_lock_minutes(m);
                minutes.set(m);
                minutes_problem.set(None);
                done.set(Some(T.idle_saved(m)));
            }
            _ => minutes_problem.set(Some(T.idle_invalid)),
        }
    };

    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let busy = RwSignal::new(None::<&'static str>);
    let failed = RwSignal::new(None::<String>);
    let change = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked().is_some() {
            return;
        }
        let (n, r) = (new.get_untracked(), repeat.get_untracked());
        problem.set(new_passphrase_problem(&n, &r));
        if problem.get_untracked().is_none() {
            let old = current.get_untracked();
            let typed = vec![current, new, repeat];
            let texts = (T.changing, T.changed);
            run_change(
                busy,
                failed,
                done,
                texts,
                typed,
                state.change_passphrase(old, n),
            );
        }
    };

    let remove_current = RwSignal::new(String::new());
    let remove_failed = RwSignal::new(None::<String>);
    let remove = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // One change at a time: changing and removing share `busy`.
        if busy.get_untracked().is_none() {
            let old = remove_current.get_untracked();
            let texts = (T.removing, T.removed);
            let typed = vec![remove_current];
            run_change(
                busy,
                remove_failed,
                done,
                texts,
                typed,
                state.unprotect(old),
            );
        }
    };

    view! {
        <p>{move || T.status(minutes.get())}</p>
        <p class="notice notice-warning"><strong>{T.warning}</strong></p>
        <form class="inline-form" on:submit=save_minutes novalidate>
            <TextField id="lock-minutes" label=T.idle_label kind="number" inputmode="numeric"
                value=minutes_text on_input=Callback::new(move |v| minutes_text.set(v))
                error=minutes_problem />
            <button type="submit" class="button">{T.idle_save}</button>
        </form>
        <h3>{T.change_title}</h3>
        <form on:submit=change novalidate>
            <TextField id="change-current" label=T.current kind="password"
                autocomplete="current-password" value=current
                on_input=Callback::new(move |v| current.set(v)) error=Signal::stored(None) />
            <TextField id="change-new" label=T.new_passphrase hint=T.hint kind="password"
                autocomplete="new-password" value=new on_input=Callback::new(move |v| new.set(v))
                error=problem />
            <TextField id="change-repeat" label=T.repeat kind="password" autocomplete="new-password"
                value=repeat on_input=Callback::new(move |v| repeat.set(v)) error=Signal::stored(None) />
            <button type="submit" class="button button-primary"
                aria-disabled=move || busy.get().map(|_| "true")>{T.change}</button>
        </form>
        <StatusNotice text=Signal::derive(move || busy.get().map(str::to_owned)) />
        <ErrorNotice text=failed />
        <h3>{T.remove_title}</h3>
        <p>{T.remove_intro}</p>
        <form on:submit=remove novalidate>
            <TextField id="remove-current" label=T.current kind="password"
                autocomplete="current-password" value=remove_current
                on_input=Callback::new(move |v| remove_current.set(v)) error=Signal::stored(None) />
            <button type="submit" class="button"
                aria-disabled=move || busy.get().map(|_| "true")>{T.remove}</button>
        </form>
        <ErrorNotice text=remove_failed />
    }
}
