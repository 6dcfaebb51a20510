//! The report engine on small hand-made cases: every definition, the period borders, missing
//! outcomes, empty projects, and the JSON file format.

use stegvis::domain::validate::*;
use stegvis::domain::*;
use stegvis::report::json::{ReportFile, ReportFileError};
use stegvis::report::*;

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn today() -> Date {
    d("2026-11-23")
}

fn project() -> Project {
    let mut form = ProjectForm::new_project(d("2025-01-01"));
    form.name = "Testprojekt".into();
    form.start = "2025-01-01".into();
    validate_project(&form, today())
        .unwrap()
        .into_new_project(Timestamp(0))
}

/// A participant: code, gender, start, optional end with optional outcome name.
fn person(
    p: &Project,
    code: &str,
    g: Gender,
    start: &str,
    end: Option<(&str, Option<&str>)>,
) -> Participant {
    let form = ParticipantForm {
        code: code.into(),
        gender: g,
        start: start.into(),
        ..Default::default()
    };
    let mut x = validate_participant(&form, [], today())
        .unwrap()
        .into_new(p.id, Timestamp(0));
    x.referral = Some(p.referral_sources[0].id);
    x.discharge = end.map(|(e, outcome)| Discharge {
        end: d(e),
        outcome: outcome.map(|name| p.outcomes.iter().find(|o| o.name == name).unwrap().id),
    });
    x
}

fn period(from: &str, to: &str) -> Period {
    Period {
        from: d(from),
        to: d(to),
    }
}

fn report(p: &Project, people: &[Participant], from: &str, to: &str) -> Report {
    compute(p, people, None, period(from, to), today())
}

#[test]
fn current_means_participation_overlaps_the_period() {
    let p = project();
    let people = vec![
        person(
            &p,
            "D-001",
            Gender::Woman,
            "2025-01-10",
            Some(("2025-03-31", Some("Arbete"))),
        ), // ended the day before
        person(
            &p,
            "D-002",
            Gender::Woman,
            "2025-01-10",
            Some(("2025-04-01", Some("Arbete"))),
        ), // ended on the first day
        person(&p, "D-003", Gender::Man, "2025-04-30", None), // started on the last day
        person(&p, "D-004", Gender::Man, "2025-05-01", None), // started the day after
        person(&p, "D-005", Gender::Other, "2024-12-01", None), // started before, still active
    ];
    let r = report(&p, &people, "2025-04-01", "2025-04-30");
    assert_eq!(
        r.overview.current,
        GenderCounts {
            all: 3,
            women: 1,
            men: 1,
            other: 1,
            unspecified: 0
        }
    );
}

#[test]
fn started_means_start_date_within_the_period() {
    let p = project();
    let people = vec![
        person(&p, "D-001", Gender::Woman, "2025-04-01", None),
        person(&p, "D-002", Gender::Man, "2025-04-30", None),
        person(&p, "D-003", Gender::Man, "2025-03-31", None),
    ];
    let r = report(&p, &people, "2025-04-01", "2025-04-30");
    assert_eq!(
        r.overview.started,
        GenderCounts {
            all: 2,
            women: 1,
            men: 1,
            other: 0,
            unspecified: 0
        }
    );
}

#[test]
fn discharged_on_the_first_and_on_the_last_day_are_both_counted() {
    let p = project();
    let people = vec![
        person(
            &p,
            "D-001",
            Gender::Woman,
            "2025-01-01",
            Some(("2025-04-01", Some("Studier"))),
        ),
        person(
            &p,
            "D-002",
            Gender::Man,
            "2025-01-01",
            Some(("2025-04-30", Some("Arbete"))),
        ),
        person(
            &p,
            "D-003",
            Gender::Man,
            "2025-01-01",
            Some(("2025-05-01", Some("Arbete"))),
        ),
        person(
            &p,
            "D-004",
            Gender::Man,
            "2025-01-01",
            Some(("2025-03-31", Some("Arbete"))),
        ),
    ];
    let r = report(&p, &people, "2025-04-01", "2025-04-30");
    assert_eq!(r.overview.discharged.all, 2);
    assert_eq!(
        (r.overview.discharged.women, r.overview.discharged.men),
        (1, 1)
    );
}

