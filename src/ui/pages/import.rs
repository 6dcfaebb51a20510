//! Importing a participant list from `.csv` or `.xlsx`: choose a file, say which column is which
//! (see [`super::import_mapping`]), see a preview of what will happen, confirm. Nothing is
//! stored before the coach confirms, and then all of it or nothing (one transaction). How the
//! file was read is remembered per project for the next file with the same headers.

use super::import_mapping::MappingView;
use crate::domain::{Id, Project};
use crate::formats::import::mapping::signature;
use crate::formats::import::{
    apply, inspect, preview_table, ImportPreview, Inspected, ReadOptions,
};
use crate::formats::import::{ImportError, Withheld};
use crate::i18n::import::IMPORT as T;
use crate::i18n::import_mapping::IMPORT_MAPPING;
use crate::i18n::TEXTS;
use crate::routes::Page;
use crate::storage::StorageError;
use crate::ui::browser::{focus_soon, now, today};
use crate::ui::components::link::A;
use crate::ui::download::{read_file, FileError};
use crate::ui::pages::report_parts::MAX_SHOWN_ROWS;
use crate::ui::state::{use_state, AppState, ImportBasis};
use crate::ui::tools::{read_table, ReadError, ToolError};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use std::sync::Arc;

/// A file read and inspected, and what its import is planned on.
struct Loaded {
    inspected: Arc<Inspected>,
    basis: ImportBasis,
    /// The file's headers as one key, to remember how it was read.
    signature: String,
    /// The options to start from ([`ReadOptions::starting`]).
    start: ReadOptions,
    /// The options came from the last file with the same headers.
    remembered: bool,
}

#[derive(Clone)]
enum Step {
    Choose,
    Reading,
    /// The file is read: the coach maps its columns and sees the preview.
    Loaded(Arc<Loaded>),
    Failed(String),
    Importing,
}

/// The preview of the loaded file with the current options, or why there is none.
type Previewed = Option<Arc<Result<ImportPreview, ImportError>>>;

#[component]
pub fn ImportPage() -> impl IntoView {
    super::set_title(T.title);
    super::with_loaded_project(TEXTS.loading, |project| view! { <Importer project /> })
}

