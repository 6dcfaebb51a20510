//! Computing a [`Report`] from the records: the participants are sorted once into those in
//! scope, those current in the period and those discharged in it ([`Selection`]); then each
//! table is one function of that selection.

mod ages;
mod journey;
mod months;
mod quality;

use super::*;
use crate::domain::{Date, OutcomeLabel, Participant, Project};
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for the report's maps, whose keys are ids (random UUIDs, their bits spread
/// already) and small enums: a multiply and a rotate per word instead of SipHash, which was a
/// tenth of a period change at 100,000 participants in WebAssembly. The keys come from the
/// coach's own records, so there is nobody to guard against collisions made on purpose.
#[derive(Clone, Copy, Default)]
struct QuickHasher(u64);

impl QuickHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for QuickHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map with [`QuickHasher`].
type QuickMap<K, V> = HashMap<K, V, BuildHasherDefault<QuickHasher>>;

/// When a participant left, if they have.
fn end(p: &Participant) -> Option<Date> {
    p.discharge.map(|d| d.end)
}

fn active_on(p: &Participant, day: Date) -> bool {
    p.start.is_some_and(|s| s <= day) && end(p).is_none_or(|e| e > day)
}

/// The participants a report counts, sorted once.
struct Selection<'a> {
    /// In the scope (the whole project or one sub-unit), whatever their dates; never those
    /// registered by mistake.
    people: Vec<&'a Participant>,
    /// In the project at some time during the period.
    current: Vec<&'a Participant>,
    /// Discharged during the period.
    discharged: Vec<&'a Participant>,
}

impl<'a> Selection<'a> {
    /// Sorts the participations, in one pass: every participant's current one, and `earlier`
    /// (the earlier participations of those who came back, as participants of their own).
    fn new(
        participants: &'a [Participant],
        earlier: &'a [Participant],
        scope: Option<Id>,
        period: Period,
    ) -> Self {
        let mut s = Selection {
            people: Vec::with_capacity(participants.len() + earlier.len()),
            current: Vec::new(),
            discharged: Vec::new(),
        };
        for p in participants.iter().chain(earlier) {
            if p.mistaken || (scope.is_some() && p.sub_unit != scope) {
                continue;
            }
            s.people.push(p);
            let end = end(p);
            if p.start.is_some_and(|s| s <= period.to) && end.is_none_or(|e| e >= period.from) {
                s.current.push(p);
            }
            if end.is_some_and(|e| period.contains(e)) {
                s.discharged.push(p);
            }
        }
        s
    }
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
    // Reports count participations: a participant who came back counts once per participation.
    let earlier: Vec<Participant> = (participants.iter())
        .filter(|p| !p.earlier.is_empty())
        .flat_map(Participant::earlier_participations)
        .collect();
    let s = Selection::new(participants, &earlier, scope, period);
    let overview = overview(&s, period);
    let outcomes = outcomes(&s, project);
    Report {
        project: project.name.clone(),
        scope: scope
            .and_then(|id| project.sub_unit_name(id))
            .map(str::to_owned),
        period,
        referrals: referrals(&s, project),
        time: time_in_project(&s, today),
        ages: ages(&s, project),
        age_at_start: ages::age_at_start(&s.current),
        groups: groups(&s, project, scope),
        goals: goals(&overview, &outcomes, project, scope),
        quality: quality::quality(&s, project, today),
        flows: flows(&s, project),
        months: months::month_rows(&s.people, period),
        journey: journey::figures(&s, project, period),
        money: scope
            .is_none()
            .then(|| super::money::money(project, period, &overview, &outcomes))
            .flatten(),
        overview,
        outcomes,
    }
}

