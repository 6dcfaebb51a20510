//! The retention reminder: participants discharged longer ago than the coach keeps data for.
//!
//! Personal data should not be kept longer than needed. The coach chooses how many months after
//! discharge a participant is kept (24 by default); the project page then lists those whose
//! discharge is older and offers to delete them in one go.

use super::{Date, Participant};

/// Months after discharge that a participant is kept unless the coach chooses otherwise.
pub const DEFAULT_MONTHS: u16 = 24;
/// The shortest and longest retention a coach can choose.
pub const MONTHS_RANGE: std::ops::RangeInclusive<u16> = 1..=120;

/// The same day `months` months before `date` (the month's last day if it is shorter).
pub fn months_before(date: Date, months: u16) -> Date {
    let total = date.year() * 12 + i32::from(date.month()) - 1 - i32::from(months);
    let (year, month) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8);
    (1..=date.day())
        .rev()
        .find_map(|day| Date::from_ymd(year, month, day))
        .unwrap_or(date)
}

/// The participants discharged before `months` months before `today`, longest ago first.
pub fn due(participants: &[Participant], today: Date, months: u16) -> Vec<&Participant> {
    let cutoff = months_before(today, months);
    let mut due: Vec<&Participant> = participants
        .iter()
        .filter(|p| p.discharge.is_some_and(|d| d.end < cutoff))
        .collect();
    due.sort_by_key(|p| (p.discharge.map(|d| d.end), p.code.clone()));
    due
}
