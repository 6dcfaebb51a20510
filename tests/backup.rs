//! Backups: the round trip, and every kind of bad file refused with nothing changed.

mod common;

use common::{participant, project, today, Records};
use proptest::prelude::*;
use stegvis::domain::*;
use stegvis::formats::backup::*;

fn sample(n: usize) -> BackupData {
    let mut a = project("Steget");
    a.referral_sources[0].name = "<script>alert('x')</script>".into();
    let b = project("Ett hållbart arbetsliv");
    let mut participants: Vec<Participant> = (0..n)
        .map(|i| participant(&a, &format!("D-{i:03}")))
        .collect();
    participants.push(participant(&b, "D-001"));
    if let Some(first) = participants.first_mut() {
        first.note = "Börjar på praktik i maj".into();
        first.discharge = Some(Discharge {
            end: today(),
            outcome: Some(a.outcomes[0].id),
        });
    }
    Records {
        projects: vec![a, b],
        participants,
        ..Records::default()
    }
    .data()
}

fn backup(data: BackupData) -> Backup {
    Backup::new(data, 2, "2026-11-23T10:00:00Z".into())
}

proptest! {
    #[test]
    fn export_then_import_gives_equal_data(n in 0usize..40, gender in 0usize..4, year in 1950i32..2005, anonymous: bool) {
        let mut records = Records::of(&sample(n));
        for p in &mut records.participants {
            p.gender = Gender::ALL[gender];
            p.birth_year = Some(year);
            p.anonymous_in_sus = anonymous;
        }
        let data = records.data();
        let json = backup(data.clone()).to_json();
        let back = Backup::parse(json.as_bytes()).unwrap();
        prop_assert_eq!(back.data, data);
    }
}

#[test]
fn a_backup_says_what_it_is_and_what_wrote_it() {
    let json = backup(sample(2)).to_json();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["format"], "stegvis-backup");
    assert_eq!(value["version"], 1);
    assert_eq!(value["schema_version"], 2);
    assert_eq!(value["app_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(value["exported_at"], "2026-11-23T10:00:00Z");
    assert_eq!(value["checksum"].as_str().unwrap().len(), 64);
}

#[test]
fn hostile_labels_survive_as_plain_text() {
    let json = backup(sample(1)).to_json();
    let back = Backup::parse(json.as_bytes()).unwrap();
    assert_eq!(
        back.data.records::<Project>()[0].referral_sources[0].name,
        "<script>alert('x')</script>"
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(backup(sample(1)).to_json().as_bytes());
    assert!(Backup::parse(&bytes).is_ok());
}

#[test]
fn truncated_json_is_refused() {
    let json = backup(sample(3)).to_json();
    assert_eq!(
        Backup::parse(&json.as_bytes()[..json.len() / 2]),
        Err(BackupError::NotJson)
    );
    assert_eq!(Backup::parse(b""), Err(BackupError::NotJson));
}

#[test]
fn a_file_that_is_not_a_backup_is_refused() {
    assert_eq!(
        Backup::parse(b"kod;k\xc3\xb6n\nD-001;K"),
        Err(BackupError::NotJson)
    );
    assert_eq!(
        Backup::parse(br#"{"format":"stegvis-report","version":1}"#),
        Err(BackupError::NotABackup)
    );
    assert_eq!(Backup::parse(b"[1,2,3]"), Err(BackupError::NotABackup));
    assert_eq!(
        Backup::parse(&[0xFF, 0xFE, 0x00]),
        Err(BackupError::NotJson)
    );
}

#[test]
fn a_backup_from_a_newer_app_is_refused() {
    let json = backup(sample(1))
        .to_json()
        .replacen("\"version\":1", "\"version\":2", 1);
    assert_eq!(
        Backup::parse(json.as_bytes()),
        Err(BackupError::NewerVersion(2))
    );
}

#[test]
fn a_changed_backup_fails_its_checksum() {
    let json = backup(sample(2)).to_json().replacen("D-000", "D-999", 1);
    assert_eq!(
        Backup::parse(json.as_bytes()),
        Err(BackupError::ChecksumMismatch)
    );
}

#[test]
fn a_participant_without_its_project_is_left_out_and_named_and_the_rest_restores() {
    let mut records = Records::of(&sample(2));
    records.projects.remove(1);
    let parsed = Backup::parse(backup(records.data()).to_json().as_bytes()).unwrap();
    let plan = plan_restore(&parsed, &BackupData::default(), today());
    assert_eq!(plan.rejected.len(), 1);
    assert_eq!(plan.rejected[0].label, "D-001");
    assert_eq!(
        plan.rejected[0].problems,
        [stegvis::domain::check::RecordProblem::NoProject]
    );
    assert_eq!(
        plan.counts("participants").added,
        2,
        "the other project's participants come"
    );
    assert_eq!(plan.counts("projects").added, 1);
}

#[test]
fn a_file_too_large_to_be_a_backup_is_refused_before_parsing() {
    let huge = vec![b' '; MAX_BYTES + 1];
    assert_eq!(Backup::parse(&huge), Err(BackupError::TooLarge));
}

#[test]
fn a_restore_adds_and_replaces_by_id_and_keeps_local_records() {
    let in_backup = backup(sample(3));
    let mut stored = Records::of(&in_backup.data);
    // Locally: one participant edited, one deleted, and one only here.
    stored.participants[0].gender = Gender::Other;
    let removed = stored.participants.remove(1);
    let local_only = participant(&stored.projects[0], "D-900");
    stored.participants.push(local_only.clone());
    let plan = plan_restore(&in_backup, &stored.data(), common::today());
    assert_eq!(
        plan.counts("projects"),
        Counts {
            added: 0,
            changed: 0,
            unchanged: 2,
            kept: 0
        }
    );
    assert_eq!(
        plan.counts("participants"),
        Counts {
            added: 1,
            changed: 1,
            unchanged: 2,
            kept: 1
        }
    );
    let written: Vec<Participant> = plan.write.records();
    let written: Vec<&str> = written.iter().map(|p| p.code.as_str()).collect();
    assert!(written.contains(&removed.code.as_str()));
    assert!(
        !written.contains(&"D-900"),
        "local-only records are kept, not touched"
    );
    assert_eq!(plan.write.count("projects"), 0);
}

#[test]
fn the_storage_sentence_uses_decimal_commas_and_ends_with_a_full_stop() {
    let text = stegvis::i18n::backup::BACKUP.storage(0.25, 10240.0);
    assert_eq!(
        text,
        "Stegvis använder 0,2 MB av 10240 MB som webbläsaren ger den."
    );
}

#[test]
fn a_project_with_100_000_participants_round_trips_within_the_size_limit() {
    let data = sample(100_000);
    let json = backup(data.clone()).to_json();
    assert!(json.len() < MAX_BYTES, "{} bytes", json.len());
    let parsed = Backup::parse(json.as_bytes()).unwrap();
    assert_eq!(parsed.data.count("participants"), 100_001);
    assert_eq!(parsed.data, data);
    // Restoring it over what is stored adds everything and keeps the rest.
    let plan = plan_restore(&parsed, &BackupData::default(), common::today());
    assert_eq!(plan.counts("participants").added, 100_001);
    assert_eq!(plan.write.count("participants"), 100_001);
}
