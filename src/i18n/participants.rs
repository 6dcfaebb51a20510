//! The coach's pages about participants: the list, registering one, and following one through
//! phases, discharge and deletion, in Swedish and English.

use super::{catalogue, Localized};

catalogue! {
    /// The texts of the coach's participant pages in one language.
    pub struct ParticipantsTexts {
        // Participant list.
        pub participants_title: &'static str,
        pub register_participant: &'static str,
        pub filter_label: &'static str,
        pub filter_active: &'static str,
        pub filter_discharged: &'static str,
        pub filter_all: &'static str,
        pub filter_mistaken: &'static str,
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
        pub status_mistaken: &'static str,
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
        /// The hint when the birth year was worked out from an age in an imported file.
        pub birth_year_approximate_hint: &'static str,
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
        pub mistaken_title: &'static str,
        pub mistaken_intro: &'static str,
        pub mark_mistaken: &'static str,
        pub marked_mistaken: &'static str,
        pub mistaken_notice: &'static str,
        pub undo_mistaken: &'static str,
        pub mistaken_undone: &'static str,
        pub delete_title: &'static str,
        pub delete_participant: &'static str,
        pub delete_confirm: &'static str,
        pub delete_yes: &'static str,
        pub deleted: &'static str,
        pub days_suffix: &'static str,
        pub participant_not_found: &'static str,
        pub project_not_found: &'static str,
        pub progression_marker: &'static str,
    }
}

fn page_of_sv(page: usize, pages: usize, matching: usize) -> String {
    format!("Sida {page} av {pages} · {matching} deltagare")
}

fn participant_registered_sv(code: &str) -> String {
    format!("Deltagare {code} är registrerad.")
}

pub static SV_PARTICIPANTS: ParticipantsTexts = ParticipantsTexts {
    participants_title: "Deltagare",
    register_participant: "Registrera deltagare",
    filter_label: "Visa",
    filter_active: "Pågående",
    filter_discharged: "Avslutade",
    filter_all: "Alla",
    filter_mistaken: "Felregistrerade",
    search_code: "Sök på kod",
    col_code: "Kod",
    col_gender: "Kön",
    col_phase: "Fas",
    col_referral: "Remittent",
    col_start: "Startdatum",
    col_days: "Dagar i projektet",
    col_status: "Status",
    status_active: "Pågående",
    status_discharged: "Avslutad",
    status_mistaken: "Felregistrerad",
    no_participants: "Inga deltagare är registrerade än.",
    no_matches: "Ingen deltagare matchar det du valt.",
    previous_page: "Föregående sida",
    next_page: "Nästa sida",
    sort_by: "Sortera efter",
    list_caption: "Deltagare i projektet",
    page_of: page_of_sv,

    new_participant_title: "Registrera deltagare",
    code: "Kod",
    code_hint: "Koden skapas av Stegvis. Skriv aldrig namn eller personnummer här.",
    gender: "Kön",
    birth_year: "Födelseår",
    birth_year_hint: "Fyra siffror, till exempel 1988. Kan lämnas tomt.",
    birth_year_approximate_hint: "Ungefärligt: räknat från åldern vid start i en importerad \
        fil. Skriv det rätta året om du vet det.",
    referral: "Remittent",
    choose: "Välj",
    none_chosen: "Inte angiven",
    start_date: "Startdatum",
    sub_unit: "Delinsats",
    anonymous_in_sus: "Registrerad anonymt i SUS",
    anonymous_in_sus_hint: "Om deltagaren inte har samtyckt eller har skyddad identitet.",
    note: "Anteckning",
    note_warning: "Skriv inga känsliga uppgifter: inga namn, inget personnummer, inget om hälsa. \
         Det du skriver här följer med i säkerhetskopior.",
    participant_title: "Deltagare",
    participant_saved: "Uppgifterna är sparade.",
    participant_registered: participant_registered_sv,
    details_legend: "Uppgifter om deltagaren",
    phase_title: "Fas",
    phase_history: "Tidigare faser",
    new_phase: "Ny fas",
    phase_from: "Från och med",
    change_phase: "Byt fas",
    phase_changed: "Fasen är ändrad.",
    discharge_title: "Avslut",
    end_date: "Slutdatum",
    outcome: "Avslutsorsak",
    discharge: "Skriv ut deltagaren",
    discharged: "Deltagaren är utskriven.",
    undo_discharge: "Ångra utskrivningen",
    discharge_undone: "Utskrivningen är ångrad. Deltagaren är pågående igen.",
    mistaken_title: "Felregistrering",
    mistaken_intro: "Registrerade du deltagaren av misstag? Markera det här, så räknas deltagaren \
        inte i några tabeller eller rapporter. Uppgifterna finns kvar under Felregistrerade i \
        listan, och du kan ångra.",
    mark_mistaken: "Markera som felregistrerad",
    marked_mistaken: "Deltagaren är markerad som felregistrerad och räknas inte i rapporterna.",
    mistaken_notice: "Felregistrerad: deltagaren räknas inte i några tabeller eller rapporter.",
    undo_mistaken: "Ångra felregistreringen",
    mistaken_undone: "Felregistreringen är ångrad. Deltagaren räknas igen.",
    delete_title: "Ta bort",
    delete_participant: "Ta bort deltagaren",
    delete_confirm: "Vill du ta bort deltagaren och all historik? Det går inte att ångra.",
    delete_yes: "Ja, ta bort",
    deleted: "Deltagaren är borttagen.",
    days_suffix: "dagar",
    participant_not_found: "Deltagaren finns inte. Den kan ha tagits bort.",
    project_not_found: "Projektet finns inte. Det kan ha tagits bort.",
    progression_marker: "(räknas som resultat)",
};

