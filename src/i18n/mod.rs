//! The message catalogue: every text a user reads, in one place, in Swedish and English.
//!
//! Each part of the app has a catalogue struct ([`Texts`], `ReportTexts`, `ImportTexts`, …) and
//! one value of it per language (`sv::SV`, `en::EN`, `report::SV_REPORT`, …). Because a
//! catalogue is a struct, a language cannot leave a message out: the compiler refuses an
//! incomplete one. The app reads them through [`Localized`] statics ([`TEXTS`],
//! `report::REPORT`, …) that point at the current language's value, so a page writes
//! `TEXTS.save` and gets the word in the language the coach chose. The choice is made once, when
//! the app starts ([`set_current`]); switching language reloads the page.
//!
//! Domain errors are typed ([`Problem`], [`StorageError`]); this module turns them into words.

pub mod backup;
pub mod combine;
pub mod demo;
mod en;
pub mod import;
pub mod merge;
pub mod participant;
pub mod protect;
pub mod report;
pub mod survey;
mod sv;
pub mod words;

use crate::domain::validate::Problem;
use crate::domain::{Gender, Phase};
use crate::storage::StorageError;
use std::sync::atomic::{AtomicU8, Ordering};

pub use sv::SV;

/// The languages the app can speak.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// The BCP 47 tag for `<html lang>` and for settings.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The language's name in itself, for the language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Sv => "Svenska",
            Lang::En => "English",
        }
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The language the app speaks now.
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Sv,
    }
}

/// Chooses the language; called once when the app starts (and by tests).
pub fn set_current(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// One catalogue in every language; dereferences to the current language's.
pub struct Localized<T: 'static> {
    pub sv: &'static T,
    pub en: &'static T,
}

impl<T> Localized<T> {
    pub fn get(&self, lang: Lang) -> &'static T {
        match lang {
            Lang::Sv => self.sv,
            Lang::En => self.en,
        }
    }
}

impl<T> std::ops::Deref for Localized<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.get(current())
    }
}

/// The app's main texts in the current language.
pub static TEXTS: Localized<Texts> = Localized {
    sv: &sv::SV,
    en: &en::EN,
};

