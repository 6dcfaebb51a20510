//! No panic is reachable from input (issue 12): every parser and page model that takes what a
//! stranger can hand over — a phone link, an answer code, a backup, a sealed backup, a report
//! file, an import file's rows, a period in the address bar — is fed arbitrary and adversarial
//! input. Each must return, and whatever it accepts must pass the door check of its kind.

mod common;
mod survey_support;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::prelude::*;
use stegvis::domain::{check, Date, Id, Timestamp};
use stegvis::formats::backup::{plan_restore, Backup, BackupData};
use stegvis::formats::import::{apply, preview};
use stegvis::formats::screen::screen;
use stegvis::formats::sealed::BackupFile;
use stegvis::report::json::ReportFile;
use stegvis::report::{compute, PeriodChoice};
use stegvis::survey::check::{answer_problems, problems};
use stegvis::survey::code::receive;
use stegvis::survey::default_form::default_form;
use stegvis::survey::invitation::{from_fragment, PREFIX};
use stegvis::survey::YearMonth;

const LATEST: YearMonth = YearMonth {
    year: 2026,
    month: 12,
};

/// A form as JSON with parts changed at random: items removed, kinds swapped, options cut.
fn mangled_form_json(cut_items: usize, options: usize, kind: u8, languages: usize) -> String {
    let form = default_form(Id::random(), Timestamp(1));
    let mut value = serde_json::to_value(&form).unwrap();
    let items = value["items"].as_array_mut().unwrap();
    items.truncate(cut_items % 13);
    if let Some(first) = items.first_mut() {
        first["kind"] =
            ["scale", "yes_no", "choice", "free_text", "nonsense"][kind as usize % 5].into();
        first["options"] =
            serde_json::Value::Array(vec![serde_json::json!({ "sv": "x" }); options % 40]);
    }
    value["languages"] = serde_json::json!(["sv", "en", "ar", "fi"][..languages % 5]);
    value.to_string()
}

