//! Backups: everything (or one project) as a versioned JSON file with a checksum, and the plan
//! for restoring one.
//!
//! A backup is the coach's only copy of a project's history outside the browser, so reading
//! one is strict: it must be JSON, say `"format": "stegvis-backup"`, be of a version this app
//! understands, and its SHA-256 checksum must match its data. Restoring never deletes: records
//! are matched by id, the backup's version of a record replaces the stored one, and records
//! that are only stored locally are kept. The storage layer writes the plan in one transaction.

use super::screen::{screen, Rejected, Screened};
use crate::domain::{Date, Id, Participant, Project};
use crate::survey::{Answer, Form};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

pub const FORMAT: &str = "stegvis-backup";
pub const VERSION: u32 = 1;
/// Larger files are refused before they are parsed (a real backup of 100,000 participants is
/// about 40 MB).
pub const MAX_BYTES: usize = 150 * 1024 * 1024;

/// The records of a backup.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BackupData {
    pub projects: Vec<Project>,
    pub participants: Vec<Participant>,
    /// Self-evaluation forms. Left out of the JSON when empty, so backups made before forms
    /// existed keep their checksum.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<Form>,
    /// Self-evaluation answers (anonymous).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Answer>,
}

impl BackupData {
    /// All of it as one [`crate::storage::Batch`], to be written in one transaction.
    pub fn batch(&self) -> crate::storage::Batch<'_> {
        crate::storage::Batch {
            projects: &self.projects,
            participants: &self.participants,
            forms: &self.forms,
            answers: &self.answers,
        }
    }
}

/// A backup file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    /// The Stegvis version that wrote it.
    pub app_version: String,
    /// The storage schema version of the app that wrote it.
    pub schema_version: u32,
    /// When it was made, as given by the browser (ISO 8601, UTC).
    pub exported_at: String,
    /// SHA-256 of the JSON of `data`, in lower-case hex.
    pub checksum: String,
    pub data: BackupData,
}

/// Why a file cannot be restored. Nothing is changed in any of these cases.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    #[error("the file is larger than a backup can be")]
    TooLarge,
    #[error("the file is not JSON, or it is cut off")]
    NotJson,
    #[error("the file is not a Stegvis backup")]
    NotABackup,
    #[error("the backup was made by a newer Stegvis (format version {0})")]
    NewerVersion(u64),
    #[error("the backup's checksum does not match its contents")]
    ChecksumMismatch,
    #[error("the backup is damaged: {0}")]
    Invalid(String),
}

/// The file as JSON, if it can be a backup at all (not too large, UTF-8, JSON).
pub(crate) fn json_value(bytes: &[u8]) -> Result<serde_json::Value, BackupError> {
    if bytes.len() > MAX_BYTES {
        return Err(BackupError::TooLarge);
    }
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| BackupError::NotJson)?;
    serde_json::from_str(text).map_err(|_| BackupError::NotJson)
}

/// Whether `value` says it is of `format` in a version this app reads.
pub(crate) fn check_format(
    value: &serde_json::Value,
    format: &str,
    version: u32,
) -> Result<(), BackupError> {
    if value.get("format").and_then(|f| f.as_str()) != Some(format) {
        return Err(BackupError::NotABackup);
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(version) => Ok(()),
        Some(v) if v > u64::from(version) => Err(BackupError::NewerVersion(v)),
        _ => Err(BackupError::NotABackup),
    }
}

fn checksum(data: &BackupData) -> String {
    let json = serde_json::to_string(data).expect("records serialise");
    Sha256::digest(json.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Backup {
    /// A backup of `data`, stamped with the app and schema versions and the export time.
    pub fn new(data: BackupData, schema_version: u32, exported_at: String) -> Self {
        Backup {
            format: FORMAT.into(),
            version: VERSION,
            app_version: env!("CARGO_PKG_VERSION").into(),
            schema_version,
            exported_at,
            checksum: checksum(&data),
            data,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("backups serialise")
    }

    /// Reads and checks a backup file.
    pub fn parse(bytes: &[u8]) -> Result<Backup, BackupError> {
        Backup::from_value(json_value(bytes)?)
    }

    /// Checks a backup already read as JSON.
    pub(crate) fn from_value(value: serde_json::Value) -> Result<Backup, BackupError> {
        check_format(&value, FORMAT, VERSION)?;
        let backup: Backup =
            serde_json::from_value(value).map_err(|e| BackupError::Invalid(e.to_string()))?;
        if checksum(&backup.data) != backup.checksum {
            return Err(BackupError::ChecksumMismatch);
        }
        // What the records hold is checked record by record when a restore or merge is planned
        // (`super::screen`): one bad record never makes the whole file unreadable.
        Ok(backup)
    }
}

/// What a restore will do, per kind of record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// In the backup, not stored here: will be added.
    pub added: usize,
    /// In both, different: the backup's version will replace the stored one.
    pub changed: usize,
    /// In both and equal: nothing to do.
    pub unchanged: usize,
    /// Stored here, not in the backup: kept as they are.
    pub kept: usize,
}

/// The plan for restoring a backup over the stored records.
#[derive(Clone, Debug, PartialEq)]
pub struct RestorePlan {
    pub projects: Counts,
    pub participants: Counts,
    pub forms: Counts,
    pub answers: Counts,
    /// The records to write (added and changed), in one transaction.
    pub write: BackupData,
    /// Records of the file that fail the door check: left out, and listed for the coach.
    pub rejected: Vec<Rejected>,
}

fn plan_for<T: Clone + PartialEq>(
    incoming: &[T],
    stored: &[T],
    id: impl Fn(&T) -> Id,
) -> (Counts, Vec<T>) {
    let stored_by_id: HashMap<Id, &T> = stored.iter().map(|x| (id(x), x)).collect();
    let mut counts = Counts::default();
    let mut write = Vec::new();
    for x in incoming {
        match stored_by_id.get(&id(x)) {
            None => {
                counts.added += 1;
                write.push(x.clone());
            }
            Some(old) if *old != x => {
                counts.changed += 1;
                write.push(x.clone());
            }
            Some(_) => counts.unchanged += 1,
        }
    }
    let incoming_ids: std::collections::HashSet<Id> = incoming.iter().map(&id).collect();
    counts.kept = stored
        .iter()
        .filter(|x| !incoming_ids.contains(&id(x)))
        .count();
    (counts, write)
}

/// Compares a backup with what is stored and says what restoring it would do. Records that fail
/// the door check ([`screen`]) are left out and listed; `today` bounds the answers' months.
pub fn plan_restore(backup: &BackupData, stored: &BackupData, today: Date) -> RestorePlan {
    let Screened { accepted, rejected } = screen(backup, stored, today);
    RestorePlan {
        rejected,
        ..plan_screened(&accepted, stored)
    }
}

fn plan_screened(backup: &BackupData, stored: &BackupData) -> RestorePlan {
    let (projects, write_projects) = plan_for(&backup.projects, &stored.projects, |p| p.id);
    let (participants, write_participants) =
        plan_for(&backup.participants, &stored.participants, |p| p.id);
    let (forms, write_forms) = plan_for(&backup.forms, &stored.forms, |f| f.id);
    let (answers, write_answers) = plan_for(&backup.answers, &stored.answers, |a| a.id);
    RestorePlan {
        projects,
        participants,
        forms,
        answers,
        write: BackupData {
            projects: write_projects,
            participants: write_participants,
            forms: write_forms,
            answers: write_answers,
        },
        rejected: Vec::new(),
    }
}