/// Every text of the app in one language.
pub struct Texts {
    /// The language this catalogue is written in.
    pub lang: Lang,
    pub app_name: &'static str,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_projects: &'static str,
    pub nav_label: &'static str,
    pub loading: &'static str,
    pub saving: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub back_to_projects: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub required_marker: &'static str,
    pub fix_errors: &'static str,
    /// While an export file is made (the first time, the file worker is also downloaded).
    // The backup reminder and Safari's seven-day rule (start page, project page).
    pub backup_reminder_title: &'static str,
    pub backup_reminder_body: &'static str,
    pub safari_title: &'static str,
    pub safari_body: &'static [&'static str],
    pub safari_read: &'static str,
    // The retention reminder on the project page.
    pub retention_title: &'static str,
    /// How many were discharged more than how many months ago, and their codes.
    pub retention_body: fn(usize, u16, &str) -> String,
    pub retention_months_label: &'static str,
    pub retention_delete: fn(usize) -> String,
    pub retention_question: fn(usize, &str) -> String,
    pub retention_yes: &'static str,
    pub retention_deleted: fn(usize) -> String,
    /// A new version of the app has been downloaded and waits for the coach.
    pub update_ready: &'static str,
    pub update_now: &'static str,
    pub making_file: &'static str,
    pub file_failed: &'static str,
    /// The file worker could not be loaded: offline before it was ever cached, or a broken copy.
    pub file_tools_unavailable: &'static str,
    /// The page a panic shows.
    pub crash_title: &'static str,
    pub crash_body: &'static str,
    pub crash_reload: &'static str,
    /// The file worker started but stopped while reading or writing a file.
    pub file_tools_crashed: &'static str,

    // First run and project list.
    /// The referral sources and outcomes (with whether each counts as progression) a new
    /// project starts with; the coach can change them. Swedish: DOMAIN.md's lists.
    pub default_referral_sources: &'static [&'static str],
    pub default_outcomes: &'static [(&'static str, bool)],

    pub welcome_title: &'static str,
    pub welcome_body: &'static [&'static str],
    pub create_project: &'static str,
    pub projects_title: &'static str,
    pub archived_projects: &'static str,
    pub period_open_end: &'static str,
    pub persisted_yes: &'static str,
    pub persisted_no: &'static str,
    pub data_stays_here: &'static str,

    // Project form.
    pub new_project_title: &'static str,
    pub edit_project_title: &'static str,
    pub project_name: &'static str,
    pub project_start: &'static str,
    pub project_end: &'static str,
    pub project_end_hint: &'static str,
    pub goals_legend: &'static str,
    pub volume_target: &'static str,
    pub volume_target_hint: &'static str,
    pub target_women: &'static str,
    pub target_women_hint: &'static str,
    pub outcome_goal: &'static str,
    pub outcome_goal_hint: &'static str,
    pub age_bands: &'static str,
    pub age_bands_hint: &'static str,
    pub sub_units_legend: &'static str,
    pub sub_units_hint: &'static str,
    pub sub_unit_name: &'static str,
    pub sub_unit_target: &'static str,
    pub add_sub_unit: &'static str,
    pub referral_sources_legend: &'static str,
    pub outcomes_legend: &'static str,
    pub lists_hint: &'static str,
    pub label_name: &'static str,
    pub progression: &'static str,
    pub add_label: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub retire: &'static str,
    pub restore: &'static str,
    pub remove: &'static str,
    pub retired_marker: &'static str,
    pub project_saved: &'static str,
    pub archive_project: &'static str,
    pub unarchive_project: &'static str,
    pub archived_banner: &'static str,
    pub project_settings: &'static str,
    pub delete_project: &'static str,
    /// "Vill du ta bort projektet Steget och dess 40 deltagare? …"
    pub delete_project_confirm: fn(&str, usize) -> String,
    pub delete_project_yes: fn(&str) -> String,
    pub project_deleted: &'static str,

    // Participant list.
    pub participants_title: &'static str,
    pub register_participant: &'static str,
    pub filter_label: &'static str,
    pub filter_active: &'static str,
    pub filter_discharged: &'static str,
    pub filter_all: &'static str,
    pub search_code: &'static str,
    pub col_code: &'static str,
    pub col_gender: &'static str,
    pub col_phase: &'static str,
    pub col_referral: &'static str,
    pub col_start: &'static str,
    pub col_days: &'static str,
    pub col_status: &'static str,
    pub status_active: &'static str,
    pub status_discharged: &'static str,
    pub no_participants: &'static str,
    pub no_matches: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub sort_by: &'static str,
    pub list_caption: &'static str,
    /// "Sida 2 av 5 · 230 deltagare": page, pages, matching rows.
    pub page_of: fn(usize, usize, usize) -> String,

    // Participant form and page.
    pub new_participant_title: &'static str,
    pub code: &'static str,
    pub code_hint: &'static str,
    pub gender: &'static str,
    pub birth_year: &'static str,
    pub birth_year_hint: &'static str,
    pub referral: &'static str,
    pub choose: &'static str,
    pub none_chosen: &'static str,
    pub start_date: &'static str,
    pub sub_unit: &'static str,
    pub anonymous_in_sus: &'static str,
    pub anonymous_in_sus_hint: &'static str,
    pub note: &'static str,
    pub note_warning: &'static str,
    pub participant_title: &'static str,
    pub participant_saved: &'static str,
    /// "Deltagare D-004 är registrerad."
    pub participant_registered: fn(&str) -> String,
    pub details_legend: &'static str,
    pub phase_title: &'static str,
    pub phase_history: &'static str,
    pub new_phase: &'static str,
    pub phase_from: &'static str,
    pub change_phase: &'static str,
    pub phase_changed: &'static str,
    pub discharge_title: &'static str,
    pub end_date: &'static str,
    pub outcome: &'static str,
    pub discharge: &'static str,
    pub discharged: &'static str,
    pub undo_discharge: &'static str,
    pub discharge_undone: &'static str,
    pub delete_title: &'static str,
    pub delete_participant: &'static str,
    pub delete_confirm: &'static str,
    pub delete_yes: &'static str,
    pub deleted: &'static str,
    pub days_suffix: &'static str,
    pub participant_not_found: &'static str,
    pub project_not_found: &'static str,
    pub progression_marker: &'static str,

    pub genders: [&'static str; 4],
    pub phases: [&'static str; 5],
    pub problems: ProblemTexts,
    pub storage: StorageTexts,
}

/// What is wrong with a field, said next to it.
pub struct ProblemTexts {
    pub required: &'static str,
    pub invalid_date: &'static str,
    pub invalid_whole_number: &'static str,
    pub not_positive: &'static str,
    pub percent_out_of_range: &'static str,
    pub end_before_start: &'static str,
    pub too_far_ahead: &'static str,
    pub too_young: &'static str,
    pub too_old: &'static str,
    pub duplicate_code: &'static str,
    pub duplicate_label: &'static str,
    pub code_too_long: &'static str,
    pub looks_like_personnummer: &'static str,
    pub before_start: &'static str,
    pub before_previous_phase: &'static str,
    pub after_end: &'static str,
    pub same_phase: &'static str,
    pub invalid_age_bands: &'static str,
    pub date_out_of_range: &'static str,
}

/// What went wrong with storage, and what to do about it.
pub struct StorageTexts {
    pub unavailable: &'static str,
    pub quota: &'static str,
    pub corrupt: &'static str,
    pub failed: &'static str,
    /// An edit refused because another tab saved the same record after this one read it.
    pub stale: &'static str,
    /// The data is protected with a passphrase and this tab is locked.
    pub locked: &'static str,
    /// The record's project was deleted (in another tab) before the save.
    pub project_gone: &'static str,
    /// The record breaks a rule against what is stored now (the reasons).
    pub refused: fn(&str) -> String,
    pub kept_typed: &'static str,
}

/// A failure the coach is told about: storage failing, or a record the write path refused.
pub trait Failure {
    fn words(&self, t: &Texts) -> String;
}

impl Failure for StorageError {
    fn words(&self, t: &Texts) -> String {
        t.storage_words(self).to_owned()
    }
}

impl Failure for crate::repo::SaveError {
    fn words(&self, t: &Texts) -> String {
        match self {
            crate::repo::SaveError::Storage(e) => t.storage_words(e).to_owned(),
            // The project went while the form was open (another tab deleted it).
            crate::repo::SaveError::Refused(problems)
                if problems.contains(&crate::domain::check::RecordProblem::NoProject) =>
            {
                t.storage_words(&StorageError::ProjectGone).to_owned()
            }
            crate::repo::SaveError::Refused(problems) => {
                let why: Vec<&str> = (problems.iter())
                    .map(|p| backup::BACKUP.get(t.lang).record_problem(*p))
                    .collect();
                (t.storage.refused)(&why.join("; "))
            }
        }
    }
}

/// Domain values in words. The words come from the catalogue's own fields, so each language's
/// catalogue answers in its language.
impl Texts {
    pub fn gender(&self, g: Gender) -> &'static str {
        let i = Gender::ALL.iter().position(|x| *x == g).unwrap_or(3);
        self.genders[i]
    }

    pub fn phase(&self, p: Phase) -> &'static str {
        let i = Phase::ALL.iter().position(|x| *x == p).unwrap_or(0);
        self.phases[i]
    }

    pub fn problem(&self, p: Problem) -> &'static str {
        let t = &self.problems;
        match p {
            Problem::Required => t.required,
            Problem::InvalidDate => t.invalid_date,
            Problem::InvalidWholeNumber => t.invalid_whole_number,
            Problem::NotPositive => t.not_positive,
            Problem::PercentOutOfRange => t.percent_out_of_range,
            Problem::EndBeforeStart => t.end_before_start,
            Problem::TooFarAhead => t.too_far_ahead,
            Problem::TooYoung => t.too_young,
            Problem::TooOld => t.too_old,
            Problem::DuplicateCode => t.duplicate_code,
            Problem::DuplicateLabel => t.duplicate_label,
            Problem::CodeTooLong => t.code_too_long,
            Problem::LooksLikePersonnummer => t.looks_like_personnummer,
            Problem::BeforeStart => t.before_start,
            Problem::BeforePreviousPhase => t.before_previous_phase,
            Problem::AfterEnd => t.after_end,
            Problem::SamePhase => t.same_phase,
            Problem::InvalidAgeBands => t.invalid_age_bands,
            Problem::DateOutOfRange => t.date_out_of_range,
        }
    }

    /// Why a save or a read failed, followed by the reassurance that the form keeps its text.
    pub fn storage_error_kept(&self, e: &impl Failure) -> String {
        format!("{} {}", e.words(self), self.storage.kept_typed)
    }

    /// Why a save or a read failed, including what the coach can do.
    pub fn storage_error(&self, e: &impl Failure) -> String {
        e.words(self)
    }

    /// The storage error in words.
    fn storage_words(&self, e: &StorageError) -> &'static str {
        match e {
            StorageError::Unavailable(_) => self.storage.unavailable,
            StorageError::QuotaExceeded => self.storage.quota,
            StorageError::Corrupt(_) => self.storage.corrupt,
            StorageError::Failed(_) => self.storage.failed,
            StorageError::Stale => self.storage.stale,
            StorageError::Locked => self.storage.locked,
            StorageError::ProjectGone => self.storage.project_gone,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_has_a_distinct_non_empty_text() {
        let texts: Vec<&str> = Problem::ALL.iter().map(|p| SV.problem(*p)).collect();
        for (i, t) in texts.iter().enumerate() {
            assert!(!t.trim().is_empty());
            assert!(!texts[i + 1..].contains(t), "{t:?} is used twice");
        }
    }

    #[test]
    fn the_date_range_message_names_the_years_that_are_enforced() {
        use crate::domain::date::{FIRST_YEAR, LAST_YEAR};
        for lang in Lang::ALL {
            let t = TEXTS.get(lang).problem(Problem::DateOutOfRange);
            assert!(t.contains(&FIRST_YEAR.to_string()) && t.contains(&LAST_YEAR.to_string()));
        }
    }

    #[test]
    fn the_personnummer_message_says_why_and_what_to_do() {
        let t = SV.problem(Problem::LooksLikePersonnummer);
        assert!(t.contains("personnummer"));
        assert!(t.contains("Ta bort"));
    }
}
