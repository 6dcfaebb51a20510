//! The user interface: Leptos pages and components, rendered in the browser.
//!
//! The pages and their addresses are declared in [`crate::routes`]; the route table in [`App`]
//! is built from the same segment and parameter names. Only the frame and the start page are in
//! the main module: every other page is fetched on first use ([`lazy`]).
//!
//! Two more entry points replace the coach's app entirely: `/#svar=…` is a form on a
//! participant's phone ([`phone`], a binary of its own that the loader in `index.html` starts),
//! and a device locked to a form shows [`kiosk`] (see [`run`]).

mod autosave;
pub mod browser;
mod components;
pub(crate) mod crash;
mod data;
pub(crate) mod dom;
mod download;
pub mod kiosk;
mod lazy;
mod lock;
mod offline;
pub mod pages;
pub mod phone;
mod qr_reader;
mod speech;
pub mod state;
mod sync;
mod tools;

use crate::i18n::projects::PROJECTS;
use crate::i18n::{Lang, TEXTS};
use crate::routes::{param as P, segment as S, Page};
use components::link::A;
use lazy::Lazy;
pub use lazy::{Building, Chunk, ChunkMissing, Fetching, Pages, Screen};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{ParamSegment as Pa, StaticSegment as St};
use state::{AppState, Load};

/// Mounts the app on `<body>`: the kiosk if this device is locked to a form, else the coach's
/// app. (An address with a participant's form never gets here: see [`phone`].) `pages` comes
/// from the app's binary, which holds the split points of the pages fetched on first use.
pub fn run(pages: &'static Pages) {
    crash::install();
    data::set_demo_source(pages.demo);
    // The static "Stegvis startar …" page from index.html makes way for the app.
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    crate::i18n::set_current(crate::settings::language());
    if let Some(lock) = crate::settings::kiosk() {
        leptos::mount::mount_to_body(move || {
            provide_context(pages);
            view! { <lazy::LazyKiosk lock=lock.clone() /> }
        });
        return;
    }
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", crate::i18n::current().tag());
    }
    leptos::mount::mount_to_body(move || {
        provide_context(pages);
        view! { <App /> }
    });
}