fn link_of(json: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_phone_link_never_panics_and_what_opens_is_a_fillable_form(
        text in ".{0,200}",
        noise in prop::collection::vec(any::<u8>(), 0..300),
        cut in 0..20usize, options in 0..40usize, kind in any::<u8>(), languages in 0..5usize,
        moment in prop::sample::select(vec!["start", "under", "slut", "", "later"]),
    ) {
        let _ = from_fragment(&text);
        let _ = from_fragment(&format!("#{PREFIX}{text}"));
        let _ = from_fragment(&format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(&noise)));
        let form = mangled_form_json(cut, options, kind, languages);
        let json = format!(r#"{{"v":1,"m":"{moment}","f":{form}}}"#);
        if let Ok(invitation) = from_fragment(&link_of(&json)) {
            prop_assert!(problems(&invitation.form).is_empty());
            prop_assert!(!invitation.form.items.is_empty());
        }
    }

    #[test]
    fn an_answer_code_never_panics_and_what_is_taken_in_fits_its_form(
        text in "[0-9A-Za-z -]{0,80}",
        payload in prop::collection::vec(any::<u8>(), 0..40),
        keep_header in any::<bool>(),
    ) {
        let form = survey_support::the_default();
        let forms = [form.clone()];
        let _ = receive(&forms, &text, LATEST);
        // A payload with a valid checksum, starting like a real code of this form or not.
        let mut data = payload;
        if keep_header && data.len() >= 4 {
            data[0] = 1;
            data[1..4].copy_from_slice(&stegvis::survey::code::fingerprint(&form));
        }
        if let Ok(answer) = receive(&forms, &survey_support::with_crc(&data), LATEST) {
            prop_assert_eq!(answer_problems(&form, &answer, LATEST), vec![]);
        }
    }

    #[test]
    fn a_backup_file_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400), text in ".{0,300}") {
        let _ = BackupFile::parse(&bytes);
        let _ = BackupFile::parse(text.as_bytes());
        let _ = BackupFile::parse(format!(r#"{{"format":"stegvis-backup-sealed","version":1,{text}}}"#).as_bytes());
        let _ = BackupFile::parse(format!(r#"{{"format":"stegvis-backup","version":1,"data":{text}}}"#).as_bytes());
    }

    #[test]
    fn whatever_a_crafted_backup_holds_only_records_that_pass_the_door_check_are_planned(
        codes in prop::collection::vec("[ dD]-?0{0,2}[0-9]|19800101-1234|", 1..12),
        starts in prop::collection::vec(1850i32..2200, 1..12),
        same_ids in prop::collection::vec(any::<bool>(), 1..12),
        orphan in any::<bool>(),
    ) {
        let p = common::project("Steget");
        let mut people = Vec::new();
        for (i, code) in codes.iter().enumerate() {
            let mut x = common::participant(&p, "D-900");
            x.code = code.clone();
            x.start = Date::from_ymd(starts[i % starts.len()], 3, 1);
            if same_ids[i % same_ids.len()] {
                if let Some(first) = people.first() {
                    x.id = stegvis::domain::Participant::clone(first).id;
                }
            }
            if orphan && i == 0 {
                x.project_id = Id::random();
            }
            people.push(x);
        }
        let data = BackupData::new().with(std::slice::from_ref(&p)).with(&people);
        let json = Backup::new(data, 4, "2026-12-01T00:00:00Z".into()).to_json();
        let parsed = Backup::parse(json.as_bytes()).unwrap();
        let plan = plan_restore(&parsed, &BackupData::default(), common::today());
        let labels = check::ProjectLabels::of(&p);
        for x in &plan.write.records::<stegvis::domain::Participant>() {
            prop_assert_eq!(check::participant(x, Some(&labels)), vec![]);
        }
        // Nothing is lost without a word: every record is planned or listed.
        prop_assert_eq!(plan.write.count("participants") + plan.rejected.len(), parsed.data.count("participants"));
        // What passes, passes again.
        let again = screen(&plan.write, &BackupData::default(), common::today());
        prop_assert_eq!(again.rejected, vec![]);
    }

    #[test]
    fn a_report_file_never_panics_and_what_reads_adds_up(
        text in ".{0,300}",
        counts in prop::collection::vec(any::<u32>(), 12),
    ) {
        let _ = ReportFile::parse(&text);
        let mut file = ReportFile::from_report(&common::sample_report());
        let p = &mut file.participants;
        for (i, c) in [&mut p.total, &mut p.started, &mut p.discharged, &mut p.active_at_end].into_iter().enumerate() {
            c.all = counts[i * 3];
            c.women = counts[i * 3 + 1];
            c.men = counts[i * 3 + 2];
        }
        if let Ok(read) = ReportFile::parse(&file.to_json()) {
            prop_assert_eq!(read.implausible(), None);
            let combined = stegvis::report::combine::combine(&[read.clone(), read]);
            prop_assert!(combined.is_ok());
        }
    }

    #[test]
    fn import_rows_never_panic_and_every_imported_participant_passes_the_door_check(
        rows in prop::collection::vec(
            ("[A-Za-z0-9 -]{0,8}", "[KkMm]?|Annat|X", "(19|20)[0-9]{2}|1850|abc|",
             "(1850|2025|2026|9999)-0[1-9]-[0-2][1-9]|2025-02-30|",
             "(2025|9999)-0[1-9]-1[0-9]|", "[A-Öa-ö ]{0,6}", "Arbete|Studier|[a-z]{0,4}"),
            1..12),
    ) {
        let p = common::project("Import");
        let mut csv = String::from("kod;kön;födelseår;startdatum;slutdatum;remittent;avslutsorsak\n");
        for (code, gender, year, start, end, referral, outcome) in &rows {
            csv.push_str(&format!("{code};{gender};{year};{start};{end};{referral};{outcome}\n"));
        }
        if let Ok(plan) = preview(csv.as_bytes(), "lista.csv", &p, &["D-001"], common::today()) {
            let (project, people) = apply(&plan, &p, Timestamp(9));
            prop_assert_eq!(check::project(&project), vec![]);
            let labels = check::ProjectLabels::of(&project);
            for x in &people {
                prop_assert_eq!(check::participant(x, Some(&labels)), vec![]);
            }
        }
    }

    #[test]
    fn a_period_from_the_address_bar_never_panics_and_stays_within_1900_to_2100(
        from in "[0-9-]{0,12}|9999-12-31|0001-01-01", to in "[0-9-]{0,12}|9999-12-31",
    ) {
        let p = common::project("Adress");
        let people = vec![common::participant(&p, "D-001")];
        let period = PeriodChoice::from_query(Some(&from), Some(&to)).resolve(&p, &people, common::today());
        prop_assert!(period.from.in_range() && period.to.in_range());
        prop_assert!(period.from <= period.to);
        let report = compute(&p, &people, None, period, common::today());
        prop_assert!(report.months.len() <= 12 * 201);
    }
}
