//! The browser's [`Store`]: IndexedDB through the `idb` crate.
//!
//! The schema is versioned. Each version's step is in [`migrate`], and opening a database of
//! any older version runs every step after it, in order, inside IndexedDB's upgrade transaction:
//! either all of them apply or none does.
//!
//! | version | change |
//! |---|---|
//! | 1 | object stores `projects` and `participants`, keyed by `id` |
//! | 2 | index `by_project` on `participants.project_id` |
//! | 3 | object stores `forms` and `answers` (self-evaluations), each with `by_project` |

use super::record::{self, Row};
use super::{Batch, StorageError, Store};
use crate::domain::{Id, Participant, Project, Timestamp};
use crate::survey::{Answer, Form};
use idb::{
    Database, DatabaseEvent, Event, Factory, IndexParams, KeyPath, ObjectStoreParams, Query,
    Request, TransactionMode,
};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

/// The name of the real database.
pub const DB_NAME: &str = "stegvis";
/// The workshop demo's database: never the real one.
pub const DEMO_DB_NAME: &str = "stegvis-demo";
/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 3;

const PROJECTS: &str = "projects";
const PARTICIPANTS: &str = "participants";
const FORMS: &str = "forms";
const ANSWERS: &str = "answers";
const BY_PROJECT: &str = "by_project";
/// The stores whose records belong to a project, each indexed `by_project`.
const PROJECT_STORES: [&str; 3] = [PARTICIPANTS, FORMS, ANSWERS];
const ALL_STORES: [&str; 4] = [PROJECTS, PARTICIPANTS, FORMS, ANSWERS];

pub struct IdbStore {
    db: Database,
}

impl IdbStore {
    /// Opens (creating or upgrading as needed) the database `name` at [`SCHEMA_VERSION`].
    pub async fn open(name: &str) -> Result<Self, StorageError> {
        Self::open_at(name, SCHEMA_VERSION).await
    }

    /// Opens at a given schema version; tests use this to build old databases.
    pub async fn open_at(name: &str, version: u32) -> Result<Self, StorageError> {
        let factory = Factory::new().map_err(unavailable)?;
        let mut request = factory.open(name, Some(version)).map_err(unavailable)?;
        request.on_upgrade_needed(move |event| {
            let old = event.old_version().unwrap_or(0);
            if let Err(e) = migrate(&event, old, version) {
                web_sys::console::error_1(&format!("Stegvis: schema upgrade failed: {e:?}").into());
            }
        });
        let db = request.await.map_err(unavailable)?;
        Ok(IdbStore { db })
    }

    /// The schema version of the open database.
    pub fn version(&self) -> u32 {
        self.db.version().unwrap_or(0)
    }

    /// Whether the participants store has the `by_project` index (schema 2 and later).
    pub fn has_project_index(&self) -> bool {
        let Ok(tx) = self
            .db
            .transaction(&[PARTICIPANTS], TransactionMode::ReadOnly)
        else {
            return false;
        };
        tx.object_store(PARTICIPANTS)
            .is_ok_and(|s| s.index_names().iter().any(|n| n == BY_PROJECT))
    }

    /// Closes the connection, so the database can be deleted or upgraded elsewhere.
    pub fn close(&self) {
        self.db.close();
    }

    /// Deletes a whole database (tests and, later, "delete everything").
    pub async fn delete_database(name: &str) -> Result<(), StorageError> {
        let factory = Factory::new().map_err(unavailable)?;
        factory.delete(name).map_err(failed)?.await.map_err(failed)
    }

    async fn put_row(&self, store: &str, row: &Row) -> Result<(), StorageError> {
        let value = to_js(row)?;
        let tx = self
            .db
            .transaction(&[store], TransactionMode::ReadWrite)
            .map_err(failed)?;
        tx.object_store(store)
            .map_err(failed)?
            .put(&value, None)
            .map_err(failed)?
            .await
            .map_err(failed)?;
        commit(tx).await
    }

    /// Writes `row` unless the stored record with its id was edited at another time than
    /// `base`: read and write in one transaction, so no other tab can save in between.
    async fn put_row_from<T: serde::de::DeserializeOwned>(
        &self,
        store: &str,
        row: &Row,
        base: Timestamp,
        edited: impl Fn(&T) -> Timestamp,
    ) -> Result<(), StorageError> {
        let value = to_js(row)?;
        let tx = self
            .db
            .transaction(&[store], TransactionMode::ReadWrite)
            .map_err(failed)?;
        let object_store = tx.object_store(store).map_err(failed)?;
        let stored = object_store
            .get(Query::Key(JsValue::from_str(&row.id)))
            .map_err(failed)?
            .await
            .map_err(failed)?;
        if let Some(stored) = stored {
            let stored: Row = serde_wasm_bindgen::from_value(stored)
                .map_err(|e| StorageError::Corrupt(e.to_string()))?;
            if edited(&record::from_row(&stored)?) != base {
                let _ = tx.abort();
                return Err(StorageError::Stale);
            }
        }
        object_store
            .put(&value, None)
            .map_err(failed)?
            .await
            .map_err(failed)?;
        commit(tx).await
    }

