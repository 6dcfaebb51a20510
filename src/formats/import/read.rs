//! From the bytes of a file to rows of cells: which format, which encoding, which separator.
//!
//! CSV comes as UTF-8 (with or without a byte-order mark) or as Windows-1252, which is what
//! Swedish Excel's plain "CSV" writes; the separator is `;` or `,`. An `.xlsx` file is read from
//! its first worksheet, keeping numbers and dates as Excel stored them so that the row reader
//! can interpret them per column.

use super::{ImportError, SourceEncoding};
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

/// One cell as the file holds it.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum RawCell {
    Text(String),
    /// A number from an `.xlsx` cell (a year, or a date serial in a cell without date format).
    Number(f64),
    /// A date from an `.xlsx` cell formatted as a date.
    Date {
        year: i32,
        month: u8,
        day: u8,
    },
}

impl RawCell {
    pub fn is_blank(&self) -> bool {
        matches!(self, RawCell::Text(t) if t.trim().is_empty())
    }

    /// The cell as text: whole numbers without decimals, dates as `YYYY-MM-DD`.
    pub fn text(&self) -> String {
        match self {
            RawCell::Text(t) => t.trim().to_owned(),
            RawCell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            RawCell::Number(n) => n.to_string(),
            RawCell::Date { year, month, day } => format!("{year:04}-{month:02}-{day:02}"),
        }
    }
}

/// A row of the file with its 1-based line (CSV) or row (xlsx) number.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RawRow {
    pub line: usize,
    pub cells: Vec<RawCell>,
}

/// The file as rows: the header first. Completely empty rows are already left out.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RawTable {
    pub encoding: SourceEncoding,
    pub separator: Option<char>,
    pub rows: Vec<RawRow>,
    /// A file named `.xlsx` that is really text, read as CSV.
    #[serde(default)]
    pub misnamed: bool,
    /// A workbook that counts its date serial numbers from 1904.
    #[serde(default)]
    pub date1904: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Csv,
    /// Text in a file named `.xlsx`.
    MisnamedCsv,
    Xlsx,
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// Old binary Office files (`.xls`, `.doc`).
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0";
const PDF_MAGIC: &[u8] = b"%PDF";

/// Reads a file into rows, choosing the format from the file name and the bytes.
pub fn read(bytes: &[u8], file_name: &str) -> Result<RawTable, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    if bytes.len() as u64 > super::MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    match kind(bytes, file_name)? {
        Kind::Csv => read_csv(bytes),
        Kind::MisnamedCsv => read_csv(bytes).map(|table| RawTable {
            misnamed: true,
            ..table
        }),
        Kind::Xlsx => read_xlsx(bytes),
    }
}

fn extension(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or("");
    match base.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.trim().to_lowercase(),
        _ => String::new(),
    }
}

fn looks_binary(bytes: &[u8]) -> bool {
    bytes.starts_with(OLE_MAGIC)
        || bytes.starts_with(PDF_MAGIC)
        || bytes.iter().take(4096).any(|b| *b == 0)
}

fn is_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF")
}

fn kind(bytes: &[u8], file_name: &str) -> Result<Kind, ImportError> {
    let ext = extension(file_name);
    let unsupported = || ImportError::UnsupportedFormat {
        extension: ext.clone(),
    };
    match ext.as_str() {
        // A zip is never CSV: a workbook that was renamed.
        "csv" | "txt" if bytes.starts_with(ZIP_MAGIC) => Ok(Kind::Xlsx),
        // UTF-16 text has NUL bytes; let decoding name the real problem.
        "csv" | "txt" | "" if is_utf16(bytes) => Ok(Kind::Csv),
        "csv" | "txt" if looks_binary(bytes) => Err(unsupported()),
        "csv" | "txt" => Ok(Kind::Csv),
        "xlsx" | "xlsm" if bytes.starts_with(ZIP_MAGIC) => Ok(Kind::Xlsx),
        // A text file renamed `.xlsx` (a CSV saved with the wrong name): read as the text it is.
        "xlsx" | "xlsm" if !looks_binary(bytes) || is_utf16(bytes) => Ok(Kind::MisnamedCsv),
        "xlsx" | "xlsm" => Ok(Kind::Xlsx),
        "" if bytes.starts_with(ZIP_MAGIC) => Ok(Kind::Xlsx),
        "" if looks_binary(bytes) => Err(unsupported()),
        "" => Ok(Kind::Csv),
        _ => Err(unsupported()),
    }
}

/// Decodes CSV bytes: BOM → UTF-8, valid UTF-8 → UTF-8, anything else → Windows-1252.
pub fn decode(bytes: &[u8]) -> Result<(SourceEncoding, String), ImportError> {
    if is_utf16(bytes) {
        return Err(ImportError::UnsupportedEncoding);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        // A BOM promises UTF-8; repair rather than refuse a stray bad byte.
        return Ok((
            SourceEncoding::Utf8Bom,
            String::from_utf8_lossy(rest).into_owned(),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((SourceEncoding::Utf8, text.to_owned())),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok((SourceEncoding::Windows1252, text.into_owned()))
        }
    }
}

/// `;` or `,`, whichever occurs more often outside quotes on the first line; `;` on a tie.
pub fn detect_separator(text: &str) -> char {
    let (mut semicolons, mut commas, mut quoted) = (0usize, 0usize, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ';' if !quoted => semicolons += 1,
            ',' if !quoted => commas += 1,
            _ => {}
        }
    }
    if commas > semicolons {
        ','
    } else {
        ';'
    }
}

