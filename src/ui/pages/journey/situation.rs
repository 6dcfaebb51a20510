//! Income source, occupation and its extent at the start and at the end.

use super::{current, fixed_options, Notices};
use crate::domain::journey::{Income, Occupation, Situation};
use crate::domain::journey_forms::validate_situation;
use crate::domain::validate::Field;
use crate::domain::{Id, Participant};
use crate::i18n::journey::JOURNEY;
use crate::ui::components::field::{SelectField, TextField};
use leptos::prelude::*;

/// Which moment a situation form is about.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Moment {
    Start,
    End,
}

impl Moment {
    fn prefix(self) -> &'static str {
        match self {
            Moment::Start => "at-start",
            Moment::End => "at-end",
        }
    }

    fn of(self, p: &Participant) -> Situation {
        match self {
            Moment::Start => p.at_start,
            Moment::End => p.at_end,
        }
    }

    fn set(self, p: &mut Participant, s: Situation) {
        match self {
            Moment::Start => p.at_start = s,
            Moment::End => p.at_end = s,
        }
    }
}

/// The situation at start, and at the end once discharged.
#[component]
pub fn SituationSection(id: Id) -> impl IntoView {
    let discharged = Memo::new(move |_| current(id).is_some_and(|p| p.discharge.is_some()));
    view! {
        <section aria-labelledby="situation-title">
            <h2 id="situation-title">{JOURNEY.situation_title}</h2>
            <p class="hint">{JOURNEY.situation_intro}</p>
            <SituationForm id moment=Moment::Start />
            {move || if discharged.get() {
                view! { <SituationForm id moment=Moment::End /> }.into_any()
            } else {
                view! { <h3>{JOURNEY.at_end}</h3><p class="hint">{JOURNEY.end_after_discharge}</p> }.into_any()
            }}
        </section>
    }
}

#[component]
fn SituationForm(id: Id, moment: Moment) -> impl IntoView {
    let stored = current(id).map(|p| moment.of(&p)).unwrap_or_default();
    let income = RwSignal::new(
        stored
            .income
            .map(|i| i.key().to_owned())
            .unwrap_or_default(),
    );
    let occupation = RwSignal::new(
        (stored.occupation)
            .map(|o| o.key().to_owned())
            .unwrap_or_default(),
    );
    let extent = RwSignal::new(stored.extent.map(|x| x.to_string()).unwrap_or_default());
    let notices = Notices::new();
    let prefix = moment.prefix();
    let field_id = move |f: Field| {
        let part = match f {
            Field::Income => "income",
            Field::Occupation => "occupation",
            _ => "extent",
        };
        format!("{prefix}-{part}")
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut p) = current(id) else { return };
        let checked = validate_situation(
            &income.get_untracked(),
            &occupation.get_untracked(),
            &extent.get_untracked(),
        );
        match checked {
            Ok(s) => {
                moment.set(&mut p, s);
                notices.save(p, JOURNEY.situation_saved);
            }
            Err(invalid) => notices.refuse(invalid, field_id),
        }
    };
    let incomes = fixed_options(
        Income::ALL,
        Income::key,
        |i| JOURNEY.income(i),
        JOURNEY.unknown,
    );
    let occupations = fixed_options(
        Occupation::ALL,
        Occupation::key,
        |o| JOURNEY.occupation(o),
        JOURNEY.unknown,
    );
    let (title, save) = match moment {
        Moment::Start => (JOURNEY.at_start, JOURNEY.save_at_start),
        Moment::End => (JOURNEY.at_end, JOURNEY.save_at_end),
    };
    view! {
        <h3>{title}</h3>
        <form class="form form-inline" novalidate on:submit=submit>
            <SelectField id=format!("{prefix}-income") label=JOURNEY.income options=incomes
                value=income on_change=Callback::new(move |v: String| income.set(v)) error=notices.err(Field::Income) />
            <SelectField id=format!("{prefix}-occupation") label=JOURNEY.occupation options=occupations
                value=occupation on_change=Callback::new(move |v: String| occupation.set(v)) error=notices.err(Field::Occupation) />
            <TextField id=format!("{prefix}-extent") label=JOURNEY.extent hint=JOURNEY.extent_hint inputmode="numeric"
                value=extent on_input=Callback::new(move |v: String| extent.set(v)) error=notices.err(Field::Extent) />
            <div class="actions"><button type="submit" class="button" id=format!("{prefix}-save")>{save}</button></div>
        </form>
        {notices.view()}
    }
}
