//! Checks a workbook for damage that makes `calamine` panic instead of returning an error, so a
//! damaged file gets the usual "the file is damaged" message and the page never crashes.
//!
//! Known cases (calamine 0.38; the first found by the `a_damaged_workbook_never_panics`
//! property test): a sheet whose `<dimension ref="B2:A1">` ends before it starts makes calamine
//! subtract past zero, and references with very many letters or digits overflow its counters.
//! So every `r` and `ref` attribute of every worksheet must be a plausible cell, row or range.
//!
//! It also keeps a small file from filling the memory: calamine makes room for every cell
//! between the first and the last one a sheet names, so one cell at `XFD1048576` in an
//! otherwise empty file asks for 17 billion cells (the file worker died of it). A workbook whose
//! sheets span more than [`MAX_CELLS`] cells, or that unpacks to more than [`MAX_UNPACKED`]
//! bytes, is refused as too large before calamine reads it.

use std::io::{Cursor, Read};

/// Row and column (both from 1) of a cell reference such as `AB12`, or a row number such as
/// `12`, if it is a plausible one: at most 3 letters and 7 digits, row at least 1.
fn cell(reference: &str) -> Option<(u64, u64)> {
    let letters = reference
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let digits = &reference[letters..];
    if letters > 3
        || digits.is_empty()
        || digits.len() > 7
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let column = reference[..letters].bytes().fold(0u64, |n, b| {
        n * 26 + u64::from(b.to_ascii_uppercase() - b'A' + 1)
    });
    let row = digits.parse::<u64>().ok().filter(|r| *r >= 1)?;
    Some((row, column))
}

/// Whether a `ref` or `r` attribute value is a plausible cell, row or forward range.
fn plausible(value: &str) -> bool {
    match value.split_once(':') {
        Some((from, to)) => match (cell(from), cell(to)) {
            (Some(a), Some(b)) => b.0 >= a.0 && b.1 >= a.1,
            _ => false,
        },
        None => cell(value).is_some(),
    }
}

/// The most of one worksheet that is checked (a sheet of 100,000 rows is about 20 MB).
const MAX_SHEET: u64 = 64 * 1024 * 1024;
/// The most cells a sheet may span, from its first to its last named cell (200,000 rows of 25
/// columns).
pub const MAX_CELLS: u64 = 5_000_000;
/// The most bytes all parts of a workbook may unpack to.
pub const MAX_UNPACKED: u64 = 256 * 1024 * 1024;

/// Why a workbook is refused before calamine reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// A cell reference calamine cannot take (the text names it).
    Damaged(String),
    /// The sheets span more than [`MAX_CELLS`] cells, or the parts unpack to more than
    /// [`MAX_UNPACKED`] bytes.
    TooLarge,
}

/// The rows and columns a sheet's references span.
#[derive(Default)]
struct Span(Option<((u64, u64), (u64, u64))>);

impl Span {
    fn add(&mut self, (row, col): (u64, u64)) {
        let ((r0, c0), (r1, c1)) = self.0.unwrap_or(((row, col), (row, col)));
        self.0 = Some(((r0.min(row), c0.min(col)), (r1.max(row), c1.max(col))));
    }

    fn cells(&self) -> u64 {
        self.0
            .map_or(0, |((r0, c0), (r1, c1))| (r1 - r0 + 1) * (c1 - c0 + 1))
    }
}

/// Counts the bytes read through it.
struct Counted<R> {
    inner: R,
    read: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

/// `Err` if a worksheet holds a cell reference calamine cannot take, or the workbook is larger
/// than Stegvis reads. Every part is unpacked and counted (what a zip file says of its sizes
/// is not trusted), and every worksheet is read with an XML reader, so that no way of writing
/// an attribute (single quotes, a line break before it) slips past.
pub fn check(bytes: &[u8]) -> Result<(), Refused> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(()); // calamine names this problem itself
    };
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index(i) else {
            continue;
        };
        let sheet = entry.name().is_ok_and(|n| n.starts_with("xl/worksheets/"));
        let limit = (MAX_UNPACKED - unpacked).min(if sheet { MAX_SHEET } else { u64::MAX });
        let mut counted = Counted {
            inner: entry.take(limit + 1),
            read: 0,
        };
        let checked = if sheet {
            check_sheet(&mut counted)
        } else {
            Ok(())
        };
        let _ = std::io::copy(&mut counted, &mut std::io::sink());
        // A sheet cut off at the limit reads as broken XML: it is too large, not damaged.
        if counted.read > limit {
            return Err(Refused::TooLarge);
        }
        checked?;
        unpacked += counted.read;
    }
    Ok(())
}

