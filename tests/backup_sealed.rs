//! Sealed backups (of passphrase-protected data): the envelope round trip, and that plain
//! backups and bad envelopes are told apart. The sealing itself is WebCrypto's and is tested
//! in the browser (`tests/idb_storage.rs`).

use stegvis::formats::backup::{Backup, BackupData, BackupError};
use stegvis::formats::sealed::{BackupFile, SealedBackup, FORMAT};

fn sealed() -> SealedBackup {
    SealedBackup::new(
        "2026-11-23T10:00:00Z".into(),
        &[1; 16],
        600_000,
        &[2; 43],
        &[3, 0, 255, 7],
    )
}

#[test]
fn a_sealed_backup_round_trips_and_gives_back_its_parts() {
    let file = sealed();
    let json = file.to_json();
    assert!(json.contains(FORMAT));
    let BackupFile::Sealed(read) = BackupFile::parse(json.as_bytes()).unwrap() else {
        panic!("read as a plain backup");
    };
    assert_eq!(read, file);
    let parts = read.parts().unwrap();
    assert_eq!(parts.salt, vec![1; 16]);
    assert_eq!(parts.check, vec![2; 43]);
    assert_eq!(parts.data, vec![3, 0, 255, 7]);
}

#[test]
fn a_plain_backup_is_read_as_plain() {
    let backup = Backup::new(BackupData::default(), 4, "2026-11-23T10:00:00Z".into());
    let read = BackupFile::parse(backup.to_json().as_bytes()).unwrap();
    assert_eq!(read, BackupFile::Plain(Box::new(backup)));
}

#[test]
fn a_sealed_backup_from_a_newer_app_is_refused() {
    let json = sealed().to_json().replace("\"version\":1", "\"version\":2");
    assert_eq!(
        BackupFile::parse(json.as_bytes()),
        Err(BackupError::NewerVersion(2))
    );
}

#[test]
fn an_envelope_with_damaged_base64_is_refused() {
    let mut file = sealed();
    file.data = "not base64!".into();
    assert!(matches!(
        BackupFile::parse(file.to_json().as_bytes()),
        Err(BackupError::Invalid(_))
    ));
}

#[test]
fn a_cut_short_envelope_or_other_json_is_refused() {
    let json = sealed().to_json();
    assert_eq!(
        BackupFile::parse(&json.as_bytes()[..json.len() / 2]),
        Err(BackupError::NotJson)
    );
    assert_eq!(
        BackupFile::parse(br#"{"format":"something-else"}"#),
        Err(BackupError::NotABackup)
    );
}

#[test]
fn an_envelope_asking_for_too_few_or_too_many_rounds_is_refused() {
    for rounds in [1_000, 2_000_000_000] {
        let mut file = sealed();
        file.iterations = rounds;
        assert!(matches!(
            BackupFile::parse(file.to_json().as_bytes()),
            Err(BackupError::Invalid(_))
        ));
    }
}
