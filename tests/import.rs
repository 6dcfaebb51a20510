//! The participant import: reading `.csv` and `.xlsx`, checking rows, and applying the result.
//! Every input is small, hand-made and invented; codes look like D-001.

mod common;

use common::{project, today};
use proptest::prelude::*;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use stegvis::domain::*;
use stegvis::formats::import::*;
use stegvis::i18n::import::IMPORT;

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn run(text: &str) -> Result<ImportPreview, ImportError> {
    preview(
        text.as_bytes(),
        "deltagare.csv",
        &project("Steget"),
        &[],
        today(),
    )
}

fn ok(row: &ImportRow) -> &ImportedParticipant {
    row.outcome.as_ref().expect("the row should be OK")
}

fn problems(row: &ImportRow) -> &[RowProblem] {
    row.outcome
        .as_ref()
        .expect_err("the row should have problems")
}

const FULL_HEADER: &str = "kod;kön;födelseår;startdatum;slutdatum;remittent;avslutsorsak;grupp";

#[test]
fn utf8_with_bom_and_semicolons() {
    let text = format!(
        "\u{feff}{FULL_HEADER}\r\nD-001;Kvinna;1990;2025-02-01;;Psykiatrisk öppenvård;;Grupp Öst\r\n"
    );
    let p = run(&text).unwrap();
    assert_eq!(p.encoding, SourceEncoding::Utf8Bom);
    assert_eq!(p.separator, Some(';'));
    assert_eq!(p.ok_count(), 1);
    let row = &p.rows[0];
    assert_eq!((row.line, row.code.as_str()), (2, "D-001"));
    let x = ok(row);
    assert_eq!(x.code, "D-001");
    assert_eq!(x.gender, Gender::Woman);
    assert_eq!(x.birth_year, Some(1990));
    assert_eq!(x.start, Some(d("2025-02-01")));
    assert_eq!(x.end, None);
    assert_eq!(x.referral.as_deref(), Some("Psykiatrisk öppenvård"));
    assert_eq!(x.sub_unit.as_deref(), Some("Grupp Öst"));
    assert!(p.ignored_columns.is_empty());
}

#[test]
fn utf8_without_bom_and_commas() {
    let text = "kod,kön,startdatum,remittent\nD-001,M,2025-02-01,Försäkringskassan\n";
    let p = run(text).unwrap();
    assert_eq!(p.encoding, SourceEncoding::Utf8);
    assert_eq!(p.separator, Some(','));
    let x = ok(&p.rows[0]);
    assert_eq!(x.gender, Gender::Man);
    assert_eq!(x.referral.as_deref(), Some("Försäkringskassan"));
}

#[test]
fn windows_1252_keeps_a_ring_a_umlaut_o_umlaut() {
    let text =
        "kod;kön;startdatum;remittent;grupp\nD-001;K;2025-02-01;Psykiatrisk öppenvård;Åsele Väst\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the test needs non-UTF-8 bytes"
    );
    let p = preview(&bytes, "export.csv", &project("Steget"), &[], today()).unwrap();
    assert_eq!(p.encoding, SourceEncoding::Windows1252);
    let x = ok(&p.rows[0]);
    assert_eq!(x.gender, Gender::Woman);
    // Matched the project's own label (so it is not new), spelled as the project spells it.
    assert_eq!(x.referral.as_deref(), Some("Psykiatrisk öppenvård"));
    assert!(p.new_referrals.is_empty());
    assert_eq!(x.sub_unit.as_deref(), Some("Åsele Väst"));
    assert_eq!(p.new_sub_units, ["Åsele Väst"]);
}

