//! A discharged participant who comes back: a new participation under the same code, waiting
//! from a referral date or starting on a start date. The earlier one stays in the timeline and
//! the reports.

use super::{current, Notices};
use crate::domain::journey_forms::validate_return;
use crate::domain::validate::Field;
use crate::domain::{Id, Project};
use crate::i18n::journey::JOURNEY;
use crate::ui::browser::today;
use crate::ui::components::field::TextField;
use leptos::prelude::*;

#[component]
pub fn ComeBackSection(project: StoredValue<Project>, id: Id) -> impl IntoView {
    let referred = RwSignal::new(String::new());
    let start = RwSignal::new(today().to_string());
    let notices = Notices::new();
    let discharged = Memo::new(move |_| current(id).is_some_and(|p| p.discharge.is_some()));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut p) = current(id) else { return };
        match validate_return(
            &p,
            &referred.get_untracked(),
            &start.get_untracked(),
            today(),
        ) {
            Ok((referred_on, begins)) => {
                p.come_back(referred_on, begins);
                p.planned_end = project
                    .with_value(|proj| crate::domain::journey_forms::planned_end_for(&p, proj));
                notices.save(p, JOURNEY.came_back);
            }
            Err(invalid) => notices.refuse(invalid, |f| match f {
                Field::ReferredOn => "return-referred-on",
                _ => "return-start",
            }),
        }
    };
    view! {
        {move || discharged.get().then(|| view! {
            <section aria-labelledby="return-title">
                <h2 id="return-title">{JOURNEY.return_title}</h2>
                <p class="hint">{JOURNEY.return_intro}</p>
                <form class="form form-inline" novalidate on:submit=submit>
                    <TextField id="return-referred-on" label=JOURNEY.referred_on kind="date"
                        value=referred on_input=Callback::new(move |v: String| referred.set(v))
                        error=notices.err(Field::ReferredOn) />
                    <TextField id="return-start" label=JOURNEY.new_start kind="date" hint=JOURNEY.start_hint
                        value=start on_input=Callback::new(move |v: String| start.set(v))
                        error=notices.err(Field::Start) />
                    <div class="actions"><button type="submit" class="button">{JOURNEY.return_button}</button></div>
                </form>
            </section>
        })}
        {notices.view()}
    }
}
