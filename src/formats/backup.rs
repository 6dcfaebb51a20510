//! Backups: everything (or one project) as a versioned JSON file with a checksum, and the plan
//! for restoring one.
//!
//! A backup is the coach's only copy of a project's history outside the browser, so it must be
//! read by every later version. Its checksum (SHA-256) is over the exact bytes of its `data` as
//! they stand in the file, never over the data written out again: a version whose records have
//! gained a field reads an old file with the field's default, and the old checksum still holds.
//! Reading is strict about what the file is (JSON, `"format": "stegvis-backup"`, a version this
//! app reads, the checksum) and lenient about single records: a record that does not read, or
//! of a kind this version does not know, is left out and listed, never the whole file refused.
//!
//! `data` holds one array per kind of record (`"projects"`, `"participants"`, …; see
//! [`crate::records`]). Restoring never deletes: records are matched by id, the backup's
//! version of a record replaces the stored one, and records only stored here are kept. The
//! storage layer writes the plan in one transaction.

use super::screen::{screen_with, Label, Rejected, Screened};
use crate::domain::check::RecordProblem;
use crate::domain::{Date, Id};
use crate::records::{self, Entry, Ops};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};

pub const FORMAT: &str = "stegvis-backup";
pub const VERSION: u32 = 1;
/// Larger files are refused before they are read (a real backup of 100,000 participants is
/// about 40 MB).
pub const MAX_BYTES: usize = 150 * 1024 * 1024;

pub use super::data::BackupData;

/// Reads the `data` of a file with the kinds this app knows. Records that do not read as
/// their kind, and sets of kinds it does not know, come back as `unread`.
fn read_sets(
    sets: BTreeMap<String, Vec<Box<RawValue>>>,
    kinds: &[&'static dyn Ops],
) -> (BackupData, Vec<Rejected>) {
    let mut data = BackupData::new();
    let mut unread = Vec::new();
    for (name, raw) in sets {
        let Some(kind) = records::find(kinds, &name) else {
            unread.extend((0..raw.len()).map(|i| Rejected {
                kind: name.clone(),
                label: Label::Position(i + 1),
                problems: vec![RecordProblem::UnknownKind],
            }));
            continue;
        };
        let mut entries = Vec::with_capacity(raw.len());
        for (i, record) in raw.iter().enumerate() {
            match kind.entry(record.get()) {
                Ok(entry) => entries.push(entry),
                Err(_) => unread.push(Rejected {
                    kind: name.clone(),
                    label: Label::Position(i + 1),
                    problems: vec![RecordProblem::Unreadable],
                }),
            }
        }
        data.set_entries(kind.kind().name, entries);
    }
    (data, unread)
}

/// A backup file.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    /// The Stegvis version that wrote it.
    pub app_version: String,
    /// The storage schema version of the app that wrote it.
    pub schema_version: u32,
    /// When it was made, as given by the browser (ISO 8601, UTC).
    pub exported_at: String,
    /// SHA-256 of `data` as written in the file, in lower-case hex.
    pub checksum: String,
    pub data: BackupData,
    /// Records of the file that could not be read: listed in every plan made from it.
    pub unread: Vec<Rejected>,
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

/// The file as text, if it can be a backup at all (not too large, UTF-8; a BOM is allowed).
pub(crate) fn text(bytes: &[u8]) -> Result<&str, BackupError> {
    if bytes.len() > MAX_BYTES {
        return Err(BackupError::TooLarge);
    }
    std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| BackupError::NotJson)
}

/// What a file says it is, read without building a tree of the whole file.
#[derive(Deserialize)]
pub(crate) struct Head {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

impl Head {
    /// What `text` says it is: [`BackupError::NotJson`] if it is not JSON, and
    /// [`BackupError::NotABackup`] if it is JSON but not an object.
    pub(crate) fn of(text: &str) -> Result<Head, BackupError> {
        serde_json::from_str(text).map_err(|_| {
            match serde_json::from_str::<serde::de::IgnoredAny>(text) {
                Ok(_) => BackupError::NotABackup,
                Err(_) => BackupError::NotJson,
            }
        })
    }

    pub(crate) fn format(&self) -> Option<&str> {
        self.format.as_ref().and_then(|f| f.as_str())
    }

