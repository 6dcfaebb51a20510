//! What a panic shows: a plain "Något gick fel" page with a "Ladda om" link over everything, not
//! a page that silently stops answering. Every change is written to IndexedDB before the screen
//! shows it (see [`super::state`]), so reloading loses nothing that was saved.
//!
//! The page is built with plain DOM calls in the panic hook: after a panic the app's own code
//! is not run again (release builds abort), so the page needs no Rust to work. "Ladda om" is a
//! link to the same address (`rel="external"`, so the router leaves it to the browser).

use crate::i18n::TEXTS;
use wasm_bindgen::JsCast;

/// The three texts of the crash page, in the language of whoever is looking at it.
#[derive(Clone, Copy)]
pub struct CrashTexts {
    pub title: &'static str,
    pub body: &'static str,
    pub reload: &'static str,
}

/// Installs the hook for the coach's app, in the coach's language.
pub fn install() {
    install_with(CrashTexts {
        title: TEXTS.crash_title,
        body: TEXTS.crash_body,
        reload: TEXTS.crash_reload,
    });
}

/// Installs the hook: the panic goes to the console as before, then the crash page is shown.
/// The phone form passes its own texts, so that it needs none of the coach's catalogue.
pub fn install_with(texts: CrashTexts) {
    std::panic::set_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        let _ = show(texts);
    }));
}

/// This address, made different in its query so that following it loads the page again: a link
/// to the very same address with a fragment (a phone form's `#svar=…`) would only scroll.
fn reload_address(location: &web_sys::Location) -> Option<String> {
    let search = location.search().ok()?;
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("omstart="))
        .collect();
    let mut query = kept.join("&");
    if !query.is_empty() {
        query.push('&');
    }
    query.push_str(&format!("omstart={}", js_sys::Date::now() as u64));
    Some(format!(
        "{}?{query}{}",
        location.pathname().ok()?,
        location.hash().ok()?
    ))
}

fn show(texts: CrashTexts) -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.get_element_by_id("crash").is_some() {
        return Some(());
    }
    let here = reload_address(&web_sys::window()?.location())?;
    let page = document.create_element("div").ok()?;
    page.set_id("crash");
    page.set_class_name("crash");
    page.set_attribute("role", "alertdialog").ok()?;
    page.set_attribute("aria-modal", "true").ok()?;
    page.set_attribute("aria-labelledby", "crash-title").ok()?;
    let title = document.create_element("h1").ok()?;
    title.set_id("crash-title");
    title.set_text_content(Some(texts.title));
    let body = document.create_element("p").ok()?;
    body.set_text_content(Some(texts.body));
    let reload = document.create_element("a").ok()?;
    reload.set_attribute("href", &here).ok()?;
    // The router's link handler would keep the click inside the stopped app.
    reload.set_attribute("rel", "external").ok()?;
    reload.set_class_name("button button-primary");
    reload.set_text_content(Some(texts.reload));
    for child in [&title, &body, &reload] {
        page.append_child(child).ok()?;
    }
    document.body()?.append_child(&page).ok()?;
    if let Some(link) = reload.dyn_ref::<web_sys::HtmlElement>() {
        let _ = link.focus();
    }
    Some(())
}
