//! The domain rules of the foundation issue, one test per rule, on fixed dates.

use stegvis::domain::participant::next_code;
use stegvis::domain::validate::*;
use stegvis::domain::*;

fn today() -> Date {
    Date::from_ymd(2026, 11, 23).unwrap()
}

fn project() -> Project {
    let mut form = ProjectForm::new_project(today());
    form.name = "Steget".into();
    form.start = "2026-01-01".into();
    validate_project(&form, today())
        .unwrap()
        .into_new_project(Timestamp(1))
}

fn participant_form() -> ParticipantForm {
    ParticipantForm {
        code: "D-001".into(),
        gender: Gender::Woman,
        birth_year: "1990".into(),
        start: "2026-03-01".into(),
        ..Default::default()
    }
}

fn registered() -> Participant {
    validate_participant(&participant_form(), [], today())
        .unwrap()
        .into_new(project().id, Timestamp(1))
}

fn only_problem<T: std::fmt::Debug>(result: Result<T, Invalid>) -> (Field, Problem) {
    let errors = result.expect_err("the form should be refused").0;
    assert_eq!(
        errors.len(),
        1,
        "expected exactly one problem, got {errors:?}"
    );
    (errors[0].field, errors[0].problem)
}

#[test]
fn a_new_project_gets_the_default_lists() {
    let p = project();
    assert_eq!(p.referral_sources.len(), 8);
    assert!(p
        .outcomes
        .iter()
        .any(|o| o.name == "Studier" && o.progression));
    assert!(p.sub_units.is_empty());
}

#[test]
fn project_name_is_required() {
    let mut form = ProjectForm::new_project(today());
    form.name = "   ".into();
    assert_eq!(
        only_problem(validate_project(&form, today())),
        (Field::Name, Problem::Required)
    );
}

#[test]
fn project_end_before_start_is_refused() {
    let mut form = ProjectForm::from_project(&project());
    form.end = "2025-12-31".into();
    assert_eq!(
        only_problem(validate_project(&form, today())),
        (Field::End, Problem::EndBeforeStart)
    );
}

#[test]
fn project_percentages_must_be_0_to_100_and_targets_positive() {
    let mut form = ProjectForm::from_project(&project());
    form.target_women_percent = "120".into();
    form.outcome_goal_percent = "40".into();
    form.volume_target = "0".into();
    let errors = validate_project(&form, today()).unwrap_err();
    assert_eq!(
        errors.problem(Field::TargetWomen),
        Some(Problem::PercentOutOfRange)
    );
    assert_eq!(
        errors.problem(Field::VolumeTarget),
        Some(Problem::NotPositive)
    );
    assert_eq!(errors.problem(Field::OutcomeGoal), None);
}

#[test]
fn project_numbers_must_be_whole_numbers() {
    let mut form = ProjectForm::from_project(&project());
    form.volume_target = "fyrtio".into();
    assert_eq!(
        only_problem(validate_project(&form, today())),
        (Field::VolumeTarget, Problem::InvalidWholeNumber)
    );
}

#[test]
fn duplicate_and_empty_labels_are_refused() {
    let mut form = ProjectForm::from_project(&project());
    form.referral_sources[1].name = " socialsekreterare ".into();
    form.outcomes[0].name = String::new();
    let errors = validate_project(&form, today()).unwrap_err();
    assert_eq!(
        errors.problem(Field::ReferralSource(1)),
        Some(Problem::DuplicateLabel)
    );
    assert_eq!(errors.problem(Field::Outcome(0)), Some(Problem::Required));
}

#[test]
fn a_personnummer_in_a_label_is_refused() {
    let mut form = ProjectForm::from_project(&project());
    form.sub_units.push(SubUnitForm {
        name: "Grupp 811218-9876".into(),
        ..Default::default()
    });
    assert_eq!(
        only_problem(validate_project(&form, today())),
        (Field::SubUnitName(0), Problem::LooksLikePersonnummer)
    );
}

#[test]
fn renaming_a_label_keeps_its_id_so_old_records_follow() {
    let p = project();
    let mut form = ProjectForm::from_project(&p);
    form.referral_sources[0].name = "Socialtjänsten".into();
    form.referral_sources[0].retired = true;
    let mut edited = p.clone();
    validate_project(&form, today()).unwrap().apply(&mut edited);
    assert_eq!(edited.referral_sources[0].id, p.referral_sources[0].id);
    assert_eq!(
        edited.referral_name(p.referral_sources[0].id),
        Some("Socialtjänsten")
    );
    assert!(edited.referral_sources[0].retired);
}