    /// Whether the file is of `format` in a version this app reads.
    pub(crate) fn check(&self, format: &str, version: u32) -> Result<(), BackupError> {
        if self.format() != Some(format) {
            return Err(BackupError::NotABackup);
        }
        match self.version.as_ref().and_then(|v| v.as_u64()) {
            Some(v) if v == u64::from(version) => Ok(()),
            Some(v) if v > u64::from(version) => Err(BackupError::NewerVersion(v)),
            _ => Err(BackupError::NotABackup),
        }
    }
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The file as it is read: `data` kept as the text it is in the file.
#[derive(Deserialize)]
struct FileIn<'a> {
    app_version: String,
    schema_version: u32,
    exported_at: String,
    checksum: String,
    #[serde(borrow)]
    data: &'a RawValue,
}

/// The file as it is written.
#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    version: u32,
    app_version: &'a str,
    schema_version: u32,
    exported_at: &'a str,
    checksum: &'a str,
    data: &'a RawValue,
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
            checksum: sha256(data.to_json().as_bytes()),
            data,
            unread: Vec::new(),
        }
    }

    /// The file. The checksum is over the very bytes of `data` written here.
    pub fn to_json(&self) -> String {
        let data = self.data.to_json();
        let raw = RawValue::from_string(data).expect("the data is JSON");
        let file = FileOut {
            format: &self.format,
            version: self.version,
            app_version: &self.app_version,
            schema_version: self.schema_version,
            exported_at: &self.exported_at,
            checksum: &sha256(raw.get().as_bytes()),
            data: &raw,
        };
        serde_json::to_string(&file).expect("backups serialise")
    }

    /// Reads and checks a backup file of the app's kinds.
    pub fn parse(bytes: &[u8]) -> Result<Backup, BackupError> {
        Backup::parse_with(bytes, &records::KINDS)
    }

    /// [`Backup::parse`] knowing these kinds (a test may declare one of its own).
    pub fn parse_with(bytes: &[u8], kinds: &[&'static dyn Ops]) -> Result<Backup, BackupError> {
        Backup::from_text(text(bytes)?, kinds)
    }

    /// Checks a backup already read as text.
    pub(crate) fn from_text(text: &str, kinds: &[&'static dyn Ops]) -> Result<Backup, BackupError> {
        Head::of(text)?.check(FORMAT, VERSION)?;
        let file: FileIn =
            serde_json::from_str(text).map_err(|e| BackupError::Invalid(e.to_string()))?;
        if sha256(file.data.get().as_bytes()) != file.checksum {
            return Err(BackupError::ChecksumMismatch);
        }
        let sets: BTreeMap<String, Vec<Box<RawValue>>> = serde_json::from_str(file.data.get())
            .map_err(|e| BackupError::Invalid(e.to_string()))?;
        let (data, unread) = read_sets(sets, kinds);
        Ok(Backup {
            format: FORMAT.into(),
            version: VERSION,
            app_version: file.app_version,
            schema_version: file.schema_version,
            exported_at: file.exported_at,
            checksum: file.checksum,
            data,
            unread,
        })
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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RestorePlan {
    /// Per kind (by name, in the kinds' order), what will happen.
    pub counts: Vec<(&'static str, Counts)>,
    /// The records to write (added and changed), in one transaction.
    pub write: BackupData,
    /// Records of the file that fail the door check or do not read: left out, and listed.
    pub rejected: Vec<Rejected>,
}

impl RestorePlan {
    /// What will happen to the records of kind `name`.
    pub fn counts(&self, name: &str) -> Counts {
        (self.counts.iter())
            .find(|(n, _)| *n == name)
            .map(|(_, c)| c.clone())
            .unwrap_or_default()
    }

    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.write.is_empty()
    }
}

/// Ids of the entries, for telling which stored records the file also holds.
pub(crate) fn ids(entries: &[Entry]) -> HashSet<Id> {
    entries.iter().map(|e| e.id).collect()
}

fn plan_for(incoming: &[Entry], stored: &[Entry]) -> (Counts, Vec<Entry>) {
    let stored_by_id: HashMap<Id, &Entry> = stored.iter().map(|x| (x.id, x)).collect();
    let mut counts = Counts::default();
    let mut write = Vec::new();
    for x in incoming {
        match stored_by_id.get(&x.id) {
            None => {
                counts.added += 1;
                write.push(x.clone());
            }
            Some(old) if old.json != x.json => {
                counts.changed += 1;
                write.push(x.clone());
            }
            Some(_) => counts.unchanged += 1,
        }
    }
    let incoming_ids = ids(incoming);
    counts.kept = stored
        .iter()
        .filter(|x| !incoming_ids.contains(&x.id))
        .count();
    (counts, write)
}

/// Compares a backup with what is stored and says what restoring it would do. Records that fail
/// the door check ([`screen`]) are left out and listed; `today` bounds the answers' months.
pub fn plan_restore(backup: &Backup, stored: &BackupData, today: Date) -> RestorePlan {
    plan_restore_with(backup, stored, today, &records::KINDS)
}

/// [`plan_restore`] of these kinds.
pub fn plan_restore_with(
    backup: &Backup,
    stored: &BackupData,
    today: Date,
    kinds: &[&'static dyn Ops],
) -> RestorePlan {
    let Screened { accepted, rejected } = screen_with(&backup.data, stored, today, kinds);
    let mut plan = plan_screened(&accepted, stored, kinds);
    plan.rejected = [backup.unread.clone(), rejected].concat();
    plan
}

fn plan_screened(
    backup: &BackupData,
    stored: &BackupData,
    kinds: &[&'static dyn Ops],
) -> RestorePlan {
    let mut plan = RestorePlan::default();
    for kind in kinds {
        let name = kind.kind().name;
        let (counts, write) = plan_for(backup.entries(name), stored.entries(name));
        plan.counts.push((name, counts));
        plan.write.set_entries(name, write);
    }
    plan
}