#[component]
fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    state.start();
    data::when_open(autosave::follow);
    data::when_open(components::reminders::follow);
    autosave::start(state);
    lock::watch_idle(state);
    let update_ready = RwSignal::new(false);
    offline::start(update_ready);
    lazy::fetch_ahead_when_idle();
    view! {
        <Router base=browser::base_path()>
            <a class="skip-link" href="#main">{TEXTS.skip_to_content}</a>
            <header class="site-header">
                <A href=Page::Home.path() attr:class="brand">
                    <span class="brand-name">{TEXTS.app_name}</span>
                    <span class="brand-tagline">{TEXTS.app_tagline}</span>
                </A>
                <nav aria-label=TEXTS.nav_label class="site-nav">
                    <A href=Page::Home.path()>{TEXTS.nav_projects}</A>
                    <A href=Page::Backup.path()>{crate::i18n::backup::BACKUP.nav}</A>
                    <LanguageSwitch />
                    <LockNow />
                </nav>
            </header>
            <components::demo::DemoBanner />
            <offline::UpdateBanner update_ready />
            <main id="main" tabindex="-1">
                <FocusOnNavigate />
                <FlashNotice />
                {move || match state.load.get() {
                    Load::Loading => view! { <p role="status" class="loading">{TEXTS.loading}</p> }.into_any(),
                    Load::Locked => view! { <Lazy screen=Screen::Lock /> }.into_any(),
                    Load::Failed(e) => view! {
                        <div class="notice notice-error" role="alert">
                            <p>{TEXTS.storage_error(&e)}</p>
                        </div>
                    }.into_any(),
                    Load::Ready => view! {
                        <Routes fallback=|| view! { <pages::NotFound /> }>
                            <Route path=() view=pages::Home />
                            <Route path=(St(S::PROJECT), St(S::NEW)) view=|| view! { <Lazy screen=Screen::NewProject /> } />
                            <Route path=(St(S::BACKUP),) view=|| view! { <Lazy screen=Screen::Backup /> } />
                            <Route path=(St(S::COMBINE),) view=|| view! { <Lazy screen=Screen::Combine /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT)) view=|| view! { <Lazy screen=Screen::Participants /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::SETTINGS)) view=|| view! { <Lazy screen=Screen::EditProject /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::NEW_PARTICIPANT)) view=|| view! { <Lazy screen=Screen::NewParticipant /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::PARTICIPANT), Pa(P::PARTICIPANT)) view=|| view! { <Lazy screen=Screen::Participant /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::IMPORT)) view=|| view! { <Lazy screen=Screen::Import /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::REPORT)) view=|| view! { <Lazy screen=Screen::Report /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::REPORT), St(S::PRINT)) view=|| view! { <Lazy screen=Screen::ReportPrint /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::REPORT), St(S::PRESENT)) view=|| view! { <Lazy screen=Screen::Presenter /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::MONEY)) view=|| view! { <Lazy screen=Screen::Money /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::FINAL_REPORT)) view=|| view! { <Lazy screen=Screen::FinalReport /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::FINAL_REPORT), St(S::PRINT)) view=|| view! { <Lazy screen=Screen::FinalReportPrint /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::SURVEY)) view=|| view! { <Lazy screen=Screen::Surveys /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::SURVEY), Pa(P::FORM)) view=|| view! { <Lazy screen=Screen::FormBuilder /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::SURVEY), Pa(P::FORM), St(S::SHARE)) view=|| view! { <Lazy screen=Screen::ShareForm /> } />
                            <Route path=(St(S::PROJECT), Pa(P::PROJECT), St(S::SURVEY), Pa(P::FORM), St(S::RESULTS)) view=|| view! { <Lazy screen=Screen::SurveyResults /> } />
                        </Routes>
                    }.into_any(),
                }}
            </main>
            <footer class="site-footer">
                <p>{PROJECTS.data_stays_here}" "
                    {move || state.persisted.get().map(|p| if p { PROJECTS.persisted_yes } else { PROJECTS.persisted_no })}
                </p>
            </footer>
        </Router>
    }
}

/// "Lås nu", while the data is protected and unlocked.
#[component]
fn LockNow() -> impl IntoView {
    let state = state::use_state();
    move || {
        (state.protected.get() && state.load.get() == Load::Ready).then(|| {
            view! {
                <button type="button" class="lock-now" on:click=move |_| state.lock_now()>
                    {crate::i18n::protect::PROTECT.lock_now}
                </button>
            }
        })
    }
}

/// Switches between Swedish and English. The choice is remembered on this device, and the page
/// reloads in the other language: what is saved stays, as with any reload.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let other = match crate::i18n::current() {
        Lang::Sv => Lang::En,
        Lang::En => Lang::Sv,
    };
    view! {
        <button type="button" class="language-switch" lang=other.tag()
            on:click=move |_| {
                crate::settings::set_language(other);
                let _ = window().location().reload();
            }>
            {other.name()}
        </button>
    }
}

/// After a move to another page, puts keyboard focus at the start of the new page's content,
/// so a keyboard or screen-reader user continues there rather than on a link that is gone.
/// The first page of a visit keeps the browser's own start.
#[component]
fn FocusOnNavigate() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            request_animation_frame(|| browser::focus_in_place("main"));
        }
        path
    });
}

/// The confirmation left by the previous action, shown on the page it was meant for.
#[component]
fn FlashNotice() -> impl IntoView {
    let state = state::use_state();
    let location = use_location();
    let text = Signal::derive(move || {
        // Flashes name app paths; under a sub-path the address has the sub-path in front.
        let full = location.pathname.get();
        let path = browser::app_path(&full);
        state.flash.get().filter(|f| f.path == path).map(|f| f.text)
    });
    view! { <components::notice::StatusNotice text /> }
}
