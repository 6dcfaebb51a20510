//! The table model of reports and summaries: cells, rows and tables, with the small builders
//! every table shares (rows, total rows, the gender columns). The page renders these, and the
//! CSV and Excel exports write them.

use super::words::{Word, Words};
use super::GenderCounts;
use crate::domain::Gender;

/// A cell: text, a whole number, a decimal number, or a share (drawn as a percentage).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Cell {
    Text(String),
    Int(i64),
    /// A decimal number shown with one decimal.
    Decimal(f64),
    /// An amount of money in whole kronor, shown as `1 250 000 kr`.
    Kronor(i64),
    /// `part` of `of`, shown as a percentage; `of == 0` shows as empty.
    Share {
        part: u32,
        of: u32,
    },
    Empty,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// A total or summary row, drawn in bold.
    pub total: bool,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Table {
    /// Short stable name: the element id on the page and the Excel sheet name.
    pub key: String,
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    /// Said under the table (e.g. "no one was discharged").
    pub note: Option<String>,
}

impl Cell {
    /// The cell as text in this language (shares as percentages).
    pub fn text(&self, t: &dyn Words) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Decimal(x) => t.one_decimal(*x),
            Cell::Kronor(x) => {
                let sign = if *x < 0 { "−" } else { "" };
                format!(
                    "{sign}{}",
                    crate::domain::money::amount_text(x.unsigned_abs())
                )
            }
            Cell::Share { of: 0, .. } | Cell::Empty => String::new(),
            Cell::Share { part, of } => t.share(*part, *of),
        }
    }
}

pub(crate) fn text(s: &str) -> Cell {
    Cell::Text(s.to_owned())
}

/// A plain (not total) row.
pub(crate) fn row(cells: Vec<Cell>) -> Row {
    Row {
        cells,
        total: false,
    }
}

pub(crate) fn total(cells: Vec<Cell>) -> Row {
    Row { cells, total: true }
}

pub(crate) fn gender_columns(t: &dyn Words, first: &str) -> Vec<String> {
    [
        first,
        &t.word(Word::Total),
        &t.word(Word::Women),
        &t.word(Word::Men),
        &t.word(Word::Other),
        &t.word(Word::Unspecified),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

pub(crate) fn gender_cells(label: &str, c: &GenderCounts) -> Vec<Cell> {
    let mut cells = vec![text(label), Cell::Int(c.all.into())];
    cells.extend(
        [
            Gender::Woman,
            Gender::Man,
            Gender::Other,
            Gender::Unspecified,
        ]
        .map(|g| Cell::Int(c.get(g).into())),
    );
    cells
}
