//! The few browser facts the UI needs: today's date, the time now, persistent storage, focus.

use crate::domain::{Date, Timestamp};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Today's date on this device's clock and time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .expect("the browser's date is a real date")
}

pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// Asks the browser to keep our storage (`navigator.storage.persist()`); `None` where the
/// browser has no such API.
pub async fn request_persistence() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let already = JsFuture::from(storage.persisted().ok()?).await.ok()?;
    if already.as_bool() == Some(true) {
        return Some(true);
    }
    let granted = JsFuture::from(storage.persist().ok()?).await.ok()?;
    granted.as_bool()
}

fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Moves keyboard focus to the element with `id`, if it exists.
pub fn focus(id: &str) {
    if let Some(e) = html_element(id) {
        let _ = e.focus();
    }
}

/// Moves keyboard focus to the element with `id` without scrolling to it (the page stays at
/// its top, header in view).
pub fn focus_in_place(id: &str) {
    if let Some(e) = html_element(id) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = e.focus_with_options(&options);
    }
}

/// Focuses `id` after the next render (for elements that are about to appear), unless the
/// person has moved focus elsewhere in the meantime: a frame can come late on a slow device,
/// and focus must never jump away from a field someone has started typing in.
pub fn focus_soon(id: String) {
    let before = active_element();
    leptos::prelude::request_animation_frame(move || {
        let now = active_element();
        let moved = match (&before, &now) {
            (_, None) => false,
            (Some(b), Some(n)) => b != n,
            (None, Some(_)) => true,
        };
        if !moved {
            focus(&id);
        }
    });
}

/// The element that has keyboard focus, if any but the page's body.
fn active_element() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let active = document.active_element()?;
    let body: Option<web_sys::Element> = document.body().map(Into::into);
    (Some(&active) != body.as_ref() && active.is_connected()).then_some(active)
}

/// Now in UTC, ISO 8601 to the second: "2026-11-23T12:04:05Z".
pub fn iso_now() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    format!("{}Z", &iso[..19])
}

/// Now on this device's clock, for people: "2026-11-23 13:04".
pub fn local_now_text() -> String {
    local_time_text(now())
}

/// A moment on this device's clock, for people: "2026-11-23 13:04".
pub fn local_time_text(at: Timestamp) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.0 as f64));
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// How much storage this site uses and may use, in bytes, where the browser says.
pub async fn storage_estimate() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let estimate = JsFuture::from(storage.estimate().ok()?).await.ok()?;
    let get = |key: &str| js_sys::Reflect::get(&estimate, &key.into()).ok()?.as_f64();
    Some((get("usage")?, get("quota")?))
}

/// Milliseconds since the page started, as `performance.now()` gives them.
pub fn perf_now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Records a `performance.measure` entry `name` from `start` (a [`perf_now`]) until now, so
/// `scripts/bench` can read how long a step took (`performance.getEntriesByName`).
pub fn record_measure(name: &str, start: f64) {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"start".into(), &start.into());
    let _ = js_sys::Reflect::set(&options, &"end".into(), &performance.now().into());
    if let Ok(measure) = js_sys::Reflect::get(&performance, &"measure".into()) {
        if let Some(measure) = measure.dyn_ref::<js_sys::Function>() {
            let _ = measure.call2(&performance, &name.into(), &options);
        }
    }
}

thread_local! {
    static BASE_PATH: &'static str = {
        // Trunk writes the icon as `<public url>favicon-<hash>.svg`; everything before its file
        // name is where the app is hosted. (A `<base>` element would be simpler, but the
        // Content-Security-Policy forbids `base-uri`.)
        let href = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("link[rel=icon]").ok().flatten())
            .and_then(|l| l.get_attribute("href"))
            .unwrap_or_default();
        let dir = href.rsplit_once('/').map(|(dir, _)| dir).unwrap_or("");
        Box::leak(dir.trim_end_matches('/').to_owned().into_boxed_str())
    };
}

/// The path the app is hosted under, without a trailing slash: `""` at the root of a host,
/// `"/stegvis"` under a sub-path.
pub fn base_path() -> &'static str {
    BASE_PATH.with(|b| *b)
}

/// The app path (`/projekt/…`) of an address path on this host (`/stegvis/projekt/…`).
pub fn app_path(address: &str) -> &str {
    address.strip_prefix(base_path()).unwrap_or(address)
}

/// The app path of the page shown now.
pub fn current_app_path() -> String {
    let address = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    app_path(&address).to_owned()
}

/// An app path (`/projekt/…`) as an address on this host (`/stegvis/projekt/…`).
pub fn app_href(path: &str) -> String {
    format!("{}{path}", base_path())
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Waits until the browser is idle (`requestIdleCallback`), or two seconds where there is no
/// such thing (Safari).
pub async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let _ = match idle {
            Some(idle) => idle.call1(&window, &resolve).map(|_| ()),
            None => window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 2_000)
                .map(|_| ()),
        };
    });
    let _ = JsFuture::from(promise).await;
}

/// Whether a service worker serves this page (and so has the app's files on this device).
pub fn offline_ready() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some())
}
