//! Creating a project, and editing or archiving one.

use super::project_lists::{field_id, ListEditor, ListKind};
use crate::domain::validate::{validate_project, Field, Invalid, ProjectForm};
use crate::domain::Project;
use crate::i18n::journey::JOURNEY;
use crate::i18n::participants::PARTICIPANTS;
use crate::i18n::projects::PROJECTS;
use crate::i18n::TEXTS;
use crate::routes::Page;
use crate::ui::browser::{focus_soon, now, today};
use crate::ui::components::confirm::ConfirmDelete;
use crate::ui::components::field::TextField;
use crate::ui::components::link::A;
use crate::ui::components::notice::ErrorNotice;
use crate::ui::state::use_state;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

#[component]
pub fn NewProject() -> impl IntoView {
    super::set_title(PROJECTS.new_project_title);
    view! { <ProjectEditor existing=None /> }
}

#[component]
pub fn EditProject() -> impl IntoView {
    let state = use_state();
    let id = super::param_id(crate::routes::param::PROJECT);
    crate::ui::state::use_open_project(id);
    move || match id.get().and_then(|id| {
        state
            .projects
            .with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned())
    }) {
        Some(p) => {
            super::set_title(PROJECTS.edit_project_title);
            view! { <ProjectEditor existing=Some(p) /> }.into_any()
        }
        None => view! { <p role="alert">{PARTICIPANTS.project_not_found}</p> }.into_any(),
    }
}

