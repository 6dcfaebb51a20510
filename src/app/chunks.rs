//! The split points: one `#[wasm_split]` function per family of pages, and one for the
//! workshop demo's data (`stegvis::demo`, needed only when a presenter opens it). `scripts/split.py`
//! moves each, with all code only it reaches, into a WebAssembly file of its own, which the
//! browser fetches the first time a page of the family is shown (see `stegvis::ui::Pages`).
//!
//! They are here, in the binary, rather than in the library: a split point is an exported
//! symbol, and in the library it would keep every page in the phone form and the file worker.
//! To move a page to another family, move it in [`page`] and in the family's function; a new
//! family is a function, its fetch function (its `preload`), a [`Chunk`] and a line in [`page`].

use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use stegvis::formats::data::BackupData;
use stegvis::survey::kiosk::KioskLock;
use stegvis::ui::pages;
use stegvis::ui::{Building, Chunk, ChunkMissing, Fetching, Pages, Screen};

/// A page of a family; a failed fetch becomes [`ChunkMissing`].
type Built = Result<AnyView, ChunkMissing>;

macro_rules! chunk {
    ($fetch:ident) => {
        Chunk::new(|| -> Fetching { Box::pin(async { Ok($fetch().await?) }) })
    };
}

static LOCK: Chunk = chunk!(fetch_lock);
static PROJECT: Chunk = chunk!(fetch_project);
static REPORT: Chunk = chunk!(fetch_report);
static PRESENTER: Chunk = chunk!(fetch_presenter);
static IMPORT: Chunk = chunk!(fetch_import);
static BACKUP: Chunk = chunk!(fetch_backup);
static COMBINE: Chunk = chunk!(fetch_combine);
static SURVEY: Chunk = chunk!(fetch_survey);
static KIOSK: Chunk = chunk!(fetch_kiosk);

pub static PAGES: Pages = Pages {
    page,
    kiosk: |lock| (&KIOSK, Box::pin(kiosk(lock))),
    ahead: &[
        &PROJECT, &REPORT, &SURVEY, &BACKUP, &IMPORT, &COMBINE, &PRESENTER, &LOCK,
    ],
    demo: || Box::pin(async { demo().await.ok() }),
};

/// The chunk a screen is in, and its page: one line per family, so the two never disagree.
fn page(screen: Screen) -> (&'static Chunk, Building) {
    use Screen::*;
    match screen {
        Lock => (&LOCK, Box::pin(lock())),
        NewProject | EditProject | Participants | NewParticipant | Participant => {
            (&PROJECT, Box::pin(project(screen)))
        }
        Report | ReportPrint | Money | FinalReport | FinalReportPrint => {
            (&REPORT, Box::pin(report(screen)))
        }
        Presenter => (&PRESENTER, Box::pin(presenter())),
        Import => (&IMPORT, Box::pin(import())),
        Backup => (&BACKUP, Box::pin(backup())),
        Combine => (&COMBINE, Box::pin(combine())),
        Surveys | FormBuilder | ShareForm | SurveyResults => (&SURVEY, Box::pin(survey(screen))),
    }
}

#[wasm_split(lock, fallible, wasm_split_path = ::leptos::wasm_split, preload(fetch_lock))]
fn lock() -> Built {
    Ok(view! { <pages::LockScreen /> }.into_any())
}

#[wasm_split(project, fallible, wasm_split_path = ::leptos::wasm_split, preload(fetch_project))]
fn project(screen: Screen) -> Built {
    Ok(match screen {
        Screen::NewProject => view! { <pages::NewProject /> }.into_any(),
        Screen::EditProject => view! { <pages::EditProject /> }.into_any(),
        Screen::NewParticipant => view! { <pages::NewParticipant /> }.into_any(),
        Screen::Participant => view! { <pages::ParticipantPage /> }.into_any(),
        _ => view! { <pages::Participants /> }.into_any(),
    })
}

#[wasm_split(report, fallible, wasm_split_path = ::leptos::wasm_split, preload(fetch_report))]
fn report(screen: Screen) -> Built {
    Ok(match screen {
        Screen::ReportPrint => view! { <pages::ReportPrint /> }.into_any(),
        Screen::Money => view! { <pages::MoneyPage /> }.into_any(),
        Screen::FinalReport => view! { <pages::FinalReportPage /> }.into_any(),
        Screen::FinalReportPrint => view! { <pages::FinalReportPrint /> }.into_any(),
        _ => view! { <pages::ReportPage /> }.into_any(),
    })
}

#[wasm_split(presenter, fallible, wasm_split_path = ::leptos::wasm_split, preload(fetch_presenter))]
fn presenter() -> Built {
    Ok(view! { <pages::ReportPresenter /> }.into_any())
}

#[wasm_split(import, fallible, wasm_split_path = ::leptos::wasm_split, preload(fetch_import))]
fn import() -> Built {
    Ok(view! { <pages::ImportPage /> }.into_any())
}

#[wasm_split(backup, fallible, wasm_split_path = ::leptos::wasm_split, preload(fetch_backup))]
fn backup() -> Built {
    Ok(view! { <pages::BackupPage /> }.into_any())
}

#[wasm_split(combine, fallible, wasm_split_path = ::leptos::wasm_split, preload(fetch_combine))]
fn combine() -> Built {
    Ok(view! { <pages::CombineReports /> }.into_any())
}

#[wasm_split(survey, fallible, wasm_split_path = ::leptos::wasm_split, preload(fetch_survey))]
fn survey(screen: Screen) -> Built {
    Ok(match screen {
        Screen::FormBuilder => view! { <pages::FormBuilder /> }.into_any(),
        Screen::ShareForm => view! { <pages::ShareForm /> }.into_any(),
        Screen::SurveyResults => view! { <pages::SurveyResults /> }.into_any(),
        _ => view! { <pages::SurveyPage /> }.into_any(),
    })
}

#[wasm_split(kiosk, fallible, wasm_split_path = ::leptos::wasm_split, preload(fetch_kiosk))]
fn kiosk(lock: KioskLock) -> Built {
    Ok(view! { <stegvis::ui::kiosk::KioskApp lock /> }.into_any())
}

/// The workshop demo's invented data (`stegvis::demo`), wanted only when a presenter opens or
/// resets the demo.
#[wasm_split(demo, fallible, wasm_split_path = ::leptos::wasm_split)]
fn demo() -> Result<BackupData, ChunkMissing> {
    Ok(stegvis::demo::demo_data())
}
