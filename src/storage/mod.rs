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
}

/// The operations the app needs from storage.
///
/// Futures are not `Send`: in the browser everything runs on one thread.
#[allow(async_fn_in_trait)]
pub trait Store {
    /// Every project, archived ones included.
    async fn projects(&self) -> Result<Vec<Project>, StorageError>;
    /// Every participant of one project.
    async fn participants(&self, project: Id) -> Result<Vec<Participant>, StorageError>;
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
    /// Saves many records at once (an import, a restore): all of them, or on any failure none.
    async fn put_batch(&self, batch: Batch<'_>) -> Result<(), StorageError>;
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
