//! An in-memory [`Store`], for native tests and anything that must not touch the browser.
//!
//! It keeps rows in the same stored layout as IndexedDB, so records go through the same
//! serialisation in tests as in the browser.

use super::record::{self, Row};
use super::{Batch, StorageError, Store};
use crate::domain::{Id, Participant, Project, Timestamp};
use crate::survey::{Answer, Form};
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::BTreeMap;

type Table = RefCell<BTreeMap<String, Row>>;

#[derive(Default)]
pub struct MemoryStore {
    projects: Table,
    participants: Table,
    forms: Table,
    answers: Table,
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

    /// The tables that hold records of a project (all but `projects`).
    fn project_tables(&self) -> [&Table; 3] {
        [&self.participants, &self.forms, &self.answers]
    }
}

fn all<T: DeserializeOwned>(table: &Table) -> Result<Vec<T>, StorageError> {
    table.borrow().values().map(record::from_row).collect()
}

fn of_project<T: DeserializeOwned>(table: &Table, project: Id) -> Result<Vec<T>, StorageError> {
    let key = record::id_key(project);
    table
        .borrow()
        .values()
        .filter(|r| r.project_id.as_deref() == Some(key.as_str()))
        .map(record::from_row)
        .collect()
}

fn insert(table: &Table, row: Row) {
    table.borrow_mut().insert(row.id.clone(), row);
}

/// Inserts `row` unless the stored record with its id was edited at another time than `base`.
fn insert_from<T: DeserializeOwned>(
    table: &Table,
    row: Row,
    base: Timestamp,
    edited: impl Fn(&T) -> Timestamp,
) -> Result<(), StorageError> {
    if let Some(stored) = table.borrow().get(&row.id) {
        if edited(&record::from_row(stored)?) != base {
            return Err(StorageError::Stale);
        }
    }
    insert(table, row);
    Ok(())
}

impl Store for MemoryStore {
    async fn projects(&self) -> Result<Vec<Project>, StorageError> {
        all(&self.projects)
    }

    async fn participants(&self, project: Id) -> Result<Vec<Participant>, StorageError> {
        of_project(&self.participants, project)
    }

    async fn put_project(&self, project: &Project) -> Result<(), StorageError> {
        self.check_write()?;
        insert(&self.projects, record::project_row(project));
        Ok(())
    }

    async fn put_participant(&self, participant: &Participant) -> Result<(), StorageError> {
        self.check_write()?;
        insert(&self.participants, record::participant_row(participant));
        Ok(())
    }

    async fn put_participant_from(
        &self,
        participant: &Participant,
        base: Timestamp,
    ) -> Result<(), StorageError> {
        self.check_write()?;
        let row = record::participant_row(participant);
        insert_from(&self.participants, row, base, |p: &Participant| {
            p.updated_at
        })
    }

    async fn put_project_from(
        &self,
        project: &Project,
        base: Timestamp,
    ) -> Result<(), StorageError> {
        self.check_write()?;
        insert_from(
            &self.projects,
            record::project_row(project),
            base,
            |p: &Project| p.updated_at,
        )
    }

    async fn delete_participants(&self, ids: &[Id]) -> Result<(), StorageError> {
        self.check_write()?;
        let mut table = self.participants.borrow_mut();
        for id in ids {
            table.remove(&record::id_key(*id));
        }
        Ok(())
    }

    async fn delete_project(&self, id: Id) -> Result<(), StorageError> {
        self.check_write()?;
        let key = record::id_key(id);
        self.projects.borrow_mut().remove(&key);
        for table in self.project_tables() {
            table
                .borrow_mut()
                .retain(|_, r| r.project_id.as_deref() != Some(key.as_str()));
        }
        Ok(())
    }

    async fn delete_everything(&self) -> Result<(), StorageError> {
        self.check_write()?;
        self.projects.borrow_mut().clear();
        for table in self.project_tables() {
            table.borrow_mut().clear();
        }
        Ok(())
    }

    async fn all_participants(&self) -> Result<Vec<Participant>, StorageError> {
        all(&self.participants)
    }

    async fn put_batch(&self, batch: Batch<'_>) -> Result<(), StorageError> {
        self.check_write()?;
        for p in batch.projects {
            insert(&self.projects, record::project_row(p));
        }
        for p in batch.participants {
            insert(&self.participants, record::participant_row(p));
        }
        for f in batch.forms {
            insert(&self.forms, record::form_row(f));
        }
        for a in batch.answers {
            insert(&self.answers, record::answer_row(a));
        }
        Ok(())
    }

    async fn forms(&self, project: Id) -> Result<Vec<Form>, StorageError> {
        of_project(&self.forms, project)
    }

    async fn answers(&self, project: Id) -> Result<Vec<Answer>, StorageError> {
        of_project(&self.answers, project)
    }

    async fn put_form(&self, form: &Form) -> Result<(), StorageError> {
        self.check_write()?;
        insert(&self.forms, record::form_row(form));
        Ok(())
    }

    async fn put_form_from(&self, form: &Form, base: Timestamp) -> Result<(), StorageError> {
        self.check_write()?;
        insert_from(&self.forms, record::form_row(form), base, |f: &Form| {
            f.updated_at
        })
    }

    async fn put_answer(&self, answer: &Answer) -> Result<(), StorageError> {
        self.check_write()?;
        insert(&self.answers, record::answer_row(answer));
        Ok(())
    }

    async fn all_forms(&self) -> Result<Vec<Form>, StorageError> {
        all(&self.forms)
    }

    async fn all_answers(&self) -> Result<Vec<Answer>, StorageError> {
        all(&self.answers)
    }
}
