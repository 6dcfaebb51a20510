//! The workshop demo: three invented projects with participants, phases, outcomes, a few
//! deliberate data-quality holes, self-evaluation answers at start and end, and the journeys
//! around them (waiting lists, extensions, check-ins, income and occupation before and after,
//! follow-ups after exit; see [`journey`]).
//!
//! Everything comes from one seeded generator and fixed dates, so every workshop sees the same
//! numbers. Codes are made up (`IPS-001`, `GV-001`, `AB-001`); there are no names, no birth
//! dates, no free texts about people. The app keeps the demo in a database of its own.

mod journey;

use crate::domain::money::UsedFunds;
use crate::domain::narrative::{ReportTexts, TextKey};
use crate::domain::project::{default_outcomes, default_referral_sources};
use crate::domain::{
    Date, Discharge, Gender, Id, Participant, Phase, PhaseEntry, Project, SubUnit, Timestamp,
};
use crate::formats::backup::BackupData;
use crate::survey::default_form::default_form;
use crate::survey::{Answer, Form, ItemKind, Moment, Value, YearMonth};

/// The seed of the demo. Change it and every workshop's numbers change.
pub const SEED: u64 = 0x5EED_2026;
/// The last day anything happens in the demo: later starts and ends are left out.
pub fn cutoff() -> Date {
    Date::from_ymd(2026, 10, 31).expect("a real date")
}

/// splitmix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A whole number in `low..=high`.
    fn between(&mut self, low: i64, high: i64) -> i64 {
        low + (self.next() % (high - low + 1) as u64) as i64
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn id(&mut self) -> Id {
        Id::from_bits((u128::from(self.next()) << 64) | u128::from(self.next()))
    }

    /// An index drawn with the given weights.
    fn weighted(&mut self, weights: &[u64]) -> usize {
        let mut roll = self.next() % weights.iter().sum::<u64>();
        for (i, w) in weights.iter().enumerate() {
            if roll < *w {
                return i;
            }
            roll -= w;
        }
        weights.len() - 1
    }
}

/// What kind of project, which decides stays, phases and outcomes.
struct Kind {
    name: &'static str,
    prefix: &'static str,
    start: Date,
    end: Date,
    participants: usize,
    volume_target: u32,
    outcome_goal: u8,
    /// Length of a stay in days.
    stay: (i64, i64),
    /// The phases a stay goes through, in order.
    phases: &'static [Phase],
    /// Weights over the default outcomes (see `DEFAULT_OUTCOMES`).
    outcomes: [u64; 11],
    /// Weights over the default referral sources.
    referrals: [u64; 8],
    sub_units: &'static [(&'static str, u32)],
    /// The planned length of a stay.
    planned: crate::domain::journey::PlannedLength,
}

fn date(y: i32, m: u8, d: u8) -> Date {
    Date::from_ymd(y, m, d).expect("a real date")
}

fn kinds() -> [Kind; 3] {
    [
        Kind {
            name: "IPS Norrbacka",
            prefix: "IPS",
            start: date(2024, 1, 8),
            end: date(2026, 12, 31),
            participants: 40,
            volume_target: 45,
            outcome_goal: 40,
            stay: (120, 600),
            phases: &[Phase::Mapping, Phase::SupportedWork, Phase::FollowUp],
            outcomes: [30, 12, 10, 4, 3, 10, 6, 4, 8, 3, 2],
            referrals: [14, 6, 30, 10, 14, 12, 4, 3],
            sub_units: &[],
            planned: journey::months(12),
        },
        Kind {
            name: "Vägledning Åby och Norrbacka",
            prefix: "GV",
            start: date(2024, 3, 4),
            end: date(2026, 12, 31),
            participants: 150,
            volume_target: 140,
            outcome_goal: 35,
            stay: (60, 270),
            phases: &[Phase::Mapping, Phase::Introduction, Phase::WorkTraining],
            outcomes: [14, 6, 18, 8, 14, 14, 10, 8, 5, 2, 3],
            referrals: [30, 12, 6, 8, 22, 12, 2, 4],
            sub_units: &[
                ("Åby – grupp", 50),
                ("Åby – individuellt", 20),
                ("Norrbacka – grupp", 50),
                ("Norrbacka – individuellt", 20),
            ],
            planned: journey::months(6),
        },
        Kind {
            name: "Arbetsförmågebedömning Steget",
            prefix: "AB",
            start: date(2025, 9, 1),
            end: date(2026, 12, 31),
            participants: 40,
            volume_target: 48,
            outcome_goal: 20,
            stay: (56, 84),
            phases: &[Phase::Mapping, Phase::WorkTraining],
            outcomes: [3, 2, 2, 2, 8, 14, 40, 16, 6, 2, 5],
            referrals: [20, 2, 6, 8, 24, 36, 2, 2],
            sub_units: &[],
            planned: journey::weeks(8),
        },
    ]
}

