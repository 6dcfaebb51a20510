//! What a form must have before it can be saved: a name, at least one item, every item's text
//! in the form's first language, two to [`MAX_OPTIONS`] options for a single choice, and no more
//! items or languages than an answer code can carry. This is the door check of every form that
//! comes in: saved in the builder, read from a phone link, restored or merged from a backup.

use super::form::{Form, ItemKind, MAX_ITEMS, MAX_OPTIONS};

/// The most languages a form may have (the answer code has 4 bits for it).
pub const MAX_LANGUAGES: usize = 16;

/// One thing to fix in a form. `item` counts from 0.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FormProblem {
    #[error("the form has no name")]
    NoName,
    #[error("the form has no items")]
    NoItems,
    #[error("the form has more than {MAX_ITEMS} items")]
    TooManyItems,
    #[error("the form has no language, or more than {MAX_LANGUAGES}")]
    Languages,
    #[error("item {item} has no text in the first language")]
    MissingText { item: usize },
    #[error("item {item} needs 2 to {MAX_OPTIONS} options, each with text")]
    Options { item: usize },
}

/// Everything to fix, in the order the coach sees the form.
pub fn problems(form: &Form) -> Vec<FormProblem> {
    let mut found = Vec::new();
    if form.name.trim().is_empty() {
        found.push(FormProblem::NoName);
    }
    if form.languages.is_empty() || form.languages.len() > MAX_LANGUAGES {
        found.push(FormProblem::Languages);
    }
    if form.items.is_empty() {
        found.push(FormProblem::NoItems);
    }
    if form.items.len() > MAX_ITEMS {
        found.push(FormProblem::TooManyItems);
    }
    let first = form.languages.first().map(String::as_str).unwrap_or("sv");
    for (i, item) in form.items.iter().enumerate() {
        if !item.text.has(first) {
            found.push(FormProblem::MissingText { item: i });
        }
        if let ItemKind::Choice { options } = &item.kind {
            let ok =
                (2..=MAX_OPTIONS).contains(&options.len()) && options.iter().all(|o| o.has(first));
            if !ok {
                found.push(FormProblem::Options { item: i });
            }
        }
    }
    found
}
