//! An in-memory [`Store`], for native tests and anything that must not touch the browser.
//!
//! It keeps rows in the same stored layout as IndexedDB, so records go through the same
//! serialisation in tests as in the browser.

use super::record::{self, Row};
use super::{Batch, ProjectSnapshot, Revision, StorageError, Store};
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

    fn table(&self, name: &str) -> &Table {
        match name {
            PARTICIPANTS => &self.participants,
            FORMS => &self.forms,
            _ => &self.answers,
        }
    }

    fn revision(&self, project: Id) -> Revision {
        let projects = self.projects.borrow();
        let row = projects.get(&record::id_key(project));
        Revision(row.and_then(|r| r.rev).unwrap_or(0))
    }

    /// One write, all or nothing, as IndexedDB's transaction does it: every project of the
    /// owned rows is stored or in `projects`, the `expected` revisions hold, and each touched
    /// project's revision moves on.
    fn write(
        &self,
        projects: &[Row],
        owned: &[(&str, Row)],
        expected: &[(Id, Revision)],
    ) -> Result<(), StorageError> {
        self.check_write()?;
        for (project, rev) in expected {
            if self.revision(*project) != *rev {
                return Err(StorageError::Stale);
            }
        }
        let mut touched: BTreeMap<String, Row> = BTreeMap::new();
        for row in projects {
            touched.insert(row.id.clone(), row.clone());
        }
        for (_, row) in owned {
            let Some(project) = &row.project_id else {
                continue;
            };
            if !touched.contains_key(project) {
                let stored = self.projects.borrow().get(project).cloned();
                touched.insert(project.clone(), stored.ok_or(StorageError::ProjectGone)?);
            }
        }
        for (id, mut row) in touched {
            let before = self.projects.borrow().get(&id).and_then(|r| r.rev);
            row.rev = Some(before.unwrap_or(0) + 1);
            insert(&self.projects, row);
        }
        for (table, row) in owned {
            insert(self.table(table), row.clone());
        }
        Ok(())
    }
}

const PARTICIPANTS: &str = "participants";
const FORMS: &str = "forms";
const ANSWERS: &str = "answers";

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

/// Whether the stored record with `row`'s id was edited at `base` (or is not stored).
fn unchanged_since<T: DeserializeOwned>(
    table: &Table,
    row: &Row,
    base: Timestamp,
    edited: impl Fn(&T) -> Timestamp,
) -> Result<(), StorageError> {
    match table.borrow().get(&row.id) {
        Some(stored) if edited(&record::from_row(stored)?) != base => Err(StorageError::Stale),
        _ => Ok(()),
    }
}

impl Store for MemoryStore {
    async fn projects(&self) -> Result<Vec<Project>, StorageError> {
        all(&self.projects)
    }

    async fn project_at(&self, project: Id) -> Result<ProjectSnapshot, StorageError> {
        let row = self
            .projects
            .borrow()
            .get(&record::id_key(project))
            .cloned();
        Ok(ProjectSnapshot {
            project: row.as_ref().map(record::from_row).transpose()?,
            participants: of_project(&self.participants, project)?,
            revision: self.revision(project),
        })
    }

    async fn put_project(&self, project: &Project) -> Result<(), StorageError> {
        self.write(&[record::project_row(project)], &[], &[])
    }

    async fn put_participant(&self, participant: &Participant) -> Result<(), StorageError> {
        self.write(
            &[],
            &[(PARTICIPANTS, record::participant_row(participant))],
            &[],
        )
    }

    async fn put_participant_from(
        &self,
        participant: &Participant,
        base: Timestamp,
    ) -> Result<(), StorageError> {
        let row = record::participant_row(participant);
        unchanged_since(&self.participants, &row, base, |p: &Participant| {
            p.updated_at
        })?;
        self.write(&[], &[(PARTICIPANTS, row)], &[])
    }

    async fn put_project_from(
        &self,
        project: &Project,
        base: Timestamp,
    ) -> Result<(), StorageError> {
        let row = record::project_row(project);
        unchanged_since(&self.projects, &row, base, |p: &Project| p.updated_at)?;
        self.write(&[row], &[], &[])
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

    async fn put_batch_at(
        &self,
        batch: Batch<'_>,
        expected: &[(Id, Revision)],
    ) -> Result<(), StorageError> {
        let projects: Vec<Row> = batch.projects.iter().map(record::project_row).collect();
        let owned: Vec<(&str, Row)> = (batch.participants.iter())
            .map(|p| (PARTICIPANTS, record::participant_row(p)))
            .chain(batch.forms.iter().map(|f| (FORMS, record::form_row(f))))
            .chain(
                batch
                    .answers
                    .iter()
                    .map(|a| (ANSWERS, record::answer_row(a))),
            )
            .collect();
        self.write(&projects, &owned, expected)
    }

    async fn forms(&self, project: Id) -> Result<Vec<Form>, StorageError> {
        of_project(&self.forms, project)
    }

    async fn answers(&self, project: Id) -> Result<Vec<Answer>, StorageError> {
        of_project(&self.answers, project)
    }

    async fn put_form(&self, form: &Form) -> Result<(), StorageError> {
        self.write(&[], &[(FORMS, record::form_row(form))], &[])
    }

    async fn put_form_from(&self, form: &Form, base: Timestamp) -> Result<(), StorageError> {
        let row = record::form_row(form);
        unchanged_since(&self.forms, &row, base, |f: &Form| f.updated_at)?;
        self.write(&[], &[(FORMS, row)], &[])
    }

    async fn put_answer(&self, answer: &Answer) -> Result<(), StorageError> {
        self.write(&[], &[(ANSWERS, record::answer_row(answer))], &[])
    }

    async fn all_forms(&self) -> Result<Vec<Form>, StorageError> {
        all(&self.forms)
    }

    async fn all_answers(&self) -> Result<Vec<Answer>, StorageError> {
        all(&self.answers)
    }
}
