//! The report tables and their CSV and Excel exports.

mod common;

use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;
use stegvis::formats::export;
use stegvis::report::tables::{tables, Cell};

#[test]
fn tables_follow_the_report_and_show_the_missing_outcome() {
    let all = tables(&common::sample_report(), stegvis::i18n::words::WORDS.sv);
    let keys: Vec<&str> = all.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "oversikt",
            "remittenter",
            "avslutsorsaker",
            "tid",
            "alder-start",
            "alder-aktuella",
            "alder-avslut",
            "mal",
            "datakvalitet",
            "vantan",
            "forlangning",
            "forsorjning",
            "sysselsattning",
            "uppfoljning",
            "uppfoljning-lage"
        ]
    );
    let outcomes = &all[2];
    let missing = outcomes
        .rows
        .iter()
        .find(|r| r.cells[0] == Cell::Text("Avslutsorsak saknas".into()))
        .unwrap();
    assert_eq!(missing.cells[2], Cell::Int(1));
    assert_eq!(
        missing.cells[3].text(stegvis::i18n::words::WORDS.sv),
        "50,0\u{a0}%"
    );
    let referrals = &all[1];
    let psych = referrals
        .rows
        .iter()
        .find(|r| r.cells[0] == Cell::Text("Psykiatrisk öppenvård".into()))
        .unwrap();
    assert_eq!(
        psych.cells[1..],
        [Cell::Int(3), Cell::Share { part: 3, of: 3 }]
    );
    let goals = &all[7];
    assert_eq!(
        goals.rows[0].cells[3],
        Cell::Text("Nej, inte uppfyllt".into())
    );
}

#[test]
fn english_csv_is_comma_separated_with_decimal_points() {
    let en = stegvis::i18n::words::WORDS.en;
    let all = tables(&common::sample_report(), en);
    let bytes = export::csv(&["Steget Burlöv".into()], &all, en);
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains("Mean,5.9,181.0\n"), "{text}");
    assert!(!text.contains(';'), "no Swedish separator: {text}");
}

#[test]
fn csv_is_semicolon_separated_utf8_with_bom_and_decimal_commas() {
    let all = tables(&common::sample_report(), stegvis::i18n::words::WORDS.sv);
    let bytes = export::csv(
        &["Steget Burlöv".into(), "2025-01-01 – 2025-12-31".into()],
        &all,
        stegvis::i18n::words::WORDS.sv,
    );
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.starts_with("Steget Burlöv\n"));
    assert!(text.contains("Aktuella;3;2;1;0;0\n"));
    assert!(text.contains("Avslutsorsak;Räknas som resultat;Antal;Andel (%)\n"));
    assert!(text.contains("Avslutsorsak saknas;;1;50,0\n"));
    assert!(
        text.contains("Medel;5,9;181,0\n"),
        "time with decimal commas: {text}"
    );
}

#[test]
fn xlsx_has_one_sheet_per_table_with_real_numbers() {
    let all = tables(&common::sample_report(), stegvis::i18n::words::WORDS.sv);
    let bytes = export::xlsx(&["Steget Burlöv".into()], &all).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let names = book.sheet_names();
    assert_eq!(names.len(), all.len());
    assert_eq!(names[0], "Översikt");
    let overview = book.worksheet_range("Översikt").unwrap();
    assert_eq!(
        overview.get_value((0, 0)),
        Some(&Data::String("Översikt".into()))
    );
    // Row 0 title, row 1 the heading line, row 3 the column names, row 4 "Aktuella".
    assert_eq!(
        overview.get_value((4, 0)),
        Some(&Data::String("Aktuella".into()))
    );
    assert_eq!(
        overview.get_value((4, 1)),
        Some(&Data::Float(3.0)),
        "a number, not text"
    );
    let outcomes = book.worksheet_range(&names[2]).unwrap();
    let missing_row = (0..outcomes.height() as u32)
        .find(|r| outcomes.get_value((*r, 0)) == Some(&Data::String("Avslutsorsak saknas".into())))
        .unwrap();
    assert_eq!(
        outcomes.get_value((missing_row, 3)),
        Some(&Data::Float(0.5)),
        "shares are numbers formatted as percent"
    );
}

#[test]
fn sheet_names_stay_within_excels_limits() {
    let mut all = tables(&common::sample_report(), stegvis::i18n::words::WORDS.sv);
    all[0].title = "Ett mycket långt namn: med [otillåtna] tecken / och mer text".into();
    all[1].title = all[0].title.clone();
    let bytes = export::xlsx(&[], &all).unwrap();
    let book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let names = book.sheet_names();
    assert!(names
        .iter()
        .all(|n| n.chars().count() <= 31 && !n.contains(['[', ']', ':', '/'])));
    assert_ne!(names[0], names[1]);
}
