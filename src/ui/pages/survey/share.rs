//! The link and QR code that put a form on a participant's own phone.
//!
//! The whole form travels in the link's fragment (after `#`), which browsers never send to the
//! server: opening it reveals nothing about the form to the host, and the host needs no logic.

use super::{back_link, use_survey, with_form};
use crate::i18n::survey::SURVEY as T;
use crate::survey::invitation::{self, Invitation};
use crate::survey::{qr, Form, Moment};
use leptos::prelude::*;

/// Radio buttons for start, during and end.
#[component]
pub fn MomentChoice(id: &'static str, moment: RwSignal<Moment>) -> impl IntoView {
    view! {
        <fieldset class="choice-group">
            <legend>{T.moment_legend}</legend>
            {Moment::ALL.into_iter().map(|m| {
                let input_id = format!("{id}-{}", m.key());
                view! {
                    <label class="choice" for=input_id.clone()>
                        <input type="radio" id=input_id.clone() name=id prop:checked=move || moment.get() == m
                            on:change=move |_| moment.set(m) />
                        <span>{T.moment(m)}</span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The address a phone opens: this site's address with the form in the fragment.
fn link(form: &Form, moment: Moment) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let fragment = invitation::to_fragment(&Invitation {
        form: form.clone(),
        moment,
    });
    format!("{origin}{}/#{fragment}", crate::ui::browser::base_path())
}

#[component]
pub fn ShareForm() -> impl IntoView {
    super::super::set_title(T.share_title);
    let survey = use_survey();
    with_form(survey, move |project, form| {
        let moment = RwSignal::new(Moment::Start);
        let form = StoredValue::new(form);
        let url = Memo::new(move |_| form.with_value(|f| link(f, moment.get())));
        let copied = RwSignal::new(None::<String>);
        let copy = move |_| {
            let clipboard = window().navigator().clipboard();
            let _ = clipboard.write_text(&url.get_untracked());
            copied.set(Some(T.link_copied.to_owned()));
        };
        view! {
            <div class="page-head">
                <h1>{T.share_title}</h1>
                {back_link(project.id)}
            </div>
            <p>{T.share_intro}</p>
            <MomentChoice id="share-moment" moment />
            <h2>{move || form.with_value(|f| f.name.clone())}" – "{move || T.moment(moment.get())}</h2>
            {move || match qr::svg(&url.get()) {
                Ok(svg) => view! { <div class="qr qr-large" role="img" aria-label=T.link_qr_label inner_html=svg></div> }.into_any(),
                Err(_) => view! { <p role="alert">{T.link_too_long}</p> }.into_any(),
            }}
            <div class="field">
                <label for="share-link">{T.link_label}</label>
                <textarea id="share-link" readonly rows="3" class="share-link" prop:value=move || url.get()></textarea>
            </div>
            <div class="actions">
                <button type="button" class="button" on:click=copy>{T.copy_link}</button>
                <a class="button" href=move || url.get() target="_blank" rel="noopener">{T.open_link}</a>
            </div>
            <crate::ui::components::notice::StatusNotice text=copied />
            <p class="hint">{move || (T.link_size)(url.with(|u| u.len()))}</p>
        }
    })
}
