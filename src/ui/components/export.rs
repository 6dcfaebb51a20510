//! Making an export file from report-style tables: "Skapar filen …" while it is made (the
//! first `.xlsx` also downloads the file worker), and the reason if it could not be made.

use super::notice::ErrorNotice;
use crate::i18n::TEXTS;
use crate::report::tables::Table;
use crate::ui::download::save_tables;
use crate::ui::tools::ToolError;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The state of one page's export buttons.
#[derive(Clone, Copy)]
pub struct Export {
    busy: RwSignal<bool>,
    error: RwSignal<Option<String>>,
}

impl Export {
    pub fn new() -> Self {
        Self {
            busy: RwSignal::new(false),
            error: RwSignal::new(None),
        }
    }

    /// True while a file is being made: the buttons wait.
    pub fn busy(self) -> bool {
        self.busy.get()
    }

    /// Saves `tables` as `<stem>.xlsx` or `<stem>.csv` with `heading` above them.
    pub fn save(self, stem: String, xlsx: bool, heading: Vec<String>, tables: Vec<Table>) {
        self.busy.set(true);
        self.error.set(None);
        spawn_local(async move {
            let result = save_tables(&stem, xlsx, &heading, &tables).await;
            self.busy.set(false);
            if let Err(e) = result {
                let text = match e {
                    ToolError::Unavailable => TEXTS.file_tools_unavailable,
                    ToolError::Crashed => TEXTS.file_tools_crashed,
                    ToolError::Garbled => TEXTS.file_failed,
                };
                self.error.set(Some(text.to_owned()));
            }
        });
    }
}

/// Where the page says that a file is being made, or why it could not be.
#[component]
pub fn ExportStatus(export: Export) -> impl IntoView {
    view! {
        <p role="status" aria-live="polite" class="loading" class:empty=move || !export.busy.get()>
            {move || export.busy.get().then_some(TEXTS.making_file)}
        </p>
        <ErrorNotice text=export.error />
    }
}