#[test]
fn active_at_the_end_excludes_those_who_ended_on_the_last_day() {
    let p = project();
    let people = vec![
        person(
            &p,
            "D-001",
            Gender::Woman,
            "2025-01-01",
            Some(("2025-04-30", Some("Arbete"))),
        ),
        person(
            &p,
            "D-002",
            Gender::Woman,
            "2025-01-01",
            Some(("2025-05-01", Some("Arbete"))),
        ),
        person(&p, "D-003", Gender::Man, "2025-04-30", None),
        person(&p, "D-004", Gender::Man, "2025-05-02", None),
    ];
    let r = report(&p, &people, "2025-04-01", "2025-04-30");
    assert_eq!(r.overview.active_at_end.all, 2);
}

#[test]
fn anonymous_registrations_among_the_current_are_counted() {
    let p = project();
    let mut a = person(&p, "D-001", Gender::Woman, "2025-01-01", None);
    a.anonymous_in_sus = true;
    let mut b = person(
        &p,
        "D-002",
        Gender::Woman,
        "2024-01-01",
        Some(("2024-06-01", None)),
    );
    b.anonymous_in_sus = true;
    let r = report(&p, &[a, b], "2025-01-01", "2025-12-31");
    assert_eq!(r.overview.anonymous, 1);
}

#[test]
fn referral_sources_are_all_listed_even_at_zero_with_missing_counted() {
    let p = project();
    let mut a = person(&p, "D-001", Gender::Woman, "2025-01-01", None);
    a.referral = Some(p.referral_sources[1].id);
    let mut b = person(&p, "D-002", Gender::Man, "2025-01-01", None);
    b.referral = None;
    let r = report(&p, &[a, b], "2025-01-01", "2025-12-31");
    assert_eq!(r.referrals.rows.len(), p.referral_sources.len());
    assert_eq!(r.referrals.rows[1].count, 1);
    assert_eq!(r.referrals.rows.iter().map(|l| l.count).sum::<u32>(), 1);
    assert_eq!((r.referrals.total, r.referrals.missing), (2, 1));
}

#[test]
fn a_retired_referral_source_shows_only_when_counted() {
    let mut p = project();
    p.referral_sources[7].retired = true;
    p.referral_sources[6].retired = true;
    let mut a = person(&p, "D-001", Gender::Woman, "2025-01-01", None);
    a.referral = Some(p.referral_sources[6].id);
    let r = report(&p, &[a], "2025-01-01", "2025-12-31");
    let labels: Vec<_> = r.referrals.rows.iter().map(|l| l.label.as_str()).collect();
    assert!(labels.contains(&"LSS"));
    assert!(!labels.contains(&"Annan"));
}

#[test]
fn outcomes_show_the_hole_of_a_missing_outcome() {
    // Steget's report: 19 discharged, outcomes summing to 18.
    let p = project();
    let mut people = Vec::new();
    let outcomes = [
        ("Arbete", 4),
        ("Studier", 2),
        ("Annan sysselsättning", 3),
        ("Praktik/arbetsträning", 1),
        ("Övrigt", 8),
    ];
    let mut n = 0;
    for (name, count) in outcomes {
        for _ in 0..count {
            n += 1;
            people.push(person(
                &p,
                &format!("D-{n:03}"),
                Gender::Man,
                "2021-04-01",
                Some(("2021-10-01", Some(name))),
            ));
        }
    }
    people.push(person(
        &p,
        "D-019",
        Gender::Woman,
        "2021-04-01",
        Some(("2021-11-01", None)),
    ));
    let r = report(&p, &people, "2021-04-01", "2021-12-31");
    assert_eq!(r.outcomes.discharged, 19);
    assert_eq!(r.outcomes.rows.iter().map(|l| l.count).sum::<u32>(), 18);
    assert_eq!(r.outcomes.missing, 1);
    assert_eq!(
        r.outcomes.progression, 9,
        "work, studies and other occupation"
    );
    let missing = r
        .quality
        .iter()
        .find(|q| q.kind == QualityKind::DischargedWithoutOutcome)
        .unwrap();
    assert_eq!(missing.participants[0].1, "D-019");
}

