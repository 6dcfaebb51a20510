//! The browser's [`Store`]: IndexedDB through the `idb` crate.
//!
//! The schema is versioned and follows from the record kinds it keeps ([`crate::records`]):
//! each kind's store is made by the migration to its `since` version, with the `by_project`
//! index if its records belong to a project. Opening a database of any older version runs every
//! step after it, in order, inside IndexedDB's upgrade transaction: all of them apply or none.
//!
//! | version | change |
//! |---|---|
//! | 1 | object stores `projects` and `participants`, keyed by `id` |
//! | 2 | index `by_project` on `participants.project_id` |
//! | 3 | object stores `forms` and `answers` (self-evaluations), each with `by_project` |
//! | 4 | object store `meta`: the passphrase lock, when the coach has set one |
//!
//! A write is one read-write transaction over the stores it touches, `projects` and `meta`: it
//! reads the lock and whatever its checks need, and only then deletes and puts (see
//! [`super::Write`]). Nothing but IndexedDB requests is awaited inside it, so it cannot commit
//! early. Sealing and opening happen before and after, in the write path.

use super::{key, Check, Delete, Lock, Revision, Row, StorageError, Store, Write, PROJECTS};
use crate::domain::Id;
use crate::records::Kind;
use idb::{
    Database, DatabaseEvent, Event, Factory, IndexParams, KeyPath, ObjectStoreParams, Query,
    Request, TransactionMode,
};
use serde::Serialize;
use std::collections::BTreeSet;
use wasm_bindgen::{JsCast, JsValue};

/// The name of the real database.
pub const DB_NAME: &str = "stegvis";
/// The workshop demo's database: never the real one.
pub const DEMO_DB_NAME: &str = "stegvis-demo";
/// The version that made the `meta` store.
const META_SINCE: u32 = 4;

const META: &str = "meta";
/// The key of the lock in `meta`.
const LOCK: &str = "lock";
const BY_PROJECT: &str = "by_project";

/// The schema version of a database keeping `kinds`.
pub fn schema_version(kinds: &[Kind]) -> u32 {
    kinds
        .iter()
        .map(|k| k.since)
        .max()
        .unwrap_or(1)
        .max(META_SINCE)
}

/// The schema version this build writes, for the app's kinds.
pub fn current_schema() -> u32 {
    let kinds: Vec<Kind> = crate::records::KINDS.iter().map(|k| k.kind()).collect();
    schema_version(&kinds)
}

pub struct IdbStore {
    db: Database,
    kinds: Vec<Kind>,
}

impl IdbStore {
    /// Opens (creating or upgrading as needed) the database `name` with the app's kinds.
    pub async fn open(name: &str) -> Result<Self, StorageError> {
        let kinds = crate::records::KINDS.iter().map(|k| k.kind()).collect();
        Self::open_with(name, kinds).await
    }

    /// Opens with these kinds (a test may add one of its own), at their schema version.
    pub async fn open_with(name: &str, kinds: Vec<Kind>) -> Result<Self, StorageError> {
        let version = schema_version(&kinds);
        Self::open_at(name, version, kinds).await
    }

    /// Opens at a given schema version with the kinds that exist by then; tests use this to
    /// build old databases.
    pub async fn open_at(name: &str, version: u32, kinds: Vec<Kind>) -> Result<Self, StorageError> {
        let kinds: Vec<Kind> = kinds.into_iter().filter(|k| k.since <= version).collect();
        let factory = Factory::new().map_err(unavailable)?;
        let mut request = factory.open(name, Some(version)).map_err(unavailable)?;
        let steps = kinds.clone();
        request.on_upgrade_needed(move |event| {
            let old = event.old_version().unwrap_or(0);
            if let Err(e) = migrate(&event, old, version, &steps) {
                web_sys::console::error_1(&format!("Stegvis: schema upgrade failed: {e:?}").into());
            }
        });
        let db = request.await.map_err(unavailable)?;
        Ok(IdbStore { db, kinds })
    }

    /// The schema version of the open database.
    pub fn version(&self) -> u32 {
        self.db.version().unwrap_or(0)
    }

    /// Whether the participants store has the `by_project` index (schema 2 and later).
    pub fn has_project_index(&self) -> bool {
        let Ok(tx) = self
            .db
            .transaction(&["participants"], TransactionMode::ReadOnly)
        else {
            return false;
        };
        tx.object_store("participants")
            .is_ok_and(|s| s.index_names().iter().any(|n| n == BY_PROJECT))
    }

    /// Closes the connection, so the database can be deleted or upgraded elsewhere.
    pub fn close(&self) {
        self.db.close();
    }

    /// Deletes a whole database (tests).
    pub async fn delete_database(name: &str) -> Result<(), StorageError> {
        let factory = Factory::new().map_err(unavailable)?;
        factory.delete(name).map_err(failed)?.await.map_err(failed)
    }

    fn known(&self, kind: Kind) -> Result<(), StorageError> {
        if self.kinds.contains(&kind) {
            Ok(())
        } else {
            Err(StorageError::Failed(format!("no store {}", kind.name)))
        }
    }