fn xlsx_sample() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (col, name) in [
        "Kod",
        "Födelseår",
        "Startdatum",
        "Slutdatum",
        "Avslutsorsak",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(0, col as u16, *name).unwrap();
    }
    // Row 2: the start date as text, a real Excel date as the end, a numeric birth year.
    sheet.write_string(1, 0, "D-001").unwrap();
    sheet.write_number(1, 1, 1990.0).unwrap();
    sheet.write_string(1, 2, "2024-09-02").unwrap();
    let end = ExcelDateTime::from_ymd(2025, 1, 1).unwrap();
    sheet.write_datetime_with_format(1, 3, &end, &date).unwrap();
    sheet.write_string(1, 4, "Studier").unwrap();
    // Row 3 is left empty. Row 4: the start date as a bare Excel serial number.
    sheet.write_string(3, 0, "D-002").unwrap();
    sheet.write_number(3, 2, 45658.0).unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn xlsx_reads_text_dates_real_dates_serials_and_numeric_years() {
    let bytes = xlsx_sample();
    let p = preview(&bytes, "lista.xlsx", &project("Steget"), &[], today()).unwrap();
    assert_eq!(p.encoding, SourceEncoding::Xlsx);
    assert_eq!(p.separator, None);
    assert_eq!(p.rows.len(), 2, "{p:?}");
    let first = ok(&p.rows[0]);
    assert_eq!(p.rows[0].line, 2);
    assert_eq!(first.birth_year, Some(1990));
    assert_eq!(first.start, Some(d("2024-09-02")));
    assert_eq!(first.end, Some(d("2025-01-01")));
    assert_eq!(first.outcome.as_deref(), Some("Studier"));
    let second = ok(&p.rows[1]);
    assert_eq!(p.rows[1].line, 4);
    assert_eq!(second.start, Some(d("2025-01-01")));
    // Sniffed from the bytes when the name has no extension.
    assert!(preview(&bytes, "lista", &project("Steget"), &[], today()).is_ok());
}

#[test]
fn header_is_case_free_english_and_in_any_order() {
    let text = "Start Date;GENDER; Code ;Birth_Year;End_Date;Referral;Outcome;Group;Comment\n\
                2025-02-01;female;D-001;1985;2025-06-30;Own initiative;Flytt;A;x\n";
    let p = run(text).unwrap();
    assert_eq!(p.ignored_columns, ["Comment"]);
    let x = ok(&p.rows[0]);
    assert_eq!(x.code, "D-001");
    assert_eq!(x.gender, Gender::Woman);
    assert_eq!(x.birth_year, Some(1985));
    assert_eq!(x.start, Some(d("2025-02-01")));
    assert_eq!(x.end, Some(d("2025-06-30")));
    assert_eq!(x.outcome.as_deref(), Some("Flytt"));
    let text = "birth year;sex;KOD;STARTDATUM\n1985;Man;D-001;2025-02-01\n";
    let x = run(text).unwrap().rows[0].outcome.clone().unwrap();
    assert_eq!((x.birth_year, x.gender), (Some(1985), Gender::Man));
}

#[test]
fn a_file_without_a_required_column_is_refused_naming_it() {
    let e = run("kod;kön\nD-001;K\n").unwrap_err();
    assert_eq!(e, ImportError::MissingColumns(vec![Column::Start]));
    assert!(IMPORT.error(&e).contains("startdatum"));
    let e = run("namn;datum\nx;y\n").unwrap_err();
    assert_eq!(
        e,
        ImportError::MissingColumns(vec![Column::Code, Column::Start])
    );
    assert!(IMPORT.error(&e).contains("kod och startdatum"));
}

#[test]
fn gender_spellings() {
    let cases = [
        ("Kvinna", Gender::Woman),
        ("k", Gender::Woman),
        ("Woman", Gender::Woman),
        ("F", Gender::Woman),
        ("W", Gender::Woman),
        ("MAN", Gender::Man),
        ("m", Gender::Man),
        ("Male", Gender::Man),
        ("Annat", Gender::Other),
        ("other", Gender::Other),
        ("Ej angivet", Gender::Unspecified),
        ("Unspecified", Gender::Unspecified),
        ("", Gender::Unspecified),
        ("  ", Gender::Unspecified),
    ];
    for (text, want) in cases {
        let p = run(&format!("kod;kön;startdatum\nD-001;{text};2025-02-01\n")).unwrap();
        assert_eq!(ok(&p.rows[0]).gender, want, "{text:?}");
    }
    let p = run("kod;kön;startdatum\nD-001;Kanske;2025-02-01\n").unwrap();
    assert_eq!(problems(&p.rows[0]), [RowProblem::UnknownGender]);
}

#[test]
fn an_empty_end_date_means_still_active() {
    let p = run("kod;startdatum;slutdatum\nD-001;2025-02-01;\n").unwrap();
    assert_eq!(ok(&p.rows[0]).end, None);
    let (_, people) = apply(&p, &project("Steget"), Timestamp(5));
    assert_eq!(people[0].status(), Status::Active);
}

#[test]
fn an_end_before_the_start_is_a_row_problem() {
    let p = run("kod;startdatum;slutdatum\nD-001;2025-02-01;2025-01-31\n").unwrap();
    assert_eq!(problems(&p.rows[0]), [RowProblem::EndBeforeStart]);
    assert_eq!(p.problem_count(), 1);
}

