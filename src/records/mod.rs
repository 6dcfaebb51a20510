//! What kinds of records Stegvis keeps, each declared once.
//!
//! A record kind is a type that implements [`Record`]: its [`Kind`] (the store it lives in and
//! the schema version that made that store, and whether its records belong to a project), its
//! id, its project, its version stamp, what a coach knows it by, and its door check. Everything
//! that keeps records works for every declared kind through that declaration alone: storing,
//! loading and deleting (`crate::storage`, `crate::repo`), batches, backups, restore plans,
//! merging and screening (`crate::formats`), sealing with a passphrase and the schema
//! migrations (`crate::storage::idb`). [`KINDS`] lists the app's kinds in the order they are
//! written and read (a project before what belongs to it).
//!
//! Generic code that must hold records of different kinds side by side (a backup, a batch)
//! holds [`Entry`]s: a record as its JSON text, with the few facts every kind has read off it.
//! [`Ops`] turns JSON into entries and runs the door check, for a kind known only by its name.
//!
//! Adding a kind: a type, `impl Record` (see `kinds.rs`), a `static` [`Of`] and a line in
//! [`KINDS`], and a schema version for its store (its `since`).

mod kinds;
mod world;

pub use kinds::{ANSWERS, FORMS, PARTICIPANTS, PROJECTS};
pub use world::World;

use crate::domain::check::RecordProblem;
use crate::domain::{Id, Timestamp};
use serde::{de::DeserializeOwned, Serialize};
use std::marker::PhantomData;

/// Where and how a kind of record is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Kind {
    /// The store's name, and the record set's key in a backup file (`"participants"`).
    pub name: &'static str,
    /// The IndexedDB schema version whose migration made this kind's store.
    pub since: u32,
    /// Whether each record belongs to a project: then it is indexed by its project, deleted
    /// with it, written only while the project is stored, and moves the project's revision.
    pub owned: bool,
    /// What a second record with the same [`Record::unique`] key in a project is told.
    pub clash: RecordProblem,
}

/// A kind of record the app keeps. See the module's documentation.
pub trait Record: Serialize + DeserializeOwned + Clone + PartialEq + 'static {
    const KIND: Kind;
    fn id(&self) -> Id;
    /// The project it belongs to (for owned kinds).
    fn project(&self) -> Option<Id>;
    /// When it was last edited: its version stamp. `None` for records never edited once made.
    fn edited(&self) -> Option<Timestamp>;
    /// Sets the version stamp (nothing, for records never edited).
    fn stamp(&mut self, at: Timestamp);
    /// What the coach recognises it by: a name, a code, a month.
    fn label(&self) -> String;
    /// What must be unique among the records of this kind in one project (a participant's code,
    /// an answer's form and nonce), in the form it is compared in.
    fn unique(&self) -> Option<String> {
        None
    }
    /// The self-evaluation forms it refers to, which its door check needs to see (an answer's).
    fn refers_to(&self) -> Vec<Id> {
        Vec::new()
    }
    /// The kind's own door check: what is wrong with the record, judged against the other
    /// records there. That a record of an owned kind needs its project is checked for every
    /// kind by [`door_check`], which is what callers run.
    fn check(&self, world: &World) -> Vec<RecordProblem>;
}

/// The whole door check of a record: its kind's own check, and, for every owned kind, that
/// its project is there. Sorted, each problem once.
pub fn door_check<T: Record>(record: &T, world: &World) -> Vec<RecordProblem> {
    let mut problems = record.check(world);
    if T::KIND.owned && record.project().is_none_or(|p| world.project(p).is_none()) {
        problems.push(RecordProblem::NoProject);
    }
    problems.sort_unstable();
    problems.dedup();
    problems
}

/// A record of any kind, as generic code holds it: its JSON and what every kind has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: Id,
    pub project: Option<Id>,
    pub edited: Option<Timestamp>,
    pub label: String,
    pub unique: Option<String>,
    /// The record as JSON, as its type writes it (so equal records have equal text).
    pub json: String,
}

impl Entry {
    /// The entry of a typed record.
    pub fn of<T: Record>(record: &T) -> Entry {
        Entry {
            id: record.id(),
            project: record.project(),
            edited: record.edited(),
            label: record.label(),
            unique: record.unique(),
            // Records hold only strings, numbers and plain enums: serialising cannot fail.
            json: serde_json::to_string(record).expect("records serialise to JSON"),
        }
    }

    /// The typed record.
    pub fn decode<T: Record>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_str(&self.json)
    }
}

/// What generic code can do with a kind known by its name.
pub trait Ops: Sync {
    fn kind(&self) -> Kind;
    /// Reads a record of this kind from JSON (a file, a stored row); its JSON is written again
    /// by its type, so fields it does not know are dropped and missing ones get their defaults.
    fn entry(&self, json: &str) -> Result<Entry, serde_json::Error>;
    /// The door check ([`door_check`]) of the record in `entry`.
    fn check(&self, entry: &Entry, world: &World) -> Vec<RecordProblem>;
    /// Adds what the record tells the world that later checks need (a project's labels, a
    /// form). Called for every record that passed its check, in [`KINDS`] order.
    fn tell(&self, entry: &Entry, world: &mut World);
}

/// The [`Ops`] of a [`Record`] type.
pub struct Of<T>(PhantomData<fn() -> T>);

impl<T> Of<T> {
    pub const fn new() -> Self {
        Of(PhantomData)
    }
}

impl<T> Default for Of<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Record> Ops for Of<T> {
    fn kind(&self) -> Kind {
        T::KIND
    }

    fn entry(&self, json: &str) -> Result<Entry, serde_json::Error> {
        let record: T = serde_json::from_str(json)?;
        Ok(Entry::of(&record))
    }

    fn check(&self, entry: &Entry, world: &World) -> Vec<RecordProblem> {
        match entry.decode::<T>() {
            Ok(record) => door_check(&record, world),
            Err(_) => vec![RecordProblem::Unreadable],
        }
    }

    fn tell(&self, entry: &Entry, world: &mut World) {
        if let Ok(record) = entry.decode::<T>() {
            world.learn(&record);
        }
    }
}

/// The app's kinds, a project first.
pub static KINDS: [&dyn Ops; 4] = [&PROJECTS, &PARTICIPANTS, &FORMS, &ANSWERS];

/// The kind of `name` among `kinds`.
pub fn find<'a>(kinds: &[&'a dyn Ops], name: &str) -> Option<&'a dyn Ops> {
    kinds.iter().copied().find(|k| k.kind().name == name)
}
