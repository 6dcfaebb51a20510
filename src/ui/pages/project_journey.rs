//! The journey settings in the project form: planned length, check-ins, follow-ups after exit
//! and the waiting limit. (The reasons for an extension are one of the form's lists.)

use crate::domain::journey::LengthUnit;
use crate::domain::validate::{Field, Invalid, ProjectForm};
use crate::i18n::journey::JOURNEY;
use crate::i18n::TEXTS;
use crate::ui::components::field::{SelectField, TextField};
use leptos::prelude::*;

#[component]
pub fn JourneyFields(form: RwSignal<ProjectForm>, errors: RwSignal<Invalid>) -> impl IntoView {
    let err = move |field: Field| {
        Signal::derive(move || errors.with(|e| e.problem(field).map(|p| TEXTS.problem(p))))
    };
    let text = move |get: fn(&ProjectForm) -> &String| {
        Signal::derive(move || form.with(|f| get(f).clone()))
    };
    let set = move |put: fn(&mut ProjectForm, String)| {
        Callback::new(move |v: String| form.update(|f| put(f, v)))
    };
    let units = vec![
        (
            LengthUnit::Months.key().to_owned(),
            JOURNEY.months.to_owned(),
        ),
        (LengthUnit::Weeks.key().to_owned(), JOURNEY.weeks.to_owned()),
    ];
    let unit = Signal::derive(move || {
        form.with(|f| {
            f.journey
                .planned_unit
                .unwrap_or(LengthUnit::Months)
                .key()
                .to_owned()
        })
    });
    view! {
        <fieldset>
            <legend>{JOURNEY.settings_legend}</legend>
            <div class="field-pair">
                <TextField id="project-planned-length" label=JOURNEY.planned_length hint=JOURNEY.planned_length_hint inputmode="numeric"
                    value=text(|f| &f.journey.planned_count) on_input=set(|f, v| f.journey.planned_count = v)
                    error=err(Field::PlannedLength) />
                <SelectField id="project-planned-unit" label=JOURNEY.unit options=units value=unit
                    on_change=Callback::new(move |v: String| form.update(|f| f.journey.planned_unit = LengthUnit::from_key(&v)))
                    error=Signal::derive(|| None) />
            </div>
            <TextField id="project-check-in" label=JOURNEY.check_in_months hint=JOURNEY.check_in_months_hint inputmode="numeric"
                value=text(|f| &f.journey.check_in_months) on_input=set(|f, v| f.journey.check_in_months = v)
                error=err(Field::CheckInMonths) />
            <TextField id="project-follow-ups" label=JOURNEY.follow_up_months hint=JOURNEY.follow_up_months_hint
                value=text(|f| &f.journey.follow_up_months) on_input=set(|f, v| f.journey.follow_up_months = v)
                error=err(Field::FollowUpMonths) />
            <TextField id="project-wait-limit" label=JOURNEY.wait_limit hint=JOURNEY.wait_limit_hint inputmode="numeric"
                value=text(|f| &f.journey.wait_limit_days) on_input=set(|f, v| f.journey.wait_limit_days = v)
                error=err(Field::WaitLimit) />
        </fieldset>
    }
}
