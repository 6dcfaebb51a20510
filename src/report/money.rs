//! The money figures of a report: used funds against granted, and what a participant cost.
//!
//! Used funds are recorded per period ([`crate::domain::money::UsedFunds`]). A report period
//! counts a recorded period only when it lies wholly inside; one that lies partly inside is
//! not split by guesswork, it is named in a note so the coach can record by calendar year or
//! month instead. The costs divide the used funds of the period by the participants current in
//! it, and by those discharged in it to work, studies or other occupation.

use super::words::{Word, Words};
use super::{Outcomes, Overview, Period};
use crate::domain::money::UsedFunds;
use crate::domain::Project;

/// Money in a report (whole project only: sub-units have no funds of their own).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Money {
    pub granted: Option<u64>,
    /// Periods wholly inside the report period.
    pub used_in_period: u64,
    /// Recorded periods that lie only partly inside the report period: their sum.
    pub partly_inside: u64,
    /// Everything recorded up to the report period's end: the running total.
    pub used_to_end: u64,
    /// Current participants in the period.
    pub participants: u32,
    /// Discharged in the period to an outcome that counts as progression.
    pub progressed: u32,
}

/// The used funds of `used` inside `period`: (wholly inside, partly inside).
pub fn used_in(used: &[UsedFunds], period: Period) -> (u64, u64) {
    let mut inside = (0u64, 0u64);
    for u in used {
        if period.from <= u.from && u.to <= period.to {
            inside.0 += u.amount;
        } else if u.from <= period.to && period.from <= u.to {
            inside.1 += u.amount;
        }
    }
    inside
}

/// The money of `project` for `period`, if the project records any money.
pub fn money(project: &Project, period: Period, o: &Overview, out: &Outcomes) -> Option<Money> {
    if project.granted_funds.is_none() && project.used_funds.is_empty() {
        return None;
    }
    let (used_in_period, partly_inside) = used_in(&project.used_funds, period);
    let used_to_end = (project.used_funds.iter())
        .filter(|u| u.to <= period.to)
        .map(|u| u.amount)
        .sum();
    Some(Money {
        granted: project.granted_funds,
        used_in_period,
        partly_inside,
        used_to_end,
        participants: o.current.all,
        progressed: out.progression,
    })
}

impl Money {
    /// Used funds of the period per current participant, rounded to whole kronor.
    pub fn per_participant(&self) -> Option<u64> {
        per(self.used_in_period, self.participants)
    }

    /// Used funds of the period per participant who progressed.
    pub fn per_progressed(&self) -> Option<u64> {
        per(self.used_in_period, self.progressed)
    }

    /// Granted funds less the running total; negative when more was used than granted.
    pub fn remaining(&self) -> Option<i64> {
        self.granted.map(|g| g as i64 - self.used_to_end as i64)
    }
}

fn per(amount: u64, people: u32) -> Option<u64> {
    (people > 0 && amount > 0).then(|| (amount + u64::from(people) / 2) / u64::from(people))
}

/// The money table: `ekonomi`.
pub fn table(m: &Money, t: &dyn Words) -> super::table::Table {
    use super::table::{row, text, Cell};
    let kr = |x: Option<u64>| x.map_or(Cell::Empty, |x| Cell::Kronor(x as i64));
    let share = match m.granted {
        Some(g) if g > 0 => Cell::Share {
            part: m.used_to_end.min(u64::from(u32::MAX)) as u32,
            of: g.min(u64::from(u32::MAX)) as u32,
        },
        _ => Cell::Empty,
    };
    let rows = vec![
        row(vec![text(&t.word(Word::Granted)), kr(m.granted)]),
        row(vec![
            text(&t.word(Word::UsedInPeriod)),
            kr(Some(m.used_in_period)),
        ]),
        row(vec![
            text(&t.word(Word::UsedToEnd)),
            kr(Some(m.used_to_end)),
        ]),
        row(vec![text(&t.word(Word::ShareUsed)), share]),
        row(vec![
            text(&t.word(Word::Remaining)),
            m.remaining().map_or(Cell::Empty, Cell::Kronor),
        ]),
        row(vec![
            text(&t.word(Word::CostPerParticipant(m.participants))),
            kr(m.per_participant()),
        ]),
        row(vec![
            text(&t.word(Word::CostPerProgressed(m.progressed))),
            kr(m.per_progressed()),
        ]),
    ];
    let mut notes = Vec::new();
    if m.granted.is_none() {
        notes.push(t.word(Word::NoGranted));
    }
    if m.partly_inside > 0 {
        notes.push(t.word(Word::PartlyInside(m.partly_inside)));
    }
    if m.remaining().is_some_and(|r| r < 0) {
        notes.push(t.word(Word::OverGranted));
    }
    super::table::Table {
        key: "ekonomi".into(),
        title: t.word(Word::Money),
        columns: vec![t.word(Word::Measure), t.word(Word::Kronor)],
        rows,
        note: (!notes.is_empty()).then(|| notes.join(" ")),
    }
}
