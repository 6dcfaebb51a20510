//! Registering a participant, and the fields shared with editing one.

use crate::domain::journey_forms::planned_end_for;
use crate::domain::participant::next_code;
use crate::domain::validate::{validate_participant, Field, Invalid, ParticipantForm};
use crate::domain::{Gender, Id, Project};
use crate::i18n::journey::JOURNEY;
use crate::i18n::participants::PARTICIPANTS;
use crate::i18n::projects::PROJECTS;
use crate::i18n::TEXTS;
use crate::routes::Page;
use crate::ui::browser::{focus_soon, now, today};
use crate::ui::components::field::{CheckField, SelectField, TextArea, TextField};
use crate::ui::components::link::A;
use crate::ui::components::notice::ErrorNotice;
use crate::ui::state::use_state;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

/// The element id of a participant form field.
pub fn field_id(field: Field) -> String {
    match field {
        Field::Code => "participant-code",
        Field::BirthYear => "participant-birth-year",
        Field::Start => "participant-start",
        Field::ReferredOn => "participant-referred-on",
        Field::Note => "participant-note",
        _ => "participant-code",
    }
    .to_owned()
}

fn id_text(id: Option<Id>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

/// Options for a select: "none" first, then the labels in use, plus `current` even if retired.
fn options<'a>(
    items: impl Iterator<Item = (Id, &'a str, bool)>,
    current: Option<Id>,
) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), PARTICIPANTS.none_chosen.to_owned())];
    for (id, name, retired) in items {
        if !retired {
            out.push((id.to_string(), name.to_owned()));
        } else if current == Some(id) {
            out.push((
                id.to_string(),
                format!("{name} {}", PROJECTS.retired_marker),
            ));
        }
    }
    out
}

/// The registration fields, bound to `form`; used when registering and when editing.
#[component]
pub fn ParticipantFields(
    project: StoredValue<Project>,
    form: RwSignal<ParticipantForm>,
    errors: RwSignal<Invalid>,
) -> impl IntoView {
    let err = move |field: Field| {
        Signal::derive(move || errors.with(|e| e.problem(field).map(|p| TEXTS.problem(p))))
    };
    let text = move |get: fn(&ParticipantForm) -> &String| {
        Signal::derive(move || form.with(|f| get(f).clone()))
    };
    let set = move |put: fn(&mut ParticipantForm, String)| {
        Callback::new(move |v: String| form.update(|f| put(f, v)))
    };
    let no_error = Signal::derive(|| None);
    let referral_options = Signal::derive(move || {
        let current = form.with(|f| f.referral);
        project.with_value(|p| {
            options(
                p.referral_sources
                    .iter()
                    .map(|l| (l.id, l.name.as_str(), l.retired)),
                current,
            )
        })
    });
    let sub_unit_options = Signal::derive(move || {
        let current = form.with(|f| f.sub_unit);
        project.with_value(|p| {
            options(
                p.sub_units
                    .iter()
                    .map(|s| (s.id, s.name.as_str(), s.retired)),
                current,
            )
        })
    });
    let has_sub_units = project.with_value(|p| !p.sub_units.is_empty());
    // Fixed for the form's life: the participant page draws the form again when a waiting
    // participant starts.
    let may_wait = form.with_untracked(|f| f.may_wait);
    let birth_year_hint = if form.with_untracked(|f| f.birth_year_approximate) {
        PARTICIPANTS.birth_year_approximate_hint
    } else {
        PARTICIPANTS.birth_year_hint
    };
    let gender_options = Gender::ALL
        .iter()
        .map(|g| (g.key().to_owned(), TEXTS.gender(*g).to_owned()))
        .collect::<Vec<_>>();
    view! {
        <TextField id="participant-code" label=PARTICIPANTS.code required=true hint=PARTICIPANTS.code_hint
            value=text(|f| &f.code) on_input=set(|f, v| f.code = v) error=err(Field::Code) />
        <SelectField id="participant-gender" label=PARTICIPANTS.gender options=gender_options
            value=Signal::derive(move || form.with(|f| f.gender.key().to_owned()))
            on_change=Callback::new(move |v: String| form.update(|f| f.gender = Gender::from_key(&v).unwrap_or_default()))
            error=no_error />
        <TextField id="participant-birth-year" label=PARTICIPANTS.birth_year hint=birth_year_hint inputmode="numeric"
            value=text(|f| &f.birth_year) on_input=set(|f, v| f.birth_year = v) error=err(Field::BirthYear) />
        <SelectField id="participant-referral" label=PARTICIPANTS.referral options=referral_options
            value=Signal::derive(move || form.with(|f| id_text(f.referral)))
            on_change=Callback::new(move |v: String| form.update(|f| f.referral = Id::parse(&v)))
            error=no_error />
        <TextField id="participant-referred-on" label=JOURNEY.referred_on hint=JOURNEY.referred_on_hint kind="date"
            value=text(|f| &f.referred_on) on_input=set(|f, v| f.referred_on = v) error=err(Field::ReferredOn) />
        {if may_wait {
            view! {
                <TextField id="participant-start" label=PARTICIPANTS.start_date kind="date" hint=JOURNEY.start_hint
                    value=text(|f| &f.start) on_input=set(|f, v| f.start = v) error=err(Field::Start) />
            }.into_any()
        } else {
            view! {
                <TextField id="participant-start" label=PARTICIPANTS.start_date required=true kind="date"
                    value=text(|f| &f.start) on_input=set(|f, v| f.start = v) error=err(Field::Start) />
            }.into_any()
        }}
        {has_sub_units.then(|| view! {
            <SelectField id="participant-sub-unit" label=PARTICIPANTS.sub_unit options=sub_unit_options
                value=Signal::derive(move || form.with(|f| id_text(f.sub_unit)))
                on_change=Callback::new(move |v: String| form.update(|f| f.sub_unit = Id::parse(&v)))
                error=no_error />
        })}
        <CheckField id="participant-anonymous" label=PARTICIPANTS.anonymous_in_sus hint=PARTICIPANTS.anonymous_in_sus_hint
            checked=Signal::derive(move || form.with(|f| f.anonymous_in_sus))
            on_change=Callback::new(move |v: bool| form.update(|f| f.anonymous_in_sus = v)) />
        <TextArea id="participant-note" label=PARTICIPANTS.note hint=PARTICIPANTS.note_warning
            value=text(|f| &f.note) on_input=set(|f, v| f.note = v) error=err(Field::Note) />
    }
}