#[test]
fn an_outcome_without_an_end_date_is_a_row_problem() {
    let p = run("kod;startdatum;slutdatum;avslutsorsak\nD-001;2025-02-01;;Arbete\n").unwrap();
    assert_eq!(problems(&p.rows[0]), [RowProblem::OutcomeWithoutEnd]);
}

#[test]
fn a_discharge_without_an_outcome_is_allowed() {
    let p = run("kod;startdatum;slutdatum;avslutsorsak\nD-001;2025-02-01;2025-05-01;\n").unwrap();
    let x = ok(&p.rows[0]);
    assert_eq!((x.end, x.outcome.as_deref()), (Some(d("2025-05-01")), None));
    let (_, people) = apply(&p, &project("Steget"), Timestamp(5));
    assert_eq!(
        people[0].discharge,
        Some(Discharge {
            end: d("2025-05-01"),
            outcome: None
        })
    );
}

#[test]
fn bad_dates_and_birth_years_are_row_problems() {
    let text = "kod;födelseår;startdatum;slutdatum\n\
                D-001;nittio;32/1/2025;\n\
                D-002;2020;2028-01-01;\n\
                D-003;1900;;2025-13-01\n";
    let p = run(text).unwrap();
    assert_eq!(
        problems(&p.rows[0]),
        [
            RowProblem::InvalidBirthYear,
            RowProblem::InvalidDate(Column::Start)
        ]
    );
    assert_eq!(
        problems(&p.rows[1]),
        [RowProblem::TooYoung, RowProblem::TooFarAhead(Column::Start)]
    );
    assert_eq!(
        problems(&p.rows[2]),
        [
            RowProblem::TooOld,
            RowProblem::MissingStart,
            RowProblem::InvalidDate(Column::End)
        ]
    );
}

#[test]
fn ages_are_judged_at_each_rows_start() {
    // Rows of a project that began in 2007, aged 18 to 65 at their start (up to 84 today).
    let text = "kod;födelseår;startdatum;slutdatum\n\
                D-001;1989;2007-03-01;2007-09-30\n\
                D-002;1942;2007-05-02;2008-01-15\n\
                D-003;1993;2007-06-01;\n\
                D-004;1926;2007-06-01;\n";
    let p = run(text).unwrap();
    assert_eq!(ok(&p.rows[0]).birth_year, Some(1989));
    assert_eq!(ok(&p.rows[1]).birth_year, Some(1942));
    assert_eq!(problems(&p.rows[2]), [RowProblem::TooYoung]);
    assert_eq!(problems(&p.rows[3]), [RowProblem::TooOld]);
}

#[test]
fn a_code_in_the_project_or_twice_in_the_file_is_a_row_problem() {
    let text = "kod;startdatum\nd-001;2025-02-01\nD-002;2025-02-01\nD-003;2025-02-01\n d-002 ;2025-03-01\n;2025-02-01\n";
    let p = preview(
        text.as_bytes(),
        "a.csv",
        &project("Steget"),
        &["D-001"],
        today(),
    )
    .unwrap();
    assert_eq!(problems(&p.rows[0]), [RowProblem::CodeExists]);
    assert!(p.rows[1].outcome.is_ok());
    assert!(p.rows[2].outcome.is_ok());
    assert_eq!(
        problems(&p.rows[3]),
        [RowProblem::CodeRepeated { first_line: 3 }]
    );
    assert_eq!(p.rows[3].code, "d-002");
    assert_eq!(problems(&p.rows[4]), [RowProblem::MissingCode]);
    assert_eq!((p.ok_count(), p.problem_count()), (2, 3));
    let text = IMPORT.row_problem(&RowProblem::CodeExists);
    assert!(text.contains("finns redan") && text.contains("skrivs inte över"));
}

