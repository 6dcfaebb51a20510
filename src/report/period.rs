//! Report periods: whole project, calendar year, tertial, quarter, month, or any two dates.

use crate::domain::date::{FIRST_YEAR, LAST_YEAR};
use crate::domain::{Date, Participant, Project};

/// A closed interval of days, `from` and `to` both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

impl Period {
    pub fn contains(self, d: Date) -> bool {
        self.from <= d && d <= self.to
    }
}

/// What the coach picked in the period selector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodChoice {
    WholeProject,
    Year(i32),
    /// Tertial 1–3: Jan–Apr, May–Aug, Sep–Dec.
    Tertial(i32, u8),
    /// Quarter 1–4.
    Quarter(i32, u8),
    /// Month 1–12.
    Month(i32, u8),
    Custom(Date, Date),
}

fn month_span(year: i32, first_month: u8, months: u8) -> Period {
    let year = year.clamp(FIRST_YEAR, LAST_YEAR);
    let from = Date::from_ymd(year, first_month, 1).unwrap_or(Date::EARLIEST);
    let last_month = Date::from_ymd(year, first_month + months - 1, 1).unwrap_or(from);
    let to = last_month
        .next_month_start()
        .map_or(Date::LATEST, |next| next.plus_days(-1));
    Period { from, to }
}

impl PeriodChoice {
    /// The days the choice covers. The whole project runs from the earlier of the project's
    /// start and its first participant's start, to the project's end (or today, if later or
    /// open-ended). A custom period given backwards is turned around. Every period lies within
    /// 1900–2100 (a record stored by an older version with "9999-12-31" cannot stretch it).
    pub fn resolve(self, project: &Project, participants: &[Participant], today: Date) -> Period {
        let p = self.resolve_unclamped(project, participants, today);
        let (from, to) = (p.from.clamped(), p.to.clamped());
        Period { from, to }
    }

    fn resolve_unclamped(
        self,
        project: &Project,
        participants: &[Participant],
        today: Date,
    ) -> Period {
        match self {
            PeriodChoice::WholeProject => {
                let first = participants
                    .iter()
                    .filter_map(|p| p.start.or(p.referred_on))
                    .min()
                    .unwrap_or(project.start);
                let from = first.min(project.start);
                let to = project.end.unwrap_or(today).max(from);
                Period { from, to }
            }
            PeriodChoice::Year(y) => month_span(y, 1, 12),
            PeriodChoice::Tertial(y, t) => month_span(y, 1 + 4 * (t.clamp(1, 3) - 1), 4),
            PeriodChoice::Quarter(y, q) => month_span(y, 1 + 3 * (q.clamp(1, 4) - 1), 3),
            PeriodChoice::Month(y, m) => month_span(y, m.clamp(1, 12), 1),
            PeriodChoice::Custom(a, b) => Period {
                from: a.min(b),
                to: a.max(b),
            },
        }
    }
}

impl PeriodChoice {
    /// The period an address asks for (`?fran=…&till=…`, as the print and presenter views are
    /// opened): two dates make a custom period, anything else the whole project. Dates outside
    /// 1900–2100 are held within them when resolved.
    pub fn from_query(from: Option<&str>, to: Option<&str>) -> PeriodChoice {
        match (from.and_then(Date::parse_iso), to.and_then(Date::parse_iso)) {
            (Some(a), Some(b)) => PeriodChoice::Custom(a, b),
            _ => PeriodChoice::WholeProject,
        }
    }
}

/// Days as months, the way the reports count time in the project: days / 30.4375.
pub fn months(days: f64) -> f64 {
    days / 30.4375
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn calendar_periods_cover_whole_months() {
        let mut form = crate::domain::validate::ProjectForm::new_project(d("2024-01-01"));
        form.name = "P".into();
        let p = crate::domain::validate::validate_project(&form, d("2024-01-01"))
            .unwrap()
            .into_new_project(crate::domain::Timestamp(0));
        let t = d("2026-11-23");
        let r = |c: PeriodChoice| {
            let x = c.resolve(&p, &[], t);
            (x.from.to_string(), x.to.to_string())
        };
        assert_eq!(
            r(PeriodChoice::Year(2024)),
            ("2024-01-01".into(), "2024-12-31".into())
        );
        assert_eq!(
            r(PeriodChoice::Tertial(2024, 1)),
            ("2024-01-01".into(), "2024-04-30".into())
        );
        assert_eq!(
            r(PeriodChoice::Tertial(2024, 2)),
            ("2024-05-01".into(), "2024-08-31".into())
        );
        assert_eq!(
            r(PeriodChoice::Tertial(2024, 3)),
            ("2024-09-01".into(), "2024-12-31".into())
        );
        assert_eq!(
            r(PeriodChoice::Quarter(2024, 1)),
            ("2024-01-01".into(), "2024-03-31".into())
        );
        assert_eq!(
            r(PeriodChoice::Month(2024, 2)),
            ("2024-02-01".into(), "2024-02-29".into())
        );
        assert_eq!(
            r(PeriodChoice::Custom(d("2025-05-01"), d("2025-01-01"))),
            ("2025-01-01".into(), "2025-05-01".into())
        );
    }
}