#[test]
fn time_in_project_gives_mean_median_min_and_max() {
    let p = project();
    let people = vec![
        person(
            &p,
            "D-001",
            Gender::Woman,
            "2025-01-01",
            Some(("2025-01-31", Some("Arbete"))),
        ), // 30 days
        person(
            &p,
            "D-002",
            Gender::Woman,
            "2025-01-01",
            Some(("2025-03-02", Some("Arbete"))),
        ), // 60
        person(
            &p,
            "D-003",
            Gender::Man,
            "2025-01-01",
            Some(("2025-04-11", Some("Arbete"))),
        ), // 100
        person(
            &p,
            "D-004",
            Gender::Man,
            "2025-01-01",
            Some(("2025-12-27", Some("Arbete"))),
        ), // 360
        person(&p, "D-005", Gender::Man, "2025-01-01", None),
    ];
    let t = report(&p, &people, "2025-01-01", "2025-12-31")
        .time
        .unwrap();
    assert_eq!((t.count, t.min_days, t.max_days), (4, 30, 360));
    assert_eq!(t.mean_days, 137.5);
    assert_eq!(t.median_days, 80.0);
    assert_eq!(
        report(&p, &people[4..], "2025-01-01", "2025-12-31").time,
        None
    );
}

#[test]
fn age_bands_by_gender_at_start() {
    let p = project();
    let mut people = Vec::new();
    for (i, (year, g)) in [
        (2000, Gender::Woman),
        (1996, Gender::Man),
        (1995, Gender::Woman),
        (1960, Gender::Man),
        (2012, Gender::Other),
    ]
    .into_iter()
    .enumerate()
    {
        let mut x = person(&p, &format!("D-{i}"), g, "2025-06-01", None);
        x.birth_year = Some(year);
        people.push(x);
    }
    people.push(person(&p, "D-9", Gender::Unspecified, "2025-06-01", None));
    let r = report(&p, &people, "2025-01-01", "2025-12-31");
    let current = &r.ages[0];
    assert_eq!(current.outcome, None);
    let row = |band: AgeBand| {
        current
            .rows
            .iter()
            .find(|(b, _)| *b == band)
            .map(|(_, c)| *c)
            .unwrap()
    };
    assert_eq!(
        row(AgeBand::Range(16, 29)),
        GenderCounts {
            all: 2,
            women: 1,
            men: 1,
            other: 0,
            unspecified: 0
        }
    );
    assert_eq!(row(AgeBand::Range(30, 49)).women, 1, "30 at start in 2025");
    assert_eq!(row(AgeBand::Range(50, 64)).all, 0);
    assert_eq!(row(AgeBand::From(65)).men, 1);
    assert_eq!(row(AgeBand::Below(16)).other, 1);
    assert_eq!(row(AgeBand::Unknown).unspecified, 1);
    assert_eq!(current.rows.first().unwrap().0, AgeBand::Below(16));
    assert_eq!(current.rows.last().unwrap().0, AgeBand::Unknown);
}

#[test]
fn mean_and_median_age_at_start_of_the_current_with_a_known_birth_year() {
    let p = project();
    let mut people = Vec::new();
    // Ages at start 25, 30, 31 and 60; one without a year; one who left before the period.
    for (i, (start, year)) in [
        ("2025-06-01", Some(2000)),
        ("2025-02-01", Some(1995)),
        ("2026-01-10", Some(1995)),
        ("2025-03-01", Some(1965)),
        ("2025-03-01", None),
    ]
    .into_iter()
    .enumerate()
    {
        let mut x = person(&p, &format!("D-{i}"), Gender::Woman, start, None);
        x.birth_year = year;
        people.push(x);
    }
    let mut gone = person(
        &p,
        "D-9",
        Gender::Man,
        "2025-01-02",
        Some(("2025-01-20", None)),
    );
    gone.birth_year = Some(1930);
    people.push(gone);
    let r = report(&p, &people, "2025-02-01", "2026-06-30");
    let a = r.age_at_start.expect("four have a year of birth");
    assert_eq!(a.count, 4);
    assert_eq!(a.mean, (25.0 + 30.0 + 31.0 + 60.0) / 4.0);
    assert_eq!(a.median, 30.5);
    for p in &mut people {
        p.birth_year = None;
    }
    let r = report(&p, &people, "2025-02-01", "2026-06-30");
    assert_eq!(r.age_at_start, None);
    let table = tables::tables(&r, stegvis::i18n::words::WORDS.sv)
        .into_iter()
        .find(|t| t.key == "alder-start")
        .unwrap();
    assert!(table.rows.is_empty());
    assert_eq!(
        table.note.as_deref(),
        Some("Ingen av de aktuella har ett födelseår registrerat.")
    );
}

