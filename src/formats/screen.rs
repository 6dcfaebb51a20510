//! The door check of a whole set of records coming in from a file (a restore or a merge): each
//! record passes the same check as the form that makes it, and the set keeps what the store
//! keeps: ids unique, codes unique within a project, every record's project there, every label
//! a participant names in its project, every answer fitting its form and counted once.
//!
//! A file is never refused whole for one bad record: the records that fail are listed by kind,
//! what the coach knows them by (code or name) and why, and the rest can be restored. A checksum
//! only says a file was not damaged by accident; anyone can recompute it, so this runs on every
//! file that reads.

use super::backup::BackupData;
use super::merge::Kind;
use crate::domain::check::{self, ProjectLabels, RecordProblem};
use crate::domain::key::key;
use crate::domain::{Date, Id, Project};
use crate::survey::{check as form_check, Form, YearMonth};
use std::collections::{HashMap, HashSet};

/// A record left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    pub kind: Kind,
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
    /// name or code looks like a personnummer, which is never shown.
    Position(usize),
}

impl Label {
    fn of(name: &str, position: usize) -> Label {
        if crate::domain::personnummer::contains(name) {
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

/// Checks `incoming` against itself and against `stored` (what is on this device), as of `today`.
pub fn screen(incoming: &BackupData, stored: &BackupData, today: Date) -> Screened {
    let mut out = Screened::default();
    let mut reject = |kind, label: Label, problems: Vec<RecordProblem>| {
        out.rejected.push(Rejected {
            kind,
            label,
            problems,
        })
    };
    let mut accepted = BackupData::default();

    // Projects: the version coming in, if it passes, is what the others are checked against.
    let mut seen = HashSet::new();
    let mut projects: HashMap<Id, &Project> = stored.projects.iter().map(|p| (p.id, p)).collect();
    for (i, p) in incoming.projects.iter().enumerate() {
        let mut problems = check::project(p);
        if !seen.insert(p.id) {
            problems.push(RecordProblem::DuplicateId);
        }
        if problems.is_empty() {
            projects.insert(p.id, p);
            accepted.projects.push(p.clone());
        } else {
            reject(Kind::Project, Label::of(&p.name, i), problems);
        }
    }
    let labels: HashMap<Id, ProjectLabels> = (projects.iter())
        .map(|(id, p)| (*id, ProjectLabels::of(p)))
        .collect();

    // Participants: codes are unique among those that stay and those that come in.
    let incoming_ids: HashSet<Id> = incoming.participants.iter().map(|p| p.id).collect();
    let mut codes: HashMap<(Id, String), Id> = (stored.participants.iter())
        .filter(|p| !incoming_ids.contains(&p.id))
        .map(|p| ((p.project_id, key(&p.code)), p.id))
        .collect();
    let mut seen = HashSet::new();
    for (i, p) in incoming.participants.iter().enumerate() {
        let mut problems = check::participant(p, labels.get(&p.project_id));
        if !seen.insert(p.id) {
            problems.push(RecordProblem::DuplicateId);
        }
        let code = (p.project_id, key(&p.code));
        if codes.get(&code).is_some_and(|other| *other != p.id) {
            problems.push(RecordProblem::DuplicateCode);
        }
        if problems.is_empty() {
            codes.insert(code, p.id);
            accepted.participants.push(p.clone());
        } else {
            reject(Kind::Participant, Label::of(&p.code, i), problems);
        }
    }

    // Forms.
    let mut forms: HashMap<Id, &Form> = stored.forms.iter().map(|f| (f.id, f)).collect();
    let mut seen = HashSet::new();
    for (i, f) in incoming.forms.iter().enumerate() {
        let mut problems = Vec::new();
        if !form_check::problems(f).is_empty() {
            problems.push(RecordProblem::BadForm);
        }
        if !projects.contains_key(&f.project_id) {
            problems.push(RecordProblem::NoProject);
        }
        if !seen.insert(f.id) {
            problems.push(RecordProblem::DuplicateId);
        }
        if problems.is_empty() {
            forms.insert(f.id, f);
            accepted.forms.push(f.clone());
        } else {
            reject(Kind::Form, Label::of(&f.name, i), problems);
        }
    }

    // Answers: each fits its form, and the same answer (form and nonce) is counted once.
    let latest = YearMonth {
        year: u16::try_from(today.year()).unwrap_or(u16::MAX),
        month: today.month(),
    }
    .next();
    let incoming_ids: HashSet<Id> = incoming.answers.iter().map(|a| a.id).collect();
    let mut nonces: HashMap<(Id, u64), Id> = (stored.answers.iter())
        .filter(|a| !incoming_ids.contains(&a.id))
        .map(|a| ((a.form_id, a.nonce), a.id))
        .collect();
    let mut seen = HashSet::new();
    for a in &incoming.answers {
        let mut problems = Vec::new();
        match forms.get(&a.form_id) {
            Some(form) if form_check::answer_problems(form, a, latest).is_empty() => {}
            _ => problems.push(RecordProblem::BadAnswer),
        }
        if !projects.contains_key(&a.project_id) {
            problems.push(RecordProblem::NoProject);
        }
        if !seen.insert(a.id) {
            problems.push(RecordProblem::DuplicateId);
        }
        let nonce = (a.form_id, a.nonce);
        if nonces.get(&nonce).is_some_and(|other| *other != a.id) {
            problems.push(RecordProblem::DuplicateAnswer);
        }
        if problems.is_empty() {
            nonces.insert(nonce, a.id);
            accepted.answers.push(a.clone());
        } else {
            reject(Kind::Answer, Label::Named(a.month.to_string()), problems);
        }
    }
    out.accepted = accepted;
    out
}
