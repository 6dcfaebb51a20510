//! Kiosk mode: the coach's device shows one form, over and over, and nothing else.
//!
//! While the lock is in `localStorage` every address of the app opens this view instead of the
//! coach's pages, so neither a reload nor a typed address reaches the coach's data. Each answer
//! is stored as it is sent; then a thank-you, then a fresh empty form. Leaving needs the PIN.
//! If the coach's data is protected with a passphrase, the coach types it once when the kiosk
//! starts (and after a reload); the kiosk then never locks by itself, as it shows no data.

use crate::domain::Id;
use crate::i18n::filler;
use crate::routes::Page;
use crate::survey::kiosk::{Attempts, KioskLock};
use crate::survey::{code, Answer, Form, Moment, Value, YearMonth};
use crate::ui::browser;
use crate::ui::components::filler::FormFiller;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

#[derive(Clone, PartialEq)]
enum Screen {
    Loading,
    /// The data is protected: the coach unlocks it to start.
    Locked,
    Missing,
    Filling,
    Thanks,
    Failed,
}

/// The current year and month on this device's clock: all the time an answer keeps.
pub fn this_month() -> YearMonth {
    let today = browser::today();
    YearMonth {
        year: today.year() as u16,
        month: today.month(),
    }
}

/// A new anonymous answer to `form` at `moment`.
pub fn new_answer(form: &Form, moment: Moment, lang: String, values: Vec<Value>) -> Answer {
    Answer {
        id: Id::random(),
        project_id: form.project_id,
        form_id: form.id,
        moment,
        month: this_month(),
        lang,
        nonce: code::new_nonce(),
        values,
    }
}

#[component]
pub fn KioskApp(lock: KioskLock) -> impl IntoView {
    let screen = RwSignal::new(Screen::Loading);
    let form = RwSignal::new(None::<Form>);
    let round = RwSignal::new(0u32);
    let moment = Moment::from_key(&lock.moment).unwrap_or(Moment::Start);
    let (project, form_id) = (Id::parse(&lock.project), Id::parse(&lock.form));
    let load = move || {
        spawn_local(async move {
            let (shown, found) = load_form(project, form_id).await;
            screen.set(shown);
            form.set(found);
        });
    };
    load();
    let lang = RwSignal::new(String::from("sv"));
    // An answer that could not be saved because the data locked (another tab changed the
    // passphrase): kept here and saved once the coach has unlocked.
    let pending = StoredValue::new(None::<Answer>);
    let save = move |answer: Answer| {
        spawn_local(async move {
            match crate::ui::state::save_answer(answer.clone()).await {
                Ok(_) => {
                    screen.set(Screen::Thanks);
                    browser::focus_soon("thanks-title".into());
                    let this_round = round.get_untracked();
                    set_timeout(
                        move || {
                            if round.get_untracked() == this_round
                                && screen.get_untracked() == Screen::Thanks
                            {
                                round.update(|r| *r += 1);
                                screen.set(Screen::Filling);
                            }
                        },
                        Duration::from_secs(10),
                    );
                }
                Err(crate::repo::SaveError::Storage(crate::storage::StorageError::Locked)) => {
                    pending.set_value(Some(answer));
                    screen.set(Screen::Locked);
                }
                Err(_) => screen.set(Screen::Failed),
            }
        });
    };
    let on_done = Callback::new(move |(l, values): (String, Vec<Value>)| {
        let Some(f) = form.get_untracked() else {
            return;
        };
        lang.set(l.clone());
        save(new_answer(&f, moment, l, values));
    });
    let on_unlocked =
        Callback::new(
            move |()| match pending.try_update_value(Option::take).flatten() {
                Some(answer) => save(answer),
                None => load(),
            },
        );
    let t = move || filler::texts(&lang.get());
    let lock = StoredValue::new(lock);
    view! {
        <main id="main" tabindex="-1" class="kiosk">
            {move || match screen.get() {
                Screen::Loading => view! { <p role="status">"…"</p> }.into_any(),
                Screen::Locked => view! { <Unlock on_unlocked /> }.into_any(),
                Screen::Missing => view! {
                    <p role="alert">{crate::i18n::survey::SURVEY.kiosk_form_missing}</p>
                }.into_any(),
                Screen::Failed => view! { <p role="alert">{t().saving_failed}</p> }.into_any(),
                Screen::Thanks => view! {
                    <Thanks t=t() on_next=Callback::new(move |()| {
                        round.update(|r| *r += 1);
                        screen.set(Screen::Filling);
                    }) />
                }.into_any(),
                Screen::Filling => {
                    let _ = round.get();
                    form.get().map(|f| view! { <FormFiller form=f on_done /> }).into_any()
                }
            }}
            <Leave lock t=Signal::derive(t) />
        </main>
    }
}

