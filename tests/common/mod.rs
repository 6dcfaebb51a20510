//! Fixtures shared by the storage tests (native and browser): invented records on fixed dates.
#![allow(dead_code)]

use stegvis::domain::validate::*;
use stegvis::domain::*;

pub fn today() -> Date {
    Date::from_ymd(2026, 11, 23).unwrap()
}

pub fn project(name: &str) -> Project {
    let mut form = ProjectForm::new_project(today());
    form.name = name.into();
    validate_project(&form, today())
        .unwrap()
        .into_new_project(Timestamp(1))
}

pub fn participant(project: &Project, code: &str) -> Participant {
    let form = ParticipantForm {
        code: code.into(),
        start: "2026-05-01".into(),
        ..Default::default()
    };
    validate_participant(&form, [], today())
        .unwrap()
        .into_new(project.id, Timestamp(1))
}
