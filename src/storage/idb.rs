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
//! | 5 | object store `packs`: the rows of every owned kind again, a few hundred to a value ([`super::pack`]) |
//!
//! Packs are read instead of the rows when `meta` says they are complete (its `packed` entry,
//! which also names the format: [`PACKS_FORMAT`]; packs of another format are made again).
//! A new database starts complete; one upgraded from an earlier version gets its packs from its
//! rows on its first read, in one transaction. Every write keeps the packs of the rows it
//! writes in step, in the same transaction. Anything that writes rows behind the store's back
//! (a test filling a database directly) must delete `packed`, and the packs are made again.
//!
//! A write is one read-write transaction over the stores it touches, `projects` and `meta`: it
//! reads the lock and whatever its checks need, and only then deletes and puts (see
//! [`super::Write`]). Nothing but IndexedDB requests is awaited inside it, so it cannot commit
//! early. Sealing and opening happen before and after, in the write path.

use super::pack::{self, Pack};
use super::{key, Check, Delete, Lock, Revision, Row, StorageError, Store, Write, PROJECTS};
use crate::domain::Id;
use crate::records::Kind;
use idb::{
    Database, DatabaseEvent, Event, Factory, IndexParams, KeyPath, KeyRange, ObjectStoreParams,
    Query, Request, TransactionMode,
};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use wasm_bindgen::{JsCast, JsValue};

/// The name of the real database.
pub const DB_NAME: &str = "stegvis";
/// The workshop demo's database: never the real one.
pub const DEMO_DB_NAME: &str = "stegvis-demo";
/// The version that made the `meta` store.
const META_SINCE: u32 = 4;
/// The version that made the `packs` store.
const PACKS_SINCE: u32 = 5;

const PACKS: &str = "packs";
/// The key in `meta` that says the packs hold every row.
const PACKED: &str = "packed";
/// How the packs are kept: 2, the UTF-8 bytes of their text. Packs marked without it (strings,
/// as 0.5.0 kept them) are made again on the first read.
const PACKS_FORMAT: f64 = 2.0;

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
        .max(PACKS_SINCE)
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

    fn has_packs(&self) -> bool {
        self.version() >= PACKS_SINCE
    }

    /// Whether rows of `kind` are kept in packs too.
    fn packed_kind(&self, kind: Kind) -> bool {
        kind.owned && self.has_packs()
    }

    /// The rows of `kind` (of one project, or all) from the packs, made from the rows first if
    /// they are not complete. `None` if the packs cannot be used: then the rows are read.
    async fn read_packs(&self, kind: Kind, project: Option<&str>) -> Option<Vec<Row>> {
        let read = || async {
            let tx = (self.db)
                .transaction(&[PACKS, META], TransactionMode::ReadOnly)
                .map_err(failed)?;
            packed_rows(&tx, kind.name, project).await
        };
        match read().await {
            Ok(Some(rows)) => return Some(rows),
            Ok(None) => {}
            Err(e) => warn(&format!("the packs could not be read: {e}")),
        }
        if let Err(e) = self.make_packs().await {
            warn(&format!("the packs could not be made: {e}"));
            return None;
        }
        read().await.unwrap_or_else(|e| {
            warn(&format!("the packs could not be read: {e}"));
            None
        })
    }

    /// Whether the packs hold every row (false if that cannot be read).
    async fn packs_complete(&self) -> bool {
        let Ok(tx) = self.db.transaction(&[META], TransactionMode::ReadOnly) else {
            return false;
        };
        is_packed(&tx).await.unwrap_or(false)
    }

    /// Makes every pack again from the rows, in one transaction, and marks them complete.
    pub async fn make_packs(&self) -> Result<(), StorageError> {
        let owned: Vec<&str> = (self.kinds.iter().filter(|k| k.owned))
            .map(|k| k.name)
            .collect();
        let mut names = owned.clone();
        names.extend([PACKS, META]);
        let tx = (self.db)
            .transaction(&names, TransactionMode::ReadWrite)
            .map_err(failed)?;
        let made = async {
            let packs = tx.object_store(PACKS).map_err(failed)?;
            packs.clear().map_err(failed)?;
            for kind in &owned {
                let mut by_bucket: BTreeMap<u32, Pack> = BTreeMap::new();
                for row in all(&tx, kind).await? {
                    by_bucket
                        .entry(pack::bucket(&row.id))
                        .or_default()
                        .put(&row);
                }
                for (bucket, p) in by_bucket {
                    put_pack(&packs, &pack::key(kind, bucket), &p)?;
                }
            }
            mark_packed(&tx)
        };
        let result = made.await;
        finish(tx, result).await
    }
}

