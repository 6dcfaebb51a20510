//! Links inside the app. Leptos' `<A>` leaves an absolute `href` as it is, which breaks when the
//! app is hosted under a sub-path (`/stegvis/`); this `<A>` puts the host's path in front of
//! every app path, then hands over to Leptos' `<A>` for client-side navigation.

use crate::ui::browser::app_href;
use leptos::prelude::*;
use leptos_router::components::ToHref;

#[component]
pub fn A<H>(href: H, children: Children) -> impl IntoView
where
    H: ToHref + Send + Sync + 'static,
{
    let full = move || {
        let path = href.to_href()();
        if path.starts_with('/') {
            app_href(&path)
        } else {
            path
        }
    };
    view! { <leptos_router::components::A href=full>{children()}</leptos_router::components::A> }
}
