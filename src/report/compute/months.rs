//! The month table: started, discharged and active at each month's end over the period.

use super::super::{MonthRow, Period};
use super::end;
use crate::domain::{Date, Participant};

/// The calendar months the period touches: year, month, and the part of it in the period.
/// Stops at the calendar's end, so no date of a record can make it panic.
fn months_of(period: Period) -> Vec<(i32, u8, Date, Date)> {
    let mut out = Vec::new();
    let mut first = period.from.month_start();
    while first <= period.to {
        let next = first.next_month_start();
        let last = next.map_or(first, |n| n.plus_days(-1));
        out.push((
            first.year(),
            first.month(),
            first.max(period.from),
            last.min(period.to),
        ));
        match next {
            Some(n) => first = n,
            None => break,
        }
    }
    out
}

/// Started, discharged and active at each month's end, in one pass over the participants:
/// each start and end falls in a month's bucket, and "active at the end of month i" is the
/// running count of starts up to then minus the running count of ends up to then.
pub(super) fn month_rows(people: &[&Participant], period: Period) -> Vec<MonthRow> {
    let spans = months_of(period);
    let index = |d: Date| -> Option<usize> {
        if d < period.from || d > period.to {
            return None;
        }
        let i = (d.year() - period.from.year()) * 12 + i32::from(d.month())
            - i32::from(period.from.month());
        usize::try_from(i).ok()
    };
    let mut starts = vec![0u32; spans.len()];
    let mut ends = vec![0u32; spans.len()];
    let (mut started_before, mut ended_before) = (0u32, 0u32);
    for p in people {
        if let Some(start) = p.start {
            match index(start) {
                Some(i) => starts[i] += 1,
                None if start < period.from => started_before += 1,
                None => {}
            }
        }
        if let Some(e) = end(p) {
            match index(e) {
                Some(i) => ends[i] += 1,
                None if e < period.from => ended_before += 1,
                None => {}
            }
        }
    }
    let (mut started_so_far, mut ended_so_far) = (started_before, ended_before);
    spans
        .iter()
        .enumerate()
        .map(|(i, (year, month, _, _))| {
            started_so_far += starts[i];
            ended_so_far += ends[i];
            MonthRow {
                year: *year,
                month: *month,
                started: starts[i],
                discharged: ends[i],
                // An old record ending before it started must not wrap around.
                active: started_so_far.saturating_sub(ended_so_far),
            }
        })
        .collect()
}
