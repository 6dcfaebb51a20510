//! Labelled form fields. Each field shows its label, an optional hint and its error next to the
//! input, and ties them to the input with `aria-describedby` so screen readers read all three.

use crate::i18n::TEXTS;
use leptos::prelude::*;

/// The range a date input offers: the dates every door accepts.
pub fn date_min() -> String {
    crate::domain::Date::EARLIEST.to_string()
}

pub fn date_max() -> String {
    crate::domain::Date::LATEST.to_string()
}

fn described_by(id: &str) -> String {
    format!("{id}-hint {id}-error")
}

/// Label, hint and error around an input. The input itself is `children`.
#[component]
fn FieldShell(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    hint: Option<&'static str>,
    required: bool,
    error: Signal<Option<&'static str>>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="field" class:field-error=move || error.get().is_some()>
            <label for=id.clone()>
                {label}
                {required.then(|| view! { <span class="required">" " {TEXTS.required_marker}</span> })}
            </label>
            <p class="hint" id=format!("{id}-hint")>{hint.unwrap_or_default()}</p>
            {children()}
            <p class="error" id=format!("{id}-error")>{move || error.get()}</p>
        </div>
    }
}

/// A one-line text, number or date input.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<&'static str>>,
) -> impl IntoView {
    let input_id = id.clone();
    view! {
        <FieldShell id=id.clone() label hint required error>
            <input
                id=input_id
                name=id.clone()
                type=kind
                min=(kind == "date").then(date_min)
                max=(kind == "date").then(date_max)
                inputmode=inputmode
                autocomplete=autocomplete.unwrap_or("off")
                aria-describedby=described_by(&id)
                aria-invalid=move || error.get().map(|_| "true")
                aria-required=required.then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </FieldShell>
    }
}

/// A multi-line text input.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = 3)] rows: u32,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<&'static str>>,
) -> impl IntoView {
    let input_id = id.clone();
    view! {
        <FieldShell id=id.clone() label hint required=false error>
            <textarea
                id=input_id
                name=id.clone()
                rows=rows
                aria-describedby=described_by(&id)
                aria-invalid=move || error.get().map(|_| "true")
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        </FieldShell>
    }
}

/// A drop-down list. `options` are (value, text) pairs; the empty value means "none".
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    #[prop(into)] error: Signal<Option<&'static str>>,
) -> impl IntoView {
    let input_id = id.clone();
    view! {
        <FieldShell id=id.clone() label hint required error>
            <select
                id=input_id
                name=id.clone()
                aria-describedby=described_by(&id)
                aria-invalid=move || error.get().map(|_| "true")
                on:change=move |ev| on_change.run(event_target_value(&ev))
                prop:value=move || value.get()
            >
                {move || {
                    let selected = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, text)| {
                            let is_selected = v == selected;
                            view! { <option value=v selected=is_selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </FieldShell>
    }
}

/// A checkbox with its label beside it.
#[component]
pub fn CheckField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field field-check">
            <input
                type="checkbox"
                id=id.clone()
                name=id.clone()
                aria-describedby=hint.map(|_| hint_id.clone())
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
        </div>
    }
}
