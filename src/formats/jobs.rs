//! The heavy file work as jobs and outcomes that travel as messages to a Web Worker.
//!
//! Reading `.xlsx` (calamine, zip, quick-xml with every text encoding), writing it
//! (rust_xlsxwriter) and writing the final report as `.docx` (docx-rs) is about half of the app's code by compressed size, and a coach needs it
//! only when importing or exporting. The browser app therefore never calls [`read`] or
//! [`export::xlsx`] itself: it sends a [`Job`] to the worker binary (`src/bin/tools.rs`), which
//! calls [`run`] and answers with an [`Outcome`]. The file's bytes travel beside the JSON, not in
//! it. Everything here is pure and tested natively.

use super::export;
use super::import::{read, ImportError, RawTable};
use crate::report::draft::Draft;
use crate::report::tables::Table;
use serde::{Deserialize, Serialize};

/// What the worker is asked to do. The input bytes (if any) travel beside the job.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Job {
    /// Read the input bytes, a file called `file_name`, into rows.
    ReadTable { file_name: String },
    /// Write `tables` as an `.xlsx` workbook with `heading` above each; no input bytes.
    WriteWorkbook {
        heading: Vec<String>,
        tables: Vec<Table>,
    },
    /// Write a final report draft, already [`Draft::rendered`], as a `.docx` document.
    WriteDocument { draft: Draft },
}

/// What the worker answers. A workbook's bytes travel beside the outcome.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Outcome {
    Table(RawTable),
    ImportFailed(ImportError),
    /// The workbook is in the bytes beside this outcome.
    Workbook,
    /// rust_xlsxwriter refused; the text is its error, for the console only.
    WorkbookFailed(String),
    /// The document is in the bytes beside this outcome.
    Document,
    /// docx-rs refused; the text is its error, for the console only.
    DocumentFailed(String),
    /// The job's JSON could not be read: a worker from another version of the app.
    BadJob(String),
}

/// Does one job. Returns the outcome and its bytes (empty unless [`Outcome::Workbook`]).
pub fn run(job: Job, input: &[u8]) -> (Outcome, Vec<u8>) {
    match job {
        Job::ReadTable { file_name } => match read(input, &file_name) {
            Ok(table) => (Outcome::Table(table), Vec::new()),
            Err(e) => (Outcome::ImportFailed(e), Vec::new()),
        },
        Job::WriteWorkbook { heading, tables } => match export::xlsx(&heading, &tables) {
            Ok(bytes) => (Outcome::Workbook, bytes),
            Err(e) => (Outcome::WorkbookFailed(e.to_string()), Vec::new()),
        },
        Job::WriteDocument { draft } => match super::docx::write(&draft) {
            Ok(bytes) => (Outcome::Document, bytes),
            Err(e) => (Outcome::DocumentFailed(e), Vec::new()),
        },
    }
}

/// [`run`] for a job as JSON, the way the worker receives it; the outcome as JSON.
pub fn run_json(job: &str, input: &[u8]) -> (String, Vec<u8>) {
    let (outcome, bytes) = match serde_json::from_str::<Job>(job) {
        Ok(job) => run(job, input),
        Err(e) => (Outcome::BadJob(e.to_string()), Vec::new()),
    };
    let json = serde_json::to_string(&outcome).unwrap_or_else(|e| {
        serde_json::to_string(&Outcome::BadJob(e.to_string())).unwrap_or_default()
    });
    (json, bytes)
}