#[component]
fn ProjectEditor(existing: Option<Project>) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let form = RwSignal::new(match &existing {
        Some(p) => ProjectForm::from_project(p),
        None => ProjectForm::new_project(today())
            .with_default_lists(PROJECTS.default_referral_sources, PROJECTS.default_outcomes)
            .with_extension_reasons(JOURNEY.default_extension_reasons),
    });
    let errors = RwSignal::new(Invalid::default());
    let summary = RwSignal::new(None::<String>);
    let save_error = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);
    let existing = StoredValue::new(existing);
    let saved_ids = |kind: ListKind| -> Vec<crate::domain::Id> {
        existing.with_value(|e| match (e, kind) {
            (Some(p), ListKind::SubUnits) => p.sub_units.iter().map(|s| s.id).collect(),
            (Some(p), ListKind::ReferralSources) => {
                p.referral_sources.iter().map(|s| s.id).collect()
            }
            (Some(p), ListKind::Outcomes) => p.outcomes.iter().map(|s| s.id).collect(),
            (Some(p), ListKind::ExtensionReasons) => {
                p.extension_reasons.iter().map(|s| s.id).collect()
            }
            (None, _) => Vec::new(),
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        save_error.set(None);
        let valid = match validate_project(&form.get_untracked(), today()) {
            Ok(v) => v,
            Err(invalid) => {
                let first = invalid.0[0].field;
                errors.set(invalid);
                summary.set(Some(TEXTS.fix_errors.to_owned()));
                focus_soon(field_id(first));
                return;
            }
        };
        errors.set(Invalid::default());
        summary.set(None);
        let base = existing.with_value(|e| e.as_ref().map(|p| p.updated_at));
        let project = match existing.get_value() {
            Some(mut p) => {
                valid.apply(&mut p);
                p.updated_at = now();
                p
            }
            None => valid.into_new_project(now()),
        };
        let path = Page::Participants(project.id).path();
        let navigate = navigate.clone();
        saving.set(true);
        spawn_local(async move {
            match state.save_project(project, base).await {
                Ok(()) => {
                    state.flash(path.clone(), PROJECTS.project_saved);
                    navigate(&path, Default::default());
                }
                Err(e) => save_error.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
            saving.set(false);
        });
    };

    let is_new = existing.with_value(Option::is_none);
    let cancel_href = existing.with_value(|e| match e {
        Some(p) => Page::Participants(p.id).path(),
        None => Page::Home.path(),
    });
    view! {
        <h1>{if is_new { PROJECTS.new_project_title } else { PROJECTS.edit_project_title }}</h1>
        <ErrorNotice text=summary />
        <form class="form" novalidate on:submit=submit>
            <ProjectFields form errors />
            <ListEditor kind=ListKind::SubUnits form errors saved=saved_ids(ListKind::SubUnits) />
            <ListEditor kind=ListKind::ReferralSources form errors saved=saved_ids(ListKind::ReferralSources) />
            <ListEditor kind=ListKind::Outcomes form errors saved=saved_ids(ListKind::Outcomes) />
            <super::project_journey::JourneyFields form errors />
            <ListEditor kind=ListKind::ExtensionReasons form errors saved=saved_ids(ListKind::ExtensionReasons) />
            <ErrorNotice text=save_error detail=TEXTS.storage.kept_typed />
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled=move || saving.get().then_some("true")>
                    {move || if saving.get() { TEXTS.saving } else { TEXTS.save }}
                </button>
                <A href=cancel_href attr:class="button">{TEXTS.cancel}</A>
            </div>
        </form>
        {(!is_new).then(|| view! { <ArchiveSection existing /> <DeleteProjectSection existing /> })}
    }
}

/// The project's name, dates and goals.
#[component]
fn ProjectFields(form: RwSignal<ProjectForm>, errors: RwSignal<Invalid>) -> impl IntoView {
    let err = move |field: Field| {
        Signal::derive(move || errors.with(|e| e.problem(field).map(|p| TEXTS.problem(p))))
    };
    let text = move |get: fn(&ProjectForm) -> &String| {
        Signal::derive(move || form.with(|f| get(f).clone()))
    };
    let set = move |put: fn(&mut ProjectForm, String)| {
        Callback::new(move |v: String| form.update(|f| put(f, v)))
    };

    view! {
        <TextField id="project-name" label=PROJECTS.project_name required=true autocomplete="off"
            value=text(|f| &f.name) on_input=set(|f, v| f.name = v) error=err(Field::Name) />
        <div class="field-pair">
            <TextField id="project-start" label=PROJECTS.project_start required=true kind="date"
                value=text(|f| &f.start) on_input=set(|f, v| f.start = v) error=err(Field::Start) />
            <TextField id="project-end" label=PROJECTS.project_end kind="date" hint=PROJECTS.project_end_hint
                value=text(|f| &f.end) on_input=set(|f, v| f.end = v) error=err(Field::End) />
        </div>
        <fieldset>
            <legend>{PROJECTS.goals_legend}</legend>
            <TextField id="project-volume" label=PROJECTS.volume_target hint=PROJECTS.volume_target_hint inputmode="numeric"
                value=text(|f| &f.volume_target) on_input=set(|f, v| f.volume_target = v) error=err(Field::VolumeTarget) />
            <TextField id="project-women" label=PROJECTS.target_women hint=PROJECTS.target_women_hint inputmode="numeric"
                value=text(|f| &f.target_women_percent) on_input=set(|f, v| f.target_women_percent = v) error=err(Field::TargetWomen) />
            <TextField id="project-goal" label=PROJECTS.outcome_goal hint=PROJECTS.outcome_goal_hint inputmode="numeric"
                value=text(|f| &f.outcome_goal_percent) on_input=set(|f, v| f.outcome_goal_percent = v) error=err(Field::OutcomeGoal) />
            <TextField id="project-age-bands" label=PROJECTS.age_bands hint=PROJECTS.age_bands_hint
                value=text(|f| &f.age_bands) on_input=set(|f, v| f.age_bands = v) error=err(Field::AgeBands) />
        </fieldset>
    }
}

/// Archive or bring back a project: it stays stored either way.
#[component]
fn ArchiveSection(existing: StoredValue<Option<Project>>) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<String>);
    let Some(id) = existing.with_value(|e| e.as_ref().map(|p| p.id)) else {
        return ().into_any();
    };
    let archived = move || state.project(id).is_some_and(|p| p.archived);
    let toggle = move |_| {
        let Some(mut p) = state.project(id) else {
            return;
        };
        let base = p.updated_at;
        p.archived = !p.archived;
        p.updated_at = now();
        let navigate = navigate.clone();
        spawn_local(async move {
            match state.save_project(p, Some(base)).await {
                Ok(()) => {
                    state.flash(Page::Participants(id).path(), PROJECTS.project_saved);
                    navigate(&Page::Participants(id).path(), Default::default());
                }
                Err(e) => error.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
        });
    };
    view! {
        <section class="danger-zone" aria-labelledby="archive-title">
            <h2 id="archive-title">{move || if archived() { PROJECTS.unarchive_project } else { PROJECTS.archive_project }}</h2>
            <ErrorNotice text=error />
            <button type="button" class="button" on:click=toggle>
                {move || if archived() { PROJECTS.unarchive_project } else { PROJECTS.archive_project }}
            </button>
        </section>
    }
    .into_any()
}

/// Delete the project and its participants, after a confirmation that names both.
#[component]
fn DeleteProjectSection(existing: StoredValue<Option<Project>>) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<String>);
    let Some((id, name)) = existing.with_value(|e| e.as_ref().map(|p| (p.id, p.name.clone())))
    else {
        return ().into_any();
    };
    let question = {
        let name = name.clone();
        Signal::derive(move || {
            (PROJECTS.delete_project_confirm)(&name, state.participants.with(Vec::len))
        })
    };
    let delete = Callback::new(move |()| {
        let navigate = navigate.clone();
        spawn_local(async move {
            match state.delete_project(id).await {
                Ok(()) => {
                    state.flash(Page::Home.path(), PROJECTS.project_deleted);
                    navigate(&Page::Home.path(), Default::default());
                }
                Err(e) => error.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
        });
    });
    view! {
        <section class="danger-zone" aria-labelledby="delete-project-title">
            <h2 id="delete-project-title">{PROJECTS.delete_project}</h2>
            <ErrorNotice text=error />
            <ConfirmDelete id="delete-project" start=PROJECTS.delete_project question yes=(PROJECTS.delete_project_yes)(&name) on_confirm=delete />
        </section>
    }
    .into_any()
}
