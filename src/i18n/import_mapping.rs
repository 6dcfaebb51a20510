//! Texts of the import's column mapping (Swedish and English): which column of the coach's file
//! is which field, the questions about dates and genders, and the columns left out unread.

use super::{catalogue, Localized};

catalogue! {
    /// The column mapping's words in one language.
    pub struct ImportMappingTexts {
        pub title: &'static str,
        pub intro: &'static str,
        pub col_header: &'static str,
        pub col_values: &'static str,
        pub col_field: &'static str,
        /// The choice that leaves a column out.
        pub not_read: &'static str,
        /// The label of a column's select, for screen readers: "Fält för kolumnen Ålder".
        pub field_for: fn(&str) -> String,
        pub withheld_personnummer: &'static str,
        pub withheld_names: &'static str,
        /// Under the table when columns were left out whatever the coach chooses.
        pub withheld_note: &'static str,
        pub empty_header: &'static str,
        /// After a value that cannot be read as the chosen field.
        pub unreadable: &'static str,
        pub remembered: &'static str,
        pub misnamed: &'static str,
        pub date_order_legend: &'static str,
        pub day_first: &'static str,
        pub month_first: &'static str,
        pub both_orders_fit: &'static str,
        pub no_order_fits: &'static str,
        pub gender_digits_legend: &'static str,
        pub one_is_man: &'static str,
        pub one_is_woman: &'static str,
        pub approximate_age: &'static str,
        /// A birth year worked out from an age: "ca 1987".
        pub about_year: fn(i32) -> String,
        /// The genders as the samples show how they were read: woman, man, other, not given.
        pub genders: [&'static str; 4],
        pub importing_progress: &'static str,
    }
}

pub static SV_IMPORT_MAPPING: ImportMappingTexts = ImportMappingTexts {
    title: "Vilken kolumn är vad?",
    intro: "Stegvis har gissat vad varje kolumn i filen innehåller. Ändra där gissningen är fel, \
         eller välj \"Läs inte in\". Kod och startdatum behövs.",
    col_header: "Kolumn i filen",
    col_values: "Exempel ur filen",
    col_field: "Läses in som",
    not_read: "Läs inte in",
    field_for: |header| format!("Läses in som, för kolumnen {header}"),
    withheld_personnummer: "Läses aldrig in: personnummer",
    withheld_names: "Läses aldrig in: namn",
    withheld_note: "Kolumner med personnummer eller namn läses aldrig in och sparas inte. Resten \
         av filen kan importeras.",
    empty_header: "(utan rubrik)",
    unreadable: "kan inte läsas",
    remembered: "Stegvis minns hur du läste in en fil med samma rubriker förra gången.",
    misnamed: "Filen heter .xlsx men är en textfil (CSV). Den lästes som CSV.",
    date_order_legend: "Datum med snedstreck, till exempel 03/04/2021: vad står först?",
    day_first: "Dagen (3 april 2021), som i Sverige",
    month_first: "Månaden (4 mars 2021), som i USA",
    both_orders_fit: "Alla datum i filen går att läsa på båda sätten. Kontrollera exemplen i \
         tabellen.",
    no_order_fits: "Några datum går inte att läsa på något av sätten. De raderna visas nedan.",
    gender_digits_legend: "Kön står som 1 och 2. Vad betyder siffrorna?",
    one_is_man: "1 = man, 2 = kvinna (som i SCB:s statistik)",
    one_is_woman: "1 = kvinna, 2 = man",
    approximate_age: "Ålder vid start blir ett ungefärligt födelseår.",
    about_year: |year| format!("född ca {year}"),
    genders: ["kvinna", "man", "annat", "ej angivet"],
    importing_progress: "Importerar",
};

pub static EN_IMPORT_MAPPING: ImportMappingTexts = ImportMappingTexts {
    title: "Which column is which?",
    intro: "Stegvis has guessed what each column of the file holds. Change it where the guess \
         is wrong, or choose \"Do not read\". Code and start date are needed.",
    col_header: "Column in the file",
    col_values: "Examples from the file",
    col_field: "Read as",
    not_read: "Do not read",
    field_for: |header| format!("Read as, for the column {header}"),
    withheld_personnummer: "Never read: personal identity numbers",
    withheld_names: "Never read: names",
    withheld_note: "Columns with personal identity numbers or names are never read or stored. \
         The rest of the file can be imported.",
    empty_header: "(no heading)",
    unreadable: "cannot be read",
    remembered: "Stegvis remembers how you read a file with the same headings last time.",
    misnamed: "The file is named .xlsx but is a text file (CSV). It was read as CSV.",
    date_order_legend: "Dates with slashes, for example 03/04/2021: what comes first?",
    day_first: "The day (3 April 2021), as in Sweden",
    month_first: "The month (4 March 2021), as in the United States",
    both_orders_fit: "Every date in the file can be read either way. Check the examples in the \
         table.",
    no_order_fits: "Some dates cannot be read either way. Those rows are shown below.",
    gender_digits_legend: "Gender is written as 1 and 2. What do the digits mean?",
    one_is_man: "1 = man, 2 = woman (as in Statistics Sweden's figures)",
    one_is_woman: "1 = woman, 2 = man",
    approximate_age: "The age at the start becomes an approximate year of birth.",
    about_year: |year| format!("born about {year}"),
    genders: ["woman", "man", "other", "not given"],
    importing_progress: "Importing",
};

/// The texts in the current language.
pub static IMPORT_MAPPING: Localized<ImportMappingTexts> = Localized {
    sv: &SV_IMPORT_MAPPING,
    en: &EN_IMPORT_MAPPING,
};
