//! The English catalogues are real translations, not copies of the Swedish ones.
//!
//! The language is global, so these tests never call `set_current`: they read each language's
//! catalogue directly through `Localized::get`.

mod common;

use stegvis::domain::validate::Problem;
use stegvis::domain::{Gender, Phase};
use stegvis::i18n::participants::PARTICIPANTS;
use stegvis::i18n::projects::{ProjectsTexts, PROJECTS};
use stegvis::i18n::protect::PROTECT;
use stegvis::i18n::{Lang, TEXTS};
use stegvis::repo::MIN_PASSPHRASE;
use stegvis::storage::StorageError;

/// Words that are the same in both languages.
const SAME_IN_BOTH: [&str; 4] = ["Stegvis", "Man", "Status", "Presentation"];

/// Each English text is written for English readers: checked field by field for every
/// catalogue by tests/catalogues.rs. These tests check what the words say.

#[test]
fn each_catalogue_is_in_its_own_language() {
    for lang in Lang::ALL {
        assert_eq!(TEXTS.get(lang).lang, lang);
    }
}

#[test]
fn every_passphrase_text_is_translated_and_names_the_minimum_length() {
    let (sv, en) = (PROTECT.get(Lang::Sv), PROTECT.get(Lang::En));
    assert_eq!((sv.lang, en.lang), (Lang::Sv, Lang::En));
    let min = MIN_PASSPHRASE.to_string();
    assert!(sv.too_short.contains(&min) && en.too_short.contains(&min));
    assert!(en.status(10).contains("10 minutes") && en.status(10).contains(en.lock_now));
    assert!(sv.idle_saved(3).contains("3 minuter"));
}

#[test]
fn the_text_functions_speak_english() {
    let (sv, en) = (PARTICIPANTS.get(Lang::Sv), PARTICIPANTS.get(Lang::En));
    assert_eq!((en.page_of)(2, 5, 230), "Page 2 of 5 · 230 participants");
    assert_eq!(
        (en.participant_registered)("D-004"),
        "Participant D-004 is registered."
    );
    assert_ne!((sv.page_of)(2, 5, 230), (en.page_of)(2, 5, 230));
    let (sv, en) = (PROJECTS.get(Lang::Sv), PROJECTS.get(Lang::En));
    assert_ne!(
        (sv.delete_project_confirm)("Steget", 40),
        (en.delete_project_confirm)("Steget", 40)
    );
    assert!((en.delete_project_confirm)("Steget", 40).contains("Steget"));
    assert_eq!((en.delete_project_yes)("Steget"), "Yes, delete Steget");
}

#[test]
fn every_problem_has_a_distinct_english_text() {
    let (sv, en) = (TEXTS.get(Lang::Sv), TEXTS.get(Lang::En));
    let texts: Vec<&str> = Problem::ALL.iter().map(|p| en.problem(*p)).collect();
    for (i, (p, t)) in Problem::ALL.iter().zip(&texts).enumerate() {
        assert!(!t.trim().is_empty(), "{p:?}");
        assert_ne!(*t, sv.problem(*p), "{p:?}");
        assert!(!texts[i + 1..].contains(t), "{t:?} is used twice");
    }
}

#[test]
fn every_gender_and_phase_has_an_english_name() {
    let (sv, en) = (TEXTS.get(Lang::Sv), TEXTS.get(Lang::En));
    for g in Gender::ALL {
        let t = en.gender(g);
        assert!(!t.trim().is_empty(), "{g:?}");
        if !SAME_IN_BOTH.contains(&t) {
            assert_ne!(t, sv.gender(g), "{g:?}");
        }
    }
    for p in Phase::ALL {
        assert!(!en.phase(p).trim().is_empty(), "{p:?}");
        assert_ne!(en.phase(p), sv.phase(p), "{p:?}");
    }
}

#[test]
fn every_storage_error_has_an_english_text() {
    let (sv, en) = (TEXTS.get(Lang::Sv), TEXTS.get(Lang::En));
    let errors = [
        StorageError::Unavailable("private mode".into()),
        StorageError::QuotaExceeded,
        StorageError::Corrupt("bad record".into()),
        StorageError::Failed("aborted".into()),
        StorageError::Stale,
        StorageError::Locked,
        StorageError::ProjectGone,
    ];
    for e in &errors {
        assert!(!en.storage_error(e).trim().is_empty(), "{e:?}");
        assert_ne!(en.storage_error(e), sv.storage_error(e), "{e:?}");
        let kept = en.storage_error_kept(e);
        assert!(kept.starts_with(&en.storage_error(e)));
        assert!(kept.ends_with(en.storage.kept_typed));
        assert_ne!(kept, sv.storage_error_kept(e));
    }
    let refused = stegvis::repo::SaveError::Refused(vec![
        stegvis::domain::check::RecordProblem::DuplicateCode,
    ]);
    common::looks_english(&en.storage_error(&refused));
    assert!(sv.storage_error(&refused).contains("samma kod"));
}

#[test]
fn a_new_project_in_english_starts_with_english_lists_that_match_the_swedish_ones() {
    use stegvis::domain::validate::ProjectForm;
    use stegvis::formats::import::guess_progression;
    let (sv, en) = (PROJECTS.get(Lang::Sv), PROJECTS.get(Lang::En));
    let today = stegvis::domain::Date::from_ymd(2026, 11, 23).unwrap();
    let form = ProjectForm::new_project(today)
        .with_default_lists(en.default_referral_sources, en.default_outcomes);
    let names: Vec<&str> = form.outcomes.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names[0], "Work");
    assert_eq!(form.referral_sources[1].name, "Own initiative");
    // The same lists, position by position: the same length and the same progression flags.
    assert_eq!(
        en.default_referral_sources.len(),
        sv.default_referral_sources.len()
    );
    let flags = |t: &ProjectsTexts| t.default_outcomes.iter().map(|o| o.1).collect::<Vec<_>>();
    assert_eq!(flags(en), flags(sv));
    // The import's guess for a new outcome agrees with the defaults in both languages.
    for (name, progression) in en.default_outcomes.iter().chain(sv.default_outcomes) {
        assert_eq!(guess_progression(name), *progression, "{name}");
    }
}
