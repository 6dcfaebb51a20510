//! Computing a [`Report`] from the records: one pass for the counts, then the derived tables.

use super::*;
use crate::domain::{Date, OutcomeLabel, Participant, Project};
use std::collections::{BTreeMap, HashMap};

fn in_scope(p: &Participant, scope: Option<Id>) -> bool {
    scope.is_none() || p.sub_unit == scope
}

fn end(p: &Participant) -> Option<Date> {
    p.discharge.map(|d| d.end)
}

fn is_current(p: &Participant, period: Period) -> bool {
    p.start <= period.to && end(p).is_none_or(|e| e >= period.from)
}

fn active_on(p: &Participant, day: Date) -> bool {
    p.start <= day && end(p).is_none_or(|e| e > day)
}

fn age_band(bands: &[u8], age: Option<i32>) -> AgeBand {
    let Some(age) = age else {
        return AgeBand::Unknown;
    };
    let Some(&first) = bands.first() else {
        return AgeBand::Unknown;
    };
    if age < i32::from(first) {
        return AgeBand::Below(first);
    }
    for pair in bands.windows(2) {
        if age < i32::from(pair[1]) {
            return AgeBand::Range(pair[0], pair[1] - 1);
        }
    }
    AgeBand::From(*bands.last().unwrap_or(&first))
}

fn all_bands(bands: &[u8]) -> Vec<AgeBand> {
    let mut out: Vec<AgeBand> = bands
        .windows(2)
        .map(|w| AgeBand::Range(w[0], w[1] - 1))
        .collect();
    if let Some(&last) = bands.last() {
        out.push(AgeBand::From(last));
    }
    out
}

fn age_table(bands: &[u8], outcome: Option<String>, people: &[&Participant]) -> AgeTable {
    let mut rows: Vec<(AgeBand, GenderCounts)> = all_bands(bands)
        .into_iter()
        .map(|b| (b, GenderCounts::default()))
        .collect();
    for p in people {
        let band = age_band(bands, p.birth_year.map(|y| p.start.year() - y));
        match rows.iter_mut().find(|(b, _)| *b == band) {
            Some((_, counts)) => counts.add(p.gender),
            None => {
                let mut counts = GenderCounts::default();
                counts.add(p.gender);
                rows.push((band, counts));
            }
        }
    }
    // "Below" first, "Unknown" last.
    rows.sort_by_key(|(b, _)| match b {
        AgeBand::Below(_) => 0,
        AgeBand::Unknown => 2,
        _ => 1,
    });
    AgeTable { outcome, rows }
}

