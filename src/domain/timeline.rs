//! A participant's journey as dated events, oldest first: referral, start, phases,
//! extensions, check-ins, discharge (or never starting) and follow-ups after exit.

use super::journey::{FollowUpStatus, NotStartedReason};
use super::participant::{Participant, Phase};
use super::{Date, Id};

/// What happened on a day of the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    Referred,
    Started,
    /// A phase began (the first one with the start is left out).
    Phase(Phase),
    /// The planned end moved to this day.
    Extended(Date),
    CheckIn,
    /// Discharged, with the outcome.
    Discharged(Option<Id>),
    NeverStarted(NotStartedReason),
    FollowUp(u8, FollowUpStatus),
}

/// Every event of `p` with its day, oldest first, its earlier participations (if it came
/// back) before the current one; events of one day in journey order.
pub fn timeline(p: &Participant) -> Vec<(Date, Event)> {
    let mut out: Vec<(Date, Event)> = p.earlier_participations().flat_map(|e| one(&e)).collect();
    out.extend(one(p));
    out
}

/// The events of one participation.
fn one(p: &Participant) -> Vec<(Date, Event)> {
    let mut out = Vec::new();
    out.extend(p.referred_on.map(|d| (d, Event::Referred)));
    out.extend(
        p.never_started
            .map(|n| (n.on, Event::NeverStarted(n.reason))),
    );
    out.extend(p.start.map(|d| (d, Event::Started)));
    let later_phases = p.phases.iter().skip(usize::from(p.start.is_some()));
    out.extend(later_phases.map(|e| (e.from, Event::Phase(e.phase))));
    out.extend(
        p.extensions
            .iter()
            .map(|x| (x.on, Event::Extended(x.until))),
    );
    out.extend(p.check_ins.iter().map(|d| (*d, Event::CheckIn)));
    out.extend(p.discharge.map(|d| (d.end, Event::Discharged(d.outcome))));
    out.extend((p.follow_ups.iter()).map(|f| (f.on, Event::FollowUp(f.months, f.status))));
    // A stable sort keeps the journey order of events on the same day.
    out.sort_by_key(|(d, _)| *d);
    out
}