#[test]
fn a_valid_registration_starts_in_mapping_on_the_start_date() {
    let p = registered();
    assert_eq!(p.code, "D-001");
    assert_eq!(p.status(), Status::Active);
    assert_eq!(p.current_phase(), Some(Phase::Mapping));
    assert_eq!(Some(p.phases[0].from), p.start);
}

#[test]
fn participant_code_and_start_are_required() {
    let mut form = participant_form();
    form.code = " ".into();
    form.start = String::new();
    let errors = validate_participant(&form, [], today()).unwrap_err();
    assert_eq!(errors.problem(Field::Code), Some(Problem::Required));
    assert_eq!(errors.problem(Field::Start), Some(Problem::Required));
}

#[test]
fn a_duplicate_code_is_refused_ignoring_case() {
    let mut form = participant_form();
    form.code = "d-001".into();
    assert_eq!(
        only_problem(validate_participant(&form, ["D-001", "D-002"], today())),
        (Field::Code, Problem::DuplicateCode)
    );
}

#[test]
fn generated_codes_are_unique_within_the_project() {
    let code = next_code(["D-001", "D-002", "D-007"]);
    assert_eq!(code, "D-008");
    let mut form = participant_form();
    form.code = code;
    assert!(validate_participant(&form, ["D-001", "D-002", "D-007"], today()).is_ok());
}

#[test]
fn a_start_date_far_in_the_future_is_refused() {
    let mut form = participant_form();
    form.start = "2028-01-01".into();
    assert_eq!(
        only_problem(validate_participant(&form, [], today())),
        (Field::Start, Problem::TooFarAhead)
    );
    form.start = "2027-01-15".into();
    assert!(
        validate_participant(&form, [], today()).is_ok(),
        "a planned start is fine"
    );
}

#[test]
fn an_impossible_date_is_refused() {
    let mut form = participant_form();
    form.start = "2026-02-30".into();
    assert_eq!(
        only_problem(validate_participant(&form, [], today())),
        (Field::Start, Problem::InvalidDate)
    );
}

#[test]
fn birth_year_must_give_an_age_from_15_to_80() {
    let mut form = participant_form();
    for (year, expected) in [
        ("2012", Some(Problem::TooYoung)),
        ("2011", None),
        ("1946", None),
        ("1945", Some(Problem::TooOld)),
        ("19x0", Some(Problem::InvalidWholeNumber)),
        ("", None),
    ] {
        form.birth_year = year.into();
        let problem = validate_participant(&form, [], today())
            .err()
            .and_then(|e| e.problem(Field::BirthYear));
        assert_eq!(problem, expected, "birth year {year:?}");
    }
}

#[test]
fn the_age_is_judged_at_the_start_not_today() {
    // A project from 2007: participants aged 18 and 65 then are 37 and 84 today.
    let mut form = participant_form();
    form.start = "2007-03-01".into();
    for (year, expected) in [
        ("1989", None),
        ("1942", None),
        ("1927", None),
        ("1926", Some(Problem::TooOld)),
        ("1993", Some(Problem::TooYoung)),
        ("1992", None),
    ] {
        form.birth_year = year.into();
        let problem = validate_participant(&form, [], today())
            .err()
            .and_then(|e| e.problem(Field::BirthYear));
        assert_eq!(problem, expected, "born {year}, started 2007");
    }
    // Without a start date yet, today's age is what can be judged.
    form.start = String::new();
    form.birth_year = "1942".into();
    let problems = validate_participant(&form, [], today()).unwrap_err();
    assert_eq!(problems.problem(Field::BirthYear), Some(Problem::TooOld));
}

#[test]
fn a_personnummer_in_the_note_is_refused_and_nothing_else_is() {
    let mut form = participant_form();
    form.note = "Ring 19811218-9876 om tid".into();
    assert_eq!(
        only_problem(validate_participant(&form, [], today())),
        (Field::Note, Problem::LooksLikePersonnummer)
    );
    form.note = "Möte 2026-03-04, ring 070-123 45 67".into();
    assert!(validate_participant(&form, [], today()).is_ok());
}

#[test]
fn a_personnummer_as_code_is_refused() {
    let mut form = participant_form();
    form.code = "8112189876".into();
    assert_eq!(
        only_problem(validate_participant(&form, [], today())),
        (Field::Code, Problem::LooksLikePersonnummer)
    );
}

