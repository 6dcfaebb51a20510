//! The journey's report figures (report file version 2): waiting, extensions, income and
//! occupation before and after, follow-ups after exit; checked on a small set by hand and by a
//! property test against a direct count; the version 2 file, and summaries of version 1 and 2
//! files together.

use stegvis::domain::journey::*;
use stegvis::domain::*;
use stegvis::report::combine::{combine, combined_tables};
use stegvis::report::json::ReportFile;
use stegvis::report::tables::tables;
use stegvis::report::*;

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn project() -> Project {
    static P: std::sync::OnceLock<Project> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let mut form = stegvis::domain::validate::ProjectForm::new_project(d("2025-01-01"));
        form.name = "Vägen".into();
        form.start = "2024-01-01".into();
        stegvis::domain::validate::validate_project(&form, d("2025-01-01"))
            .unwrap()
            .into_new_project(Timestamp(1))
    })
    .clone()
}

fn started(code: &str, gender: Gender, referred: Option<&str>, start: &str) -> Participant {
    Participant {
        gender,
        referred_on: referred.map(d),
        ..Participant::new(
            Id::random(),
            project().id,
            code.into(),
            d(start),
            Timestamp(1),
        )
    }
}

fn waiting(code: &str, gender: Gender, referred: &str) -> Participant {
    Participant {
        gender,
        ..Participant::waiting(
            Id::random(),
            project().id,
            code.into(),
            d(referred),
            Timestamp(1),
        )
    }
}

fn discharge(mut p: Participant, end: &str) -> Participant {
    p.discharge = Some(Discharge {
        end: d(end),
        outcome: None,
    });
    p
}

fn situation(income: Income, occupation: Occupation, extent: u8) -> Situation {
    Situation {
        income: Some(income),
        occupation: Some(occupation),
        extent: Some(extent),
    }
}

fn year_2025(people: &[Participant]) -> Report {
    let period = Period {
        from: d("2025-01-01"),
        to: d("2025-12-31"),
    };
    compute(&project(), people, None, period, d("2026-06-01"))
}

/// Two waiting at the end of 2025 (one referred before, one during), one started after the
/// period, one never started, two discharged from public support to work.
fn people() -> Vec<Participant> {
    let mut a = discharge(
        started("D-001", Gender::Woman, Some("2024-12-02"), "2025-01-01"),
        "2025-05-31",
    );
    a.at_start = situation(Income::SocialAssistance, Occupation::NoOccupation, 0);
    a.at_end = situation(Income::Salary, Occupation::Employment, 75);
    a.follow_ups.push(FollowUp {
        months: 6,
        on: d("2025-12-01"),
        status: FollowUpStatus::Work,
    });
    let mut b = discharge(
        started("D-002", Gender::Man, Some("2025-02-01"), "2025-03-03"),
        "2025-06-15",
    );
    b.at_start = situation(Income::SicknessBenefit, Occupation::WorkTraining, 25);
    b.at_end = situation(Income::SicknessBenefit, Occupation::WorkTraining, 50);
    let mut c = started("D-003", Gender::Woman, None, "2025-04-01");
    c.planned_end = Some(d("2025-10-01"));
    c.extensions.push(Extension {
        on: d("2025-09-15"),
        until: d("2025-11-30"),
        reason: None,
    });
    let mut never = waiting("D-004", Gender::Man, "2025-03-01");
    never.never_started = Some(NeverStarted {
        on: d("2025-04-01"),
        reason: NotStartedReason::Declined,
    });
    let mut w1 = waiting("D-005", Gender::Woman, "2025-11-20");
    w1.birth_year = Some(1990);
    let mut w2 = waiting("D-006", Gender::Other, "2024-11-01");
    w2.birth_year = Some(2000);
    let later = started("D-007", Gender::Man, Some("2025-12-01"), "2026-01-12");
    let mut mistaken = waiting("D-008", Gender::Man, "2025-12-01");
    mistaken.mistaken = true;
    vec![a, b, c, never, w1, w2, later, mistaken]
}

