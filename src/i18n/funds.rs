//! Texts of money and the final report (Swedish and English): the money page, the report's
//! money table, the Uppföljning Finsam panel, and the final report draft with its page.

use super::{catalogue, Localized};

catalogue! {
    /// Money and final-report words in one language.
    pub struct FundsTexts {
        // The money page.
        pub money_title: &'static str,
        pub money_intro: &'static str,
        pub granted_legend: &'static str,
        pub granted_label: &'static str,
        pub granted_hint: &'static str,
        pub save_granted: &'static str,
        pub granted_saved: &'static str,
        pub used_title: &'static str,
        pub used_none: &'static str,
        pub used_col_period: &'static str,
        pub used_col_amount: &'static str,
        pub used_sum: &'static str,
        pub remove: &'static str,
        /// The remove button's name for screen readers: "Ta bort 2026-01-01 – 2026-03-31".
        pub remove_period: fn(&str) -> String,
        pub removed: &'static str,
        pub add_period_legend: &'static str,
        pub from_label: &'static str,
        pub to_label: &'static str,
        pub amount_label: &'static str,
        pub amount_hint: &'static str,
        pub add_period: &'static str,
        pub period_added: &'static str,
        pub running_legend: &'static str,
        /// Under the running total's legend: from which day the new period starts.
        pub running_hint: fn(&str) -> String,
        pub through_label: &'static str,
        pub total_label: &'static str,
        pub add_running: &'static str,
        // The report's money table.
        pub money: &'static str,
        pub kronor: &'static str,
        pub granted: &'static str,
        pub used_in_period: &'static str,
        pub used_to_end: &'static str,
        pub share_used: &'static str,
        pub remaining: &'static str,
        pub cost_per_participant: fn(u32) -> String,
        pub cost_per_progressed: fn(u32) -> String,
        pub no_granted: &'static str,
        pub partly_inside: fn(&str) -> String,
        pub over_granted: &'static str,
        /// The report page's money section when nothing is recorded.
        pub money_empty: &'static str,
        pub money_link: &'static str,
        // The Uppföljning Finsam panel.
        pub finsam_title: &'static str,
        pub finsam_intro: &'static str,
        pub finsam_year: &'static str,
        pub finsam_participants: &'static str,
        pub finsam_started: &'static str,
        pub finsam_budgeted: &'static str,
        pub finsam_actual: &'static str,
        pub finsam_budget: &'static str,
        pub finsam_outcome: &'static str,
        pub finsam_used_in_year: &'static str,
        pub finsam_crossing: fn(&str) -> String,
        pub copy: &'static str,
        /// A copy button's name for screen readers: "Kopiera Kvinnor 2025".
        pub copy_what: fn(&str) -> String,
        pub copied: &'static str,
        pub copy_failed: &'static str,
        // The final report page.
        pub draft_page_title: &'static str,
        pub draft_intro: &'static str,
        pub texts_legend: &'static str,
        /// The text boxes' labels, in the order of `TextKey::ALL`.
        pub text_labels: [&'static str; 9],
        /// The text boxes' hints, in the same order.
        pub text_hints: [&'static str; 9],
        pub save_texts: &'static str,
        pub texts_saved: &'static str,
        pub download_docx: &'static str,
        pub making_docx: &'static str,
        pub docx_failed: &'static str,
        pub open_print: &'static str,
        pub period_note: &'static str,
        pub back_to_draft: &'static str,
        // The draft itself.
        pub draft_title: &'static str,
        /// The seven headings, without their numbers.
        pub sections: [&'static str; 7],
        pub project_name: &'static str,
        pub project_period: &'static str,
        pub report_period: &'static str,
        pub granted_funds: &'static str,
        pub used_funds: &'static str,
        pub no_end: &'static str,
        pub not_given: &'static str,
        pub purpose: &'static str,
        pub target_group: &'static str,
        pub method: &'static str,
        pub volume_and_gender: &'static str,
        pub volume_target: &'static str,
        pub women_target: &'static str,
        pub outcome_target: &'static str,
        pub results: &'static str,
        pub self_evaluation: &'static str,
        pub no_self_evaluation: &'static str,
        pub comment: &'static str,
        pub lessons: &'static str,
        pub implementation: &'static str,
        pub no_money: &'static str,
        /// A section's prompt until the coach writes it: "[Skriv här: …]".
        pub placeholder: fn(&str) -> String,
        pub generated: &'static str,
        pub change_of: fn(&str) -> String,
    }
}

pub static SV_FUNDS: FundsTexts = FundsTexts {
    money_title: "Ekonomi",
    money_intro: "Här skriver du in projektets beviljade medel och vad ni har använt. \
         Rapporten visar sedan använt mot beviljat och kostnad per deltagare, för vilken period \
         som helst.",
    granted_legend: "Beviljade medel",
    granted_label: "Beviljade medel för hela projektet (kr)",
    granted_hint: "Hela kronor, till exempel 2 400 000. Lämna tomt om projektet inte har fått \
         något beslut om medel.",
    save_granted: "Spara beviljade medel",
    granted_saved: "Beviljade medel är sparade.",
    used_title: "Utnyttjade medel",
    used_none: "Inga utnyttjade medel är registrerade ännu.",
    used_col_period: "Period",
    used_col_amount: "Belopp",
    used_sum: "Summa",
    remove: "Ta bort",
    remove_period: |period| format!("Ta bort {period}"),
    removed: "Perioden är borttagen.",
    add_period_legend: "Lägg till använt belopp för en period",
    from_label: "Från och med",
    to_label: "Till och med",
    amount_label: "Använt belopp (kr)",
    amount_hint: "Hela kronor. Öre avrundas.",
    add_period: "Lägg till perioden",
    period_added: "Perioden är tillagd.",
    running_legend: "Eller: skriv hur mycket som är använt totalt hittills",
    running_hint: |from| {
        format!(
            "Stegvis räknar ut skillnaden mot det som redan är registrerat och lägger till \
             den som en period från och med {from}."
        )
    },
    through_label: "Använt till och med",
    total_label: "Totalt använt sedan projektets start (kr)",
    add_running: "Lägg till totalen",
    money: "Ekonomi",
    kronor: "Kronor",
    granted: "Beviljade medel",
    used_in_period: "Utnyttjade medel i perioden",
    used_to_end: "Utnyttjade medel totalt till periodens slut",
    share_used: "Andel av beviljade medel som är utnyttjad",
    remaining: "Kvar av beviljade medel",
    cost_per_participant: |n| format!("Kostnad per aktuell deltagare i perioden ({n} st)"),
    cost_per_progressed: |n| {
        format!("Kostnad per deltagare som gått vidare till arbete, studier eller annan sysselsättning ({n} st)")
    },
    no_granted: "Inga beviljade medel är angivna för projektet.",
    partly_inside: |amount| {
        format!(
            "{amount} är registrerat för perioder som bara delvis ligger inom rapportens period \
             och räknas inte här. Registrera per månad, kvartal eller år för att få med dem."
        )
    },
    over_granted: "Mer än de beviljade medlen är utnyttjat.",
    money_empty: "Inga beviljade eller utnyttjade medel är registrerade för projektet ännu.",
    money_link: "Skriv in ekonomin",
    finsam_title: "Uppföljning Finsam",
    finsam_intro: "De siffror förbundet registrerar för en individinriktad insats i den \
         nationella uppföljningen. Kopiera dem en i taget.",
    finsam_year: "År",
    finsam_participants: "Deltagare under året",
    finsam_started: "Nya under året",
    finsam_budgeted: "Budgeterat antal deltagare",
    finsam_actual: "Faktiskt antal deltagare",
    finsam_budget: "Budget (beviljade medel)",
    finsam_outcome: "Utfall (utnyttjade medel)",
    finsam_used_in_year: "Utnyttjade medel under året",
    finsam_crossing: |amount| {
        format!("{amount} är registrerat för perioder över ett årsskifte och räknas inte per år.")
    },
    copy: "Kopiera",
    copy_what: |what| format!("Kopiera {what}"),
    copied: "Kopierat.",
    copy_failed: "Det gick inte att kopiera. Markera siffran och kopiera den själv.",
    draft_page_title: "Slutrapport",
    draft_intro: "Ett utkast till slutrapporten i samordningsförbundens vanliga mall. Siffrorna \
         kommer från rapporten och kan inte skrivas om här. Texterna skriver du själv; de sparas \
         i projektet och följer med i säkerhetskopian. Skriv aldrig personnummer eller namn.",
    texts_legend: "Dina texter till slutrapporten",
    text_labels: [
        "2 Ansvarig för genomförandet",
        "3 Samverkansparter",
        "4 Syfte",
        "4 Målgrupp",
        "4 Genomförande",
        "5 Kommentar till resultatet",
        "6 Lärdomar",
        "6 Implementering",
        "7 Kommentar till ekonomin",
    ],
    text_hints: [
        "Vilken organisation och funktion som ansvarade, till exempel projektägare och \
         projektledare (utan namn).",
        "Vilka myndigheter och verksamheter som var med och hur.",
        "Vad insatsen skulle uppnå.",
        "Vilka insatsen var till för.",
        "Hur arbetet gick till: metoder, faser, aktiviteter.",
        "Det siffrorna inte säger själva.",
        "Vad ni har lärt er, det som fungerade och det som inte gjorde det.",
        "Vad som lever kvar efter projektet, och hos vem.",
        "Avvikelser mot budget och varför.",
    ],
    save_texts: "Spara texterna",
    texts_saved: "Texterna är sparade.",
    download_docx: "Ladda ner som Word (.docx)",
    making_docx: "Gör Word-filen …",
    docx_failed: "Word-filen kunde inte göras. Försök igen, eller använd utskriftsvyn.",
    open_print: "Utskriftsvy",
    period_note: "Utkastet gäller hela projektets period.",
    back_to_draft: "Tillbaka till slutrapporten",
    draft_title: "Slutrapport – utkast",
    sections: [
        "Allmänna uppgifter",
        "Ansvarig för genomförandet",
        "Samverkansparter",
        "Insatsbeskrivning",
        "Resultat och utfall",
        "Lärdomar och implementering",
        "Ekonomi",
    ],
    project_name: "Insatsens namn",
    project_period: "Projektperiod",
    report_period: "Rapportperiod",
    granted_funds: "Beviljade medel",
    used_funds: "Utnyttjade medel",
    no_end: "inget slutdatum",
    not_given: "inte angivet",
    purpose: "Syfte",
    target_group: "Målgrupp",
    method: "Genomförande",
    volume_and_gender: "Volym och könsfördelning",
    volume_target: "Volymmål (antal deltagare)",
    women_target: "Mål för andelen kvinnor",
    outcome_target:
        "Mål för andelen som går vidare till arbete, studier eller annan sysselsättning",
    results: "Resultat",
    self_evaluation: "Självskattning",
    no_self_evaluation: "Inga självskattningar är gjorda i projektet.",
    comment: "Kommentar",
    lessons: "Lärdomar",
    implementation: "Implementering",
    no_money: "Inga beviljade eller utnyttjade medel är registrerade i Stegvis.",
    placeholder: |what| {
        format!("[Skriv här: {what}. Skriv texten på sidan Slutrapport i Stegvis.]")
    },
    generated: "Gjord",
    change_of: |form| format!("Förändring från start till slut: {form}"),
};

pub static EN_FUNDS: FundsTexts = FundsTexts {
    money_title: "Finances",
    money_intro: "Enter the project's granted funds and what you have used. The report then \
         shows used against granted and the cost per participant, for any period.",
    granted_legend: "Granted funds",
    granted_label: "Funds granted for the whole project (kr)",
    granted_hint: "Whole kronor, for example 2 400 000. Leave empty if the project has no \
         decision on funds.",
    save_granted: "Save granted funds",
    granted_saved: "Granted funds saved.",
    used_title: "Used funds",
    used_none: "No used funds are recorded yet.",
    used_col_period: "Period",
    used_col_amount: "Amount",
    used_sum: "Sum",
    remove: "Remove",
    remove_period: |period| format!("Remove {period}"),
    removed: "The period was removed.",
    add_period_legend: "Add the amount used in a period",
    from_label: "From",
    to_label: "To (inclusive)",
    amount_label: "Amount used (kr)",
    amount_hint: "Whole kronor; fractions are rounded.",
    add_period: "Add the period",
    period_added: "The period was added.",
    running_legend: "Or: enter how much has been used in all so far",
    running_hint: |from| {
        format!(
            "Stegvis works out the difference from what is already recorded and adds it as a \
             period from {from}."
        )
    },
    through_label: "Used up to and including",
    total_label: "Used in all since the project's start (kr)",
    add_running: "Add the total",
    money: "Finances",
    kronor: "Kronor (SEK)",
    granted: "Granted funds",
    used_in_period: "Funds used in the period",
    used_to_end: "Funds used in all to the period's end",
    share_used: "Share of granted funds used",
    remaining: "Granted funds left",
    cost_per_participant: |n| format!("Cost per current participant in the period ({n})"),
    cost_per_progressed: |n| {
        format!("Cost per participant who went on to work, studies or other occupation ({n})")
    },
    no_granted: "No granted funds are entered for the project.",
    partly_inside: |amount| {
        format!(
            "{amount} is recorded for periods only partly inside the report's period and is \
             not counted here. Record by month, quarter or year to include it."
        )
    },
    over_granted: "More than the granted funds has been used.",
    money_empty: "No granted or used funds are recorded for the project yet.",
    money_link: "Enter the finances",
    finsam_title: "Finsam national follow-up",
    finsam_intro: "The figures the association registers for an individual-oriented project in \
         the national follow-up. Copy them one at a time.",
    finsam_year: "Year",
    finsam_participants: "Participants during the year",
    finsam_started: "New during the year",
    finsam_budgeted: "Budgeted number of participants",
    finsam_actual: "Actual number of participants",
    finsam_budget: "Budget (granted funds)",
    finsam_outcome: "Outcome (used funds)",
    finsam_used_in_year: "Funds used during the year",
    finsam_crossing: |amount| {
        format!("{amount} is recorded for periods across a new year and is not counted per year.")
    },
    copy: "Copy",
    copy_what: |what| format!("Copy {what}"),
    copied: "Copied.",
    copy_failed: "Could not copy. Select the figure and copy it yourself.",
    draft_page_title: "Final report",
    draft_intro: "A draft of the final report in the associations' usual template. The figures \
         come from the report and cannot be rewritten here. You write the texts; they are saved \
         in the project and travel in the backup. Never write personal identity numbers or \
         names.",
    texts_legend: "Your texts for the final report",
    text_labels: [
        "2 Responsible for the work",
        "3 Partners",
        "4 Purpose",
        "4 Target group",
        "4 How the work was done",
        "5 Comment on the results",
        "6 Lessons learned",
        "6 Implementation",
        "7 Comment on the finances",
    ],
    text_hints: [
        "Which organisation and role was responsible, for example project owner and project \
         manager (no names).",
        "Which authorities and services took part, and how.",
        "What the project set out to achieve.",
        "Whom the project was for.",
        "How the work was done: methods, phases, activities.",
        "What the figures do not say by themselves.",
        "What you learned: what worked and what did not.",
        "What lives on after the project, and with whom.",
        "Deviations from the budget and why.",
    ],
    save_texts: "Save the texts",
    texts_saved: "The texts are saved.",
    download_docx: "Download as Word (.docx)",
    making_docx: "Making the Word file …",
    docx_failed: "The Word file could not be made. Try again, or use the print view.",
    open_print: "Print view",
    period_note: "The draft covers the project's whole period.",
    back_to_draft: "Back to the final report",
    draft_title: "Final report – draft",
    sections: [
        "General information",
        "Responsible for the work",
        "Partners",
        "Description of the project",
        "Results and outcomes",
        "Lessons learned and implementation",
        "Finances",
    ],
    project_name: "Name of the project",
    project_period: "Project period",
    report_period: "Report period",
    granted_funds: "Granted funds",
    used_funds: "Used funds",
    no_end: "no end date",
    not_given: "not given",
    purpose: "Purpose",
    target_group: "Target group",
    method: "How the work was done",
    volume_and_gender: "Volume and gender",
    volume_target: "Volume target (participants)",
    women_target: "Target share of women",
    outcome_target: "Target share going on to work, studies or other occupation",
    results: "Results",
    self_evaluation: "Self-evaluation",
    no_self_evaluation: "No self-evaluations were made in the project.",
    comment: "Comment",
    lessons: "Lessons learned",
    implementation: "Implementation",
    no_money: "No granted or used funds are recorded in Stegvis.",
    placeholder: |what| {
        format!("[Write here: {what}. Write the text on the Final report page in Stegvis.]")
    },
    generated: "Made",
    change_of: |form| format!("Change from start to end: {form}"),
};

/// The texts in the current language.
pub static FUNDS: Localized<FundsTexts> = Localized {
    sv: &SV_FUNDS,
    en: &EN_FUNDS,
};
