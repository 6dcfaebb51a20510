//! Small reusable pieces of UI: labelled form fields and notices.

pub mod confirm;
pub mod demo;
pub mod export;
pub mod field;
pub mod filler;
pub mod link;
pub mod notice;
pub mod reminders;
