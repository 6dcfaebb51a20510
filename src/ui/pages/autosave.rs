//! The backup page's section for automatic backups to a chosen file: choose it, see where and
//! when it was last written, allow it again after a browser restart, or stop.
//! The mechanics are in [`crate::ui::autosave`].

use crate::i18n::backup::BACKUP as T;
use crate::ui::autosave::{self, AutoSave};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn AutoSaveSection() -> impl IntoView {
    let status = autosave::status();
    let button = |label: &'static str, run: fn()| {
        view! { <button type="button" class="button" on:click=move |_| run()>{label}</button> }
    };
    let choose = || spawn_local(autosave::choose());
    let resume = || spawn_local(autosave::resume());
    let stop = || spawn_local(autosave::stop());
    view! {
        <section aria-labelledby="auto-title">
            <h2 id="auto-title">{T.auto_title}</h2>
            <div role="status" aria-live="polite">
            {move || match status.get() {
                AutoSave::Unsupported => view! { <p>{T.auto_unsupported}</p> }.into_any(),
                AutoSave::Off => view! {
                    <p>{T.auto_intro}</p>
                    {button(T.auto_choose, choose)}
                }.into_any(),
                AutoSave::On { file, last } => view! {
                    <p class="auto-on">{(T.auto_on)(&file, last.as_deref())}</p>
                    {button(T.auto_stop, stop)}
                }.into_any(),
                AutoSave::NeedsPermission { file } => view! {
                    <p>{(T.auto_needs_permission)(&file)}</p>
                    {button(T.auto_resume, resume)}
                }.into_any(),
                AutoSave::Failed { file } => view! {
                    <div class="notice notice-error"><p>{(T.auto_failed)(&file)}</p></div>
                    {button(T.auto_choose, choose)}
                }.into_any(),
            }}
            </div>
        </section>
    }
}