#[test]
fn a_personnummer_stops_a_row_in_a_read_column_and_leaves_out_an_unread_column() {
    let text = "kod;startdatum;anteckning\n\
                811218-9876;2025-02-01;\n\
                D-002;2025-02-01;född 811218-9876\n\
                D-003;2025-02-01;inget här\n";
    let p = run(text).unwrap();
    assert_eq!(
        problems(&p.rows[0]),
        [RowProblem::LooksLikePersonnummer {
            header: "kod".into()
        }]
    );
    assert_eq!(
        p.rows[0].code, "",
        "the number must not be shown as the code"
    );
    // The note is not read: the column is left out whole, named, and its rows import.
    assert!(p.rows[1].outcome.is_ok());
    assert!(p.rows[2].outcome.is_ok());
    assert_eq!(
        p.withheld,
        vec![("anteckning".to_string(), Withheld::Personnummer)]
    );
    assert!(p.ignored_columns.is_empty());
    for problem in problems(&p.rows[0]) {
        let said = IMPORT.row_problem(problem);
        assert!(said.contains("personnummer"), "{said}");
        assert!(!said.contains("811218") && !said.contains("9876"), "{said}");
    }
    let debug = format!("{p:?}");
    assert!(
        !debug.contains("811218"),
        "the preview must not keep the number"
    );
    let (_, people) = apply(&p, &project("Steget"), Timestamp(5));
    let stored = common::stored_text(&people);
    assert!(
        !stored.contains("811218") && !stored.contains("9876"),
        "{stored}"
    );
}

#[test]
fn a_personnummer_typed_as_a_number_in_excel_is_caught_too() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "kod").unwrap();
    sheet.write_string(0, 1, "startdatum").unwrap();
    sheet.write_string(0, 2, "övrigt").unwrap();
    sheet.write_string(1, 0, "D-001").unwrap();
    sheet.write_string(1, 1, "2025-02-01").unwrap();
    sheet.write_number(1, 2, 8112189876.0).unwrap();
    sheet.write_number(2, 0, 8112189876.0).unwrap();
    sheet.write_string(2, 1, "2025-02-01").unwrap();
    sheet.write_string(3, 0, "D-003").unwrap();
    sheet.write_string(3, 1, "2025-02-01").unwrap();
    sheet.write_string(4, 0, "D-004").unwrap();
    sheet.write_string(4, 1, "2025-02-01").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let p = preview(&bytes, "lista.xlsx", &project("Steget"), &[], today()).unwrap();
    assert_eq!(
        p.withheld,
        vec![("övrigt".to_string(), Withheld::Personnummer)]
    );
    assert!(p.rows[0].outcome.is_ok());
    assert_eq!(
        problems(&p.rows[1]),
        [RowProblem::LooksLikePersonnummer {
            header: "kod".into()
        }]
    );
}

#[test]
fn new_labels_are_listed_once_and_added_by_apply_with_progression_guessed() {
    let text = "kod;startdatum;slutdatum;remittent;avslutsorsak;grupp\n\
                D-001;2025-02-01;2025-06-01;Kommunens jobbtorg;Arbete via jobbtorg;Grupp Norr\n\
                D-002;2025-02-01;2025-06-01;kommunens JOBBTORG ;Avbrott;Grupp Norr\n\
                D-003;2025-02-01;2025-06-01;Socialsekreterare;Studier på komvux;grupp norr\n\
                D-004;2025-02-01;2025-06-01;Annan sysselsättning;annan sysselsättning, kommunal;\n\
                D-005;2030-02-01;;Bara på en felrad;;Felgrupp\n";
    let project = project("Steget");
    let p = preview(text.as_bytes(), "a.csv", &project, &[], today()).unwrap();
    assert_eq!(p.problem_count(), 1);
    assert_eq!(
        p.new_referrals,
        ["Kommunens jobbtorg", "Annan sysselsättning"]
    );
    assert_eq!(
        p.new_outcomes,
        [
            "Arbete via jobbtorg",
            "Avbrott",
            "Studier på komvux",
            "annan sysselsättning, kommunal"
        ]
    );
    assert_eq!(p.new_sub_units, ["Grupp Norr"]);

    let (updated, people) = apply(&p, &project, Timestamp(9));
    assert_eq!(updated.updated_at, Timestamp(9));
    let n = project.referral_sources.len();
    assert_eq!(updated.referral_sources[..n], project.referral_sources[..]);
    let added: Vec<&str> = updated.referral_sources[n..]
        .iter()
        .map(|l| l.name.as_str())
        .collect();
    assert_eq!(added, ["Kommunens jobbtorg", "Annan sysselsättning"]);
    assert!(updated.referral_sources[n..].iter().all(|l| !l.retired));
    let m = project.outcomes.len();
    let guessed: Vec<(&str, bool)> = updated.outcomes[m..]
        .iter()
        .map(|o| (o.name.as_str(), o.progression))
        .collect();
    assert_eq!(
        guessed,
        [
            ("Arbete via jobbtorg", true),
            ("Avbrott", false),
            ("Studier på komvux", true),
            ("annan sysselsättning, kommunal", true)
        ]
    );
    assert_eq!(updated.sub_units.len(), 1);
    assert_eq!(updated.sub_units[0].volume_target, None);
    let group = updated.sub_units[0].id;
    assert_eq!(people.len(), 4);
    assert_eq!(people[0].referral, people[1].referral);
    assert_eq!(people[0].referral, Some(updated.referral_sources[n].id));
    assert!(people[..3].iter().all(|x| x.sub_unit == Some(group)));
    assert_eq!(people[3].sub_unit, None);
    assert_eq!(
        people[1].discharge.unwrap().outcome,
        Some(updated.outcomes[m + 1].id)
    );
}

