//! The journey's rules, one test per rule: referral and waiting, the start, planned ends and
//! extensions, check-ins, income source and occupation, follow-ups after exit, the door check
//! of stored records, "Att göra" and the timeline. Fixed dates throughout.

use stegvis::domain::check::{self, ProjectLabels, RecordProblem};
use stegvis::domain::due::{due, next_check_in, past_planned_end, DueKind};
use stegvis::domain::journey::*;
use stegvis::domain::journey_forms::*;
use stegvis::domain::timeline::{timeline, Event};
use stegvis::domain::validate::*;
use stegvis::domain::*;

fn d(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn today() -> Date {
    d("2026-11-25") // a Wednesday
}

/// A project with check-ins every 3 months, follow-ups at 6 and 12 months, a waiting limit of
/// 30 days and a planned length of 12 weeks.
/// The same project (ids and all) on every call.
fn project() -> Project {
    static PROJECT: std::sync::OnceLock<Project> = std::sync::OnceLock::new();
    PROJECT
        .get_or_init(|| {
            let mut form = ProjectForm::new_project(today());
            form.name = "Steget".into();
            form.start = "2026-01-01".into();
            form.journey.planned_count = "12".into();
            form.journey.planned_unit = Some(LengthUnit::Weeks);
            validate_project(&form, today())
                .unwrap()
                .into_new_project(Timestamp(1))
        })
        .clone()
}

fn form(referred_on: &str, start: &str) -> ParticipantForm {
    ParticipantForm {
        code: "D-001".into(),
        gender: Gender::Woman,
        birth_year: "1990".into(),
        referred_on: referred_on.into(),
        start: start.into(),
        may_wait: true,
        ..Default::default()
    }
}

fn register(f: &ParticipantForm) -> Participant {
    validate_participant(f, [], today())
        .unwrap()
        .into_new(project().id, Timestamp(1))
}

/// Started on 2026-03-02 (referred 2026-02-16), planned end from the project.
fn started() -> Participant {
    let mut p = register(&form("2026-02-16", "2026-03-02"));
    p.planned_end = planned_end_for(&p, &project());
    p
}

fn discharged() -> Participant {
    let mut p = started();
    p.discharge = Some(Discharge {
        end: d("2026-05-15"),
        outcome: None,
    });
    p
}

fn problems<T: std::fmt::Debug>(result: Result<T, Invalid>) -> Vec<(Field, Problem)> {
    let errors = result.expect_err("the step should be refused").0;
    errors.iter().map(|e| (e.field, e.problem)).collect()
}

fn door(p: &Participant) -> Vec<RecordProblem> {
    let project = project();
    check::participant(p, Some(&ProjectLabels::of(&project)))
}

#[test]
fn months_are_added_on_the_same_day_or_the_months_last() {
    assert_eq!(d("2026-01-31").plus_months(1), d("2026-02-28"));
    assert_eq!(d("2028-01-31").plus_months(1), d("2028-02-29"));
    assert_eq!(d("2026-11-15").plus_months(3), d("2027-02-15"));
    assert_eq!(d("2026-03-15").plus_months(-3), d("2025-12-15"));
    assert_eq!(d("2026-11-25").week_end(), d("2026-11-29"));
    assert_eq!(d("2026-11-29").week_end(), d("2026-11-29"));
    assert_eq!(d("2026-11-30").week_end(), d("2026-12-06"));
}

#[test]
fn a_registration_with_a_referral_date_and_no_start_is_waiting() {
    let p = register(&form("2026-11-02", ""));
    assert_eq!(p.status(), Status::Waiting);
    assert_eq!(p.start, None);
    assert!(p.phases.is_empty());
    assert_eq!(p.days_waited(today()), Some(23));
    assert!(door(&p).is_empty(), "{:?}", door(&p));
}

#[test]
fn a_registration_needs_a_start_or_a_referral_date() {
    assert_eq!(
        problems(validate_participant(&form("", ""), [], today())),
        [(Field::Start, Problem::StartOrReferralRequired)]
    );
    // Editing a participant who has started: the start stays required.
    let mut f = ParticipantForm::from_participant(&started());
    f.start = String::new();
    assert_eq!(
        problems(validate_participant(&f, [], today())),
        [(Field::Start, Problem::Required)]
    );
}

#[test]
fn a_referral_after_the_start_is_refused() {
    assert_eq!(
        problems(validate_participant(
            &form("2026-03-05", "2026-03-01"),
            [],
            today()
        )),
        [(Field::ReferredOn, Problem::ReferralAfterStart)]
    );
}

#[test]
fn a_start_sets_the_first_phase_and_the_planned_end() {
    let mut p = register(&form("2026-11-02", ""));
    let s = validate_start(&p, &project(), "2026-11-16", today()).unwrap();
    s.apply(&mut p);
    assert_eq!(p.status(), Status::Active);
    assert_eq!(p.start, Some(d("2026-11-16")));
    assert_eq!(p.phases[0].from, d("2026-11-16"));
    assert_eq!(p.planned_end, Some(d("2027-02-08")), "12 weeks later");
    assert_eq!(p.days_waited(today()), Some(14));
    assert!(door(&p).is_empty());
}

#[test]
fn a_start_before_the_referral_is_refused() {
    let p = register(&form("2026-11-02", ""));
    assert_eq!(
        problems(validate_start(&p, &project(), "2026-10-30", today())),
        [(Field::StepDate, Problem::BeforeReferral)]
    );
}

#[test]
fn never_started_needs_a_reason_and_is_counted_apart() {
    let mut p = register(&form("2026-11-02", ""));
    assert_eq!(
        problems(validate_never_started(&p, "2026-11-20", None, today())),
        [(Field::Reason, Problem::Required)]
    );
    let n = validate_never_started(&p, "2026-11-20", Some(NotStartedReason::Declined), today());
    p.never_started = Some(n.unwrap());
    assert_eq!(p.status(), Status::NeverStarted);
    assert!(door(&p).is_empty());
}

#[test]
fn a_planned_end_before_the_start_is_refused() {
    assert_eq!(
        problems(validate_planned_end(&started(), "2026-02-01")),
        [(Field::NewPlannedEnd, Problem::PlannedEndBeforeStart)]
    );
    assert_eq!(validate_planned_end(&started(), ""), Ok(None));
}

#[test]
fn an_extension_must_move_the_planned_end_later() {
    let p = started();
    let reason = project().extension_reasons[0].id;
    assert_eq!(p.current_planned_end(), Some(d("2026-05-25")));
    assert_eq!(
        problems(validate_extension(
            &p,
            "2026-05-01",
            "2026-05-25",
            Some(reason),
            today()
        )),
        [(Field::NewPlannedEnd, Problem::NotLater)]
    );
    assert_eq!(
        problems(validate_extension(
            &p,
            "2026-05-01",
            "2026-07-01",
            None,
            today()
        )),
        [(Field::Reason, Problem::Required)]
    );
    let x = validate_extension(&p, "2026-05-01", "2026-07-01", Some(reason), today()).unwrap();
    let mut extended = p.clone();
    extended.extensions.push(x);
    assert_eq!(extended.current_planned_end(), Some(d("2026-07-01")));
    assert!(door(&extended).is_empty());
    assert!(past_planned_end(&extended, today()));
    assert!(!past_planned_end(&extended, d("2026-06-30")));
}

#[test]
fn a_check_in_lies_within_the_participation() {
    let p = discharged();
    assert_eq!(
        problems(validate_check_in(&p, "2026-02-01", today())),
        [(Field::StepDate, Problem::BeforeStart)]
    );
    assert_eq!(
        problems(validate_check_in(&p, "2026-06-01", today())),
        [(Field::StepDate, Problem::AfterEnd)]
    );
    assert_eq!(
        validate_check_in(&p, "2026-04-01", today()),
        Ok(d("2026-04-01"))
    );
}

#[test]
fn the_next_check_in_counts_from_the_last_one() {
    let project = project();
    let mut p = started();
    assert_eq!(next_check_in(&p, &project), Some(d("2026-06-02")));
    p.check_ins.push(d("2026-06-10"));
    assert_eq!(next_check_in(&p, &project), Some(d("2026-09-10")));
    assert_eq!(next_check_in(&discharged(), &project), None);
}

#[test]
fn an_extent_outside_0_to_100_and_an_unknown_label_are_refused() {
    assert_eq!(
        problems(validate_situation("salary", "employment", "120")),
        [(Field::Extent, Problem::PercentOutOfRange)]
    );
    assert_eq!(
        problems(validate_situation("lottery", "", "")),
        [(Field::Income, Problem::NotInList)]
    );
    assert_eq!(
        problems(validate_situation("", "astronaut", "")),
        [(Field::Occupation, Problem::NotInList)]
    );
    let s = validate_situation("social_assistance", "work_training", "50").unwrap();
    assert_eq!(s.income, Some(Income::SocialAssistance));
    assert_eq!(s.occupation, Some(Occupation::WorkTraining));
    assert_eq!(s.extent, Some(50));
    assert_eq!(validate_situation("", "", ""), Ok(Situation::default()));
}

#[test]
fn a_follow_up_comes_after_the_discharge_and_once_per_month() {
    let status = Some(FollowUpStatus::Work);
    assert_eq!(
        problems(validate_follow_up(
            &started(),
            6,
            "2026-11-15",
            status,
            today()
        )),
        [(Field::StepDate, Problem::BeforeDischarge)]
    );
    let mut p = discharged();
    assert_eq!(
        problems(validate_follow_up(&p, 6, "2026-05-01", status, today())),
        [(Field::StepDate, Problem::BeforeDischarge)]
    );
    assert_eq!(
        problems(validate_follow_up(&p, 6, "2026-11-15", None, today())),
        [(Field::FollowUpStatus, Problem::Required)]
    );
    p.follow_ups
        .push(validate_follow_up(&p, 6, "2026-11-15", status, today()).unwrap());
    assert!(door(&p).is_empty());
    assert_eq!(
        problems(validate_follow_up(&p, 6, "2026-11-16", status, today())),
        [(Field::StepDate, Problem::AlreadyRecorded)]
    );
}

#[test]
fn the_project_settings_are_checked() {
    let mut form = ProjectForm::new_project(today());
    form.name = "Steget".into();
    form.journey.follow_up_months = "12, 6".into();
    form.journey.check_in_months = "0".into();
    form.journey.wait_limit_days = "400".into();
    form.journey.planned_count = "tre".into();
    let found = problems(validate_project(&form, today()));
    assert!(found.contains(&(Field::FollowUpMonths, Problem::InvalidFollowUps)));
    assert!(found.contains(&(Field::CheckInMonths, Problem::OutOfRange)));
    assert!(found.contains(&(Field::WaitLimit, Problem::OutOfRange)));
    assert!(found.contains(&(Field::PlannedLength, Problem::InvalidWholeNumber)));
    let p = project();
    assert_eq!(p.follow_up_months, [6, 12]);
    assert_eq!(p.check_in_months, Some(3));
    assert_eq!(p.wait_limit_days, Some(30));
    assert!(check::project(&p).is_empty());
    let round = ProjectForm::from_project(&p);
    assert_eq!(
        validate_project(&round, today())
            .unwrap()
            .journey
            .follow_up_months,
        [6, 12]
    );
}

#[test]
fn the_door_refuses_what_the_forms_refuse() {
    type Spoil = Box<dyn Fn(&mut Participant)>;
    let cases: Vec<(RecordProblem, Spoil)> = vec![
        (
            RecordProblem::NoStart,
            Box::new(|p| {
                p.start = None;
                p.referred_on = None;
            }),
        ),
        (
            RecordProblem::ReferralAfterStart,
            Box::new(|p| p.referred_on = Some(d("2026-04-01"))),
        ),
        (
            RecordProblem::EndBeforeStart,
            Box::new(|p| p.planned_end = Some(d("2026-01-01"))),
        ),
        (
            RecordProblem::ExtensionNotLater,
            Box::new(|p| {
                p.extensions.push(Extension {
                    on: d("2026-04-01"),
                    until: d("2026-05-01"),
                    reason: None,
                })
            }),
        ),
        (
            RecordProblem::Percent,
            Box::new(|p| p.at_end.extent = Some(101)),
        ),
        (
            RecordProblem::FollowUpBeforeDischarge,
            Box::new(|p| {
                p.follow_ups.push(FollowUp {
                    months: 6,
                    on: d("2026-05-01"),
                    status: FollowUpStatus::Work,
                })
            }),
        ),
        (
            RecordProblem::UnknownLabel,
            Box::new(|p| {
                p.extensions.push(Extension {
                    on: d("2026-04-01"),
                    until: d("2026-08-01"),
                    reason: Some(Id::random()),
                })
            }),
        ),
        (
            RecordProblem::DateOutOfRange,
            Box::new(|p| p.check_ins.push(d("2150-01-01"))),
        ),
    ];
    for (expected, spoil) in cases {
        let mut p = discharged();
        assert!(door(&p).is_empty());
        spoil(&mut p);
        assert!(door(&p).contains(&expected), "{expected:?}: {:?}", door(&p));
    }
    let mut bad = project();
    bad.follow_up_months = vec![12, 6];
    assert_eq!(check::project(&bad), [RecordProblem::JourneySettings]);
}

#[test]
fn att_gora_lists_this_week_and_the_overdue() {
    let project = project();
    let mut checkin = started(); // next check-in 2026-06-02: overdue
    checkin.code = "D-001".into();
    checkin.planned_end = Some(d("2027-03-01"));
    let mut ending = started(); // planned end on Friday this week
    ending.id = Id::random();
    ending.code = "D-002".into();
    ending.check_ins.push(d("2026-11-01")); // next in February
    ending.planned_end = Some(d("2026-11-27"));
    let mut followed = discharged(); // 6 months: 2026-11-15 overdue; 12 months: next year
    followed.id = Id::random();
    followed.code = "D-003".into();
    let mut waiting = register(&form("2026-10-20", "")); // 30 days: 2026-11-19
    waiting.id = Id::random();
    waiting.code = "D-004".into();
    let mut patient = register(&form("2026-11-20", "")); // 30 days: in December
    patient.id = Id::random();
    patient.code = "D-005".into();
    let mut mistaken = waiting.clone();
    mistaken.id = Id::random();
    mistaken.code = "D-006".into();
    mistaken.mistaken = true;
    let all = [checkin, ending, followed, waiting, patient, mistaken];
    let items: Vec<(String, DueKind, Date, bool)> = due(&project, &all, today())
        .into_iter()
        .map(|x| (x.code, x.kind, x.date, x.overdue))
        .collect();
    assert_eq!(
        items,
        [
            ("D-001".into(), DueKind::CheckIn, d("2026-06-02"), true),
            ("D-003".into(), DueKind::FollowUp(6), d("2026-11-15"), true),
            ("D-004".into(), DueKind::Waiting, d("2026-11-19"), true),
            ("D-002".into(), DueKind::PlannedEnd, d("2026-11-27"), false),
        ]
    );
}

#[test]
fn the_timeline_lists_the_journey_in_order() {
    let mut p = discharged();
    p.check_ins.push(d("2026-04-01"));
    p.phases.push(PhaseEntry {
        phase: Phase::WorkTraining,
        from: d("2026-03-20"),
    });
    p.follow_ups.push(FollowUp {
        months: 6,
        on: d("2026-11-16"),
        status: FollowUpStatus::Studies,
    });
    let events: Vec<Event> = timeline(&p).into_iter().map(|(_, e)| e).collect();
    assert_eq!(
        events,
        [
            Event::Referred,
            Event::Started,
            Event::Phase(Phase::WorkTraining),
            Event::CheckIn,
            Event::Discharged(None),
            Event::FollowUp(6, FollowUpStatus::Studies),
        ]
    );
}

#[test]
fn a_record_of_an_earlier_version_reads_as_started() {
    let json = r#"{"id":"d9efd124-45fa-461d-8650-17b8a7645a31","project_id":"d9efd124-45fa-461d-8650-17b8a7645a39",
        "code":"D-001","gender":"woman","birth_year":1990,"referral":null,"start":"2024-03-01",
        "sub_unit":null,"phases":[{"phase":"mapping","from":"2024-03-01"}],"discharge":null,
        "updated_at":1}"#;
    let p: Participant = serde_json::from_str(json).unwrap();
    assert_eq!(p.start, Some(d("2024-03-01")));
    assert_eq!(p.status(), Status::Active);
    assert!(p.extensions.is_empty() && p.at_start.is_empty() && p.referred_on.is_none());
    // And nothing new is written for a participant that uses none of it.
    let written = serde_json::to_string(&p).unwrap();
    for absent in [
        "referred_on",
        "extensions",
        "at_start",
        "follow_ups",
        "check_ins",
    ] {
        assert!(!written.contains(absent), "{absent} in {written}");
    }
}

