//! Stegvis: follow-up for coaches in Swedish vocational rehabilitation projects.
//!
//! The crate is layered so that each layer only knows the ones above it in this list:
//!
//! - [`domain`]: the pure core. Projects, participants, validation, the personnummer guard and
//!   the participant list. Plain Rust with no browser types; tested natively.
//! - [`i18n`]: the one message catalogue. Every text a user reads comes from here.
//! - [`storage`]: a small [`storage::Store`] trait with an in-memory implementation (native
//!   tests) and an IndexedDB implementation (the browser).
//! - [`survey`]: anonymous self-evaluations: forms, answer codes, results. Pure, like `domain`.
//! - `settings` and `ui` (browser only): small settings in `localStorage`, and the Leptos pages
//!   and components.

pub mod charts;
pub mod demo;
pub mod domain;
pub mod formats;
pub mod i18n;
pub mod records;
pub mod repo;
pub mod report;
pub mod routes;
pub mod storage;
pub mod survey;

#[cfg(target_arch = "wasm32")]
pub mod settings;
#[cfg(target_arch = "wasm32")]
pub mod ui;