    async fn rows(
        &self,
        store: &str,
        query: Option<(&str, String)>,
    ) -> Result<Vec<Row>, StorageError> {
        let tx = self
            .db
            .transaction(&[store], TransactionMode::ReadOnly)
            .map_err(failed)?;
        let object_store = tx.object_store(store).map_err(failed)?;
        let values = match query {
            None => object_store
                .get_all(None, None)
                .map_err(failed)?
                .await
                .map_err(failed)?,
            Some((index, key)) => {
                let index = object_store.index(index).map_err(failed)?;
                let key = Query::Key(JsValue::from_str(&key));
                index
                    .get_all(Some(key), None)
                    .map_err(failed)?
                    .await
                    .map_err(failed)?
            }
        };
        values
            .into_iter()
            .map(|v| {
                serde_wasm_bindgen::from_value(v).map_err(|e| StorageError::Corrupt(e.to_string()))
            })
            .collect()
    }
}

impl Store for IdbStore {
    async fn projects(&self) -> Result<Vec<Project>, StorageError> {
        self.records(PROJECTS, None).await
    }

    async fn participants(&self, project: Id) -> Result<Vec<Participant>, StorageError> {
        self.records(PARTICIPANTS, Some(project)).await
    }

    async fn put_project(&self, project: &Project) -> Result<(), StorageError> {
        self.put_row(PROJECTS, &record::project_row(project)).await
    }

    async fn put_participant(&self, participant: &Participant) -> Result<(), StorageError> {
        self.put_row(PARTICIPANTS, &record::participant_row(participant))
            .await
    }

    async fn put_participant_from(
        &self,
        participant: &Participant,
        base: Timestamp,
    ) -> Result<(), StorageError> {
        let row = record::participant_row(participant);
        self.put_row_from(PARTICIPANTS, &row, base, |p: &Participant| p.updated_at)
            .await
    }

    async fn put_project_from(
        &self,
        project: &Project,
        base: Timestamp,
    ) -> Result<(), StorageError> {
        let row = record::project_row(project);
        self.put_row_from(PROJECTS, &row, base, |p: &Project| p.updated_at)
            .await
    }

    async fn delete_participants(&self, ids: &[Id]) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(&[PARTICIPANTS], TransactionMode::ReadWrite)
            .map_err(failed)?;
        let store = tx.object_store(PARTICIPANTS).map_err(failed)?;
        for id in ids {
            let key = JsValue::from_str(&record::id_key(*id));
            store.delete(Query::Key(key)).map_err(failed)?;
        }
        commit(tx).await
    }

    async fn delete_project(&self, id: Id) -> Result<(), StorageError> {
        let key = JsValue::from_str(&record::id_key(id));
        let tx = self
            .db
            .transaction(&ALL_STORES, TransactionMode::ReadWrite)
            .map_err(failed)?;
        for name in PROJECT_STORES {
            let store = tx.object_store(name).map_err(failed)?;
            let ids = store
                .index(BY_PROJECT)
                .map_err(failed)?
                .get_all_keys(Some(Query::Key(key.clone())), None)
                .map_err(failed)?
                .await
                .map_err(failed)?;
            for id in ids {
                store.delete(Query::Key(id)).map_err(failed)?;
            }
        }
        tx.object_store(PROJECTS)
            .map_err(failed)?
            .delete(Query::Key(key))
            .map_err(failed)?;
        commit(tx).await
    }

    async fn delete_everything(&self) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(&ALL_STORES, TransactionMode::ReadWrite)
            .map_err(failed)?;
        for name in ALL_STORES {
            tx.object_store(name)
                .map_err(failed)?
                .clear()
                .map_err(failed)?;
        }
        commit(tx).await
    }

    async fn all_participants(&self) -> Result<Vec<Participant>, StorageError> {
        self.records(PARTICIPANTS, None).await
    }

    async fn put_batch(&self, batch: Batch<'_>) -> Result<(), StorageError> {
        let rows = [
            (
                PROJECTS,
                batch.projects.iter().map(record::project_row).collect(),
            ),
            (
                PARTICIPANTS,
                batch
                    .participants
                    .iter()
                    .map(record::participant_row)
                    .collect(),
            ),
            (FORMS, batch.forms.iter().map(record::form_row).collect()),
            (
                ANSWERS,
                batch.answers.iter().map(record::answer_row).collect(),
            ),
        ];
        self.put_rows(&rows).await
    }

    async fn forms(&self, project: Id) -> Result<Vec<Form>, StorageError> {
        self.records(FORMS, Some(project)).await
    }

    async fn answers(&self, project: Id) -> Result<Vec<Answer>, StorageError> {
        self.records(ANSWERS, Some(project)).await
    }

    async fn put_form(&self, form: &Form) -> Result<(), StorageError> {
        self.put_row(FORMS, &record::form_row(form)).await
    }

    async fn put_answer(&self, answer: &Answer) -> Result<(), StorageError> {
        self.put_row(ANSWERS, &record::answer_row(answer)).await
    }

    async fn all_forms(&self) -> Result<Vec<Form>, StorageError> {
        self.records(FORMS, None).await
    }

    async fn all_answers(&self) -> Result<Vec<Answer>, StorageError> {
        self.records(ANSWERS, None).await
    }
}

