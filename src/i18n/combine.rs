//! Texts of the page that combines report files, in Swedish and English.

use super::catalogue;
use super::Lang;
use crate::report::json::{Implausible, ReportFileError, MAX_BYTES};

catalogue! {
    pub struct CombineTexts {
        /// The language of these texts.
        pub lang: Lang,
        pub title: &'static str,
        pub open: &'static str,
        pub intro: &'static [&'static str],
        pub choose_files: &'static str,
        pub reading: &'static str,
        pub files_title: &'static str,
        pub column_project: &'static str,
        pub column_period: &'static str,
        pub column_outcome_goal: &'static str,
        pub different_periods: &'static str,
        /// The outcome names that count as progression in some files and not in others.
        pub progression_differs: fn(&str) -> String,
        pub no_median: &'static str,
        /// "2 files combined", after a choice.
        pub combined: fn(usize) -> String,
        /// The files add up to more than a summary can count.
        pub too_large: &'static str,
        pub file_stem: &'static str,
    }
}

impl CombineTexts {
    /// Why the file `name` was left out.
    pub fn file_error(&self, name: &str, e: &ReportFileError) -> String {
        let implausible;
        let too_large;
        let why = match (self.lang, e) {
            (_, ReportFileError::Implausible(what)) => {
                implausible = self.implausible(*what);
                &implausible
            }
            (Lang::Sv, ReportFileError::TooLarge) => {
                too_large = format!(
                    "filen är större än {} MB, och så stora blir inte rapportfiler",
                    MAX_BYTES / 1024 / 1024
                );
                &too_large
            }
            (Lang::En, ReportFileError::TooLarge) => {
                too_large = format!(
                    "the file is larger than {} MB, which no report file is",
                    MAX_BYTES / 1024 / 1024
                );
                &too_large
            }
            (Lang::Sv, ReportFileError::NotJson | ReportFileError::Invalid(_)) => {
                "filen går inte att läsa som en rapportfil från Stegvis"
            }
            (Lang::Sv, ReportFileError::NotAReport) => {
                "filen är inte en rapportfil från Stegvis (välj filerna som rapportsidans \
                 JSON-knapp laddar ned)"
            }
            (Lang::Sv, ReportFileError::NewerVersion(_)) => {
                "filen är gjord med en nyare version av Stegvis; ladda om sidan och försök igen"
            }
            (Lang::En, ReportFileError::NotJson | ReportFileError::Invalid(_)) => {
                "the file cannot be read as a Stegvis report file"
            }
            (Lang::En, ReportFileError::NotAReport) => {
                "the file is not a Stegvis report file (choose the files the report page's JSON \
                 button downloads)"
            }
            (Lang::En, ReportFileError::NewerVersion(_)) => {
                "the file was made with a newer version of Stegvis; reload the page and try again"
            }
        };
        match self.lang {
            Lang::Sv => format!("{name} togs inte med: {why}."),
            Lang::En => format!("{name} was left out: {why}."),
        }
    }

    /// Why the numbers of a report file cannot be right.
    fn implausible(&self, what: Implausible) -> String {
        let detail = match (self.lang, what) {
            (Lang::Sv, Implausible::TooLarge) => "en siffra är större än något projekt har",
            (Lang::Sv, Implausible::GenderSum) => {
                "kvinnor, män, annat och ej angivet blir tillsammans inte totalen"
            }
            (Lang::Sv, Implausible::MoreThanCurrent) => {
                "fler utskrivna, nya, pågående eller remitterade än aktuella"
            }
            (Lang::Sv, Implausible::OutcomesExceedDischarged) => "fler avslutsorsaker än utskrivna",
            (Lang::Sv, Implausible::Months) => "tiden i projektet går inte ihop",
            (Lang::En, Implausible::TooLarge) => "a number is larger than any project has",
            (Lang::En, Implausible::GenderSum) => {
                "women, men, other and unspecified do not add up to the total"
            }
            (Lang::En, Implausible::MoreThanCurrent) => {
                "more discharged, new, active or referred than current participants"
            }
            (Lang::En, Implausible::OutcomesExceedDischarged) => {
                "more outcomes than discharged participants"
            }
            (Lang::En, Implausible::Months) => "the time in the project does not add up",
        };
        match self.lang {
            Lang::Sv => format!(
                "siffrorna i filen kan inte stämma ({detail}); Stegvis skriver aldrig en sådan \
                 fil, så den har ändrats eller skadats"
            ),
            Lang::En => format!(
                "the numbers in the file cannot be right ({detail}); Stegvis never writes such \
                 a file, so it was changed or damaged"
            ),
        }
    }
}

pub static SV_COMBINE: CombineTexts = CombineTexts {
    lang: Lang::Sv,
    title: "Sammanställ rapporter",
    open: "Sammanställ rapporter från flera coacher eller projekt",
    intro: &[
        "Som projektledare kan du lägga ihop rapporter från flera coacher eller projekt. Be var \\
         och en att ladda ned rapporten som JSON från sin rapportsida, och välj filerna här.",
        "Filerna innehåller bara antal, inga deltagare. Ingenting sparas: sammanställningen \\
         finns bara på den här sidan tills du laddar ned den.",
    ],
    choose_files: "Välj rapportfiler (JSON)",
    reading: "Läser filerna …",
    files_title: "Rapporterna",
    column_project: "Projekt",
    column_period: "Period",
    column_outcome_goal: "Resultatmål uppfyllt",
    different_periods: "Rapporterna gäller olika perioder. Summorna gäller alla perioderna \\
        tillsammans.",
    progression_differs: |names| {
        format!(
            "Räknas som resultat i vissa rapporter men inte i andra: {names}. De räknas som \\
            resultat där rapporten säger det."
        )
    },
    no_median: "Medianen kan inte räknas fram ur sammanfattningar och visas därför inte. \\
        Medelvärdet är vägt efter antalet utskrivna i varje rapport.",
    combined: |n| format!("{n} rapporter är sammanställda."),
    too_large: "Filerna blir tillsammans fler deltagare än en sammanställning kan räkna. \
         Välj färre filer.",
    file_stem: "sammanstallning",
};

pub static EN_COMBINE: CombineTexts = CombineTexts {
    lang: Lang::En,
    title: "Combine reports",
    open: "Combine reports from several coaches or projects",
    intro: &[
        "As a project leader you can add up reports from several coaches or projects. Ask each \\
         of them to download the report as JSON from their report page, and choose the files here.",
        "The files hold only counts, no participants. Nothing is stored: the summary exists \\
         only on this page until you download it.",
    ],
    choose_files: "Choose report files (JSON)",
    reading: "Reading the files …",
    files_title: "The reports",
    column_project: "Project",
    column_period: "Period",
    column_outcome_goal: "Outcome goal met",
    different_periods: "The reports cover different periods. The sums cover all the periods \\
        together.",
    progression_differs: |names| {
        format!(
            "Counted as an outcome in some reports but not in others: {names}. They are \\
            counted where the report says so."
        )
    },
    no_median: "The median cannot be worked out from summaries and is not shown. The mean is \\
        weighted by the number discharged in each report.",
    combined: |n| format!("{n} reports combined."),
    too_large: "Together the files hold more participants than a summary can count. Choose \
         fewer files.",
    file_stem: "summary",
};

/// These texts in the current language.
pub static COMBINE: super::Localized<CombineTexts> = super::Localized {
    sv: &SV_COMBINE,
    en: &EN_COMBINE,
};
