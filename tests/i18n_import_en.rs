//! The English texts of the participant import.
//!
//! The language is global and tests run in parallel, so these tests never call `set_current`:
//! they read the English catalogue directly (`IMPORT.en`, `IMPORT.get(Lang::En)`, `EN_IMPORT`).

mod common;

use common::{looks_english, project, today};
use stegvis::formats::import::*;
use stegvis::i18n::import::{ImportTexts, EN_IMPORT, IMPORT};
use stegvis::i18n::Lang;

fn en() -> &'static ImportTexts {
    IMPORT.get(Lang::En)
}

fn run(text: &str) -> Result<ImportPreview, ImportError> {
    preview(
        text.as_bytes(),
        "participants.csv",
        &project("Steget"),
        &[],
        today(),
    )
}

#[test]
fn the_static_points_at_the_english_catalogue() {
    assert!(std::ptr::eq(IMPORT.en, &EN_IMPORT));
    assert_eq!(IMPORT.en.lang, Lang::En);
    assert_eq!(IMPORT.sv.lang, Lang::Sv);
    assert_eq!(en().title, "Import participants");
    assert_eq!(IMPORT.get(Lang::Sv).title, "Importera deltagare");
}

#[test]
fn counts_read_naturally_in_singular_and_plural() {
    let t = en();
    assert_eq!((t.ok_rows)(1), "1 row can be imported");
    assert_eq!((t.ok_rows)(12), "12 rows can be imported");
    assert_eq!((t.ok_rows)(0), "0 rows can be imported");
    assert_eq!(
        (t.problem_rows)(1),
        "1 row has problems and will not be imported"
    );
    assert_eq!(
        (t.problem_rows)(3),
        "3 rows have problems and will not be imported"
    );
    assert_eq!((t.import_button)(1), "Import 1 participant");
    assert_eq!((t.import_button)(12), "Import 12 participants");
    assert_eq!((t.done)(1), "1 participant has been imported.");
    assert_eq!((t.done)(12), "12 participants have been imported.");
    assert_eq!((t.row_label)(5), "Row 5");
}

#[test]
fn missing_columns_are_named_in_an_english_list() {
    let two = en().error(&ImportError::MissingColumns(vec![
        Column::Code,
        Column::Start,
    ]));
    assert!(
        two.starts_with("The file is missing the columns code and start date."),
        "{two}"
    );
    assert!(two.contains("add the headings"), "{two}");
    let one = en().error(&ImportError::MissingColumns(vec![Column::Start]));
    assert!(
        one.starts_with("The file is missing the column start date."),
        "{one}"
    );
    assert!(one.contains("add the heading "), "{one}");
    let three = en().error(&ImportError::MissingColumns(vec![
        Column::Code,
        Column::Gender,
        Column::Start,
    ]));
    assert!(
        three.contains("columns code, gender and start date."),
        "{three}"
    );
}

#[test]
fn row_problems_are_in_english_and_name_the_column() {
    let t = en();
    assert_eq!(
        t.row_problem(&RowProblem::InvalidDate(Column::End)),
        "The end date is not a date. Write it as year-month-day, for example 2025-03-14."
    );
    assert!(t
        .row_problem(&RowProblem::TooFarAhead(Column::Start))
        .starts_with("The start date is more than a year in the future."));
    assert_eq!(
        t.row_problem(&RowProblem::CodeTooLong),
        "The code is longer than 20 characters. Shorten it."
    );
    assert_eq!(
        t.row_problem(&RowProblem::CodeRepeated { first_line: 4 }),
        "The code is already used on row 4 of the file. Give each participant a code of their \
         own."
    );
    let both = t.row_problems(&[RowProblem::MissingCode, RowProblem::EndBeforeStart]);
    assert_eq!(
        both,
        "The code is missing. Give the participant a code, for example D-001. \
         The end date is before the start date. Check the dates."
    );
}