    fn has_meta(&self) -> bool {
        self.version() >= META_SINCE
    }
}

impl Store for IdbStore {
    async fn rows(&self, kind: Kind, project: Option<Id>) -> Result<Vec<Row>, StorageError> {
        self.known(kind)?;
        let tx = self
            .db
            .transaction(&[kind.name], TransactionMode::ReadOnly)
            .map_err(failed)?;
        let store = tx.object_store(kind.name).map_err(failed)?;
        let values = match project {
            None => store.get_all(None, None).map_err(failed)?.await,
            Some(p) => {
                let index = store.index(BY_PROJECT).map_err(failed)?;
                let query = Query::Key(JsValue::from_str(&key(p)));
                index.get_all(Some(query), None).map_err(failed)?.await
            }
        };
        values.map_err(failed)?.into_iter().map(from_js).collect()
    }

    async fn project_rows(
        &self,
        project: Id,
        kind: Kind,
    ) -> Result<(Option<Row>, Vec<Row>), StorageError> {
        self.known(kind)?;
        let tx = self
            .db
            .transaction(&[kind.name, PROJECTS], TransactionMode::ReadOnly)
            .map_err(failed)?;
        let id = JsValue::from_str(&key(project));
        let project_row = get(&tx, PROJECTS, &id).await?;
        let rows = (tx.object_store(kind.name).map_err(failed)?)
            .index(BY_PROJECT)
            .map_err(failed)?
            .get_all(Some(Query::Key(id)), None)
            .map_err(failed)?
            .await
            .map_err(failed)?
            .into_iter()
            .map(from_js)
            .collect::<Result<_, _>>()?;
        Ok((project_row, rows))
    }

    async fn row(&self, kind: Kind, id: Id) -> Result<Option<Row>, StorageError> {
        self.known(kind)?;
        let tx = self
            .db
            .transaction(&[kind.name], TransactionMode::ReadOnly)
            .map_err(failed)?;
        get(&tx, kind.name, &JsValue::from_str(&key(id))).await
    }

    async fn lock(&self) -> Result<Option<Lock>, StorageError> {
        if !self.has_meta() {
            return Ok(None);
        }
        let tx = self
            .db
            .transaction(&[META], TransactionMode::ReadOnly)
            .map_err(failed)?;
        read_lock(&tx).await
    }

    async fn write(&self, w: &Write) -> Result<(), StorageError> {
        let mut names: BTreeSet<&str> = BTreeSet::from([PROJECTS]);
        for (kind, _) in &w.puts {
            self.known(*kind)?;
            names.insert(kind.name);
        }
        for check in &w.checks {
            match check {
                Check::Row { kind, .. } | Check::All { kind, .. } => names.insert(kind.name),
                Check::Revision { .. } => true,
            };
        }
        for delete in &w.deletes {
            match delete {
                Delete::Rows { kind, .. } => {
                    names.insert(kind.name);
                }
                Delete::Project(_) | Delete::Everything => {
                    names.extend(self.kinds.iter().map(|k| k.name));
                }
            }
        }
        if self.has_meta() {
            names.insert(META);
        }
        let names: Vec<&str> = names.into_iter().collect();
        let tx = self
            .db
            .transaction(&names, TransactionMode::ReadWrite)
            .map_err(failed)?;
        let result = self.write_in(&tx, w).await;
        finish(tx, result).await
    }
}

