//! The participant's own phone: the form arrives inside the link's fragment, the answer leaves
//! as a QR code and a short code. Nothing is stored and no database is opened.
//!
//! This is an entry point of its own, built as `stegvis-phone` (`src/bin/phone.rs`): the loader
//! in `index.html` starts it instead of the coach's app when the address has `#svar=`. It links
//! only the form, the answer code, the QR code and the participant texts, so a phone downloads
//! a small part of the app (`tests/e2e/phone-entry.test.mjs` holds it to its budget).

use crate::i18n::filler;
use crate::survey::invitation::{self, Invitation, InvitationError};
use crate::survey::{code, qr, Value};
use crate::ui::components::filler::FormFiller;
use crate::ui::kiosk::new_answer;
use leptos::prelude::*;

/// Mounts the form carried by the address on `<body>`, in place of the "Stegvis startar …" page.
pub fn run() {
    // The language of the texts shown before a form is open; the form sets its own language
    // once the participant has chosen one.
    let lang = filler::language_of(&phone_language());
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang);
        let _ = html.set_attribute("dir", filler::dir(lang));
    }
    let t = filler::texts(lang);
    crate::ui::crash::install_with(crate::ui::crash::CrashTexts {
        title: t.crash_title,
        body: t.crash_body,
        reload: t.crash_reload,
    });
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    let hash = window().location().hash().unwrap_or_default();
    leptos::mount::mount_to_body(move || view! { <PhoneApp fragment=hash.clone() t /> });
}

/// The participant's language as the phone says it, for messages shown before a form exists.
fn phone_language() -> String {
    let tag = window().navigator().language().unwrap_or_default();
    tag.split('-').next().unwrap_or("sv").to_owned()
}

/// The form, or why the link cannot be opened, in the phone's texts `t`.
#[component]
fn PhoneApp(fragment: String, t: &'static filler::ParticipantTexts) -> impl IntoView {
    match invitation::from_fragment(&fragment) {
        Ok(inv) => view! { <Answering inv /> }.into_any(),
        Err(e) => {
            let text = match e {
                InvitationError::NewerVersion(_) => t.link_newer,
                _ => t.link_broken,
            };
            view! {
                <main id="main" class="phone">
                    <h1>"Stegvis"</h1>
                    <p role="alert">{text}</p>
                </main>
            }
            .into_any()
        }
    }
}

#[component]
fn Answering(inv: Invitation) -> impl IntoView {
    let Invitation { form, moment } = inv;
    document().set_title(&form.name);
    let done = RwSignal::new(None::<(String, String)>);
    let form_for_code = StoredValue::new(form.clone());
    let on_done = Callback::new(move |(lang, values): (String, Vec<Value>)| {
        let text = form_for_code.with_value(|f| {
            let answer = new_answer(f, moment, lang.clone(), values);
            code::encode(f, &answer)
        });
        done.set(Some((lang, text)));
        crate::ui::browser::focus_soon("thanks-title".into());
    });
    view! {
        <main id="main" tabindex="-1" class="phone">
            {move || match done.get() {
                None => view! { <FormFiller form=form.clone() on_done /> }.into_any(),
                Some((lang, text)) => {
                    let t = filler::texts(&lang);
                    let svg = qr::svg(&text).ok();
                    view! {
                        <section class="thanks" aria-labelledby="thanks-title">
                            <h1 id="thanks-title" tabindex="-1">{t.thanks_title}</h1>
                            <p>{t.show_code}</p>
                            {svg.map(|svg| view! {
                                <div class="qr" role="img" aria-label=t.qr_label inner_html=svg></div>
                            })}
                            <h2>{t.code_label}</h2>
                            <p class="answer-code" dir="ltr" lang="zxx" id="answer-code">{text}</p>
                            <p>{t.nothing_kept}</p>
                        </section>
                    }.into_any()
                }
            }}
        </main>
    }
}
