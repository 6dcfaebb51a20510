//! Texts of the participant import (Swedish and English): the page, the preview, and every
//! problem the import can report, each saying what is wrong and what the coach can do.

use super::catalogue;
use super::Lang;
use crate::domain::date::{FIRST_YEAR, LAST_YEAR};
use crate::domain::validate::{MAX_AGE, MAX_CODE_LEN, MIN_AGE};
use crate::formats::import::{
    Column, ImportError, ImportPreview, RowProblem, SourceEncoding, MAX_BYTES, MAX_CELLS,
};

catalogue! {
    /// Every text the import uses, in one language.
    pub struct ImportTexts {
        /// The language of these texts, for the words the methods build.
        pub lang: Lang,
        // The page.
        pub title: &'static str,
        /// Link or button to the import page, e.g. on the participant list.
        pub open_import: &'static str,
        pub intro: &'static str,
        pub columns_title: &'static str,
        pub columns_help: &'static [&'static str],
        /// The header line to copy, in the documented order.
        pub example_header: &'static str,
        pub privacy_note: &'static str,
        pub choose_file: &'static str,
        pub file_types: &'static str,
        pub reading: &'static str,

        // The preview.
        pub preview_title: &'static str,
        pub encoding_label: &'static str,
        pub separator_label: &'static str,
        /// In [`SourceEncoding`] order: UTF-8, UTF-8 with BOM, Windows-1252, xlsx.
        pub encodings: [&'static str; 4],
        pub separator_semicolon: &'static str,
        pub separator_comma: &'static str,
        pub separator_tab: &'static str,
        pub encoding_hint: &'static str,
        /// "12 rader kan importeras" / "12 rows can be imported"
        pub ok_rows: fn(usize) -> String,
        /// "3 rader har problem och importeras inte"
        pub problem_rows: fn(usize) -> String,
        pub problem_rows_hint: &'static str,
        pub new_referrals: &'static str,
        pub new_outcomes: &'static str,
        pub new_sub_units: &'static str,
        pub new_labels_hint: &'static str,
        /// Marks a new outcome that will count as progression.
        pub counts_as_progression: &'static str,
        pub ignored_columns: &'static str,
        pub ignored_columns_hint: &'static str,
        pub col_line: &'static str,
        pub col_code: &'static str,
        pub col_problems: &'static str,
        /// "Rad 5"
        pub row_label: fn(usize) -> String,
        pub no_code: &'static str,
        pub nothing_to_import: &'static str,
        /// "Importera 12 deltagare"
        pub import_button: fn(usize) -> String,
        pub cancel: &'static str,
        pub choose_another: &'static str,
        pub importing: &'static str,
        /// "12 deltagare är importerade."
        pub done: fn(usize) -> String,
        /// Under a list of new names longer than the preview shows: how many, and how many shown.
        pub shown_first: fn(usize, usize) -> String,
        /// Under the table of rows with problems, when it is longer than the preview shows.
        pub shown_first_problems: fn(usize, usize) -> String,
        /// The project changed in another tab between the preview and the import.
        pub changed_elsewhere: &'static str,

        /// Column names as in the header, in [`Column::ALL`] order.
        pub columns: [&'static str; 17],
        pub errors: ImportErrorTexts,
        pub problems: RowProblemTexts,
    }
}

catalogue! {
    /// Why a whole file cannot be imported.
    pub struct ImportErrorTexts {
        pub empty: &'static str,
        pub header_only: &'static str,
        /// With the file's extension (without the dot).
        pub unsupported_format: fn(&str) -> String,
        pub unsupported_format_unknown: &'static str,
        pub unsupported_encoding: &'static str,
        pub corrupt_xlsx: &'static str,
        pub unreadable_csv: &'static str,
        /// The missing columns as a list ("kod och startdatum") and how many they are.
        pub missing_columns: fn(&str, usize) -> String,
        pub duplicate_column: fn(&str) -> String,
        pub personnummer_in_header: &'static str,
        pub no_header: &'static str,
        /// The largest file in MB, and the most cells of a sheet.
        pub too_large: fn(u64, u64) -> String,
        /// "och", for lists of columns.
        pub and: &'static str,
    }
}

catalogue! {
    /// Why one row is not imported.
    pub struct RowProblemTexts {
        /// With the column's header as written in the file.
        pub looks_like_personnummer: fn(&str) -> String,
        pub looks_like_personnummer_no_header: &'static str,
        pub missing_code: &'static str,
        pub code_too_long: fn(usize) -> String,
        pub code_exists: &'static str,
        /// With the line of the first occurrence.
        pub code_repeated: fn(usize) -> String,
        pub unknown_gender: &'static str,
        pub gender_digits_unanswered: &'static str,
        pub invalid_birth_year: &'static str,
        pub invalid_age: &'static str,
        pub too_young: fn(i32) -> String,
        pub too_old: fn(i32) -> String,
        pub missing_start: &'static str,
        /// With the column's name ("startdatum", "slutdatum").
        pub invalid_date: fn(&str) -> String,
        pub too_far_ahead: fn(&str) -> String,
        /// With the column's name, the first and the last year allowed.
        pub date_out_of_range: fn(&str, i32, i32) -> String,
        pub end_before_start: &'static str,
        pub outcome_without_end: &'static str,
        pub referral_after_start: &'static str,
        pub planned_end_before_start: &'static str,
        /// With the column's name.
        pub not_in_list: fn(&str) -> String,
        pub invalid_extent: fn(&str) -> String,
        pub situation_without_end: &'static str,
    }
}

impl ImportTexts {
    /// A column's name as in the header.
    pub fn column(&self, c: Column) -> &'static str {
        let i = Column::ALL.iter().position(|x| *x == c).unwrap_or(0);
        self.columns[i]
    }

    pub fn encoding(&self, e: SourceEncoding) -> &'static str {
        match e {
            SourceEncoding::Utf8 => self.encodings[0],
            SourceEncoding::Utf8Bom => self.encodings[1],
            SourceEncoding::Windows1252 => self.encodings[2],
            SourceEncoding::Xlsx => self.encodings[3],
        }
    }

    pub fn separator(&self, c: char) -> String {
        match c {
            ';' => self.separator_semicolon.to_owned(),
            ',' => self.separator_comma.to_owned(),
            '\t' => self.separator_tab.to_owned(),
            other => format!("{other}"),
        }
    }

    /// "Teckenkodning: UTF-8. Avgränsare: semikolon (;)." (no separator for xlsx).
    pub fn detected(&self, preview: &ImportPreview) -> String {
        let mut text = format!(
            "{}: {}.",
            self.encoding_label,
            self.encoding(preview.encoding)
        );
        if let Some(sep) = preview.separator {
            text.push_str(&format!(
                " {}: {}.",
                self.separator_label,
                self.separator(sep)
            ));
        }
        text
    }

    /// "kod", "kod och startdatum", "kod, kön och startdatum"; in English "code", "code and
    /// start date", "code, gender and start date".
    fn column_list(&self, columns: &[Column]) -> String {
        let names: Vec<&str> = columns.iter().map(|c| self.column(*c)).collect();
        match names.split_last() {
            None => String::new(),
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{} {} {last}", rest.join(", "), self.errors.and),
        }
    }

    /// Why the file cannot be imported, and what to do.
    pub fn error(&self, e: &ImportError) -> String {
        let t = &self.errors;
        match e {
            ImportError::Empty => t.empty.to_owned(),
            ImportError::HeaderOnly => t.header_only.to_owned(),
            ImportError::UnsupportedFormat { extension }
                if !extension.is_empty()
                    && extension.len() <= 5
                    && extension.chars().all(|c| c.is_ascii_alphanumeric()) =>
            {
                (t.unsupported_format)(extension)
            }
            ImportError::UnsupportedFormat { .. } => t.unsupported_format_unknown.to_owned(),
            ImportError::UnsupportedEncoding => t.unsupported_encoding.to_owned(),
            ImportError::CorruptXlsx(_) => t.corrupt_xlsx.to_owned(),
            ImportError::UnreadableCsv(_) => t.unreadable_csv.to_owned(),
            ImportError::MissingColumns(columns) => {
                (t.missing_columns)(&self.column_list(columns), columns.len())
            }
            ImportError::DuplicateColumn(c) => (t.duplicate_column)(self.column(*c)),
            ImportError::PersonnummerInHeader => t.personnummer_in_header.to_owned(),
            ImportError::NoHeader => t.no_header.to_owned(),
            ImportError::TooLarge => (t.too_large)(MAX_BYTES / 1024 / 1024, MAX_CELLS),
        }
    }

    /// Why a row is not imported, and what to do. Never repeats the cell's content.
    pub fn row_problem(&self, p: &RowProblem) -> String {
        let t = &self.problems;
        match p {
            RowProblem::LooksLikePersonnummer { header } if header.trim().is_empty() => {
                t.looks_like_personnummer_no_header.to_owned()
            }
            RowProblem::LooksLikePersonnummer { header } => (t.looks_like_personnummer)(header),
            RowProblem::MissingCode => t.missing_code.to_owned(),
            RowProblem::CodeTooLong => (t.code_too_long)(MAX_CODE_LEN),
            RowProblem::CodeExists => t.code_exists.to_owned(),
            RowProblem::CodeRepeated { first_line } => (t.code_repeated)(*first_line),
            RowProblem::UnknownGender => t.unknown_gender.to_owned(),
            RowProblem::GenderDigitsUnanswered => t.gender_digits_unanswered.to_owned(),
            RowProblem::InvalidBirthYear => t.invalid_birth_year.to_owned(),
            RowProblem::InvalidAge => t.invalid_age.to_owned(),
            RowProblem::TooYoung => (t.too_young)(MIN_AGE),
            RowProblem::TooOld => (t.too_old)(MAX_AGE),
            RowProblem::MissingStart => t.missing_start.to_owned(),
            RowProblem::InvalidDate(c) => (t.invalid_date)(self.column(*c)),
            RowProblem::TooFarAhead(c) => (t.too_far_ahead)(self.column(*c)),
            RowProblem::DateOutOfRange(c) => {
                (t.date_out_of_range)(self.column(*c), FIRST_YEAR, LAST_YEAR)
            }
            RowProblem::EndBeforeStart => t.end_before_start.to_owned(),
            RowProblem::OutcomeWithoutEnd => t.outcome_without_end.to_owned(),
            RowProblem::ReferralAfterStart => t.referral_after_start.to_owned(),
            RowProblem::PlannedEndBeforeStart => t.planned_end_before_start.to_owned(),
            RowProblem::NotInList(c) => (t.not_in_list)(self.column(*c)),
            RowProblem::InvalidExtent(c) => (t.invalid_extent)(self.column(*c)),
            RowProblem::SituationWithoutEnd(_) => t.situation_without_end.to_owned(),
        }
    }

    /// All problems of a row as one text, for a table cell.
    pub fn row_problems(&self, problems: &[RowProblem]) -> String {
        problems
            .iter()
            .map(|p| self.row_problem(p))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// "Startdatum" from "startdatum".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The word for `n` rows: "1 rad", "3 rader"; "1 row", "3 rows".
fn rows(lang: Lang, n: usize) -> &'static str {
    match (lang, n == 1) {
        (Lang::Sv, true) => "rad",
        (Lang::Sv, false) => "rader",
        (Lang::En, true) => "row",
        (Lang::En, false) => "rows",
    }
}

