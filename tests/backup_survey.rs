//! Backups carry self-evaluation forms and answers: round trip, restore plan, orphans, and
//! backups made before forms existed.

use common::Records;
use stegvis::domain::{Id, Timestamp};
use stegvis::formats::backup::{plan_restore, Backup, BackupData};
use stegvis::survey::default_form::default_form;
use stegvis::survey::{Answer, Form, Moment, Value};
mod common;

fn answer(form: &Form, value: u8) -> Answer {
    let mut values = vec![Value::Scale(value); form.items.len()];
    *values.last_mut().unwrap() = Value::Text("Tryggt och bra".into());
    common::answer(form, Moment::End, 10, values)
}

fn with_survey() -> Records {
    let project = common::project("Steget");
    let form = default_form(project.id, Timestamp(5));
    let answers = (1..=5).map(|v| answer(&form, v)).collect();
    Records {
        projects: vec![project],
        participants: Vec::new(),
        forms: vec![form],
        answers,
    }
}

fn backup(records: Records) -> Backup {
    Backup::new(records.data(), 3, "2026-11-23T10:00:00Z".into())
}

#[test]
fn forms_and_answers_come_back_from_a_backup() {
    let data = with_survey();
    let back = Backup::parse(backup(data.clone()).to_json().as_bytes()).unwrap();
    assert_eq!(back.data, data.data());
}

#[test]
fn a_backup_without_forms_has_no_form_keys_and_keeps_its_checksum() {
    let mut data = with_survey();
    data.forms.clear();
    data.answers.clear();
    let json = backup(data).to_json();
    assert!(!json.contains("\"forms\"") && !json.contains("\"answers\""));
    // A backup written before forms existed reads the same way.
    assert!(Backup::parse(json.as_bytes()).is_ok());
}

#[test]
fn restoring_adds_answers_by_id_and_keeps_local_ones() {
    let incoming = with_survey();
    let mut stored = incoming.clone();
    let local = answer(&stored.forms[0], 2);
    stored.answers.truncate(3);
    stored.answers.push(local);
    let plan = plan_restore(&incoming.backup(), &stored.data(), common::today());
    assert_eq!(
        (
            plan.counts("answers").added,
            plan.counts("answers").unchanged,
            plan.counts("answers").kept
        ),
        (2, 3, 1)
    );
    assert_eq!(plan.counts("forms").unchanged, 1);
    assert_eq!(plan.write.count("answers"), 2);
    assert_eq!(plan.write.count("forms"), 0);
}

#[test]
fn an_answer_or_form_without_its_project_is_left_out_and_named() {
    use stegvis::domain::check::RecordProblem;
    let mut data = with_survey();
    data.answers[0].project_id = Id::random();
    let parsed = Backup::parse(backup(data).to_json().as_bytes()).unwrap();
    let plan = plan_restore(&parsed, &BackupData::default(), common::today());
    assert_eq!(plan.rejected.len(), 1);
    assert_eq!(plan.rejected[0].kind, "answers");
    assert!(plan.rejected[0]
        .problems
        .contains(&RecordProblem::NoProject));
    assert_eq!(plan.counts("answers").added, 4);
    let mut data = with_survey();
    data.forms[0].project_id = Id::random();
    let parsed = Backup::parse(backup(data).to_json().as_bytes()).unwrap();
    let plan = plan_restore(&parsed, &BackupData::default(), common::today());
    let kinds: Vec<&str> = plan.rejected.iter().map(|r| r.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [vec!["forms"], vec!["answers"; 5]].concat(),
        "its answers go with it"
    );
    assert_eq!(plan.rejected[0].label, "Självskattning (standard)");
}
