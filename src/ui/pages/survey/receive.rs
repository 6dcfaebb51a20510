//! Taking in an answer from a participant's phone: typed as a short code, or read from its QR
//! code (a photo, a screenshot or the camera). A code is checked before anything is stored; an
//! answer already stored is never counted twice.

use super::Survey;
use crate::i18n::survey::SURVEY as T;
use crate::survey::code;
use crate::ui::qr_reader::QrReader;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Decodes, checks and stores one code; says what happened in `status` or `failed`.
fn receive(
    survey: Survey,
    text: String,
    status: RwSignal<Option<String>>,
    failed: RwSignal<Option<String>>,
    typed: RwSignal<String>,
) {
    status.set(None);
    failed.set(None);
    let latest = crate::ui::kiosk::this_month().next();
    let decoded = survey
        .forms
        .with_untracked(|forms| code::receive(forms, &text, latest));
    let answer = match decoded {
        Ok(a) => a,
        Err(e) => {
            failed.set(Some(T.code_error(&e)));
            crate::ui::browser::focus("answer-code-input");
            return;
        }
    };
    if survey
        .answers
        .with_untracked(|a| code::check_new(a, &answer))
        .is_err()
    {
        failed.set(Some(T.duplicate.to_owned()));
        return;
    }
    let form_name = survey
        .form(answer.form_id)
        .map(|f| f.name)
        .unwrap_or_default();
    let line = T.received(&form_name, answer.moment, &answer.month.to_string());
    spawn_local(async move {
        match survey.save_answer(answer).await {
            Ok(()) => {
                typed.set(String::new());
                status.set(Some(line));
            }
            Err(e) => failed.set(Some(crate::i18n::TEXTS.storage_error_kept(&e))),
        }
    });
}

#[component]
pub fn ReceiveAnswers(
    survey: Survey,
    status: RwSignal<Option<String>>,
    failed: RwSignal<Option<String>>,
) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        receive(survey, typed.get_untracked(), status, failed, typed);
    };
    let scanned = Callback::new(move |text: String| receive(survey, text, status, failed, typed));
    view! {
        <section aria-labelledby="receive-title" class="receive">
            <h2 id="receive-title">{T.receive_title}</h2>
            <p>{T.receive_intro}</p>
            <form on:submit=submit novalidate>
                <div class="field">
                    <label for="answer-code-input">{T.code_label}</label>
                    <p class="hint" id="answer-code-hint">{T.code_hint}</p>
                    <input id="answer-code-input" type="text" autocomplete="off" autocapitalize="characters"
                        spellcheck="false" aria-describedby="answer-code-hint" class="code-input"
                        prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev)) />
                </div>
                <button type="submit" class="button button-primary">{T.add_answer}</button>
            </form>
            <QrReader on_text=scanned />
        </section>
    }
}
