//! English, the second language. Plain English: short sentences, everyday words, "you".
//!
//! The same texts as the Swedish catalogue (`sv.rs`), field for field. Words of the trade:
//! *insats* is a project, *delinsats* a sub-unit, *remittent* a referral source, *avslutsorsak*
//! an outcome, *utskriven* discharged. SUS keeps its Swedish name; dates stay YYYY-MM-DD.

use super::{Lang, ProblemTexts, StorageTexts, Texts};

fn page_of(page: usize, pages: usize, matching: usize) -> String {
    let noun = if matching == 1 {
        "participant"
    } else {
        "participants"
    };
    format!("Page {page} of {pages} · {matching} {noun}")
}

fn participant_registered(code: &str) -> String {
    format!("Participant {code} is registered.")
}

fn delete_project_confirm(name: &str, participants: usize) -> String {
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

fn delete_project_yes(name: &str) -> String {
    format!("Yes, delete {name}")
}

pub static EN: Texts = Texts {
    lang: Lang::En,
    app_name: "Stegvis",
    app_tagline: "Follow-up of the participants in your project",
    skip_to_content: "Skip to content",
    nav_projects: "Projects",
    nav_label: "Main menu",
    loading: "Loading your data …",
    saving: "Saving …",
    save: "Save",
    cancel: "Cancel",
    back_to_projects: "To all projects",
    not_found_title: "Page not found",
    not_found_body: "This address does not lead to a page in Stegvis. Go back to your projects.",
    required_marker: "(required)",
    fix_errors: "Something needs to be corrected before we can save. See the messages next to \
         the fields.",
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
    backup_reminder_title: "Download a backup",
    backup_reminder_body: "You have changes that are not in any backup yet. The data is only in \
        this browser.",
    safari_title: "Safari may delete your data",
    safari_body: &[
        "Safari, and every browser on iPhone and iPad, deletes what a website has stored if you \
         have not visited it for seven days. That includes Stegvis.",
        "To avoid it: add Stegvis to the home screen (Share, then Add to Home Screen) and open \
         Stegvis from there. Also download a backup regularly.",
    ],
    safari_read: "I understand",
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
    update_ready: "A new version of Stegvis is available. What you have saved is kept when you \
        update; save what you are working on first.",
    update_now: "Update now",
    making_file: "Making the file …",
    file_failed: "The file could not be created. Try again, or restart the browser.",
    file_tools_unavailable: "The part of Stegvis that reads and writes Excel files could not be \
        loaded. Check the internet connection and try again. Your data is untouched.",
    crash_title: "Something went wrong",
    crash_body: "Stegvis stopped because of an error. Everything you have saved is still on \
        this device. Reload the page to go on.",
    crash_reload: "Reload",
    file_tools_crashed: "The file could not be read or written: it is probably too large or \
        damaged. Nothing was saved and your data is untouched. Try a smaller file.",

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
    delete_project_confirm,
    delete_project_yes,
    project_deleted: "The project is deleted.",

    participants_title: "Participants",
    register_participant: "Register participant",
    filter_label: "Show",
    filter_active: "Current",
    filter_discharged: "Discharged",
    filter_all: "All",
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
    no_participants: "No participants are registered yet.",
    no_matches: "No participant matches your choices.",
    previous_page: "Previous page",
    next_page: "Next page",
    sort_by: "Sort by",
    list_caption: "Participants in the project",
    page_of,

    new_participant_title: "Register participant",
    code: "Code",
    code_hint: "Stegvis creates the code. Never enter a name or a personal identity number here.",
    gender: "Gender",
    birth_year: "Year of birth",
    birth_year_hint: "Four digits, for example 1988. Can be left empty.",
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
    participant_registered,
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

    genders: ["Woman", "Man", "Other", "Not specified"],
    phases: [
        "Mapping, vocational profile",
        "Introduction or group guidance",
        "Work training or work placement",
        "Work or studies with support",
        "Follow-up",
    ],
    problems: ProblemTexts {
        required: "Fill in this field.",
        invalid_date: "Write the date as year-month-day, for example 2025-03-14.",
        invalid_whole_number: "Write a whole number in digits, for example 25.",
        not_positive: "The number must be 1 or more.",
        percent_out_of_range: "Write a percentage between 0 and 100.",
        end_before_start: "The end date cannot be before the start date.",
        too_far_ahead: "The date is more than a year ahead. Check the year.",
        too_young: "The year of birth makes the participant younger than 15. Check the year.",
        too_old: "The year of birth makes the participant older than 80. Check the year.",
        duplicate_code: "That code is already used in the project. Choose another code.",
        duplicate_label: "That name is already in the list. Choose another name.",
        code_too_long: "The code can be at most 20 characters.",
        looks_like_personnummer: "This looks like a Swedish personal identity number \
             (personnummer). Personal identity numbers must not be stored in Stegvis. Remove it \
             before you save.",
        before_start: "The date cannot be before the participant's start date.",
        before_previous_phase: "The date cannot be before the start of the previous phase.",
        after_end: "The date cannot be after the participant's end date.",
        same_phase: "The participant is already in that phase. Choose another phase.",
        invalid_age_bands: "Write ages from 0 to 120 in rising order, separated by commas. \
             Example: 16, 30, 50, 65.",
        date_out_of_range: "The date must be between the years 1900 and 2100. Check the year.",
    },
    storage: StorageTexts {
        unavailable: "The browser does not let Stegvis save here. This happens in private \
             browsing or when site data is blocked. Open Stegvis in a normal window, or ask IT \
             support to allow site data for this address.",
        quota: "The device has no room for more. Nothing new was saved. Free up space, or make \
             a backup and clear out old projects, and try again.",
        corrupt: "Some saved data could not be read. Nothing has been changed. Contact the \
             person responsible for Stegvis in your organisation.",
        failed: "Saving failed. Nothing has been changed. Try again in a while.",
        stale: "This was changed in another tab or window after you opened it, so your change was \
             not saved. Reload the page to see the change, then make yours again.",
        refused: |why| {
            format!(
                "This cannot be saved: {why}. The project may have been changed in another tab."
            )
        },
        project_gone: "The project no longer exists: it was deleted, perhaps in another tab or \
             window. Nothing was saved. Go to the list of projects.",
        locked: "Stegvis is locked, or the passphrase was changed in another tab. Nothing was \
             saved. Reload the page and unlock with the passphrase.",
        kept_typed: "What you entered is still in the form.",
    },
};
