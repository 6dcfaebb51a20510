//! The retention reminder: who has been discharged longer ago than the coach keeps data for.

mod common;

use common::{participant, project};
use stegvis::domain::retention::{due, months_before, DEFAULT_MONTHS};
use stegvis::domain::{Date, Discharge};

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

#[test]
fn months_before_keeps_the_day_or_takes_the_last_of_a_shorter_month() {
    assert_eq!(months_before(d("2026-11-23"), 24), d("2024-11-23"));
    assert_eq!(months_before(d("2026-03-31"), 1), d("2026-02-28"));
    assert_eq!(months_before(d("2026-01-15"), 13), d("2024-12-15"));
    assert_eq!(months_before(d("2024-05-31"), 3), d("2024-02-29"));
}

#[test]
fn only_participants_discharged_before_the_cutoff_are_due_oldest_first() {
    let p = project("Steget");
    let discharged = |code: &str, end: &str| {
        let mut x = participant(&p, code);
        x.discharge = Some(Discharge {
            end: d(end),
            outcome: None,
        });
        x
    };
    let all = vec![
        discharged("D-NEW", "2025-06-01"),
        discharged("D-OLDEST", "2022-02-01"),
        discharged("D-EDGE", "2024-11-23"),
        discharged("D-OLD", "2024-11-22"),
        participant(&p, "D-ACTIVE"),
    ];
    let codes: Vec<&str> = due(&all, d("2026-11-23"), DEFAULT_MONTHS)
        .iter()
        .map(|p| p.code.as_str())
        .collect();
    assert_eq!(
        codes,
        ["D-OLDEST", "D-OLD"],
        "the cutoff day itself is kept"
    );
    assert!(due(&all, d("2026-11-23"), 120).is_empty());
    assert_eq!(due(&all, d("2026-11-23"), 1).len(), 4);
}

#[test]
fn the_reminder_names_the_codes_and_the_months_in_both_languages() {
    use stegvis::i18n::{projects::PROJECTS, Lang};
    let (sv, en) = (PROJECTS.get(Lang::Sv), PROJECTS.get(Lang::En));
    for t in [sv, en] {
        let body = (t.retention_body)(2, 24, "D-1, D-2");
        assert!(body.contains("D-1, D-2") && body.contains("24"), "{body}");
        assert!((t.retention_question)(2, "D-1, D-2").contains("D-1, D-2"));
        assert!((t.retention_deleted)(2).contains('2'));
    }
    assert_ne!(
        (sv.retention_body)(2, 24, "D-1"),
        (en.retention_body)(2, 24, "D-1")
    );
    assert_ne!((sv.retention_delete)(2), (en.retention_delete)(2));
}
