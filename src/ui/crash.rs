//! What a panic shows: a plain "Något gick fel" page with a "Ladda om" link over everything, not
//! a page that silently stops answering. Every change is written to IndexedDB before the screen
//! shows it (see [`super::state`]), so reloading loses nothing that was saved.
//!
//! The page is built with plain DOM calls in the panic hook: after a panic the app's own code
//! is not run again (release builds abort), so the page needs no Rust to work. "Ladda om" is a
//! link to the same address (`rel="external"`, so the router leaves it to the browser).

use crate::i18n::TEXTS;
use wasm_bindgen::JsCast;

/// Installs the hook: the panic goes to the console as before, then the crash page is shown.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let _ = show();
    }));
}

fn show() -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.get_element_by_id("crash").is_some() {
        return Some(());
    }
    let here = web_sys::window()?.location().href().ok()?;
    let page = document.create_element("div").ok()?;
    page.set_id("crash");
    page.set_class_name("crash");
    page.set_attribute("role", "alertdialog").ok()?;
    page.set_attribute("aria-modal", "true").ok()?;
    page.set_attribute("aria-labelledby", "crash-title").ok()?;
    let title = document.create_element("h1").ok()?;
    title.set_id("crash-title");
    title.set_text_content(Some(TEXTS.crash_title));
    let body = document.create_element("p").ok()?;
    body.set_text_content(Some(TEXTS.crash_body));
    let reload = document.create_element("a").ok()?;
    reload.set_attribute("href", &here).ok()?;
    // The router's link handler would keep the click inside the stopped app.
    reload.set_attribute("rel", "external").ok()?;
    reload.set_class_name("button button-primary");
    reload.set_text_content(Some(TEXTS.crash_reload));
    for child in [&title, &body, &reload] {
        page.append_child(child).ok()?;
    }
    document.body()?.append_child(&page).ok()?;
    if let Some(link) = reload.dyn_ref::<web_sys::HtmlElement>() {
        let _ = link.focus();
    }
    Some(())
}
