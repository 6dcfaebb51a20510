//! Small reusable pieces of UI: labelled form fields, notices, and the passphrase form.

pub mod confirm;
pub mod demo;
pub mod export;
pub mod field;
pub mod filler;
pub mod link;
pub mod notice;
pub mod passphrase;
pub mod rejected;
pub mod reminders;
