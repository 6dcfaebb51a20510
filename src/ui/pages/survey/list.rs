//! The project's self-evaluation page: its forms with their answer counts, starting kiosk mode
//! on this device, and taking in answers from participants' phones.

use super::{use_survey, with_survey, Survey};
use crate::domain::{Id, Project};
use crate::i18n::survey::SURVEY as T;
use crate::routes::Page;
use crate::survey::kiosk::{check_new_pin, KioskLock};
use crate::survey::{results, Form, Moment};
use crate::ui::components::link::A;
use crate::ui::components::notice::{ErrorNotice, StatusNotice};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

#[component]
pub fn SurveyPage() -> impl IntoView {
    super::super::set_title(T.title);
    let survey = use_survey();
    with_survey(
        survey,
        move |project| view! { <SurveyView project survey /> },
    )
}

#[component]
fn SurveyView(project: Project, survey: Survey) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let project_id = project.id;
    let new_form = move |_| {
        // Made in the builder, and stored when the coach saves it there.
        navigate(&Page::NewForm(project_id).path(), Default::default());
    };
    view! {
        <div class="page-head">
            <h1>{T.title}</h1>
            <p class="lead"><A href=Page::Participants(project.id).path()>{project.name.clone()}</A></p>
        </div>
        {T.intro.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
        <StatusNotice text=status />
        <ErrorNotice text=failed />
        <section aria-labelledby="forms-title">
            <h2 id="forms-title">{T.forms_title}</h2>
            <ul class="form-list">
                {move || survey.forms.get().into_iter().map(|f| view! {
                    <FormCard form=f survey status failed />
                }).collect_view()}
            </ul>
            <button type="button" class="button" on:click=new_form>{T.new_form}</button>
        </section>
        <StartKiosk project=project.id survey />
        <super::receive::ReceiveAnswers survey status failed />
    }
}

#[component]
fn FormCard(
    form: Form,
    survey: Survey,
    status: RwSignal<Option<String>>,
    failed: RwSignal<Option<String>>,
) -> impl IntoView {
    let stored = StoredValue::new(form.clone());
    let counts = move || {
        survey
            .answers
            .with(|a| stored.with_value(|f| results::count_by_moment(f, a)))
    };
    let has_answers = move || counts().iter().sum::<usize>() > 0;
    let (project, id) = (form.project_id, form.id);
    let href = Page::Form(project, id).path();
    let languages = form
        .languages
        .iter()
        .map(|l| crate::i18n::filler::language_name(l).to_owned())
        .collect::<Vec<_>>()
        .join(", ");
    let copy = move |_| {
        let copy =
            stored.with_value(|f| f.copy_named((T.copy_name)(&f.name), crate::ui::browser::now()));
        let name = copy.name.clone();
        spawn_local(async move {
            match survey.save_form(copy, None).await {
                Ok(()) => status.set(Some((T.copied)(&name))),
                Err(e) => failed.set(Some(crate::i18n::TEXTS.storage_error(&e).to_owned())),
            }
        });
    };
    let toggle_retired = move |_| {
        let mut f = stored.get_value();
        let base = f.updated_at;
        f.retired = !f.retired;
        f.updated_at = crate::ui::browser::now();
        let text = if f.retired {
            (T.retired)(&f.name)
        } else {
            (T.reopened)(&f.name)
        };
        spawn_local(async move {
            match survey.save_form(f, Some(base)).await {
                Ok(()) => status.set(Some(text)),
                Err(e) => failed.set(Some(crate::i18n::TEXTS.storage_error(&e).to_owned())),
            }
        });
    };
    view! {
        <li class="form-card" class:retired=form.retired>
            <h3>{form.name.clone()} {form.retired.then(|| view! { " " <span class="tag">{T.retired_tag}</span> })}</h3>
            <p class="form-facts">{T.languages}": " {languages} " · " {(T.item_count)(form.items.len())}</p>
            <p class="form-facts">{move || T.counts_line(counts())}</p>
            <div class="actions">
                <A href=Page::Results(project, id).path() attr:class="button button-small">{T.results}</A>
                {(!form.retired).then(|| view! {
                    <A href=Page::ShareForm(project, id).path() attr:class="button button-small">{T.share}</A>
                })}
                <A href=href.clone() attr:class="button button-small">{move || if has_answers() { T.view_form } else { T.edit_form }}</A>
                <button type="button" class="button button-small" on:click=copy>{T.copy}</button>
                <button type="button" class="button button-small" on:click=toggle_retired>
                    {if form.retired { T.reopen } else { T.retire }}
                </button>
            </div>
        </li>
    }
}

/// Hands this device to participants: one form, one moment, locked with a PIN.
#[component]
fn StartKiosk(project: Id, survey: Survey) -> impl IntoView {
    let form = RwSignal::new(None::<Id>);
    let moment = RwSignal::new(Moment::Start);
    let pin = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let active = move || {
        survey.forms.with(|fs| {
            fs.iter()
                .filter(|f| !f.retired)
                .map(|f| (f.id, f.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = form
            .get_untracked()
            .or_else(|| active().first().map(|(id, _)| *id));
        let Some(chosen) = chosen else {
            problem.set(Some(T.kiosk_no_form));
            return;
        };
        if let Err(p) = check_new_pin(&pin.get_untracked(), &again.get_untracked()) {
            problem.set(Some(T.pin_problem(p)));
            crate::ui::browser::focus("kiosk-new-pin");
            return;
        }
        let lock = KioskLock::new(
            project.to_string(),
            chosen.to_string(),
            moment.get_untracked().key().to_owned(),
            &pin.get_untracked(),
        );
        match crate::settings::set_kiosk(&lock) {
            Ok(()) => {
                let _ = window().location().reload();
            }
            Err(_) => problem.set(Some(T.kiosk_not_saved)),
        }
    };
    view! {
        <section aria-labelledby="kiosk-title" class="kiosk-start">
            <h2 id="kiosk-title">{T.kiosk_title}</h2>
            <p>{T.kiosk_intro}</p>
            <form on:submit=start novalidate>
                <div class="field">
                    <label for="kiosk-form">{T.form_label}</label>
                    <select id="kiosk-form" on:change=move |ev| form.set(Id::parse(&event_target_value(&ev)))>
                        {move || active().into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                    </select>
                </div>
                <super::share::MomentChoice id="kiosk-moment" moment />
                <div class="field">
                    <label for="kiosk-new-pin">{T.new_pin}</label>
                    <p class="hint" id="kiosk-new-pin-hint">{T.new_pin_hint}</p>
                    <input id="kiosk-new-pin" type="password" inputmode="numeric" autocomplete="new-password"
                        aria-describedby="kiosk-new-pin-hint kiosk-pin-problem"
                        prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="kiosk-pin-again">{T.pin_again}</label>
                    <input id="kiosk-pin-again" type="password" inputmode="numeric" autocomplete="new-password"
                        aria-describedby="kiosk-pin-problem"
                        prop:value=move || again.get() on:input=move |ev| again.set(event_target_value(&ev)) />
                </div>
                <p class="error" id="kiosk-pin-problem" role="alert">{move || problem.get()}</p>
                <button type="submit" class="button button-primary">{T.kiosk_start}</button>
            </form>
        </section>
    }
}
