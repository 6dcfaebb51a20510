//! The English report and backup catalogues: complete, translated, and writing numbers the
//! English way (`36.8%`, `2.5`) while Swedish keeps `36,8 %` and `2,5`.
//!
//! The language is global, so these tests never call `set_current`: they read each language's
//! catalogue directly (`REPORT.en`, `Localized::get`, `EN_REPORT`).

mod common;

use stegvis::formats::backup::{BackupError, Counts};
use stegvis::i18n::backup::{BACKUP, EN_BACKUP, SV_BACKUP};
use stegvis::i18n::report::{EN_REPORT, REPORT, SV_REPORT};
use stegvis::i18n::Lang;

fn all_errors() -> Vec<BackupError> {
    vec![
        BackupError::TooLarge,
        BackupError::NotJson,
        BackupError::NotABackup,
        BackupError::NewerVersion(9),
        BackupError::ChecksumMismatch,
        BackupError::Invalid("x".into()),
    ]
}

#[test]
fn the_localized_statics_point_at_each_language() {
    assert!(std::ptr::eq(REPORT.en, &EN_REPORT));
    assert!(std::ptr::eq(REPORT.get(Lang::Sv), &SV_REPORT));
    assert!(std::ptr::eq(BACKUP.get(Lang::En), &EN_BACKUP));
    assert!(std::ptr::eq(BACKUP.sv, &SV_BACKUP));
    for lang in Lang::ALL {
        assert_eq!(REPORT.get(lang).lang, lang);
        assert_eq!(BACKUP.get(lang).lang, lang);
    }
}

#[test]
fn shares_are_written_the_way_each_language_writes_them() {
    assert_eq!(REPORT.en.share(368, 1000), "36.8%");
    assert_eq!(REPORT.sv.share(368, 1000), "36,8\u{a0}%");
    assert_eq!(REPORT.get(Lang::En).share(0, 0), "0.0%");
    assert_eq!(REPORT.get(Lang::Sv).share(7, 19), "36,8\u{a0}%");
    assert_eq!((EN_REPORT.percent)(50.0), "50.0%");
    assert_eq!((SV_REPORT.percent)(50.0), "50,0\u{a0}%");
    assert_eq!((EN_REPORT.part_of)(7, 19), "7 of 19");
    assert_eq!((SV_REPORT.part_of)(7, 19), "7 av 19");
}

#[test]
fn decimals_are_written_the_way_each_language_writes_them() {
    assert_eq!(REPORT.en.one_decimal(2.5), "2.5");
    assert_eq!(REPORT.sv.one_decimal(2.5), "2,5");
    assert_eq!(EN_REPORT.one_decimal(12.0), "12.0");
    assert_eq!(EN_REPORT.decimal, '.');
    assert_eq!(SV_REPORT.decimal, ',');
}

#[test]
fn every_english_report_text_is_there_and_translated() {
    // Every field is checked for translation by tests/catalogues.rs; these are the words.
    assert_eq!(EN_REPORT.current, "Current");
    assert_eq!(EN_REPORT.discharged, "Discharged");
    assert_eq!(EN_REPORT.started, "New");
    assert!(EN_REPORT.tertial.contains("tertial"));
}

#[test]
fn every_english_backup_text_is_there_and_translated() {
    let en = &EN_BACKUP;
    let sentences = [
        (en.last_backup)("2025-03-01"),
        (en.made_at)("2025-03-01 10:00 UTC", "0.1.0"),
        (en.delete_all_confirm)(3, 230),
        en.counts(&Counts::default()),
    ]
    .into_iter()
    .chain(all_errors().into_iter().map(|e| en.error(&e)));
    for s in sentences {
        assert!(!s.trim().is_empty());
        assert!(!s.contains(['å', 'ä', 'ö']), "{s}");
        assert!(s.ends_with('.') || s.ends_with('?'), "{s}");
    }
}

#[test]
fn the_english_storage_sentence_uses_a_decimal_point() {
    assert_eq!(
        BACKUP.en.storage(0.25, 10240.0),
        "Stegvis uses 0.2 MB of the 10240 MB the browser gives it."
    );
    assert_eq!(
        BACKUP.sv.storage(0.25, 10240.0),
        "Stegvis använder 0,2 MB av 10240 MB som webbläsaren ger den."
    );
}

#[test]
fn backup_counts_and_errors_follow_the_language() {
    let c = Counts {
        added: 3,
        changed: 1,
        unchanged: 10,
        kept: 1,
    };
    assert_eq!(
        EN_BACKUP.counts(&c),
        "3 will be added, 1 replaced by the backup's version, 10 are unchanged, 1 exists only \
         here and will be kept."
    );
    assert!(SV_BACKUP.counts(&c).starts_with("3 läggs till, 1 ersätts"));
    for e in all_errors() {
        assert!(EN_BACKUP.error(&e).ends_with(" Nothing has been changed."));
        assert!(SV_BACKUP.error(&e).ends_with(" Ingenting har ändrats."));
    }
    assert!((EN_BACKUP.delete_all_confirm)(1, 1).contains("the 1 project and 1 participant "));
    assert!((EN_BACKUP.delete_all_confirm)(3, 230).contains("all 3 projects and 230 participants"));
}
