//! The import's journey columns (issue 14): referral date, planned end, income source,
//! occupation and extent at start and end, in Swedish and English; each bad cell reported on
//! its row, and nothing of that row imported.

mod common;

use common::{project, today};
use stegvis::domain::journey::{Income, Occupation};
use stegvis::domain::*;
use stegvis::formats::import::*;
use stegvis::i18n::journey::{EN_JOURNEY, SV_JOURNEY};

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

const HEADER: &str = "kod;startdatum;slutdatum;anvisningsdatum;planerat slut;\
    försörjning vid start;försörjning vid avslut;sysselsättning vid start;\
    sysselsättning vid avslut;omfattning vid start;omfattning vid avslut";

fn run(rows: &[&str]) -> ImportPreview {
    let text = format!("{HEADER}\n{}\n", rows.join("\n"));
    preview(
        text.as_bytes(),
        "lista.csv",
        &project("Steget"),
        &[],
        today(),
    )
    .unwrap()
}

fn problems(p: &ImportPreview, i: usize) -> Vec<RowProblem> {
    p.rows[i]
        .outcome
        .clone()
        .expect_err("the row should have problems")
}

#[test]
fn a_row_with_a_referral_date_and_no_start_imports_as_waiting() {
    let p = run(&["W-1;;;2026-10-01;;;;;;;"]);
    let row = p.rows[0].outcome.as_ref().unwrap();
    assert_eq!((row.start, row.referred_on), (None, Some(d("2026-10-01"))));
    let project = project("Steget");
    let (_, people) = apply(&p, &project, Timestamp(1));
    assert_eq!(people[0].status(), Status::Waiting);
    assert!(people[0].phases.is_empty());
    let labels = stegvis::domain::check::ProjectLabels::of(&project);
    assert!(stegvis::domain::check::participant(&people[0], Some(&labels)).is_empty());
}

#[test]
fn income_occupation_and_extent_are_read_before_and_after() {
    let p = run(&[
        "A-1;2025-01-10;2025-09-30;2024-12-01;2025-07-10;Försörjningsstöd;Lön;\
         Ingen;Förvärvsarbete;0;75 %",
    ]);
    let row = p.rows[0].outcome.as_ref().unwrap();
    assert_eq!(row.referred_on, Some(d("2024-12-01")));
    assert_eq!(row.planned_end, Some(d("2025-07-10")));
    assert_eq!(row.at_start.income, Some(Income::SocialAssistance));
    assert_eq!(row.at_end.income, Some(Income::Salary));
    assert_eq!(row.at_start.occupation, Some(Occupation::NoOccupation));
    assert_eq!(row.at_end.occupation, Some(Occupation::Employment));
    assert_eq!(
        (row.at_start.extent, row.at_end.extent),
        (Some(0), Some(75))
    );
    let (_, people) = apply(&p, &project("Steget"), Timestamp(1));
    assert_eq!(people[0].at_end.extent, Some(75));
    assert_eq!(people[0].planned_end, Some(d("2025-07-10")));
}

#[test]
fn each_bad_journey_cell_is_reported_on_its_row() {
    let p = run(&[
        "B-1;2025-01-10;;2025-02-01;;;;;;;",
        "B-2;2025-01-10;;;2024-12-31;;;;;;",
        "B-3;2025-01-10;2025-06-01;;;Lotteri;;;;;",
        "B-4;2025-01-10;2025-06-01;;;;;;Astronaut;;",
        "B-5;2025-01-10;2025-06-01;;;;;;;;150",
        "B-6;2025-01-10;;;;;Lön;;;;",
        "B-7;;2025-06-01;2025-01-01;;;;;;;",
        "B-8;2025-01-10;;;;;;;;tre;",
    ]);
    assert_eq!(problems(&p, 0), [RowProblem::ReferralAfterStart]);
    assert_eq!(problems(&p, 1), [RowProblem::PlannedEndBeforeStart]);
    assert_eq!(
        problems(&p, 2),
        [RowProblem::NotInList(Column::IncomeAtStart)]
    );
    assert_eq!(
        problems(&p, 3),
        [RowProblem::NotInList(Column::OccupationAtEnd)]
    );
    assert_eq!(
        problems(&p, 4),
        [RowProblem::InvalidExtent(Column::ExtentAtEnd)]
    );
    assert_eq!(
        problems(&p, 5),
        [RowProblem::SituationWithoutEnd(Column::IncomeAtEnd)]
    );
    assert_eq!(problems(&p, 6), [RowProblem::MissingStart]);
    assert_eq!(
        problems(&p, 7),
        [RowProblem::InvalidExtent(Column::ExtentAtStart)]
    );
    assert_eq!(p.ok_count(), 0);
    let (_, people) = apply(&p, &project("Steget"), Timestamp(1));
    assert!(
        people.is_empty(),
        "nothing of a row with a problem is imported"
    );
    for i in 0..8 {
        let text = stegvis::i18n::import::IMPORT
            .sv
            .row_problems(&problems(&p, i));
        assert!(!text.is_empty() && !text.contains("Lotteri") && !text.contains("Astronaut"));
    }
}

#[test]
fn every_label_the_app_shows_is_read_back_by_the_import() {
    for texts in [&SV_JOURNEY, &EN_JOURNEY] {
        for i in Income::ALL {
            let row = format!("C-1;2025-01-10;2025-06-01;;;{};;;;;", texts.income(*i));
            let p = run(&[&row]);
            let got = p.rows[0].outcome.as_ref().map(|r| r.at_start.income);
            assert_eq!(got, Ok(Some(*i)), "{}", texts.income(*i));
        }
        for o in Occupation::ALL {
            let row = format!("C-1;2025-01-10;2025-06-01;;;;;;{};;", texts.occupation(*o));
            let p = run(&[&row]);
            let got = p.rows[0].outcome.as_ref().map(|r| r.at_end.occupation);
            assert_eq!(got, Ok(Some(*o)), "{}", texts.occupation(*o));
        }
    }
}

#[test]
fn the_english_headers_are_read() {
    let text = "code;start date;referral date;planned end;income at start;occupation at start;\
                extent at start\nE-1;2025-01-10;2025-01-02;2025-04-10;Unemployment insurance;\
                Job seeking;100\n";
    let p = preview(
        text.as_bytes(),
        "list.csv",
        &project("Steget"),
        &[],
        today(),
    )
    .unwrap();
    let row = p.rows[0].outcome.as_ref().unwrap();
    assert_eq!(row.at_start.income, Some(Income::UnemploymentInsurance));
    assert_eq!(row.at_start.occupation, Some(Occupation::JobSeeking));
    assert_eq!(row.at_start.extent, Some(100));
    assert!(p.ignored_columns.is_empty());
}
