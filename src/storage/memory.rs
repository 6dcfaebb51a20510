//! An in-memory [`Store`], for native tests and anything that must not touch the browser.
//!
//! It keeps rows as IndexedDB does and follows the same rules in every write (the checks, the
//! lock, projects before their records, revisions), so the write path behaves the same over
//! it. Clones share one store, as two tabs share one database: tests run two "tabs" over one
//! [`MemoryStore`].

use super::{Check, Delete, Lock, Revision, Row, StorageError, Store, Write, PROJECTS};
use crate::domain::Id;
use crate::records::Kind;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

type Table = BTreeMap<String, Row>;

#[derive(Default)]
struct Inner {
    /// One table per kind's store, by the kind's name.
    tables: BTreeMap<&'static str, Table>,
    lock: Option<Lock>,
    /// When set, the next write fails with this error (to test failure handling).
    fail_next_write: Option<StorageError>,
}

#[derive(Clone, Default)]
pub struct MemoryStore {
    inner: Rc<RefCell<Inner>>,
    /// The kinds it keeps (an owned kind's records need a row in the projects' table).
    kinds: Rc<Vec<Kind>>,
}

/// The kind whose table holds projects.
const PROJECTS_KIND: Kind = <crate::domain::Project as crate::records::Record>::KIND;

impl MemoryStore {
    /// A store of the app's kinds.
    pub fn new() -> Self {
        Self::with_kinds(crate::records::KINDS.iter().map(|k| k.kind()).collect())
    }

    /// A store of these kinds (a test may declare one of its own).
    pub fn with_kinds(kinds: Vec<Kind>) -> Self {
        let inner = Inner {
            tables: kinds.iter().map(|k| (k.name, Table::new())).collect(),
            ..Inner::default()
        };
        MemoryStore {
            inner: Rc::new(RefCell::new(inner)),
            kinds: Rc::new(kinds),
        }
    }

    /// Makes the next write fail with `error`, once.
    pub fn fail_next_write(&self, error: StorageError) {
        self.inner.borrow_mut().fail_next_write = Some(error);
    }

    fn known(&self, kind: Kind) -> Result<(), StorageError> {
        if self.kinds.contains(&kind) {
            Ok(())
        } else {
            Err(StorageError::Failed(format!("no store {}", kind.name)))
        }
    }
}

fn table(inner: &Inner, kind: Kind) -> &Table {
    static EMPTY: Table = Table::new();
    inner.tables.get(kind.name).unwrap_or(&EMPTY)
}

impl Store for MemoryStore {
    async fn rows(&self, kind: Kind, project: Option<Id>) -> Result<Vec<Row>, StorageError> {
        self.known(kind)?;
        let inner = self.inner.borrow();
        let key = project.map(super::key);
        Ok(table(&inner, kind)
            .values()
            .filter(|r| key.is_none() || r.project_id == key)
            .cloned()
            .collect())
    }

    async fn project_rows(
        &self,
        project: Id,
        kind: Kind,
    ) -> Result<(Option<Row>, Vec<Row>), StorageError> {
        let rows = self.rows(kind, Some(project)).await?;
        let inner = self.inner.borrow();
        let projects = inner.tables.get(PROJECTS);
        Ok((
            projects.and_then(|t| t.get(&super::key(project)).cloned()),
            rows,
        ))
    }

    async fn row(&self, kind: Kind, id: Id) -> Result<Option<Row>, StorageError> {
        self.known(kind)?;
        Ok(table(&self.inner.borrow(), kind)
            .get(&super::key(id))
            .cloned())
    }

    async fn lock(&self) -> Result<Option<Lock>, StorageError> {
        Ok(self.inner.borrow().lock.clone())
    }

    async fn write(&self, w: &Write) -> Result<(), StorageError> {
        let mut inner = self.inner.borrow_mut();
        if let Some(e) = inner.fail_next_write.take() {
            return Err(e);
        }
        for (kind, _) in &w.puts {
            self.known(*kind)?;
        }
        if inner.lock != w.lock {
            return Err(StorageError::Locked);
        }
        for check in &w.checks {
            let holds = match check {
                Check::Row { kind, id, row } => {
                    super::unchanged(table(&inner, *kind).get(&super::key(*id)), row.as_ref())
                }
                Check::Revision { project, revision } => {
                    let stored = table(&inner, PROJECTS_KIND).get(&super::key(*project));
                    let stored = stored.ok_or(StorageError::ProjectGone)?;
                    Revision::of(Some(stored)) == *revision
                }
                Check::All { kind, rows } => table(&inner, *kind).values().eq(rows.iter()),
            };
            if !holds {
                return Err(StorageError::Stale);
            }
        }
        // Every rule is checked before anything changes, so a refused write changes nothing.
        let deleted = |project: &str| w.deletes_project(project);
        let mut touched: BTreeSet<String> = BTreeSet::new();
        for delete in &w.deletes {
            if let Delete::Rows {
                project: Some(p), ..
            } = delete
            {
                if table(&inner, PROJECTS_KIND).contains_key(&super::key(*p))
                    && !deleted(&super::key(*p))
                {
                    touched.insert(super::key(*p));
                }
            }
        }
        for (kind, row) in &w.puts {
            if kind.name == PROJECTS {
                touched.insert(row.id.clone());
            } else if kind.owned {
                let project = row.project_id.clone().ok_or(StorageError::ProjectGone)?;
                let put_here = w.project_put(&project).is_some();
                let stored =
                    table(&inner, PROJECTS_KIND).contains_key(&project) && !deleted(&project);
                if !put_here && !stored {
                    return Err(StorageError::ProjectGone);
                }
                touched.insert(project);
            }
        }
        let revisions: Vec<(String, u64)> = (touched.into_iter())
            .map(|id| {
                let before = if deleted(&id) {
                    None
                } else {
                    table(&inner, PROJECTS_KIND).get(&id).and_then(|r| r.rev)
                };
                (id, before.unwrap_or(0) + 1)
            })
            .collect();
        for delete in &w.deletes {
            match delete {
                Delete::Rows { kind, ids, .. } => {
                    if let Some(t) = inner.tables.get_mut(kind.name) {
                        ids.iter().for_each(|id| {
                            t.remove(&super::key(*id));
                        });
                    }
                }
                Delete::Project(id) => {
                    let key = super::key(*id);
                    for kind in self.kinds.iter() {
                        let t = inner.tables.entry(kind.name).or_default();
                        if kind.owned {
                            t.retain(|_, r| r.project_id.as_deref() != Some(key.as_str()));
                        } else if kind.name == PROJECTS {
                            t.remove(&key);
                        }
                    }
                }
                Delete::Everything => inner.tables.values_mut().for_each(Table::clear),
            }
        }
        for (kind, row) in &w.puts {
            (inner.tables.entry(kind.name).or_default()).insert(row.id.clone(), row.clone());
        }
        let projects = inner.tables.entry(PROJECTS).or_default();
        for (id, rev) in revisions {
            if let Some(row) = projects.get_mut(&id) {
                row.rev = Some(rev);
            }
        }
        if let Some(lock) = &w.new_lock {
            inner.lock = lock.clone();
        }
        Ok(())
    }
}
