//! The message catalogue: every text a user reads, in one place, in Swedish and English.
//!
//! Each feature has one file here holding its catalogue struct and its value in each language:
//! `projects.rs` has `ProjectsTexts`, `SV_PROJECTS`, `EN_PROJECTS` and `PROJECTS`. To change a
//! text, open the feature's file and change it in both languages; to add one, add the field and
//! the compiler asks for it in every language. Structs are declared with [`catalogue!`], which
//! lets `tests/catalogues.rs` visit every field of every language, so nobody keeps a list of
//! fields. Numbers in texts come from the constants that enforce them (`formatcp!`).
//!
//! The app reads a catalogue through its [`Localized`] static ([`TEXTS`], `projects::PROJECTS`,
//! …), which points at the current language's value: a page writes `TEXTS.save` and gets the
//! word in the language the coach chose. The choice is made once, when the app starts
//! ([`set_current`]); switching language reloads the page.
//!
//! Catalogues hold words only. Typed errors and values from the other layers (`Problem`,
//! `StorageError`, `report::words::Word`) are turned into words here; rules and defaults stay in
//! the layer that enforces them.

mod app;
pub mod backup;
pub mod combine;
pub mod demo;
pub mod fields;
pub mod filler;
pub mod funds;
pub mod import;
pub mod import_mapping;
pub mod journey;
pub mod journey_report;
pub mod merge;
pub mod participants;
pub mod projects;
pub mod protect;
pub mod report;
pub mod survey;
pub mod words;

use std::sync::atomic::{AtomicU8, Ordering};

pub use app::{Failure, ProblemTexts, StorageTexts, Texts, EN_APP, SV_APP, TEXTS};
pub(crate) use fields::catalogue;

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

/// A catalogue with its texts in each language it is written in, for the tests that compare
/// the languages field by field.
pub struct Listed {
    /// The catalogue struct's name, `ProjectsTexts`.
    pub name: &'static str,
    /// Swedish first, then the others: (language tag, texts).
    pub languages: Vec<(&'static str, fields::Named)>,
}

/// Every catalogue of the app. `tests/catalogues.rs` finds each catalogue struct in the sources
/// and fails if one is missing here.
pub fn catalogues() -> Vec<Listed> {
    fn short<T>() -> &'static str {
        let name = std::any::type_name::<T>();
        name.rsplit("::").next().unwrap_or(name)
    }
    fn of<T: fields::Fields>(l: &Localized<T>) -> Listed {
        Listed {
            name: short::<T>(),
            languages: Lang::ALL
                .iter()
                .map(|lang| (lang.tag(), fields::fields(l.get(*lang))))
                .collect(),
        }
    }
    vec![
        of(&TEXTS),
        of(&projects::PROJECTS),
        of(&participants::PARTICIPANTS),
        of(&backup::BACKUP),
        of(&combine::COMBINE),
        of(&demo::DEMO),
        of(&import::IMPORT),
        of(&funds::FUNDS),
        of(&import_mapping::IMPORT_MAPPING),
        of(&journey::JOURNEY),
        of(&journey_report::JOURNEY_REPORT),
        of(&merge::MERGE),
        of(&protect::PROTECT),
        of(&report::REPORT),
        of(&survey::SURVEY),
        Listed {
            name: short::<filler::ParticipantTexts>(),
            languages: vec![
                ("sv", fields::fields(&filler::SV)),
                ("en", fields::fields(&filler::EN)),
                ("ar", fields::fields(&filler::AR)),
            ],
        },
    ]
}
