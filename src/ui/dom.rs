//! A few plain DOM calls, for the screens that must not carry Leptos: the participant's phone
//! form and the form filler it shares with the kiosk (see [`super::components::filler`]).
//!
//! Leptos' view machinery is about a third of a small entry point's wasm; the phone form is
//! held to a budget of its own (issue 15), so its screens are built with these instead. Every
//! other page is a Leptos view.

use web_sys::{Document, Element};

/// This page's document. A page always has one; without it nothing could be shown anyway.
pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a page always has a document")
}

/// An element being built: `El::new("p").class("hint").text("…")`.
pub struct El(Element);

impl El {
    pub fn new(tag: &str) -> El {
        El(document()
            .create_element(tag)
            .expect("creating an element of a known tag"))
    }

    /// Sets attribute `name` to `value`.
    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Sets attribute `name` (to "") when `on`, as for `checked` or `novalidate`.
    pub fn flag(self, name: &str, on: bool) -> El {
        if on {
            let _ = self.0.set_attribute(name, "");
        }
        self
    }

    pub fn id(self, id: &str) -> El {
        self.0.set_id(id);
        self
    }

    pub fn class(self, class: &str) -> El {
        self.0.set_class_name(class);
        self
    }

    /// Appends `text` as text (never as markup).
    pub fn text(self, text: &str) -> El {
        let _ = self.0.append_with_str_1(text);
        self
    }

    /// Sets the element's markup: only for markup this app made itself (a QR code's SVG).
    pub fn inner_html(self, markup: &str) -> El {
        self.0.set_inner_html(markup);
        self
    }

    pub fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    /// Appends `child` if there is one.
    pub fn maybe(self, child: Option<El>) -> El {
        match child {
            Some(c) => self.child(c),
            None => self,
        }
    }

    pub fn children(self, children: impl IntoIterator<Item = El>) -> El {
        children.into_iter().fold(self, El::child)
    }

    pub fn into_element(self) -> Element {
        self.0
    }
}

/// Appends `child` to `parent`.
pub fn append(parent: &Element, child: El) {
    let _ = parent.append_child(&child.0);
}

/// Replaces everything inside `parent` with `child`.
pub fn replace_children(parent: &Element, child: El) {
    parent.set_text_content(None);
    let _ = parent.append_child(&child.0);
}

/// Sets the text of the element with `id`, if it exists.
pub fn set_text(id: &str, text: &str) {
    if let Some(e) = document().get_element_by_id(id) {
        e.set_text_content(Some(text));
    }
}
