//! Merging a colleague's backup into what is stored: working together without a server.
//!
//! Records are matched by id. A record only in the colleague's file is added; one only here is
//! kept (nothing is ever deleted, so a colleague's deletion does not travel). A record in both
//! that differs is a conflict: the version edited last (`updated_at`) wins, and every conflict
//! is listed for the coach with both edit times and which version won. Self-evaluation answers
//! never change once stored, so two different answers with one id keep the stored one.
//! The result is a [`RestorePlan`], written by the storage layer in one transaction.

use super::backup::{ids, Backup, BackupData, Counts, RestorePlan};
use super::screen::{screen_with, Screened};
use crate::domain::{Date, Id, Timestamp};
use crate::records::{self, Entry, Ops};
use std::collections::HashMap;

/// Whose version a conflict keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Winner {
    /// The version stored here was edited later (or at the same time): kept.
    Here,
    /// The colleague's version was edited later: it replaces the one here.
    Theirs,
}

/// One record that both sides changed differently.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The kind's name (`"participants"`).
    pub kind: &'static str,
    /// What the coach recognises it by: a project's or form's name, a participant's code.
    pub label: String,
    pub here: Option<Timestamp>,
    pub theirs: Option<Timestamp>,
    pub winner: Winner,
}

/// What merging will do: the counts and records to write, and the conflicts to show.
#[derive(Clone, Debug, PartialEq)]
pub struct MergePlan {
    /// `changed` counts the records where the colleague's newer version replaces the one here;
    /// `unchanged` those equal on both sides or newer here.
    pub plan: RestorePlan,
    pub conflicts: Vec<Conflict>,
}

fn merge_kind(
    kind: &'static str,
    theirs: &[Entry],
    here: &[Entry],
    conflicts: &mut Vec<Conflict>,
) -> (Counts, Vec<Entry>) {
    let here_by_id: HashMap<Id, &Entry> = here.iter().map(|x| (x.id, x)).collect();
    let mut counts = Counts::default();
    let mut write = Vec::new();
    for x in theirs {
        match here_by_id.get(&x.id) {
            None => {
                counts.added += 1;
                write.push(x.clone());
            }
            Some(mine) if mine.json == x.json => counts.unchanged += 1,
            Some(mine) => {
                // Records never edited (answers) have no edit time: the one here stays.
                let winner = match (x.edited, mine.edited) {
                    (Some(t), Some(h)) if t > h => Winner::Theirs,
                    _ => Winner::Here,
                };
                if winner == Winner::Theirs {
                    counts.changed += 1;
                    write.push(x.clone());
                } else {
                    counts.unchanged += 1;
                }
                conflicts.push(Conflict {
                    kind,
                    label: mine.label.clone(),
                    here: mine.edited,
                    theirs: x.edited,
                    winner,
                });
            }
        }
    }
    let their_ids = ids(theirs);
    counts.kept = here.iter().filter(|x| !their_ids.contains(&x.id)).count();
    (counts, write)
}

/// Compares a colleague's backup with what is stored and says what merging it would do. Records
/// that fail the door check ([`super::screen`]) are left out and listed in the plan.
pub fn plan_merge(theirs: &Backup, here: &BackupData, today: Date) -> MergePlan {
    plan_merge_with(theirs, here, today, &records::KINDS)
}

/// [`plan_merge`] of these kinds. Who wins is worked out first, and what will be written is
/// then checked against what it is written beside: a colleague's participant that names a label
/// only their (older, losing) version of the project has is left out and listed.
pub fn plan_merge_with(
    theirs: &Backup,
    here: &BackupData,
    today: Date,
    kinds: &[&'static dyn Ops],
) -> MergePlan {
    let mut merge = plan_winners(&theirs.data, here, kinds);
    let Screened { accepted, rejected } = screen_with(&merge.plan.write, here, today, kinds);
    // A winner left out is not added, or stays as it is here.
    for (name, counts) in &mut merge.plan.counts {
        let mine = ids(here.entries(name));
        let written = accepted.entries(name);
        let changed = written.iter().filter(|e| mine.contains(&e.id)).count();
        let in_both = counts.changed + counts.unchanged;
        counts.added = written.len() - changed;
        counts.changed = changed;
        counts.unchanged = in_both - changed;
    }
    merge.plan.write = accepted;
    merge.plan.rejected = [theirs.unread.clone(), rejected].concat();
    merge
}

fn plan_winners(theirs: &BackupData, here: &BackupData, kinds: &[&'static dyn Ops]) -> MergePlan {
    let mut conflicts = Vec::new();
    let mut plan = RestorePlan::default();
    for kind in kinds {
        let name = kind.kind().name;
        let (counts, write) = merge_kind(
            name,
            theirs.entries(name),
            here.entries(name),
            &mut conflicts,
        );
        plan.counts.push((name, counts));
        plan.write.set_entries(name, write);
    }
    MergePlan { plan, conflicts }
}
