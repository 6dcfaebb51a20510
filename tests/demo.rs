//! The workshop demo: the same every time, three realistic projects, holes to warn about, and
//! self-evaluation answers at start and end.

mod common;

use common::Records;
use std::collections::HashSet;
use stegvis::demo::{cutoff, demo_data};
use stegvis::formats::backup::Backup;
use stegvis::report::{compute, PeriodChoice};
use stegvis::survey::results::{self, MinGroup, Shown};

#[test]
fn the_demo_is_the_same_every_time() {
    assert_eq!(demo_data(), demo_data());
}

#[test]
fn three_projects_of_the_kinds_in_the_domain() {
    let data = Records::of(&demo_data());
    let sizes: Vec<(String, usize, usize)> = data
        .projects
        .iter()
        .map(|p| {
            let people: Vec<_> = data
                .participants
                .iter()
                .filter(|x| x.project_id == p.id)
                .collect();
            let groups: HashSet<_> = people.iter().filter_map(|x| x.sub_unit).collect();
            (p.name.clone(), people.len(), groups.len())
        })
        .collect();
    assert_eq!(
        sizes,
        vec![
            // Each with five waiting to start and two who never started.
            ("IPS Norrbacka".into(), 47, 0),
            ("Vägledning Åby och Norrbacka".into(), 157, 4),
            ("Arbetsförmågebedömning Steget".into(), 47, 0),
        ]
    );
    let codes: HashSet<_> = data
        .participants
        .iter()
        .map(|p| (p.project_id, &p.code))
        .collect();
    assert_eq!(
        codes.len(),
        data.participants.len(),
        "codes are unique per project"
    );
}

#[test]
fn stays_fit_the_kind_of_project_and_nothing_happens_after_the_cutoff() {
    let data = Records::of(&demo_data());
    let assessment = &data.projects[2];
    for p in data
        .participants
        .iter()
        .filter(|p| p.project_id == assessment.id)
    {
        if let Some(d) = p.discharge {
            let days = p.start.unwrap().days_until(d.end);
            assert!((56..=84).contains(&days), "{}: {days} days", p.code);
        }
    }
    for p in &data.participants {
        let dates = (p.start.iter().chain(&p.referred_on).chain(&p.check_ins))
            .chain(p.extensions.iter().map(|x| &x.on))
            .chain(p.follow_ups.iter().map(|f| &f.on));
        assert!(dates.into_iter().all(|d| *d <= cutoff()), "{}", p.code);
        assert!(p.discharge.is_none_or(|d| d.end <= cutoff()));
        assert!(p.phases.iter().all(|e| e.from <= cutoff()));
        assert_eq!(p.start.is_some(), !p.phases.is_empty(), "{}", p.code);
    }
}

#[test]
fn the_demo_shows_every_part_of_the_journey() {
    use stegvis::domain::due::{due, DueKind};
    use stegvis::domain::Status;
    let data = Records::of(&demo_data());
    // A workshop a week after the cutoff.
    let day = cutoff().plus_days(7);
    for project in &data.projects {
        let people: Vec<_> = (data.participants.iter())
            .filter(|p| p.project_id == project.id)
            .cloned()
            .collect();
        let waiting = people
            .iter()
            .filter(|p| p.status() == Status::Waiting)
            .count();
        let never = people
            .iter()
            .filter(|p| p.status() == Status::NeverStarted)
            .count();
        assert_eq!((waiting, never), (5, 2), "{}", project.name);
        assert!(
            people.iter().any(|p| !p.extensions.is_empty()),
            "{}",
            project.name
        );
        let todo = due(project, &people, day);
        assert!(
            todo.iter().any(|d| d.kind == DueKind::CheckIn && d.overdue),
            "{}",
            project.name
        );
        assert!(
            todo.iter().any(|d| d.kind == DueKind::Waiting),
            "{}",
            project.name
        );
        let report = compute(
            project,
            &people,
            None,
            PeriodChoice::WholeProject.resolve(project, &people, day),
            day,
        );
        let j = &report.journey;
        assert!(
            j.left_public_support > 0 && j.increased_extent > 0,
            "{}",
            project.name
        );
        assert!(
            j.income.len() > 2 && j.occupation.len() > 2,
            "{}",
            project.name
        );
        assert!(
            j.follow_ups.iter().any(|f| f.done > 0 && f.reached > 0),
            "{}",
            project.name
        );
        assert_eq!(j.waiting.at_end.all, 5, "{}", project.name);
        for p in &people {
            let labels = stegvis::domain::check::ProjectLabels::of(project);
            assert_eq!(
                stegvis::domain::check::participant(p, Some(&labels)),
                [],
                "{}",
                p.code
            );
        }
    }
}

#[test]
fn every_project_reports_current_and_discharged_outcomes_and_its_holes() {
    let data = Records::of(&demo_data());
    for project in &data.projects {
        let people: Vec<_> = data
            .participants
            .iter()
            .filter(|x| x.project_id == project.id)
            .cloned()
            .collect();
        let period = PeriodChoice::WholeProject.resolve(project, &people, cutoff());
        let report = compute(project, &people, None, period, cutoff());
        assert!(
            report.outcomes.discharged >= 10,
            "{}: some have left",
            project.name
        );
        assert!(
            report.overview.current.all >= 5,
            "{}: some are still here",
            project.name
        );
        assert_eq!(
            report.outcomes.missing, 1,
            "{}: one outcome left out on purpose",
            project.name
        );
        assert!(report.outcomes.progression > 0);
        assert!(
            report.quality.len() >= 2,
            "{}: the holes are warned about",
            project.name
        );
    }
}

#[test]
fn every_form_has_enough_answers_at_start_and_end_to_show_the_change() {
    let data = Records::of(&demo_data());
    for form in &data.forms {
        let counts = results::count_by_moment(form, &data.answers);
        assert!(
            counts[0] >= 20 && counts[2] >= 5,
            "{}: {counts:?}",
            form.name
        );
        match results::start_end(form, &data.answers, MinGroup::default()) {
            Shown::Shown(dims) => assert!(dims.iter().all(|d| d.change() > 0.0)),
            Shown::Hidden { n } => panic!("hidden with {n} answers"),
        }
    }
}

#[test]
fn the_demo_is_a_valid_backup() {
    let json = Backup::new(demo_data(), 3, "2026-11-23T10:00:00Z".into()).to_json();
    assert_eq!(Backup::parse(json.as_bytes()).unwrap().data, demo_data());
}

#[test]
fn every_demo_record_passes_the_door_check_of_a_restore() {
    let data = stegvis::demo::demo_data();
    let screened = stegvis::formats::screen::screen(
        &data,
        &stegvis::formats::backup::BackupData::default(),
        stegvis::domain::Date::from_ymd(2026, 11, 1).unwrap(),
    );
    assert_eq!(screened.rejected, []);
    assert_eq!(screened.accepted, data);
}
