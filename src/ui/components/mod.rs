//! Small reusable pieces of UI: labelled form fields and notices.

pub mod field;
pub mod notice;