fn read_csv(bytes: &[u8]) -> Result<RawTable, ImportError> {
    let (encoding, text) = decode(bytes)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // Excel understands a first line `sep=;` naming the separator; so do we.
    let first_line = text.lines().next().unwrap_or("").trim();
    let (separator, body, skipped_lines) = match first_line
        .strip_prefix("sep=")
        .and_then(|s| s.chars().next())
    {
        Some(sep @ (';' | ',' | '\t')) => {
            let rest = text.split_once('\n').map(|(_, r)| r).unwrap_or("");
            (sep, rest, 1)
        }
        _ => (detect_separator(&text), text.as_str(), 0),
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator as u8)
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut rows = Vec::new();
    let mut lines = LineCounter::default();
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::UnreadableCsv(e.to_string()))?;
        // The recorded start can lie before the line break (and blank lines) ahead of it.
        let mut byte = record.position().map_or(0, |p| p.byte() as usize);
        while matches!(body.as_bytes().get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        let line = lines.line_at(body.as_bytes(), byte) + skipped_lines;
        let cells: Vec<RawCell> = record.iter().map(|c| RawCell::Text(c.to_owned())).collect();
        if !cells.iter().all(RawCell::is_blank) {
            rows.push(RawRow { line, cells });
        }
    }
    if rows.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(RawTable {
        encoding,
        separator: Some(separator),
        rows,
        misnamed: false,
        date1904: false,
    })
}

/// Line numbers from byte offsets (the csv crate's own count skips blank lines). A line ends
/// with `\n`, `\r\n` or a lone `\r`. Offsets must come in increasing order.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: usize,
}

impl LineCounter {
    fn line_at(&mut self, text: &[u8], byte: usize) -> usize {
        let byte = byte.min(text.len());
        while self.offset < byte {
            let ends_line = match text[self.offset] {
                b'\n' => true,
                b'\r' => text.get(self.offset + 1) != Some(&b'\n'),
                _ => false,
            };
            if ends_line {
                self.line += 1;
            }
            self.offset += 1;
        }
        self.line + 1
    }
}

fn raw_cell(data: &Data) -> RawCell {
    match data {
        Data::Empty => RawCell::Text(String::new()),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => RawCell::Text(s.clone()),
        Data::Int(i) => RawCell::Number(*i as f64),
        Data::Float(f) => RawCell::Number(*f),
        Data::Bool(b) => RawCell::Text(b.to_string()),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (year, month, day, ..) = dt.to_ymd_hms_milli();
            RawCell::Date {
                year: i32::from(year),
                month,
                day,
            }
        }
        Data::DateTime(dt) => RawCell::Number(dt.as_f64()),
        Data::Error(e) => RawCell::Text(e.to_string()),
    }
}

fn read_xlsx(bytes: &[u8]) -> Result<RawTable, ImportError> {
    let corrupt = |e: &dyn std::fmt::Debug| ImportError::CorruptXlsx(format!("{e:?}"));
    super::guard::check(bytes).map_err(|e| match e {
        super::guard::Refused::Damaged(what) => ImportError::CorruptXlsx(what),
        super::guard::Refused::TooLarge => ImportError::TooLarge,
    })?;
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| corrupt(&e))?;
    let range = match book.worksheet_range_at(0) {
        Some(Ok(range)) => range,
        Some(Err(e)) => return Err(corrupt(&e)),
        None => return Err(corrupt(&"no worksheet")),
    };
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    let rows: Vec<RawRow> = range
        .rows()
        .enumerate()
        .map(|(i, cells)| RawRow {
            line: first_row + i + 1,
            cells: cells.iter().map(raw_cell).collect(),
        })
        .filter(|row| !row.cells.iter().all(RawCell::is_blank))
        .collect();
    if rows.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(RawTable {
        encoding: SourceEncoding::Xlsx,
        separator: None,
        rows,
        misnamed: false,
        date1904: book.has_1904_epoch(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separator_is_counted_outside_quotes_with_semicolon_on_a_tie() {
        assert_eq!(detect_separator("kod;kön;startdatum\nD-1,a,b,c,d"), ';');
        assert_eq!(detect_separator("kod,kön,startdatum"), ',');
        assert_eq!(detect_separator("\"a;b;c\",kod,x"), ',');
        assert_eq!(detect_separator("kod"), ';');
    }

    #[test]
    fn format_comes_from_the_extension_then_the_bytes() {
        assert_eq!(kind(b"kod", "lista.CSV"), Ok(Kind::Csv));
        assert_eq!(kind(b"kod", "lista.txt"), Ok(Kind::Csv));
        assert_eq!(kind(b"PK\x03\x04x", "lista"), Ok(Kind::Xlsx));
        assert_eq!(kind(b"PK\x03\x04x", "lista.csv"), Ok(Kind::Xlsx));
        assert_eq!(kind(b"kod", "lista"), Ok(Kind::Csv));
        assert!(kind(b"%PDF-1.4", "lista").is_err());
        assert!(kind(b"PK\x03\x04x", "lista.ods").is_err());
        assert_eq!(kind(b"kod;startdatum", "lista.xlsx"), Ok(Kind::MisnamedCsv));
        assert_eq!(kind(b"\xD0\xCF\x11\xE0", "lista.xlsx"), Ok(Kind::Xlsx));
    }

    #[test]
    fn numbers_read_as_text_drop_a_zero_decimal() {
        assert_eq!(RawCell::Number(1990.0).text(), "1990");
        assert_eq!(RawCell::Number(2.5).text(), "2.5");
    }
}