#[test]
fn the_journey_figures_count_as_defined() {
    let j = year_2025(&people()).journey;
    // D-005, D-006 wait; D-007 too (referred in December, started in January); not the mistaken.
    assert_eq!(j.waiting.at_end.all, 3);
    assert_eq!(
        (
            j.waiting.at_end.women,
            j.waiting.at_end.men,
            j.waiting.at_end.other
        ),
        (1, 1, 1)
    );
    assert_eq!(j.waiting.never_started.all, 1);
    // 30 days (D-001) and 30 days (D-002) from referral to start.
    assert_eq!(j.waiting.median_days_to_start, Some(30.0));
    let ages = j.waiting.ages.unwrap();
    assert_eq!(
        (ages.count, ages.mean, ages.median),
        (2, 29.5, 29.5),
        "35 and 24 at referral"
    );
    assert_eq!(j.extensions.extended, 1);
    assert_eq!(
        j.extensions.past_planned_end, 1,
        "D-003 is past 2025-11-30 on 2025-12-31"
    );
    assert_eq!(j.left_public_support, 1);
    assert_eq!(j.increased_extent, 2);
    let income: Vec<_> = j
        .income
        .iter()
        .map(|t| (t.before, t.after, t.counts.all))
        .collect();
    assert_eq!(
        income,
        [
            (
                Some(Income::SicknessBenefit),
                Some(Income::SicknessBenefit),
                1
            ),
            (Some(Income::SocialAssistance), Some(Income::Salary), 1),
        ]
    );
    assert_eq!(j.participations, 3);
    // D-001's 6-month follow-up (2025-11-30) and D-002's (2025-12-15) fell due in 2025.
    let six = &j.follow_ups[0];
    assert_eq!((six.months, six.due, six.done, six.reached), (6, 2, 1, 1));
    assert_eq!(six.statuses, [(FollowUpStatus::Work, 1)]);
    assert_eq!(
        six.against_discharge,
        [(Some(Occupation::Employment), FollowUpStatus::Work, 1)]
    );
    assert_eq!((j.follow_ups[1].months, j.follow_ups[1].due), (12, 0));
}

