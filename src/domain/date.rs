//! Calendar dates as the app uses them: ISO text in forms and storage, whole days between.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The first and last year a date typed, imported or restored may have. Wider dates (a coach's
/// "9999-12-31" for "no end") are refused at the door with a message saying so; records stored
/// by older versions with such dates still read, and every calculation on them saturates instead
/// of overflowing.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2100;

/// A calendar date without time of day or time zone. Stored and sent as `YYYY-MM-DD` text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

    /// Parses `YYYY-MM-DD`, the format of `<input type="date">` and of our files (spaces around
    /// it are allowed).
    pub fn parse_iso(text: &str) -> Option<Self> {
        Date::parse_exact(text.trim())
    }

    /// Parses exactly what [`Date`]'s `Display` writes: four digits of year (a sign before
    /// them allowed), two of month and two of day, with dashes between; nothing else. This is
    /// the format every released version stored (the `time` crate's `[year]-[month]-[day]`),
    /// read by hand so that the app carries no general date parser.
    fn parse_exact(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        let (negative, rest) = match bytes.first() {
            Some(b'-') => (true, &bytes[1..]),
            Some(b'+') => (false, &bytes[1..]),
            _ => (false, bytes),
        };
        if rest.len() != 10 || rest[4] != b'-' || rest[7] != b'-' {
            return None;
        }
        let number = |digits: &[u8]| {
            digits.iter().try_fold(0u16, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u16::from(c - b'0'))
            })
        };
        let year = i32::from(number(&rest[..4])?);
        let month = u8::try_from(number(&rest[5..7])?).ok()?;
        let day = u8::try_from(number(&rest[8..10])?).ok()?;
        Date::from_ymd(if negative { -year } else { year }, month, day)
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

impl Date {
    /// The same day `months` months later (or earlier), on the month's last day when it is
    /// shorter (31 January plus one month is 28 or 29 February); saturating at the calendar's
    /// ends like [`Date::plus_days`].
    pub fn plus_months(self, months: i32) -> Date {
        let index = i64::from(self.year()) * 12 + i64::from(self.month()) - 1 + i64::from(months);
        let year = i32::try_from(index.div_euclid(12)).unwrap_or(i32::MAX);
        let month = (index.rem_euclid(12) + 1) as u8;
        (1..=self.day())
            .rev()
            .find_map(|day| Date::from_ymd(year, month, day))
            .unwrap_or(if months < 0 {
                Date(time::Date::MIN)
            } else {
                Date(time::Date::MAX)
            })
    }

    /// The Sunday that ends this date's week (weeks run Monday to Sunday, as in Sweden).
    pub fn week_end(self) -> Date {
        self.plus_days(6 - i64::from(self.0.weekday().number_days_from_monday()))
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`, which is also how Swedish dates are written (a year before year 1 gets a
    /// minus sign, as the files of every version have it).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = self.year();
        let sign = if year < 0 { "-" } else { "" };
        write!(
            f,
            "{sign}{:04}-{:02}-{:02}",
            year.unsigned_abs(),
            self.month(),
            self.day()
        )
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Iso;
        impl de::Visitor<'_> for Iso {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date as YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
                Date::parse_exact(text)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
            }
        }
        deserializer.deserialize_str(Iso)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_stored_as_every_version_stored_them() {
        let json = |d: Date| serde_json::to_string(&d).unwrap();
        let read = |s: &str| serde_json::from_str::<Date>(s).ok();
        assert_eq!(json(Date::from_ymd(2024, 2, 29).unwrap()), "\"2024-02-29\"");
        assert_eq!(json(Date::from_ymd(987, 6, 5).unwrap()), "\"0987-06-05\"");
        assert_eq!(json(Date::from_ymd(-1, 1, 1).unwrap()), "\"-0001-01-01\"");
        assert_eq!(read("\"9999-12-31\""), Date::from_ymd(9999, 12, 31));
        assert_eq!(read("\"+2024-01-01\""), Date::from_ymd(2024, 1, 1));
        for bad in [
            "\" 2024-01-01\"",
            "\"2024-01-01 \"",
            "\"2024-1-01\"",
            "\"24-01-01\"",
            "\"2024-13-01\"",
            "\"2024-00-10\"",
            "\"2024-01-00\"",
            "\"2023-02-29\"",
            "\"2024/01/01\"",
            "\"２０２４-01-01\"",
            "\"\"",
            "20240101",
            "null",
        ] {
            assert_eq!(read(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_date_of_the_calendar_reads_back_as_written() {
        let mut d = Date(time::Date::MIN);
        while d < Date(time::Date::MAX) {
            let text = d.to_string();
            assert_eq!(Date::parse_iso(&text), Some(d), "{text}");
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), d, "{json}");
            d = d.plus_days(97);
        }
    }

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