fn page_of_en(page: usize, pages: usize, matching: usize) -> String {
    let noun = if matching == 1 {
        "participant"
    } else {
        "participants"
    };
    format!("Page {page} of {pages} · {matching} {noun}")
}

fn participant_registered_en(code: &str) -> String {
    format!("Participant {code} is registered.")
}

pub static EN_PARTICIPANTS: ParticipantsTexts = ParticipantsTexts {
    participants_title: "Participants",
    register_participant: "Register participant",
    filter_label: "Show",
    filter_active: "Current",
    filter_discharged: "Discharged",
    filter_all: "All",
    filter_mistaken: "Registered by mistake",
    search_code: "Search by code",
    col_code: "Code",
    col_gender: "Gender",
    col_phase: "Phase",
    col_referral: "Referral source",
    col_start: "Start date",
    col_days: "Days in the project",
    col_status: "Status",
    status_active: "Current",
    status_discharged: "Discharged",
    status_mistaken: "Registered by mistake",
    no_participants: "No participants are registered yet.",
    no_matches: "No participant matches your choices.",
    previous_page: "Previous page",
    next_page: "Next page",
    sort_by: "Sort by",
    list_caption: "Participants in the project",
    page_of: page_of_en,

    new_participant_title: "Register participant",
    code: "Code",
    code_hint: "Stegvis creates the code. Never enter a name or a personal identity number here.",
    gender: "Gender",
    birth_year: "Year of birth",
    birth_year_hint: "Four digits, for example 1988. Can be left empty.",
    birth_year_approximate_hint: "Approximate: worked out from the age at the start in an \
        imported file. Write the right year if you know it.",
    referral: "Referral source",
    choose: "Choose",
    none_chosen: "Not specified",
    start_date: "Start date",
    sub_unit: "Sub-unit",
    anonymous_in_sus: "Registered anonymously in SUS",
    anonymous_in_sus_hint: "If the participant has not given consent or has a protected \
         identity.",
    note: "Note",
    note_warning: "Do not write anything sensitive: no names, no personal identity number, \
         nothing about health. What you write here is included in backups.",
    participant_title: "Participant",
    participant_saved: "The details are saved.",
    participant_registered: participant_registered_en,
    details_legend: "About the participant",
    phase_title: "Phase",
    phase_history: "Earlier phases",
    new_phase: "New phase",
    phase_from: "From",
    change_phase: "Change phase",
    phase_changed: "The phase is changed.",
    discharge_title: "Discharge",
    end_date: "End date",
    outcome: "Outcome",
    discharge: "Discharge the participant",
    discharged: "The participant is discharged.",
    undo_discharge: "Undo the discharge",
    discharge_undone: "The discharge is undone. The participant is current again.",
    mistaken_title: "Registered by mistake",
    mistaken_intro: "Did you register this participant by mistake? Mark it here, and the \
        participant is left out of every table and report. The record stays under Registered by \
        mistake in the list, and you can undo it.",
    mark_mistaken: "Mark as registered by mistake",
    marked_mistaken:
        "The participant is marked as registered by mistake and is left out of the reports.",
    mistaken_notice:
        "Registered by mistake: the participant is left out of every table and report.",
    undo_mistaken: "Undo: count the participant again",
    mistaken_undone: "Undone. The participant is counted again.",
    delete_title: "Delete",
    delete_participant: "Delete the participant",
    delete_confirm: "Do you want to delete the participant and all their history? This cannot \
         be undone.",
    delete_yes: "Yes, delete",
    deleted: "The participant is deleted.",
    days_suffix: "days",
    participant_not_found: "The participant does not exist. They may have been deleted.",
    project_not_found: "The project does not exist. It may have been deleted.",
    progression_marker: "(counts as an outcome)",
};

/// The texts in the current language.
pub static PARTICIPANTS: Localized<ParticipantsTexts> = Localized {
    sv: &SV_PARTICIPANTS,
    en: &EN_PARTICIPANTS,
};
