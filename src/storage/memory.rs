//! An in-memory [`Store`], for native tests and anything that must not touch the browser.
//!
//! It keeps rows in the same stored layout as IndexedDB, so records go through the same
//! serialisation in tests as in the browser.

use super::record::{self, Row};
use super::{StorageError, Store};
use crate::domain::{Id, Participant, Project};
use std::cell::RefCell;
use std::collections::BTreeMap;

#[derive(Default)]
pub struct MemoryStore {
    projects: RefCell<BTreeMap<String, Row>>,
    participants: RefCell<BTreeMap<String, Row>>,
    /// When set, the next write fails with this error (to test failure handling).
    fail_next_write: RefCell<Option<StorageError>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes the next write fail with `error`, once.
    pub fn fail_next_write(&self, error: StorageError) {
        *self.fail_next_write.borrow_mut() = Some(error);
    }

    fn check_write(&self) -> Result<(), StorageError> {
        match self.fail_next_write.borrow_mut().take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

impl Store for MemoryStore {
    async fn projects(&self) -> Result<Vec<Project>, StorageError> {
        self.projects
            .borrow()
            .values()
            .map(record::from_row)
            .collect()
    }

    async fn participants(&self, project: Id) -> Result<Vec<Participant>, StorageError> {
        let key = record::id_key(project);
        self.participants
            .borrow()
            .values()
            .filter(|r| r.project_id.as_deref() == Some(key.as_str()))
            .map(record::from_row)
            .collect()
    }

    async fn put_project(&self, project: &Project) -> Result<(), StorageError> {
        self.check_write()?;
        let row = record::project_row(project);
        self.projects.borrow_mut().insert(row.id.clone(), row);
        Ok(())
    }

    async fn put_participant(&self, participant: &Participant) -> Result<(), StorageError> {
        self.check_write()?;
        let row = record::participant_row(participant);
        self.participants.borrow_mut().insert(row.id.clone(), row);
        Ok(())
    }

    async fn delete_participant(&self, id: Id) -> Result<(), StorageError> {
        self.check_write()?;
        self.participants.borrow_mut().remove(&record::id_key(id));
        Ok(())
    }

    async fn delete_project(&self, id: Id) -> Result<(), StorageError> {
        self.check_write()?;
        let key = record::id_key(id);
        self.projects.borrow_mut().remove(&key);
        self.participants
            .borrow_mut()
            .retain(|_, r| r.project_id.as_deref() != Some(key.as_str()));
        Ok(())
    }

    async fn delete_everything(&self) -> Result<(), StorageError> {
        self.check_write()?;
        self.projects.borrow_mut().clear();
        self.participants.borrow_mut().clear();
        Ok(())
    }

    async fn all_participants(&self) -> Result<Vec<Participant>, StorageError> {
        self.participants
            .borrow()
            .values()
            .map(record::from_row)
            .collect()
    }

    async fn put_many(
        &self,
        projects: &[Project],
        participants: &[Participant],
    ) -> Result<(), StorageError> {
        self.check_write()?;
        for project in projects {
            let row = record::project_row(project);
            self.projects.borrow_mut().insert(row.id.clone(), row);
        }
        let mut rows = self.participants.borrow_mut();
        for p in participants {
            let row = record::participant_row(p);
            rows.insert(row.id.clone(), row);
        }
        Ok(())
    }
}
