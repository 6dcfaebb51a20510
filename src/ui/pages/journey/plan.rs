//! A started participant's planned end and its extensions, and the check-ins
//! (*avstämningar*): the next one due and those held.

use super::{current, Notices};
use crate::domain::due::{next_check_in, past_planned_end};
use crate::domain::journey_forms::{validate_check_in, validate_extension, validate_planned_end};
use crate::domain::validate::Field;
use crate::domain::{Id, Project};
use crate::i18n::journey::JOURNEY;
use crate::i18n::participants::PARTICIPANTS;
use crate::ui::browser::today;
use crate::ui::components::field::{SelectField, TextField};
use leptos::prelude::*;

/// Whether the participant is active now (extensions and check-ins are recorded only then).
fn is_active(id: Id) -> Memo<bool> {
    Memo::new(move |_| current(id).is_some_and(|p| p.status() == crate::domain::Status::Active))
}

fn extension_field(field: Field) -> &'static str {
    match field {
        Field::NewPlannedEnd => "extension-until",
        Field::Reason => "extension-reason",
        _ => "extension-on",
    }
}

/// The planned end, set by hand while no extension moved it, and the extensions.
#[component]
pub fn PlanSection(project: StoredValue<Project>, id: Id) -> impl IntoView {
    let planned = RwSignal::new(
        current(id)
            .and_then(|p| p.planned_end)
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let on = RwSignal::new(today().to_string());
    let until = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let plan_notices = Notices::new();
    let notices = Notices::new();
    let save_planned = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut p) = current(id) else { return };
        match validate_planned_end(&p, &planned.get_untracked()) {
            Ok(end) => {
                p.planned_end = end;
                plan_notices.save(p, JOURNEY.planned_end_saved);
            }
            Err(invalid) => plan_notices.refuse(invalid, |_| "planned-end"),
        }
    };
    let extend = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut p) = current(id) else { return };
        let reason = Id::parse(&reason.get_untracked());
        match validate_extension(
            &p,
            &on.get_untracked(),
            &until.get_untracked(),
            reason,
            today(),
        ) {
            Ok(x) => {
                p.extensions.push(x);
                until.set(String::new());
                notices.save(p, JOURNEY.extended);
            }
            Err(invalid) => notices.refuse(invalid, extension_field),
        }
    };
    let reasons = Signal::derive(move || {
        let mut out = vec![(String::new(), PARTICIPANTS.choose.to_owned())];
        project.with_value(|p| {
            out.extend(
                (p.extension_reasons.iter())
                    .filter(|l| !l.retired)
                    .map(|l| (l.id.to_string(), l.name.clone())),
            )
        });
        out
    });
    let has_reasons = project.with_value(|p| !p.extension_reasons.is_empty());
    let active = is_active(id);
    // A memo, so the planned-end form is drawn again only when the first extension comes.
    let no_extensions = Memo::new(move |_| current(id).is_some_and(|p| p.extensions.is_empty()));
    let reason_name = move |r: Option<Id>| {
        project.with_value(|p| {
            r.and_then(|r| p.extension_reason(r))
                .unwrap_or("")
                .to_owned()
        })
    };
    view! {
        <section aria-labelledby="plan-title">
            <h2 id="plan-title">{JOURNEY.plan_title}</h2>
            {move || current(id).map(|p| {
                let now = p.current_planned_end().map(|d| d.to_string());
                view! {
                    <dl class="plan-facts">
                        <dt>{JOURNEY.planned_end}</dt>
                        <dd>{now.unwrap_or_else(|| JOURNEY.no_planned_end.to_owned())}</dd>
                    </dl>
                    {past_planned_end(&p, today()).then(|| view! {
                        <p class="notice notice-warning">{JOURNEY.past_planned_end_notice}</p>
                    })}
                }
            })}
            {move || no_extensions.get().then(|| view! {
                <form class="form form-inline" novalidate on:submit=save_planned>
                    <TextField id="planned-end" label=JOURNEY.planned_end kind="date" hint=JOURNEY.planned_end_hint
                        value=planned on_input=Callback::new(move |v: String| planned.set(v))
                        error=plan_notices.err(Field::NewPlannedEnd) />
                    <div class="actions"><button type="submit" class="button">{JOURNEY.save_planned_end}</button></div>
                </form>
            })}
            {plan_notices.view()}
            <h3>{JOURNEY.extensions_title}</h3>
            <ol class="phase-history">
                {move || current(id).map(|p| p.extensions.iter().map(|x| view! {
                    <li><span class="date">{x.on.to_string()}</span>" "
                        {(JOURNEY.ev_extended)(&x.until.to_string())}" · "{reason_name(x.reason)}</li>
                }).collect_view())}
            </ol>
            {(!has_reasons).then(|| view! { <p class="hint">{JOURNEY.no_reasons}</p> })}
            // Extended only while active; a discharged participant's extensions stay listed.
            {move || active.get().then(|| view! {
                <form class="form form-inline" novalidate on:submit=extend>
                    <TextField id="extension-on" label=JOURNEY.extension_on kind="date" required=true
                        value=on on_input=Callback::new(move |v: String| on.set(v)) error=notices.err(Field::StepDate) />
                    <TextField id="extension-until" label=JOURNEY.extension_until kind="date" required=true
                        value=until on_input=Callback::new(move |v: String| until.set(v)) error=notices.err(Field::NewPlannedEnd) />
                    <SelectField id="extension-reason" label=JOURNEY.reason required=true options=reasons
                        value=reason on_change=Callback::new(move |v: String| reason.set(v)) error=notices.err(Field::Reason) />
                    <div class="actions"><button type="submit" class="button">{JOURNEY.extend_button}</button></div>
                </form>
            })}
            {notices.view()}
        </section>
    }
}

