//! Anonymous self-evaluations (*självskattningar*): forms, answers, answer codes and results.
//!
//! Pure Rust like [`crate::domain`]: nothing here knows about the browser.
//!
//! - [`form`]: what a form is (statements on a 1–5 scale, yes/no, single choice, free text),
//!   in one or more languages, and what an answer is.
//! - [`default_form`]: the ready form in Swedish and English.
//! - [`invitation`]: a form packed into a link's fragment, for the participant's own phone.
//! - [`code`]: an answer packed into a short code of letters and digits (and its QR code), with a
//!   checksum that catches typos; the nonce rule that keeps an answer from counting twice.
//! - [`results`]: distributions, means, medians and start-against-end change, with the
//!   small-group rule that keeps anyone from being recognised.
//! - [`screening`]: flags free text that looks like a personnummer, a phone number or an
//!   e-mail address.

pub mod check;
pub mod code;
pub mod default_form;
pub mod form;
pub mod invitation;
pub mod kiosk;
pub mod qr;
pub mod results;
pub mod screening;

pub use form::{Answer, Form, Item, ItemKind, Moment, Text, Value, YearMonth};
