//! The report as files a coach can attach or open in Excel: CSV and `.xlsx`.
//!
//! Both are written from the same [`Table`]s the page shows. CSV is UTF-8 with a byte-order
//! mark, which Excel opens with å, ä and ö intact; numbers use the language's decimal separator
//! and fields the separator Excel expects with it (`;` in Swedish, `,` in English). The Excel file has one sheet per table with real numbers
//! (shares as numbers formatted as percent), never numbers stored as text.

use crate::report::tables::{Cell, Table};
use crate::report::words::Words;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// `text` as a spreadsheet program shows it as text, never runs it: a field that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return would be taken as a formula by Excel and
/// LibreOffice, so it gets a leading `'` (OWASP's advice for CSV injection). Numbers are written
/// by their own cells and never pass through here, so a negative number stays a number.
pub fn neutralised(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// The report as CSV: each table as a title line, a header line and its rows, with a blank line
/// between tables. Starts with a UTF-8 byte-order mark. Every text field is [`neutralised`].
pub fn csv(heading: &[String], tables: &[Table], t: &dyn Words) -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(t.csv_separator())
            .flexible(true)
            .from_writer(&mut out);
        let cell = |c: &Cell| match c {
            Cell::Share { part, of } if *of > 0 => {
                t.one_decimal(100.0 * f64::from(*part) / f64::from(*of))
            }
            Cell::Text(text) => neutralised(text).into_owned(),
            // A plain number, so a spreadsheet reads it as one.
            Cell::Kronor(x) => x.to_string(),
            other => other.text(t),
        };
        let mut write = |fields: Vec<String>| {
            // Writing to a Vec cannot fail.
            let _ = w.write_record(fields);
        };
        let text = |s: &str| neutralised(s).into_owned();
        for line in heading {
            write(vec![text(line)]);
        }
        for table in tables {
            write(vec![String::new()]);
            write(vec![text(&table.title)]);
            let columns = table
                .columns
                .iter()
                .zip(
                    table
                        .rows
                        .first()
                        .map(|r| r.cells.as_slice())
                        .unwrap_or(&[])
                        .iter()
                        .chain(std::iter::repeat(&Cell::Empty)),
                )
                .map(|(name, first)| match first {
                    Cell::Share { .. } => text(&format!("{name} (%)")),
                    _ => text(name),
                })
                .collect();
            write(columns);
            for row in &table.rows {
                write(row.cells.iter().map(cell).collect());
            }
            if let Some(note) = &table.note {
                write(vec![text(note)]);
            }
        }
        let _ = w.flush();
    }
    out
}

/// Excel's limits on sheet names: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(title: &str, used: &mut Vec<String>) -> String {
    let clean: String = title
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(28)
        .collect();
    let mut name = clean.trim().to_owned();
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&name)) {
        name = format!("{} {n}", clean.trim());
        n += 1;
    }
    used.push(name.clone());
    name
}

/// The report as an Excel workbook: one sheet per table, the heading above each.
pub fn xlsx(heading: &[String], tables: &[Table]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let title_format = Format::new().set_bold().set_font_size(14);
    let percent = Format::new().set_num_format("0.0%");
    let percent_bold = Format::new().set_num_format("0.0%").set_bold();
    let decimal = Format::new().set_num_format("0.0");
    let kronor = Format::new().set_num_format("#,##0 \"kr\"");
    let mut used = Vec::new();
    for table in tables {
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name(&table.title, &mut used))?;
        sheet.write_string_with_format(0, 0, &table.title, &title_format)?;
        for (i, line) in heading.iter().enumerate() {
            sheet.write_string(1 + i as u32, 0, line)?;
        }
        let header_row = 2 + heading.len() as u32;
        for (c, name) in table.columns.iter().enumerate() {
            sheet.write_string_with_format(header_row, c as u16, name, &bold)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let y = header_row + 1 + r as u32;
            for (c, cell) in row.cells.iter().enumerate() {
                let x = c as u16;
                match cell {
                    Cell::Text(s) if row.total => {
                        sheet.write_string_with_format(y, x, s, &bold).map(|_| ())?
                    }
                    Cell::Text(s) => sheet.write_string(y, x, s).map(|_| ())?,
                    Cell::Int(n) if row.total => sheet
                        .write_number_with_format(y, x, *n as f64, &bold)
                        .map(|_| ())?,
                    Cell::Int(n) => sheet.write_number(y, x, *n as f64).map(|_| ())?,
                    Cell::Kronor(v) => sheet
                        .write_number_with_format(y, x, *v as f64, &kronor)
                        .map(|_| ())?,
                    Cell::Decimal(v) => sheet
                        .write_number_with_format(y, x, *v, &decimal)
                        .map(|_| ())?,
                    Cell::Share { part, of } if *of > 0 => {
                        let share = f64::from(*part) / f64::from(*of);
                        let format = if row.total { &percent_bold } else { &percent };
                        sheet
                            .write_number_with_format(y, x, share, format)
                            .map(|_| ())?
                    }
                    Cell::Share { .. } | Cell::Empty => {}
                }
            }
        }
        if let Some(note) = &table.note {
            sheet.write_string(header_row + 2 + table.rows.len() as u32, 0, note)?;
        }
        sheet.set_column_width(0, 42)?;
        for c in 1..table.columns.len() as u16 {
            sheet.set_column_width(c, 16)?;
        }
    }
    book.save_to_buffer()
}
