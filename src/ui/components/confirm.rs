//! A destructive action behind an inline confirmation that says exactly what will be deleted.
//! Focus moves to the "yes" button when asked, and back to the start button on cancel.

use crate::i18n::TEXTS;
use leptos::prelude::*;

#[component]
pub fn ConfirmDelete(
    /// Prefix for the element ids (`{id}-start`, `{id}-yes`).
    id: &'static str,
    /// The first button: "Ta bort deltagaren".
    #[prop(into)]
    start: String,
    /// The question, naming what will be deleted.
    #[prop(into)]
    question: Signal<String>,
    /// The confirming button: "Ja, ta bort".
    #[prop(into)]
    yes: String,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let (start_id, yes_id, question_id) = (
        format!("{id}-start"),
        format!("{id}-yes"),
        format!("{id}-question"),
    );
    let start = StoredValue::new(start);
    let yes = StoredValue::new(yes);
    move || {
        if asking.get() {
            let back = start_id.clone();
            view! {
                <p id=question_id.clone()>{move || question.get()}</p>
                <div class="actions" role="group" aria-labelledby=question_id.clone()>
                    <button type="button" id=yes_id.clone() class="button button-danger"
                        on:click=move |_| on_confirm.run(())>{yes.get_value()}</button>
                    <button type="button" class="button" on:click=move |_| {
                        asking.set(false);
                        crate::ui::browser::focus_soon(back.clone());
                    }>{TEXTS.cancel}</button>
                </div>
            }
            .into_any()
        } else {
            let focus_yes = yes_id.clone();
            view! {
                <button type="button" id=start_id.clone() class="button" on:click=move |_| {
                    asking.set(true);
                    crate::ui::browser::focus_soon(focus_yes.clone());
                }>{start.get_value()}</button>
            }
            .into_any()
        }
    }
}
