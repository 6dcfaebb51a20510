//! One participant: the journey's timeline, edit the registration, start a waiting
//! participant, change phase, plan and extend, check in, discharge or undo it, record income
//! and occupation and the follow-ups after exit, mark a mistaken registration, delete.

use super::journey;
use super::participant_form::{field_id, ParticipantFields};
use super::participant_save::{current, save};
use crate::domain::validate::{
    validate_discharge, validate_participant, validate_phase_change, Field, Invalid,
    ParticipantForm,
};
use crate::domain::{Id, Participant, Phase, Project, Timestamp};
use crate::i18n::participants::PARTICIPANTS;
use crate::i18n::TEXTS;
use crate::routes::{param, Page};
use crate::ui::browser::{focus_soon, today};
use crate::ui::components::confirm::ConfirmDelete;
use crate::ui::components::field::{SelectField, TextField};
use crate::ui::components::link::A;
use crate::ui::components::notice::{ErrorNotice, StatusNotice};
use crate::ui::state::{use_state, Load};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

#[component]
pub fn ParticipantPage() -> impl IntoView {
    let state = use_state();
    let project_id = super::param_id(param::PROJECT);
    let participant_id = super::param_id(param::PARTICIPANT);
    crate::ui::state::use_open_project(project_id);
    // A memo: another tab's change to some other project does not rebuild this page (and the
    // form being filled in).
    let found = Memo::new(move |_| {
        let project = state.project(project_id.get()?)?;
        let ready = state
            .loaded_project
            .with(|l| matches!(l, Some((id, Load::Ready)) if *id == project.id));
        Some((project, ready))
    });
    move || {
        match found.get() {
        None => view! { <p role="alert">{PARTICIPANTS.project_not_found}</p> }.into_any(),
        Some((_, false)) => view! { <p role="status">{TEXTS.loading}</p> }.into_any(),
        Some((project, true)) => match participant_id.get() {
            Some(pid)
                if state
                    .participants
                    .with_untracked(|ps| ps.iter().any(|p| p.id == pid)) =>
            {
                view! { <Detail project=StoredValue::new(project) id=pid /> }.into_any()
            }
            _ => view! {
                <p role="alert">{PARTICIPANTS.participant_not_found}</p>
                <p><A href=Page::Participants(project.id).path()>{PARTICIPANTS.participants_title}</A></p>
            }
            .into_any(),
        },
    }
    }
}

#[component]
fn Detail(project: StoredValue<Project>, id: Id) -> impl IntoView {
    let state = use_state();
    let code = move || current(state, id).map(|p| p.code).unwrap_or_default();
    Effect::new(move |_| {
        super::set_title(&format!("{} {}", PARTICIPANTS.participant_title, code()))
    });
    let list_href = project.with_value(|p| Page::Participants(p.id).path());
    let started = Memo::new(move |_| current(state, id).is_some_and(|p| p.start.is_some()));
    view! {
        <h1>{PARTICIPANTS.participant_title} " " {code}</h1>
        <p class="lead"><A href=list_href>{project.with_value(|p| p.name.clone())}</A></p>
        {move || current(state, id).map(|p| {
            let status = super::participants::status_text(p.status());
            let started = p.start.is_some();
            view! {
                <p class="status-line">
                    <span class="badge">{status}</span>" "
                    {started.then(|| view! {
                        {p.current_phase().map(|ph| TEXTS.phase(ph))}" · "
                        {p.days_in_project(today())}" "{PARTICIPANTS.days_suffix}
                    })}
                </p>
            }
        })}
        <journey::Timeline project id />
        // Drawn again when a waiting participant starts, so the start date becomes required.
        {move || { started.track(); view! { <EditSection project id /> } }}
        <journey::StartSection project id />
        {move || started.get().then(|| view! {
            <PhaseSection id />
            <journey::PlanSection project id />
            <journey::CheckInSection project id />
            <DischargeSection project id />
            <journey::SituationSection id />
            <journey::FollowUpSection project id />
            <journey::ComeBackSection project id />
        })}
        <MistakenSection id />
        <DeleteSection project id />
    }
}

#[component]
fn EditSection(project: StoredValue<Project>, id: Id) -> impl IntoView {
    let state = use_state();
    let original = current(state, id);
    let form = RwSignal::new(
        original
            .as_ref()
            .map(ParticipantForm::from_participant)
            .unwrap_or_default(),
    );
    // The version this form shows: a save is refused if another tab saved a newer one.
    let base = RwSignal::new(original.as_ref().map_or(Timestamp(0), |p| p.updated_at));
    let errors = RwSignal::new(Invalid::default());
    let done = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut p) = current(state, id) else {
            return;
        };
        let mut typed = form.get_untracked();
        typed.may_wait = p.start.is_none();
        let others: Vec<String> = state.participants.with_untracked(|ps| {
            ps.iter()
                .filter(|x| x.id != id)
                .map(|x| x.code.clone())
                .collect()
        });
        match validate_participant(&typed, others.iter().map(String::as_str), today()) {
            Ok(valid) => {
                errors.set(Invalid::default());
                valid.apply(&mut p);
                save(
                    state,
                    p,
                    Some(base),
                    done,
                    failed,
                    PARTICIPANTS.participant_saved,
                );
            }
            Err(invalid) => {
                focus_soon(field_id(invalid.0[0].field));
                errors.set(invalid);
                failed.set(Some(TEXTS.fix_errors.to_owned()));
            }
        }
    };
    view! {
        <section aria-labelledby="details-title">
            <h2 id="details-title">{PARTICIPANTS.details_legend}</h2>
            <form class="form" novalidate on:submit=submit>
                <ParticipantFields project form errors />
                <ErrorNotice text=failed />
                <StatusNotice text=done />
                <div class="actions"><button type="submit" class="button button-primary">{TEXTS.save}</button></div>
            </form>
        </section>
    }
}

