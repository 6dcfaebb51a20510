//! The one write path: every record the app reads or writes goes through a [`Repo`].
//!
//! A repository owns the store and the passphrase's key. It hands out records; it saves one
//! after its door check (the same rules as every other door) and refuses it only when someone
//! else saved that record since the version this tab last saw: a save based on a version this
//! very tab replaced is based on this tab's own newer version (so a coach saving section after
//! section of one participant never meets a conflict), and what must hold across records (the
//! project is there, a code is unique in its project) is checked again inside the storing
//! transaction, through the project's revision. It announces every change ([`Change`]) to its
//! subscribers and to the other tabs ([`Channel`]), and takes in theirs.
//!
//! It knows no platform: the store ([`crate::storage::Store`]), the cipher
//! ([`crate::storage::Cipher`]) and the channel are given to it. The browser gives IndexedDB,
//! WebCrypto and a `BroadcastChannel`; native tests give a shared `MemoryStore`, the toy cipher
//! and a [`LocalChannel`], and run two "tabs" over one store.

mod events;
mod protect;
pub mod rows;

pub use events::{Change, Channel, LocalChannel, Message};
pub use protect::{Access, ProtectError, SealedError, LOCK_MINUTES_RANGE, MIN_PASSPHRASE};

use crate::domain::check::RecordProblem;
use crate::domain::{Id, Participant, Project, Timestamp};
use crate::formats::backup::BackupData;
use crate::records::{self, Entry, Kind, Ops, Record, World};
use crate::storage::lock::Cipher;
use crate::storage::{key, Check, Delete, Lock, Revision, Row, StorageError, Store, Write};
use events::Listeners;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Why a save was not made. Nothing was written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    #[error("{0}")]
    Storage(#[from] StorageError),
    /// The record fails its door check against what is stored now (a label removed in another
    /// tab, a code another tab took).
    #[error("the record breaks the rules: {0:?}")]
    Refused(Vec<RecordProblem>),
}

impl From<crate::storage::CryptoError> for SaveError {
    fn from(e: crate::storage::CryptoError) -> Self {
        SaveError::Storage(rows::storage_error(e))
    }
}

/// A project as one transaction read it: the project, its participants, its revision.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Snapshot {
    pub project: Option<Project>,
    pub participants: Vec<Participant>,
    pub revision: Revision,
}

/// Everything stored, for a backup or to plan a restore, with the revision each project was at
/// (read before its records, so a later check of them errs on the safe side).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Everything {
    pub data: BackupData,
    pub revisions: HashMap<Id, Revision>,
}

/// The unique keys of one kind's records in one project, and the revision they were read at.
#[derive(Clone, Debug)]
struct Uniques {
    revision: Revision,
    keys: HashMap<String, Id>,
}