#[test]
fn the_tables_show_before_and_after_and_the_follow_ups() {
    let r = year_2025(&people());
    let all = tables(&r, stegvis::i18n::words::WORDS.sv);
    let income = all.iter().find(|t| t.key == "forsorjning").unwrap();
    let texts: Vec<String> = (income.rows.iter())
        .map(|r| {
            r.cells
                .iter()
                .map(|c| c.text(stegvis::i18n::words::WORDS.sv))
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect();
    assert!(
        texts.contains(&"Försörjningsstöd|Lön|1|1|0|0|0".to_owned()),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Lämnade offentlig försörjning||1")),
        "{texts:?}"
    );
    let follow = all.iter().find(|t| t.key == "uppfoljning").unwrap();
    let first: Vec<String> = (follow.rows[0].cells.iter())
        .map(|c| c.text(stegvis::i18n::words::WORDS.sv))
        .collect();
    assert_eq!(first, ["6 månader", "2", "1", "1", "Arbete 1"]);
}

#[test]
fn the_version_2_file_has_the_documented_fields_and_round_trips() {
    let file = ReportFile::from_report(&year_2025(&people()));
    let json = file.to_json();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["version"], 2);
    assert_eq!(v["waiting"]["at_end"]["all"], 3);
    assert_eq!(v["waiting"]["median_days_to_start"], 30.0);
    assert_eq!(v["waiting"]["never_started"], 1);
    assert_eq!(v["extensions"]["extended"], 1);
    assert_eq!(v["extensions"]["past_planned_end"], 1);
    assert_eq!(v["income"]["transitions"][1]["before"], "social_assistance");
    assert_eq!(v["income"]["transitions"][1]["after"], "salary");
    assert_eq!(v["occupation"]["transitions"][0]["count"], 1);
    assert_eq!(v["left_public_support"], 1);
    assert_eq!(v["increased_extent"], 2);
    assert_eq!(v["follow_ups"][0]["months"], 6);
    assert_eq!(v["follow_ups"][0]["statuses"][0]["label"], "work");
    assert_eq!(v["participations"], 3);
    assert!(
        v["age_at_start"].is_null(),
        "no current participant has a birth year"
    );
    for code in ["D-001", "D-005"] {
        assert!(
            !json.contains(code),
            "no participant codes in a report file"
        );
    }
    assert_eq!(ReportFile::parse(&json).unwrap(), file);
}

#[test]
fn a_version_1_file_adds_up_with_version_2_files() {
    let v2 = ReportFile::from_report(&year_2025(&people()));
    let v1_text = std::fs::read_to_string("tests/fixtures/v0.2.0/report.json").unwrap();
    let v1 = ReportFile::parse(&v1_text).unwrap();
    assert_eq!((v1.version, v1.waiting.is_none()), (1, true));
    let c = combine(&[v1.clone(), v2.clone(), v2]).unwrap();
    assert_eq!(
        c.participants.total.all,
        v1.participants.total.all + 2 * 3,
        "the version 1 counts are added as before"
    );
    let j = c.journey.as_ref().unwrap();
    assert_eq!(j.files, 2);
    assert_eq!(j.waiting_at_end.all, 6);
    assert_eq!(j.left_public_support, 2);
    assert_eq!(j.follow_ups[0].due, 4);
    let all = combined_tables(&c, stegvis::i18n::words::WORDS.sv);
    let journey = all.iter().find(|t| t.key == "vag").unwrap();
    assert!(journey
        .note
        .as_deref()
        .unwrap()
        .contains("Från 2 av 3 filer"));
    assert!(combine(&[v1]).unwrap().journey.is_none());
}

#[test]
fn implausible_version_2_numbers_are_refused() {
    let file = ReportFile::from_report(&year_2025(&people()));
    let mut bad = file.clone();
    bad.waiting.as_mut().unwrap().at_end.women += 1;
    assert!(ReportFile::parse(&bad.to_json()).is_err());
    let mut bad = file.clone();
    bad.follow_ups.as_mut().unwrap()[0].done = 9;
    assert!(ReportFile::parse(&bad.to_json()).is_err());
    let mut bad = file;
    bad.income.as_mut().unwrap().transitions[0].count = 99;
    assert!(ReportFile::parse(&bad.to_json()).is_err());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// (referral offset, wait, stay, gender, income before, income after, extent before,
    /// extent after, follow-up recorded, never started)
    type Row = (
        i64,
        Option<i64>,
        Option<i64>,
        u8,
        usize,
        usize,
        u8,
        u8,
        bool,
        bool,
    );

    fn row() -> impl Strategy<Value = Row> {
        (
            0i64..700,
            proptest::option::of(0i64..90),
            proptest::option::of(1i64..300),
            0u8..4,
            0usize..12,
            0usize..12,
            0u8..=100,
            0u8..=100,
            any::<bool>(),
            any::<bool>(),
        )
    }

    fn build(i: usize, r: &Row) -> Participant {
        let (offset, wait, stay, g, before, after, x0, x1, followed, never) = *r;
        let referred = d("2024-06-01").plus_days(offset);
        let mut p = Participant {
            gender: Gender::ALL[usize::from(g)],
            ..Participant::waiting(
                Id::random(),
                project().id,
                format!("D-{i}"),
                referred,
                Timestamp(1),
            )
        };
        match wait {
            None if never => {
                p.never_started = Some(NeverStarted {
                    on: referred.plus_days(20),
                    reason: NotStartedReason::Other,
                })
            }
            None => {}
            Some(w) => {
                let start = referred.plus_days(w);
                p.start = Some(start);
                p.phases = vec![PhaseEntry {
                    phase: Phase::Mapping,
                    from: start,
                }];
                p.at_start = situation(Income::ALL[before], Occupation::Studies, x0);
                if let Some(s) = stay {
                    let end = start.plus_days(s);
                    p.discharge = Some(Discharge { end, outcome: None });
                    p.at_end = situation(Income::ALL[after], Occupation::Employment, x1);
                    if followed {
                        p.follow_ups.push(FollowUp {
                            months: 6,
                            on: end.plus_months(6),
                            status: FollowUpStatus::NotReached,
                        });
                    }
                }
            }
        }
        p
    }

    proptest! {
        /// Every journey figure agrees with a direct count over the generated participants.
        #[test]
        fn journey_figures_agree_with_a_direct_count(
            rows in proptest::collection::vec(row(), 0..50),
            from in 0i64..700,
            len in 0i64..400,
        ) {
            let people: Vec<Participant> = rows.iter().enumerate().map(|(i, r)| build(i, r)).collect();
            let period = Period { from: d("2024-06-01").plus_days(from), to: d("2024-06-01").plus_days(from + len) };
            let r = compute(&project(), &people, None, period, d("2027-01-01"));
            let j = &r.journey;
            let waiting = people.iter().filter(|p| {
                p.referred_on.is_some_and(|x| x <= period.to)
                    && p.start.is_none_or(|s| s > period.to)
                    && p.never_started.is_none_or(|n| n.on > period.to)
            }).count() as u32;
            prop_assert_eq!(j.waiting.at_end.all, waiting);
            let never = people.iter().filter(|p| p.never_started.is_some_and(|n| period.contains(n.on))).count() as u32;
            prop_assert_eq!(j.waiting.never_started.all, never);
            let discharged: Vec<&Participant> = people.iter()
                .filter(|p| p.discharge.is_some_and(|x| period.contains(x.end)))
                .collect();
            let sum: u32 = j.income.iter().map(|t| t.counts.all).sum();
            prop_assert_eq!(sum, discharged.len() as u32);
            let left = discharged.iter().filter(|p| {
                p.at_start.income.is_some_and(Income::is_public_support)
                    && p.at_end.income.is_some_and(|i| matches!(i, Income::Salary | Income::StudentAid | Income::NoPublicSupport))
            }).count() as u32;
            prop_assert_eq!(j.left_public_support, left);
            let increased = discharged.iter().filter(|p| p.at_end.extent > p.at_start.extent).count() as u32;
            prop_assert_eq!(j.increased_extent, increased);
            let due: Vec<&Participant> = people.iter()
                .filter(|p| p.discharge.is_some_and(|x| period.contains(x.end.plus_months(6))))
                .collect();
            let six = &j.follow_ups[0];
            prop_assert_eq!(six.due, due.len() as u32);
            prop_assert_eq!(six.done, due.iter().filter(|p| !p.follow_ups.is_empty()).count() as u32);
            prop_assert_eq!(six.reached, 0);
            let mut days: Vec<i64> = people.iter()
                .filter(|p| p.start.is_some_and(|s| period.contains(s)))
                .map(|p| p.referred_on.unwrap().days_until(p.start.unwrap()))
                .collect();
            days.sort_unstable();
            let median = (!days.is_empty()).then(|| {
                let n = days.len();
                if n % 2 == 1 { days[n / 2] as f64 } else { (days[n / 2 - 1] + days[n / 2]) as f64 / 2.0 }
            });
            prop_assert_eq!(j.waiting.median_days_to_start, median);
            // The door lets every generated record in, and the file reads back.
            for p in &people {
                let problems = stegvis::domain::check::participant(p, Some(&stegvis::domain::check::ProjectLabels::of(&project())));
                prop_assert!(problems.is_empty(), "{:?}", problems);
            }
            let file = ReportFile::from_report(&r);
            prop_assert_eq!(ReportFile::parse(&file.to_json()).unwrap(), file);
        }
    }
}

#[test]
fn a_participant_who_came_back_counts_once_per_participation() {
    let mut p = discharge(
        started("R-1", Gender::Woman, None, "2025-01-10"),
        "2025-03-31",
    );
    p.come_back(None, Some(d("2025-06-02")));
    p.discharge = Some(Discharge {
        end: d("2025-10-31"),
        outcome: None,
    });
    let r = year_2025(std::slice::from_ref(&p));
    assert_eq!(r.overview.current.all, 2, "two participations in 2025");
    assert_eq!(r.overview.discharged.all, 2);
    assert_eq!(r.overview.started.all, 2);
    assert_eq!(r.journey.participations, 2);
    let mut later = p.clone();
    later.discharge = None;
    let r = year_2025(&[later]);
    assert_eq!(
        (r.overview.discharged.all, r.overview.active_at_end.all),
        (1, 1)
    );
}
