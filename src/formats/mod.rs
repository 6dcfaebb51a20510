//! File formats: what goes into and comes out of Stegvis as files. Pure Rust, tested natively.
//!
//! - [`backup`]: the whole store as a versioned, checksummed JSON file, and restore plans.
//! - [`data`]: the records of a file or the store, a set per kind.
//! - [`screen`]: the door check of the records of a file being restored or merged.
//! - [`sealed`]: a backup of protected data, sealed with the passphrase, in a JSON envelope.
//! - [`export`]: the report as CSV (UTF-8 with BOM; `;` in Swedish, `,` in English) and `.xlsx`.
//! - [`import`]: participant lists from `.csv` (UTF-8 or Windows-1252, `;` or `,`) and `.xlsx`.
//! - [`jobs`]: reading an import file and writing a workbook as messages, so that the browser
//!   runs them in a Web Worker whose code is loaded only when a file is imported or exported.

pub mod backup;
pub mod data;
pub mod docx;
pub mod export;
pub mod import;
pub mod jobs;
pub mod merge;
pub mod screen;
pub mod sealed;
