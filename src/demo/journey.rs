//! The demo's journeys: referral dates and a waiting list, planned lengths and extensions,
//! check-ins (some overdue), income source and occupation at start and end, and follow-ups
//! after exit, drawn from a generator of their own so the demo's other numbers stay as they
//! were.

use super::{cutoff, Rng};
use crate::domain::journey::{
    follow_up_day, Extension, FollowUp, FollowUpStatus, Income, LengthUnit, NeverStarted,
    NotStartedReason, Occupation, PlannedLength, Situation,
};
use crate::domain::project::DEFAULT_EXTENSION_REASONS;
use crate::domain::{Gender, Label, Participant, Project, Status, Timestamp};

/// The seed of the journeys (the rest of the demo keeps [`super::SEED`]).
pub const JOURNEY_SEED: u64 = 0x5EED_0014;
/// How many wait to start in each project on the cutoff day, and how many never started.
const WAITING: usize = 5;
const NEVER_STARTED: usize = 2;

/// The journey settings of a demo project: its planned length, reasons for an extension,
/// check-ins every month of a stay up to 12 weeks and every 3 months otherwise, follow-ups at 6
/// and 12 months, a waiting limit of 30 days.
pub(super) fn settings(rng: &mut Rng, project: &mut Project, length: PlannedLength) {
    let short = length.unit == LengthUnit::Weeks && length.count <= 12;
    project.planned_length = Some(length);
    project.extension_reasons = DEFAULT_EXTENSION_REASONS
        .iter()
        .map(|name| Label {
            id: rng.id(),
            name: (*name).into(),
            retired: false,
        })
        .collect();
    project.check_in_months = Some(if short { 1 } else { 3 });
    project.follow_up_months = vec![6, 12];
    project.wait_limit_days = Some(30);
}

pub(super) fn weeks(count: u16) -> PlannedLength {
    PlannedLength {
        count,
        unit: LengthUnit::Weeks,
    }
}

pub(super) fn months(count: u16) -> PlannedLength {
    PlannedLength {
        count,
        unit: LengthUnit::Months,
    }
}

const PUBLIC: [Income; 6] = [
    Income::SocialAssistance,
    Income::SicknessBenefit,
    Income::ActivityCompensation,
    Income::SicknessCompensation,
    Income::UnemploymentInsurance,
    Income::ActivitySupport,
];

fn situation_at_start(rng: &mut Rng) -> Situation {
    let income = PUBLIC[rng.weighted(&[30, 20, 15, 10, 10, 15])];
    let (occupation, extent) = match rng.weighted(&[50, 30, 20]) {
        0 => (Occupation::NoOccupation, 0),
        1 => (Occupation::JobSeeking, 0),
        _ => (Occupation::WorkTraining, 25),
    };
    Situation {
        income: Some(income),
        occupation: Some(occupation),
        extent: Some(extent),
    }
}

fn situation_at_end(rng: &mut Rng, start: Situation, progression: bool) -> Situation {
    if progression {
        let (income, occupation) = if rng.chance(75) {
            (Income::Salary, Occupation::Employment)
        } else {
            (Income::StudentAid, Occupation::Studies)
        };
        Situation {
            income: Some(income),
            occupation: Some(occupation),
            extent: Some([50, 75, 100][rng.weighted(&[30, 30, 40])]),
        }
    } else {
        Situation {
            occupation: Some(
                [Occupation::WorkTraining, Occupation::JobSeeking][rng.weighted(&[60, 40])],
            ),
            extent: Some([25, 50][rng.weighted(&[60, 40])]),
            ..start
        }
    }
}

/// Adds the journey to a project's started participants, and its waiting list.
pub(super) fn add_journeys(rng: &mut Rng, project: &Project, people: &mut Vec<Participant>) {
    let cutoff = cutoff();
    let interval = i32::from(project.check_in_months.unwrap_or(3));
    let mut missed_one = false;
    for p in people.iter_mut() {
        let Some(start) = p.start else { continue };
        p.referred_on = Some(start.plus_days(-rng.between(5, 60)));
        p.planned_end = project.planned_length.map(|l| l.end_from(start));
        let end = p.discharge.map(|d| d.end);
        let last = end.unwrap_or(cutoff);
        if let Some(planned) = p.planned_end {
            if last > planned && planned.plus_days(-14) <= cutoff {
                p.extensions.push(Extension {
                    on: planned.plus_days(-14),
                    until: last.max(planned.plus_months(3)),
                    reason: Some(project.extension_reasons[rng.weighted(&[40, 25, 25, 10])].id),
                });
            }
        }
        // Check-ins at the project's interval while in the project; the first active one with
        // a check-in held and a fifth of the others miss the latest, so "Att göra" shows some
        // overdue.
        let mut day = start.plus_months(interval);
        while day < last {
            p.check_ins.push(day);
            day = day.plus_months(interval);
        }
        if end.is_none() && !p.check_ins.is_empty() && (!missed_one || rng.chance(20)) {
            missed_one = true;
            p.check_ins.pop();
        }
        p.at_start = situation_at_start(rng);
        if let Some(d) = p.discharge {
            let progression = d
                .outcome
                .and_then(|o| project.outcome(o))
                .is_some_and(|o| o.progression);
            p.at_end = situation_at_end(rng, p.at_start, progression);
            for (months, share) in [(6u8, 80), (12u8, 60)] {
                let on = follow_up_day(d.end, months).plus_days(rng.between(0, 20));
                if on <= cutoff && rng.chance(share) {
                    let status = match (progression, rng.weighted(&[70, 15, 15])) {
                        (_, 2) => FollowUpStatus::NotReached,
                        (true, 0) => FollowUpStatus::Work,
                        (true, _) => FollowUpStatus::Studies,
                        (false, 0) => FollowUpStatus::JobSeeking,
                        (false, _) => FollowUpStatus::OtherProgramme,
                    };
                    p.follow_ups.push(FollowUp { months, on, status });
                }
            }
        }
    }
    let prefix = people
        .first()
        .and_then(|p| p.code.split('-').next())
        .unwrap_or("D")
        .to_owned();
    let first = people.len();
    for i in 0..WAITING + NEVER_STARTED {
        let referred = cutoff.plus_days(-rng.between(3, 55));
        let mut p = Participant {
            gender: Gender::ALL[rng.weighted(&[48, 47, 2, 3])],
            birth_year: Some(rng.between(1965, 2004) as i32),
            ..Participant::waiting(
                rng.id(),
                project.id,
                format!("{prefix}-{:03}", first + i + 1),
                referred,
                Timestamp(0),
            )
        };
        if i >= WAITING {
            p.never_started = Some(NeverStarted {
                on: referred.plus_days(14).min(cutoff),
                reason: [NotStartedReason::Declined, NotStartedReason::NotReached][i % 2],
            });
        }
        debug_assert!(matches!(p.status(), Status::Waiting | Status::NeverStarted));
        people.push(p);
    }
}