#[component]
fn Importer(project: Project) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let step = RwSignal::new(Step::Choose);
    let list_href = Page::Participants(project.id).path();
    let project = StoredValue::new(project);

    let options = RwSignal::new(ReadOptions::default());
    let previewed = RwSignal::new(None as Previewed);
    // The preview follows every change of the mapping; nothing is stored.
    Effect::new(move |_| {
        let result = match step.get() {
            Step::Loaded(loaded) => options.with(|o| {
                let codes: Vec<&str> = loaded.basis.codes.iter().map(String::as_str).collect();
                let p = preview_table(&loaded.inspected, o, &loaded.basis.project, &codes, today());
                Some(Arc::new(p))
            }),
            _ => None,
        };
        previewed.set(result);
    });

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = crate::ui::download::picked_file(&ev) else {
            return;
        };
        step.set(Step::Reading);
        spawn_local(async move {
            let id = project.with_value(|p| p.id);
            let next = read_file_for_import(state, id, file).await;
            if let Step::Loaded(loaded) = &next {
                options.set(loaded.start.clone());
            }
            step.set(next);
            focus_soon("import-result".into());
        });
    };

    let confirm = move |_| {
        let Step::Loaded(loaded) = step.get_untracked() else {
            return;
        };
        let Some(Ok(p)) = previewed.get_untracked().as_deref().cloned() else {
            return;
        };
        let (updated, participants) = apply(&p, &loaded.basis.project, now());
        let count = participants.len();
        let navigate = navigate.clone();
        let path = project.with_value(|p| Page::Participants(p.id).path());
        let chosen = options.get_untracked();
        step.set(Step::Importing);
        spawn_local(async move {
            let basis = loaded.basis.clone();
            match state.import(basis, updated, participants).await {
                Ok(()) => {
                    let id = loaded.basis.project.id.to_string();
                    crate::settings::set_import_options(&id, &loaded.signature, &chosen);
                    state.flash(path.clone(), (T.done)(count));
                    navigate(&path, Default::default());
                }
                Err(StorageError::Stale) => step.set(Step::Failed(T.changed_elsewhere.to_owned())),
                Err(e) => step.set(Step::Failed(TEXTS.storage_error_kept(&e))),
            }
        });
    };

    let ok_count = move || {
        previewed.with(|p| match p.as_deref() {
            Some(Ok(p)) => p.ok_count(),
            _ => 0,
        })
    };

    view! {
        <h1>{T.title}</h1>
        <p class="lead">{project.with_value(|p| p.name.clone())}</p>
        <ImportHelp />
        <div class="field">
            <label for="import-file">{T.choose_file}</label>
            <p class="hint" id="import-file-hint">{T.file_types}</p>
            <input id="import-file" type="file" accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby="import-file-hint" on:change=on_file />
        </div>
        <div id="import-result" tabindex="-1">
            {move || match step.get() {
                Step::Choose => ().into_any(),
                Step::Reading => view! {
                    <p role="status" class="loading">{T.reading}</p>
                    <progress aria-label=T.reading></progress>
                }.into_any(),
                Step::Importing => view! {
                    <p role="status" class="loading">{T.importing}</p>
                    <progress aria-label=IMPORT_MAPPING.importing_progress></progress>
                }.into_any(),
                Step::Failed(text) => view! { <div class="notice notice-error" role="alert"><p>{text}</p></div> }.into_any(),
                Step::Loaded(loaded) => view! {
                    <MappingView inspected=loaded.inspected.clone() options remembered=loaded.remembered />
                    {move || previewed.get().map(|p| match &*p {
                        Ok(p) => view! { <PreviewView preview=p.clone() /> }.into_any(),
                        Err(e) => view! {
                            <div class="notice notice-error" role="alert"><p>{T.error(e)}</p></div>
                        }.into_any(),
                    })}
                }.into_any(),
            }}
        </div>
        <div class="actions">
            {move || (ok_count() > 0).then(|| view! {
                <button type="button" class="button button-primary" on:click=confirm.clone()>{(T.import_button)(ok_count())}</button>
            })}
            <A href=list_href attr:class="button">{T.cancel}</A>
        </div>
    }
}

/// What the file may hold, and that nothing but codes belongs in it.
#[component]
fn ImportHelp() -> impl IntoView {
    view! {
        <p>{T.intro}</p>
        <details class="definitions">
            <summary>{T.columns_title}</summary>
            <ul>{T.columns_help.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}</ul>
            <p><code>{T.example_header}</code></p>
        </details>
        <p>{T.privacy_note}</p>
    }
}

/// Reads and inspects the chosen file and plans the import on the project and participants as
/// this tab shows them now, or says why it cannot. The import is written later only if they are
/// still so (another tab may import at the same time).
async fn read_file_for_import(state: AppState, project: Id, file: web_sys::File) -> Step {
    let bytes = match read_file(&file, crate::formats::import::MAX_BYTES).await {
        Ok(b) => b,
        Err(FileError::TooLarge) => return Step::Failed(T.error(&ImportError::TooLarge)),
        Err(FileError::Unreadable) => return Step::Failed(T.errors.unreadable_csv.to_owned()),
    };
    let table = match read_table(bytes, &file.name()).await {
        Ok(table) => table,
        Err(e) => {
            return Step::Failed(match e {
                ReadError::Import(e) => T.error(&e),
                ReadError::Tool(ToolError::Unavailable) => TEXTS.file_tools_unavailable.to_owned(),
                ReadError::Tool(ToolError::Garbled) => T.errors.unreadable_csv.to_owned(),
                ReadError::Tool(ToolError::Crashed) => TEXTS.file_tools_crashed.to_owned(),
            })
        }
    };
    let Some(basis) = ImportBasis::of(state, project) else {
        return Step::Failed(TEXTS.storage_error(&StorageError::ProjectGone));
    };
    let inspected = match inspect(table) {
        Ok(i) => i,
        Err(e) => return Step::Failed(T.error(&e)),
    };
    let signature = signature(&inspected.columns);
    let saved = crate::settings::import_options(&project.to_string(), &signature);
    let (start, remembered) = ReadOptions::starting(&inspected, saved);
    Step::Loaded(Arc::new(Loaded {
        inspected: Arc::new(inspected),
        basis,
        signature,
        start,
        remembered,
    }))
}