impl IdbStore {
    /// Every record in `store`, or only those of `project` (through its `by_project` index).
    async fn records<T: serde::de::DeserializeOwned>(
        &self,
        store: &str,
        project: Option<Id>,
    ) -> Result<Vec<T>, StorageError> {
        let query = project.map(|p| (BY_PROJECT, record::id_key(p)));
        self.rows(store, query)
            .await?
            .iter()
            .map(record::from_row)
            .collect()
    }

    /// One read-write transaction over every store: either every row is written or, if any
    /// put fails or the tab closes first, IndexedDB rolls the whole transaction back.
    async fn put_rows(&self, rows: &[(&str, Vec<Row>)]) -> Result<(), StorageError> {
        let tx = self
            .db
            .transaction(&ALL_STORES, TransactionMode::ReadWrite)
            .map_err(failed)?;
        let result = async {
            for (name, rows) in rows {
                let store = tx.object_store(name).map_err(failed)?;
                for row in rows {
                    store.put(&to_js(row)?, None).map_err(failed)?;
                }
            }
            Ok::<(), StorageError>(())
        }
        .await;
        match result {
            Ok(()) => commit(tx).await,
            Err(e) => {
                let _ = tx.abort();
                Err(e)
            }
        }
    }
}

/// Runs the schema steps from `old` up to `new` in the upgrade transaction.
fn migrate(event: &idb::event::VersionChangeEvent, old: u32, new: u32) -> Result<(), idb::Error> {
    let db = event.database()?;
    if old < 1 && new >= 1 {
        let mut params = ObjectStoreParams::new();
        params.key_path(Some(KeyPath::new_single("id")));
        db.create_object_store(PROJECTS, params.clone())?;
        db.create_object_store(PARTICIPANTS, params)?;
    }
    if old < 2 && new >= 2 {
        let tx = event
            .target()?
            .transaction()
            .ok_or(idb::Error::TransactionNotFound)?;
        let participants = tx.object_store(PARTICIPANTS)?;
        participants.create_index(
            BY_PROJECT,
            KeyPath::new_single("project_id"),
            Some(IndexParams::new()),
        )?;
    }
    if old < 3 && new >= 3 {
        for name in [FORMS, ANSWERS] {
            let mut params = ObjectStoreParams::new();
            params.key_path(Some(KeyPath::new_single("id")));
            let store = db.create_object_store(name, params)?;
            store.create_index(
                BY_PROJECT,
                KeyPath::new_single("project_id"),
                Some(IndexParams::new()),
            )?;
        }
    }
    Ok(())
}

async fn commit(tx: idb::Transaction) -> Result<(), StorageError> {
    let result = tx.await.map_err(failed)?;
    if result.is_committed() {
        Ok(())
    } else {
        Err(StorageError::Failed("the transaction was aborted".into()))
    }
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, StorageError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| StorageError::Failed(e.to_string()))
}

/// The DOMException behind an `idb` error, if there is one.
fn dom_exception_name(err: &idb::Error) -> Option<String> {
    use idb::Error as E;
    let value: &JsValue = match err {
        E::DomException(e) => return Some(e.name()),
        E::AddFailed(v)
        | E::UpdateFailed(v)
        | E::DeleteFailed(v)
        | E::ClearFailed(v)
        | E::TransactionCommitError(v)
        | E::TransactionAbortError(v)
        | E::TransactionOpenFailed(v)
        | E::IndexedDbOpenFailed(v)
        | E::IndexedDbNotFound(v)
        | E::GetAllFailed(v) => v,
        _ => return None,
    };
    value.dyn_ref::<web_sys::DomException>().map(|e| e.name())
}

fn failed(err: idb::Error) -> StorageError {
    match dom_exception_name(&err).as_deref() {
        Some("QuotaExceededError") => StorageError::QuotaExceeded,
        Some("InvalidStateError" | "UnknownError") => StorageError::Unavailable(format!("{err:?}")),
        _ => StorageError::Failed(format!("{err:?}")),
    }
}

fn unavailable(err: idb::Error) -> StorageError {
    match failed(err) {
        StorageError::Failed(text) => StorageError::Unavailable(text),
        other => other,
    }
}