fn project(rng: &mut Rng, kind: &Kind) -> Project {
    let relabel = |rng: &mut Rng| rng.id();
    let mut referral_sources = default_referral_sources();
    referral_sources
        .iter_mut()
        .for_each(|l| l.id = relabel(rng));
    let mut outcomes = default_outcomes();
    outcomes.iter_mut().for_each(|l| l.id = relabel(rng));
    let id = rng.id();
    Project {
        end: Some(kind.end),
        volume_target: Some(kind.volume_target),
        target_women_percent: Some(50),
        outcome_goal_percent: Some(kind.outcome_goal),
        sub_units: kind
            .sub_units
            .iter()
            .map(|(name, target)| SubUnit {
                id: rng.id(),
                name: (*name).into(),
                volume_target: Some(*target),
                retired: false,
            })
            .collect(),
        referral_sources,
        outcomes,
        granted_funds: Some(granted(kind)),
        used_funds: used_funds(kind),
        report_texts: report_texts(),
        ..Project::new(id, kind.name.into(), kind.start, Timestamp(0))
    }
}

/// Invented granted funds: 42 000 kr per planned participant.
fn granted(kind: &Kind) -> u64 {
    u64::from(kind.volume_target) * 42_000
}

/// Invented used funds, one amount per calendar quarter from the start up to the demo's
/// cutoff, spending the granted funds evenly with a small swing. No random numbers are drawn,
/// so the participants stay those of the seed.
fn used_funds(kind: &Kind) -> Vec<UsedFunds> {
    let base = (kind.name.bytes()).fold(0u128, |h, b| {
        h.wrapping_mul(131).wrapping_add(u128::from(b))
    });
    let end = cutoff().min(kind.end);
    let quarters = |from: Date| {
        ((end.year() - from.year()) * 12 + i32::from(end.month()) - i32::from(from.month())) / 3 + 1
    };
    let planned = ((kind.end.year() - kind.start.year()) * 12 + i32::from(kind.end.month())
        - i32::from(kind.start.month()))
        / 3
        + 1;
    let per_quarter = granted(kind) / planned.max(1) as u64;
    let mut out = Vec::new();
    let mut from = kind.start;
    for q in 0..quarters(kind.start).max(0) {
        let quarter_end = from.month_start().plus_months(3).plus_days(-1);
        let to = quarter_end.min(end);
        if to < from {
            break;
        }
        let swing = [96, 104, 99, 101][q as usize % 4];
        // A quarter cut short by the cutoff spends its share of the days.
        let (days, full) = (from.days_until(to) + 1, from.days_until(quarter_end) + 1);
        out.push(UsedFunds {
            id: Id::from_bits(base.wrapping_mul(1_000_003) ^ (q as u128 + 1)),
            from,
            to,
            amount: per_quarter * swing * days as u64 / full as u64 / 100 / 100 * 100,
        });
        from = to.plus_days(1);
    }
    out
}

/// Invented texts for the final report draft, so a presenter can show it filled in.
fn report_texts() -> ReportTexts {
    let mut t = ReportTexts::default();
    t.set(
        TextKey::Responsible,
        "Samordningsförbundet är projektägare. En projektledare och tre coacher arbetar i insatsen."
            .into(),
    );
    t.set(
        TextKey::Partners,
        "Kommunens arbetsmarknadsenhet, Arbetsförmedlingen, Försäkringskassan och regionens \
         psykiatriska öppenvård."
            .into(),
    );
    t.set(
        TextKey::Purpose,
        "Att deltagarna kommer närmare arbete eller studier.".into(),
    );
    t
}