/// What the import would do, row by row: the problems first.
#[component]
fn PreviewView(preview: ImportPreview) -> impl IntoView {
    let problems: Vec<_> = preview
        .rows
        .iter()
        .filter(|r| r.outcome.is_err())
        .cloned()
        .collect();
    let labels = |title: &'static str, names: &[String], outcomes: bool| {
        (!names.is_empty()).then(|| {
            // A file with thousands of new names lists the first ones; all are imported.
            let more = names.len().saturating_sub(MAX_SHOWN_ROWS);
            let items = names
                .iter()
                .take(MAX_SHOWN_ROWS)
                .map(|n| {
                    let mark = (outcomes && crate::formats::import::guess_progression(n))
                        .then_some(T.counts_as_progression);
                    view! { <li>{n.clone()}{mark.map(|m| format!(" ({m})"))}</li> }
                })
                .collect_view();
            let more = (more > 0).then(|| (T.shown_first)(names.len(), MAX_SHOWN_ROWS));
            view! { <h3>{title}</h3><ul>{items}</ul>{more.map(|m| view! { <p class="hint">{m}</p> })} }
        })
    };
    view! {
        <section class="import-preview" aria-labelledby="preview-title">
            <h2 id="preview-title">{T.preview_title}</h2>
            <p class="hint">{T.detected(&preview)}</p>
            <p class="big-number" role="status">{(T.ok_rows)(preview.ok_count())}</p>
            {(preview.ok_count() == 0).then(|| view! { <p class="notice notice-error">{T.nothing_to_import}</p> })}
            {(!problems.is_empty()).then(|| view! {
                <h3>{(T.problem_rows)(problems.len())}</h3>
                <p>{T.problem_rows_hint}</p>
                <div class="table-wrap">
                    <table class="report-table import-problems">
                        <caption class="visually-hidden">{(T.problem_rows)(problems.len())}</caption>
                        <thead><tr>
                            <th scope="col">{T.col_line}</th><th scope="col">{T.col_code}</th><th scope="col">{T.col_problems}</th>
                        </tr></thead>
                        <tbody>
                            {problems.iter().take(MAX_SHOWN_ROWS).map(|r| {
                                let text = match &r.outcome { Err(ps) => T.row_problems(ps), Ok(_) => String::new() };
                                let code = if r.code.is_empty() { T.no_code.to_owned() } else { r.code.clone() };
                                view! { <tr><th scope="row">{r.line}</th><td>{code}</td><td>{text}</td></tr> }
                            }).collect_view()}
                        </tbody>
                    </table>
                    {(problems.len() > MAX_SHOWN_ROWS).then(|| view! {
                        <p class="hint">{(T.shown_first_problems)(problems.len(), MAX_SHOWN_ROWS)}</p>
                    })}
                </div>
            })}
            {labels(T.new_referrals, &preview.new_referrals, false)}
            {labels(T.new_outcomes, &preview.new_outcomes, true)}
            {labels(T.new_sub_units, &preview.new_sub_units, false)}
            {(!preview.new_referrals.is_empty() || !preview.new_outcomes.is_empty() || !preview.new_sub_units.is_empty())
                .then(|| view! { <p class="hint">{T.new_labels_hint}</p> })}
            {(!preview.withheld.is_empty()).then(|| {
                let names: Vec<String> = preview.withheld.iter().map(|(h, w)| match w {
                    Withheld::Personnummer => format!("{h} ({})", IMPORT_MAPPING.withheld_personnummer),
                    Withheld::Names => format!("{h} ({})", IMPORT_MAPPING.withheld_names),
                }).collect();
                view! { <p class="notice">{names.join(", ")}"."</p> }
            })}
            {(!preview.ignored_columns.is_empty()).then(|| view! {
                <p>{T.ignored_columns}": "{preview.ignored_columns.join(", ")}". "{T.ignored_columns_hint}</p>
            })}
        </section>
    }
}
