//! The participant's journey as a dated list.

use super::current;
use crate::domain::timeline::{timeline, Event};
use crate::domain::{Id, Project};
use crate::i18n::journey::JOURNEY;
use crate::i18n::participants::PARTICIPANTS;
use crate::i18n::TEXTS;
use leptos::prelude::*;

fn words(e: Event, project: &Project) -> String {
    match e {
        Event::Referred => JOURNEY.ev_referred.to_owned(),
        Event::Started => JOURNEY.ev_started.to_owned(),
        Event::Phase(ph) => TEXTS.phase(ph).to_owned(),
        Event::Extended(d) => (JOURNEY.ev_extended)(&d.to_string()),
        Event::CheckIn => JOURNEY.ev_check_in.to_owned(),
        Event::Discharged(outcome) => {
            let name = outcome
                .and_then(|o| project.outcome(o))
                .map(|o| o.name.as_str());
            format!(
                "{}: {}",
                JOURNEY.ev_discharged,
                name.unwrap_or(PARTICIPANTS.none_chosen)
            )
        }
        Event::NeverStarted(r) => format!(
            "{}: {}",
            JOURNEY.ev_never_started,
            JOURNEY.not_started_reason(r)
        ),
        Event::FollowUp(m, s) => (JOURNEY.ev_follow_up)(u32::from(m), JOURNEY.follow_up_status(s)),
    }
}

#[component]
pub fn Timeline(project: StoredValue<Project>, id: Id) -> impl IntoView {
    view! {
        <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">{JOURNEY.timeline_title}</h2>
            <ol class="timeline">
                {move || current(id).map(|p| timeline(&p).into_iter().map(|(d, e)| view! {
                    <li><span class="date">{d.to_string()}</span>" "{project.with_value(|proj| words(e, proj))}</li>
                }).collect_view())}
            </ol>
        </section>
    }
}
