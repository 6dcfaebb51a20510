//! Every file a released Stegvis wrote is still read, with the same content: the fixtures in
//! `tests/fixtures/<version>/` (see its README). Each version's folder is read by the same
//! checks, so a new folder is tested as soon as it is added. The sealed backup is also opened
//! with its passphrase in the browser (`tests/idb_storage.rs`), where WebCrypto is.

use std::path::{Path, PathBuf};
use stegvis::domain::{Date, Participant, Project};
use stegvis::formats::backup::{plan_restore, Backup, BackupData};
use stegvis::formats::sealed::BackupFile;
use stegvis::report::json::ReportFile;
use stegvis::survey::code::decode;
use stegvis::survey::invitation::from_fragment;
use stegvis::survey::{Answer, Form, Moment};

fn versions() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "at least one version's files");
    dirs
}

fn read(dir: &Path, name: &str) -> Vec<u8> {
    std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{}/{name}: {e}", dir.display()))
}

fn text(dir: &Path, name: &str) -> String {
    String::from_utf8(read(dir, name)).unwrap()
}

fn today() -> Date {
    Date::from_ymd(2026, 12, 1).unwrap()
}

/// Every fixture folder holds the same invented project: Fixturprojektet, F-01…F-04, the
/// default form answered once at the end.
#[test]
fn every_versions_backup_reads_whole_and_plans_to_restore_every_record() {
    for dir in versions() {
        let backup = Backup::parse(&read(&dir, "backup.json")).unwrap();
        assert_eq!(backup.unread, [], "{}", dir.display());
        let projects: Vec<Project> = backup.data.records();
        assert_eq!(projects.len(), 1);
        assert_eq!(projects[0].name, "Fixturprojektet");
        assert_eq!(projects[0].volume_target, Some(10));
        let mut codes: Vec<String> = (backup.data.records::<Participant>().into_iter())
            .map(|p| p.code)
            .collect();
        codes.sort();
        assert_eq!(codes, ["F-01", "F-02", "F-03", "F-04"]);
        assert_eq!(backup.data.count("forms"), 1);
        assert_eq!(backup.data.count("answers"), 1);
        let plan = plan_restore(&backup, &BackupData::default(), today());
        assert_eq!(plan.rejected, [], "every record passes today's door check");
        assert_eq!(plan.counts("participants").added, 4);
        assert_eq!(plan.write, backup.data);
    }
}

#[test]
fn a_backup_whose_records_carry_fields_this_version_does_not_know_still_reads() {
    // As a newer version's file would be: the same records with one more field each.
    for dir in versions() {
        let file: serde_json::Value = serde_json::from_slice(&read(&dir, "backup.json")).unwrap();
        let mut data = file["data"].clone();
        for set in data.as_object_mut().unwrap().values_mut() {
            for record in set.as_array_mut().unwrap() {
                record["a_field_from_the_future"] = serde_json::json!({ "x": 1 });
            }
        }
        let data = serde_json::to_string(&data).unwrap();
        let mut newer = file.clone();
        newer["checksum"] = serde_json::json!(sha256(&data));
        let json = serde_json::to_string(&newer)
            .unwrap()
            .replace(&serde_json::to_string(&newer["data"]).unwrap(), &data);
        let backup = Backup::parse(json.as_bytes()).unwrap();
        assert_eq!(backup.unread, []);
        assert_eq!(backup.data.count("participants"), 4);
    }
}