#[test]
fn a_retired_label_is_matched_not_duplicated() {
    let mut project = project("Steget");
    project.referral_sources[1].retired = true; // Eget initiativ
    let retired = project.referral_sources[1].id;
    let p = preview(
        "kod;startdatum;remittent\nD-001;2025-02-01;  EGET INITIATIV \n".as_bytes(),
        "a.csv",
        &project,
        &[],
        today(),
    )
    .unwrap();
    assert_eq!(ok(&p.rows[0]).referral.as_deref(), Some("Eget initiativ"));
    assert!(p.new_referrals.is_empty());
    let (updated, people) = apply(&p, &project, Timestamp(9));
    assert_eq!(updated, project, "nothing to add: the project is unchanged");
    assert_eq!(people[0].referral, Some(retired));
}

#[test]
fn empty_rows_are_skipped_and_line_numbers_kept() {
    let text = "kod;startdatum\n\n;;\n  ;  \nD-001;2025-02-01\n\nD-002;2025-02-01\n";
    let p = run(text).unwrap();
    let lines: Vec<usize> = p.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [5, 7]);
    assert_eq!(p.ok_count(), 2);
}

#[test]
fn line_numbers_count_windows_line_ends_and_line_breaks_in_cells() {
    let text = "kod;startdatum;remittent\r\n\r\nD-001;2025-02-01;\"två\r\nrader\"\r\nD-002;2025-02-01;\r\n";
    let p = run(text).unwrap();
    let lines: Vec<usize> = p.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [3, 5]);
}

#[test]
fn quotes_are_read_as_excel_writes_them() {
    let text = "kod;startdatum;remittent\n\"D-001\";2025-02-01;\"Vård; \"\"öppen\"\"\"\n";
    let p = run(text).unwrap();
    assert_eq!(ok(&p.rows[0]).referral.as_deref(), Some("Vård; \"öppen\""));
    let text = "sep=,\nkod,startdatum\nD-001,2025-02-01\n";
    let p = run(text).unwrap();
    assert_eq!((p.separator, p.rows[0].line), (Some(','), 3));
}

#[test]
fn other_file_types_are_refused() {
    let project = project("Steget");
    for name in ["lista.xls", "lista.ods", "lista.pdf", "lista.docx"] {
        let e = preview(b"PK\x03\x04whatever", name, &project, &[], today()).unwrap_err();
        assert!(
            matches!(e, ImportError::UnsupportedFormat { .. }),
            "{name}: {e:?}"
        );
        assert!(IMPORT.error(&e).contains(".xlsx"));
    }
    let e = preview(b"%PDF-1.7 ...", "lista", &project, &[], today()).unwrap_err();
    assert_eq!(
        e,
        ImportError::UnsupportedFormat {
            extension: String::new()
        }
    );
    let utf16 = b"\xFF\xFEk\0o\0d\0";
    let e = preview(utf16, "lista.txt", &project, &[], today()).unwrap_err();
    assert_eq!(e, ImportError::UnsupportedEncoding);
}

#[test]
fn a_corrupt_xlsx_is_refused() {
    let project = project("Steget");
    let mut broken = xlsx_sample();
    broken.truncate(broken.len() / 2);
    for bytes in [broken.as_slice(), b"PK\x03\x04 not really a zip"] {
        let e = preview(bytes, "lista.xlsx", &project, &[], today()).unwrap_err();
        assert!(matches!(e, ImportError::CorruptXlsx(_)), "{e:?}");
        assert!(IMPORT.error(&e).contains("Excel-filen"));
    }
}

