//! Dates as coaches' files hold them.
//!
//! Read: `2021-03-01` with or without a time after it (Excel's date-time in CSV), `20210301`,
//! `1/3/2021` (day first unless the coach says month first), `01.03.2021` and `01-03-2021`
//! (always day first, as in Sweden), Excel date cells, and Excel serial numbers in either of
//! Excel's date systems (from 1900, the default, or from 1904, which the workbook names).

use super::read::RawCell;
use crate::domain::Date;

/// The order of day and month in a date written with slashes: `1/3/2021`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum DateOrder {
    /// `d/m/yyyy`, as written in Sweden.
    #[default]
    DayFirst,
    /// `m/d/yyyy`, as written in the United States.
    MonthFirst,
}

/// How the dates of one file are read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateRules {
    pub order: DateOrder,
    /// The workbook counts its serial numbers from 1904 (old Mac Excel).
    pub date1904: bool,
}

/// The largest serial number Excel has (9999-12-31).
const MAX_SERIAL: f64 = 2_958_466.0;

/// Excel's serial number of a day: from 1899-12-30 (every date after February 1900) in the 1900
/// system, from 1904-01-01 in the 1904 system.
pub fn excel_serial(serial: f64, date1904: bool) -> Option<Date> {
    let (first, epoch) = if date1904 {
        (0.0, Date::from_ymd(1904, 1, 1))
    } else {
        (61.0, Date::from_ymd(1899, 12, 30))
    };
    if !(first..MAX_SERIAL).contains(&serial) {
        return None;
    }
    epoch.map(|epoch| epoch.plus_days(serial.floor() as i64))
}

/// A date cell, or `None` if it is not a date in any of the forms above.
pub fn parse_date(cell: &RawCell, rules: DateRules) -> Option<Date> {
    match cell {
        RawCell::Text(text) => parse_text(text, rules),
        RawCell::Number(n) => parse_number(*n, rules),
        RawCell::Date { year, month, day } => Date::from_ymd(*year, *month, *day),
    }
}

fn parse_number(n: f64, rules: DateRules) -> Option<Date> {
    if n.fract() == 0.0 && (19_000_101.0..=21_001_231.0).contains(&n) {
        return compact(&format!("{}", n as i64));
    }
    excel_serial(n, rules.date1904)
}

/// `yyyymmdd`.
fn compact(digits: &str) -> Option<Date> {
    let number = |r: std::ops::Range<usize>| digits.get(r)?.parse::<u32>().ok();
    let (y, m, d) = (number(0..4)?, number(4..6)?, number(6..8)?);
    Date::from_ymd(y as i32, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
}

/// The three numbers of `a/b/yyyy` (or with `.` or `-`), and the separator.
fn day_month_year(text: &str) -> Option<(u32, u32, i32, char)> {
    let separator = ['/', '.', '-'].into_iter().find(|s| text.contains(*s))?;
    let mut parts = text.split(separator);
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || a.len() > 2 || b.len() > 2 {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, y.parse().ok()?, separator))
}

fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
    Date::from_ymd(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

fn parse_text(text: &str, rules: DateRules) -> Option<Date> {
    let text = text.trim();
    let day_part = text.split(['T', ' ']).next().unwrap_or(text);
    if let Some(date) = Date::parse_iso(day_part) {
        return Some(date);
    }
    if day_part.len() == 8 && day_part.bytes().all(|b| b.is_ascii_digit()) {
        return compact(day_part);
    }
    // Five digits: a serial from 1927 to 2173 (a year such as 1988 is not taken for a day).
    if day_part.len() == 5 && day_part.bytes().all(|b| b.is_ascii_digit()) {
        return excel_serial(day_part.parse().ok()?, rules.date1904);
    }
    let (a, b, year, separator) = day_month_year(day_part)?;
    match (separator, rules.order) {
        ('/', DateOrder::MonthFirst) => ymd(year, a, b),
        _ => ymd(year, b, a),
    }
}

/// For a date written `a/b/yyyy`: whether it reads as a date day first, and month first.
/// `None` for any other form (those have one reading only).
pub fn slash_readings(cell: &RawCell) -> Option<(bool, bool)> {
    let RawCell::Text(text) = cell else {
        return None;
    };
    let text = text.trim();
    let day_part = text.split(['T', ' ']).next().unwrap_or(text);
    match day_month_year(day_part)? {
        (a, b, year, '/') => Some((ymd(year, b, a).is_some(), ymd(year, a, b).is_some())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> RawCell {
        RawCell::Text(s.into())
    }

    fn day(y: i32, m: u8, d: u8) -> Option<Date> {
        Date::from_ymd(y, m, d)
    }

    const DAY_FIRST: DateRules = DateRules {
        order: DateOrder::DayFirst,
        date1904: false,
    };

    #[test]
    fn every_form_coaches_files_hold_is_read() {
        let cases = [
            ("2021-03-01", day(2021, 3, 1)),
            ("2021-03-01 00:00:00", day(2021, 3, 1)),
            ("2021-03-01T13:45:00", day(2021, 3, 1)),
            ("30/09/2021", day(2021, 9, 30)),
            ("1/3/2021", day(2021, 3, 1)),
            ("30.09.2021", day(2021, 9, 30)),
            ("1.3.2021", day(2021, 3, 1)),
            ("30-09-2021", day(2021, 9, 30)),
            ("20210412", day(2021, 4, 12)),
            ("44256", day(2021, 3, 1)),
            (" 2021-03-01 ", day(2021, 3, 1)),
        ];
        for (written, date) in cases {
            assert_eq!(parse_date(&text(written), DAY_FIRST), date, "{written}");
        }
    }

    #[test]
    fn impossible_and_foreign_forms_are_not_dates() {
        for written in [
            "31/02/2021",
            "13.13.2021",
            "2021-02-30",
            "20211340",
            "1/3/21",
            "1988",
            "mars 2021",
            "",
            "1/2/3/2021",
        ] {
            assert_eq!(parse_date(&text(written), DAY_FIRST), None, "{written}");
        }
    }

    #[test]
    fn slashes_follow_the_order_the_coach_chose_and_dots_are_always_day_first() {
        let month_first = DateRules {
            order: DateOrder::MonthFirst,
            ..DAY_FIRST
        };
        assert_eq!(parse_date(&text("3/1/2021"), month_first), day(2021, 3, 1));
        assert_eq!(parse_date(&text("30/09/2021"), month_first), None);
        assert_eq!(
            parse_date(&text("01.03.2021"), month_first),
            day(2021, 3, 1)
        );
        assert_eq!(slash_readings(&text("30/09/2021")), Some((true, false)));
        assert_eq!(slash_readings(&text("09/30/2021")), Some((false, true)));
        assert_eq!(slash_readings(&text("01/03/2021")), Some((true, true)));
        assert_eq!(slash_readings(&text("01.03.2021")), None);
    }

    #[test]
    fn excel_serials_in_both_date_systems() {
        // 2021-03-01 is 44256 from 1900 and 42794 from 1904 (1,462 days apart).
        assert_eq!(excel_serial(44256.0, false), day(2021, 3, 1));
        assert_eq!(excel_serial(42794.0, true), day(2021, 3, 1));
        assert_eq!(excel_serial(45658.0, false), day(2025, 1, 1));
        assert_eq!(excel_serial(0.0, true), day(1904, 1, 1));
        assert_eq!(excel_serial(-3.0, false), None);
        assert_eq!(excel_serial(3.0e6, false), None);
        let rules1904 = DateRules {
            date1904: true,
            ..DAY_FIRST
        };
        assert_eq!(
            parse_date(&RawCell::Number(42794.0), rules1904),
            day(2021, 3, 1)
        );
        assert_eq!(
            parse_date(&RawCell::Number(44256.5), DAY_FIRST),
            day(2021, 3, 1)
        );
        assert_eq!(
            parse_date(&RawCell::Number(20210412.0), DAY_FIRST),
            day(2021, 4, 12)
        );
    }
}
