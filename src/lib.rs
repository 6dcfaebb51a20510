//! Stegvis: follow-up for coaches in Swedish vocational rehabilitation projects.
//!
//! The crate is layered; each layer uses only the ones before it (`tests/layers.rs` keeps it
//! so, and `ARCHITECTURE.md` tells the whole story):
//!
//! - The pure core, plain Rust with no browser and no language, tested natively:
//!   [`domain`] (projects, participants, validation, door checks), [`survey`] (self-evaluations,
//!   answer codes, phone links), [`records`] (the kinds of record, each declared once),
//!   [`report`] (the numbers and tables; words as keys), [`charts`] (SVG), [`formats`]
//!   (backups, import, export, merge, screening), [`routes`] (every page's address) and
//!   [`demo`] (the workshop data).
//! - [`storage`]: the [`storage::Store`] trait over rows, in memory (native tests) or in
//!   IndexedDB, and the cipher for a passphrase.
//! - [`repo`]: the one write path. It owns the store and the key, checks and versions every
//!   save, and announces every change; it knows no platform.
//! - [`i18n`]: the message catalogue, which turns the core's keys and errors into Swedish or
//!   English.
//! - `settings` and `ui` (browser only): small settings in `localStorage`, and the Leptos pages
//!   and components, which subscribe to the write path's changes.

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
