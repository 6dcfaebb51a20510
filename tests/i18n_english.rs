//! The English catalogues are real translations, not copies of the Swedish ones.
//!
//! The language is global, so these tests never call `set_current`: they read each language's
//! catalogue directly through `Localized::get`.

#[macro_use]
mod common;

use stegvis::domain::validate::Problem;
use stegvis::domain::{Gender, Phase};
use stegvis::i18n::demo::{DemoTexts, DEMO};
use stegvis::i18n::protect::{ProtectTexts, MIN_PASSPHRASE, PROTECT};
use stegvis::i18n::{Lang, Texts, TEXTS};
use stegvis::storage::StorageError;

/// Words that are the same in both languages.
const SAME_IN_BOTH: [&str; 4] = ["Stegvis", "Man", "Status", "Presentation"];

fn fields(t: &Texts) -> Vec<(&'static str, &'static str)> {
    let mut out = text_fields!(t;
        app_name, app_tagline, skip_to_content, nav_projects, nav_label, loading, saving, save,
        cancel, back_to_projects, not_found_title, not_found_body, required_marker, fix_errors,
        making_file, file_failed, file_tools_unavailable, update_ready, update_now,
        retention_title, retention_months_label, retention_yes, backup_reminder_title,
        backup_reminder_body, safari_title, safari_read,
        welcome_title, create_project, projects_title, archived_projects, period_open_end,
        persisted_yes, persisted_no, data_stays_here, new_project_title, edit_project_title,
        project_name, project_start, project_end, project_end_hint, goals_legend, volume_target,
        volume_target_hint, target_women, target_women_hint, outcome_goal, outcome_goal_hint,
        age_bands, age_bands_hint, sub_units_legend, sub_units_hint, sub_unit_name, sub_unit_target,
        add_sub_unit, referral_sources_legend, outcomes_legend, lists_hint, label_name, progression,
        add_label, move_up, move_down, retire, restore, remove, retired_marker, project_saved,
        archive_project, unarchive_project, archived_banner, project_settings, delete_project,
        project_deleted, participants_title, register_participant, filter_label, filter_active,
        filter_discharged, filter_all, search_code, col_code, col_gender, col_phase, col_referral,
        col_start, col_days, col_status, status_active, status_discharged, no_participants,
        no_matches, previous_page, next_page, sort_by, list_caption, new_participant_title, code,
        code_hint, gender, birth_year, birth_year_hint, referral, choose, none_chosen, start_date,
        sub_unit, anonymous_in_sus, anonymous_in_sus_hint, note, note_warning, participant_title,
        participant_saved, details_legend, phase_title, phase_history, new_phase, phase_from,
        change_phase, phase_changed, discharge_title, end_date, outcome, discharge, discharged,
        undo_discharge, discharge_undone, delete_title, delete_participant, delete_confirm,
        delete_yes, deleted, days_suffix, participant_not_found, project_not_found,
        progression_marker,
    );
    out.extend(t.welcome_body.iter().map(|s| ("welcome_body", *s)));
    out
}

fn demo_fields(t: &DemoTexts) -> Vec<(&'static str, &'static str)> {
    text_fields!(t;
        open_demo, open_demo_hint, banner_label, banner, reset, resetting, reset_done, leave,
        opening, present, presenter_title, presenter_help, previous, next, back_to_report,
    )
}

fn protect_fields(t: &ProtectTexts) -> Vec<(&'static str, &'static str)> {
    text_fields!(t;
        lock_title, lock_intro, passphrase, unlock, unlocking, wrong, unavailable, forgot_title,
        forgot_text, erase_start, erase_question, erase_yes, erased, lock_now, title, intro,
        warning, demo_note, new_passphrase, repeat, hint, understand, protect, protecting,
        protected_done, status_on, too_short, mismatch, must_understand, idle_label, idle_save,
        idle_invalid, change_title, current, change, changing, changed, remove_title,
        remove_intro, remove, removing, removed, wrong_current, already, not_protected,
        backup_sealed, backup_needs_passphrase, backup_passphrase, backup_open, backup_opening,
        backup_wrong,
    )
}

/// Each English text is there where the Swedish one is, and is not a copy of it.
fn assert_translated(sv: &[(&str, &str)], en: &[(&str, &str)]) {
    assert_eq!(sv.len(), en.len());
    for ((name, s), (_, e)) in sv.iter().zip(en) {
        if !s.trim().is_empty() {
            assert!(!e.trim().is_empty(), "{name} is empty in English");
        }
        if !SAME_IN_BOTH.contains(s) {
            assert_ne!(s, e, "{name} is not translated");
        }
    }
}

#[test]
fn each_catalogue_is_in_its_own_language() {
    for lang in Lang::ALL {
        assert_eq!(TEXTS.get(lang).lang, lang);
    }
}

#[test]
fn every_main_text_is_translated() {
    assert_translated(&fields(TEXTS.get(Lang::Sv)), &fields(TEXTS.get(Lang::En)));
}

#[test]
fn every_demo_text_is_translated() {
    assert_translated(
        &demo_fields(DEMO.get(Lang::Sv)),
        &demo_fields(DEMO.get(Lang::En)),
    );
    let (sv, en) = (DEMO.get(Lang::Sv), DEMO.get(Lang::En));
    assert_ne!((sv.slide_of)(2, 5), (en.slide_of)(2, 5));
}

#[test]
fn every_passphrase_text_is_translated_and_names_the_minimum_length() {
    let (sv, en) = (PROTECT.get(Lang::Sv), PROTECT.get(Lang::En));
    assert_eq!((sv.lang, en.lang), (Lang::Sv, Lang::En));
    assert_translated(&protect_fields(sv), &protect_fields(en));
    let min = MIN_PASSPHRASE.to_string();
    assert!(sv.too_short.contains(&min) && en.too_short.contains(&min));
    assert!(en.status(10).contains("10 minutes") && en.status(10).contains(en.lock_now));
    assert!(sv.idle_saved(3).contains("3 minuter"));
}

#[test]
fn the_text_functions_speak_english() {
    let (sv, en) = (TEXTS.get(Lang::Sv), TEXTS.get(Lang::En));
    assert_eq!((en.page_of)(2, 5, 230), "Page 2 of 5 · 230 participants");
    assert_eq!(
        (en.participant_registered)("D-004"),
        "Participant D-004 is registered."
    );
    assert_ne!((sv.page_of)(2, 5, 230), (en.page_of)(2, 5, 230));
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
    let (sv, en) = (TEXTS.get(Lang::Sv), TEXTS.get(Lang::En));
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
    let flags =
        |t: &stegvis::i18n::Texts| t.default_outcomes.iter().map(|o| o.1).collect::<Vec<_>>();
    assert_eq!(flags(en), flags(sv));
    // The import's guess for a new outcome agrees with the defaults in both languages.
    for (name, progression) in en.default_outcomes.iter().chain(sv.default_outcomes) {
        assert_eq!(guess_progression(name), *progression, "{name}");
    }
}