#[test]
fn those_registered_by_mistake_are_in_no_table_and_no_count() {
    let p = project();
    let mut people = vec![
        person(&p, "D-1", Gender::Woman, "2025-02-01", None),
        person(
            &p,
            "D-2",
            Gender::Man,
            "2025-03-01",
            Some(("2025-05-01", Some("Arbete"))),
        ),
    ];
    people[0].birth_year = Some(1990);
    let before = report(&p, &people, "2025-01-01", "2025-12-31");
    // The same two, plus two registered by mistake: one current, one discharged, with holes
    // the data-quality table would otherwise name.
    let mut wrong = person(&p, "D-3", Gender::Other, "2024-12-01", None);
    wrong.referral = None;
    wrong.birth_year = Some(1950);
    wrong.mistaken = true;
    let mut wrong_out = person(
        &p,
        "D-4",
        Gender::Woman,
        "2025-04-01",
        Some(("2025-06-01", None)),
    );
    wrong_out.mistaken = true;
    people.extend([wrong, wrong_out]);
    let after = report(&p, &people, "2025-01-01", "2025-12-31");
    assert_eq!(after, before);
    // Undone, they count again.
    for x in &mut people {
        x.mistaken = false;
    }
    let undone = report(&p, &people, "2025-01-01", "2025-12-31");
    assert_eq!(undone.overview.current.all, 4);
    assert_eq!(undone.outcomes.missing, 1);
    assert!(!undone.quality.is_empty());
}

#[test]
fn a_participant_not_registered_by_mistake_is_stored_as_before() {
    let p = project();
    let mut x = person(&p, "D-1", Gender::Woman, "2025-02-01", None);
    let json = serde_json::to_string(&x).unwrap();
    assert!(!json.contains("mistaken"), "{json}");
    x.mistaken = true;
    let json = serde_json::to_string(&x).unwrap();
    assert!(json.contains("\"mistaken\":true"), "{json}");
    let back: Participant = serde_json::from_str(&json).unwrap();
    assert!(back.mistaken);
}

#[test]
fn age_tables_per_outcome_follow_the_discharged() {
    let p = project();
    let mut a = person(
        &p,
        "D-001",
        Gender::Woman,
        "2025-01-01",
        Some(("2025-05-01", Some("Studier"))),
    );
    a.birth_year = Some(1990);
    let r = report(&p, &[a], "2025-01-01", "2025-12-31");
    assert_eq!(r.ages.len(), 2);
    assert_eq!(r.ages[1].outcome.as_deref(), Some("Studier"));
    assert_eq!(r.ages[1].rows.iter().map(|(_, c)| c.all).sum::<u32>(), 1);
}

#[test]
fn sub_units_show_target_against_outcome_and_a_scope_narrows_the_report() {
    let mut form = ProjectForm::from_project(&project());
    form.sub_units = vec![
        SubUnitForm {
            name: "Grupp".into(),
            volume_target: "20".into(),
            ..Default::default()
        },
        SubUnitForm {
            name: "Individuellt".into(),
            volume_target: "10".into(),
            ..Default::default()
        },
    ];
    let mut p = project();
    validate_project(&form, today()).unwrap().apply(&mut p);
    let (group, single) = (p.sub_units[0].id, p.sub_units[1].id);
    let mut people = Vec::new();
    for i in 0..5 {
        let mut x = person(&p, &format!("D-{i}"), Gender::Woman, "2025-02-01", None);
        x.sub_unit = Some(if i < 3 { group } else { single });
        people.push(x);
    }
    people.push(person(&p, "D-9", Gender::Man, "2025-02-01", None));
    let r = report(&p, &people, "2025-01-01", "2025-12-31");
    let rows: Vec<_> = r
        .groups
        .iter()
        .map(|g| (g.label.as_str(), g.target, g.count))
        .collect();
    assert_eq!(
        rows,
        [
            ("Grupp", Some(20), 3),
            ("Individuellt", Some(10), 2),
            ("", None, 1)
        ]
    );

    let scoped = compute(
        &p,
        &people,
        Some(single),
        period("2025-01-01", "2025-12-31"),
        today(),
    );
    assert_eq!(scoped.scope.as_deref(), Some("Individuellt"));
    assert_eq!(scoped.overview.current.all, 2);
    assert_eq!(scoped.goals.volume.unwrap().target, 10);
}