fn participant(rng: &mut Rng, kind: &Kind, project: &Project, n: usize) -> Participant {
    let span = kind.start.days_until(cutoff().min(kind.end)) - 30;
    let start = kind
        .start
        .plus_days(span * n as i64 / kind.participants as i64 + rng.between(0, 20));
    let stay = rng.between(kind.stay.0, kind.stay.1);
    let end = start.plus_days(stay);
    let steps = kind.phases.len() as i64;
    let phases = kind
        .phases
        .iter()
        .enumerate()
        .map(|(i, phase)| PhaseEntry {
            phase: *phase,
            from: start.plus_days(stay * i as i64 / steps),
        })
        .filter(|e| e.from <= cutoff())
        .collect();
    let gender = Gender::ALL[rng.weighted(&[48, 47, 2, 3])];
    let discharge = (end <= cutoff()).then(|| Discharge {
        end,
        outcome: Some(project.outcomes[rng.weighted(&kind.outcomes)].id),
    });
    // Drawn in this order, so the demo stays the same from its seed.
    let id = rng.id();
    let birth_year = Some(rng.between(1962, 2004) as i32);
    let referral = Some(project.referral_sources[rng.weighted(&kind.referrals)].id);
    let sub_unit =
        (!project.sub_units.is_empty()).then(|| project.sub_units[rng.weighted(&[5, 2, 5, 2])].id);
    let anonymous_in_sus = rng.chance(6);
    let code = format!("{}-{:03}", kind.prefix, n + 1);
    Participant {
        gender,
        birth_year,
        referral,
        sub_unit,
        anonymous_in_sus,
        phases,
        discharge,
        ..Participant::new(id, project.id, code, start, Timestamp(0))
    }
}

/// The holes a coach should see warned about: an outcome, a referral source and a birth year
/// left out, one of each in every project.
fn make_holes(people: &mut [Participant]) {
    if let Some(p) = people.iter_mut().filter(|p| p.discharge.is_some()).nth(3) {
        p.discharge = p.discharge.map(|d| Discharge { outcome: None, ..d });
    }
    if let Some(p) = people.get_mut(5) {
        p.referral = None;
    }
    if let Some(p) = people.get_mut(8) {
        p.birth_year = None;
    }
}

fn month_of(d: Date) -> YearMonth {
    YearMonth {
        year: d.year() as u16,
        month: d.month(),
    }
}

/// Answers to the default form at start (most participants) and at the end (most of those who
/// left): lower at the start, higher at the end, different per statement.
fn answers(rng: &mut Rng, form: &Form, people: &[Participant]) -> Vec<Answer> {
    let mut out = Vec::new();
    let mut answer = |rng: &mut Rng, moment: Moment, when: Date, lift: i64| {
        let values = form
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| match item.kind {
                ItemKind::Scale { .. } => {
                    let base = 2 + (i as i64 % 3) / 2 + lift;
                    Value::Scale((base + rng.between(-1, 1)).clamp(1, 5) as u8)
                }
                _ => Value::Skipped,
            })
            .collect();
        out.push(Answer {
            id: rng.id(),
            project_id: form.project_id,
            form_id: form.id,
            moment,
            month: month_of(when),
            lang: if rng.chance(12) { "en" } else { "sv" }.into(),
            nonce: rng.next() & 0xFF_FFFF_FFFF,
            values,
        });
    };
    for p in people {
        if let Some(start) = p.start.filter(|_| rng.chance(80)) {
            answer(rng, Moment::Start, start, 0);
        }
        if let Some(d) = p.discharge {
            if rng.chance(70) {
                answer(rng, Moment::End, d.end, 1);
            }
        }
    }
    out
}

/// The whole demo, the same every time.
pub fn demo_data() -> BackupData {
    let mut rng = Rng(SEED);
    let mut journeys = Rng(journey::JOURNEY_SEED);
    let (mut projects, mut participants, mut forms, mut all_answers) =
        (vec![], vec![], vec![], vec![]);
    for kind in kinds() {
        let mut project = project(&mut rng, &kind);
        journey::settings(&mut journeys, &mut project, kind.planned);
        let mut people: Vec<Participant> = (0..kind.participants)
            .map(|n| participant(&mut rng, &kind, &project, n))
            .collect();
        make_holes(&mut people);
        journey::add_journeys(&mut journeys, &project, &mut people);
        let mut form = default_form(project.id, Timestamp(0));
        form.id = rng.id();
        form.items.iter_mut().for_each(|i| i.id = rng.id());
        all_answers.extend(answers(&mut rng, &form, &people));
        forms.push(form);
        participants.extend(people);
        projects.push(project);
    }
    BackupData::new()
        .with(&projects)
        .with(&participants)
        .with(&forms)
        .with(&all_answers)
}
