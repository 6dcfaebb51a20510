//! Money: typed amounts, used funds per period and as a running total, the door check of stored
//! money, and the report's money figures and Uppföljning Finsam panel against direct sums.

mod common;

use proptest::prelude::*;
use stegvis::domain::check::{self, RecordProblem};
use stegvis::domain::form::{Field, Problem};
use stegvis::domain::money::*;
use stegvis::domain::narrative::{ReportTexts, TextKey};
use stegvis::domain::{Date, Discharge, Gender, Id, Participant, Project};
use stegvis::report::{compute, Period};

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn used(from: &str, to: &str, amount: u64) -> UsedFunds {
    UsedFunds {
        id: Id::random(),
        from: d(from),
        to: d(to),
        amount,
    }
}

#[test]
fn amounts_read_as_coaches_write_them() {
    for (text, kronor) in [
        ("125000", 125_000),
        ("125 000", 125_000),
        ("125\u{a0}000 kr", 125_000),
        ("1 250 000 SEK", 1_250_000),
        ("1.250.000", 1_250_000),
        ("1,250", 1_250),
        ("125 000,50", 125_001),
        ("125 000,49", 125_000),
        ("99.5", 100),
        ("0", 0),
        ("+300", 300),
        ("300:-", 300),
        ("100000000", MAX_FUNDS),
    ] {
        assert_eq!(parse_amount(text), Ok(Some(kronor)), "{text}");
    }
    assert_eq!(parse_amount("  "), Ok(None));
}

#[test]
fn bad_amounts_say_why() {
    for text in ["-5", "−5 000", "– 100"] {
        assert_eq!(parse_amount(text), Err(Problem::NegativeAmount), "{text}");
    }
    for text in ["100000001", "99999999999999999999999", "1e9"] {
        let got = parse_amount(text);
        assert!(
            matches!(got, Err(Problem::AmountTooLarge | Problem::InvalidAmount)),
            "{text}: {got:?}"
        );
    }
    assert_eq!(parse_amount("100000001"), Err(Problem::AmountTooLarge));
    for text in [
        "tolv",
        "12,5,5",
        "1 25,000",
        "12.34.5",
        "kr",
        "<b>5</b>",
        "5 \u{212A}r",
    ] {
        assert_eq!(parse_amount(text), Err(Problem::InvalidAmount), "{text}");
    }
}

proptest! {
    #[test]
    fn any_text_reads_or_is_refused_without_panic(text in "\\PC{0,30}") {
        if let Ok(Some(amount)) = parse_amount(&text) {
            prop_assert!(amount <= MAX_FUNDS);
        }
    }

    #[test]
    fn written_amounts_read_back(amount in 0..=MAX_FUNDS) {
        prop_assert_eq!(parse_amount(&amount_text(amount)), Ok(Some(amount)));
        prop_assert_eq!(parse_amount(&thousands(amount)), Ok(Some(amount)));
    }
}

#[test]
fn a_period_is_checked_against_those_recorded() {
    let today = d("2026-11-23");
    let recorded = vec![used("2026-01-01", "2026-03-31", 50_000)];
    let form = |from: &str, to: &str, amount: &str| UsedFundsForm {
        from: from.into(),
        to: to.into(),
        amount: amount.into(),
    };
    let ok = validate_used(
        &form("2026-04-01", "2026-06-30", "60 000"),
        &recorded,
        today,
    )
    .unwrap();
    assert_eq!(
        (ok.from, ok.to, ok.amount),
        (d("2026-04-01"), d("2026-06-30"), 60_000)
    );

    let problem = |f: UsedFundsForm, field: Field| {
        validate_used(&f, &recorded, today)
            .unwrap_err()
            .problem(field)
    };
    assert_eq!(
        problem(form("2026-03-01", "2026-04-30", "1"), Field::UsedFrom),
        Some(Problem::PeriodOverlaps)
    );
    assert_eq!(
        problem(form("2026-06-30", "2026-04-01", "1"), Field::UsedTo),
        Some(Problem::EndBeforeStart)
    );
    assert_eq!(
        problem(form("2026-04-01", "2026-06-30", "-1"), Field::UsedAmount),
        Some(Problem::NegativeAmount)
    );
    assert_eq!(
        problem(form("2026-04-01", "2026-06-30", ""), Field::UsedAmount),
        Some(Problem::Required)
    );
    assert_eq!(
        problem(
            form("2026-04-01", "2026-06-30", "99 999 999"),
            Field::UsedAmount
        ),
        Some(Problem::AmountTooLarge),
        "the sum with what is recorded is too large"
    );
    assert_eq!(
        problem(form("2030-01-01", "2030-02-01", "1"), Field::UsedTo),
        Some(Problem::TooFarAhead)
    );
    assert_eq!(
        problem(form("1066-01-01", "2026-06-30", "1"), Field::UsedFrom),
        Some(Problem::DateOutOfRange)
    );
}

