//! Where projects, participants, self-evaluation forms and answers are kept, behind one small
//! trait.
//!
//! [`Store`] has two implementations: [`memory::MemoryStore`] for native tests, and
//! `idb::IdbStore` (browser only) on IndexedDB. The UI talks to the trait's operations only.

#[cfg(target_arch = "wasm32")]
pub mod crypto;
#[cfg(target_arch = "wasm32")]
pub mod idb;
pub mod memory;
pub mod record;

use crate::domain::{Id, Participant, Project, Timestamp};
use crate::survey::{Answer, Form};

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
    /// written. See [`Store::put_participant_from`].
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

/// A project as one transaction read it. A project that is not stored has no record and
/// revision 0.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProjectSnapshot {
    pub project: Option<Project>,
    pub participants: Vec<Participant>,
    pub revision: Revision,
}

/// How far a project has come: every write to the project or to any of its records moves it on,
/// in the same transaction. A write planned on what was read at one revision can insist on it
/// ([`Store::put_batch_at`]): if another tab wrote in between, nothing is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Revision(pub u64);

/// The operations the app needs from storage.
///
/// Every write of a participant, form or answer checks in its own transaction that the record's
/// project is stored (or written in the same batch), and refuses with
/// [`StorageError::ProjectGone`] otherwise: a record never outlives its project.
///
/// Futures are not `Send`: in the browser everything runs on one thread.
#[allow(async_fn_in_trait)]
pub trait Store {
    /// Every project, archived ones included.
    async fn projects(&self) -> Result<Vec<Project>, StorageError>;
    /// Every participant of one project.
    async fn participants(&self, project: Id) -> Result<Vec<Participant>, StorageError> {
        Ok(self.project_at(project).await?.participants)
    }
    /// One project, its participants and its revision, read in one transaction.
    async fn project_at(&self, project: Id) -> Result<ProjectSnapshot, StorageError>;
    /// Saves a project, replacing any with the same id.
    async fn put_project(&self, project: &Project) -> Result<(), StorageError>;
    /// Saves a participant, replacing any with the same id.
    async fn put_participant(&self, participant: &Participant) -> Result<(), StorageError>;
    /// Saves a participant edited from the version stored with `updated_at == base`. If the
    /// stored one has changed since (another tab saved it), nothing is written and the answer is
    /// [`StorageError::Stale`]. Reading and writing are one transaction.
    async fn put_participant_from(
        &self,
        participant: &Participant,
        base: Timestamp,
    ) -> Result<(), StorageError>;
    /// [`Store::put_participant_from`] for a project.
    async fn put_project_from(
        &self,
        project: &Project,
        base: Timestamp,
    ) -> Result<(), StorageError>;
    /// Deletes a participant. Deleting one that does not exist is not an error.
    async fn delete_participant(&self, id: Id) -> Result<(), StorageError> {
        self.delete_participants(&[id]).await
    }
    /// Deletes several participants, all of them or, on any failure, none.
    async fn delete_participants(&self, ids: &[Id]) -> Result<(), StorageError>;
    /// Deletes a project and all its participants, together or not at all.
    async fn delete_project(&self, id: Id) -> Result<(), StorageError>;
    /// Deletes every project and participant.
    async fn delete_everything(&self) -> Result<(), StorageError>;
    /// Every participant of every project (for backups).
    async fn all_participants(&self) -> Result<Vec<Participant>, StorageError>;
    /// Saves many records at once (a restore): all of them, or on any failure none.
    async fn put_batch(&self, batch: Batch<'_>) -> Result<(), StorageError> {
        self.put_batch_at(batch, &[]).await
    }
    /// [`Store::put_batch`] of records planned on what was read at these projects' revisions (an
    /// import): if any of them moved on since, nothing is written ([`StorageError::Stale`]).
    async fn put_batch_at(
        &self,
        batch: Batch<'_>,
        expected: &[(Id, Revision)],
    ) -> Result<(), StorageError>;
    /// [`Store::put_batch`] of projects and participants only.
    async fn put_many(
        &self,
        projects: &[Project],
        participants: &[Participant],
    ) -> Result<(), StorageError> {
        self.put_batch(Batch {
            projects,
            participants,
            ..Batch::default()
        })
        .await
    }

    /// [`Store::put_many`] at the projects' revisions, as for [`Store::put_batch_at`].
    async fn put_many_at(
        &self,
        projects: &[Project],
        participants: &[Participant],
        expected: &[(Id, Revision)],
    ) -> Result<(), StorageError> {
        let batch = Batch {
            projects,
            participants,
            ..Batch::default()
        };
        self.put_batch_at(batch, expected).await
    }

    /// Every self-evaluation form of one project, retired ones included.
    async fn forms(&self, project: Id) -> Result<Vec<Form>, StorageError>;
    /// Every self-evaluation answer of one project.
    async fn answers(&self, project: Id) -> Result<Vec<Answer>, StorageError>;
    /// Saves a form, replacing any with the same id.
    async fn put_form(&self, form: &Form) -> Result<(), StorageError>;
    /// [`Store::put_participant_from`] for a self-evaluation form.
    async fn put_form_from(&self, form: &Form, base: Timestamp) -> Result<(), StorageError>;
    /// Saves an answer, replacing any with the same id.
    async fn put_answer(&self, answer: &Answer) -> Result<(), StorageError>;
    /// Every form of every project (for backups).
    async fn all_forms(&self) -> Result<Vec<Form>, StorageError>;
    /// Every answer of every project (for backups).
    async fn all_answers(&self) -> Result<Vec<Answer>, StorageError>;
}

/// Records written together by [`Store::put_batch`].
#[derive(Clone, Copy, Debug, Default)]
pub struct Batch<'a> {
    pub projects: &'a [Project],
    pub participants: &'a [Participant],
    pub forms: &'a [Form],
    pub answers: &'a [Answer],
}