#[test]
fn phase_changes_are_dated_and_in_order() {
    let mut p = registered();
    let entry = validate_phase_change(&p, Phase::Introduction, "2026-04-01", today()).unwrap();
    p.phases.push(entry);
    assert_eq!(p.current_phase(), Some(Phase::Introduction));
    let err = validate_phase_change(&p, Phase::WorkTraining, "2026-03-15", today()).unwrap_err();
    assert_eq!(
        err.problem(Field::PhaseDate),
        Some(Problem::BeforePreviousPhase)
    );
    let err = validate_phase_change(&p, Phase::Introduction, "2026-05-01", today()).unwrap_err();
    assert_eq!(err.problem(Field::Phase), Some(Problem::SamePhase));
    let err = validate_phase_change(&p, Phase::WorkTraining, "2026-01-01", today()).unwrap_err();
    assert_eq!(err.problem(Field::PhaseDate), Some(Problem::BeforeStart));
}

#[test]
fn discharge_needs_an_end_not_before_start_and_an_outcome() {
    let proj = project();
    let p = registered();
    let outcome = Some(proj.outcomes[0].id);
    let err = validate_discharge(&p, "2026-02-01", outcome, today()).unwrap_err();
    assert_eq!(err.problem(Field::End), Some(Problem::EndBeforeStart));
    let err = validate_discharge(&p, "2026-06-01", None, today()).unwrap_err();
    assert_eq!(
        err.problem(Field::DischargeOutcome),
        Some(Problem::Required)
    );
    let d = validate_discharge(&p, "2026-06-01", outcome, today()).unwrap();
    assert_eq!(d.end, Date::from_ymd(2026, 6, 1).unwrap());
}

#[test]
fn discharge_and_undo_change_the_status_and_days() {
    let proj = project();
    let mut p = registered();
    assert_eq!(
        p.days_in_project(today()),
        Date::from_ymd(2026, 3, 1).unwrap().days_until(today())
    );
    p.discharge =
        Some(validate_discharge(&p, "2026-03-31", Some(proj.outcomes[2].id), today()).unwrap());
    assert_eq!(p.status(), Status::Discharged);
    assert_eq!(p.days_in_project(today()), 30);
    p.discharge = None;
    assert_eq!(p.status(), Status::Active);
}

#[test]
fn phase_dates_after_the_end_are_refused() {
    let proj = project();
    let mut p = registered();
    p.discharge =
        Some(validate_discharge(&p, "2026-05-01", Some(proj.outcomes[0].id), today()).unwrap());
    let err = validate_phase_change(&p, Phase::FollowUp, "2026-06-01", today()).unwrap_err();
    assert_eq!(err.problem(Field::PhaseDate), Some(Problem::AfterEnd));
}

#[test]
fn moving_the_start_date_moves_the_first_phase_with_it() {
    let mut p = registered();
    let mut form = ParticipantForm::from_participant(&p);
    form.start = "2026-03-10".into();
    validate_participant(&form, [], today())
        .unwrap()
        .apply(&mut p);
    assert_eq!(Some(p.phases[0].from), p.start);
}

#[test]
fn age_bands_are_ascending_whole_numbers_and_empty_means_the_default() {
    assert_eq!(parse_age_bands("18, 31, 65"), Some(vec![18, 31, 65]));
    assert_eq!(parse_age_bands("18;31 65"), Some(vec![18, 31, 65]));
    assert_eq!(parse_age_bands(""), Some(vec![16, 30, 50, 65]));
    assert_eq!(parse_age_bands("30, 18"), None, "not ascending");
    assert_eq!(parse_age_bands("18, 18"), None, "not strictly ascending");
    assert_eq!(parse_age_bands("18, 130"), None);
    assert_eq!(parse_age_bands("arton"), None);
    let mut form = ProjectForm::from_project(&project());
    assert_eq!(form.age_bands, "16, 30, 50, 65");
    form.age_bands = "30, 18".into();
    assert_eq!(
        only_problem(validate_project(&form, today())),
        (Field::AgeBands, Problem::InvalidAgeBands)
    );
    form.age_bands = "18, 31".into();
    let mut p = project();
    validate_project(&form, today()).unwrap().apply(&mut p);
    assert_eq!(p.age_bands, vec![18, 31]);
}
