//! File formats: what goes into and comes out of Stegvis as files. Pure Rust, tested natively.
//!
//! - [`export`]: the report as CSV (`;`, UTF-8 with BOM) and `.xlsx`.
//! - [`import`]: participant lists from `.csv` (UTF-8 or Windows-1252, `;` or `,`) and `.xlsx`.

pub mod export;
pub mod import;
