//! The participant's own phone: the form arrives inside the link's fragment, the answer leaves
//! as a QR code and a short code. Nothing is stored and no database is opened.
//!
//! This is an entry point of its own, built as `stegvis-phone` (`src/bin/phone.rs`): the loader
//! in `index.html` starts it instead of the coach's app when the address has `#svar=`. It links
//! only the form, the answer code, the QR code and the participant texts, and no Leptos (its
//! screens are plain DOM, [`super::dom`]), so a phone downloads a small part of the app
//! (`tests/e2e/phone-entry.test.mjs` holds it to its budget).

use crate::i18n::filler;
use crate::survey::invitation::{self, Invitation, InvitationError};
use crate::survey::{code, qr, Value};
use crate::ui::components::filler::{mount, set_page_language};
use crate::ui::dom::{self, El};
use crate::ui::kiosk::new_answer;
use std::rc::Rc;

/// Shows the form carried by the address on `<body>`, in place of the "Stegvis startar …" page.
pub fn run() {
    // The language of the texts shown before a form is open; the form sets its own language
    // once the participant has chosen one.
    let lang = filler::language_of(&phone_language());
    let document = dom::document();
    set_page_language(lang);
    let t = filler::texts(lang);
    crate::ui::crash::install_with(crate::ui::crash::CrashTexts {
        title: t.crash_title,
        body: t.crash_body,
        reload: t.crash_reload,
    });
    if let Some(boot) = document.get_element_by_id("boot") {
        boot.remove();
    }
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let main = El::new("main").id("main").class("phone").into_element();
    if let Some(body) = document.body() {
        let _ = body.append_child(&main);
    }
    match invitation::from_fragment(&hash) {
        Ok(inv) => answering(&main, inv),
        Err(e) => {
            let text = match e {
                InvitationError::NewerVersion(_) => t.link_newer,
                _ => t.link_broken,
            };
            dom::append(&main, El::new("h1").text("Stegvis"));
            dom::append(&main, El::new("p").attr("role", "alert").text(text));
        }
    }
}

/// The participant's language as the phone says it, for messages shown before a form exists.
fn phone_language() -> String {
    let tag = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    tag.split('-').next().unwrap_or("sv").to_owned()
}

/// The form in `main`; once sent, the answer code and its QR code instead.
fn answering(main: &web_sys::Element, inv: Invitation) {
    let Invitation { form, moment } = inv;
    dom::document().set_title(&form.name);
    let _ = main.set_attribute("tabindex", "-1");
    let (shown, sent_form) = (main.clone(), Rc::new(form.clone()));
    let on_done = Rc::new(move |lang: String, values: Vec<Value>| {
        let answer = new_answer(&sent_form, moment, lang.clone(), values);
        dom::replace_children(&shown, thanks(&lang, &code::encode(&sent_form, &answer)));
        crate::ui::browser::focus("thanks-title");
    });
    let filler = El::new("div").into_element();
    let _ = main.append_child(&filler);
    // The phone shows this form until the page is left: its listeners stay as long.
    std::mem::forget(mount(&filler, form, on_done));
}

/// The thank-you screen with answer code `text`, in language `lang`.
fn thanks(lang: &str, text: &str) -> El {
    let t = filler::texts(lang);
    let qr = qr::svg(text).ok().map(|svg| {
        El::new("div")
            .class("qr")
            .attr("role", "img")
            .attr("aria-label", t.qr_label)
            .inner_html(&svg)
    });
    let title = El::new("h1").id("thanks-title").attr("tabindex", "-1");
    let answer_code = El::new("p")
        .class("answer-code")
        .attr("dir", "ltr")
        .attr("lang", "zxx")
        .id("answer-code");
    El::new("section")
        .class("thanks")
        .attr("aria-labelledby", "thanks-title")
        .child(title.text(t.thanks_title))
        .child(El::new("p").text(t.show_code))
        .maybe(qr)
        .child(El::new("h2").text(t.code_label))
        .child(answer_code.text(text))
        .child(El::new("p").text(t.nothing_kept))
}
