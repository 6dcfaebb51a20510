//! What a form must have before it can be saved: a name, at least one item, every item's text
//! in the form's first language, two to [`MAX_OPTIONS`] options for a single choice, and no more
//! items or languages than an answer code can carry. This is the door check of every form that
//! comes in: saved in the builder, read from a phone link, restored or merged from a backup.

use super::form::{
    Answer, Form, ItemKind, Value, YearMonth, MAX_FREE_TEXT, MAX_ITEMS, MAX_OPTIONS,
};

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

/// Why an answer cannot be taken in: it breaks what the form it names allows. An answer code's
/// checksum proves only that it was copied right, not that an app made it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnswerProblem {
    #[error("the answer belongs to another form or project")]
    WrongForm,
    #[error("the answer's language is not one of the form's")]
    Language,
    #[error("the answer has {found} values for {expected} items")]
    ValueCount { expected: usize, found: usize },
    #[error("the value of item {item} does not fit it")]
    Value { item: usize },
    #[error("item {item} must be answered and is not")]
    Required { item: usize },
    #[error("the answer's month {0} is before 2020 or after this month")]
    Month(YearMonth),
    #[error("the answer has no nonce")]
    Nonce,
}

/// The first year and month an answer may have (answer codes count months from here).
pub const FIRST_MONTH: YearMonth = YearMonth {
    year: 2020,
    month: 1,
};

/// The door check of every answer that comes in (kiosk, answer code, restore, merge): it names
/// `form`, speaks one of its languages, has one fitting value per item, every required item
/// answered, a month from 2020-01 to `latest` and a nonce of 1 to 2^40 − 1.
pub fn answer_problems(form: &Form, answer: &Answer, latest: YearMonth) -> Vec<AnswerProblem> {
    let mut found = Vec::new();
    if answer.form_id != form.id || answer.project_id != form.project_id {
        found.push(AnswerProblem::WrongForm);
    }
    if !form.languages.contains(&answer.lang) {
        found.push(AnswerProblem::Language);
    }
    if answer.values.len() != form.items.len() {
        found.push(AnswerProblem::ValueCount {
            expected: form.items.len(),
            found: answer.values.len(),
        });
    }
    for (i, (item, value)) in form.items.iter().zip(&answer.values).enumerate() {
        let fits = match (&item.kind, value) {
            (_, Value::Skipped) => true,
            (ItemKind::Scale { .. }, Value::Scale(v)) => (1..=5).contains(v),
            (ItemKind::YesNo, Value::YesNo(_)) => true,
            (ItemKind::Choice { options }, Value::Choice(c)) => usize::from(*c) < options.len(),
            (ItemKind::FreeText, Value::Text(t)) => {
                !t.trim().is_empty() && t.chars().count() <= MAX_FREE_TEXT
            }
            _ => false,
        };
        if !fits {
            found.push(AnswerProblem::Value { item: i });
        } else if *value == Value::Skipped && !item.optional {
            found.push(AnswerProblem::Required { item: i });
        }
    }
    let month = answer.month;
    if !(1..=12).contains(&month.month) || month < FIRST_MONTH || month > latest {
        found.push(AnswerProblem::Month(month));
    }
    if answer.nonce == 0 || answer.nonce >= 1 << 40 {
        found.push(AnswerProblem::Nonce);
    }
    found
}