/// The next check-in and the form to record one held.
#[component]
pub fn CheckInSection(project: StoredValue<Project>, id: Id) -> impl IntoView {
    let on = RwSignal::new(today().to_string());
    let notices = Notices::new();
    let record = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut p) = current(id) else { return };
        match validate_check_in(&p, &on.get_untracked(), today()) {
            Ok(d) => {
                p.check_ins.push(d);
                p.check_ins.sort();
                notices.save(p, JOURNEY.check_in_saved);
            }
            Err(invalid) => notices.refuse(invalid, |_| "check-in-date"),
        }
    };
    let has_interval = project.with_value(|p| p.check_in_months.is_some());
    let active = is_active(id);
    view! {
        <section aria-labelledby="check-ins-title">
            <h2 id="check-ins-title">{JOURNEY.check_ins_title}</h2>
            {if has_interval {
                view! {
                    <p id="next-check-in">{move || current(id)
                        .and_then(|p| project.with_value(|proj| next_check_in(&p, proj)))
                        .map(|d| (JOURNEY.next_check_in)(&d.to_string()))}</p>
                }.into_any()
            } else {
                view! { <p class="hint">{JOURNEY.no_check_in_interval}</p> }.into_any()
            }}
            <h3>{JOURNEY.held_check_ins}</h3>
            {move || current(id).map(|p| if p.check_ins.is_empty() {
                view! { <p class="empty">{JOURNEY.no_check_ins}</p> }.into_any()
            } else {
                view! {
                    <ol class="phase-history">
                        {p.check_ins.iter().map(|d| view! { <li><span class="date">{d.to_string()}</span></li> }).collect_view()}
                    </ol>
                }.into_any()
            })}
            {move || active.get().then(|| view! {
                <form class="form form-inline" novalidate on:submit=record>
                    <TextField id="check-in-date" label=JOURNEY.check_in_date kind="date" required=true
                        value=on on_input=Callback::new(move |v: String| on.set(v)) error=notices.err(Field::StepDate) />
                    <div class="actions"><button type="submit" class="button">{JOURNEY.record_check_in}</button></div>
                </form>
            })}
            {notices.view()}
        </section>
    }
}