impl Store for IdbStore {
    async fn rows(&self, kind: Kind, project: Option<Id>) -> Result<Vec<Row>, StorageError> {
        self.known(kind)?;
        if self.packed_kind(kind) {
            let project = project.map(key);
            if let Some(rows) = self.read_packs(kind, project.as_deref()).await {
                return Ok(rows);
            }
        }
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
        let packed = self.packed_kind(kind);
        if packed && !self.packs_complete().await {
            // Made here, before the read, so that the project and its rows are read together.
            if let Err(e) = self.make_packs().await {
                warn(&format!("the packs could not be made: {e}"));
            }
        }
        let names: &[&str] = if packed {
            &[kind.name, PROJECTS, PACKS, META]
        } else {
            &[kind.name, PROJECTS]
        };
        let tx = (self.db)
            .transaction(names, TransactionMode::ReadOnly)
            .map_err(failed)?;
        let id = JsValue::from_str(&key(project));
        let project_row = get(&tx, PROJECTS, &id).await?;
        if packed {
            match packed_rows(&tx, kind.name, Some(&key(project))).await {
                Ok(Some(rows)) => return Ok((project_row, rows)),
                Ok(None) => {}
                Err(e) => warn(&format!("the packs could not be read: {e}")),
            }
        }
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
        if self.has_packs() {
            names.insert(PACKS);
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
        // What the packs must be told: emptied, and the rows taken out and put, in order.
        let mut packs = PackEdits::default();
        for delete in &w.deletes {
            match delete {
                Delete::Rows { kind, ids, .. } => {
                    let store = tx.object_store(kind.name).map_err(failed)?;
                    for id in ids {
                        store
                            .delete(Query::Key(JsValue::from_str(&key(*id))))
                            .map_err(failed)?;
                        packs.remove(*kind, key(*id));
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
                            if let Some(text) = id.as_string() {
                                packs.remove(*kind, text);
                            }
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
                    packs = PackEdits {
                        clear: true,
                        ..PackEdits::default()
                    };
                }
            }
        }
        for (kind, row) in w.puts.iter().filter(|(k, _)| k.name != PROJECTS) {
            let store = tx.object_store(kind.name).map_err(failed)?;
            store.put(&to_js(row)?, None).map_err(failed)?;
            packs.put(*kind, row);
        }
        if self.has_packs() && is_packed(tx).await? {
            packs.apply(tx).await?;
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

/// How one write changes the packs: all emptied first (everything deleted), then, pack by
/// pack, rows taken out and put in the order the write deletes and puts them.
#[derive(Default)]
struct PackEdits<'a> {
    clear: bool,
    edits: BTreeMap<String, Vec<PackEdit<'a>>>,
}

enum PackEdit<'a> {
    Put(&'a Row),
    Remove(String),
}

impl<'a> PackEdits<'a> {
    fn remove(&mut self, kind: Kind, id: String) {
        if kind.owned {
            let at = pack::key(kind.name, pack::bucket(&id));
            self.edits.entry(at).or_default().push(PackEdit::Remove(id));
        }
    }

    fn put(&mut self, kind: Kind, row: &'a Row) {
        if kind.owned {
            let at = pack::key(kind.name, pack::bucket(&row.id));
            self.edits.entry(at).or_default().push(PackEdit::Put(row));
        }
    }

    /// Reads each pack the write changes, changes it and writes it back (or deletes it once it
    /// is empty).
    async fn apply(self, tx: &idb::Transaction) -> Result<(), StorageError> {
        let PackEdits { clear, edits } = self;
        let store = tx.object_store(PACKS).map_err(failed)?;
        if clear {
            store.clear().map_err(failed)?;
        }
        for (at, edits) in edits {
            let mut p = if clear {
                Pack::default()
            } else {
                let value = (store.get(Query::Key(JsValue::from_str(&at))))
                    .map_err(failed)?
                    .await
                    .map_err(failed)?;
                match value.map(|v| pack_of(&v)).transpose() {
                    Ok(p) => p.unwrap_or_default(),
                    Err(e) => {
                        // A damaged pack must not stop a save: the packs are marked
                        // incomplete and made again from the rows on the next read.
                        warn(&format!("a pack is damaged and will be made again: {e}"));
                        return unmark_packed(tx);
                    }
                }
            };
            for edit in edits {
                match edit {
                    PackEdit::Put(row) => p.put(row),
                    PackEdit::Remove(id) => p.remove(&id),
                }
            }
            if p.is_empty() {
                store
                    .delete(Query::Key(JsValue::from_str(&at)))
                    .map_err(failed)?;
            } else {
                put_pack(&store, &at, &p)?;
            }
        }
        Ok(())
    }
}

/// The rows of `kind` in the packs, of one project or all, in id order; `None` if the packs are
/// not complete.
async fn packed_rows(
    tx: &idb::Transaction,
    kind: &str,
    project: Option<&str>,
) -> Result<Option<Vec<Row>>, StorageError> {
    if !is_packed(tx).await? {
        return Ok(None);
    }
    let range = KeyRange::bound(
        &JsValue::from_str(&pack::first_key(kind)),
        &JsValue::from_str(&pack::last_key(kind)),
        None,
        None,
    )
    .map_err(failed)?;
    let values = (tx.object_store(PACKS).map_err(failed)?)
        .get_all(Some(Query::KeyRange(range)), None)
        .map_err(failed)?
        .await
        .map_err(failed)?;
    let mut rows = Vec::new();
    for value in values {
        pack::read_rows(&pack_text(&value)?, project, &mut rows)?;
    }
    pack::sort_by_id(&mut rows);
    Ok(Some(rows))
}

/// A pack's text as it is stored: UTF-8 bytes (`bytes`), or, in packs written before
/// [`PACKS_FORMAT`] 2, a string (`text`).
fn pack_text(value: &JsValue) -> Result<String, StorageError> {
    let field = |name: &str| js_sys::Reflect::get(value, &JsValue::from_str(name)).ok();
    if let Some(bytes) = field("bytes").and_then(|b| b.dyn_into::<js_sys::Uint8Array>().ok()) {
        return String::from_utf8(bytes.to_vec())
            .map_err(|_| StorageError::Corrupt("a pack that is not UTF-8".into()));
    }
    field("text")
        .and_then(|t| t.as_string())
        .ok_or_else(|| StorageError::Corrupt("a pack without its text".into()))
}

fn pack_of(value: &JsValue) -> Result<Pack, StorageError> {
    Pack::decode(&pack_text(value)?)
}

/// Keeps a pack as the UTF-8 bytes of its text: IndexedDB hands bytes back, and they are copied
/// into WebAssembly, several times quicker than a string, which must be encoded on the way.
fn put_pack(store: &idb::ObjectStore, at: &str, p: &Pack) -> Result<(), StorageError> {
    let value = js_sys::Object::new();
    let set = |name: &str, v: &JsValue| {
        js_sys::Reflect::set(&value, &JsValue::from_str(name), v)
            .map_err(|_| StorageError::Failed("a pack could not be made".into()))
    };
    set("id", &JsValue::from_str(at))?;
    set(
        "bytes",
        &js_sys::Uint8Array::from(p.encode().as_bytes()).into(),
    )?;
    store.put(&value, None).map_err(failed)?;
    Ok(())
}

/// Whether `meta` says the packs hold every row, in the format this version writes.
async fn is_packed(tx: &idb::Transaction) -> Result<bool, StorageError> {
    let value = (tx.object_store(META).map_err(failed)?)
        .get(Query::Key(PACKED.into()))
        .map_err(failed)?
        .await
        .map_err(failed)?;
    let format = value
        .and_then(|v| js_sys::Reflect::get(&v, &JsValue::from_str("format")).ok())
        .and_then(|f| f.as_f64());
    Ok(format == Some(PACKS_FORMAT))
}

/// The entry of `meta` that says the packs hold every row, and in which format.
fn packed_marker() -> js_sys::Object {
    let value = js_sys::Object::new();
    // Setting a property of a new plain object does not fail.
    let _ = js_sys::Reflect::set(&value, &JsValue::from_str("id"), &JsValue::from_str(PACKED));
    let _ = js_sys::Reflect::set(
        &value,
        &JsValue::from_str("format"),
        &JsValue::from_f64(PACKS_FORMAT),
    );
    value
}

fn mark_packed(tx: &idb::Transaction) -> Result<(), StorageError> {
    (tx.object_store(META).map_err(failed)?)
        .put(&packed_marker(), None)
        .map_err(failed)?;
    Ok(())
}

fn unmark_packed(tx: &idb::Transaction) -> Result<(), StorageError> {
    (tx.object_store(META).map_err(failed)?)
        .delete(Query::Key(PACKED.into()))
        .map_err(failed)?;
    Ok(())
}

fn warn(text: &str) {
    web_sys::console::warn_1(&format!("Stegvis: {text}").into());
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
        if version == PACKS_SINCE {
            let mut params = ObjectStoreParams::new();
            params.key_path(Some(KeyPath::new_single("id")));
            db.create_object_store(PACKS, params)?;
        }
    }
    if old == 0 && new >= PACKS_SINCE {
        // A new database: no rows, so its (no) packs are complete.
        let tx = (event.target()?)
            .transaction()
            .ok_or(idb::Error::TransactionNotFound)?;
        tx.object_store(META)?.put(&packed_marker(), None)?;
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
