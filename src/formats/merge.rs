//! Merging a colleague's backup into what is stored: working together without a server.
//!
//! Records are matched by id. A record only in the colleague's file is added; one only here is
//! kept (nothing is ever deleted, so a colleague's deletion does not travel). A record in both
//! that differs is a conflict: the version edited last (`updated_at`) wins, and every conflict
//! is listed for the coach with both edit times and which version won. Self-evaluation answers
//! never change once stored, so two different answers with one id keep the stored one.
//! The result is a [`RestorePlan`], written by the storage layer in one transaction.

use super::backup::{BackupData, Counts, RestorePlan};
use crate::domain::{Date, Id, Participant, Project, Timestamp};
use crate::survey::{Answer, Form};
use std::collections::HashMap;

/// What kind of record a conflict is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Project,
    Participant,
    Form,
    Answer,
}

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
    pub kind: Kind,
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

/// A record as merging sees it.
trait Record: Clone + PartialEq {
    const KIND: Kind;
    fn id(&self) -> Id;
    /// When it was last edited; `None` for records that are never edited.
    fn edited(&self) -> Option<Timestamp>;
    fn label(&self) -> String;
}

/// `Record` for a type: its kind, when it was last edited, and its label.
macro_rules! record {
    ($t:ty, $kind:expr, $edited:expr, $label:expr) => {
        impl Record for $t {
            const KIND: Kind = $kind;
            fn id(&self) -> Id {
                self.id
            }
            fn edited(&self) -> Option<Timestamp> {
                $edited(self)
            }
            fn label(&self) -> String {
                $label(self)
            }
        }
    };
}

record!(
    Project,
    Kind::Project,
    |x: &Project| Some(x.updated_at),
    |x: &Project| x.name.clone()
);
record!(
    Participant,
    Kind::Participant,
    |x: &Participant| Some(x.updated_at),
    |x: &Participant| x.code.clone()
);
record!(
    Form,
    Kind::Form,
    |x: &Form| Some(x.updated_at),
    |x: &Form| x.name.clone()
);
// Answers never change once stored: no edit time.
record!(Answer, Kind::Answer, |_: &Answer| None, |x: &Answer| x
    .id
    .to_string());

fn merge_kind<T: Record>(
    theirs: &[T],
    here: &[T],
    conflicts: &mut Vec<Conflict>,
) -> (Counts, Vec<T>) {
    let here_by_id: HashMap<Id, &T> = here.iter().map(|x| (x.id(), x)).collect();
    let mut counts = Counts::default();
    let mut write = Vec::new();
    for x in theirs {
        match here_by_id.get(&x.id()) {
            None => {
                counts.added += 1;
                write.push(x.clone());
            }
            Some(mine) if *mine == x => counts.unchanged += 1,
            Some(mine) => {
                let winner = match (x.edited(), mine.edited()) {
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
                    kind: T::KIND,
                    label: mine.label(),
                    here: mine.edited(),
                    theirs: x.edited(),
                    winner,
                });
            }
        }
    }
    let their_ids: std::collections::HashSet<Id> = theirs.iter().map(Record::id).collect();
    counts.kept = here.iter().filter(|x| !their_ids.contains(&x.id())).count();
    (counts, write)
}

/// Compares a colleague's backup with what is stored and says what merging it would do. Records
/// that fail the door check ([`super::screen`]) are left out and listed in the plan.
pub fn plan_merge(theirs: &BackupData, here: &BackupData, today: Date) -> MergePlan {
    let super::screen::Screened { accepted, rejected } = super::screen::screen(theirs, here, today);
    let mut merge = plan_screened(&accepted, here);
    merge.plan.rejected = rejected;
    merge
}

fn plan_screened(theirs: &BackupData, here: &BackupData) -> MergePlan {
    let mut conflicts = Vec::new();
    let (projects, p) = merge_kind(&theirs.projects, &here.projects, &mut conflicts);
    let (participants, d) = merge_kind(&theirs.participants, &here.participants, &mut conflicts);
    let (forms, f) = merge_kind(&theirs.forms, &here.forms, &mut conflicts);
    let (answers, a) = merge_kind(&theirs.answers, &here.answers, &mut conflicts);
    MergePlan {
        plan: RestorePlan {
            projects,
            participants,
            forms,
            answers,
            write: BackupData {
                projects: p,
                participants: d,
                forms: f,
                answers: a,
            },
            rejected: Vec::new(),
        },
        conflicts,
    }
}
