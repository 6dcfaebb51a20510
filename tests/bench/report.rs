//! Prints how long the report takes natively for 1,000, 10,000 and 100,000 participants.
//! Not a test: it asserts nothing. Run with `scripts/bench` or `cargo bench --bench report`.
//!
//! It also leaves the generated data and its timings in `target/bench/`, in the stored layout,
//! so the browser half of the bench (`tests/e2e/bench.mjs`) computes the same report on the same
//! records and can print the ratio.

use std::hint::black_box;
use std::time::Instant;
use stegvis::domain::validate::*;
use stegvis::domain::*;
use stegvis::report::tables::tables;
use stegvis::report::*;

/// Invented participants from a fixed seed: same data on every run.
fn generate(n: usize) -> (Project, Vec<Participant>) {
    let start = Date::from_ymd(2022, 1, 1).unwrap();
    let mut form = ProjectForm::new_project(start);
    form.name = "Bänk".into();
    form.start = start.to_string();
    form.volume_target = n.to_string();
    let project = validate_project(&form, start)
        .unwrap()
        .into_new_project(Timestamp(0));
    let mut seed: u64 = 0x5EED;
    let mut next = move |m: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % m
    };
    let people = (0..n)
        .map(|i| {
            let begin = start.plus_days(next(1400) as i64);
            let discharge = (next(3) != 0).then(|| Discharge {
                end: begin.plus_days(30 + next(600) as i64),
                outcome: (next(20) != 0).then(|| project.outcomes[next(11) as usize].id),
            });
            let code = format!("D-{:06}", i + 1);
            Participant {
                gender: Gender::ALL[next(4) as usize],
                birth_year: Some(1960 + next(45) as i32),
                referral: Some(project.referral_sources[next(8) as usize].id),
                anonymous_in_sus: next(10) == 0,
                discharge,
                ..Participant::new(Id::random(), project.id, code, begin, Timestamp(0))
            }
        })
        .collect();
    (project, people)
}

/// Writes `target/bench/data-<n>.json`: the project and participant rows as IndexedDB holds them.
fn write_data(n: usize, project: &Project, people: &[Participant]) {
    use stegvis::records::Entry;
    use stegvis::repo::rows::row_of;
    let rows = serde_json::json!({
        "project": row_of(&Entry::of(project)),
        "participants": people.iter().map(|p| row_of(&Entry::of(p))).collect::<Vec<_>>(),
    });
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join(format!("data-{n}.json")), rows.to_string());
}

/// Label matching at the sizes of issue 12's finding 5: a summary of two report files with
/// 60,000 referral sources each, and the import preview of a CSV with 30,000 distinct sources.
fn label_matching() {
    use stegvis::formats::import::preview;
    use stegvis::report::combine::combine;
    use stegvis::report::json::{CountJson, ReportFile};
    let today = Date::from_ymd(2026, 11, 23).unwrap();
    let (project, people) = generate(100);
    let mut file = ReportFile::from_report(&compute(
        &project,
        &people,
        None,
        PeriodChoice::WholeProject.resolve(&project, &people, today),
        today,
    ));
    file.referrals = (0..60_000)
        .map(|i| CountJson {
            label: format!("Källa {i}"),
            count: 0,
        })
        .collect();
    let mut other = file.clone();
    other
        .referrals
        .iter_mut()
        .for_each(|r| r.label = r.label.to_uppercase());
    let t0 = Instant::now();
    black_box(combine(&[file, other]).unwrap());
    let combined = t0.elapsed().as_secs_f64() * 1000.0;
    let mut csv = String::from("kod;startdatum;remittent\n");
    for i in 0..30_000 {
        csv.push_str(&format!("X-{i};2025-01-01;Remittent {i}\n"));
    }
    let t0 = Instant::now();
    black_box(preview(csv.as_bytes(), "lista.csv", &project, &[], today).unwrap());
    let previewed = t0.elapsed().as_secs_f64() * 1000.0;
    println!("Namnmatchning, native (release):");
    println!("  sammanställning av 2 filer med 60 000 remittenter: {combined:.1} ms");
    println!("  importförhandsvisning, 30 000 olika remittenter:   {previewed:.1} ms");
}

fn main() {
    label_matching();
    let mut native = serde_json::Map::new();
    let today = Date::from_ymd(2026, 11, 23).unwrap();
    println!("Rapporten, native (release), median av 5 körningar:");
    println!(
        "{:>10} {:>14} {:>14} {:>14}",
        "deltagare", "hela projektet", "ett tertial", "tabeller"
    );
    for n in [1_000, 10_000, 100_000] {
        let (project, people) = generate(n);
        let time = |choice: PeriodChoice| {
            let mut runs: Vec<f64> = (0..5)
                .map(|_| {
                    let t0 = Instant::now();
                    let period = choice.resolve(&project, &people, today);
                    black_box(compute(&project, &people, None, period, today));
                    t0.elapsed().as_secs_f64() * 1000.0
                })
                .collect();
            runs.sort_by(f64::total_cmp);
            runs[2]
        };
        let whole = time(PeriodChoice::WholeProject);
        let tertial = time(PeriodChoice::Tertial(2024, 2));
        let report = compute(
            &project,
            &people,
            None,
            PeriodChoice::WholeProject.resolve(&project, &people, today),
            today,
        );
        let t0 = Instant::now();
        black_box(tables(&report, stegvis::i18n::words::WORDS.sv));
        let t_tables = t0.elapsed().as_secs_f64() * 1000.0;
        println!("{n:>10} {whole:>11.2} ms {tertial:>11.2} ms {t_tables:>11.2} ms");
        native.insert(n.to_string(), whole.into());
        write_data(n, &project, &people);
    }
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench/native.json");
    let _ = std::fs::write(path, serde_json::Value::Object(native).to_string());
}