/// "1 participant", "12 participants".
fn participants_en(n: usize) -> String {
    if n == 1 {
        "1 participant".to_owned()
    } else {
        format!("{n} participants")
    }
}

pub static SV_IMPORT: ImportTexts = ImportTexts {
    lang: Lang::Sv,
    title: "Importera deltagare",
    open_import: "Importera deltagare från fil",
    intro: "Har du redan deltagarna i ett Excel-ark? Då kan du läsa in dem här i stället för att \
         registrera en i taget. Först ser du vad som kommer att hända. Ingenting ändras förrän \
         du väljer att importera.",
    columns_title: "Så ska filen se ut",
    columns_help: &[
        "En rad per deltagare. Första raden har rubrikerna nedan, i vilken ordning som helst.",
        "kod och startdatum måste finnas. De andra kolumnerna får saknas eller vara tomma.",
        "kön: Kvinna, Man eller Annat, eller bara K eller M. Tomt betyder ej angivet.",
        "födelseår: fyra siffror, till exempel 1990.",
        "startdatum och slutdatum: år-månad-dag, till exempel 2025-03-14. Tomt slutdatum \
         betyder att deltagaren är kvar i projektet.",
        "remittent, avslutsorsak och grupp: namnen i projektets listor. Ett namn som inte finns \
         läggs till i listan.",
        "avslutsorsak fylls bara i när det finns ett slutdatum.",
        "anvisningsdatum och planerat slut: datum som ovan. En deltagare med anvisningsdatum \
         men utan startdatum väntar på att börja.",
        "försörjning vid start och vid avslut: till exempel Lön, Sjukpenning, Sjukersättning, \
         Aktivitetsersättning, A-kassa, Aktivitetsstöd, Etableringsersättning, \
         Försörjningsstöd, Studiemedel, Ingen offentlig försörjning, Annan eller Okänd.",
        "sysselsättning vid start och vid avslut: Förvärvsarbete, Studier, Arbetsträning, \
         Praktik, Arbetssökande eller Ingen. Omfattning: procent av heltid, 0 till 100.",
        "Andra kolumner läses inte in. ålder: åldern vid start, om födelseår saknas (ger ett \
         ungefärligt födelseår).",
        "Du väljer i förhandsvisningen vilken kolumn som är vad. Kolumner med personnummer \
         eller namn läses aldrig in. Ett personnummer i en kolumn som läses in stoppar raden.",
    ],
    example_header: "kod;kön;födelseår;startdatum;slutdatum;remittent;avslutsorsak;grupp;\
         anvisningsdatum;planerat slut;försörjning vid start;försörjning vid avslut;\
         sysselsättning vid start;sysselsättning vid avslut;omfattning vid start;\
         omfattning vid avslut;ålder",
    privacy_note: "Filen läses bara här i webbläsaren. Den skickas inte någonstans.",
    choose_file: "Välj fil",
    file_types: "Excel-arbetsbok (.xlsx) eller CSV-fil (.csv)",
    reading: "Läser filen …",

    preview_title: "Det här händer om du importerar",
    encoding_label: "Teckenkodning",
    separator_label: "Avgränsare",
    encodings: [
        "UTF-8",
        "UTF-8 med BOM",
        "Windows-1252 (vanlig CSV från Excel)",
        "Excel-arbetsbok (.xlsx)",
    ],
    separator_semicolon: "semikolon (;)",
    separator_comma: "komma (,)",
    separator_tab: "tabb",
    encoding_hint: "Ser å, ä eller ö konstiga ut? Spara filen i Excel som \"CSV UTF-8\" eller \
         som Excel-arbetsbok (.xlsx) och välj den igen.",
    ok_rows: |n| format!("{n} {} kan importeras", rows(Lang::Sv, n)),
    problem_rows: |n| format!("{n} {} har problem och importeras inte", rows(Lang::Sv, n)),
    problem_rows_hint: "Rätta raderna i filen och välj den igen om du vill få med dem. Du kan \
         också importera de andra nu och registrera de här för hand.",
    new_referrals: "Nya remittenter som läggs till",
    new_outcomes: "Nya avslutsorsaker som läggs till",
    new_sub_units: "Nya delinsatser som läggs till",
    new_labels_hint: "De här namnen finns inte i projektets listor i dag och läggs till när du \
         importerar. Är ett namn nästan samma som ett som redan finns? Rätta det i filen, så \
         slipper listan få dubbletter.",
    counts_as_progression: "räknas som arbete, studier eller sysselsättning (du kan ändra det \
         under projektets inställningar)",
    ignored_columns: "Kolumner som inte läses in",
    ignored_columns_hint: "Stegvis känner inte igen de här rubrikerna och hoppar över dem.",
    col_line: "Rad",
    col_code: "Kod",
    col_problems: "Problem",
    row_label: |n| format!("Rad {n}"),
    no_code: "(ingen kod)",
    nothing_to_import: "Ingen rad kan importeras. Rätta filen och välj den igen.",
    import_button: |n| format!("Importera {n} deltagare"),
    cancel: "Avbryt",
    choose_another: "Välj en annan fil",
    importing: "Importerar …",
    shown_first: |all, shown| {
        format!("Det är {all} namn. De {shown} första visas här; alla läggs till.")
    },
    shown_first_problems: |all, shown| {
        format!("{all} rader har problem. De {shown} första visas här.")
    },
    changed_elsewhere: "Projektet har ändrats i en annan flik eller ett annat fönster medan du \
         tittade på förhandsvisningen, så inget importerades. Välj filen igen för att se en ny \
         förhandsvisning.",
    done: |n| {
        if n == 1 {
            "1 deltagare är importerad.".to_owned()
        } else {
            format!("{n} deltagare är importerade.")
        }
    },

    columns: [
        "kod",
        "kön",
        "födelseår",
        "startdatum",
        "slutdatum",
        "remittent",
        "avslutsorsak",
        "grupp",
        "anvisningsdatum",
        "planerat slut",
        "försörjning vid start",
        "försörjning vid avslut",
        "sysselsättning vid start",
        "sysselsättning vid avslut",
        "omfattning vid start",
        "omfattning vid avslut",
        "ålder",
    ],
    errors: ImportErrorTexts {
        empty: "Filen är tom. Kontrollera att du valde rätt fil och att deltagarna är sparade \
             i den.",
        header_only: "Filen har rubriker men inga deltagare. Lägg till en rad per deltagare \
             under rubrikerna och välj filen igen.",
        unsupported_format: |ext| {
            format!(
                "Stegvis kan inte läsa .{ext}-filer. Öppna filen i Excel och spara den som \
                 Excel-arbetsbok (.xlsx) eller CSV (.csv). Välj sedan den nya filen."
            )
        },
        unsupported_format_unknown: "Stegvis kan inte läsa den här filtypen. Öppna filen i \
             Excel och spara den som Excel-arbetsbok (.xlsx) eller CSV (.csv). Välj sedan den \
             nya filen.",
        unsupported_encoding: "Filen är sparad som Unicode-text, som Stegvis inte kan läsa. \
             Spara den i Excel som \"CSV UTF-8\" eller som Excel-arbetsbok (.xlsx) och välj \
             den igen.",
        corrupt_xlsx: "Excel-filen går inte att läsa. Den kan vara skadad eller skyddad med \
             lösenord. Öppna den i Excel, spara den på nytt som Excel-arbetsbok (.xlsx) utan \
             lösenord och välj den igen.",
        unreadable_csv: "CSV-filen går inte att läsa. Öppna den i Excel, spara den på nytt som \
             CSV och välj den igen.",
        missing_columns: |list, n| {
            let (noun, them) = if n == 1 {
                ("kolumnen", "den")
            } else {
                ("kolumnerna", "dem")
            };
            format!(
                "Filen saknar {noun} {list}. Välj i tabellen ovan vilken kolumn som har {them}, \
                 eller lägg till {them} i filen och välj filen igen."
            )
        },
        duplicate_column: |col| {
            format!(
                "Två kolumner läses in som {col}. Välj \"Läs inte in\" för den ena i tabellen \
                 ovan."
            )
        },
        too_large: |mb, cells| {
            format!(
                "Filen är större än Stegvis läser in: högst {mb} MB, och högst {} celler från \
                 första till sista ifyllda cellen i bladet. Ta bort tomma rader och kolumner \
                 längst ned och till höger, eller dela upp listan i flera filer.",
                grouped(cells, ' ')
            )
        },
        personnummer_in_header: "Första raden ska ha rubriker, men den liknar en deltagare \
             med personnummer. Personnummer får inte finnas i filen. Ta bort dem, lägg till en \
             rad med rubriker överst och välj filen igen.",
        no_header: "Första raden ska ha rubriker, men den ser ut som en deltagare. Lägg till en rad överst med en rubrik för varje kolumn, till exempel kod och startdatum, och välj filen igen.",
        and: "och",
    },
    problems: RowProblemTexts {
        looks_like_personnummer: |header| {
            format!(
                "Kolumnen \"{header}\" innehåller något som liknar ett personnummer. \
                 Personnummer får inte sparas i Stegvis. Ta bort det ur filen."
            )
        },
        looks_like_personnummer_no_header: "En cell utan rubrik innehåller något som liknar \
             ett personnummer. Personnummer får inte sparas i Stegvis. Ta bort det ur filen.",
        missing_code: "Koden saknas. Ge deltagaren en kod, till exempel D-001.",
        code_too_long: |n| format!("Koden är längre än {n} tecken. Korta den."),
        code_exists: "Koden finns redan i projektet och skrivs inte över. Är det en annan \
             deltagare? Ge den en ny kod i filen.",
        code_repeated: |line| {
            format!("Koden finns redan på rad {line} i filen. Ge varje deltagare en egen kod.")
        },
        unknown_gender: "Kön känns inte igen. Skriv Kvinna, Man, Annat, K eller M, eller lämna \
             tomt.",
        invalid_birth_year: "Födelseåret är inte ett årtal. Skriv fyra siffror, till exempel \
             1990, eller lämna tomt.",
        gender_digits_unanswered: "Kön står som 1 eller 2. Välj ovanför tabellen vad \
             siffrorna betyder.",
        invalid_age: "Åldern är inte ett helt antal år. Skriv till exempel 34, eller lämna \
             tomt.",
        too_young: |age| {
            format!("Födelseåret gör deltagaren yngre än {age} år vid start. Kontrollera året.")
        },
        too_old: |age| {
            format!("Födelseåret gör deltagaren äldre än {age} år vid start. Kontrollera året.")
        },
        missing_start: "Startdatum saknas. Skriv det som år-månad-dag, till exempel 2025-03-14.",
        invalid_date: |col| {
            format!(
                "{} är inte ett datum. Skriv det som år-månad-dag, till exempel 2025-03-14.",
                capitalised(col)
            )
        },
        too_far_ahead: |col| {
            format!(
                "{} ligger mer än ett år fram i tiden. Kontrollera året.",
                capitalised(col)
            )
        },
        date_out_of_range: |col, first, last| {
            format!(
                "{} måste ligga mellan år {first} och {last}. Kontrollera året.",
                capitalised(col)
            )
        },
        end_before_start: "Slutdatum är före startdatum. Kontrollera datumen.",
        outcome_without_end: "Avslutsorsak är ifylld men slutdatum saknas. Fyll i slutdatum, \
             eller ta bort avslutsorsaken om deltagaren är kvar i projektet.",
        referral_after_start: "Anvisningsdatum är efter startdatum. Kontrollera datumen.",
        planned_end_before_start: "Planerat slut är före startdatum. Kontrollera datumen.",
        not_in_list: |col| {
            format!(
                "{} är inte ett av alternativen i Stegvis lista. Skriv till exempel Lön, \
                 Försörjningsstöd, Förvärvsarbete eller Arbetssökande, eller lämna cellen tom.",
                capitalised(col)
            )
        },
        invalid_extent: |col| {
            format!(
                "{} ska vara ett heltal från 0 till 100 (procent av heltid).",
                capitalised(col)
            )
        },
        situation_without_end: "Försörjning, sysselsättning eller omfattning vid avslut är \
             ifylld men slutdatum saknas. Fyll i slutdatum eller ta bort uppgifterna vid avslut.",
    },
};

