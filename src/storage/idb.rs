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
//! | 4 | object store `meta`: the passphrase lock, when the coach has set one |
//!
//! With a passphrase set, every row's body is sealed ([`super::crypto`]) before its write
//! transaction starts and opened after its read transaction ends (WebCrypto cannot run inside
//! an IndexedDB transaction without it committing). Every write transaction reads the lock
//! too, and writes nothing if the lock is not the one this tab's key belongs to: a tab that was
//! opened before another tab set or changed the passphrase cannot write plain or stale rows.

use super::crypto::{self, CryptoError, Key, Lock};
use super::record::{self, Row};
use super::{Batch, ProjectSnapshot, Revision, StorageError, Store};
use crate::domain::{Id, Participant, Project, Timestamp};
use crate::survey::{Answer, Form};
use base64::engine::general_purpose::STANDARD_NO_PAD as BASE64;
use base64::Engine;
use idb::{
    Database, DatabaseEvent, Event, Factory, IndexParams, KeyPath, ObjectStoreParams, Query,
    Request, TransactionMode,
};
use serde::Serialize;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

/// The name of the real database.
pub const DB_NAME: &str = "stegvis";
/// The workshop demo's database: never the real one.
pub const DEMO_DB_NAME: &str = "stegvis-demo";
/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 4;

const PROJECTS: &str = "projects";
const PARTICIPANTS: &str = "participants";
const FORMS: &str = "forms";
const ANSWERS: &str = "answers";
const META: &str = "meta";
/// The key of the lock in `meta`.
const LOCK: &str = "lock";
const BY_PROJECT: &str = "by_project";
/// The stores whose records belong to a project, each indexed `by_project`.
const PROJECT_STORES: [&str; 3] = [PARTICIPANTS, FORMS, ANSWERS];
const ALL_STORES: [&str; 4] = [PROJECTS, PARTICIPANTS, FORMS, ANSWERS];

pub struct IdbStore {
    db: Database,
    /// The key that seals and opens rows, with the lock it belongs to; `None` while the data
    /// is not protected, or protected and locked.
    key: RefCell<Option<(Lock, Key)>>,
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
        Ok(IdbStore {
            db,
            key: RefCell::new(None),
        })
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
        self.put_rows(&[(store, vec![row.clone()])], &[]).await
    }

    /// Writes `row` unless the stored record with its id was edited at another time than
    /// `base`. The stored row is read and checked first; then, in the write transaction, it is
    /// read again and must be exactly what was checked, so no other tab can save in between.
    async fn put_row_from<T: serde::de::DeserializeOwned>(
        &self,
        store: &str,
        row: &Row,
        base: Timestamp,
        edited: impl Fn(&T) -> Timestamp,
    ) -> Result<(), StorageError> {
        let key = JsValue::from_str(&row.id);
        let checked = self.row(store, &key).await?;
        if let Some(stored) = &checked {
            let opened = self.open_rows(vec![stored.clone()]).await?;
            if edited(&record::from_row(&opened[0])?) != base {
                return Err(StorageError::Stale);
            }
        }
        let ours = self.key();
        let sealed = seal_with(ours.as_ref().map(|(_, k)| k), vec![row.clone()]).await?;
        let tx = self
            .write_transaction(&[store, PROJECTS], lock_of(&ours))
            .await?;
        let result = async {
            let object_store = tx.object_store(store).map_err(failed)?;
            let stored = object_store
                .get(Query::Key(key))
                .map_err(failed)?
                .await
                .map_err(failed)?
                .map(from_js)
                .transpose()?;
            if stored != checked {
                return Err(StorageError::Stale);
            }
            write_rows(&tx, &[(store, sealed)], &[]).await
        }
        .await;
        finish(tx, result).await
    }

    /// One stored row, read as it is (sealed or not).
    async fn row(&self, store: &str, key: &JsValue) -> Result<Option<Row>, StorageError> {
        let tx = self
            .db
            .transaction(&[store], TransactionMode::ReadOnly)
            .map_err(failed)?;
        tx.object_store(store)
            .map_err(failed)?
            .get(Query::Key(key.clone()))
            .map_err(failed)?
            .await
            .map_err(failed)?
            .map(from_js)
            .transpose()
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
        values.into_iter().map(from_js).collect()
    }
}

impl Store for IdbStore {
    async fn projects(&self) -> Result<Vec<Project>, StorageError> {
        self.records(PROJECTS, None).await
    }

