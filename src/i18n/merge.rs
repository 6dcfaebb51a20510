//! Texts of merging a colleague's backup (on the backup page), in Swedish and English.

use super::catalogue;
use super::Lang;
use crate::formats::merge::Winner;

catalogue! {
    pub struct MergeTexts {
        /// The language of these texts.
        pub lang: Lang,
        pub title: &'static str,
        pub intro: &'static str,
        pub choose_file: &'static str,
        pub plan_title: &'static str,
        pub conflicts_title: &'static str,
        pub conflicts_intro: &'static str,
        pub no_conflicts: &'static str,
        pub column_what: &'static str,
        pub column_here: &'static str,
        pub column_theirs: &'static str,
        pub column_kept: &'static str,
        pub merge: &'static str,
        pub merging: &'static str,
        pub merged: &'static str,
    }
}

impl MergeTexts {
    /// "Deltagare D-004", "Project Steget".
    pub fn what(&self, kind: &str, label: &str) -> String {
        let kind = match (self.lang, kind) {
            (Lang::Sv, "projects") => "Projekt",
            (Lang::Sv, "participants") => "Deltagare",
            (Lang::Sv, "forms") => "Formulär",
            (Lang::Sv, "answers") => "Svar",
            (Lang::En, "projects") => "Project",
            (Lang::En, "participants") => "Participant",
            (Lang::En, "forms") => "Form",
            (Lang::En, "answers") => "Answer",
            // A kind of a newer version: its name as the file has it.
            (_, other) => other,
        };
        format!("{kind} {label}")
    }

    pub fn winner(&self, winner: Winner) -> &'static str {
        match (self.lang, winner) {
            (Lang::Sv, Winner::Here) => "Din version (ändrad senast)",
            (Lang::Sv, Winner::Theirs) => "Kollegans version (ändrad senast)",
            (Lang::En, Winner::Here) => "Your version (edited last)",
            (Lang::En, Winner::Theirs) => "Your colleague's version (edited last)",
        }
    }
}

pub static SV_MERGE: MergeTexts = MergeTexts {
    lang: Lang::Sv,
    title: "Slå ihop med en kollegas säkerhetskopia",
    intro: "Arbetar ni flera med samma projekt? Välj en säkerhetskopia som en kollega har laddat \
        ned. Det som bara finns hos kollegan läggs till. Finns samma uppgift hos er båda men \
        olika, vinner den som ändrades senast, och du ser en lista över dem innan något ändras. \
        Ingenting tas bort.",
    choose_file: "Välj kollegans säkerhetskopia",
    plan_title: "Det här händer om du slår ihop",
    conflicts_title: "Ändrade hos er båda",
    conflicts_intro: "De här uppgifterna har ändrats både här och hos kollegan. Den version som \
        ändrades senast behålls.",
    no_conflicts: "Ingen uppgift har ändrats olika hos er båda.",
    column_what: "Uppgift",
    column_here: "Ändrad här",
    column_theirs: "Ändrad hos kollegan",
    column_kept: "Behålls",
    merge: "Slå ihop",
    merging: "Slår ihop …",
    merged: "Säkerhetskopian är ihopslagen med dina uppgifter.",
};

pub static EN_MERGE: MergeTexts = MergeTexts {
    lang: Lang::En,
    title: "Merge a colleague's backup",
    intro: "Do several of you work on the same project? Choose a backup a colleague downloaded. \
        What only your colleague has is added. Where you both have the same record but \
        different, the one edited last wins, and you see a list of them before anything \
        changes. Nothing is deleted.",
    choose_file: "Choose your colleague's backup",
    plan_title: "What merging will do",
    conflicts_title: "Changed by both of you",
    conflicts_intro: "These records were changed both here and by your colleague. The version \
        edited last is kept.",
    no_conflicts: "No record was changed differently by both of you.",
    column_what: "Record",
    column_here: "Edited here",
    column_theirs: "Edited by your colleague",
    column_kept: "Kept",
    merge: "Merge",
    merging: "Merging …",
    merged: "The backup has been merged with your data.",
};

/// These texts in the current language.
pub static MERGE: super::Localized<MergeTexts> = super::Localized {
    sv: &SV_MERGE,
    en: &EN_MERGE,
};