#[test]
fn coming_back_starts_a_new_participation_after_the_first() {
    let mut p = discharged(); // ended 2026-05-15
    assert_eq!(
        problems(validate_return(&p, "", "2026-05-15", today())),
        [(Field::Start, Problem::Overlaps)]
    );
    assert_eq!(
        problems(validate_return(&p, "2026-05-01", "2026-06-01", today())),
        [(Field::ReferredOn, Problem::Overlaps)]
    );
    assert_eq!(
        problems(validate_return(&p, "", "", today())),
        [(Field::Start, Problem::StartOrReferralRequired)]
    );
    assert_eq!(
        problems(validate_return(&started(), "", "2026-11-01", today())),
        [(Field::Start, Problem::Overlaps)],
        "only a discharged participant can come back"
    );
    let (referred, start) = validate_return(&p, "2026-09-01", "2026-09-15", today()).unwrap();
    p.come_back(referred, start);
    assert_eq!(p.status(), Status::Active);
    assert_eq!(p.earlier.len(), 1);
    assert_eq!(p.earlier[0].discharge.end, d("2026-05-15"));
    assert_eq!(p.start, Some(d("2026-09-15")));
    assert_eq!(p.phases.len(), 1);
    assert!(door(&p).is_empty(), "{:?}", door(&p));
    let events: Vec<Event> = timeline(&p).into_iter().map(|(_, e)| e).collect();
    assert_eq!(
        events,
        [
            Event::Referred,
            Event::Started,
            Event::Discharged(None),
            Event::Referred,
            Event::Started
        ]
    );
    // A second participation that overlaps the first is refused at the door.
    let mut overlapping = p.clone();
    overlapping.start = Some(d("2026-05-10"));
    overlapping.referred_on = None;
    overlapping.phases[0].from = d("2026-05-10");
    assert!(door(&overlapping).contains(&RecordProblem::OverlappingParticipations));
}

