//! The project list, the first run, the project form and the retention reminder, in Swedish and
//! English.

use super::{catalogue, Localized};

catalogue! {
    /// The texts of the project list and the project form in one language.
    pub struct ProjectsTexts {
        // The retention reminder on the project page.
        pub retention_title: &'static str,
        /// How many were discharged more than how many months ago, and their codes.
        pub retention_body: fn(usize, u16, &str) -> String,
        pub retention_months_label: &'static str,
        pub retention_delete: fn(usize) -> String,
        pub retention_question: fn(usize, &str) -> String,
        pub retention_yes: &'static str,
        pub retention_deleted: fn(usize) -> String,
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
        pub open_projects: &'static str,
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
    }
}

fn delete_project_confirm_sv(name: &str, participants: usize) -> String {
    format!(
        "Vill du ta bort projektet {name} och dess {participants} deltagare från den här \
         webbläsaren? Det går inte att ångra. Ladda ned en säkerhetskopia först om du kan behöva \
         uppgifterna."
    )
}

fn delete_project_yes_sv(name: &str) -> String {
    format!("Ja, ta bort {name}")
}

pub static SV_PROJECTS: ProjectsTexts = ProjectsTexts {
    retention_title: "Dags att radera gamla uppgifter",
    retention_body: |n, months, codes| {
        format!(
            "{n} deltagare skrevs ut för mer än {months} månader sedan: {codes}. Uppgifter om \
             deltagare ska inte sparas längre än de behövs."
        )
    },
    retention_months_label: "Spara utskrivna deltagare i (månader)",
    retention_delete: |n| format!("Radera {n} utskrivna"),
    retention_question: |n, codes| {
        format!("Radera {n} deltagare för alltid: {codes}? Det går inte att ångra.")
    },
    retention_yes: "Ja, radera dem",
    retention_deleted: |n| format!("{n} deltagare är raderade."),
    default_referral_sources: &crate::domain::project::DEFAULT_REFERRAL_SOURCES,
    default_outcomes: &crate::domain::project::DEFAULT_OUTCOMES,
    welcome_title: "Välkommen till Stegvis",
    welcome_body: &[
        "Stegvis hjälper dig att följa deltagarna i din insats, från anvisning till avslut, \
         och att ta fram siffrorna till dina rapporter.",
        "Allt du skriver sparas bara här, i den här webbläsaren på den här enheten. Inget skickas \
         till någon server. Deltagare får en kod, aldrig namn eller personnummer.",
        "Börja med att skapa ett projekt.",
    ],
    create_project: "Skapa ett projekt",
    projects_title: "Dina projekt",
    archived_projects: "Arkiverade projekt",
    open_projects: "Pågående projekt",
    period_open_end: "tills vidare",
    persisted_yes: "Webbläsaren har lovat att inte rensa bort dina uppgifter av sig själv.",
    persisted_no: "Webbläsaren kan rensa bort uppgifterna om enheten får ont om utrymme. \
         Ta gärna en säkerhetskopia regelbundet.",
    data_stays_here: "Uppgifterna finns bara i den här webbläsaren på den här enheten.",

    new_project_title: "Nytt projekt",
    edit_project_title: "Inställningar för projektet",
    project_name: "Projektets namn",
    project_start: "Startdatum",
    project_end: "Slutdatum",
    project_end_hint: "Lämna tomt om slutdatumet inte är bestämt.",
    goals_legend: "Mål",
    volume_target: "Volymmål (antal deltagare)",
    volume_target_hint: "Hur många deltagare projektet ska nå enligt ansökan.",
    target_women: "Målandel kvinnor (procent)",
    target_women_hint: "Resten är målandelen män. Exempel: 60.",
    outcome_goal: "Resultatmål (procent)",
    outcome_goal_hint: "Andel av de avslutade som ska gå till arbete, studier eller annan \
         sysselsättning. Exempel: 40.",
    age_bands: "Åldersgrupper i rapporten",
    age_bands_hint: "Den lägsta åldern i varje grupp, med komma emellan. 16, 30, 50, 65 ger \
         16–29, 30–49, 50–64 och 65+.",
    sub_units_legend: "Delinsatser",
    sub_units_hint: "Om projektet har grupper, orter eller spår med egna mål. Kan lämnas tomt.",
    sub_unit_name: "Namn på delinsatsen",
    sub_unit_target: "Volymmål",
    add_sub_unit: "Lägg till delinsats",
    referral_sources_legend: "Remittenter (vem som anvisade)",
    outcomes_legend: "Avslutsorsaker",
    lists_hint: "Du kan byta namn, ändra ordning och lägga till. Ett val som redan används kan \
         du ta ur bruk: det finns kvar på gamla uppgifter men visas inte som nytt val.",
    label_name: "Namn",
    progression: "Räknas som arbete, studier eller annan sysselsättning",
    add_label: "Lägg till",
    move_up: "Flytta upp",
    move_down: "Flytta ned",
    retire: "Ta ur bruk",
    restore: "Ta i bruk igen",
    remove: "Ta bort",
    retired_marker: "(ur bruk)",
    project_saved: "Projektet är sparat.",
    archive_project: "Arkivera projektet",
    unarchive_project: "Ta fram projektet ur arkivet",
    archived_banner: "Projektet är arkiverat. Uppgifterna finns kvar.",
    project_settings: "Inställningar",
    delete_project: "Ta bort projektet",
    delete_project_confirm: delete_project_confirm_sv,
    delete_project_yes: delete_project_yes_sv,
    project_deleted: "Projektet är borttaget.",
};