/// The kiosk's form, or the screen that says why there is none: locked data, or a form that
/// no longer exists.
async fn load_form(project: Option<Id>, form_id: Option<Id>) -> (Screen, Option<Form>) {
    let opened = crate::ui::data::open().await;
    if let Ok(repo) = &opened {
        if repo.access().await.is_ok_and(|a| !a.open) {
            return (Screen::Locked, None);
        }
    }
    let found = async {
        opened.ok()?;
        let (forms, _) = crate::ui::state::survey_data(project?).await.ok()?;
        forms.into_iter().find(|f| Some(f.id) == form_id)
    }
    .await;
    match found {
        Some(form) => (Screen::Filling, Some(form)),
        None => (Screen::Missing, None),
    }
}

/// Thanks, and the button that gets the form ready for the next participant.
#[component]
fn Thanks(t: &'static filler::ParticipantTexts, on_next: Callback<()>) -> impl IntoView {
    view! {
        <section class="thanks" aria-labelledby="thanks-title">
            <h1 id="thanks-title" tabindex="-1">{t.thanks_title}</h1>
            <p>{t.hand_back}</p>
            <button type="button" class="button button-primary button-large"
                on:click=move |_| on_next.run(())>{t.new_form}</button>
        </section>
    }
}

/// The coach unlocks protected data to start the kiosk.
#[component]
fn Unlock(on_unlocked: Callback<()>) -> impl IntoView {
    use crate::i18n::protect::PROTECT as T;
    use crate::repo::ProtectError;
    let unlock = move |passphrase: String| async move {
        let unlocked = match crate::ui::data::open().await {
            Ok(repo) => repo.unlock(&passphrase).await,
            Err(e) => Err(e.into()),
        };
        match unlocked {
            // Not protected any more (another tab removed the passphrase): nothing to unlock.
            Ok(()) | Err(ProtectError::NotProtected) => {
                on_unlocked.run(());
                Ok(())
            }
            Err(e) => Err(T.problem(&e)),
        }
    };
    view! {
        <section aria-labelledby="kiosk-locked-title">
            <h1 id="kiosk-locked-title">{T.lock_title}</h1>
            <p>{T.lock_intro}</p>
            <crate::ui::components::passphrase::PassphraseForm id="kiosk-passphrase"
                label=T.passphrase autocomplete="current-password" button=T.unlock
                busy_text=T.unlocking class="pin-form" clear_on_failure=true
                try_passphrase=unlock />
        </section>
    }
}

/// The coach's way out: a PIN, with a pause after too many wrong tries.
#[component]
fn Leave(
    lock: StoredValue<KioskLock>,
    t: Signal<&'static filler::ParticipantTexts>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let pin = RwSignal::new(String::new());
    let attempts = RwSignal::new(Attempts::default());
    let message = RwSignal::new(None::<String>);
    let now = || (js_sys::Date::now() / 1000.0) as u64;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(s) = attempts.with_untracked(|a| a.wait(now())) {
            message.set(Some((t.get_untracked().wait_seconds)(s)));
            return;
        }
        if lock.with_value(|l| l.opens_with(&pin.get_untracked())) {
            crate::settings::clear_kiosk();
            let project = lock.with_value(|l| l.project.clone());
            let page = crate::domain::Id::parse(&project).map_or(Page::Home, Page::Surveys);
            let _ = window()
                .location()
                .set_href(&browser::app_href(&page.path()));
            return;
        }
        attempts.update(|a| a.failed(now()));
        pin.set(String::new());
        let text = match attempts.with_untracked(|a| a.wait(now())) {
            Some(s) => (t.get_untracked().wait_seconds)(s),
            None => t.get_untracked().wrong_pin.to_owned(),
        };
        message.set(Some(text));
        browser::focus("kiosk-pin");
    };
    view! {
        <div class="kiosk-leave">
            {move || if open.get() {
                view! {
                    <form on:submit=submit class="pin-form" novalidate>
                        <label for="kiosk-pin">{t.get().pin_label}</label>
                        <input id="kiosk-pin" type="password" inputmode="numeric" autocomplete="off"
                            aria-describedby="kiosk-pin-error"
                            prop:value=move || pin.get()
                            on:input=move |ev| pin.set(event_target_value(&ev)) />
                        <p id="kiosk-pin-error" class="error" role="alert">{move || message.get()}</p>
                        <button type="submit" class="button">{t.get().ok}</button>
                        <button type="button" class="button" on:click=move |_| {
                            open.set(false);
                            message.set(None);
                        }>{t.get().cancel}</button>
                    </form>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="button button-quiet" on:click=move |_| {
                        open.set(true);
                        browser::focus_soon("kiosk-pin".into());
                    }>{t.get().leave}</button>
                }.into_any()
            }}
        </div>
    }
}
