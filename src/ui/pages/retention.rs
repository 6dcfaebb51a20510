//! The retention reminder on a project's page: participants discharged longer ago than the
//! coach keeps data for (see [`crate::domain::retention`]), with the retention time to change
//! and a one-click delete behind a confirmation that names every code.

use crate::domain::retention::{due, MONTHS_RANGE};
use crate::i18n::projects::PROJECTS;
use crate::i18n::TEXTS;
use crate::ui::browser::today;
use crate::ui::components::confirm::ConfirmDelete;
use crate::ui::components::notice::ErrorNotice;
use crate::ui::state::use_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn RetentionReminder() -> impl IntoView {
    let state = use_state();
    let months = RwSignal::new(crate::settings::retention_months());
    let error = RwSignal::new(None::<String>);
    let due_now = Memo::new(move |_| {
        state.participants.with(|ps| {
            due(ps, today(), months.get())
                .into_iter()
                .map(|p| (p.id, p.code.clone()))
                .collect::<Vec<_>>()
        })
    });
    let codes = move || {
        due_now.with(|d| {
            d.iter()
                .map(|(_, c)| c.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let delete = Callback::new(move |_| {
        let ids: Vec<_> = due_now
            .get_untracked()
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let count = ids.len();
        let Some((project, _)) = state.loaded_project.get_untracked() else {
            return;
        };
        spawn_local(async move {
            match state.delete_participants(project, ids).await {
                Ok(()) => state.flash(
                    crate::ui::browser::current_app_path(),
                    (PROJECTS.retention_deleted)(count),
                ),
                Err(e) => error.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
        });
    });
    view! {
        <Show when=move || due_now.with(|d| !d.is_empty())>
            <section class="notice retention" aria-labelledby="retention-title">
                <h2 id="retention-title">{PROJECTS.retention_title}</h2>
                <p>{move || (PROJECTS.retention_body)(due_now.with(Vec::len), months.get(), &codes())}</p>
                <div class="field field-narrow">
                    <label for="retention-months">{PROJECTS.retention_months_label}</label>
                    <input id="retention-months" type="number" inputmode="numeric"
                        min=*MONTHS_RANGE.start() max=*MONTHS_RANGE.end()
                        prop:value=move || months.get().to_string()
                        on:change=move |ev| {
                            if let Ok(m) = event_target_value(&ev).trim().parse::<u16>() {
                                if MONTHS_RANGE.contains(&m) {
                                    crate::settings::set_retention_months(m);
                                    months.set(m);
                                }
                            }
                        } />
                </div>
                {move || {
                    let n = due_now.with(Vec::len);
                    view! {
                        <ConfirmDelete id="retention-delete"
                            start=(PROJECTS.retention_delete)(n)
                            question=Signal::derive(move || (PROJECTS.retention_question)(n, &codes()))
                            yes=PROJECTS.retention_yes.to_owned()
                            on_confirm=delete />
                    }
                }}
                <ErrorNotice text=error />
            </section>
        </Show>
    }
}