#[test]
fn an_empty_file_or_a_header_alone_is_refused() {
    assert_eq!(run(""), Err(ImportError::Empty));
    assert_eq!(run("\u{feff}\r\n  \r\n"), Err(ImportError::Empty));
    assert_eq!(run("kod;startdatum\r\n;\r\n"), Err(ImportError::HeaderOnly));
    let mut book = Workbook::new();
    book.add_worksheet();
    let empty = book.save_to_buffer().unwrap();
    let e = preview(&empty, "tom.xlsx", &project("Steget"), &[], today());
    assert_eq!(e, Err(ImportError::Empty));
}

#[test]
fn apply_makes_participants_with_ids_phases_and_discharge() {
    let project = project("Steget");
    let text = "kod;kön;födelseår;startdatum;slutdatum;remittent;avslutsorsak\n\
                D-001;K;1990;2025-02-01;2025-08-15;Eget initiativ;Arbete\n\
                D-002;M;;2025-03-01;;;\n\
                D-003;X;;2025-03-01;;;\n";
    let p = preview(text.as_bytes(), "a.csv", &project, &[], today()).unwrap();
    let (updated, people) = apply(&p, &project, Timestamp(42));
    assert_eq!(updated, project);
    assert_eq!(people.len(), 2, "the row with a problem is not imported");
    assert_ne!(people[0].id, people[1].id);
    let a = &people[0];
    assert_eq!(a.project_id, project.id);
    assert_eq!(
        (a.code.as_str(), a.gender, a.birth_year),
        ("D-001", Gender::Woman, Some(1990))
    );
    assert_eq!(a.start, Some(d("2025-02-01")));
    assert_eq!(
        a.phases,
        [PhaseEntry {
            phase: Phase::Mapping,
            from: d("2025-02-01")
        }]
    );
    let work = project
        .outcomes
        .iter()
        .find(|o| o.name == "Arbete")
        .unwrap();
    assert_eq!(
        a.discharge,
        Some(Discharge {
            end: d("2025-08-15"),
            outcome: Some(work.id)
        })
    );
    assert_eq!(a.referral, Some(project.referral_sources[1].id));
    assert_eq!(a.updated_at, Timestamp(42));
    assert!(!a.anonymous_in_sus && a.note.is_empty());
    let b = &people[1];
    assert_eq!((b.referral, b.sub_unit, b.discharge), (None, None, None));
    assert_eq!(b.phases[0].from, d("2025-03-01"));
}

#[test]
fn every_error_and_problem_has_a_plain_text() {
    let errors = common::import_errors();
    let mut seen = Vec::new();
    for e in &errors {
        let t = IMPORT.error(e);
        assert!(t.len() > 20 && t.ends_with('.'), "{t}");
        assert!(!seen.contains(&t), "{t} is used twice");
        seen.push(t);
    }
    let problems = common::row_problems("kod");
    for p in &problems {
        let t = IMPORT.row_problem(p);
        assert!(t.len() > 20 && t.ends_with('.'), "{t}");
        assert!(!seen.contains(&t), "{t} is used twice");
        seen.push(t);
    }
    assert_eq!(
        IMPORT.row_problem(&RowProblem::CodeTooLong),
        "Koden är längre än 20 tecken. Korta den."
    );
}

#[test]
fn the_preview_names_the_encoding_and_separator() {
    let p = run("\u{feff}kod;startdatum\nD-001;2025-02-01\n").unwrap();
    assert_eq!(
        IMPORT.detected(&p),
        "Teckenkodning: UTF-8 med BOM. Avgränsare: semikolon (;)."
    );
    assert_eq!(IMPORT.title, "Importera deltagare");
    assert_eq!(IMPORT.choose_file, "Välj fil");
    assert_eq!((IMPORT.ok_rows)(2), "2 rader kan importeras");
}

// Round trip: rows with Swedish letters, written as Excel would in each encoding and with each
// separator, read back unchanged.

#[derive(Clone, Debug)]
struct Person {
    gender: Gender,
    birth_year: Option<i32>,
    start: Date,
    end: Option<Date>,
    referral: Option<String>,
    outcome: Option<String>,
    group: Option<String>,
}

fn name() -> impl Strategy<Value = String> {
    // Letters Windows-1252 can hold, plus separators and quotes that need quoting.
    "[A-Za-zÅÄÖåäöéü][A-Za-zÅÄÖåäöéü ,;\"/]{0,12}[A-Za-zÅÄÖåäöéü]"
}

