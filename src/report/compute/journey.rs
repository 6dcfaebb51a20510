//! The journey's figures ([`JourneyFigures`]) of a selection: waiting, extensions, income and
//! occupation before and after, follow-ups after exit.

use super::{active_on, median, Selection};
use crate::domain::journey::{discharged_with_follow_up_in, FollowUpStatus};
use crate::domain::{Participant, Project};
use crate::report::journey::*;
use crate::report::{GenderCounts, Period};
use std::collections::BTreeMap;

pub(super) fn figures(s: &Selection, project: &Project, period: Period) -> JourneyFigures {
    let discharged = &s.discharged;
    JourneyFigures {
        waiting: waiting(s, period),
        extensions: extensions(s, period),
        income: transitions(discharged, |p| (p.at_start.income, p.at_end.income)),
        occupation: transitions(discharged, |p| (p.at_start.occupation, p.at_end.occupation)),
        left_public_support: count(discharged, left_public_support),
        increased_extent: count(
            discharged,
            |p| matches!((p.at_start.extent, p.at_end.extent), (Some(a), Some(b)) if b > a),
        ),
        follow_ups: (project.follow_up_months.iter())
            .map(|m| follow_ups(&s.people, *m, period))
            .collect(),
        participations: s.current.len() as u32,
    }
}

fn count(people: &[&Participant], test: impl Fn(&Participant) -> bool) -> u32 {
    people.iter().filter(|p| test(p)).count() as u32
}

/// Public support at the start, and known to be none at the end.
fn left_public_support(p: &Participant) -> bool {
    let before = p.at_start.income.is_some_and(|i| i.is_public_support());
    before && p.at_end.income.is_some_and(|i| i.is_known_non_public())
}

/// Whether `p` waits on `day`: referred by then, and neither started nor given up by then.
fn waiting_on(p: &Participant, day: crate::domain::Date) -> bool {
    p.referred_on.is_some_and(|r| r <= day)
        && p.start.is_none_or(|s| s > day)
        && p.never_started.is_none_or(|n| n.on > day)
}

fn waiting(s: &Selection, period: Period) -> Waiting {
    let mut waiting: Vec<&Participant> = Vec::new();
    let mut at_end = GenderCounts::default();
    let mut never_started = GenderCounts::default();
    let mut days: Vec<i64> = Vec::new();
    for &p in &s.people {
        if waiting_on(p, period.to) {
            waiting.push(p);
            at_end.add(p.gender);
        }
        if p.never_started.is_some_and(|n| period.contains(n.on)) {
            never_started.add(p.gender);
        }
        if p.start.is_some_and(|st| period.contains(st)) {
            days.extend(p.days_waited(period.to));
        }
    }
    days.sort_unstable();
    Waiting {
        at_end,
        median_days_to_start: (!days.is_empty()).then(|| median(&days)),
        never_started,
        ages: super::ages::age_at_start(&waiting),
    }
}

fn extensions(s: &Selection, period: Period) -> Extensions {
    let planned: Vec<(i64, i64)> = (s.discharged.iter())
        .filter_map(|p| {
            let (start, end) = (p.start?, p.discharge?.end);
            Some((start.days_until(end), start.days_until(p.planned_end?)))
        })
        .collect();
    let n = planned.len() as f64;
    let mean = |f: fn(&(i64, i64)) -> i64| planned.iter().map(f).sum::<i64>() as f64 / n;
    Extensions {
        extended: count(&s.current, |p| !p.extensions.is_empty()),
        past_planned_end: count(&s.people, |p| {
            active_on(p, period.to) && p.current_planned_end().is_some_and(|e| e < period.to)
        }),
        against_plan: (!planned.is_empty()).then(|| AgainstPlan {
            count: planned.len() as u32,
            mean_days: mean(|x| x.0),
            mean_planned_days: mean(|x| x.1),
        }),
    }
}

/// The pairs `pair` reads off `people`, counted by gender, in the lists' order.
fn transitions<T: Ord + Copy>(
    people: &[&Participant],
    pair: impl Fn(&Participant) -> (T, T),
) -> Vec<Transition<T>> {
    let mut counts: BTreeMap<(T, T), GenderCounts> = BTreeMap::new();
    for p in people {
        counts.entry(pair(p)).or_default().add(p.gender);
    }
    (counts.into_iter())
        .map(|((before, after), counts)| Transition {
            before,
            after,
            counts,
        })
        .collect()
}

/// The follow-up `months` after the discharge of those whose follow-up fell due in the period.
fn follow_ups(people: &[&Participant], months: u8, period: Period) -> FollowUps {
    let due: Vec<&Participant> = match discharged_with_follow_up_in(months, period.from, period.to)
    {
        Some((first, last)) => (people.iter().copied())
            .filter(|p| p.discharge.is_some_and(|d| first <= d.end && d.end <= last))
            .collect(),
        None => Vec::new(),
    };
    let recorded: Vec<(&Participant, FollowUpStatus)> = (due.iter().copied())
        .filter_map(|p| {
            let f = p.follow_ups.iter().find(|f| f.months == months)?;
            Some((p, f.status))
        })
        .collect();
    let statuses = (FollowUpStatus::ALL.iter())
        .map(|s| (*s, recorded.iter().filter(|(_, x)| x == s).count() as u32))
        .filter(|(_, n)| *n > 0)
        .collect();
    let mut against: BTreeMap<_, u32> = BTreeMap::new();
    for (p, status) in &recorded {
        *against.entry((p.at_end.occupation, *status)).or_default() += 1;
    }
    FollowUps {
        months,
        due: due.len() as u32,
        done: recorded.len() as u32,
        reached: (recorded.iter())
            .filter(|(_, s)| *s != FollowUpStatus::NotReached)
            .count() as u32,
        statuses,
        against_discharge: (against.into_iter())
            .map(|((occupation, status), n)| (occupation, status, n))
            .collect(),
    }
}
