//! Texts of the report page, its charts and its exports, in Swedish and English.

use super::catalogue;
use super::Lang;
use crate::report::GENDER_TOLERANCE_POINTS;
use const_format::formatcp;

catalogue! {
    /// Every text the report uses, in one language.
    pub struct ReportTexts {
        /// The language of these texts; numbers are written the way it writes them.
        pub lang: Lang,
        pub title: &'static str,
        pub open_report: &'static str,
        pub period_legend: &'static str,
        pub period_kind: &'static str,
        pub whole_project: &'static str,
        pub year: &'static str,
        pub tertial: &'static str,
        pub quarter: &'static str,
        pub month: &'static str,
        pub custom: &'static str,
        pub from: &'static str,
        pub to: &'static str,
        pub which_tertial: &'static str,
        pub which_quarter: &'static str,
        pub which_month: &'static str,
        pub tertials: [&'static str; 3],
        pub months: [&'static str; 12],
        pub months_short: [&'static str; 12],
        pub scope: &'static str,
        pub whole_scope: &'static str,
        pub definitions_title: &'static str,
        pub definitions: &'static [&'static str],

        pub overview: &'static str,
        pub total: &'static str,
        pub women: &'static str,
        pub men: &'static str,
        pub other: &'static str,
        pub unspecified: &'static str,
        pub current: &'static str,
        pub started: &'static str,
        pub discharged: &'static str,
        pub active_at_end: &'static str,
        pub anonymous: &'static str,

        pub referrals: &'static str,
        pub referral: &'static str,
        pub count: &'static str,
        pub share: &'static str,
        pub no_referral: &'static str,
        /// A chart's last bar when there are more categories than it shows: how many it sums.
        pub others: fn(usize) -> String,
        /// Under a table longer than the page shows: its rows, and how many are shown.
        pub rows_cut: fn(usize, usize) -> String,
        pub outcomes: &'static str,
        pub outcome: &'static str,
        pub counts_as_progression: &'static str,
        pub yes: &'static str,
        pub no: &'static str,
        pub missing_outcome: &'static str,
        pub progression_row: &'static str,
        pub time: &'static str,
        pub measure: &'static str,
        pub months_col: &'static str,
        pub days_col: &'static str,
        pub mean: &'static str,
        pub median: &'static str,
        pub shortest: &'static str,
        pub longest: &'static str,
        pub no_discharged: &'static str,
        pub ages: &'static str,
        pub ages_current: &'static str,
        pub ages_outcome: &'static str,
        pub age_band: &'static str,
        pub age_unknown: &'static str,
        pub age_below: &'static str,
        /// The mean and median age at start of the current participants.
        pub age_at_start: &'static str,
        pub years_col: &'static str,
        pub known_birth_year: &'static str,
        pub no_birth_years: &'static str,
        pub groups: &'static str,
        pub group: &'static str,
        pub no_group: &'static str,
        pub target: &'static str,
        pub actual: &'static str,
        pub share_of_target: &'static str,
        pub goals: &'static str,
        pub goal: &'static str,
        pub goal_volume: &'static str,
        pub goal_women: &'static str,
        pub goal_outcome: &'static str,
        pub met: &'static str,
        pub goal_met: &'static str,
        pub goal_missed: &'static str,
        pub no_goals: &'static str,
        pub quality: &'static str,
        pub problem: &'static str,
        pub participants: &'static str,
        pub quality_ok: &'static str,
        pub quality_kinds: [&'static str; 5],
        /// Before the first codes of a problem that many have: "(de första 25 av 3 316)".
        pub quality_first: fn(usize, usize) -> String,

        pub charts_title: &'static str,
        /// The key figures' list, for screen readers.
        pub key_figures: &'static str,
        /// Under a key figure: "4 kvinnor, 3 män".
        pub women_men: fn(u32, u32) -> String,
        /// The contents list of the report's tables.
        pub contents: &'static str,
        pub tables_title: &'static str,
        pub chart_outcomes: &'static str,
        pub chart_referrals: &'static str,
        pub chart_flow: &'static str,
        pub flow_progression: &'static str,
        pub flow_other: &'static str,
        pub chart_over_time: &'static str,
        pub series_started: &'static str,
        pub series_discharged: &'static str,
        pub series_active: &'static str,
        pub progression_mark: &'static str,
        pub chart_table: &'static str,
        pub download_svg: &'static str,
        pub download_png: &'static str,

        pub export_title: &'static str,
        pub export_xlsx: &'static str,
        pub export_csv: &'static str,
        pub export_json: &'static str,
        pub print_view: &'static str,
        pub print_now: &'static str,
        pub back_to_report: &'static str,
        pub computing: &'static str,
        pub generated: &'static str,

        /// Decimal separator of numbers in this language.
        pub decimal: char,
        /// Formats a percentage with one decimal: `36,8 %` in Swedish, `36.8%` in English.
        pub percent: fn(f64) -> String,
        /// "7 av 19", "7 of 19".
        pub part_of: fn(u32, u32) -> String,
    }
}

impl ReportTexts {
    /// The CSV field separator: `;` where numbers have a decimal comma (what Swedish Excel
    /// reads), `,` where they have a decimal point (what English Excel reads).
    pub fn csv_separator(&self) -> u8 {
        if self.decimal == ',' {
            b';'
        } else {
            b','
        }
    }

    /// A number with one decimal in this language: `2,5` in Swedish, `2.5` in English.
    pub fn one_decimal(&self, x: f64) -> String {
        one_decimal(self.lang, x)
    }

    /// `part` of `of` as a percentage (`36,8 %` in Swedish, `36.8%` in English), zero when `of`
    /// is zero.
    pub fn share(&self, part: u32, of: u32) -> String {
        percent(
            self.lang,
            if of == 0 {
                0.0
            } else {
                100.0 * f64::from(part) / f64::from(of)
            },
        )
    }
}

/// `x` with one decimal, with the language's decimal separator.
fn one_decimal(lang: Lang, x: f64) -> String {
    let s = format!("{x:.1}");
    match lang {
        Lang::Sv => s.replace('.', ","),
        Lang::En => s,
    }
}

/// `x` as a percentage with one decimal: Swedish puts a (non-breaking) space before the sign,
/// English does not.
fn percent(lang: Lang, x: f64) -> String {
    let n = one_decimal(lang, x);
    match lang {
        Lang::Sv => format!("{n}\u{a0}%"),
        Lang::En => format!("{n}%"),
    }
}

fn percent_sv(x: f64) -> String {
    percent(Lang::Sv, x)
}

fn percent_en(x: f64) -> String {
    percent(Lang::En, x)
}

fn part_of_sv(part: u32, of: u32) -> String {
    format!("{part} av {of}")
}

fn part_of_en(part: u32, of: u32) -> String {
    format!("{part} of {of}")
}

pub static SV_REPORT: ReportTexts = ReportTexts {
    lang: Lang::Sv,
    title: "Rapport",
    open_report: "Rapport",
    period_legend: "Period",
    period_kind: "Typ av period",
    whole_project: "Hela projektet",
    year: "Kalenderår",
    tertial: "Tertial",
    quarter: "Kvartal",
    month: "Månad",
    custom: "Egna datum",
    from: "Från och med",
    to: "Till och med",
    which_tertial: "Vilket tertial",
    which_quarter: "Vilket kvartal",
    which_month: "Vilken månad",
    tertials: ["Januari–april", "Maj–augusti", "September–december"],
    months: [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
        "oktober", "november", "december",
    ],
    months_short: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    scope: "Del av projektet",
    whole_scope: "Hela projektet",
    definitions_title: "Så räknar Stegvis",
    definitions: &[
        "Aktuella: deltagare som var med någon gång under perioden.",
        "Nya: deltagare vars startdatum ligger i perioden.",
        "Utskrivna: deltagare vars slutdatum ligger i perioden.",
        "Pågående vid periodens slut: började senast periodens sista dag och hade inte slutat den dagen.",
        "Tid i projektet: från startdatum till slutdatum. En månad räknas som 30,4 dagar.",
        formatcp!(
            "Målet för könsfördelning räknas som uppfyllt om andelen kvinnor ligger högst \
             {GENDER_TOLERANCE_POINTS} procentenheter från målet."
        ),
        "Resultatmålet jämförs med andelen av de utskrivna som gick till arbete, studier eller \
         annan sysselsättning.",
    ],

    overview: "Översikt",
    total: "Totalt",
    women: "Kvinnor",
    men: "Män",
    other: "Annat",
    unspecified: "Ej angivet",
    current: "Aktuella",
    started: "Nya",
    discharged: "Utskrivna",
    active_at_end: "Pågående vid periodens slut",
    anonymous: "Registrerade anonymt i SUS (av de aktuella)",

    referrals: "Remittenter för de aktuella",
    referral: "Remittent",
    count: "Antal",
    share: "Andel",
    no_referral: "Ingen remittent angiven",
    others: |n| format!("Övriga ({n} st.)"),
    rows_cut: |rows, shown| {
        format!(
            "Tabellen har {rows} rader. De {shown} första visas här; alla finns i Excel- och \
             CSV-filen."
        )
    },
    outcomes: "Avslutsorsaker för de utskrivna",
    outcome: "Avslutsorsak",
    counts_as_progression: "Räknas som resultat",
    yes: "Ja",
    no: "Nej",
    missing_outcome: "Avslutsorsak saknas",
    progression_row: "Till arbete, studier eller annan sysselsättning",
    time: "Tid i projektet för de utskrivna",
    measure: "Mått",
    months_col: "Månader",
    days_col: "Dagar",
    mean: "Medel",
    median: "Median",
    shortest: "Kortast",
    longest: "Längst",
    no_discharged: "Ingen skrevs ut under perioden.",
    ages: "Ålder vid start",
    ages_current: "Ålder vid start, aktuella",
    ages_outcome: "Ålder vid start och avslutsorsak, utskrivna",
    age_band: "Åldersgrupp",
    age_unknown: "Okänd ålder",
    age_below: "Under",
    age_at_start: "Medelålder vid start, aktuella",
    years_col: "År",
    known_birth_year: "Med känt födelseår",
    no_birth_years: "Ingen av de aktuella har ett födelseår registrerat.",
    groups: "Delinsatser: mål och utfall",
    group: "Delinsats",
    no_group: "Ingen delinsats angiven",
    target: "Mål (ansökan)",
    actual: "Utfall",
    share_of_target: "Andel av målet",
    goals: "Mål",
    goal: "Mål",
    goal_volume: "Antal deltagare",
    goal_women: "Andel kvinnor",
    goal_outcome: "Till arbete, studier eller annan sysselsättning",
    met: "Uppfyllt",
    goal_met: "Ja, uppfyllt",
    goal_missed: "Nej, inte uppfyllt",
    no_goals: "Projektet har inga mål angivna. Du kan lägga till dem under Inställningar.",
    quality: "Datakvalitet",
    problem: "Problem",
    participants: "Deltagare",
    quality_ok: "Inga problem hittades bland de aktuella.",
    quality_kinds: [
        "Utskriven utan avslutsorsak",
        "Ingen remittent angiven",
        "Fasernas datum är i fel ordning",
        "Startade före projektets start",
        "Pågår efter projektets slut",
    ],
    quality_first: |shown, all| format!("({all} deltagare, de första {shown} här) "),

    charts_title: "Diagram",
    key_figures: "Nyckeltal",
    women_men: |w, m| format!("{w} kvinnor, {m} män"),
    contents: "Tabellerna i rapporten",
    tables_title: "Tabeller",
    chart_outcomes: "Avslutsorsaker för de utskrivna",
    chart_referrals: "Remittenter för de aktuella",
    chart_flow: "Från remittent till avslutsorsak (utskrivna)",
    flow_progression: "Till arbete, studier eller annan sysselsättning",
    flow_other: "Andra avslut",
    chart_over_time: "Deltagare per månad",
    series_started: "Nya",
    series_discharged: "Utskrivna",
    series_active: "Pågående vid månadens slut",
    progression_mark: "(resultat)",
    chart_table: "Visa diagrammets siffror som tabell",
    download_svg: "Ladda ned som SVG",
    download_png: "Ladda ned som PNG",

    export_title: "Spara och skriv ut",
    export_xlsx: "Excel (.xlsx)",
    export_csv: "CSV för Excel",
    export_json: "JSON (för sammanställning)",
    print_view: "Utskriftsvy",
    print_now: "Skriv ut",
    back_to_report: "Tillbaka till rapporten",
    computing: "Räknar …",
    generated: "Framtagen",

    decimal: ',',
    percent: percent_sv,
    part_of: part_of_sv,
};

pub static EN_REPORT: ReportTexts = ReportTexts {
    lang: Lang::En,
    title: "Report",
    open_report: "Report",
    period_legend: "Period",
    period_kind: "Type of period",
    whole_project: "Whole project",
    year: "Calendar year",
    tertial: "Four-month period (tertial)",
    quarter: "Quarter",
    month: "Month",
    custom: "Custom dates",
    from: "From",
    to: "To (inclusive)",
    which_tertial: "Which four-month period",
    which_quarter: "Which quarter",
    which_month: "Which month",
    tertials: ["January–April", "May–August", "September–December"],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    scope: "Part of the project",
    whole_scope: "Whole project",
    definitions_title: "How Stegvis counts",
    definitions: &[
        "Current: participants who took part at any time during the period.",
        "New: participants whose start date falls within the period.",
        "Discharged: participants whose end date falls within the period.",
        "Active at the end of the period: started no later than the last day of the period and \
         had not ended on that day.",
        "Time in the project: from start date to end date. A month counts as 30.4 days.",
        formatcp!(
            "The gender balance goal counts as met if the share of women is within \
             {GENDER_TOLERANCE_POINTS} percentage points of the goal."
        ),
        "The outcome goal is compared with the share of discharged participants who went on to \
         work, studies or other occupation (progression).",
    ],

    overview: "Overview",
    total: "Total",
    women: "Women",
    men: "Men",
    other: "Other",
    unspecified: "Not specified",
    current: "Current",
    started: "New",
    discharged: "Discharged",
    active_at_end: "Active at the end of the period",
    anonymous: "Registered anonymously in SUS (of those current)",

    referrals: "Referral sources of current participants",
    referral: "Referral source",
    count: "Number",
    share: "Share",
    no_referral: "No referral source given",
    others: |n| format!("Others ({n})"),
    rows_cut: |rows, shown| {
        format!(
            "The table has {rows} rows. The first {shown} are shown here; all are in the Excel \
             and CSV files."
        )
    },
    outcomes: "Outcomes of discharged participants",
    outcome: "Outcome",
    counts_as_progression: "Counts as progression",
    yes: "Yes",
    no: "No",
    missing_outcome: "Outcome missing",
    progression_row: "To work, studies or other occupation",
    time: "Time in the project for discharged participants",
    measure: "Measure",
    months_col: "Months",
    days_col: "Days",
    mean: "Mean",
    median: "Median",
    shortest: "Shortest",
    longest: "Longest",
    no_discharged: "No one was discharged during the period.",
    ages: "Age at start",
    ages_current: "Age at start, current participants",
    ages_outcome: "Age at start and outcome, discharged participants",
    age_band: "Age group",
    age_unknown: "Age unknown",
    age_below: "Under",
    age_at_start: "Mean age at start, current participants",
    years_col: "Years",
    known_birth_year: "With a known year of birth",
    no_birth_years: "None of the current participants has a year of birth recorded.",
    groups: "Sub-units: targets and results",
    group: "Sub-unit",
    no_group: "No sub-unit given",
    target: "Target (application)",
    actual: "Actual",
    share_of_target: "Share of target",
    goals: "Goals",
    goal: "Goal",
    goal_volume: "Number of participants",
    goal_women: "Share of women",
    goal_outcome: "To work, studies or other occupation",
    met: "Met",
    goal_met: "Yes, met",
    goal_missed: "No, not met",
    no_goals: "The project has no goals set. You can add them under Settings.",
    quality: "Data quality",
    problem: "Problem",
    participants: "Participants",
    quality_ok: "No problems were found among the current participants.",
    quality_kinds: [
        "Discharged without an outcome",
        "No referral source given",
        "Phase dates are in the wrong order",
        "Started before the project started",
        "Still active after the project ended",
    ],
    quality_first: |shown, all| format!("({all} participants, the first {shown} here) "),

    charts_title: "Charts",
    key_figures: "Key figures",
    women_men: |w, m| format!("{w} women, {m} men"),
    contents: "The report's tables",
    tables_title: "Tables",
    chart_outcomes: "Outcomes of discharged participants",
    chart_referrals: "Referral sources of current participants",
    chart_flow: "From referral source to outcome (discharged)",
    flow_progression: "To work, studies or other occupation",
    flow_other: "Other outcomes",
    chart_over_time: "Participants per month",
    series_started: "New",
    series_discharged: "Discharged",
    series_active: "Active at the end of the month",
    progression_mark: "(progression)",
    chart_table: "Show the chart's figures as a table",
    download_svg: "Download as SVG",
    download_png: "Download as PNG",

    export_title: "Save and print",
    export_xlsx: "Excel (.xlsx)",
    export_csv: "CSV for Excel",
    export_json: "JSON (for combining reports)",
    print_view: "Print view",
    print_now: "Print",
    back_to_report: "Back to the report",
    computing: "Calculating …",
    generated: "Generated",

    decimal: '.',
    percent: percent_en,
    part_of: part_of_en,
};

/// These texts in the current language.
pub static REPORT: super::Localized<ReportTexts> = super::Localized {
    sv: &SV_REPORT,
    en: &EN_REPORT,
};
