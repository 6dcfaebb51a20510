//! The records of a backup or a store as data: a set of entries per kind of record.
//!
//! Backups, restore plans, merges and the door check of files all speak of data this way, so
//! a new kind of record travels through all of them without a change here.

use crate::records::{self, Entry, Record};

/// The records of a backup, a set per kind, in the order of [`records::KINDS`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BackupData {
    sets: Vec<(&'static str, Vec<Entry>)>,
}

impl BackupData {
    pub fn new() -> Self {
        Self::default()
    }

    /// The same data with `records` as its set of their kind (replacing any).
    pub fn with<T: Record>(mut self, records: &[T]) -> Self {
        self.set(records);
        self
    }

    /// Makes `records` the set of their kind.
    pub fn set<T: Record>(&mut self, records: &[T]) {
        self.set_entries(T::KIND.name, records.iter().map(Entry::of).collect());
    }

    /// Makes `entries` the set of kind `name`, keeping the sets in the kinds' order. No entries
    /// is no set: data is the same whether an empty set is there or not.
    pub fn set_entries(&mut self, name: &'static str, entries: Vec<Entry>) {
        if entries.is_empty() {
            self.sets.retain(|(n, _)| *n != name);
            return;
        }
        match self.sets.iter_mut().find(|(n, _)| *n == name) {
            Some((_, set)) => *set = entries,
            None => {
                self.sets.push((name, entries));
                let order = |n: &str| records::KINDS.iter().position(|k| k.kind().name == n);
                self.sets
                    .sort_by_key(|(n, _)| order(n).unwrap_or(usize::MAX));
            }
        }
    }

    /// The entries of kind `name` (none if there is no such set).
    pub fn entries(&self, name: &str) -> &[Entry] {
        (self.sets.iter())
            .find(|(n, _)| *n == name)
            .map_or(&[], |(_, set)| set.as_slice())
    }

    /// The records of kind `T`. Entries are read from JSON their type wrote, so every one decodes.
    pub fn records<T: Record>(&self) -> Vec<T> {
        (self.entries(T::KIND.name).iter())
            .filter_map(|e| e.decode().ok())
            .collect()
    }

    /// Every set: the kind's name and its entries.
    pub fn sets(&self) -> impl Iterator<Item = (&'static str, &[Entry])> {
        self.sets.iter().map(|(n, set)| (*n, set.as_slice()))
    }

    /// Whether it holds no record at all.
    pub fn is_empty(&self) -> bool {
        self.sets.iter().all(|(_, set)| set.is_empty())
    }

    /// How many records of kind `name` it holds.
    pub fn count(&self, name: &str) -> usize {
        self.entries(name).len()
    }

    /// The data as JSON: an object with an array per kind. The first version's kinds (projects,
    /// participants) are always there, later kinds only when they have records, as files have
    /// always had them.
    pub fn to_json(&self) -> String {
        let always = (records::KINDS.iter())
            .filter(|k| k.kind().since == 1)
            .map(|k| (k.kind().name, self.entries(k.kind().name)));
        let others = (self.sets.iter())
            .filter(|(n, _)| {
                !records::KINDS
                    .iter()
                    .any(|k| k.kind().since == 1 && k.kind().name == *n)
            })
            .map(|(n, set)| (*n, set.as_slice()));
        let mut out = String::from("{");
        let mut first = true;
        for (name, set) in always.chain(others) {
            if !first {
                out.push(',');
            }
            first = false;
            // A kind's name is a plain word: it needs no escaping.
            out.push_str(&format!("\"{name}\":["));
            for (i, e) in set.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&e.json);
            }
            out.push(']');
        }
        out.push('}');
        out
    }
}