/// Table 1: started, current, discharged and active at the period's end, by gender.
fn overview(s: &Selection, period: Period) -> Overview {
    let mut overview = Overview::default();
    for p in &s.people {
        if p.start.is_some_and(|s| period.contains(s)) {
            overview.started.add(p.gender);
        }
        if active_on(p, period.to) {
            overview.active_at_end.add(p.gender);
        }
    }
    for p in &s.current {
        overview.current.add(p.gender);
        overview.anonymous += u32::from(p.anonymous_in_sus);
    }
    for p in &s.discharged {
        overview.discharged.add(p.gender);
    }
    overview
}

/// How many of `people` have each label that `label` reads off them, and how many have none.
fn count_labels(
    people: &[&Participant],
    label: impl Fn(&Participant) -> Option<Id>,
) -> (QuickMap<Id, u32>, u32) {
    let mut counts: QuickMap<Id, u32> = QuickMap::default();
    let mut missing = 0;
    for p in people {
        match label(p) {
            Some(id) => *counts.entry(id).or_default() += 1,
            None => missing += 1,
        }
    }
    (counts, missing)
}

/// A row per label in list order: every label in use, and every one not retired (also at 0).
/// `labels` gives each label's id, name, whether it is retired and whether it is progression.
fn label_rows<'a>(
    labels: impl Iterator<Item = (Id, &'a str, bool, bool)>,
    counts: &QuickMap<Id, u32>,
) -> Vec<LabelCount> {
    labels
        .filter_map(|(id, name, retired, progression)| {
            let count = counts.get(&id).copied().unwrap_or(0);
            (!retired || count > 0).then(|| LabelCount {
                id: Some(id),
                label: name.to_owned(),
                count,
                progression,
            })
        })
        .collect()
}

/// Table 2: the current participants by referral source (retired sources only if used).
fn referrals(s: &Selection, project: &Project) -> Referrals {
    let (counts, missing) = count_labels(&s.current, |p| p.referral);
    let labels =
        (project.referral_sources.iter()).map(|l| (l.id, l.name.as_str(), l.retired, false));
    Referrals {
        total: s.current.len() as u32,
        missing,
        rows: label_rows(labels, &counts),
    }
}

/// Table 3: the discharged by outcome, and how many of them moved on to work or studies.
fn outcomes(s: &Selection, project: &Project) -> Outcomes {
    let (counts, missing) = count_labels(&s.discharged, |p| p.discharge.and_then(|d| d.outcome));
    let labels =
        (project.outcomes.iter()).map(|l| (l.id, l.name.as_str(), l.retired, l.progression));
    let rows = label_rows(labels, &counts);
    Outcomes {
        discharged: s.discharged.len() as u32,
        missing,
        progression: rows.iter().filter(|r| r.progression).map(|r| r.count).sum(),
        rows,
    }
}

fn median(sorted: &[i64]) -> f64 {
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2] as f64
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0
    }
}

/// Table 4: days in the project of those discharged in the period; none if nobody was.
fn time_in_project(s: &Selection, today: Date) -> Option<TimeInProject> {
    let mut days: Vec<i64> = s
        .discharged
        .iter()
        .map(|p| p.days_in_project(today))
        .collect();
    days.sort_unstable();
    let (&min_days, &max_days) = (days.first()?, days.last()?);
    Some(TimeInProject {
        count: days.len() as u32,
        mean_days: days.iter().sum::<i64>() as f64 / days.len() as f64,
        median_days: median(&days),
        min_days,
        max_days,
    })
}

/// Table 5: the current participants by age, then the discharged of each outcome.
fn ages(s: &Selection, project: &Project) -> Vec<AgeTable> {
    let mut tables = vec![ages::age_table(&project.age_bands, None, &s.current)];
    let mut by_outcome: QuickMap<Id, Vec<&Participant>> = QuickMap::default();
    for p in &s.discharged {
        if let Some(o) = p.discharge.and_then(|d| d.outcome) {
            by_outcome.entry(o).or_default().push(p);
        }
    }
    for l in &project.outcomes {
        if let Some(group) = by_outcome.get(&l.id) {
            let name = Some(l.name.clone());
            tables.push(ages::age_table(&project.age_bands, name, group));
        }
    }
    tables
}

