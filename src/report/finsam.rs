//! The figures a samordningsförbund registers for an individual-oriented insats in the national
//! follow-up (*Uppföljning Finsam*) since SUS closed in 2023: participants per calendar year by
//! gender, the budgeted number of participants against the actual, and the budget (granted
//! funds) against the outcome (used funds).
//!
//! Each year's participants are the report's *aktuella* for that year, computed by the same
//! [`super::compute`] as every report, so the panel cannot disagree with the report of a year.

use super::money::used_in;
use super::{compute, GenderCounts, Period};
use crate::domain::{Date, Participant, Project};

/// One calendar year of the project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FinsamYear {
    pub year: i32,
    /// Current (*aktuella*) during the year.
    pub participants: GenderCounts,
    /// Started during the year.
    pub started: GenderCounts,
    /// Used funds of recorded periods wholly inside the year.
    pub used: u64,
    /// Used funds of recorded periods that cross into another year (not counted in `used`).
    pub crossing: u64,
}

/// The panel's figures for a whole project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finsam {
    pub years: Vec<FinsamYear>,
    /// The project's volume target (*budgeterat antal deltagare*).
    pub budgeted_participants: Option<u32>,
    /// Current during the whole project up to today.
    pub actual_participants: GenderCounts,
    /// Granted funds (*budget*).
    pub budget: Option<u64>,
    /// Every used amount recorded (*utfall*).
    pub outcome: u64,
}

/// The panel for `project`, from its start to its end or today, whichever is earlier.
pub fn finsam(project: &Project, participants: &[Participant], today: Date) -> Finsam {
    let last = project
        .end
        .map_or(today, |end| end.min(today))
        .max(project.start);
    let report =
        |from: Date, to: Date| compute(project, participants, None, Period { from, to }, today);
    let years = (project.start.year()..=last.year())
        .map(|year| {
            let from = Date::from_ymd(year, 1, 1)
                .unwrap_or(project.start)
                .max(project.start);
            let to = Date::from_ymd(year, 12, 31).unwrap_or(last).min(last);
            let r = report(from, to);
            let calendar = Period {
                from: Date::from_ymd(year, 1, 1).unwrap_or(from),
                to: Date::from_ymd(year, 12, 31).unwrap_or(to),
            };
            let (used, crossing) = used_in(&project.used_funds, calendar);
            FinsamYear {
                year,
                participants: r.overview.current,
                started: r.overview.started,
                used,
                crossing,
            }
        })
        .collect();
    Finsam {
        years,
        budgeted_participants: project.volume_target,
        actual_participants: report(project.start, last).overview.current,
        budget: project.granted_funds,
        outcome: crate::domain::money::total(&project.used_funds),
    }
}
