//! Calendar dates as the app uses them: ISO text in forms and storage, whole days between.

use serde::{Deserialize, Serialize};
use std::fmt;
use time::macros::format_description;

/// The first and last year a date typed, imported or restored may have. Wider dates (a coach's
/// "9999-12-31" for "no end") are refused at the door with a message saying so; records stored
/// by older versions with such dates still read, and every calculation on them saturates instead
/// of overflowing.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2100;

/// A calendar date without time of day or time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Date(time::Date);

impl Date {
    /// 1900-01-01, the earliest date accepted from input.
    pub const EARLIEST: Date = Date(time::macros::date!(1900 - 01 - 01));
    /// 2100-12-31, the latest date accepted from input.
    pub const LATEST: Date = Date(time::macros::date!(2100 - 12 - 31));

    /// Whether the date lies in [`FIRST_YEAR`]..=[`LAST_YEAR`].
    pub fn in_range(self) -> bool {
        (FIRST_YEAR..=LAST_YEAR).contains(&self.year())
    }

    /// The date moved into [`Date::EARLIEST`]..=[`Date::LATEST`].
    pub fn clamped(self) -> Date {
        self.clamp(Date::EARLIEST, Date::LATEST)
    }

    /// The first day of the month after this date's month, if the calendar has one.
    pub fn next_month_start(self) -> Option<Date> {
        let (y, m) = if self.month() == 12 {
            (self.year().checked_add(1)?, 1)
        } else {
            (self.year(), self.month() + 1)
        };
        Date::from_ymd(y, m, 1)
    }

    /// The first day of this date's month.
    pub fn month_start(self) -> Date {
        Date::from_ymd(self.year(), self.month(), 1).unwrap_or(self)
    }

    /// Builds a date from year, month (1–12) and day; `None` if no such day exists.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day)
            .ok()
            .map(Date)
    }

    /// Parses `YYYY-MM-DD`, the format of `<input type="date">` and of our files.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let format = format_description!("[year]-[month]-[day]");
        time::Date::parse(text.trim(), &format).ok().map(Date)
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u8 {
        self.0.month() as u8
    }

    pub fn day(self) -> u8 {
        self.0.day()
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        (later.0 - self.0).whole_days()
    }

    /// The date `days` days later (or earlier, if negative), stopping at the calendar's ends
    /// (years ±9999) instead of overflowing.
    pub fn plus_days(self, days: i64) -> Date {
        let saturated = if days < 0 {
            time::Date::MIN
        } else {
            time::Date::MAX
        };
        // More days than the whole calendar holds (about 7.3 million) saturate anyway.
        let days = time::Duration::days(days.clamp(-10_000_000, 10_000_000));
        Date(self.0.checked_add(days).unwrap_or(saturated))
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`, which is also how Swedish dates are written.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_and_rejects_impossible_dates() {
        let d = Date::parse_iso("2024-02-29").unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2024, 2, 29));
        assert_eq!(d.to_string(), "2024-02-29");
        assert_eq!(Date::parse_iso("2023-02-29"), None);
        assert_eq!(Date::parse_iso("29/02/2024"), None);
        assert_eq!(Date::parse_iso(""), None);
    }

    #[test]
    fn the_calendar_ends_saturate_and_the_door_range_is_1900_to_2100() {
        let last = Date::parse_iso("9999-12-31").unwrap();
        assert!(!last.in_range());
        assert_eq!(last.plus_days(1), last);
        assert_eq!(last.next_month_start(), None);
        assert_eq!(last.clamped(), Date::LATEST);
        assert!(Date::LATEST.in_range() && Date::EARLIEST.in_range());
        assert!(!Date::from_ymd(1899, 12, 31).unwrap().in_range());
        assert_eq!(Date::EARLIEST.plus_days(i64::MIN).year(), -9999);
        assert_eq!(
            Date::parse_iso("2024-12-15").unwrap().next_month_start(),
            Date::from_ymd(2025, 1, 1)
        );
    }

    #[test]
    fn counts_days_across_a_leap_day() {
        let a = Date::from_ymd(2024, 2, 28).unwrap();
        let b = Date::from_ymd(2024, 3, 1).unwrap();
        assert_eq!(a.days_until(b), 2);
        assert_eq!(b.days_until(a), -2);
        assert_eq!(a.plus_days(2), b);
    }
}
