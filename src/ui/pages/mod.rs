//! One module per page (or pair of closely related pages). The app's binary builds all but
//! the start page in chunks of their own (see `ui::lazy`).

mod autosave;
mod backup;
mod backup_file;
mod combine;
mod final_report;
mod home;
mod import;
mod import_mapping;
mod journey;
mod lock;
mod merge;
mod money;
mod participant;
mod participant_form;
mod participant_save;
mod participants;
mod presenter;
mod project_form;
mod project_journey;
mod project_lists;
mod protect;
mod report;
mod report_finsam;
mod report_overview;
mod report_parts;
mod retention;
mod survey;
mod todo;

pub use backup::BackupPage;
pub use combine::CombineReports;
pub use final_report::{FinalReportPage, FinalReportPrint};
pub use home::{Home, NotFound};
pub use import::ImportPage;
pub use lock::LockScreen;
pub use money::MoneyPage;
pub use participant::ParticipantPage;
pub use participant_form::NewParticipant;
pub use participants::Participants;
pub use presenter::ReportPresenter;
pub use project_form::{EditProject, NewProject};
pub use report::{ReportPage, ReportPrint};
pub use survey::{FormBuilder, ShareForm, SurveyPage, SurveyResults};

use crate::domain::Id;
use crate::i18n::participants::PARTICIPANTS;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The id in route parameter `name`, if it is one.
fn param_id(name: &'static str) -> Memo<Option<Id>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get(name)).and_then(|s| Id::parse(&s)))
}

/// Sets the document title: "<page> – Stegvis".
fn set_title(page: &str) {
    document().set_title(&format!("{page} – {}", crate::i18n::TEXTS.app_name));
}

/// Shows `body` for the project in the route once its participants are loaded; until then
/// `waiting` as a status, and a clear message if the project does not exist.
fn with_loaded_project<V: IntoView + 'static>(
    waiting: &'static str,
    body: impl Fn(crate::domain::Project) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let state = crate::ui::state::use_state();
    let id = param_id(crate::routes::param::PROJECT);
    crate::ui::state::use_open_project(id);
    move || {
        let Some(project) = id.get().and_then(|id| state.project(id)) else {
            return view! { <p role="alert">{PARTICIPANTS.project_not_found}</p> }.into_any();
        };
        if participants_loaded(state, project.id) {
            body(project).into_any()
        } else {
            view! { <p role="status">{waiting}</p> }.into_any()
        }
    }
}

/// Whether the participants of project `id` are loaded (reactive).
fn participants_loaded(state: crate::ui::state::AppState, id: Id) -> bool {
    (state.loaded_project)
        .with(|l| matches!(l, Some((p, crate::ui::state::Load::Ready)) if *p == id))
}

/// Shows `body` with the id of the project in the route, if there is such a project. Unlike
/// [`with_loaded_project`] the body is not rebuilt when the project is saved, so a page that
/// saves its project keeps its notices and what else is typed.
fn with_project_id<V: IntoView + 'static>(
    body: impl Fn(Id) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let state = crate::ui::state::use_state();
    let id = param_id(crate::routes::param::PROJECT);
    crate::ui::state::use_open_project(id);
    let found = Memo::new(move |_| {
        id.get()
            .filter(|id| state.projects.with(|ps| ps.iter().any(|p| p.id == *id)))
    });
    move || match found.get() {
        Some(id) => body(id).into_any(),
        None => view! { <p role="alert">{PARTICIPANTS.project_not_found}</p> }.into_any(),
    }
}
