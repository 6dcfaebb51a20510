//! The report's cross-table of age and outcome against direct counts of the participants.
//! Invented codes only.

use proptest::prelude::*;
use stegvis::domain::validate::*;
use stegvis::domain::*;
use stegvis::report::tables::{tables, Cell};
use stegvis::report::words::Words;
use stegvis::report::*;

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn project() -> Project {
    let mut form = ProjectForm::new_project(d("2025-01-01"));
    form.name = "Korstabell".into();
    validate_project(&form, d("2026-11-23"))
        .unwrap()
        .into_new_project(Timestamp(0))
}

/// (gender, birth year, outcome index or none, discharged)
type Person = (usize, i32, Option<usize>, bool);

fn people(p: &Project, spec: &[Person]) -> Vec<Participant> {
    spec.iter()
        .enumerate()
        .map(|(i, (g, year, outcome, out))| {
            let mut x = Participant::new(
                Id::random(),
                p.id,
                format!("K-{i}"),
                d("2025-02-01"),
                Timestamp(0),
            );
            x.gender = [
                Gender::Woman,
                Gender::Man,
                Gender::Other,
                Gender::Unspecified,
            ][*g];
            x.birth_year = Some(*year);
            x.discharge = out.then(|| Discharge {
                end: d("2025-06-01"),
                outcome: outcome.map(|k| p.outcomes[k % p.outcomes.len()].id),
            });
            x
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_cell_of_the_age_and_outcome_table_is_a_direct_count(
        spec in proptest::collection::vec((0usize..4, 1950i32..2008, proptest::option::of(0usize..12), any::<bool>()), 1..40),
    ) {
        let p = project();
        let people = people(&p, &spec);
        let r = compute(&p, &people, None, Period { from: d("2025-01-01"), to: d("2025-12-31") }, d("2026-11-23"));
        let all = tables(&r, stegvis::i18n::words::WORDS.sv);
        // The discharged with an outcome (those without one are counted in the outcome table's
        // "Avslutsorsak saknas" row, not by age).
        let discharged: Vec<&Participant> = people.iter().filter(|x| x.discharge.is_some_and(|d| d.outcome.is_some())).collect();
        let Some(table) = all.iter().find(|t| t.key == "alder-avslut") else {
            prop_assert!(discharged.is_empty(), "no cross-table, yet discharged");
            return Ok(());
        };
        prop_assert!(all.iter().all(|t| !t.key.starts_with("alder-") || ["alder-start", "alder-aktuella", "alder-avslut"].contains(&t.key.as_str())),
            "one table per outcome is gone");
        let words = stegvis::i18n::words::WORDS.sv;
        let band_of = |x: &Participant| {
            let age = x.age_at_start().unwrap();
            let bands = &p.age_bands;
            if age < i32::from(bands[0]) {
                format!("{} {}", words.word(stegvis::report::words::Word::AgeBelow), bands[0])
            } else {
                match bands.windows(2).find(|w| age < i32::from(w[1])) {
                    Some(w) => format!("{}–{}", w[0], w[1] - 1),
                    None => format!("{}+", bands.last().unwrap()),
                }
            }
        };
        let int = |c: &Cell| match c { Cell::Int(n) => *n as usize, _ => 0 };
        let outcome_columns = &table.columns[6..];
        for row in table.rows.iter().filter(|r| !r.total) {
            let band = row.cells[0].text(words);
            let in_band: Vec<&&Participant> = discharged.iter().filter(|x| band_of(x) == band).collect();
            prop_assert_eq!(int(&row.cells[1]), in_band.len(), "band {}", band);
            prop_assert_eq!(int(&row.cells[2]), in_band.iter().filter(|x| x.gender == Gender::Woman).count());
            prop_assert_eq!(int(&row.cells[3]), in_band.iter().filter(|x| x.gender == Gender::Man).count());
            for (k, name) in outcome_columns.iter().enumerate() {
                let direct = in_band.iter().filter(|x| {
                    let id = x.discharge.and_then(|d| d.outcome);
                    p.outcomes.iter().any(|o| Some(o.id) == id && &o.name == name)
                }).count();
                prop_assert_eq!(int(&row.cells[6 + k]), direct, "band {} outcome {}", band, name);
            }
        }
        let total = table.rows.last().unwrap();
        prop_assert!(total.total);
        prop_assert_eq!(int(&total.cells[1]), discharged.len());
    }
}