mod follow_up_range {
    use proptest::prelude::*;
    use stegvis::domain::journey::{discharged_with_follow_up_in, follow_up_day};
    use stegvis::domain::Date;

    fn day(n: i64) -> Date {
        Date::from_ymd(2020, 1, 1).unwrap().plus_days(n)
    }

    proptest! {
        /// The range the report counts by is exactly the days whose follow-up is in the period,
        /// month ends and leap days included.
        #[test]
        fn is_the_days_whose_follow_up_is_in_the_period(
            months in prop::sample::select(vec![0u8, 1, 3, 6, 12, 24]),
            from in 0i64..1500,
            length in 0i64..400,
            discharged in -800i64..2000,
        ) {
            let (from, to) = (day(from), day(from + length));
            let end = day(discharged);
            let due = (from..=to).contains(&follow_up_day(end, months));
            let range = discharged_with_follow_up_in(months, from, to);
            prop_assert_eq!(range.is_some_and(|(a, b)| a <= end && end <= b), due);
        }
    }

    #[test]
    fn month_ends_gather_and_leave_gaps() {
        let d = |y, m, d| Date::from_ymd(y, m, d).unwrap();
        // 28–31 January are all followed up on 28 February 2021 ...
        let feb = discharged_with_follow_up_in(1, d(2021, 2, 28), d(2021, 2, 28));
        assert_eq!(feb, Some((d(2021, 1, 28), d(2021, 1, 31))));
        // ... and no day of February is followed up on 29–31 March.
        assert_eq!(
            discharged_with_follow_up_in(1, d(2021, 3, 29), d(2021, 3, 31)),
            None
        );
    }
}