#[test]
fn goals_met_and_missed_as_in_ockelbo() {
    // Target 45 participants, 60 % women, 40 % to progression. 26 took part (16 women, 10 men):
    // 8 continued rehabilitation, 3 illness, 3 work, 6 studies, 2 AF, 2 moved, 2 other.
    let mut p = project();
    p.volume_target = Some(45);
    p.target_women_percent = Some(60);
    p.outcome_goal_percent = Some(40);
    let outcomes = [
        ("Fortsatt rehabilitering", 8),
        ("Sjukdom", 3),
        ("Arbete", 3),
        ("Studier", 6),
        ("Till Arbetsförmedlingen/Försäkringskassan", 2),
        ("Flytt", 2),
        ("Annan sysselsättning", 2),
    ];
    let mut people = Vec::new();
    for (name, count) in outcomes {
        for _ in 0..count {
            let g = if people.len() < 16 {
                Gender::Woman
            } else {
                Gender::Man
            };
            people.push(person(
                &p,
                &format!("D-{:03}", people.len() + 1),
                g,
                "2020-01-01",
                Some(("2022-06-01", Some(name))),
            ));
        }
    }
    let r = report(&p, &people, "2019-01-01", "2022-12-31");
    let goals = r.goals.clone();
    let volume = goals.volume.unwrap();
    assert_eq!((volume.target, volume.actual, volume.met), (45, 26, false));
    let gender = goals.gender.unwrap();
    assert_eq!((gender.women, gender.of, gender.met), (16, 26, true));
    let outcome = goals.outcome.unwrap();
    assert_eq!(
        (outcome.progression, outcome.of, outcome.met),
        (11, 26, true)
    );
    let file = ReportFile::from_report(&r);
    assert_eq!(file.goals.outcome_percent.unwrap().actual, 42.3);
}

#[test]
fn data_quality_flags_each_kind_with_the_participants_concerned() {
    let mut p = project();
    p.end = Some(d("2025-12-31"));
    let mut no_referral = person(&p, "D-001", Gender::Woman, "2025-02-01", None);
    no_referral.referral = None;
    let mut bad_phases = person(&p, "D-002", Gender::Woman, "2025-02-01", None);
    bad_phases.phases.push(PhaseEntry {
        phase: Phase::FollowUp,
        from: d("2025-01-15"),
    });
    let early = person(
        &p,
        "D-003",
        Gender::Man,
        "2024-11-01",
        Some(("2025-02-01", Some("Arbete"))),
    );
    let late = person(
        &p,
        "D-004",
        Gender::Man,
        "2025-06-01",
        Some(("2026-02-01", Some("Arbete"))),
    );
    let r = compute(
        &p,
        &[no_referral, bad_phases, early, late],
        None,
        period("2025-01-01", "2026-12-31"),
        today(),
    );
    let codes = |k: QualityKind| -> Vec<String> {
        r.quality
            .iter()
            .find(|q| q.kind == k)
            .map(|q| q.participants.iter().map(|x| x.1.clone()).collect())
            .unwrap_or_default()
    };
    assert_eq!(codes(QualityKind::NoReferral), ["D-001"]);
    assert_eq!(codes(QualityKind::PhaseDatesOutOfOrder), ["D-002"]);
    assert_eq!(codes(QualityKind::StartBeforeProjectStart), ["D-003"]);
    assert_eq!(
        codes(QualityKind::ActiveAfterProjectEnd),
        ["D-001", "D-002", "D-004"]
    );
    assert!(codes(QualityKind::DischargedWithoutOutcome).is_empty());
}

