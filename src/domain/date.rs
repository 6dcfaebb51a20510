//! Calendar dates as the app uses them: ISO text in forms and storage, whole days between.

use serde::{Deserialize, Serialize};
use std::fmt;
use time::macros::format_description;

/// A calendar date without time of day or time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Date(time::Date);

impl Date {
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

    /// The date `days` days later (or earlier, if negative).
    pub fn plus_days(self, days: i64) -> Date {
        Date(self.0 + time::Duration::days(days))
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
    fn counts_days_across_a_leap_day() {
        let a = Date::from_ymd(2024, 2, 28).unwrap();
        let b = Date::from_ymd(2024, 3, 1).unwrap();
        assert_eq!(a.days_until(b), 2);
        assert_eq!(b.days_until(a), -2);
        assert_eq!(a.plus_days(2), b);
    }
}
