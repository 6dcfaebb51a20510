//! Notices: confirmations (`role="status"`) and problems (`role="alert"`).

use leptos::prelude::*;

/// A polite confirmation, read out by screen readers without moving focus.
#[component]
pub fn StatusNotice(#[prop(into)] text: Signal<Option<String>>) -> impl IntoView {
    view! {
        <div class="notice notice-ok" role="status" aria-live="polite" class:empty=move || text.get().is_none()>
            {move || text.get()}
        </div>
    }
}

/// A problem the user must see now. `detail` adds a second sentence (what was kept, say).
#[component]
pub fn ErrorNotice(
    #[prop(into)] text: Signal<Option<String>>,
    #[prop(optional)] detail: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class="notice notice-error" role="alert" class:empty=move || text.get().is_none()>
            {move || {
                text.get().map(|t| view! {
                    <p>{t}</p>
                    {detail.map(|d| view! { <p>{d}</p> })}
                })
            }}
        </div>
    }
}