#[component]
fn PhaseSection(id: Id) -> impl IntoView {
    let state = use_state();
    let phase = RwSignal::new(Phase::Introduction.key().to_owned());
    let date = RwSignal::new(today().to_string());
    let errors = RwSignal::new(Invalid::default());
    let done = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<String>);
    let err = move |field: Field| {
        Signal::derive(move || errors.with(|e| e.problem(field).map(|p| TEXTS.problem(p))))
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut p) = current(state, id) else {
            return;
        };
        let chosen = Phase::from_key(&phase.get_untracked()).unwrap_or(Phase::Mapping);
        match validate_phase_change(&p, chosen, &date.get_untracked(), today()) {
            Ok(entry) => {
                errors.set(Invalid::default());
                p.phases.push(entry);
                save(state, p, None, done, failed, PARTICIPANTS.phase_changed);
            }
            Err(invalid) => {
                focus_soon(
                    if invalid.0[0].field == Field::Phase {
                        "phase-select"
                    } else {
                        "phase-date"
                    }
                    .to_owned(),
                );
                errors.set(invalid);
            }
        }
    };
    let phase_options: Vec<(String, String)> = Phase::ALL
        .iter()
        .map(|p| (p.key().to_owned(), TEXTS.phase(*p).to_owned()))
        .collect();
    view! {
        <section aria-labelledby="phase-title">
            <h2 id="phase-title">{PARTICIPANTS.phase_title}</h2>
            <h3>{PARTICIPANTS.phase_history}</h3>
            <ol class="phase-history">
                {move || current(state, id).map(|p| p.phases.iter().map(|e| view! {
                    <li><span class="date">{e.from.to_string()}</span>" "{TEXTS.phase(e.phase)}</li>
                }).collect_view())}
            </ol>
            <form class="form form-inline" novalidate on:submit=submit>
                <SelectField id="phase-select" label=PARTICIPANTS.new_phase options=phase_options
                    value=phase on_change=Callback::new(move |v: String| phase.set(v)) error=err(Field::Phase) />
                <TextField id="phase-date" label=PARTICIPANTS.phase_from kind="date" required=true
                    value=date on_input=Callback::new(move |v: String| date.set(v)) error=err(Field::PhaseDate) />
                <div class="actions"><button type="submit" class="button">{PARTICIPANTS.change_phase}</button></div>
            </form>
            <ErrorNotice text=failed />
            <StatusNotice text=done />
        </section>
    }
}

/// The participant's discharge: the end date and outcome, with undo; or the form to discharge.
#[component]
fn DischargeSection(project: StoredValue<Project>, id: Id) -> impl IntoView {
    let state = use_state();
    // Kept here, so what was typed and its error messages stay when the section is drawn
    // again (another section saved, another tab changed a participant, a discharge undone).
    let end = RwSignal::new(today().to_string());
    let outcome = RwSignal::new(String::new());
    let errors = RwSignal::new(Invalid::default());
    let done = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<String>);
    let undo = move |_| {
        let Some(mut p) = current(state, id) else {
            return;
        };
        p.discharge = None;
        save(state, p, None, done, failed, PARTICIPANTS.discharge_undone);
        focus_soon("discharge-end".into());
    };
    let outcome_name = move |p: &Participant| {
        let outcome = p.discharge.and_then(|d| d.outcome);
        project.with_value(|proj| {
            outcome
                .and_then(|o| proj.outcome(o))
                .map(|o| o.name.clone())
        })
    };
    view! {
        <section aria-labelledby="discharge-title">
            <h2 id="discharge-title">{PARTICIPANTS.discharge_title}</h2>
            {move || match current(state, id).and_then(|p| p.discharge.map(|d| (d, outcome_name(&p)))) {
                Some((d, outcome)) => {
                    view! {
                        <dl class="facts">
                            <dt>{PARTICIPANTS.end_date}</dt><dd>{d.end.to_string()}</dd>
                            <dt>{PARTICIPANTS.outcome}</dt><dd>{outcome.unwrap_or_else(|| PARTICIPANTS.none_chosen.to_owned())}</dd>
                        </dl>
                        <button type="button" id="undo-discharge" class="button" on:click=undo>{PARTICIPANTS.undo_discharge}</button>
                    }.into_any()
                }
                None => view! { <DischargeForm project id end outcome errors done failed /> }.into_any(),
            }}
            <ErrorNotice text=failed />
            <StatusNotice text=done />
        </section>
    }
}

