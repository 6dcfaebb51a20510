//! A waiting participant: start them, or mark that they never started (and undo that).

use super::{current, fixed_options, Notices};
use crate::domain::journey::NotStartedReason;
use crate::domain::journey_forms::{validate_never_started, validate_start};
use crate::domain::validate::Field;
use crate::domain::{Id, Project, Status};
use crate::i18n::journey::JOURNEY;
use crate::i18n::participants::PARTICIPANTS;
use crate::ui::browser::today;
use crate::ui::components::field::{SelectField, TextField};
use leptos::prelude::*;

fn start_field(field: Field) -> &'static str {
    match field {
        Field::Reason => "never-started-reason",
        _ => "start-date",
    }
}

/// Shown while the participant waits, or after they never started.
#[component]
pub fn StartSection(project: StoredValue<Project>, id: Id) -> impl IntoView {
    let start = RwSignal::new(today().to_string());
    let never_on = RwSignal::new(today().to_string());
    let reason = RwSignal::new(String::new());
    let start_notices = Notices::new();
    let never_notices = Notices::new();
    let status = Memo::new(move |_| current(id).map(|p| p.status()));
    let do_start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut p) = current(id) else { return };
        let checked =
            project.with_value(|proj| validate_start(&p, proj, &start.get_untracked(), today()));
        match checked {
            Ok(started) => {
                started.apply(&mut p);
                start_notices.save(p, JOURNEY.started);
            }
            Err(invalid) => start_notices.refuse(invalid, start_field),
        }
    };
    let never = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut p) = current(id) else { return };
        let chosen = NotStartedReason::from_key(&reason.get_untracked());
        match validate_never_started(&p, &never_on.get_untracked(), chosen, today()) {
            Ok(n) => {
                p.never_started = Some(n);
                never_notices.save(p, JOURNEY.never_started_saved);
            }
            Err(invalid) => never_notices.refuse(invalid, |f| match f {
                Field::Reason => "never-started-reason",
                _ => "never-started-date",
            }),
        }
    };
    let undo = move |_| {
        let Some(mut p) = current(id) else { return };
        p.never_started = None;
        never_notices.save(p, JOURNEY.never_started_undone);
    };
    let reasons = fixed_options(
        NotStartedReason::ALL,
        NotStartedReason::key,
        |r| JOURNEY.not_started_reason(r),
        PARTICIPANTS.choose,
    );
    move || match status.get() {
        Some(Status::Waiting) => {
            let since = current(id)
                .and_then(|p| Some((p.referred_on?, p.days_waited(today())?)))
                .map(|(d, days)| (JOURNEY.waiting_since)(&d.to_string(), days as usize));
            let reasons = reasons.clone();
            view! {
                <section aria-labelledby="start-title">
                    <h2 id="start-title">{JOURNEY.start_title}</h2>
                    {since.map(|s| view! { <p>{s}</p> })}
                    <form class="form form-inline" novalidate on:submit=do_start>
                        <TextField id="start-date" label=JOURNEY.start_date kind="date" required=true
                            value=start on_input=Callback::new(move |v: String| start.set(v))
                            error=start_notices.err(Field::StepDate) />
                        <div class="actions"><button type="submit" class="button button-primary">{JOURNEY.start_button}</button></div>
                    </form>
                    {start_notices.view()}
                    <h3>{JOURNEY.never_started_title}</h3>
                    <form class="form form-inline" novalidate on:submit=never>
                        <TextField id="never-started-date" label=JOURNEY.never_started_date kind="date" required=true
                            value=never_on on_input=Callback::new(move |v: String| never_on.set(v))
                            error=never_notices.err(Field::StepDate) />
                        <SelectField id="never-started-reason" label=JOURNEY.reason required=true options=reasons
                            value=reason on_change=Callback::new(move |v: String| reason.set(v))
                            error=never_notices.err(Field::Reason) />
                        <div class="actions"><button type="submit" class="button">{JOURNEY.never_started_button}</button></div>
                    </form>
                    {never_notices.view()}
                </section>
            }
            .into_any()
        }
        Some(Status::NeverStarted) => {
            let info = current(id).and_then(|p| p.never_started).map(|n| {
                (JOURNEY.never_started_info)(
                    &n.on.to_string(),
                    JOURNEY.not_started_reason(n.reason),
                )
            });
            view! {
                <section aria-labelledby="start-title">
                    <h2 id="start-title">{JOURNEY.never_started_title}</h2>
                    <p>{info}</p>
                    <button type="button" id="undo-never-started" class="button" on:click=undo>{JOURNEY.undo_never_started}</button>
                    {never_notices.view()}
                </section>
            }
            .into_any()
        }
        _ => view! { {start_notices.view()} }.into_any(),
    }
}
