//! The participant list: filter, search, sort and paging.

use stegvis::domain::list::*;
use stegvis::domain::validate::*;
use stegvis::domain::*;

fn today() -> Date {
    Date::from_ymd(2026, 11, 23).unwrap()
}

fn setup(n: usize) -> (Project, Vec<Participant>) {
    let mut form = ProjectForm::new_project(today());
    form.name = "Listan".into();
    let project = validate_project(&form, today())
        .unwrap()
        .into_new_project(Timestamp(0));
    let participants = (1..=n)
        .map(|i| {
            let form = ParticipantForm {
                code: format!("D-{i:03}"),
                gender: if i % 2 == 0 {
                    Gender::Man
                } else {
                    Gender::Woman
                },
                start: today().plus_days(-(i as i64)).to_string(),
                referral: Some(project.referral_sources[i % 3].id),
                ..Default::default()
            };
            let mut p = validate_participant(&form, [], today())
                .unwrap()
                .into_new(project.id, Timestamp(0));
            if i % 4 == 0 {
                p.discharge = Some(Discharge {
                    end: today(),
                    outcome: None,
                });
            }
            p
        })
        .collect();
    (project, participants)
}

#[test]
fn codes_sort_by_their_number() {
    let mut codes = vec!["D-10", "D-2", "D-001", "A-5"];
    codes.sort_by(|a, b| compare_codes(a, b));
    assert_eq!(codes, ["A-5", "D-001", "D-2", "D-10"]);
}

#[test]
fn filters_by_status() {
    let (project, people) = setup(12);
    let count = |status| {
        query(
            &people,
            &project,
            &ListQuery {
                status,
                ..Default::default()
            },
            today(),
        )
        .matching
    };
    assert_eq!(count(StatusFilter::Active), 9);
    assert_eq!(count(StatusFilter::Discharged), 3);
    assert_eq!(count(StatusFilter::All), 12);
}

#[test]
fn those_registered_by_mistake_show_only_under_their_own_filter() {
    let (project, mut people) = setup(12);
    // One active (D-001) and one discharged (D-004) registered by mistake.
    people[0].mistaken = true;
    people[3].mistaken = true;
    let codes = |status| {
        let q = ListQuery {
            status,
            ..Default::default()
        };
        query(&people, &project, &q, today())
            .rows
            .iter()
            .map(|p| p.code.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(StatusFilter::Active).len(), 8);
    assert_eq!(codes(StatusFilter::Discharged).len(), 2);
    assert_eq!(codes(StatusFilter::All).len(), 10);
    assert_eq!(codes(StatusFilter::Mistaken), ["D-001", "D-004"]);
    assert!(!codes(StatusFilter::All).contains(&"D-001".to_owned()));
}

#[test]
fn searches_codes_case_insensitively() {
    let (project, people) = setup(30);
    let q = ListQuery {
        status: StatusFilter::All,
        search: "d-01".into(),
        ..Default::default()
    };
    let page = query(&people, &project, &q, today());
    let codes: Vec<_> = page.rows.iter().map(|p| p.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "D-010", "D-011", "D-012", "D-013", "D-014", "D-015", "D-016", "D-017", "D-018",
            "D-019"
        ]
    );
}

#[test]
fn sorts_by_days_descending_with_code_as_tie_break() {
    let (project, people) = setup(5);
    let q = ListQuery {
        status: StatusFilter::Active,
        sort: SortKey::Days,
        descending: true,
        ..Default::default()
    };
    let page = query(&people, &project, &q, today());
    let codes: Vec<_> = page.rows.iter().map(|p| p.code.as_str()).collect();
    assert_eq!(codes, ["D-005", "D-003", "D-002", "D-001"]);
}

#[test]
fn pages_through_ten_thousand_rows() {
    let (project, people) = setup(10_000);
    let q = ListQuery {
        status: StatusFilter::All,
        page: 199,
        page_size: 50,
        ..Default::default()
    };
    let page = query(&people, &project, &q, today());
    assert_eq!((page.matching, page.pages, page.page), (10_000, 200, 199));
    assert_eq!(page.rows.len(), 50);
    assert_eq!(page.rows[49].code, "D-10000");
    let past_end = ListQuery { page: 500, ..q };
    assert_eq!(
        query(&people, &project, &past_end, today()).page,
        199,
        "clamped to the last page"
    );
}