#[test]
fn a_running_total_becomes_the_period_since_the_last() {
    let today = d("2026-11-23");
    let start = d("2025-09-01");
    let mut recorded = Vec::new();
    let total = |through: &str, total: &str| RunningTotalForm {
        through: through.into(),
        total: total.into(),
    };
    let first =
        validate_running_total(&total("2025-12-31", "80 000"), &recorded, start, today).unwrap();
    assert_eq!(
        (first.from, first.to, first.amount),
        (start, d("2025-12-31"), 80_000)
    );
    recorded.push(first);
    let second =
        validate_running_total(&total("2026-06-30", "200 000"), &recorded, start, today).unwrap();
    assert_eq!(
        (second.from, second.to, second.amount),
        (d("2026-01-01"), d("2026-06-30"), 120_000)
    );
    recorded.push(second);
    assert_eq!(total_of(&recorded), 200_000);
    assert!(funds_ok(Some(500_000), &recorded));

    let err = |f: RunningTotalForm, field: Field| {
        validate_running_total(&f, &recorded, start, today)
            .unwrap_err()
            .problem(field)
    };
    assert_eq!(
        err(total("2026-09-30", "150 000"), Field::UsedTotal),
        Some(Problem::BelowRecorded)
    );
    assert_eq!(
        err(total("2026-06-30", "250 000"), Field::UsedThrough),
        Some(Problem::NotAfterRecorded)
    );
}

fn total_of(used: &[UsedFunds]) -> u64 {
    stegvis::domain::money::total(used)
}

#[test]
fn stored_money_is_checked_at_the_door() {
    let mut p = common::project("Ekonomi Åby");
    assert!(check::project(&p).is_empty());
    p.granted_funds = Some(MAX_FUNDS + 1);
    assert!(check::project(&p).contains(&RecordProblem::Funds));
    p.granted_funds = Some(1_000_000);
    p.used_funds = vec![
        used("2026-01-01", "2026-03-31", 1),
        used("2026-03-31", "2026-05-31", 1),
    ];
    assert!(
        check::project(&p).contains(&RecordProblem::Funds),
        "overlap"
    );
    p.used_funds = vec![used("2026-03-31", "2026-01-01", 1)];
    assert!(
        check::project(&p).contains(&RecordProblem::Funds),
        "end before start"
    );
    p.used_funds = vec![
        used("2026-01-01", "2026-01-31", MAX_FUNDS),
        used("2026-02-01", "2026-02-28", 1),
    ];
    assert!(
        check::project(&p).contains(&RecordProblem::Funds),
        "sum too large"
    );
    p.used_funds = vec![
        used("2026-01-01", "2026-01-31", u64::MAX),
        used("2026-02-01", "2026-02-28", u64::MAX),
    ];
    assert!(
        check::project(&p).contains(&RecordProblem::Funds),
        "overflow"
    );
    p.used_funds = vec![used("2026-01-01", "2026-01-31", 10)];
    assert!(check::project(&p).is_empty());
}

#[test]
fn report_texts_refuse_personnummer_and_markup() {
    let mut texts = ReportTexts::default();
    texts.set(
        TextKey::Lessons,
        "Vi lärde oss att < 5 dagars väntan gör skillnad.".into(),
    );
    texts.set(TextKey::Partners, "Kommunen\r\nRegionen\r\n".into());
    let saved = texts.clone().validated().unwrap();
    assert_eq!(saved.partners, "Kommunen\nRegionen");

    let mut bad = texts.clone();
    bad.set(TextKey::Responsible, "Ansvarig: 19850101-1234".into());
    bad.set(TextKey::Method, "<script>alert(1)</script>".into());
    bad.set(TextKey::Economy, "x".repeat(20_001));
    let invalid = bad.clone().validated().unwrap_err();
    assert_eq!(
        invalid.problem(Field::ReportText(TextKey::Responsible)),
        Some(Problem::LooksLikePersonnummer)
    );
    assert_eq!(
        invalid.problem(Field::ReportText(TextKey::Method)),
        Some(Problem::ContainsMarkup)
    );
    assert_eq!(
        invalid.problem(Field::ReportText(TextKey::Economy)),
        Some(Problem::TextTooLong)
    );
    assert_eq!(invalid.problem(Field::ReportText(TextKey::Lessons)), None);

    let mut p = common::project("Texter Åby");
    p.report_texts = bad;
    let found = check::project(&p);
    assert!(found.contains(&RecordProblem::Personnummer));
    assert!(found.contains(&RecordProblem::ReportText));
}

#[test]
fn old_projects_read_without_money_and_write_none() {
    let p = common::project("Gammal");
    let json = serde_json::to_string(&p).unwrap();
    for field in ["granted_funds", "used_funds", "report_texts"] {
        assert!(
            !json.contains(field),
            "{field} written for a project without it"
        );
    }
    let back: Project = serde_json::from_str(&json).unwrap();
    assert_eq!(back, p);
}