/// Table 6: the current participants by sub-unit, against each sub-unit's target; a last row
/// for those in no sub-unit.
fn groups(s: &Selection, project: &Project, scope: Option<Id>) -> Vec<GroupRow> {
    let mut by_sub_unit: QuickMap<Id, u32> = QuickMap::default();
    for p in &s.current {
        if let Some(id) = p.sub_unit {
            *by_sub_unit.entry(id).or_default() += 1;
        }
    }
    let mut groups: Vec<GroupRow> = project
        .sub_units
        .iter()
        .filter(|u| scope.is_none_or(|id| id == u.id))
        .map(|u| (u, by_sub_unit.get(&u.id).copied().unwrap_or(0)))
        .filter(|(u, count)| *count > 0 || !u.retired)
        .map(|(u, count)| GroupRow {
            id: Some(u.id),
            label: u.name.clone(),
            target: u.volume_target,
            count,
        })
        .collect();
    let without_group = s.current.iter().filter(|p| p.sub_unit.is_none()).count() as u32;
    if !groups.is_empty() && without_group > 0 {
        groups.push(GroupRow {
            id: None,
            label: String::new(),
            target: None,
            count: without_group,
        });
    }
    groups
}

/// Table 7: the project's goals (volume, gender balance, outcomes) met or missed.
fn goals(overview: &Overview, outcomes: &Outcomes, project: &Project, scope: Option<Id>) -> Goals {
    let volume_target = match scope {
        Some(id) => project
            .sub_units
            .iter()
            .find(|u| u.id == id)
            .and_then(|u| u.volume_target),
        None => project.volume_target,
    };
    let current = &overview.current;
    Goals {
        volume: volume_target.map(|target| VolumeGoal {
            target,
            actual: current.all,
            met: current.all >= target,
        }),
        gender: project.target_women_percent.map(|target| {
            let of = current.women + current.men;
            let share = if of == 0 {
                0.0
            } else {
                100.0 * f64::from(current.women) / f64::from(of)
            };
            GenderGoal {
                target_women_percent: target,
                women: current.women,
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
    }
}

/// The flow chart's data: referral source to outcome, for those discharged in the period.
/// Counted by label ids first (no text per participant), then by name, so that two labels of
/// the same name are one flow; a flow's progression is that of the first participant counted.
fn flows(s: &Selection, project: &Project) -> Vec<Flow> {
    /// A referral source and an outcome, either of them missing.
    type Pair = (Option<Id>, Option<Id>);
    let mut by_ids: QuickMap<Pair, usize> = QuickMap::default();
    let mut counted: Vec<(Pair, u32)> = Vec::new();
    for p in &s.discharged {
        let key = (p.referral, p.discharge.and_then(|d| d.outcome));
        let at = *by_ids.entry(key).or_insert_with(|| {
            counted.push((key, 0));
            counted.len() - 1
        });
        counted[at].1 += 1;
    }
    let referral_names: HashMap<Id, &str> = (project.referral_sources.iter())
        .map(|l| (l.id, l.name.as_str()))
        .collect();
    let outcome_labels: HashMap<Id, &OutcomeLabel> =
        project.outcomes.iter().map(|l| (l.id, l)).collect();
    let mut flows: BTreeMap<(&str, &str), (bool, u32)> = BTreeMap::new();
    for ((referral, outcome), count) in counted {
        let referral = referral
            .and_then(|r| referral_names.get(&r).copied())
            .unwrap_or("");
        let (name, progression) = outcome
            .and_then(|o| outcome_labels.get(&o).copied())
            .map(|o| (o.name.as_str(), o.progression))
            .unwrap_or_default();
        flows.entry((referral, name)).or_insert((progression, 0)).1 += count;
    }
    flows
        .into_iter()
        .map(|((referral, outcome), (progression, count))| Flow {
            referral: referral.to_owned(),
            outcome: outcome.to_owned(),
            progression,
            count,
        })
        .collect()
}