pub static EN_IMPORT: ImportTexts = ImportTexts {
    lang: Lang::En,
    title: "Import participants",
    open_import: "Import participants from a file",
    intro: "Do you already have your participants in an Excel sheet? Then you can read them in \
         here instead of registering them one at a time. First you see what will happen. \
         Nothing changes until you choose to import.",
    columns_title: "What the file should look like",
    columns_help: &[
        "One row per participant. The first row has the headings below, in any order.",
        "code and start date are required. The other columns may be missing or empty.",
        "gender: Woman, Man or Other, or just W or M. The Swedish words work too. Empty means \
         not stated.",
        "birth year: four digits, for example 1990.",
        "start date and end date: year-month-day, for example 2025-03-14. An empty end date \
         means the participant is still in the project.",
        "referral source, outcome and group: the names in the project's lists. A name that is \
         not in a list is added to it.",
        "outcome is only filled in when there is an end date.",
        "referral date and planned end: dates as above. A participant with a referral date \
         but no start date is waiting to start.",
        "income at start and at end: for example Salary, Sickness benefit, Sickness \
         compensation, Activity compensation, Unemployment insurance, Activity support, \
         Establishment benefit, Social assistance, Student aid, No public support, Other or \
         Unknown. The Swedish words work too.",
        "occupation at start and at end: Employment, Studies, Work training, Placement, Job \
         seeking or None. Extent: percent of full time, 0 to 100.",
        "Other columns are not read. age: the age at the start, if there is no birth year \
         (gives an approximate birth year).",
        "In the preview you choose which column is which. Columns with personal identity \
         numbers (personnummer) or names are never read. A personal identity number in a \
         column that is read stops the row.",
    ],
    example_header: "code;gender;birth year;start date;end date;referral source;outcome;group;\
         referral date;planned end;income at start;income at end;occupation at start;\
         occupation at end;extent at start;extent at end;age",
    privacy_note: "The file is only read here in the browser. It is not sent anywhere.",
    choose_file: "Choose file",
    file_types: "Excel workbook (.xlsx) or CSV file (.csv)",
    reading: "Reading the file …",

    preview_title: "This is what happens if you import",
    encoding_label: "Encoding",
    separator_label: "Separator",
    encodings: [
        "UTF-8",
        "UTF-8 with BOM",
        "Windows-1252 (ordinary CSV from Excel)",
        "Excel workbook (.xlsx)",
    ],
    separator_semicolon: "semicolon (;)",
    separator_comma: "comma (,)",
    separator_tab: "tab",
    encoding_hint: "Do å, ä or ö look strange? Save the file in Excel as \"CSV UTF-8\" or as an \
         Excel workbook (.xlsx) and choose it again.",
    ok_rows: |n| format!("{n} {} can be imported", rows(Lang::En, n)),
    problem_rows: |n| {
        if n == 1 {
            "1 row has problems and will not be imported".to_owned()
        } else {
            format!("{n} rows have problems and will not be imported")
        }
    },
    problem_rows_hint: "Correct the rows in the file and choose it again if you want them \
         included. You can also import the others now and register these by hand.",
    new_referrals: "New referral sources that will be added",
    new_outcomes: "New outcomes that will be added",
    new_sub_units: "New groups (sub-units) that will be added",
    new_labels_hint: "These names are not in the project's lists today and will be added when \
         you import. Is a name almost the same as one that already exists? Correct it in the \
         file, so that the list does not get duplicates.",
    counts_as_progression: "counts as work, studies or other occupation (you can change this \
         in the project settings)",
    ignored_columns: "Columns that are not read",
    ignored_columns_hint: "Stegvis does not recognise these headings and skips them.",
    col_line: "Row",
    col_code: "Code",
    col_problems: "Problems",
    row_label: |n| format!("Row {n}"),
    no_code: "(no code)",
    nothing_to_import: "No row can be imported. Correct the file and choose it again.",
    import_button: |n| format!("Import {}", participants_en(n)),
    cancel: "Cancel",
    choose_another: "Choose another file",
    importing: "Importing …",
    shown_first: |all, shown| {
        format!("There are {all} names. The first {shown} are shown here; all are added.")
    },
    shown_first_problems: |all, shown| {
        format!("{all} rows have problems. The first {shown} are shown here.")
    },
    changed_elsewhere: "The project was changed in another tab or window while you looked at \
         the preview, so nothing was imported. Choose the file again to see a new preview.",
    done: |n| {
        if n == 1 {
            "1 participant has been imported.".to_owned()
        } else {
            format!("{n} participants have been imported.")
        }
    },

    columns: [
        "code",
        "gender",
        "birth year",
        "start date",
        "end date",
        "referral source",
        "outcome",
        "group",
        "referral date",
        "planned end",
        "income at start",
        "income at end",
        "occupation at start",
        "occupation at end",
        "extent at start",
        "extent at end",
        "age",
    ],
    errors: ImportErrorTexts {
        empty: "The file is empty. Check that you chose the right file and that the \
             participants are saved in it.",
        header_only: "The file has headings but no participants. Add one row per participant \
             below the headings and choose the file again.",
        unsupported_format: |ext| {
            format!(
                "Stegvis cannot read .{ext} files. Open the file in Excel and save it as an \
                 Excel workbook (.xlsx) or as CSV (.csv). Then choose the new file."
            )
        },
        unsupported_format_unknown: "Stegvis cannot read this type of file. Open the file in \
             Excel and save it as an Excel workbook (.xlsx) or as CSV (.csv). Then choose the \
             new file.",
        unsupported_encoding: "The file is saved as Unicode text, which Stegvis cannot read. \
             Save it in Excel as \"CSV UTF-8\" or as an Excel workbook (.xlsx) and choose it \
             again.",
        corrupt_xlsx: "The Excel file cannot be read. It may be damaged or protected with a \
             password. Open it in Excel, save it again as an Excel workbook (.xlsx) without a \
             password and choose it again.",
        unreadable_csv: "The CSV file cannot be read. Open it in Excel, save it again as CSV \
             and choose it again.",
        missing_columns: |list, n| {
            let (noun, heading, it) = if n == 1 {
                ("column", "heading", "it")
            } else {
                ("columns", "headings", "them")
            };
            format!(
                "The file is missing the {noun} {list}. Choose in the table above which column \
                 holds {it}, or add the {heading} to the file and choose it again."
            )
        },
        duplicate_column: |col| {
            format!(
                "Two columns are read as {col}. Choose \"Do not read\" for one of them in the \
                 table above."
            )
        },
        too_large: |mb, cells| {
            format!(
                "The file is larger than Stegvis reads: at most {mb} MB, and at most {} \
                 cells from the first to the last filled-in cell of the sheet. Delete empty \
                 rows and columns at the bottom and right, or split the list into several \
                 files.",
                grouped(cells, ',')
            )
        },
        personnummer_in_header: "The first row should have headings, but it looks like a \
             participant with a personal identity number. Personal identity numbers \
             (personnummer) must not be in the file. Remove them, add a row of headings at the \
             top and choose the file again.",
        no_header: "The first row should have headings, but it looks like a participant. Add a row at the top with a heading for each column, for example code and start date, and choose the file again.",
        and: "and",
    },
    problems: RowProblemTexts {
        looks_like_personnummer: |header| {
            format!(
                "The column \"{header}\" contains something that looks like a personal \
                 identity number (personnummer). Personal identity numbers must not be stored \
                 in Stegvis. Remove it from the file."
            )
        },
        looks_like_personnummer_no_header: "A cell without a heading contains something that \
             looks like a personal identity number (personnummer). Personal identity numbers \
             must not be stored in Stegvis. Remove it from the file.",
        missing_code: "The code is missing. Give the participant a code, for example D-001.",
        code_too_long: |n| format!("The code is longer than {n} characters. Shorten it."),
        code_exists: "The code already exists in the project and will not be overwritten. Is \
             it a different participant? Give them a new code in the file.",
        code_repeated: |line| {
            format!(
                "The code is already used on row {line} of the file. Give each participant a \
                 code of their own."
            )
        },
        unknown_gender: "The gender is not recognised. Write Woman, Man, Other, W or M, or \
             leave it empty.",
        invalid_birth_year: "The birth year is not a year. Write four digits, for example \
             1990, or leave it empty.",
        gender_digits_unanswered: "Gender is written as 1 or 2. Choose above the table what \
             the digits mean.",
        invalid_age: "The age is not a whole number of years. Write for example 34, or leave \
             it empty.",
        too_young: |age| {
            format!("The birth year makes the participant younger than {age} at the start. Check the year.")
        },
        too_old: |age| {
            format!("The birth year makes the participant older than {age} at the start. Check the year.")
        },
        missing_start: "The start date is missing. Write it as year-month-day, for example \
             2025-03-14.",
        invalid_date: |col| {
            format!("The {col} is not a date. Write it as year-month-day, for example 2025-03-14.")
        },
        too_far_ahead: |col| {
            format!("The {col} is more than a year in the future. Check the year.")
        },
        date_out_of_range: |col, first, last| {
            format!("The {col} must be between the years {first} and {last}. Check the year.")
        },
        end_before_start: "The end date is before the start date. Check the dates.",
        outcome_without_end: "An outcome is filled in but the end date is missing. Fill in \
             the end date, or remove the outcome if the participant is still in the project.",
        referral_after_start: "The referral date is after the start date. Check the dates.",
        planned_end_before_start: "The planned end is before the start date. Check the dates.",
        not_in_list: |col| {
            format!(
                "The {col} is not one of the options in Stegvis's list. Write for example Salary, \
                 Social assistance, Employment or Job seeking, or leave the cell empty."
            )
        },
        invalid_extent: |col| {
            format!("The {col} must be a whole number from 0 to 100 (percent of full time).")
        },
        situation_without_end: "An income source, occupation or extent at the end is filled \
             in but the end date is missing. Fill in the end date or remove what is given at \
             the end.",
    },
};