fn delete_project_confirm_en(name: &str, participants: usize) -> String {
    let noun = if participants == 1 {
        "participant"
    } else {
        "participants"
    };
    format!(
        "Do you want to delete the project {name} and its {participants} {noun} from this \
         browser? This cannot be undone. Download a backup first if you may need the data."
    )
}

fn delete_project_yes_en(name: &str) -> String {
    format!("Yes, delete {name}")
}

pub static EN_PROJECTS: ProjectsTexts = ProjectsTexts {
    retention_title: "Time to delete old data",
    retention_body: |n, months, codes| {
        let who = if n == 1 {
            "1 participant was".to_owned()
        } else {
            format!("{n} participants were")
        };
        format!(
            "{who} discharged more than {months} months ago: {codes}. Data about \
             participants should not be kept longer than needed."
        )
    },
    retention_months_label: "Keep discharged participants for (months)",
    retention_delete: |n| format!("Delete {n} discharged"),
    retention_question: |n, codes| {
        format!("Delete {n} participants for good: {codes}? This cannot be undone.")
    },
    retention_yes: "Yes, delete them",
    retention_deleted: |n| format!("{n} participants deleted."),
    default_referral_sources: &[
        "Social worker",
        "Own initiative",
        "Psychiatric outpatient care",
        "Health centre",
        "Public Employment Service",
        "Social Insurance Agency",
        "LSS (disability support)",
        "Other",
    ],
    default_outcomes: &[
        ("Work", true),
        ("Work with wage subsidy", true),
        ("Studies", true),
        ("Other occupation", true),
        ("Work practice/work training", false),
        ("Continued rehabilitation", false),
        ("Back to the referring authority", false),
        ("To the Employment Service/Social Insurance Agency", false),
        ("Illness", false),
        ("Moved", false),
        ("Other", false),
    ],
    welcome_title: "Welcome to Stegvis",
    welcome_body: &[
        "Stegvis helps you follow the participants in your project, from referral to \
         discharge, and produce the figures for your reports.",
        "Everything you enter is saved only here, in this browser on this device. Nothing is \
         sent to a server. Participants get a code, never a name or a personal identity number.",
        "Start by creating a project.",
    ],
    create_project: "Create a project",
    projects_title: "Your projects",
    archived_projects: "Archived projects",
    open_projects: "Open projects",
    period_open_end: "ongoing",
    persisted_yes: "The browser has promised not to clear your data on its own.",
    persisted_no: "The browser may clear the data if the device runs low on space. \
         Make a backup regularly.",
    data_stays_here: "The data is only in this browser on this device.",

    new_project_title: "New project",
    edit_project_title: "Project settings",
    project_name: "Project name",
    project_start: "Start date",
    project_end: "End date",
    project_end_hint: "Leave empty if the end date has not been decided.",
    goals_legend: "Goals",
    volume_target: "Volume target (number of participants)",
    volume_target_hint: "How many participants the project is to reach according to the \
         application.",
    target_women: "Target share of women (percent)",
    target_women_hint: "The rest is the target share of men. Example: 60.",
    outcome_goal: "Outcome goal (percent)",
    outcome_goal_hint: "Share of discharged participants who are to move on to work, studies or \
         other activity. Example: 40.",
    age_bands: "Age groups in the report",
    age_bands_hint: "The lowest age in each group, separated by commas. 16, 30, 50, 65 gives \
         16–29, 30–49, 50–64 and 65+.",
    sub_units_legend: "Sub-units",
    sub_units_hint: "If the project has groups, locations or tracks with their own targets. Can \
         be left empty.",
    sub_unit_name: "Name of the sub-unit",
    sub_unit_target: "Volume target",
    add_sub_unit: "Add sub-unit",
    referral_sources_legend: "Referral sources (who referred the participant)",
    outcomes_legend: "Outcomes",
    lists_hint: "You can rename, reorder and add. A choice that is already in use can be \
         retired: it stays on old records but is no longer offered as a new choice.",
    label_name: "Name",
    progression: "Counts as work, studies or other activity",
    add_label: "Add",
    move_up: "Move up",
    move_down: "Move down",
    retire: "Retire",
    restore: "Bring back into use",
    remove: "Remove",
    retired_marker: "(retired)",
    project_saved: "The project is saved.",
    archive_project: "Archive the project",
    unarchive_project: "Take the project out of the archive",
    archived_banner: "The project is archived. The data is kept.",
    project_settings: "Settings",
    delete_project: "Delete the project",
    delete_project_confirm: delete_project_confirm_en,
    delete_project_yes: delete_project_yes_en,
    project_deleted: "The project is deleted.",
};

/// The texts in the current language.
pub static PROJECTS: Localized<ProjectsTexts> = Localized {
    sv: &SV_PROJECTS,
    en: &EN_PROJECTS,
};