/// The end date and the outcome (a current one of the project's), checked before saving.
#[component]
fn DischargeForm(
    project: StoredValue<Project>,
    id: Id,
    end: RwSignal<String>,
    outcome: RwSignal<String>,
    errors: RwSignal<Invalid>,
    done: RwSignal<Option<String>>,
    failed: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_state();
    let err = move |field: Field| {
        Signal::derive(move || errors.with(|e| e.problem(field).map(|p| TEXTS.problem(p))))
    };
    let outcome_options = Signal::derive(move || {
        let mut out = vec![(String::new(), PARTICIPANTS.choose.to_owned())];
        project.with_value(|p| {
            out.extend(
                p.outcomes
                    .iter()
                    .filter(|o| !o.retired)
                    .map(|o| (o.id.to_string(), o.name.clone())),
            )
        });
        out
    });
    let discharge = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut p) = current(state, id) else {
            return;
        };
        match validate_discharge(
            &p,
            &end.get_untracked(),
            Id::parse(&outcome.get_untracked()),
            today(),
        ) {
            Ok(d) => {
                errors.set(Invalid::default());
                p.discharge = Some(d);
                save(state, p, None, done, failed, PARTICIPANTS.discharged);
                focus_soon("undo-discharge".into());
            }
            Err(invalid) => {
                let first = invalid.0[0].field;
                let field = if first == Field::End {
                    "discharge-end"
                } else {
                    "discharge-outcome"
                };
                focus_soon(field.into());
                errors.set(invalid);
            }
        }
    };
    view! {
        <form class="form form-inline" novalidate on:submit=discharge>
            <TextField id="discharge-end" label=PARTICIPANTS.end_date kind="date" required=true
                value=end on_input=Callback::new(move |v: String| end.set(v)) error=err(Field::End) />
            <SelectField id="discharge-outcome" label=PARTICIPANTS.outcome required=true options=outcome_options
                value=outcome on_change=Callback::new(move |v: String| outcome.set(v)) error=err(Field::DischargeOutcome) />
            <div class="actions"><button type="submit" class="button">{PARTICIPANTS.discharge}</button></div>
        </form>
    }
}

/// Registered by mistake (*felregistrerad*): marked, the participant is left out of every
/// table and count, and shown only under its own filter; the mark can be undone.
#[component]
fn MistakenSection(id: Id) -> impl IntoView {
    let state = use_state();
    let done = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<String>);
    let set = move |mistaken: bool| {
        let Some(mut p) = current(state, id) else {
            return;
        };
        p.mistaken = mistaken;
        let ok = if mistaken {
            PARTICIPANTS.marked_mistaken
        } else {
            PARTICIPANTS.mistaken_undone
        };
        save(state, p, None, done, failed, ok);
        focus_soon("mistaken-button".into());
    };
    let mistaken = move || current(state, id).is_some_and(|p| p.mistaken);
    view! {
        <section aria-labelledby="mistaken-title">
            <h2 id="mistaken-title">{PARTICIPANTS.mistaken_title}</h2>
            {move || if mistaken() {
                view! {
                    <p class="notice notice-warning">{PARTICIPANTS.mistaken_notice}</p>
                    <button type="button" id="mistaken-button" class="button"
                        on:click=move |_| set(false)>{PARTICIPANTS.undo_mistaken}</button>
                }.into_any()
            } else {
                view! {
                    <p>{PARTICIPANTS.mistaken_intro}</p>
                    <button type="button" id="mistaken-button" class="button"
                        on:click=move |_| set(true)>{PARTICIPANTS.mark_mistaken}</button>
                }.into_any()
            }}
            <ErrorNotice text=failed />
            <StatusNotice text=done />
        </section>
    }
}

#[component]
fn DeleteSection(project: StoredValue<Project>, id: Id) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let failed = RwSignal::new(None::<String>);
    let list = project.with_value(|p| Page::Participants(p.id).path());
    let delete = Callback::new(move |()| {
        let navigate = navigate.clone();
        let list = list.clone();
        spawn_local(async move {
            match state
                .delete_participant(project.with_value(|p| p.id), id)
                .await
            {
                Ok(()) => {
                    state.flash(list.clone(), PARTICIPANTS.deleted);
                    navigate(&list, Default::default());
                }
                Err(e) => failed.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
        });
    });
    view! {
        <section class="danger-zone" aria-labelledby="delete-title">
            <h2 id="delete-title">{PARTICIPANTS.delete_title}</h2>
            <ErrorNotice text=failed />
            <ConfirmDelete id="delete" start=PARTICIPANTS.delete_participant
                question=Signal::derive(|| PARTICIPANTS.delete_confirm.to_owned()) yes=PARTICIPANTS.delete_yes on_confirm=delete />
        </section>
    }
}
