//! The final report draft as a Word document (`.docx`), written with `docx-rs`.
//!
//! Headings use Word's built-in heading styles (`Heading1`, `Heading2`), so Word's navigation
//! pane and LibreOffice's navigator list the sections, and a table of contents can be added in
//! Word. Tables are real tables with a bold header row. Like the workbook, this runs in the file
//! worker only (`crate::formats::jobs`), so a first visit never downloads it.

use crate::report::draft::{paragraphs, Block, Draft};
use crate::report::table::{Cell, Row, Table};
use docx_rs::{BreakType, Docx, Paragraph, Run, RunFonts, Style, StyleType, TableCell, TableRow};

/// Sizes in half-points, as Word counts them.
const TITLE_SIZE: usize = 40;
const HEADING1_SIZE: usize = 32;
const HEADING2_SIZE: usize = 26;
const BODY_SIZE: usize = 22;

fn styles(doc: Docx) -> Docx {
    let font = RunFonts::new()
        .ascii("Calibri")
        .hi_ansi("Calibri")
        .cs("Calibri");
    doc.default_fonts(font)
        .default_size(BODY_SIZE)
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .size(TITLE_SIZE)
                .bold(),
        )
        .add_style(
            Style::new("Heading1", StyleType::Paragraph)
                .name("heading 1")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .size(HEADING1_SIZE)
                .bold()
                .outline_lvl(0),
        )
        .add_style(
            Style::new("Heading2", StyleType::Paragraph)
                .name("heading 2")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .size(HEADING2_SIZE)
                .bold()
                .outline_lvl(1),
        )
}

fn styled(style: &str, text: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(Run::new().add_text(text))
}

/// A coach's text: one Word paragraph per paragraph, its lines joined by line breaks.
fn text_paragraphs(text: &str) -> Vec<Paragraph> {
    paragraphs(text)
        .into_iter()
        .map(|lines| {
            let mut run = Run::new();
            for (i, line) in lines.iter().enumerate() {
                if i > 0 {
                    run = run.add_break(BreakType::TextWrapping);
                }
                run = run.add_text(*line);
            }
            Paragraph::new().add_run(run)
        })
        .collect()
}

fn cell(text: &str, bold: bool) -> TableCell {
    let run = Run::new().add_text(text);
    TableCell::new().add_paragraph(Paragraph::new().add_run(if bold { run.bold() } else { run }))
}

fn table_of(header: Option<&[String]>, rows: &[(Vec<String>, bool)]) -> docx_rs::Table {
    let mut out: Vec<TableRow> = (header.into_iter())
        .map(|h| TableRow::new(h.iter().map(|h| cell(h, true)).collect()))
        .collect();
    out.extend(
        rows.iter()
            .map(|(cells, bold)| TableRow::new(cells.iter().map(|c| cell(c, *bold)).collect())),
    );
    docx_rs::Table::new(out)
}

/// A cell of a rendered draft ([`Draft::rendered`]): every cell is text by then.
fn shown(c: &Cell) -> String {
    match c {
        Cell::Text(s) => s.clone(),
        _ => String::new(),
    }
}

fn report_table(table: &Table) -> Vec<DocPart> {
    let rows: Vec<(Vec<String>, bool)> = (table.rows.iter())
        .map(|Row { cells, total }| (cells.iter().map(shown).collect(), *total))
        .collect();
    let mut parts = vec![para(styled("Heading2", &table.title))];
    if !rows.is_empty() {
        parts.push(DocPart::Table(Box::new(table_of(
            Some(&table.columns),
            &rows,
        ))));
    }
    if let Some(note) = &table.note {
        parts.push(para(Paragraph::new().add_run(Run::new().add_text(note))));
    }
    parts
}

fn para(p: Paragraph) -> DocPart {
    DocPart::Paragraph(Box::new(p))
}

enum DocPart {
    Paragraph(Box<Paragraph>),
    Table(Box<docx_rs::Table>),
}

/// The draft as the bytes of a `.docx` file. The draft is [`Draft::rendered`] first, in the
/// coach's language.
pub fn write(draft: &Draft) -> Result<Vec<u8>, String> {
    let mut parts = vec![para(styled("Title", &draft.title))];
    parts.extend((draft.lines.iter()).map(|l| para(styled("Normal", l))));
    for section in &draft.sections {
        parts.push(para(styled("Heading1", &section.heading)));
        for block in &section.blocks {
            match block {
                Block::Subheading(h) => parts.push(para(styled("Heading2", h))),
                Block::Text(text) => parts.extend(text_paragraphs(text).into_iter().map(para)),
                Block::Placeholder(prompt) => parts.push(para(
                    Paragraph::new().add_run(Run::new().add_text(prompt).italic()),
                )),
                Block::Facts(facts) => {
                    let rows: Vec<(Vec<String>, bool)> = (facts.iter())
                        .map(|(k, v)| (vec![k.clone(), v.clone()], false))
                        .collect();
                    parts.push(DocPart::Table(Box::new(table_of(None, &rows))));
                }
                Block::Table(table) => parts.extend(report_table(table)),
            }
        }
    }
    let mut doc = styles(Docx::new());
    for part in parts {
        doc = match part {
            DocPart::Paragraph(p) => doc.add_paragraph(*p),
            DocPart::Table(table) => doc.add_table(*table),
        };
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes.into_inner())
}