fn median(sorted: &[i64]) -> f64 {
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2] as f64
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0
    }
}

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
fn month_rows(people: &[&Participant], period: Period) -> Vec<MonthRow> {
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
        match index(p.start) {
            Some(i) => starts[i] += 1,
            None if p.start < period.from => started_before += 1,
            None => {}
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

/// Computes the report for `project` (or its sub-unit `scope`) over `period`.
/// `participants` are the project's participants; `today` decides what "still active" means.
/// The period is held within 1900–2100, as every period the app resolves is.
pub fn compute(
    project: &Project,
    participants: &[Participant],
    scope: Option<Id>,
    period: Period,
    today: Date,
) -> Report {
    let period = Period {
        from: period.from.clamped(),
        to: period.to.clamped(),
    };
    let people: Vec<&Participant> = participants.iter().filter(|p| in_scope(p, scope)).collect();
    let current: Vec<&Participant> = people
        .iter()
        .copied()
        .filter(|p| is_current(p, period))
        .collect();
    let discharged: Vec<&Participant> = people
        .iter()
        .copied()
        .filter(|p| end(p).is_some_and(|e| period.contains(e)))
        .collect();

    let mut overview = Overview::default();
    for p in &people {
        if period.contains(p.start) {
            overview.started.add(p.gender);
        }
        if active_on(p, period.to) {
            overview.active_at_end.add(p.gender);
        }
    }
    for p in &current {
        overview.current.add(p.gender);
        overview.anonymous += u32::from(p.anonymous_in_sus);
    }
    for p in &discharged {
        overview.discharged.add(p.gender);
    }

    // Table 2.
    let mut referrals = Referrals {
        total: current.len() as u32,
        ..Default::default()
    };
    let mut by_referral: BTreeMap<Id, u32> = BTreeMap::new();
    for p in &current {
        match p.referral {
            Some(r) => *by_referral.entry(r).or_default() += 1,
            None => referrals.missing += 1,
        }
    }
    for l in &project.referral_sources {
        let count = by_referral.get(&l.id).copied().unwrap_or(0);
        if !l.retired || count > 0 {
            referrals.rows.push(LabelCount {
                id: Some(l.id),
                label: l.name.clone(),
                count,
                progression: false,
            });
        }
    }

    // Table 3.
    let mut outcomes = Outcomes {
        discharged: discharged.len() as u32,
        ..Default::default()
    };
    let mut by_outcome: BTreeMap<Id, u32> = BTreeMap::new();
    for p in &discharged {
        match p.discharge.and_then(|d| d.outcome) {
            Some(o) => *by_outcome.entry(o).or_default() += 1,
            None => outcomes.missing += 1,
        }
    }
    for l in &project.outcomes {
        let count = by_outcome.get(&l.id).copied().unwrap_or(0);
        if l.progression {
            outcomes.progression += count;
        }
        if !l.retired || count > 0 {
            outcomes.rows.push(LabelCount {
                id: Some(l.id),
                label: l.name.clone(),
                count,
                progression: l.progression,
            });
        }
    }

    // Table 4.
    let mut days: Vec<i64> = discharged
        .iter()
        .map(|p| p.days_in_project(today))
        .collect();
    days.sort_unstable();
    let time = (!days.is_empty()).then(|| TimeInProject {
        count: days.len() as u32,
        mean_days: days.iter().sum::<i64>() as f64 / days.len() as f64,
        median_days: median(&days),
        min_days: days[0],
        max_days: days[days.len() - 1],
    });

    // Table 5: current participants, then the discharged per outcome.
    let mut ages = vec![age_table(&project.age_bands, None, &current)];
    let mut by_outcome_people: HashMap<Id, Vec<&Participant>> = HashMap::new();
    for p in &discharged {
        if let Some(o) = p.discharge.and_then(|d| d.outcome) {
            by_outcome_people.entry(o).or_default().push(p);
        }
    }
    for l in &project.outcomes {
        if let Some(group) = by_outcome_people.get(&l.id) {
            ages.push(age_table(&project.age_bands, Some(l.name.clone()), group));
        }
    }

    // Table 6.
    let mut by_sub_unit: HashMap<Id, u32> = HashMap::new();
    for p in &current {
        if let Some(s) = p.sub_unit {
            *by_sub_unit.entry(s).or_default() += 1;
        }
    }
    let mut groups: Vec<GroupRow> = project
        .sub_units
        .iter()
        .filter(|s| scope.is_none_or(|id| id == s.id))
        .map(|s| (s, by_sub_unit.get(&s.id).copied().unwrap_or(0)))
        .filter(|(s, count)| *count > 0 || !s.retired)
        .map(|(s, count)| GroupRow {
            id: Some(s.id),
            label: s.name.clone(),
            target: s.volume_target,
            count,
        })
        .collect();
    let without_group = current.iter().filter(|p| p.sub_unit.is_none()).count() as u32;
    if !groups.is_empty() && without_group > 0 {
        groups.push(GroupRow {
            id: None,
            label: String::new(),
            target: None,
            count: without_group,
        });
    }

    // Table 7.
    let volume_target = match scope {
        Some(id) => project
            .sub_units
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.volume_target),
        None => project.volume_target,
    };
    let goals = Goals {
        volume: volume_target.map(|target| VolumeGoal {
            target,
            actual: overview.current.all,
            met: overview.current.all >= target,
        }),
        gender: project.target_women_percent.map(|target| {
            let of = overview.current.women + overview.current.men;
            let share = if of == 0 {
                0.0
            } else {
                100.0 * f64::from(overview.current.women) / f64::from(of)
            };
            GenderGoal {
                target_women_percent: target,
                women: overview.current.women,
                of,
                met: of > 0 && (share - f64::from(target)).abs() <= GENDER_TOLERANCE,
            }
        }),
        outcome: project.outcome_goal_percent.map(|target| OutcomeGoal {
            target_percent: target,
            progression: outcomes.progression,
            of: outcomes.discharged,
            met: outcomes.discharged > 0
                && f64::from(outcomes.progression) * 100.0
                    >= f64::from(target) * f64::from(outcomes.discharged),
        }),
    };

    // Table 8, over the current participants.
    let mut quality: BTreeMap<QualityKind, Vec<(Id, String)>> = BTreeMap::new();
    for p in &current {
        let mut flag = |k: QualityKind| quality.entry(k).or_default().push((p.id, p.code.clone()));
        if p.discharge.is_some_and(|d| d.outcome.is_none()) {
            flag(QualityKind::DischargedWithoutOutcome);
        }
        if p.referral.is_none() {
            flag(QualityKind::NoReferral);
        }
        let out_of_order = p.phases.windows(2).any(|w| w[1].from < w[0].from)
            || p.phases.first().is_some_and(|f| f.from < p.start)
            || p.phases.last().zip(end(p)).is_some_and(|(l, e)| l.from > e);
        if out_of_order {
            flag(QualityKind::PhaseDatesOutOfOrder);
        }
        if p.start < project.start {
            flag(QualityKind::StartBeforeProjectStart);
        }
        if let Some(project_end) = project.end {
            let still_active = match end(p) {
                None => project_end < today,
                Some(e) => e > project_end,
            };
            if still_active {
                flag(QualityKind::ActiveAfterProjectEnd);
            }
        }
    }
    let quality = quality
        .into_iter()
        .map(|(kind, participants)| QualityIssue { kind, participants })
        .collect();

    // Flows: referral source to outcome, for the discharged.
    let mut flows: BTreeMap<(String, String), (bool, u32)> = BTreeMap::new();
    let referral_names: HashMap<Id, &str> = (project.referral_sources.iter())
        .map(|l| (l.id, l.name.as_str()))
        .collect();
    let outcome_labels: HashMap<Id, &OutcomeLabel> =
        project.outcomes.iter().map(|l| (l.id, l)).collect();
    for p in &discharged {
        let referral = p
            .referral
            .and_then(|r| referral_names.get(&r).copied())
            .unwrap_or("")
            .to_owned();
        let outcome = p
            .discharge
            .and_then(|d| d.outcome)
            .and_then(|o| outcome_labels.get(&o).copied());
        let (name, progression) = outcome
            .map(|o| (o.name.clone(), o.progression))
            .unwrap_or_default();
        let entry = flows.entry((referral, name)).or_insert((progression, 0));
        entry.1 += 1;
    }
    let flows = flows
        .into_iter()
        .map(|((referral, outcome), (progression, count))| Flow {
            referral,
            outcome,
            progression,
            count,
        })
        .collect();

    let months = month_rows(&people, period);

    Report {
        project: project.name.clone(),
        scope: scope
            .and_then(|id| project.sub_unit_name(id))
            .map(str::to_owned),
        period,
        overview,
        referrals,
        outcomes,
        time,
        ages,
        groups,
        goals,
        quality,
        flows,
        months,
    }
}
