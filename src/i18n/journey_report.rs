//! The words of the report's journey tables (waiting, extensions, income and occupation
//! before and after, follow-ups after exit), in Swedish and English.

use super::{catalogue, Localized};

catalogue! {
    /// The journey tables' words in one language.
    pub struct JourneyReportTexts {
        pub waiting_title: &'static str,
        pub waiting_at_end: &'static str,
        pub never_started_row: &'static str,
        pub median_days_to_start: &'static str,
        pub waiting_mean_age: &'static str,
        pub waiting_median_age: &'static str,
        pub extensions_title: &'static str,
        pub participations: &'static str,
        pub extended: &'static str,
        pub past_planned_end: &'static str,
        pub with_planned_end: &'static str,
        pub mean_days_stayed: &'static str,
        pub mean_days_planned: &'static str,
        pub income_title: &'static str,
        pub occupation_title: &'static str,
        pub at_start: &'static str,
        pub at_end: &'static str,
        pub left_public_support: &'static str,
        pub increased_extent: &'static str,
        pub not_given: &'static str,
        /// "6 månader"
        pub months_after: fn(u32) -> String,
        pub follow_ups_title: &'static str,
        pub follow_up_col: &'static str,
        pub follow_up_due: &'static str,
        pub follow_up_done: &'static str,
        pub follow_up_reached: &'static str,
        pub follow_up_statuses: &'static str,
        pub no_follow_ups: &'static str,
        pub follow_up_against_title: &'static str,
        pub at_discharge: &'static str,
        pub at_follow_up: &'static str,
        pub no_follow_ups_done: &'static str,
        pub journey_title: &'static str,
        /// "Från 2 av 3 filer: ..."
        pub journey_files: fn(usize, usize) -> String,
    }
}

pub static SV_JOURNEY_REPORT: JourneyReportTexts = JourneyReportTexts {
    waiting_title: "Väntelista och påbörjade aldrig",
    waiting_at_end: "Väntar vid periodens slut",
    never_started_row: "Påbörjade aldrig under perioden",
    median_days_to_start: "Median dagar från anvisning till start",
    waiting_mean_age: "Medelålder, väntande",
    waiting_median_age: "Medianålder, väntande",
    extensions_title: "Planerad längd och förlängningar",
    participations: "Deltagartillfällen, aktuella",
    extended: "Aktuella med förlängning",
    past_planned_end: "Pågående efter planerat slut vid periodens slut",
    with_planned_end: "Utskrivna med planerat slut",
    mean_days_stayed: "Medel dagar i projektet, utskrivna med planerat slut",
    mean_days_planned: "Medel planerade dagar, samma deltagare",
    income_title: "Huvudsaklig försörjning före och efter, utskrivna",
    occupation_title: "Sysselsättning före och efter, utskrivna",
    at_start: "Vid start",
    at_end: "Vid avslut",
    left_public_support: "Lämnade offentlig försörjning",
    increased_extent: "Ökade sin omfattning",
    not_given: "Inte angiven",
    months_after: |m| format!("{m} månader"),
    follow_ups_title: "Uppföljning efter avslut",
    follow_up_col: "Uppföljning",
    follow_up_due: "Skulle följas upp",
    follow_up_done: "Följdes upp",
    follow_up_reached: "Nåddes",
    follow_up_statuses: "Läget vid uppföljningen",
    no_follow_ups: "Projektet har inga uppföljningar efter avslut.",
    follow_up_against_title: "Läget vid uppföljningen mot sysselsättningen vid avslut",
    at_discharge: "Sysselsättning vid avslut",
    at_follow_up: "Läget vid uppföljningen",
    no_follow_ups_done: "Ingen uppföljning är registrerad för perioden.",
    journey_title: "Deltagarnas väg",
    journey_files: |n, of| {
        format!(
            "Från {n} av {of} filer. Rapportfiler från före version 2 saknar de här uppgifterna."
        )
    },
};

pub static EN_JOURNEY_REPORT: JourneyReportTexts = JourneyReportTexts {
    waiting_title: "Waiting list and never started",
    waiting_at_end: "Waiting at the end of the period",
    never_started_row: "Never started during the period",
    median_days_to_start: "Median days from referral to start",
    waiting_mean_age: "Mean age, waiting",
    waiting_median_age: "Median age, waiting",
    extensions_title: "Planned length and extensions",
    participations: "Participations, current",
    extended: "Current participants with an extension",
    past_planned_end: "Active past the planned end at the end of the period",
    with_planned_end: "Discharged with a planned end",
    mean_days_stayed: "Mean days in the project, discharged with a planned end",
    mean_days_planned: "Mean planned days, the same participants",
    income_title: "Main income source before and after, discharged",
    occupation_title: "Occupation before and after, discharged",
    at_start: "At the start",
    at_end: "At the end",
    left_public_support: "Left public support",
    increased_extent: "Increased their extent",
    not_given: "Not given",
    months_after: |m| format!("{m} months"),
    follow_ups_title: "Follow-up after exit",
    follow_up_col: "Follow-up",
    follow_up_due: "Due",
    follow_up_done: "Followed up",
    follow_up_reached: "Reached",
    follow_up_statuses: "Situation at the follow-up",
    no_follow_ups: "The project has no follow-ups after exit.",
    follow_up_against_title: "Situation at the follow-up against occupation at the end",
    at_discharge: "Occupation at the end",
    at_follow_up: "Situation at the follow-up",
    no_follow_ups_done: "No follow-up is recorded for the period.",
    journey_title: "The participants' journey",
    journey_files: |n, of| {
        format!("From {n} of {of} files. Report files from before version 2 lack these figures.")
    },
};

/// The texts in the current language.
pub static JOURNEY_REPORT: Localized<JourneyReportTexts> = Localized {
    sv: &SV_JOURNEY_REPORT,
    en: &EN_JOURNEY_REPORT,
};
