//! The door check of a whole set of records coming in from a file (a restore or a merge): each
//! record passes the door check of its kind (the same rules as the form that makes it), and the
//! set keeps what the store keeps: ids unique, every owned record's project there, and what must
//! be unique in a project (a participant's code, an answer's form and nonce) unique among what
//! stays and what comes in.
//!
//! A file is never refused whole for one bad record: the records that fail are listed by kind,
//! what the coach knows them by (a code or a name; a record whose name looks like a personnummer
//! by its place in the file, so the number is never shown) and why, and the rest can be
//! restored. A checksum only says a file was not damaged by accident; anyone can recompute it,
//! so this runs on every file that reads. It works for every kind in [`records::KINDS`] alike.

use super::data::BackupData;
use crate::domain::check::RecordProblem;
use crate::domain::{personnummer, Date, Id};
use crate::records::{Entry, Ops, World};
use std::collections::{HashMap, HashSet};

/// A record left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// The kind's name (`"participants"`).
    pub kind: String,
    /// What the coach recognises it by.
    pub label: Label,
    pub problems: Vec<RecordProblem>,
}

/// How a record left out is named to the coach.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    /// A project's or form's name, a participant's code, an answer's month.
    Named(String),
    /// Its place among the records of its kind in the file, counting from 1: for a record whose
    /// name or code looks like a personnummer, which is never shown, and for one that does not
    /// read at all.
    Position(usize),
}

impl Label {
    fn of(name: &str, position: usize) -> Label {
        if personnummer::contains(name) {
            Label::Position(position + 1)
        } else {
            Label::Named(name.to_owned())
        }
    }
}

impl PartialEq<&str> for Label {
    fn eq(&self, other: &&str) -> bool {
        matches!(self, Label::Named(name) if name == other)
    }
}

/// The records that pass, and those that do not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Screened {
    pub accepted: BackupData,
    pub rejected: Vec<Rejected>,
}

/// Checks `incoming` against itself and against `stored` (what is on this device, which passed
/// these checks when it was stored), as of `today`, kind by kind.
pub fn screen(incoming: &BackupData, stored: &BackupData, today: Date) -> Screened {
    screen_with(incoming, stored, today, &crate::records::KINDS)
}

/// [`screen`] of these kinds.
pub fn screen_with(
    incoming: &BackupData,
    stored: &BackupData,
    today: Date,
    kinds: &[&'static dyn Ops],
) -> Screened {
    let mut world = World::new(today);
    let mut out = Screened::default();
    for kind in kinds {
        let name = kind.kind().name;
        let (mine, theirs) = (stored.entries(name), incoming.entries(name));
        for e in mine {
            kind.tell(e, &mut world);
        }
        // What must be unique in a project: a stored record's key stays its own (whether or not
        // the file's version of it comes in), so nothing can slip in beside it.
        let mut unique: HashMap<(Option<Id>, String), Id> = (mine.iter())
            .filter_map(|e| Some(((e.project, e.unique.clone()?), e.id)))
            .collect();
        let mut seen = HashSet::new();
        let mut accepted: Vec<Entry> = Vec::with_capacity(theirs.len());
        for (i, e) in theirs.iter().enumerate() {
            let mut problems = kind.check(e, &world);
            if !seen.insert(e.id) {
                problems.push(RecordProblem::DuplicateId);
            }
            let key = e.unique.clone().map(|u| (e.project, u));
            if let Some(key) = &key {
                if unique.get(key).is_some_and(|other| *other != e.id) {
                    problems.push(kind.kind().clash);
                }
            }
            problems.sort_unstable();
            problems.dedup();
            if problems.is_empty() {
                if let Some(key) = key {
                    unique.insert(key, e.id);
                }
                kind.tell(e, &mut world);
                accepted.push(e.clone());
            } else {
                out.rejected.push(Rejected {
                    kind: name.to_owned(),
                    label: Label::of(&e.label, i),
                    problems,
                });
            }
        }
        out.accepted.set_entries(name, accepted);
    }
    out
}
