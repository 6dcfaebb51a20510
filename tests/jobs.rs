//! The file worker's jobs: through JSON, as the browser sends them, they give what the direct
//! calls give, and a broken job is answered instead of lost.

use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;
use stegvis::formats::export;
use stegvis::formats::import::{read, ImportError};
use stegvis::formats::jobs::{run_json, Job, Outcome};
use stegvis::report::tables::{Cell, Row, Table};

fn job_json(job: &Job) -> String {
    serde_json::to_string(job).unwrap()
}

fn outcome(json: &str) -> Outcome {
    serde_json::from_str(json).unwrap()
}

#[test]
fn reading_a_csv_through_the_worker_gives_the_same_rows() {
    let csv = "kod;kön;startdatum\nA-1;K;2025-01-02\nÅ-2;M;2025-02-03\n".as_bytes();
    let job = Job::ReadTable {
        file_name: "lista.csv".into(),
    };
    let (json, bytes) = run_json(&job_json(&job), csv);
    assert!(bytes.is_empty());
    assert_eq!(
        outcome(&json),
        Outcome::Table(read(csv, "lista.csv").unwrap())
    );
}

#[test]
fn an_unreadable_file_comes_back_as_the_import_error() {
    let job = Job::ReadTable {
        file_name: "bild.png".into(),
    };
    let (json, _) = run_json(&job_json(&job), b"\x89PNG....");
    assert_eq!(
        outcome(&json),
        Outcome::ImportFailed(ImportError::UnsupportedFormat {
            extension: "png".into()
        })
    );
}

#[test]
fn a_workbook_written_by_the_worker_equals_the_direct_one() {
    let table = Table {
        key: "oversikt".into(),
        title: "Översikt".into(),
        columns: vec!["".into(), "Antal".into(), "Andel".into()],
        rows: vec![Row {
            cells: vec![
                Cell::Text("Aktuella".into()),
                Cell::Int(3),
                Cell::Share { part: 1, of: 3 },
            ],
            total: false,
        }],
        note: Some("Ingen avslutad".into()),
    };
    let heading = vec!["Steget".to_owned()];
    let job = Job::WriteWorkbook {
        heading: heading.clone(),
        tables: vec![table.clone()],
    };
    let (json, bytes) = run_json(&job_json(&job), &[]);
    assert_eq!(outcome(&json), Outcome::Workbook);
    let direct = export::xlsx(&heading, &[table]).unwrap();
    // The files differ in their creation time, so compare what Excel would show.
    assert_eq!(cells(bytes), cells(direct));
}

fn cells(bytes: Vec<u8>) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range("Översikt").unwrap();
    let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    assert!(rows
        .iter()
        .flatten()
        .any(|c| *c == Data::String("Aktuella".into())));
    rows
}

#[test]
fn a_job_from_another_version_is_answered_not_dropped() {
    let (json, bytes) = run_json("{\"DrawPicture\":{}}", &[]);
    assert!(bytes.is_empty());
    assert!(matches!(outcome(&json), Outcome::BadJob(_)));
}