/// Every `r` and `ref` attribute of one worksheet: plausible, and spanning at most
/// [`MAX_CELLS`] cells.
fn check_sheet(xml: impl Read) -> Result<(), Refused> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(xml));
    let mut buf = Vec::new();
    let mut span = Span::default();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| Refused::Damaged(format!("a worksheet is not XML: {e}")))?;
        match event {
            Event::Start(e) | Event::Empty(e) => {
                for attr in e.attributes().with_checks(false).flatten() {
                    // `xmlns:r="…"` declares a prefix; it is no reference.
                    let name = attr.key.local_name();
                    let declaration = attr.key.as_namespace_binding().is_some();
                    if declaration || (name.as_ref() != "r" && name.as_ref() != "ref") {
                        continue;
                    }
                    let reference = attr.value.trim().to_owned();
                    if !plausible(&reference) {
                        return Err(Refused::Damaged(format!(
                            "a worksheet has the impossible cell reference {reference:?}"
                        )));
                    }
                    // A row number alone (`<row r="12">`) says nothing about columns.
                    for part in reference.split(':') {
                        if let Some(cell) =
                            cell(part).filter(|_| part.starts_with(char::is_alphabetic))
                        {
                            span.add(cell);
                        }
                    }
                    if span.cells() > MAX_CELLS {
                        return Err(Refused::TooLarge);
                    }
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_references_are_found() {
        for bad in [
            "B2:A1",
            "A5:C1",
            "A0",
            "ABCD1",
            "A123456789",
            "A",
            "",
            "A1:",
        ] {
            assert!(!plausible(bad), "{bad}");
        }
        for good in ["A1:C5", "A1", "A1:A1", "xfd1048576", "12"] {
            assert!(plausible(good), "{good}");
        }
        let xml = r#"<worksheet><dimension ref="A1:B2"/><row r="1"><c r="A1"/><c r="B0"/></row></worksheet>"#;
        assert!(
            matches!(check_sheet(xml.as_bytes()), Err(Refused::Damaged(m)) if m.contains("B0"))
        );
    }

    fn workbook(sheet: &str) -> Vec<u8> {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file(
            "xl/worksheets/sheet1.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(sheet.as_bytes()).unwrap();
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn a_workbook_with_a_backwards_dimension_is_refused_before_calamine_reads_it() {
        let bad = workbook(r#"<worksheet><dimension ref="B2:A1"/></worksheet>"#);
        assert!(matches!(check(&bad), Err(Refused::Damaged(m)) if m.contains("B2:A1")));
        let good = workbook(
            r#"<worksheet><dimension ref="A1:B2"/><row r="1"><c r="A1"/></row></worksheet>"#,
        );
        assert_eq!(check(&good), Ok(()));
    }

    #[test]
    fn a_tiny_workbook_that_names_cell_xfd1048576_is_refused_as_too_large() {
        let bomb = workbook(
            r#"<worksheet><sheetData><row r="1"><c r="A1"/></row><row r="1048576"><c r="XFD1048576"/></row></sheetData></worksheet>"#,
        );
        assert!(bomb.len() < 1_000, "a tiny file");
        assert_eq!(check(&bomb), Err(Refused::TooLarge));
        let dimension = workbook(r#"<worksheet><dimension ref="A1:Z200000"/></worksheet>"#);
        assert_eq!(check(&dimension), Err(Refused::TooLarge));
        let wide_but_fine = workbook(r#"<worksheet><dimension ref="A1:Y200000"/></worksheet>"#);
        assert_eq!(check(&wide_but_fine), Ok(()));
    }

    #[test]
    fn no_way_of_writing_the_attribute_slips_past() {
        for sheet in [
            "<worksheet><row r='1048576'><c r='XFD1048576'/></row><c r='A1'/></worksheet>",
            "<worksheet><c\n r=\"A1\"/><c\tr = \"XFD1048576\"/></worksheet>",
            "<x:worksheet xmlns:x='s'><x:c x:r='A1'/><x:c x:r='XFD1048576'/></x:worksheet>",
        ] {
            assert_eq!(check(&workbook(sheet)), Err(Refused::TooLarge), "{sheet}");
        }
    }

    #[test]
    fn a_sheet_larger_than_is_read_is_refused_by_what_it_unpacks_to() {
        let mut big = String::from("<worksheet><sheetData>");
        while (big.len() as u64) <= MAX_SHEET {
            big.push_str(&"<!-- fyllnad -->".repeat(4096));
        }
        big.push_str("</sheetData></worksheet>");
        assert_eq!(check(&workbook(&big)), Err(Refused::TooLarge));
    }
}