impl IdbStore {
    /// The body of [`Store::write`], inside its transaction.
    async fn write_in(&self, tx: &idb::Transaction, w: &Write) -> Result<(), StorageError> {
        let stored_lock = if self.has_meta() {
            read_lock(tx).await?
        } else {
            None
        };
        if stored_lock != w.lock {
            return Err(StorageError::Locked);
        }
        for check in &w.checks {
            let holds = match check {
                Check::Row { kind, id, row } => {
                    let stored = get(tx, kind.name, &JsValue::from_str(&key(*id))).await?;
                    super::unchanged(stored.as_ref(), row.as_ref())
                }
                Check::Revision { project, revision } => {
                    let row = get(tx, PROJECTS, &JsValue::from_str(&key(*project))).await?;
                    let row = row.ok_or(StorageError::ProjectGone)?;
                    Revision::of(Some(&row)) == *revision
                }
                Check::All { kind, rows } => all(tx, kind.name).await? == *rows,
            };
            if !holds {
                return Err(StorageError::Stale);
            }
        }
        // The projects whose records are written, and their revisions before the deletes.
        let mut touched: BTreeSet<String> = BTreeSet::new();
        for delete in &w.deletes {
            if let Delete::Rows {
                project: Some(p), ..
            } = delete
            {
                touched.insert(key(*p));
            }
        }
        for (kind, row) in &w.puts {
            if kind.name == PROJECTS {
                touched.insert(row.id.clone());
            } else if kind.owned {
                touched.insert(row.project_id.clone().ok_or(StorageError::ProjectGone)?);
            }
        }
        let mut revisions = Vec::with_capacity(touched.len());
        for project in touched {
            let stored = get(tx, PROJECTS, &JsValue::from_str(&project)).await?;
            let put_here = w.project_put(&project);
            let base = match (put_here, stored.filter(|_| !w.deletes_project(&project))) {
                (Some(row), before) => Some((row.clone(), before.and_then(|b| b.rev))),
                (None, Some(before)) => Some((before.clone(), before.rev)),
                (None, None) => None,
            };
            // A project whose records are only deleted may be gone already: nothing to move on.
            let deletes_only = put_here.is_none()
                && !(w.puts.iter())
                    .any(|(k, r)| k.owned && r.project_id.as_deref() == Some(project.as_str()));
            if base.is_none() && deletes_only {
                continue;
            }
            let (mut row, rev) = base.ok_or(StorageError::ProjectGone)?;
            row.rev = Some(rev.unwrap_or(0) + 1);
            revisions.push(row);
        }
        for delete in &w.deletes {
            match delete {
                Delete::Rows { kind, ids, .. } => {
                    let store = tx.object_store(kind.name).map_err(failed)?;
                    for id in ids {
                        store
                            .delete(Query::Key(JsValue::from_str(&key(*id))))
                            .map_err(failed)?;
                    }
                }
                Delete::Project(id) => {
                    let project = JsValue::from_str(&key(*id));
                    for kind in self.kinds.iter().filter(|k| k.owned) {
                        let store = tx.object_store(kind.name).map_err(failed)?;
                        let ids = (store.index(BY_PROJECT).map_err(failed)?)
                            .get_all_keys(Some(Query::Key(project.clone())), None)
                            .map_err(failed)?
                            .await
                            .map_err(failed)?;
                        for id in ids {
                            store.delete(Query::Key(id)).map_err(failed)?;
                        }
                    }
                    (tx.object_store(PROJECTS).map_err(failed)?)
                        .delete(Query::Key(project))
                        .map_err(failed)?;
                }
                Delete::Everything => {
                    for kind in &self.kinds {
                        (tx.object_store(kind.name).map_err(failed)?)
                            .clear()
                            .map_err(failed)?;
                    }
                }
            }
        }
        for (kind, row) in w.puts.iter().filter(|(k, _)| k.name != PROJECTS) {
            let store = tx.object_store(kind.name).map_err(failed)?;
            store.put(&to_js(row)?, None).map_err(failed)?;
        }
        let projects = tx.object_store(PROJECTS).map_err(failed)?;
        for row in &revisions {
            projects.put(&to_js(row)?, None).map_err(failed)?;
        }
        if let Some(new) = &w.new_lock {
            let meta = tx.object_store(META).map_err(failed)?;
            match new {
                Some(lock) => {
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
        }
        Ok(())
    }
}

/// One stored row, read as it is (sealed or not).
async fn get(
    tx: &idb::Transaction,
    store: &str,
    key: &JsValue,
) -> Result<Option<Row>, StorageError> {
    tx.object_store(store)
        .map_err(failed)?
        .get(Query::Key(key.clone()))
        .map_err(failed)?
        .await
        .map_err(failed)?
        .map(from_js)
        .transpose()
}

/// Every row of a store, in key order.
async fn all(tx: &idb::Transaction, store: &str) -> Result<Vec<Row>, StorageError> {
    (tx.object_store(store).map_err(failed)?)
        .get_all(None, None)
        .map_err(failed)?
        .await
        .map_err(failed)?
        .into_iter()
        .map(from_js)
        .collect()
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

/// Runs the schema steps from `old` up to `new` in the upgrade transaction: each kind's store
/// at its `since` version (owned kinds with their `by_project` index), the index of the first
/// version's owned stores at version 2, and `meta` at version 4.
fn migrate(
    event: &idb::event::VersionChangeEvent,
    old: u32,
    new: u32,
    kinds: &[Kind],
) -> Result<(), idb::Error> {
    let db = event.database()?;
    let by_project = || {
        (
            BY_PROJECT,
            KeyPath::new_single("project_id"),
            Some(IndexParams::new()),
        )
    };
    for version in old + 1..=new {
        for kind in kinds.iter().filter(|k| k.since == version) {
            let mut params = ObjectStoreParams::new();
            params.key_path(Some(KeyPath::new_single("id")));
            let store = db.create_object_store(kind.name, params)?;
            // The first version's stores got their index in version 2.
            if kind.owned && version >= 2 {
                let (name, path, params) = by_project();
                store.create_index(name, path, params)?;
            }
        }
        if version == 2 {
            let tx = event
                .target()?
                .transaction()
                .ok_or(idb::Error::TransactionNotFound)?;
            for kind in kinds.iter().filter(|k| k.owned && k.since == 1) {
                let (name, path, params) = by_project();
                tx.object_store(kind.name)?
                    .create_index(name, path, params)?;
            }
        }
        if version == META_SINCE {
            let mut params = ObjectStoreParams::new();
            params.key_path(Some(KeyPath::new_single("id")));
            db.create_object_store(META, params)?;
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