pub struct Repo<S: Store, C: Cipher> {
    store: S,
    cipher: C,
    kinds: Vec<&'static dyn Ops>,
    /// The key that seals and opens rows, with the lock it belongs to; `None` while the data is
    /// not protected, or protected and locked.
    key: RefCell<Option<(Lock, C::Key)>>,
    /// The versions this tab wrote: (kind, id, the version replaced) to the version written.
    lineage: RefCell<HashMap<(&'static str, Id, Timestamp), Timestamp>>,
    uniques: RefCell<HashMap<(&'static str, Id), Uniques>>,
    listeners: Listeners,
    channel: RefCell<Option<Rc<dyn Channel>>>,
}

impl<S: Store, C: Cipher> Repo<S, C> {
    /// A repository of the app's kinds.
    pub fn new(store: S, cipher: C) -> Self {
        Self::with_kinds(store, cipher, records::KINDS.to_vec())
    }

    /// A repository of these kinds (a test may declare one of its own).
    pub fn with_kinds(store: S, cipher: C, kinds: Vec<&'static dyn Ops>) -> Self {
        Repo {
            store,
            cipher,
            kinds,
            key: RefCell::new(None),
            lineage: RefCell::default(),
            uniques: RefCell::default(),
            listeners: Listeners::default(),
            channel: RefCell::new(None),
        }
    }

    /// The line to the other tabs.
    pub fn connect(&self, channel: Rc<dyn Channel>) {
        *self.channel.borrow_mut() = Some(channel);
    }

    /// Calls `listener` after every change.
    pub fn subscribe(&self, listener: impl Fn(&Change) + 'static) {
        self.listeners.add(Rc::new(listener));
    }

    /// Takes in what another tab said.
    pub fn received(&self, message: Message) {
        match message {
            Message::Changed => {
                self.uniques.borrow_mut().clear();
                self.listeners.tell(&Change::Saved {
                    here: false,
                    kinds: Vec::new(),
                    projects: Vec::new(),
                });
            }
            Message::Lock => {
                self.forget_key();
                self.listeners.tell(&Change::Locked);
            }
        }
    }

    fn post(&self, message: Message) {
        let channel = self.channel.borrow().clone();
        if let Some(c) = channel {
            c.post(message);
        }
    }

    /// Announces a change this tab made, here and to the other tabs.
    fn announce(&self, kinds: Vec<&'static str>, projects: Vec<Id>) {
        self.post(Message::Changed);
        self.listeners.tell(&Change::Saved {
            here: true,
            kinds,
            projects,
        });
    }

    pub fn store(&self) -> &S {
        &self.store
    }

    pub fn cipher(&self) -> &C {
        &self.cipher
    }

    fn lock_now(&self) -> Option<Lock> {
        self.key.borrow().as_ref().map(|(lock, _)| lock.clone())
    }

    fn key_now(&self) -> Option<C::Key> {
        self.key.borrow().as_ref().map(|(_, key)| key.clone())
    }

    /// Rows opened with this tab's key. A row that does not open while another tab changed the
    /// passphrase is this tab being locked out, not damage.
    async fn opened(&self, rows: Vec<Row>) -> Result<Vec<Row>, StorageError> {
        match rows::open(&self.cipher, self.key_now().as_ref(), rows).await {
            Err(StorageError::Corrupt(_)) if !self.access().await?.open => {
                Err(StorageError::Locked)
            }
            other => other,
        }
    }

    /// Rows as records' entries, opened with this tab's key.
    async fn entries(&self, ops: &dyn Ops, rows: Vec<Row>) -> Result<Vec<Entry>, StorageError> {
        let opened = self.opened(rows).await?;
        (opened.iter())
            .map(|r| {
                ops.entry(&r.json)
                    .map_err(|e| StorageError::Corrupt(format!("{}: {e}", r.id)))
            })
            .collect()
    }

    /// Rows as records of `T`, opened with this tab's key.
    async fn decode<T: Record>(&self, rows: Vec<Row>) -> Result<Vec<T>, StorageError> {
        let opened = self.opened(rows).await?;
        (opened.iter())
            .map(|r| {
                serde_json::from_str(&r.json)
                    .map_err(|e| StorageError::Corrupt(format!("{}: {e}", r.id)))
            })
            .collect()
    }

    /// Every record of `T`, or those of one project.
    pub async fn load<T: Record>(&self, project: Option<Id>) -> Result<Vec<T>, StorageError> {
        let rows = self.store.rows(T::KIND, project).await?;
        self.decode(rows).await
    }

    /// One record of `T`, if stored.
    pub async fn get<T: Record>(&self, id: Id) -> Result<Option<T>, StorageError> {
        let rows = self.store.row(T::KIND, id).await?.into_iter().collect();
        Ok(self.decode::<T>(rows).await?.pop())
    }

    /// A project, its participants and its revision, read in one transaction.
    pub async fn snapshot(&self, project: Id) -> Result<Snapshot, StorageError> {
        let kind = <Participant as Record>::KIND;
        let (project_row, rows) = self.store.project_rows(project, kind).await?;
        let revision = Revision::of(project_row.as_ref());
        let project: Option<Project> = self.decode(project_row.into_iter().collect()).await?.pop();
        let participants: Vec<Participant> = self.decode(rows).await?;
        let keys = participants
            .iter()
            .filter_map(|p| Some((p.unique()?, p.id)))
            .collect();
        if let Some(p) = &project {
            (self.uniques.borrow_mut()).insert((kind.name, p.id), Uniques { revision, keys });
        }
        Ok(Snapshot {
            project,
            participants,
            revision,
        })
    }

    /// The version `base` stands for: this tab's newest version written from it.
    fn resolve(&self, kind: Kind, id: Id, mut base: Timestamp) -> Timestamp {
        let lineage = self.lineage.borrow();
        while let Some(next) = lineage.get(&(kind.name, id, base)) {
            base = *next;
        }
        base
    }

    /// The unique keys of `T` in `project` at the project's revision now.
    async fn uniques<T: Record>(&self, project: Id) -> Result<Uniques, StorageError> {
        let project_row = self.store.row(<Project as Record>::KIND, project).await?;
        let revision = Revision::of(project_row.as_ref());
        let cached = self.uniques.borrow().get(&(T::KIND.name, project)).cloned();
        if let Some(u) = cached.filter(|u| u.revision == revision) {
            return Ok(u);
        }
        let (project_row, rows) = self.store.project_rows(project, T::KIND).await?;
        let revision = Revision::of(project_row.as_ref());
        let records: Vec<T> = self.decode(rows).await?;
        let keys = records
            .iter()
            .filter_map(|r| Some((r.unique()?, r.id())))
            .collect();
        let u = Uniques { revision, keys };
        (self.uniques.borrow_mut()).insert((T::KIND.name, project), u.clone());
        Ok(u)
    }

    /// The world a record of `T` is checked in: its project and the records it refers to.
    async fn world_for<T: Record>(
        &self,
        record: &T,
        today: crate::domain::Date,
    ) -> Result<World, StorageError> {
        let mut world = World::new(today);
        if let Some(project) = record.project() {
            if let Some(p) = self.get::<Project>(project).await? {
                world.learn(&p);
            }
        }
        for form in record.refers_to() {
            if let Some(f) = self.get::<crate::survey::Form>(form).await? {
                world.learn(&f);
            }
        }
        Ok(world)
    }

    /// Saves `record`: a new one (`base` is `None`), or one edited from the version stamped
    /// `base`. Refused with [`StorageError::Stale`] if another tab saved it since (what this
    /// tab saved since `base` does not count), with [`SaveError::Refused`] if it fails its door
    /// check against what is stored now. The record comes back with its new version stamp.
    pub async fn save<T: Record>(
        &self,
        mut record: T,
        base: Option<Timestamp>,
        today: crate::domain::Date,
    ) -> Result<T, SaveError> {
        for _ in 0..3 {
            let id = record.id();
            let stored_row = self.store.row(T::KIND, id).await?;
            let stored: Option<T> = self
                .decode(stored_row.clone().into_iter().collect())
                .await?
                .pop();
            let stored_version = stored.as_ref().and_then(|s| s.edited());
            let expected = base.map(|b| self.resolve(T::KIND, id, b));
            // Another tab saved it since this tab's version, made it first, or deleted it.
            let stale = match (&stored, expected) {
                (Some(_), None) | (None, Some(_)) => true,
                (Some(_), Some(e)) => stored_version != Some(e),
                (None, None) => false,
            };
            if stale {
                return Err(StorageError::Stale.into());
            }
            let world = self.world_for(&record, today).await?;
            let problems = crate::records::door_check(&record, &world);
            if !problems.is_empty() {
                return Err(SaveError::Refused(problems));
            }
            let mut checks = vec![Check::Row {
                kind: T::KIND,
                id,
                row: stored_row,
            }];
            let mut uniques = None;
            if let (Some(project), Some(unique)) = (record.project(), record.unique()) {
                let u = self.uniques::<T>(project).await?;
                if u.keys.get(&unique).is_some_and(|other| *other != id) {
                    return Err(SaveError::Refused(vec![T::KIND.clash]));
                }
                checks.push(Check::Revision {
                    project,
                    revision: u.revision,
                });
                uniques = Some((project, unique, u));
            }
            if let (Some(written), Some(before)) = (record.edited(), stored_version) {
                if written <= before {
                    record.stamp(Timestamp(before.0 + 1));
                }
            }
            let row = rows::row_of(&Entry::of(&record));
            let sealed = rows::seal(&self.cipher, self.key_now().as_ref(), vec![row]).await?;
            let write = Write {
                lock: self.lock_now(),
                checks,
                puts: sealed.into_iter().map(|r| (T::KIND, r)).collect(),
                ..Write::default()
            };
            match self.store.write(&write).await {
                Err(StorageError::Stale) => {
                    // Another tab wrote to the project (or this record) meanwhile: look again.
                    if let Some(project) = record.project() {
                        self.uniques.borrow_mut().remove(&(T::KIND.name, project));
                    }
                    continue;
                }
                Err(e) => return Err(e.into()),
                Ok(()) => {}
            }
            if let (Some(before), Some(now)) = (stored_version, record.edited()) {
                (self.lineage.borrow_mut()).insert((T::KIND.name, id, before), now);
            }
            if let Some((project, unique, mut u)) = uniques {
                u.keys.insert(unique, id);
                u.revision = Revision(u.revision.0 + 1);
                self.uniques.borrow_mut().insert((T::KIND.name, project), u);
            }
            self.announce(vec![T::KIND.name], record.project().into_iter().collect());
            return Ok(record);
        }
        Err(StorageError::Stale.into())
    }

    /// Writes many records at once (an import, a restore, the demo), screened by the caller, in
    /// one transaction, only if each project in `expected` is still at its revision.
    pub async fn save_all(
        &self,
        data: &BackupData,
        expected: &[(Id, Revision)],
    ) -> Result<(), StorageError> {
        let mut puts = Vec::new();
        let mut kinds = Vec::new();
        let mut projects = Vec::new();
        for (name, entries) in data.sets() {
            let Some(ops) = records::find(&self.kinds, name) else {
                continue;
            };
            if entries.is_empty() {
                continue;
            }
            kinds.push(ops.kind().name);
            let plain: Vec<Row> = entries.iter().map(rows::row_of).collect();
            let sealed = rows::seal(&self.cipher, self.key_now().as_ref(), plain).await?;
            puts.extend(sealed.into_iter().map(|r| (ops.kind(), r)));
            let owned = ops.kind().owned;
            projects.extend(
                entries
                    .iter()
                    .filter_map(|e| if owned { e.project } else { Some(e.id) }),
            );
        }
        let write = Write {
            lock: self.lock_now(),
            checks: (expected.iter())
                .map(|(project, revision)| Check::Revision {
                    project: *project,
                    revision: *revision,
                })
                .collect(),
            puts,
            ..Write::default()
        };
        self.store.write(&write).await?;
        self.uniques.borrow_mut().clear();
        projects.sort_unstable();
        projects.dedup();
        self.announce(kinds, projects);
        Ok(())
    }

    /// Deletes records of `T` (of `project`, for an owned kind), all or none.
    pub async fn delete<T: Record>(
        &self,
        project: Option<Id>,
        ids: &[Id],
    ) -> Result<(), StorageError> {
        self.delete_with(
            vec![Delete::Rows {
                kind: T::KIND,
                project,
                ids: ids.to_vec(),
            }],
            vec![T::KIND.name],
            project,
        )
        .await
    }

    /// Deletes a project and every record of it.
    pub async fn delete_project(&self, id: Id) -> Result<(), StorageError> {
        let kinds = self.kinds.iter().map(|k| k.kind().name).collect();
        self.delete_with(vec![Delete::Project(id)], kinds, Some(id))
            .await
    }

    /// Deletes every record of every kind.
    pub async fn delete_everything(&self) -> Result<(), StorageError> {
        let kinds = self.kinds.iter().map(|k| k.kind().name).collect();
        self.delete_with(vec![Delete::Everything], kinds, None)
            .await
    }

    async fn delete_with(
        &self,
        deletes: Vec<Delete>,
        kinds: Vec<&'static str>,
        project: Option<Id>,
    ) -> Result<(), StorageError> {
        let write = Write {
            lock: self.lock_now(),
            deletes,
            ..Write::default()
        };
        self.store.write(&write).await?;
        self.uniques.borrow_mut().clear();
        self.announce(kinds, project.into_iter().collect());
        Ok(())
    }

    /// Everything stored, every kind, with the projects' revisions (read first).
    pub async fn everything(&self) -> Result<Everything, StorageError> {
        let mut out = Everything::default();
        for ops in &self.kinds {
            let rows = self.store.rows(ops.kind(), None).await?;
            if ops.kind().name == <Project as Record>::KIND.name {
                for row in &rows {
                    out.revisions
                        .insert(rows::id_of(row)?, Revision::of(Some(row)));
                }
            }
            let entries = self.entries(*ops, rows).await?;
            out.data.set_entries(ops.kind().name, entries);
        }
        Ok(out)
    }

    /// Writes a restore or merge plan planned on `stored` (from [`Repo::everything`]): only if
    /// no stored project it touches has moved on since ([`StorageError::Stale`]: plan again).
    pub async fn restore(
        &self,
        write: &BackupData,
        stored: &Everything,
    ) -> Result<(), StorageError> {
        let mut expected: Vec<(Id, Revision)> = Vec::new();
        for (_, entries) in write.sets() {
            for e in entries {
                let project = e.project.unwrap_or(e.id);
                if let Some(rev) = stored.revisions.get(&project) {
                    expected.push((project, *rev));
                }
            }
        }
        expected.sort_unstable();
        expected.dedup();
        self.save_all(write, &expected).await
    }

    fn forget_key(&self) {
        self.key.borrow_mut().take();
    }
}

/// `key` of a record, as its row has it.
pub fn row_key(id: Id) -> String {
    key(id)
}
