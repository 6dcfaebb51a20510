//! Where records are kept, behind one small trait.
//!
//! [`Store`] knows rows, not records: a row is a record's JSON (or, with a passphrase, its
//! sealed JSON) and the few keys its store needs. It reads rows of a kind, and writes in one
//! transaction that first checks what it was told to (nobody changed this row, this project is
//! at this revision, the lock is this one), then deletes and puts, all or nothing. Two rules
//! hold inside every write, whatever asked for it: a record of a project ([`Kind::owned`]) is
//! written only while its project is stored or written with it ([`StorageError::ProjectGone`]),
//! and every write to a project or its records moves the project's [`Revision`] on.
//!
//! Implementations: [`memory::MemoryStore`] (native tests; clones share one store, as tabs
//! share one database) and `idb::IdbStore` (IndexedDB, browser only). The records themselves,
//! their versions, sealing and the door checks are the write path's (`crate::repo`).

#[cfg(target_arch = "wasm32")]
pub mod idb;
pub mod lock;
pub mod memory;
pub mod pack;
pub mod toy_cipher;
#[cfg(target_arch = "wasm32")]
pub mod webcrypto;

pub use lock::{Cipher, CryptoError, Lock};

use crate::domain::Id;
use crate::records::Kind;
use serde::{Deserialize, Serialize};

/// Why storage failed, in terms of what the coach can do about it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// The browser will not give us a database (private mode, blocked site data, old browser).
    #[error("the browser does not allow storage here: {0}")]
    Unavailable(String),
    /// The device or the browser's share of it is full.
    #[error("storage is full")]
    QuotaExceeded,
    /// A stored record could not be read back.
    #[error("a stored record could not be read: {0}")]
    Corrupt(String),
    /// Anything else the browser reported.
    #[error("storage failed: {0}")]
    Failed(String),
    /// The record was changed elsewhere (another tab) after this edit started; nothing was
    /// written.
    #[error("the record was changed elsewhere since it was read")]
    Stale,
    /// The data is protected with a passphrase and this tab has not been unlocked (or has
    /// locked itself since); nothing was read or written.
    #[error("the data is locked")]
    Locked,
    /// The record's project is not stored (another tab deleted it); nothing was written.
    #[error("the project is not stored")]
    ProjectGone,
}

/// A stored row: a record as its store keeps it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// The record's id, in its simple text form (32 hex digits).
    pub id: String,
    /// The project an owned record belongs to, for the `by_project` index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// The record as JSON; empty while the row is sealed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub json: String,
    /// The JSON sealed with the passphrase's key (nonce and ciphertext, base64).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed: Option<String>,
    /// On a project's row: its [`Revision`]. Rows written before it existed have none (0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<u64>,
}

/// The key of a record's row: its id in the simple text form.
pub fn key(id: Id) -> String {
    id.to_string()
}

/// How far a project has come: every write to the project or to any of its records moves it
/// on, in the same transaction. A write planned on what was read at one revision can insist on
/// it ([`Check::Revision`]): if another tab wrote in between, nothing is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Revision(pub u64);

impl Row {
    /// Whether two rows hold the same record the same way (a project's revision aside).
    pub fn same_body(&self, other: &Row) -> bool {
        (self.id == other.id)
            && (self.project_id == other.project_id)
            && (self.json == other.json)
            && (self.sealed == other.sealed)
    }
}

/// Whether a stored row is what was read: both absent, or the same body.
pub fn unchanged(stored: Option<&Row>, read: Option<&Row>) -> bool {
    match (stored, read) {
        (None, None) => true,
        (Some(a), Some(b)) => a.same_body(b),
        _ => false,
    }
}

impl Revision {
    /// The revision of a project's row (0 for a project not stored, or stored before).
    pub fn of(row: Option<&Row>) -> Revision {
        Revision(row.and_then(|r| r.rev).unwrap_or(0))
    }
}

/// What a write makes sure of, inside its transaction, before it changes anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    /// The stored row of `id` has the body of `row` (or there is none): nobody saved it since it
    /// was read. A project's revision is not part of its body. Otherwise [`StorageError::Stale`].
    Row {
        kind: Kind,
        id: Id,
        row: Option<Row>,
    },
    /// The project is stored, at `revision`. Otherwise [`StorageError::Stale`], or
    /// [`StorageError::ProjectGone`] if it is not stored.
    Revision { project: Id, revision: Revision },
    /// The kind's rows are exactly `rows` (in id order). Otherwise [`StorageError::Stale`].
    All { kind: Kind, rows: Vec<Row> },
}

/// What a write deletes, after its checks and before its puts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Delete {
    /// These records of one kind, of `project` when they are owned (its revision moves on).
    /// Deleting one that is not stored is not an error.
    Rows {
        kind: Kind,
        project: Option<Id>,
        ids: Vec<Id>,
    },
    /// A project and every record of it, of every kind.
    Project(Id),
    /// Every record of every kind.
    Everything,
}

/// One write: all of it happens in one transaction, or none of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Write {
    /// The lock the store must be under: the lock of the key the rows were sealed with, or
    /// `None` for plain rows. Otherwise [`StorageError::Locked`] (another tab set, changed or
    /// removed the passphrase).
    pub lock: Option<Lock>,
    /// The lock to store after the write (setting, changing or removing the passphrase).
    pub new_lock: Option<Option<Lock>>,
    pub checks: Vec<Check>,
    pub deletes: Vec<Delete>,
    pub puts: Vec<(Kind, Row)>,
}

/// The name of the projects' store, whose rows carry the revisions.
pub(crate) const PROJECTS: &str = <crate::domain::Project as crate::records::Record>::KIND.name;

impl Write {
    /// Whether the write deletes the project whose row key is `project` (or everything).
    pub fn deletes_project(&self, project: &str) -> bool {
        self.deletes.iter().any(|d| match d {
            Delete::Everything => true,
            Delete::Project(id) => key(*id) == project,
            Delete::Rows { .. } => false,
        })
    }

    /// The project row the write puts for the row key `project`, if it puts one.
    pub fn project_put(&self, project: &str) -> Option<&Row> {
        (self.puts.iter())
            .find(|(k, r)| k.name == PROJECTS && r.id == project)
            .map(|(_, r)| r)
    }
}

/// The operations the write path needs from storage. `kinds` given when a store is opened are
/// the ones it keeps; a kind not among them is [`StorageError::Failed`].
///
/// Futures are not `Send`: in the browser everything runs on one thread.
#[allow(async_fn_in_trait)]
pub trait Store {
    /// The rows of one kind: all of them, or those of one project (an owned kind).
    async fn rows(&self, kind: Kind, project: Option<Id>) -> Result<Vec<Row>, StorageError>;
    /// A project's row and its rows of `kind`, read in one transaction.
    async fn project_rows(
        &self,
        project: Id,
        kind: Kind,
    ) -> Result<(Option<Row>, Vec<Row>), StorageError>;
    /// One row.
    async fn row(&self, kind: Kind, id: Id) -> Result<Option<Row>, StorageError>;
    /// The passphrase lock, if the data is protected.
    async fn lock(&self) -> Result<Option<Lock>, StorageError>;
    /// Writes, in one transaction: see [`Write`] and the module's rules.
    async fn write(&self, write: &Write) -> Result<(), StorageError>;
}
