//! What is due (*att göra*): check-ins, planned ends, follow-ups after exit and participants
//! who have waited too long, this week or overdue.
//!
//! A coach opens Stegvis each week to see this list; the project page shows a project's, the
//! start page every open project's. Weeks run Monday to Sunday.

use super::journey::follow_up_day;
use super::participant::{Participant, Status};
use super::{Date, Id, Project};

/// What kind of thing is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DueKind {
    /// A check-in (*avstämning*).
    CheckIn,
    /// The planned end of the participation.
    PlannedEnd,
    /// The follow-up this many months after the discharge.
    FollowUp(u8),
    /// The participant has waited as long as the project's limit.
    Waiting,
}

/// One thing due for one participant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    pub project: Id,
    pub participant: Id,
    pub code: String,
    pub kind: DueKind,
    pub date: Date,
    /// Due before today.
    pub overdue: bool,
}

/// The next check-in of an active participant: the project's interval after the last check-in
/// (or the start). None if the project has no interval or the participant is not active.
pub fn next_check_in(p: &Participant, project: &Project) -> Option<Date> {
    let months = project.check_in_months?;
    if p.status() != Status::Active {
        return None;
    }
    let from = p.check_ins.last().copied().or(p.start)?;
    Some(from.plus_months(i32::from(months)))
}

/// The follow-ups after exit of a discharged participant that are not recorded yet, with the
/// day each is due.
pub fn follow_ups_pending<'a>(
    p: &'a Participant,
    project: &'a Project,
) -> impl Iterator<Item = (u8, Date)> + 'a {
    let end = (p.status() == Status::Discharged)
        .then_some(p.discharge)
        .flatten()
        .map(|d| d.end);
    project
        .follow_up_months
        .iter()
        .filter(move |m| !p.follow_ups.iter().any(|f| f.months == **m))
        .filter_map(move |m| end.map(|e| (*m, follow_up_day(e, *m))))
}

/// Whether an active participant is past the planned end on `today`.
pub fn past_planned_end(p: &Participant, today: Date) -> bool {
    p.status() == Status::Active && p.current_planned_end().is_some_and(|e| e < today)
}

/// Everything due in `project` up to the end of `today`'s week, oldest first (then by code).
pub fn due(project: &Project, participants: &[Participant], today: Date) -> Vec<Due> {
    let until = today.week_end();
    let mut out = Vec::new();
    for p in participants.iter().filter(|p| p.project_id == project.id) {
        let mut add = |kind: DueKind, date: Date| {
            if date <= until {
                out.push(Due {
                    project: project.id,
                    participant: p.id,
                    code: p.code.clone(),
                    kind,
                    date,
                    overdue: date < today,
                });
            }
        };
        match p.status() {
            Status::Active => {
                if let Some(d) = next_check_in(p, project) {
                    add(DueKind::CheckIn, d);
                }
                if let Some(d) = p.current_planned_end() {
                    add(DueKind::PlannedEnd, d);
                }
            }
            Status::Discharged => {
                for (months, d) in follow_ups_pending(p, project) {
                    add(DueKind::FollowUp(months), d);
                }
            }
            Status::Waiting => {
                if let (Some(limit), Some(r)) = (project.wait_limit_days, p.referred_on) {
                    add(DueKind::Waiting, r.plus_days(i64::from(limit)));
                }
            }
            Status::NeverStarted | Status::Mistaken => {}
        }
    }
    out.sort_by(|a, b| {
        (a.date.cmp(&b.date))
            .then_with(|| super::list::compare_codes(&a.code, &b.code))
            .then(a.kind.cmp(&b.kind))
    });
    out
}