/// These texts in the current language.
pub static IMPORT: super::Localized<ImportTexts> = super::Localized {
    sv: &SV_IMPORT,
    en: &EN_IMPORT,
};

/// `n` with its digits in groups of three: "5 000 000" in Swedish, "5,000,000" in English.
fn grouped(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally_in_singular_and_plural() {
        let t = IMPORT.sv;
        assert_eq!((t.ok_rows)(1), "1 rad kan importeras");
        assert_eq!((t.ok_rows)(12), "12 rader kan importeras");
        assert_eq!(
            (t.problem_rows)(3),
            "3 rader har problem och importeras inte"
        );
        assert_eq!((t.import_button)(12), "Importera 12 deltagare");
        assert_eq!((t.done)(12), "12 deltagare är importerade.");
    }

    #[test]
    fn missing_columns_are_named_in_a_list() {
        let e = ImportError::MissingColumns(vec![Column::Code, Column::Start]);
        let text = IMPORT.sv.error(&e);
        assert!(
            text.starts_with("Filen saknar kolumnerna kod och startdatum."),
            "{text}"
        );
        let one = IMPORT
            .sv
            .error(&ImportError::MissingColumns(vec![Column::Start]));
        assert!(
            one.starts_with("Filen saknar kolumnen startdatum."),
            "{one}"
        );
    }

    #[test]
    fn english_counts_read_naturally_too() {
        let t = IMPORT.en;
        assert_eq!(t.lang, Lang::En);
        assert_eq!(rows(Lang::En, 1), "row");
        assert_eq!((t.ok_rows)(1), "1 row can be imported");
        assert_eq!((t.ok_rows)(3), "3 rows can be imported");
        assert_eq!((t.import_button)(1), "Import 1 participant");
        let text = t.row_problem(&RowProblem::InvalidDate(Column::Start));
        assert!(text.starts_with("The start date is not a date."), "{text}");
    }

    #[test]
    fn date_problems_name_the_column() {
        let text = IMPORT.sv.row_problem(&RowProblem::InvalidDate(Column::End));
        assert!(text.starts_with("Slutdatum är inte ett datum."), "{text}");
    }
}