fn person() -> impl Strategy<Value = Person> {
    (
        prop::sample::select(Gender::ALL.to_vec()),
        prop::option::of(1950..2005i32),
        0..2000i64,
        prop::option::of(0..700i64),
        prop::option::of(name()),
        prop::option::of(name()),
        prop::option::of(name()),
    )
        .prop_map(
            |(gender, birth_year, start, length, referral, outcome, group)| {
                let start = d("2020-01-01").plus_days(start);
                let end = length.map(|l| start.plus_days(l));
                Person {
                    gender,
                    birth_year,
                    start,
                    end,
                    referral,
                    outcome: end.and(outcome),
                    group,
                }
            },
        )
}

fn csv_text(people: &[Person], separator: u8) -> String {
    let mut out = Vec::new();
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(separator)
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        w.write_record(FULL_HEADER.split(';')).unwrap();
        for (i, p) in people.iter().enumerate() {
            let gender = ["Kvinna", "Man", "Annat", ""]
                [Gender::ALL.iter().position(|g| *g == p.gender).unwrap()];
            w.write_record([
                format!("D-{i:03}ö"),
                gender.to_owned(),
                p.birth_year.map(|y| y.to_string()).unwrap_or_default(),
                p.start.to_string(),
                p.end.map(|e| e.to_string()).unwrap_or_default(),
                p.referral.clone().unwrap_or_default(),
                p.outcome.clone().unwrap_or_default(),
                p.group.clone().unwrap_or_default(),
            ])
            .unwrap();
        }
    }
    String::from_utf8(out).unwrap()
}

fn same(a: &Option<String>, b: &Option<String>) -> bool {
    a.as_ref().map(|s| s.to_lowercase()) == b.as_ref().map(|s| s.to_lowercase())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn rows_survive_every_encoding_and_separator(
        people in prop::collection::vec(person(), 1..8)
    ) {
        let mut empty = project("Tom");
        empty.referral_sources.clear();
        empty.outcomes.clear();
        for separator in [b';', b','] {
            let text = csv_text(&people, separator);
            let (latin, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
            prop_assert!(!unmappable);
            let encodings = [
                (SourceEncoding::Utf8, text.as_bytes().to_vec()),
                (SourceEncoding::Utf8Bom, [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat()),
                (SourceEncoding::Windows1252, latin.into_owned()),
            ];
            for (encoding, bytes) in encodings {
                let p = preview(&bytes, "a.csv", &empty, &[], today()).unwrap();
                prop_assert_eq!(p.encoding, encoding);
                prop_assert_eq!(p.separator, Some(separator as char));
                prop_assert_eq!(p.rows.len(), people.len());
                for (i, (row, want)) in p.rows.iter().zip(&people).enumerate() {
                    let got = row.outcome.as_ref().unwrap();
                    prop_assert_eq!(&got.code, &format!("D-{i:03}ö"));
                    prop_assert_eq!(got.gender, want.gender);
                    prop_assert_eq!(got.birth_year, want.birth_year);
                    prop_assert_eq!(got.start, Some(want.start));
                    prop_assert_eq!(got.end, want.end);
                    // New names keep the spelling first seen; later rows may differ in case.
                    prop_assert!(same(&got.referral, &want.referral), "{:?}", got);
                    prop_assert!(same(&got.outcome, &want.outcome), "{:?}", got);
                    prop_assert!(same(&got.sub_unit, &want.group), "{:?}", got);
                }
            }
        }
    }

    #[test]
    fn preview_never_panics_on_arbitrary_bytes(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        zip in any::<bool>(),
        name in prop::sample::select(vec!["a.csv", "a.xlsx", "a", "a.txt"]),
    ) {
        let bytes = if zip { [b"PK\x03\x04".as_slice(), &bytes].concat() } else { bytes };
        let _ = preview(&bytes, name, &project("Steget"), &["D-001"], today());
    }

    #[test]
    fn a_damaged_workbook_never_panics(
        cut in 0..10_000usize,
        flips in prop::collection::vec((0..10_000usize, any::<u8>()), 0..4),
    ) {
        let mut bytes = xlsx_sample();
        for (at, value) in flips {
            let at = at % bytes.len();
            bytes[at] = value;
        }
        bytes.truncate(cut.max(4));
        let _ = preview(&bytes, "lista.xlsx", &project("Steget"), &[], today());
    }
}