#[test]
fn an_empty_project_gives_zeros_not_errors() {
    let mut p = project();
    p.volume_target = Some(10);
    p.outcome_goal_percent = Some(40);
    let r = report(&p, &[], "2025-01-01", "2025-12-31");
    assert_eq!(r.overview.current.all, 0);
    assert_eq!(r.time, None);
    assert!(r.quality.is_empty());
    assert!(!r.goals.volume.unwrap().met);
    assert!(
        !r.goals.outcome.unwrap().met,
        "no discharged: the outcome goal is not met"
    );
    assert_eq!(r.months.len(), 12);
    let file = ReportFile::from_report(&r);
    assert_eq!(ReportFile::parse(&file.to_json()).unwrap(), file);
}

#[test]
fn months_count_starts_discharges_and_active_at_month_end() {
    let p = project();
    let people = vec![
        person(
            &p,
            "D-001",
            Gender::Woman,
            "2025-01-15",
            Some(("2025-02-28", Some("Arbete"))),
        ),
        person(&p, "D-002", Gender::Man, "2025-02-01", None),
    ];
    let r = report(&p, &people, "2025-01-01", "2025-03-31");
    let rows: Vec<_> = r
        .months
        .iter()
        .map(|m| (m.month, m.started, m.discharged, m.active))
        .collect();
    assert_eq!(rows, [(1, 1, 0, 1), (2, 1, 1, 1), (3, 0, 0, 1)]);
}

#[test]
fn the_json_format_has_the_documented_fields_and_round_trips() {
    let p = project();
    let people = vec![
        person(
            &p,
            "D-001",
            Gender::Woman,
            "2025-01-01",
            Some(("2025-03-01", Some("Arbete"))),
        ),
        person(&p, "D-002", Gender::Man, "2025-02-01", None),
    ];
    let file = ReportFile::from_report(&report(&p, &people, "2025-01-01", "2025-12-31"));
    let json = file.to_json();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["format"], "stegvis-report");
    assert_eq!(value["version"], 2);
    assert_eq!(value["project"], "Testprojekt");
    assert_eq!(value["period"]["from"], "2025-01-01");
    assert_eq!(value["participants"]["total"]["all"], 2);
    assert_eq!(value["participants"]["discharged"]["women"], 1);
    assert_eq!(value["participants"]["active_at_end"]["men"], 1);
    assert_eq!(value["outcomes"][0]["label"], "Arbete");
    assert_eq!(value["outcomes"][0]["count"], 1);
    assert_eq!(value["months_in_project"]["max"], 1.9);
    assert!(
        !json.contains("D-001"),
        "no participant codes in a report file"
    );
    assert_eq!(ReportFile::parse(&json).unwrap(), file);
}