/// A project of 2025–2026 with four participants, two discharged to work.
fn money_project() -> (Project, Vec<Participant>) {
    let mut p = common::project("Pengar Norrbacka");
    p.start = d("2025-01-01");
    p.end = Some(d("2026-12-31"));
    p.volume_target = Some(30);
    p.granted_funds = Some(1_200_000);
    p.used_funds = vec![
        used("2025-01-01", "2025-06-30", 200_000),
        used("2025-07-01", "2025-12-31", 250_000),
        used("2026-01-01", "2026-03-31", 100_000),
        // Across a new year: wholly inside no calendar year.
        used("2026-04-01", "2027-01-31", 90_000),
    ];
    let work = p.outcomes.iter().find(|o| o.progression).unwrap().id;
    let mk = |code: &str, g: Gender, start: &str, end: Option<&str>| {
        let mut x = common::participant(&p, code);
        x.gender = g;
        x.start = Some(d(start));
        x.phases[0].from = d(start);
        x.discharge = end.map(|e| Discharge {
            end: d(e),
            outcome: Some(work),
        });
        x
    };
    let people = vec![
        mk("M-1", Gender::Woman, "2025-02-01", Some("2025-09-30")),
        mk("M-2", Gender::Man, "2025-03-01", None),
        mk("M-3", Gender::Woman, "2025-10-01", Some("2026-02-28")),
        mk("M-4", Gender::Other, "2026-02-01", None),
    ];
    (p, people)
}

#[test]
fn money_figures_equal_direct_sums() {
    let (p, people) = money_project();
    let today = d("2026-11-23");
    let year = |y: i32| Period {
        from: Date::from_ymd(y, 1, 1).unwrap(),
        to: Date::from_ymd(y, 12, 31).unwrap(),
    };
    let r = compute(&p, &people, None, year(2025), today);
    let m = r.money.expect("the project records money");
    assert_eq!(m.granted, Some(1_200_000));
    assert_eq!(m.used_in_period, 450_000);
    assert_eq!(m.used_to_end, 450_000);
    assert_eq!(m.partly_inside, 0);
    assert_eq!(m.participants, 3, "M-1, M-2 and M-3 were current in 2025");
    assert_eq!(m.progressed, 1, "M-1 was discharged to work in 2025");
    assert_eq!(m.per_participant(), Some(150_000));
    assert_eq!(m.per_progressed(), Some(450_000));
    assert_eq!(m.remaining(), Some(750_000));

    let r = compute(&p, &people, None, year(2026), today);
    let m = r.money.unwrap();
    assert_eq!(m.used_in_period, 100_000);
    assert_eq!(
        m.partly_inside, 90_000,
        "April 2026 – January 2027 is only partly in 2026"
    );
    assert_eq!(
        m.used_to_end, 550_000,
        "the period ending in 2027 is after the end"
    );

    let tables = stegvis::report::tables::tables(&r, stegvis::i18n::words::WORDS.sv);
    let money = tables
        .iter()
        .find(|t| t.key == "ekonomi")
        .expect("money table");
    assert!(
        money.note.as_deref().unwrap_or_default().contains("90"),
        "the partly inside note"
    );

    // A sub-unit has no money of its own, and a project without money has no money table.
    let scoped = compute(&p, &people, Some(Id::random()), year(2025), today);
    assert!(scoped.money.is_none());
    let bare = common::project("Utan pengar");
    assert!(compute(&bare, &[], None, year(2025), today).money.is_none());
}

#[test]
fn no_participants_and_no_granted_funds_give_empty_costs() {
    let mut p = common::project("Tom period");
    p.used_funds = vec![used("2026-01-01", "2026-01-31", 5_000)];
    let r = compute(
        &p,
        &[],
        None,
        Period {
            from: d("2026-01-01"),
            to: d("2026-12-31"),
        },
        d("2026-11-23"),
    );
    let m = r.money.unwrap();
    assert_eq!(
        (m.per_participant(), m.per_progressed(), m.remaining()),
        (None, None, None)
    );
    let t = stegvis::report::money::table(&m, stegvis::i18n::words::WORDS.sv);
    assert!(t.note.unwrap().contains("Inga beviljade medel"));
}

#[test]
fn the_finsam_panel_equals_each_years_report() {
    let (p, people) = money_project();
    let today = d("2026-11-23");
    let f = stegvis::report::finsam::finsam(&p, &people, today);
    assert_eq!(
        f.years.iter().map(|y| y.year).collect::<Vec<_>>(),
        vec![2025, 2026]
    );
    for y in &f.years {
        let from = Date::from_ymd(y.year, 1, 1).unwrap();
        let to = Date::from_ymd(y.year, 12, 31).unwrap().min(today);
        let r = compute(&p, &people, None, Period { from, to }, today);
        assert_eq!(y.participants, r.overview.current, "{}", y.year);
        assert_eq!(y.started, r.overview.started, "{}", y.year);
        let direct = people
            .iter()
            .filter(|x| x.start.unwrap() <= to && x.discharge.is_none_or(|e| e.end >= from))
            .count() as u32;
        assert_eq!(y.participants.all, direct);
    }
    assert_eq!((f.years[0].used, f.years[0].crossing), (450_000, 0));
    assert_eq!((f.years[1].used, f.years[1].crossing), (100_000, 90_000));
    assert_eq!(f.budgeted_participants, Some(30));
    assert_eq!(f.actual_participants.all, 4);
    assert_eq!((f.budget, f.outcome), (Some(1_200_000), 640_000));
}