#[component]
pub fn NewParticipant() -> impl IntoView {
    super::set_title(PARTICIPANTS.new_participant_title);
    super::with_loaded_project(TEXTS.loading, |project| view! { <Register project /> })
}

#[component]
fn Register(project: Project) -> impl IntoView {
    let state = use_state();
    let navigate = use_navigate();
    let code = state
        .participants
        .with_untracked(|ps| next_code(ps.iter().map(|p| p.code.as_str())));
    let form = RwSignal::new(ParticipantForm {
        code,
        start: today().to_string(),
        may_wait: true,
        ..Default::default()
    });
    let errors = RwSignal::new(Invalid::default());
    let summary = RwSignal::new(None::<String>);
    let save_error = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);
    let list_href = Page::Participants(project.id).path();
    let project = StoredValue::new(project);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        save_error.set(None);
        let codes: Vec<String> = state
            .participants
            .with_untracked(|ps| ps.iter().map(|p| p.code.clone()).collect());
        let result = validate_participant(
            &form.get_untracked(),
            codes.iter().map(String::as_str),
            today(),
        );
        let valid = match result {
            Ok(v) => v,
            Err(invalid) => {
                focus_soon(field_id(invalid.0[0].field));
                errors.set(invalid);
                summary.set(Some(TEXTS.fix_errors.to_owned()));
                return;
            }
        };
        errors.set(Invalid::default());
        summary.set(None);
        let project_id = project.with_value(|p| p.id);
        let mut participant = valid.into_new(project_id, now());
        participant.planned_end = project.with_value(|p| planned_end_for(&participant, p));
        let registered = (PARTICIPANTS.participant_registered)(&participant.code);
        let path = Page::Participants(project_id).path();
        let navigate = navigate.clone();
        saving.set(true);
        spawn_local(async move {
            match state.save_participant(participant, None).await {
                Ok(_) => {
                    state.flash(path.clone(), registered);
                    navigate(&path, Default::default());
                }
                Err(e) => save_error.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
            saving.set(false);
        });
    };

    view! {
        <h1>{PARTICIPANTS.new_participant_title}</h1>
        <p class="lead">{project.with_value(|p| p.name.clone())}</p>
        <ErrorNotice text=summary />
        <form class="form" novalidate on:submit=submit>
            <ParticipantFields project form errors />
            <ErrorNotice text=save_error detail=TEXTS.storage.kept_typed />
            <div class="actions">
                <button type="submit" class="button button-primary">
                    {move || if saving.get() { TEXTS.saving } else { TEXTS.save }}
                </button>
                <A href=list_href attr:class="button">{TEXTS.cancel}</A>
            </div>
        </form>
    }
}
