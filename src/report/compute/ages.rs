//! Table 5: participants by age band and gender, for the current participants and for the
//! discharged of each outcome. A participant's age is counted at their start.

use super::super::{AgeAtStart, AgeBand, AgeTable, GenderCounts};
use crate::domain::Participant;

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

pub(super) fn age_table(
    bands: &[u8],
    outcome: Option<String>,
    people: &[&Participant],
) -> AgeTable {
    let mut rows: Vec<(AgeBand, GenderCounts)> = all_bands(bands)
        .into_iter()
        .map(|b| (b, GenderCounts::default()))
        .collect();
    for p in people {
        let band = age_band(bands, p.age_at_start());
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

/// The mean and median age at start of `people` whose year of birth is known.
pub(super) fn age_at_start(people: &[&Participant]) -> Option<AgeAtStart> {
    let mut ages: Vec<i64> = people
        .iter()
        .filter_map(|p| p.age_at_start().map(i64::from))
        .collect();
    ages.sort_unstable();
    (!ages.is_empty()).then(|| AgeAtStart {
        count: ages.len() as u32,
        mean: ages.iter().sum::<i64>() as f64 / ages.len() as f64,
        median: super::median(&ages),
    })
}
