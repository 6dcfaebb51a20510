//! Pages whose code is fetched on first use, so that a first visit downloads only the frame
//! and the start page.
//!
//! The app's binary (`src/app/`) puts each family of pages in a `#[wasm_split]` function, and
//! `scripts/split.py` moves that function, with all code only it reaches, into a WebAssembly
//! file of its own (a *chunk*). The binary hands the library a [`Pages`]: which chunk each
//! [`Screen`] is in and how to build it. The split functions live in the binary because they
//! are exported symbols, which would keep every page in the phone form and the file worker too.
//!
//! A chunk is fetched the first time one of its pages is shown, and before that when the
//! browser is idle after the first page ([`fetch_ahead_when_idle`]); the service worker keeps
//! every chunk, so the app works offline after a first visit. One that cannot be fetched
//! (offline before it was ever loaded, or replaced by a newer version) shows a plain message
//! with a retry in place of the page; nothing else on the page or in storage is touched.

use crate::i18n::TEXTS;
use crate::survey::kiosk::KioskLock;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, Waker};

/// A chunk could not be fetched.
#[derive(Debug)]
pub struct ChunkMissing;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// A page being built: ready at once when its chunk is here.
pub type Building = Pin<Box<dyn Future<Output = Result<AnyView, ChunkMissing>>>>;
/// A chunk being fetched.
pub type Fetching = Pin<Box<dyn Future<Output = Result<(), ChunkMissing>>>>;

/// The pages that live in chunks, as the route table names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The passphrase asked for before protected data is shown.
    Lock,
    NewProject,
    EditProject,
    Participants,
    NewParticipant,
    Participant,
    Report,
    ReportPrint,
    Money,
    FinalReport,
    FinalReportPrint,
    Presenter,
    Import,
    Backup,
    Combine,
    Surveys,
    FormBuilder,
    ShareForm,
    SurveyResults,
}

/// What the app's binary tells the library about its chunks.
pub struct Pages {
    /// The chunk a screen is in, and its page (building it does nothing until it is polled).
    pub page: fn(Screen) -> (&'static Chunk, Building),
    /// The same for the kiosk of a device locked to a form, in a chunk of its own.
    pub kiosk: fn(KioskLock) -> (&'static Chunk, Building),
    /// The coach's chunks, in the order they are fetched ahead.
    pub ahead: &'static [&'static Chunk],
    /// The workshop demo's data, made by code in a chunk of its own: only a presenter needs it.
    pub demo: fn() -> super::data::MakingDemo,
}

/// One chunk: whether it is here yet, and how to fetch it.
pub struct Chunk {
    loaded: AtomicBool,
    fetch: fn() -> Fetching,
}

impl Chunk {
    pub const fn new(fetch: fn() -> Fetching) -> Self {
        Chunk {
            loaded: AtomicBool::new(false),
            fetch,
        }
    }

    fn is_loaded(&self) -> bool {
        self.loaded.load(Ordering::Relaxed)
    }

    async fn fetch(&'static self) -> Result<(), ChunkMissing> {
        (self.fetch)().await?;
        self.loaded.store(true, Ordering::Relaxed);
        Ok(())
    }
}

/// The result of `future` if it is ready without waiting: a loaded chunk's function is, and
/// calling it here builds its page inside the caller's reactive scope.
fn now<T>(future: impl Future<Output = T>) -> Option<T> {
    let mut future = std::pin::pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

/// Shows the page `screen`: at once if its chunk is here, else once it has been fetched.
#[component]
pub fn Lazy(screen: Screen) -> impl IntoView {
    // A project's pages show its participants: reading them starts now, while the page's code
    // is fetched, instead of after it. (The lock screen is shown outside the routes.)
    if screen != Screen::Lock {
        let params = leptos_router::hooks::use_params_map();
        let project = Memo::new(move |_| {
            params
                .with(|p| p.get(crate::routes::param::PROJECT))
                .and_then(|id| crate::domain::Id::parse(&id))
        });
        super::state::use_open_project(project);
    }
    let page = expect_context::<&'static Pages>().page;
    lazy(page(screen).0, move || now(page(screen).1))
}

/// The kiosk, for a device locked to a form.
#[component]
pub fn LazyKiosk(lock: KioskLock) -> impl IntoView {
    let kiosk = expect_context::<&'static Pages>().kiosk;
    let chunk = kiosk(lock.clone()).0;
    lazy(chunk, move || now(kiosk(lock.clone()).1))
}

/// `build` once `chunk` is here; until then "Hämtar sidan …" (shown only if it takes over
/// 300 ms, see `.loading-late` in the style sheet), or the message with a retry.
fn lazy(
    chunk: &'static Chunk,
    build: impl Fn() -> Option<Result<AnyView, ChunkMissing>> + Send + Sync + 'static,
) -> impl IntoView {
    let ready = RwSignal::new(chunk.is_loaded());
    let failed = RwSignal::new(false);
    let fetch = move || {
        failed.set(false);
        spawn_local(async move {
            match chunk.fetch().await {
                Ok(()) => ready.set(true),
                Err(_) => failed.set(true),
            }
        });
    };
    if !chunk.is_loaded() {
        fetch();
    }
    move || {
        if ready.get() {
            if let Some(Ok(view)) = build() {
                return view;
            }
        }
        if failed.get() || ready.get() {
            view! {
                <div class="notice notice-error" role="alert">
                    <p>{TEXTS.page_unavailable}</p>
                    <button type="button" class="button button-primary" on:click=move |_| fetch()>
                        {TEXTS.page_retry}
                    </button>
                </div>
            }
            .into_any()
        } else {
            view! { <p role="status" class="loading loading-late">{TEXTS.page_loading}</p> }
                .into_any()
        }
    }
}

/// How long the first page is left alone before any chunk is fetched ahead: the coach's
/// first clicks, and the browser's own work on the page, come first.
const AHEAD_AFTER_MS: i32 = 5_000;

/// Fetches the coach's chunks one after another, each when the browser has nothing else to do
/// and the first page has had [`AHEAD_AFTER_MS`] to itself, so that the next page opens at
/// once. A chunk that fails here is fetched again when needed. Not under a service worker: it
/// has every chunk already, on this device.
pub fn fetch_ahead_when_idle() {
    let pages = expect_context::<&'static Pages>();
    if super::browser::offline_ready() {
        return;
    }
    spawn_local(async move {
        super::browser::sleep(AHEAD_AFTER_MS).await;
        for chunk in pages.ahead {
            super::browser::idle().await;
            if !chunk.is_loaded() && chunk.fetch().await.is_err() {
                return;
            }
        }
    });
}