#[test]
fn report_files_of_other_formats_and_newer_versions_are_refused() {
    assert_eq!(ReportFile::parse("{"), Err(ReportFileError::NotJson));
    assert_eq!(
        ReportFile::parse(r#"{"format":"other","version":1}"#),
        Err(ReportFileError::NotAReport)
    );
    assert_eq!(
        ReportFile::parse(r#"{"format":"stegvis-report","version":3}"#),
        Err(ReportFileError::NewerVersion(3))
    );
    assert!(matches!(
        ReportFile::parse(r#"{"format":"stegvis-report","version":1}"#),
        Err(ReportFileError::Invalid(_))
    ));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn participant_strategy() -> impl Strategy<Value = (i64, Option<i64>, u8)> {
        (0i64..900, proptest::option::of(0i64..400), 0u8..4)
    }

    proptest! {
        /// The one-pass month table agrees with the definitions, month by month.
        #[test]
        fn months_agree_with_the_definitions(
            rows in proptest::collection::vec(participant_strategy(), 0..60),
            from in 0i64..700,
            len in 0i64..500,
        ) {
            let p = project();
            let base = d("2024-01-01");
            let people: Vec<Participant> = rows.iter().enumerate().map(|(i, (start, stay, g))| {
                let start_day = base.plus_days(*start);
                let mut x = person(&p, &format!("D-{i}"), Gender::ALL[usize::from(*g)], &start_day.to_string(), None);
                x.discharge = stay.map(|s| Discharge { end: start_day.plus_days(s), outcome: None });
                x
            }).collect();
            let period = Period { from: base.plus_days(from), to: base.plus_days(from + len) };
            let r = compute(&p, &people, None, period, today());
            let mut total_started = 0;
            for m in &r.months {
                let first = Date::from_ymd(m.year, m.month, 1).unwrap().max(period.from);
                let next = if m.month == 12 { Date::from_ymd(m.year + 1, 1, 1) } else { Date::from_ymd(m.year, m.month + 1, 1) };
                let last = next.unwrap().plus_days(-1).min(period.to);
                let span = Period { from: first, to: last };
                let end = |x: &Participant| x.discharge.map(|d| d.end);
                let started = people.iter().filter(|x| x.start.is_some_and(|s| span.contains(s))).count() as u32;
                let discharged = people.iter().filter(|x| end(x).is_some_and(|e| span.contains(e))).count() as u32;
                let active = people.iter().filter(|x| x.start.is_some_and(|s| s <= last) && end(x).is_none_or(|e| e > last)).count() as u32;
                prop_assert_eq!((m.started, m.discharged, m.active), (started, discharged, active));
                total_started += m.started;
            }
            prop_assert_eq!(total_started, r.overview.started.all);
        }

        /// The mean and median age at start agree with a direct count over the current.
        #[test]
        fn age_at_start_agrees_with_a_direct_count(
            rows in proptest::collection::vec((participant_strategy(), proptest::option::of(1940i32..2010)), 0..60),
            from in 0i64..700,
            len in 0i64..500,
        ) {
            let p = project();
            let base = d("2024-01-01");
            let people: Vec<Participant> = rows.iter().enumerate().map(|(i, ((start, stay, g), year))| {
                let start_day = base.plus_days(*start);
                let mut x = person(&p, &format!("D-{i}"), Gender::ALL[usize::from(*g)], &start_day.to_string(), None);
                x.discharge = stay.map(|s| Discharge { end: start_day.plus_days(s), outcome: None });
                x.birth_year = *year;
                x
            }).collect();
            let period = Period { from: base.plus_days(from), to: base.plus_days(from + len) };
            let r = compute(&p, &people, None, period, today());
            let mut ages: Vec<f64> = people
                .iter()
                .filter(|x| x.start.is_some_and(|s| s <= period.to) && x.discharge.is_none_or(|d| d.end >= period.from))
                .filter_map(|x| x.birth_year.zip(x.start).map(|(y, s)| f64::from(s.year() - y)))
                .collect();
            ages.sort_by(f64::total_cmp);
            match r.age_at_start {
                None => prop_assert!(ages.is_empty()),
                Some(a) => {
                    let n = ages.len();
                    let median = if n % 2 == 1 { ages[n / 2] } else { (ages[n / 2 - 1] + ages[n / 2]) / 2.0 };
                    prop_assert_eq!(a.count as usize, n);
                    prop_assert!((a.mean - ages.iter().sum::<f64>() / n as f64).abs() < 1e-9);
                    prop_assert_eq!(a.median, median);
                }
            }
        }
    }
}

#[test]
fn flows_join_labels_of_one_name_and_sort_by_name() {
    let mut p = project();
    // A second referral source named like the first (as after a merge of two projects), and
    // one the project no longer knows.
    let twin = Label {
        id: Id::random(),
        name: p.referral_sources[0].name.clone(),
        retired: true,
    };
    p.referral_sources.push(twin.clone());
    let work = p
        .outcomes
        .iter()
        .find(|o| o.name == "Arbete")
        .unwrap()
        .clone();
    let ended = Some(("2025-06-01", Some("Arbete")));
    let mut people = vec![
        person(&p, "D-001", Gender::Woman, "2025-01-10", ended),
        person(&p, "D-002", Gender::Man, "2025-01-10", ended),
        person(
            &p,
            "D-003",
            Gender::Man,
            "2025-01-10",
            Some(("2025-06-01", None)),
        ),
        person(&p, "D-004", Gender::Man, "2025-01-10", ended),
        person(&p, "D-005", Gender::Woman, "2025-01-10", None),
    ];
    people[1].referral = Some(twin.id);
    people[3].referral = Some(Id::random());
    let r = report(&p, &people, "2025-01-01", "2025-12-31");
    let source = p.referral_sources[0].name.clone();
    let flow = |referral: &str, outcome: &str, progression, count| Flow {
        referral: referral.into(),
        outcome: outcome.into(),
        progression,
        count,
    };
    assert_eq!(
        r.flows,
        vec![
            flow("", "Arbete", work.progression, 1),
            flow(&source, "", false, 1),
            flow(&source, "Arbete", work.progression, 2),
        ]
    );
}
