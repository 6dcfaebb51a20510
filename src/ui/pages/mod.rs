//! One module per page (or pair of closely related pages).

mod home;
mod import;
mod participant;
mod participant_form;
mod participants;
mod project_form;
mod project_lists;
mod report;
mod report_parts;

pub use home::{Home, NotFound};
pub use import::ImportPage;
pub use participant::ParticipantPage;
pub use participant_form::NewParticipant;
pub use participants::Participants;
pub use project_form::{EditProject, NewProject};
pub use report::{ReportPage, ReportPrint};

use crate::domain::Id;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The id in route parameter `name`, if it is one.
fn param_id(name: &'static str) -> Memo<Option<Id>> {
    let params = use_params_map();
    Memo::new(move |_| params.with(|p| p.get(name)).and_then(|s| Id::parse(&s)))
}

/// Sets the document title: "<page> – Stegvis".
fn set_title(page: &str) {
    document().set_title(&format!("{page} – {}", crate::i18n::SV.app_name));
}