#[test]
fn every_english_error_and_problem_is_plain_distinct_and_english() {
    let errors = common::import_errors();
    let mut seen = Vec::new();
    for e in &errors {
        let t = en().error(e);
        looks_english(&t);
        assert!(t.len() > 20 && t.ends_with('.'), "{t}");
        assert!(!seen.contains(&t), "{t} is used twice");
        assert_ne!(t, IMPORT.sv.error(e), "not translated: {t}");
        seen.push(t);
    }
    assert!(en()
        .error(&ImportError::UnsupportedFormat {
            extension: "xls".into()
        })
        .starts_with("Stegvis cannot read .xls files."));
    let problems = common::row_problems("code");
    for p in &problems {
        let t = en().row_problem(p);
        looks_english(&t);
        assert!(t.len() > 20 && t.ends_with('.'), "{t}");
        assert!(!seen.contains(&t), "{t} is used twice");
        assert_ne!(t, IMPORT.sv.row_problem(p), "not translated: {t}");
        seen.push(t);
    }
}

#[test]
fn a_personnummer_is_explained_in_english_and_never_repeated() {
    let text = "code;start date;note\n\
                811218-9876;2025-02-01;\n\
                D-002;2025-02-01;born 811218-9876\n";
    let p = run(text).unwrap();
    // The code column is read: its personnummer stops the row. The note column is not read:
    // it is left out whole, and the row imports.
    let problems = p.rows[0].outcome.as_ref().unwrap_err();
    for problem in problems {
        let said = en().row_problem(problem);
        assert!(said.contains("personal identity number"), "{said}");
        assert!(!said.contains("811218") && !said.contains("9876"), "{said}");
    }
    assert!(p.rows[1].outcome.is_ok());
    assert_eq!(
        p.withheld,
        vec![("note".to_string(), Withheld::Personnummer)]
    );
}

#[test]
fn the_preview_names_the_encoding_and_separator_in_english() {
    let p = run("\u{feff}code;start date\nD-001;2025-02-01\n").unwrap();
    assert_eq!(
        en().detected(&p),
        "Encoding: UTF-8 with BOM. Separator: semicolon (;)."
    );
    let t = en();
    assert_eq!(t.encoding(SourceEncoding::Utf8), "UTF-8");
    assert!(t
        .encoding(SourceEncoding::Windows1252)
        .starts_with("Windows-1252"));
    assert_eq!(t.encoding(SourceEncoding::Xlsx), "Excel workbook (.xlsx)");
    assert_eq!(t.separator(','), "comma (,)");
    assert_eq!(t.separator('\t'), "tab");
    assert_eq!(t.separator('|'), "|");
}

#[test]
fn english_column_names_and_the_example_header_are_read_by_the_import() {
    for lang in Lang::ALL {
        let t = IMPORT.get(lang);
        for c in Column::ALL {
            assert_eq!(Column::from_header(t.column(c)), Some(c), "{lang:?} {c:?}");
        }
        let header: Vec<Option<Column>> = t
            .example_header
            .split(';')
            .map(Column::from_header)
            .collect();
        let expected: Vec<Option<Column>> = Column::ALL.into_iter().map(Some).collect();
        assert_eq!(header, expected, "{lang:?}");
    }
    let text = format!(
        "{}\nD-001;Woman;1990;2025-02-01;2025-09-30;Job centre;Work;East\n\
         D-002;M;;2025-03-01;;;;\n",
        EN_IMPORT.example_header
    );
    let p = run(&text).unwrap();
    assert_eq!((p.ok_count(), p.problem_count()), (2, 0));
    assert!(p.ignored_columns.is_empty());
}

#[test]
fn the_column_help_is_complete_and_the_encoding_hint_names_the_letters() {
    // Every text is checked for translation by tests/catalogues.rs; these are the exceptions.
    assert!(EN_IMPORT.columns_help.len() >= 5);
    assert!(EN_IMPORT
        .encoding_hint
        .starts_with("Do å, ä or ö look strange?"));
}