fn sha256(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn every_versions_sealed_backup_reads_as_a_sealed_envelope() {
    for dir in versions() {
        let BackupFile::Sealed(sealed) =
            BackupFile::parse(&read(&dir, "backup-sealed.json")).unwrap()
        else {
            panic!("{}: not sealed", dir.display());
        };
        let parts = sealed.parts().unwrap();
        assert_eq!(parts.salt.len(), 16);
        assert!(sealed.iterations >= 600_000);
        assert!(parts.data.len() > 1000, "the whole backup is in it");
        assert!(!text(&dir, "passphrase.txt").trim().is_empty());
    }
}

#[test]
fn every_versions_report_file_reads_with_its_numbers() {
    for dir in versions() {
        let report = ReportFile::parse(&text(&dir, "report.json")).unwrap();
        assert_eq!(report.project, "Fixturprojektet");
        let p = &report.participants;
        assert_eq!((p.total.all, p.total.women, p.total.men), (4, 2, 2));
        assert_eq!(p.discharged.all, 3);
        assert_eq!(report.missing_outcome, 1);
        let progression: u32 = (report.outcomes.iter())
            .filter(|o| o.progression)
            .map(|o| o.count)
            .sum();
        assert_eq!(progression, 2);
        let combined = stegvis::report::combine::combine(&[report.clone(), report]).unwrap();
        assert_eq!(combined.participants.total.all, 8);
    }
}

#[test]
fn every_versions_exported_report_holds_the_report_files_numbers() {
    use calamine::{Reader, Xlsx};
    for dir in versions() {
        let csv = text(&dir, "report.csv");
        assert!(csv.contains("Aktuella;4;2;2;0;0"), "{}", dir.display());
        assert!(csv.contains("Utskrivna;3;2;1;0;0"));
        let mut book = Xlsx::new(std::io::Cursor::new(read(&dir, "report.xlsx"))).unwrap();
        let names = book.sheet_names().to_vec();
        assert!(names.iter().any(|n| n == "Översikt"), "{names:?}");
        let sheet = book.worksheet_range("Översikt").unwrap();
        let current = sheet
            .rows()
            .find(|r| r.first().is_some_and(|c| *c == "Aktuella"))
            .expect("the row of current participants");
        let numbers: Vec<String> = current[1..6].iter().map(|c| c.to_string()).collect();
        assert_eq!(numbers, ["4", "2", "2", "0", "0"]);
    }
}

#[test]
fn every_versions_phone_link_opens_and_its_answer_codes_read_as_the_answers_they_were() {
    for dir in versions() {
        let invitation = from_fragment(text(&dir, "phone-link.txt").trim()).unwrap();
        assert_eq!(invitation.form.name, "Självskattning (standard)");
        assert_eq!(invitation.moment, Moment::End);
        let backup = Backup::parse(&read(&dir, "backup.json")).unwrap();
        let stored_form: Form = backup.data.records().remove(0);
        assert_eq!(
            invitation.form.items, stored_form.items,
            "the link carries the stored form"
        );
        let forms = [stored_form];
        let codes = text(&dir, "answer-codes.txt");
        let answers: Vec<Answer> = (codes.lines())
            .map(|code| decode(&forms, code).unwrap())
            .collect();
        assert_eq!(answers.len(), 2);
        let stored: Answer = backup.data.records().remove(0);
        let first = &answers[0];
        assert_eq!(
            (
                first.form_id,
                first.moment,
                first.month,
                &first.lang,
                first.nonce,
                &first.values
            ),
            (
                stored.form_id,
                stored.moment,
                stored.month,
                &stored.lang,
                stored.nonce,
                &stored.values
            ),
            "the first code is the answer the backup holds"
        );
    }
}

/// The folders of versions that write the journey (0.3.0 and later).
/// The fixture folders of version `from` and later.
fn versions_from(from: [u32; 3]) -> Vec<PathBuf> {
    let version = |p: &PathBuf| -> Vec<u32> {
        let name = p.file_name().unwrap().to_string_lossy();
        (name.trim_start_matches('v').split('.'))
            .map(|n| n.parse().unwrap_or(0))
            .collect()
    };
    (versions().into_iter())
        .filter(|p| version(p) >= from.to_vec())
        .collect()
}

fn journey_versions() -> Vec<PathBuf> {
    versions_from([0, 3, 0])
}

/// From 0.3.0 on, the fixtures carry the journey (referral dates, income and occupation at
/// start and end) and the report file is version 2 with its figures.
#[test]
fn every_journey_versions_files_hold_the_journey() {
    use stegvis::domain::journey::{Income, Occupation};
    for dir in journey_versions() {
        let backup = Backup::parse(&read(&dir, "backup.json")).unwrap();
        let people: Vec<Participant> = backup.data.records();
        let f01 = people.iter().find(|p| p.code == "F-01").unwrap();
        assert_eq!(
            f01.referred_on,
            Date::from_ymd(2024, 12, 16),
            "{}",
            dir.display()
        );
        assert_eq!(f01.at_start.income, Some(Income::SocialAssistance));
        assert_eq!(f01.at_end.income, Some(Income::Salary));
        assert_eq!(f01.at_end.occupation, Some(Occupation::Employment));
        assert_eq!(f01.at_end.extent, Some(75));
        let report = ReportFile::parse(&text(&dir, "report.json")).unwrap();
        assert!(report.version >= 2);
        assert_eq!(
            report.left_public_support,
            Some(2),
            "F-01 to salary, F-03 to student aid"
        );
        assert_eq!(report.increased_extent, Some(2));
        let income = report.income.unwrap();
        assert!(income
            .transitions
            .iter()
            .any(|t| t.before == "social_assistance" && t.after == "salary" && t.count == 1));
    }
}

/// From 0.4.0 on, F-04 was imported with an age at the start instead of a birth year: the same
/// year, marked as approximate; the others' birth years are exact. Earlier files read as exact.
#[test]
fn an_approximate_birth_year_from_0_4_0_reads_as_approximate() {
    let newer = versions_from([0, 4, 0]);
    assert!(!newer.is_empty(), "the 0.4.0 fixtures are there");
    for dir in versions() {
        let backup = Backup::parse(&read(&dir, "backup.json")).unwrap();
        let people: Vec<Participant> = backup.data.records();
        let f04 = people.iter().find(|p| p.code == "F-04").unwrap();
        assert_eq!(f04.birth_year, Some(2001), "{}", dir.display());
        assert_eq!(
            f04.birth_year_approximate,
            newer.contains(&dir),
            "{}",
            dir.display()
        );
        assert!(people
            .iter()
            .filter(|p| p.code != "F-04")
            .all(|p| !p.birth_year_approximate));
    }
}

/// From 0.5.0 on, the project carries granted funds, used funds (a period, and a running total
/// turned into the period after it) and two of the final report's texts; the report of the
/// restored data shows them. Earlier files carry none of it and read as before.
#[test]
fn money_and_texts_from_0_5_0_read_and_reach_the_report() {
    let newer = versions_from([0, 5, 0]);
    assert!(!newer.is_empty(), "the 0.5.0 fixtures are there");
    for dir in versions() {
        let backup = Backup::parse(&read(&dir, "backup.json")).unwrap();
        let projects: Vec<stegvis::domain::Project> = backup.data.records();
        let p = &projects[0];
        assert!(
            stegvis::domain::check::project(p).is_empty(),
            "{}",
            dir.display()
        );
        if newer.contains(&dir) {
            assert_eq!(p.granted_funds, Some(900_000));
            let used: Vec<(String, u64)> = (p.used_funds.iter())
                .map(|u| (format!("{}–{}", u.from, u.to), u.amount))
                .collect();
            assert_eq!(
                used,
                [
                    ("2025-01-01–2025-06-30".to_string(), 250_000),
                    ("2025-07-01–2025-12-31".to_string(), 150_000)
                ]
            );
            assert_eq!(
                p.report_texts.responsible,
                "Samordningsförbundet, projektledare."
            );
            assert_eq!(
                p.report_texts.lessons,
                "Tidiga möten.\n\nPraktik med handledare."
            );
            let people: Vec<Participant> = backup.data.records();
            let period = stegvis::report::Period {
                from: p.start,
                to: Date::parse_iso("2025-12-31").unwrap(),
            };
            let r = stegvis::report::compute(p, &people, None, period, today());
            let m = r.money.expect("money in the report");
            assert_eq!(
                (m.used_in_period, m.used_to_end, m.remaining()),
                (400_000, 400_000, Some(500_000))
            );
            assert!(text(&dir, "report.csv").contains("Beviljade medel"));
        } else {
            assert_eq!(
                (
                    p.granted_funds,
                    p.used_funds.len(),
                    p.report_texts.is_empty()
                ),
                (None, 0, true),
                "{}",
                dir.display()
            );
        }
    }
}