    async fn project_at(&self, project: Id) -> Result<ProjectSnapshot, StorageError> {
        let tx = self
            .db
            .transaction(&[PARTICIPANTS, PROJECTS], TransactionMode::ReadOnly)
            .map_err(failed)?;
        let key = JsValue::from_str(&record::id_key(project));
        let project_row = (tx.object_store(PROJECTS).map_err(failed)?)
            .get(Query::Key(key.clone()))
            .map_err(failed)?
            .await
            .map_err(failed)?
            .map(from_js)
            .transpose()?;
        let rows = (tx.object_store(PARTICIPANTS).map_err(failed)?)
            .index(BY_PROJECT)
            .map_err(failed)?
            .get_all(Some(Query::Key(key)), None)
            .map_err(failed)?
            .await
            .map_err(failed)?
            .into_iter()
            .map(from_js)
            .collect::<Result<Vec<Row>, _>>()?;
        let revision = Revision(project_row.as_ref().and_then(|r| r.rev).unwrap_or(0));
        let project = match project_row {
            Some(row) => Some(record::from_row(&self.open_rows(vec![row]).await?[0])?),
            None => None,
        };
        let people = self.open_rows(rows).await?;
        let participants = people
            .iter()
            .map(record::from_row)
            .collect::<Result<_, _>>()?;
        Ok(ProjectSnapshot {
            project,
            participants,
            revision,
        })
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
            .write_transaction(&[PARTICIPANTS], lock_of(&self.key()))
            .await?;
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
            .write_transaction(&ALL_STORES, lock_of(&self.key()))
            .await?;
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
            .write_transaction(&ALL_STORES, lock_of(&self.key()))
            .await?;
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

    async fn put_batch_at(
        &self,
        batch: Batch<'_>,
        expected: &[(Id, Revision)],
    ) -> Result<(), StorageError> {
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
        self.put_rows(&rows, expected).await
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

    async fn put_form_from(&self, form: &Form, base: Timestamp) -> Result<(), StorageError> {
        let row = record::form_row(form);
        self.put_row_from(FORMS, &row, base, |f: &Form| f.updated_at)
            .await
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
        let rows = self.rows(store, query).await?;
        self.open_rows(rows)
            .await?
            .iter()
            .map(record::from_row)
            .collect()
    }

    /// One read-write transaction over every store: either every row is written or, if any
    /// put fails or the tab closes first, IndexedDB rolls the whole transaction back. Rows are
    /// sealed first when the data is protected.
    async fn put_rows(
        &self,
        rows: &[(&str, Vec<Row>)],
        expected: &[(Id, Revision)],
    ) -> Result<(), StorageError> {
        // The key as it is now seals the rows, and the write checks that very key's lock.
        let key = self.key();
        let mut sealed = Vec::with_capacity(rows.len());
        for (name, rows) in rows {
            sealed.push((
                *name,
                seal_with(key.as_ref().map(|(_, k)| k), rows.clone()).await?,
            ));
        }
        let mut names: Vec<&str> = sealed.iter().map(|(name, _)| *name).collect();
        names.push(PROJECTS);
        let tx = self.write_transaction(&names, lock_of(&key)).await?;
        let result = write_rows(&tx, &sealed, expected).await;
        finish(tx, result).await
    }

    /// A read-write transaction over `stores` and `meta`, started only if the stored lock is
    /// `expected`: the lock of the key the rows were sealed with (`None`: unprotected rows). A
    /// database of an older schema (tests build them) has no lock to check.
    async fn write_transaction(
        &self,
        stores: &[&str],
        expected: Option<&Lock>,
    ) -> Result<idb::Transaction, StorageError> {
        let mut names: Vec<&str> = stores.to_vec();
        names.sort_unstable();
        names.dedup();
        let checks_lock = self.version() >= 4;
        if checks_lock {
            names.push(META);
        }
        let tx = self
            .db
            .transaction(&names, TransactionMode::ReadWrite)
            .map_err(failed)?;
        if !checks_lock {
            return Ok(tx);
        }
        match read_lock(&tx).await {
            Ok(stored) if stored.as_ref() == expected => Ok(tx),
            Ok(_) => {
                let _ = tx.abort();
                Err(StorageError::Locked)
            }
            Err(e) => {
                let _ = tx.abort();
                Err(e)
            }
        }
    }
}

/// The sealed bodies of rows, for the protection changes below.
impl IdbStore {
    /// The passphrase lock of this database, if the coach has set one.
    pub async fn lock(&self) -> Result<Option<Lock>, StorageError> {
        let tx = self
            .db
            .transaction(&[META], TransactionMode::ReadOnly)
            .map_err(failed)?;
        read_lock(&tx).await
    }

    /// Whether rows can be read and written now: not protected, or unlocked with the lock
    /// that is stored. A key of a lock that is gone (another tab changed or removed the
    /// passphrase) is forgotten. The answer's second part: whether the data is protected.
    pub async fn check_open(&self) -> Result<(bool, bool), StorageError> {
        let stored = self.lock().await?;
        let open = stored.as_ref() == lock_of(&self.key());
        if !open {
            self.forget_key();
        }
        Ok((open || stored.is_none(), stored.is_some()))
    }

    /// Unlocks with `passphrase`. A wrong one changes nothing.
    pub async fn unlock(&self, passphrase: &str) -> Result<(), ProtectError> {
        let lock = self.lock().await?.ok_or(ProtectError::NotProtected)?;
        let key = crypto::unlock(&lock, passphrase).await?;
        *self.key.borrow_mut() = Some((lock, key));
        Ok(())
    }

    /// Deletes every record and the lock, for a coach who has forgotten the passphrase and
    /// starts again. One transaction.
    pub async fn erase_protected(&self) -> Result<(), StorageError> {
        let mut names = ALL_STORES.to_vec();
        names.push(META);
        let tx = self
            .db
            .transaction(&names, TransactionMode::ReadWrite)
            .map_err(failed)?;
        for name in names {
            tx.object_store(name)
                .map_err(failed)?
                .clear()
                .map_err(failed)?;
        }
        commit(tx).await?;
        self.forget_key();
        Ok(())
    }

    /// Forgets the key: the data is locked in this tab until [`IdbStore::unlock`].
    pub fn forget_key(&self) {
        self.key.borrow_mut().take();
    }

    /// The key and lock in use, to seal a backup with the same passphrase.
    pub fn key(&self) -> Option<(Lock, Key)> {
        self.key.borrow().clone()
    }

    /// Protects the data with `passphrase`: every row sealed, and the lock stored, in one
    /// transaction.
    pub async fn protect(&self, passphrase: &str) -> Result<(), ProtectError> {
        if self.lock().await?.is_some() {
            return Err(ProtectError::AlreadyProtected);
        }
        let (lock, key) = crypto::new_lock(passphrase).await?;
        self.reseal(Some((lock, key))).await
    }

    /// Changes the passphrase: every row opened and sealed again with the new one, in one
    /// transaction. `current` must open the lock.
    pub async fn change_passphrase(&self, current: &str, new: &str) -> Result<(), ProtectError> {
        self.unlock(current).await?;
        let (lock, key) = crypto::new_lock(new).await?;
        self.reseal(Some((lock, key))).await
    }

    /// Removes the protection: every row stored readable again and the lock deleted, in one
    /// transaction. `current` must open the lock.
    pub async fn unprotect(&self, current: &str) -> Result<(), ProtectError> {
        self.unlock(current).await?;
        self.reseal(None).await
    }

    /// Reads every row, opens it with the current key, seals it with `new` (or leaves it
    /// readable), and writes all of it with `new`'s lock in one transaction. That transaction
    /// first checks that the stored lock and every stored row are still exactly what was read;
    /// if another tab saved in between, it starts over (a few times, then gives up with
    /// [`StorageError::Stale`] and nothing changed). On success `new` is this tab's key.
    async fn reseal(&self, new: Option<(Lock, Key)>) -> Result<(), ProtectError> {
        for _ in 0..3 {
            match self.reseal_once(&new).await {
                Err(ProtectError::Storage(StorageError::Stale)) => continue,
                Ok(()) => {
                    *self.key.borrow_mut() = new;
                    return Ok(());
                }
                Err(e) => return Err(e),
            }
        }
        Err(ProtectError::Storage(StorageError::Stale))
    }

    async fn reseal_once(&self, new: &Option<(Lock, Key)>) -> Result<(), ProtectError> {
        let old = self.key();
        let mut read = Vec::with_capacity(ALL_STORES.len());
        let mut rows = Vec::with_capacity(ALL_STORES.len());
        for name in ALL_STORES {
            let stored = self.rows(name, None).await?;
            let plain = self.open_rows(stored.clone()).await?;
            rows.push((name, seal_with(new.as_ref().map(|(_, k)| k), plain).await?));
            read.push(stored);
        }
        let tx = self.write_transaction(&ALL_STORES, lock_of(&old)).await?;
        let result = async {
            for ((name, rows), before) in rows.iter().zip(&read) {
                let store = tx.object_store(name).map_err(failed)?;
                let now = store
                    .get_all(None, None)
                    .map_err(failed)?
                    .await
                    .map_err(failed)?
                    .into_iter()
                    .map(from_js)
                    .collect::<Result<Vec<Row>, _>>()?;
                if now != *before {
                    return Err(StorageError::Stale);
                }
                for row in rows {
                    store.put(&to_js(row)?, None).map_err(failed)?;
                }
            }
            let meta = tx.object_store(META).map_err(failed)?;
            match new {
                Some((lock, _)) => {
                    let row = LockRow {
                        id: LOCK.into(),
                        lock: lock.clone(),
                    };
                    meta.put(&to_js(&row)?, None).map_err(failed)?;
                }
                None => {
                    meta.delete(Query::Key(LOCK.into())).map_err(failed)?;
                }
            }
            Ok::<(), StorageError>(())
        }
        .await;
        finish(tx, result).await.map_err(Into::into)
    }

    /// Rows with readable bodies: sealed ones opened with this tab's key.
    async fn open_rows(&self, mut rows: Vec<Row>) -> Result<Vec<Row>, StorageError> {
        let sealed: Vec<usize> = (0..rows.len())
            .filter(|&i| rows[i].sealed.is_some())
            .collect();
        if sealed.is_empty() {
            return Ok(rows);
        }
        let Some(key) = self.key.borrow().as_ref().map(|(_, k)| k.clone()) else {
            return Err(StorageError::Locked);
        };
        let bytes = sealed
            .iter()
            .map(|&i| {
                BASE64
                    .decode(rows[i].sealed.as_deref().unwrap_or_default())
                    .map_err(|_| StorageError::Corrupt(rows[i].id.clone()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let items: Vec<(&[u8], &[u8])> = (sealed.iter().zip(&bytes))
            .map(|(&i, body)| (rows[i].id.as_bytes(), body.as_slice()))
            .collect();
        let plain = match crypto::open_many(&key, &items).await {
            Ok(plain) => plain,
            // Another tab changed the passphrase: this tab's key is of a lock that is gone.
            Err(_) if !self.check_open().await?.0 => return Err(StorageError::Locked),
            Err(e) => return Err(e.into()),
        };
        for (i, body) in sealed.into_iter().zip(plain) {
            rows[i].json =
                String::from_utf8(body).map_err(|_| StorageError::Corrupt(rows[i].id.clone()))?;
            rows[i].sealed = None;
        }
        Ok(rows)
    }
}

/// Why protecting, unlocking or changing the passphrase failed. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProtectError {
    /// The passphrase does not open the lock.
    WrongPassphrase,
    /// The browser has no WebCrypto here.
    Unavailable,
    /// The data is protected already (another tab may have just done it).
    AlreadyProtected,
    /// The data is not protected.
    NotProtected,
    /// Storage failed.
    Storage(StorageError),
}

impl From<StorageError> for ProtectError {
    fn from(e: StorageError) -> Self {
        ProtectError::Storage(e)
    }
}

impl From<CryptoError> for ProtectError {
    fn from(e: CryptoError) -> Self {
        match e {
            CryptoError::WrongPassphrase => ProtectError::WrongPassphrase,
            CryptoError::Unavailable => ProtectError::Unavailable,
            CryptoError::Damaged => ProtectError::Storage(e.into()),
        }
    }
}

impl From<CryptoError> for StorageError {
    fn from(e: CryptoError) -> Self {
        match e {
            CryptoError::Damaged => StorageError::Corrupt("a sealed record does not open".into()),
            CryptoError::WrongPassphrase => StorageError::Locked,
            CryptoError::Unavailable => StorageError::Unavailable("no WebCrypto".into()),
        }
    }
}

/// The lock of a key, if there is one.
fn lock_of(key: &Option<(Lock, Key)>) -> Option<&Lock> {
    key.as_ref().map(|(lock, _)| lock)
}

/// How the lock is kept in `meta`.
#[derive(Serialize, serde::Deserialize)]
struct LockRow {
    id: String,
    lock: Lock,
}

async fn read_lock(tx: &idb::Transaction) -> Result<Option<Lock>, StorageError> {
    let value = tx
        .object_store(META)
        .map_err(failed)?
        .get(Query::Key(LOCK.into()))
        .map_err(failed)?
        .await
        .map_err(failed)?;
    value
        .map(|v| {
            serde_wasm_bindgen::from_value::<LockRow>(v)
                .map(|r| r.lock)
                .map_err(|e| StorageError::Corrupt(e.to_string()))
        })
        .transpose()
}

/// `rows` sealed with `key`, or as they are without one.
async fn seal_with(key: Option<&Key>, mut rows: Vec<Row>) -> Result<Vec<Row>, CryptoError> {
    let Some(key) = key else {
        return Ok(rows);
    };
    // Each body is bound to its row's id: moved to another row, it does not open.
    let items: Vec<(&[u8], &[u8])> = (rows.iter())
        .map(|r| (r.id.as_bytes(), r.json.as_bytes()))
        .collect();
    let sealed = crypto::seal_many(key, &items).await?;
    for (row, body) in rows.iter_mut().zip(sealed) {
        row.sealed = Some(BASE64.encode(body));
        row.json.clear();
    }
    Ok(rows)
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
    if old < 4 && new >= 4 {
        let mut params = ObjectStoreParams::new();
        params.key_path(Some(KeyPath::new_single("id")));
        db.create_object_store(META, params)?;
    }
    Ok(())
}

/// Writes sealed `rows` in `tx`, which holds their stores and `projects`: every participant,
/// form or answer must have its project stored or among the rows (else
/// [`StorageError::ProjectGone`]), the `expected` revisions must hold (else
/// [`StorageError::Stale`]), and each project touched moves on one revision.
async fn write_rows(
    tx: &idb::Transaction,
    rows: &[(&str, Vec<Row>)],
    expected: &[(Id, Revision)],
) -> Result<(), StorageError> {
    let projects = tx.object_store(PROJECTS).map_err(failed)?;
    let stored_project = |id: &str| {
        let request = projects.get(Query::Key(JsValue::from_str(id)));
        async move {
            request
                .map_err(failed)?
                .await
                .map_err(failed)?
                .map(from_js)
                .transpose()
        }
    };
    for (project, rev) in expected {
        let stored = stored_project(&record::id_key(*project)).await?;
        if Revision(stored.and_then(|r| r.rev).unwrap_or(0)) != *rev {
            return Err(StorageError::Stale);
        }
    }
    let mut touched: std::collections::BTreeMap<String, Row> = Default::default();
    for (name, list) in rows {
        for row in list {
            if *name == PROJECTS {
                touched.insert(row.id.clone(), row.clone());
            }
        }
    }
    for (name, list) in rows {
        for row in list.iter().filter(|_| *name != PROJECTS) {
            let Some(project) = &row.project_id else {
                continue;
            };
            if !touched.contains_key(project) {
                let stored = stored_project(project).await?;
                touched.insert(project.clone(), stored.ok_or(StorageError::ProjectGone)?);
            }
        }
    }
    for (id, mut row) in touched {
        let before = stored_project(&id).await?.and_then(|r| r.rev);
        row.rev = Some(before.unwrap_or(0) + 1);
        projects.put(&to_js(&row)?, None).map_err(failed)?;
    }
    for (name, list) in rows.iter().filter(|(name, _)| *name != PROJECTS) {
        let store = tx.object_store(name).map_err(failed)?;
        for row in list {
            store.put(&to_js(row)?, None).map_err(failed)?;
        }
    }
    Ok(())
}

/// Commits `tx` if `result` is `Ok`, else aborts it and returns the error.
async fn finish(
    tx: idb::Transaction,
    result: Result<(), StorageError>,
) -> Result<(), StorageError> {
    match result {
        Ok(()) => commit(tx).await,
        Err(e) => {
            let _ = tx.abort();
            Err(e)
        }
    }
}

/// Waits for `tx` to commit. The transaction's `complete` and `abort` events go straight to a
/// promise's `resolve` and `reject`, which may be called any number of times: a transaction
/// whose many requests fail fires an error for each, and Rust closures that run once (as the
/// `idb` crate's own future uses) then complained on the console that they were invoked after
/// being dropped.
async fn commit(tx: idb::Transaction) -> Result<(), StorageError> {
    let tx: web_sys::IdbTransaction = tx.into();
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onabort(Some(&reject));
    });
    let result = wasm_bindgen_futures::JsFuture::from(done).await;
    tx.set_oncomplete(None);
    tx.set_onabort(None);
    match (result, tx.error()) {
        (Ok(_), _) => Ok(()),
        (Err(_), Some(e)) if e.name() == "QuotaExceededError" => Err(StorageError::QuotaExceeded),
        (Err(_), Some(e)) => Err(StorageError::Failed(e.message())),
        (Err(_), None) => Err(StorageError::Failed("the transaction was aborted".into())),
    }
}

fn from_js(value: JsValue) -> Result<Row, StorageError> {
    serde_wasm_bindgen::from_value(value).map_err(|e| StorageError::Corrupt(e.to_string()))
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
