//! Table 8: data-quality checks over the current participants, so the coach can fix a record
//! before the report goes to the funder.

use super::super::{QualityIssue, QualityKind};
use super::{end, Selection};
use crate::domain::{Date, Id, Participant, Project};
use std::collections::BTreeMap;

/// The checks one participant fails (in an array, not a `Vec`: this runs for every current
/// participant on every period change).
fn failed(p: &Participant, project: &Project, today: Date) -> impl Iterator<Item = QualityKind> {
    let mut out = [None; QualityKind::ALL.len()];
    let mut push = |kind| {
        if let Some(free) = out.iter_mut().find(|k| k.is_none()) {
            *free = Some(kind);
        }
    };
    if p.discharge.is_some_and(|d| d.outcome.is_none()) {
        push(QualityKind::DischargedWithoutOutcome);
    }
    if p.referral.is_none() {
        push(QualityKind::NoReferral);
    }
    let out_of_order = p.phases.windows(2).any(|w| w[1].from < w[0].from)
        || p.phases
            .first()
            .zip(p.start)
            .is_some_and(|(f, s)| f.from < s)
        || p.phases.last().zip(end(p)).is_some_and(|(l, e)| l.from > e);
    if out_of_order {
        push(QualityKind::PhaseDatesOutOfOrder);
    }
    if p.start.is_some_and(|s| s < project.start) {
        push(QualityKind::StartBeforeProjectStart);
    }
    if let Some(project_end) = project.end {
        let still_active = match end(p) {
            None => project_end < today,
            Some(e) => e > project_end,
        };
        if still_active {
            push(QualityKind::ActiveAfterProjectEnd);
        }
    }
    out.into_iter().flatten()
}

/// Each check that some current participant fails, with those participants (by code).
pub(super) fn quality(s: &Selection, project: &Project, today: Date) -> Vec<QualityIssue> {
    let mut by_kind: BTreeMap<QualityKind, Vec<(Id, String)>> = BTreeMap::new();
    for p in &s.current {
        for kind in failed(p, project, today) {
            by_kind
                .entry(kind)
                .or_default()
                .push((p.id, p.code.clone()));
        }
    }
    // By code, so that a long list is read (and its first codes shown) in the coach's order.
    by_kind
        .into_iter()
        .map(|(kind, mut participants)| {
            participants.sort_by(|a, b| a.1.cmp(&b.1));
            QualityIssue { kind, participants }
        })
        .collect()
}
