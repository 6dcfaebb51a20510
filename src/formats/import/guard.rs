//! Checks a workbook for damage that makes `calamine` panic instead of returning an error, so a
//! damaged file gets the usual "the file is damaged" message and the page never crashes.
//!
//! Known cases (calamine 0.38; the first found by the `a_damaged_workbook_never_panics`
//! property test): a sheet whose `<dimension ref="B2:A1">` ends before it starts makes calamine
//! subtract past zero, and references with very many letters or digits overflow its counters.
//! So every `r` and `ref` attribute of every worksheet must be a plausible cell, row or range.

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

/// The values of every ` r="…"` and ` ref="…"` attribute in `xml`.
fn references(xml: &str) -> impl Iterator<Item = &str> {
    [" r=\"", " ref=\""].into_iter().flat_map(move |attr| {
        xml.split(attr)
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
    })
}

/// The most of one worksheet that is checked (a sheet of 100,000 rows is about 20 MB).
const MAX_SHEET: u64 = 64 * 1024 * 1024;

/// `Err` with what is wrong if a worksheet holds a cell reference calamine cannot take.
pub fn check(bytes: &[u8]) -> Result<(), String> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(()); // calamine names this problem itself
    };
    for i in 0..archive.len() {
        let Ok(entry) = archive.by_index(i) else {
            continue;
        };
        if !entry.name().is_ok_and(|n| n.starts_with("xl/worksheets/")) {
            continue;
        }
        let mut xml = Vec::new();
        let _ = entry.take(MAX_SHEET).read_to_end(&mut xml);
        let text = String::from_utf8_lossy(&xml).into_owned();
        let bad: Option<String> = references(&text).find(|r| !plausible(r)).map(str::to_owned);
        if let Some(bad) = bad {
            return Err(format!(
                "a worksheet has the impossible cell reference {bad:?}"
            ));
        }
    }
    Ok(())
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
        let xml = r#"<dimension ref="A1:B2"/><row r="1"><c r="A1"/><c r="B0"/></row>"#;
        assert_eq!(
            references(xml).collect::<Vec<_>>(),
            ["1", "A1", "B0", "A1:B2"]
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
        assert!(check(&bad).unwrap_err().contains("B2:A1"));
        let good = workbook(
            r#"<worksheet><dimension ref="A1:B2"/><row r="1"><c r="A1"/></row></worksheet>"#,
        );
        assert_eq!(check(&good), Ok(()));
    }
}
