//! The follow-ups after exit the project chose: each one's due day, and the form to record
//! the situation then.

use super::{current, fixed_options, Notices};
use crate::domain::journey::{follow_up_day, FollowUpStatus};
use crate::domain::journey_forms::validate_follow_up;
use crate::domain::validate::Field;
use crate::domain::{Id, Project};
use crate::i18n::journey::JOURNEY;
use crate::i18n::participants::PARTICIPANTS;
use crate::ui::browser::today;
use crate::ui::components::field::{SelectField, TextField};
use leptos::prelude::*;

#[component]
pub fn FollowUpSection(project: StoredValue<Project>, id: Id) -> impl IntoView {
    let months: Vec<u8> = project.with_value(|p| p.follow_up_months.clone());
    let discharged = Memo::new(move |_| current(id).and_then(|p| p.discharge).map(|d| d.end));
    view! {
        <section aria-labelledby="follow-ups-title">
            <h2 id="follow-ups-title">{JOURNEY.follow_ups_title}</h2>
            {move || match (months.is_empty(), discharged.get()) {
                (true, _) => view! { <p class="hint">{JOURNEY.no_follow_ups_set}</p> }.into_any(),
                (false, None) => view! { <p class="hint">{JOURNEY.follow_ups_after_discharge}</p> }.into_any(),
                (false, Some(end)) => months.iter().map(|m| view! {
                    <FollowUpItem id months=*m due=follow_up_day(end, *m) />
                }).collect_view().into_any(),
            }}
        </section>
    }
}

#[component]
fn FollowUpItem(id: Id, months: u8, due: crate::domain::Date) -> impl IntoView {
    let on = RwSignal::new(today().max(due).to_string());
    let status = RwSignal::new(String::new());
    let notices = Notices::new();
    let field_id = move |part: &str| format!("follow-up-{months}-{part}");
    let (date_id, status_id) = (field_id("date"), field_id("status"));
    let record = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut p) = current(id) else { return };
        let chosen = FollowUpStatus::from_key(&status.get_untracked());
        match validate_follow_up(&p, months, &on.get_untracked(), chosen, today()) {
            Ok(f) => {
                p.follow_ups.push(f);
                p.follow_ups.sort_by_key(|f| f.months);
                notices.save(p, JOURNEY.follow_up_saved);
            }
            Err(invalid) => notices.refuse(invalid, move |f| match f {
                Field::FollowUpStatus => field_id("status"),
                _ => field_id("date"),
            }),
        }
    };
    let recorded = Memo::new(move |_| {
        current(id).and_then(|p| p.follow_ups.iter().find(|f| f.months == months).copied())
    });
    let statuses = fixed_options(
        FollowUpStatus::ALL,
        FollowUpStatus::key,
        |s| JOURNEY.follow_up_status(s),
        PARTICIPANTS.choose,
    );
    view! {
        <h3>{(JOURNEY.after_months)(u32::from(months))}</h3>
        {move || match recorded.get() {
            Some(f) => view! {
                <p><span class="date">{f.on.to_string()}</span>" "{JOURNEY.follow_up_status(f.status)}</p>
            }.into_any(),
            None => view! {
                <p>{(JOURNEY.due_on)(&due.to_string())}</p>
                <form class="form form-inline" novalidate on:submit=record>
                    <TextField id=date_id.clone() label=JOURNEY.follow_up_date kind="date" required=true
                        value=on on_input=Callback::new(move |v: String| on.set(v)) error=notices.err(Field::StepDate) />
                    <SelectField id=status_id.clone() label=JOURNEY.follow_up_status required=true options=statuses.clone()
                        value=status on_change=Callback::new(move |v: String| status.set(v)) error=notices.err(Field::FollowUpStatus) />
                    <div class="actions"><button type="submit" class="button">{JOURNEY.record_follow_up}</button></div>
                </form>
            }.into_any(),
        }}
        {notices.view()}
    }
}
