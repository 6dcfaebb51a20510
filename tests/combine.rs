//! A project leader's summary of several report files: counts added up, names matched in any
//! case, the mean weighted, differing periods and progression flags pointed out.

mod common;

use stegvis::i18n::combine::{EN_COMBINE, SV_COMBINE};
use stegvis::report::combine::{combine, combined_tables};
use stegvis::report::json::{ReportFile, ReportFileError};
use stegvis::report::tables::Cell;

fn file() -> ReportFile {
    ReportFile::from_report(&common::sample_report())
}

#[test]
fn two_files_add_up_and_names_match_in_any_case() {
    let a = file();
    let mut b = file();
    b.project = "Steget Lomma".into();
    for r in &mut b.referrals {
        r.label = r.label.to_uppercase();
    }
    let c = combine(&[a.clone(), b.clone()]).unwrap();
    assert_eq!(c.files.len(), 2);
    assert_eq!(c.participants.total.all, a.participants.total.all * 2);
    assert_eq!(c.participants.total.women, a.participants.total.women * 2);
    assert_eq!(
        c.participants.discharged.all,
        a.participants.discharged.all * 2
    );
    assert_eq!(
        c.referrals.len(),
        a.referrals.len(),
        "the same source in upper case is one"
    );
    let used = a.referrals.iter().find(|r| r.count > 0).unwrap();
    let summed = c.referrals.iter().find(|r| r.label == used.label).unwrap();
    assert_eq!(
        summed.count,
        used.count * 2,
        "first spelling kept, counts added"
    );
    assert_eq!(c.referrals[0].label, used.label, "most first");
    assert_eq!(c.missing_outcome, a.missing_outcome * 2);
    let progression: u32 = a
        .outcomes
        .iter()
        .filter(|o| o.progression)
        .map(|o| o.count)
        .sum();
    assert_eq!(c.progression, progression * 2);
    assert!(c.same_period);
    assert_eq!(c.mean_months, a.months_in_project.map(|m| m.mean));
}

#[test]
fn the_mean_is_weighted_and_differences_are_pointed_out() {
    let a = file();
    let mut b = file();
    b.period.from = "2026-01-01".into();
    b.participants.discharged.all = 3 * a.participants.discharged.all;
    b.months_in_project.as_mut().unwrap().mean = 10.0;
    b.outcomes[0].progression = !b.outcomes[0].progression;
    let c = combine(&[a.clone(), b]).unwrap();
    let ma = a.months_in_project.unwrap().mean;
    let expected = ((ma + 3.0 * 10.0) / 4.0 * 10.0).round() / 10.0;
    assert_eq!(c.mean_months, Some(expected));
    assert!(!c.same_period);
    assert_eq!(c.progression_differs, [a.outcomes[0].label.clone()]);
    let tables = combined_tables(&c, stegvis::i18n::words::WORDS.sv);
    assert_eq!(
        tables[0].note.as_deref(),
        Some(SV_COMBINE.different_periods)
    );
    let outcomes = tables.iter().find(|t| t.key == "avslutsorsaker").unwrap();
    assert!(outcomes
        .note
        .as_deref()
        .unwrap()
        .contains(&a.outcomes[0].label));
}

#[test]
fn the_tables_show_each_file_and_the_sums() {
    let mut b = file();
    b.project = "Steget Lomma".into();
    let c = combine(&[file(), b]).unwrap();
    let tables = combined_tables(&c, stegvis::i18n::words::WORDS.en);
    let keys: Vec<&str> = tables.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "rapporter",
            "oversikt",
            "remittenter",
            "avslutsorsaker",
            "tid",
            "vag",
            "forsorjning",
            "sysselsattning",
            "uppfoljning"
        ]
    );
    let names: Vec<&Cell> = tables[0].rows.iter().map(|r| &r.cells[0]).collect();
    assert_eq!(
        names,
        [
            &Cell::Text("Steget Burlöv".into()),
            &Cell::Text("Steget Lomma".into())
        ]
    );
    assert_eq!(
        tables[1].rows[0].cells[1],
        Cell::Int(c.participants.total.all.into())
    );
    assert_eq!(tables[0].columns[0], "Project");
}

#[test]
fn a_file_that_is_not_a_report_is_named_with_the_reason() {
    let e = ReportFile::parse("{\"format\":\"stegvis-backup\"}").unwrap_err();
    assert_eq!(e, ReportFileError::NotAReport);
    let sv = SV_COMBINE.file_error("kopia.json", &e);
    assert!(sv.starts_with("kopia.json togs inte med"), "{sv}");
    assert_ne!(sv, EN_COMBINE.file_error("kopia.json", &e));
    assert_eq!(combine(&[]).unwrap().participants.total.all, 0);
}
