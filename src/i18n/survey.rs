//! Texts of the coach's self-evaluation pages (Swedish and English), and the words for the
//! survey's typed errors: answer codes, PINs and form problems.

use super::catalogue;
use super::Lang;
use crate::survey::check::MAX_LANGUAGES;
use crate::survey::form::MAX_ITEMS;
use crate::survey::kiosk::PIN_DIGITS;
use crate::survey::results::MinGroup;
use const_format::formatcp;

const PIN_MIN: usize = *PIN_DIGITS.start();
const PIN_MAX: usize = *PIN_DIGITS.end();
use crate::survey::check::FormProblem;
use crate::survey::code::CodeError;
use crate::survey::kiosk::PinProblem;
use crate::survey::screening::Flag;
use crate::survey::{ItemKind, Moment, Text};

catalogue! {
    pub struct SurveyTexts {
        /// The language of these texts, for the words the methods build.
        pub lang: Lang,
        pub open: &'static str,
        pub title: &'static str,
        pub intro: &'static [&'static str],
        pub loading: &'static str,
        pub form_not_found: &'static str,
        pub back_to_forms: &'static str,
        pub forms_title: &'static str,
        /// The button, and the name a new form starts with.
        pub new_form: &'static str,
        /// The name of a copy: "Kopia av Mående".
        pub copy_name: fn(&str) -> String,
        /// The start of the names of a form's files.
        pub file_prefix: &'static str,
        /// The words at 1 and at 5 of a new statement.
        pub scale_low: &'static str,
        pub scale_high: &'static str,
        pub languages: &'static str,
        pub item_count: fn(usize) -> String,
        pub results: &'static str,
        pub share: &'static str,
        pub edit_form: &'static str,
        pub view_form: &'static str,
        pub copy: &'static str,
        pub copied: fn(&str) -> String,
        pub retire: &'static str,
        pub reopen: &'static str,
        pub retired: fn(&str) -> String,
        pub reopened: fn(&str) -> String,
        pub retired_tag: &'static str,
        pub moment_legend: &'static str,
        // Kiosk.
        pub kiosk_title: &'static str,
        pub kiosk_intro: &'static str,
        pub form_label: &'static str,
        pub new_pin: &'static str,
        pub new_pin_hint: &'static str,
        pub pin_again: &'static str,
        pub kiosk_start: &'static str,
        pub kiosk_no_form: &'static str,
        pub kiosk_not_saved: &'static str,
        pub kiosk_form_missing: &'static str,
        // Receiving codes.
        pub receive_title: &'static str,
        pub receive_intro: &'static str,
        pub code_label: &'static str,
        pub code_hint: &'static str,
        pub add_answer: &'static str,
        pub duplicate: &'static str,
        pub qr_from_image: &'static str,
        pub qr_from_image_hint: &'static str,
        pub qr_reading: &'static str,
        pub qr_none_found: &'static str,
        pub qr_not_an_image: &'static str,
        /// A picture larger than any photo of a code (the limit in MB).
        pub qr_too_large: fn(u32) -> String,
        pub camera_start: &'static str,
        pub camera_stop: &'static str,
        pub camera_label: &'static str,
        pub camera_starting: &'static str,
        pub camera_hint: &'static str,
        pub camera_unavailable: &'static str,
        pub camera_refused: &'static str,
        // Sharing.
        pub share_title: &'static str,
        pub share_intro: &'static str,
        pub link_label: &'static str,
        pub link_qr_label: &'static str,
        pub link_too_long: &'static str,
        pub copy_link: &'static str,
        pub link_copied: &'static str,
        pub open_link: &'static str,
        pub link_size: fn(usize) -> String,
        // Builder.
        pub builder_title: &'static str,
        pub locked_form: &'static str,
        pub edit_warning: &'static str,
        pub preview_title: &'static str,
        pub preview_hint: &'static str,
        pub form_name: &'static str,
        pub first_language: &'static str,
        pub add_language: &'static str,
        pub choose_language: &'static str,
        pub remove_language: fn(&str) -> String,
        pub remove: &'static str,
        pub add_scale: &'static str,
        pub add_yes_no: &'static str,
        pub add_choice: &'static str,
        pub add_free_text: &'static str,
        pub add_option: &'static str,
        pub remove_option: &'static str,
        pub item_heading: fn(usize, &str) -> String,
        pub item_text: &'static str,
        pub low_label: &'static str,
        pub high_label: &'static str,
        pub dimension_label: &'static str,
        pub optional_item: &'static str,
        pub move_up: &'static str,
        pub move_down: &'static str,
        pub move_up_label: fn(usize) -> String,
        pub move_down_label: fn(usize) -> String,
        pub remove_item_label: fn(usize) -> String,
        pub save_form: &'static str,
        pub saved: fn(&str) -> String,
        // Results.
        pub results_title: &'static str,
        pub min_group_label: &'static str,
        pub min_group_hint: &'static str,
        pub export_title: &'static str,
        pub export_xlsx: &'static str,
        pub export_csv: &'static str,
        pub print: &'static str,
        pub items_title: &'static str,
        pub change_title: &'static str,
        /// The paired bars of start and end beside the star chart.
        pub paired_title: &'static str,
        pub no_dimensions: &'static str,
        pub free_texts_title: &'static str,
        pub free_texts_hint: &'static str,
        pub no_free_texts: &'static str,
        pub too_few: fn(usize, usize) -> String,
        pub too_few_short: &'static str,
        pub min_group_note: fn(usize) -> String,
        pub change_hidden: fn(usize, usize) -> String,
        pub answers_table_title: &'static str,
        pub summary_title: &'static str,
        pub col_item: &'static str,
        pub col_moment: &'static str,
        pub col_month: &'static str,
        pub col_language: &'static str,
        pub col_n: &'static str,
        pub col_mean: &'static str,
        pub col_median: &'static str,
        pub col_dimension: &'static str,
        pub col_change: &'static str,
        pub yes: &'static str,
        pub no: &'static str,
    }
}

impl SurveyTexts {
    /// The moment's name; also the value of the moment column in exports.
    pub fn moment(&self, m: Moment) -> &'static str {
        match (self.lang, m) {
            (Lang::Sv, Moment::Start) => "Start",
            (Lang::Sv, Moment::During) => "Under insatsen",
            (Lang::Sv, Moment::End) => "Avslut",
            (Lang::En, Moment::Start) => "Start",
            (Lang::En, Moment::During) => "During",
            (Lang::En, Moment::End) => "End",
        }
    }

    /// "Start: 4 svar · Under insatsen: 0 svar · Avslut: 2 svar";
    /// "Start: 4 answers · During: 0 answers · End: 1 answer".
    pub fn counts_line(&self, counts: [usize; 3]) -> String {
        Moment::ALL
            .iter()
            .zip(counts)
            .map(|(m, n)| format!("{}: {n} {}", self.moment(*m), self.answers_word(n)))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// "svar" (one or many); "answer" or "answers".
    fn answers_word(&self, n: usize) -> &'static str {
        match (self.lang, n == 1) {
            (Lang::Sv, _) => "svar",
            (Lang::En, true) => "answer",
            (Lang::En, false) => "answers",
        }
    }

    pub fn code_error(&self, e: &CodeError) -> String {
        match self.lang {
            Lang::Sv => match e {
                CodeError::Empty => "Skriv in svarskoden från deltagarens telefon.".into(),
                CodeError::BadCharacter(c) => format!(
                    "Tecknet ”{c}” finns inte i svarskoder. Koder har bara siffror och \
                     bokstäverna A–Z utom I, L, O och U. Kontrollera det du skrev."
                ),
                CodeError::TooShort => {
                    "Koden är för kort. Kontrollera att du fick med hela koden.".into()
                }
                CodeError::Checksum => "Koden stämmer inte. Något tecken är troligen \
                    felskrivet: jämför tecken för tecken med koden på telefonen. Inget sparades."
                    .into(),
                CodeError::NewerVersion(_) => "Koden kommer från en nyare version av Stegvis. \
                    Ladda om sidan och försök igen."
                    .into(),
                CodeError::UnknownForm => "Koden hör inte till något formulär i det här \
                    projektet. Kontrollera att du har rätt projekt öppet."
                    .into(),
                CodeError::DoesNotFit => "Koden passar inte formuläret den säger sig höra till. \
                    Be deltagaren visa koden igen. Inget sparades."
                    .into(),
                CodeError::Implausible => "Koden går att läsa, men den innehåller något som ett \
                    ifyllt formulär inte kan ge (till exempel en månad som inte har varit än, \
                    eller en obligatorisk fråga utan svar). Inget sparades."
                    .into(),
            },
            Lang::En => match e {
                CodeError::Empty => "Type in the answer code from the participant's phone.".into(),
                CodeError::BadCharacter(c) => format!(
                    "The character “{c}” is not used in answer codes. Codes have only digits and \
                     the letters A–Z except I, L, O and U. Check what you typed."
                ),
                CodeError::TooShort => {
                    "The code is too short. Check that you got all of the code.".into()
                }
                CodeError::Checksum => "The code does not add up. There is probably a typo: \
                    compare it character by character with the code on the phone. Nothing was \
                    saved."
                    .into(),
                CodeError::NewerVersion(_) => "The code comes from a newer version of Stegvis. \
                    Reload the page and try again."
                    .into(),
                CodeError::UnknownForm => "The code does not belong to any form in this \
                    project. Check that you have the right project open."
                    .into(),
                CodeError::DoesNotFit => "The code does not fit the form it says it belongs \
                    to. Ask the participant to show the code again. Nothing was saved."
                    .into(),
                CodeError::Implausible => "The code can be read, but it holds something a \
                    filled-in form cannot give (a month still to come, say, or a required \
                    question without an answer). Nothing was saved."
                    .into(),
            },
        }
    }

    pub fn pin_problem(&self, p: PinProblem) -> &'static str {
        match (self.lang, p) {
            (Lang::Sv, PinProblem::Format) => {
                formatcp!("PIN-koden ska ha {PIN_MIN} till {PIN_MAX} siffror.")
            }
            (Lang::Sv, PinProblem::Mismatch) => {
                "De två PIN-koderna är olika. Skriv samma kod två gånger."
            }
            (Lang::En, PinProblem::Format) => {
                formatcp!("The PIN must have {PIN_MIN} to {PIN_MAX} digits.")
            }
            (Lang::En, PinProblem::Mismatch) => {
                "The two PINs are different. Type the same PIN twice."
            }
        }
    }

    pub fn form_problem(&self, p: &FormProblem) -> String {
        match self.lang {
            Lang::Sv => match p {
                FormProblem::NoName => "Ge formuläret ett namn.".into(),
                FormProblem::NoItems => "Lägg till minst en fråga.".into(),
                FormProblem::TooManyItems => {
                    formatcp!("Ett formulär kan ha högst {MAX_ITEMS} frågor.").into()
                }
                FormProblem::Languages => {
                    formatcp!("Formuläret behöver ett språk (högst {MAX_LANGUAGES}).").into()
                }
                FormProblem::MissingText { item } => {
                    format!(
                        "Fråga {} saknar text på formulärets första språk.",
                        item + 1
                    )
                }
                FormProblem::Options { item } => format!(
                    "Fråga {} behöver minst två svarsalternativ, alla med text.",
                    item + 1
                ),
            },
            Lang::En => match p {
                FormProblem::NoName => "Give the form a name.".into(),
                FormProblem::NoItems => "Add at least one question.".into(),
                FormProblem::TooManyItems => {
                    formatcp!("A form can have at most {MAX_ITEMS} questions.").into()
                }
                FormProblem::Languages => {
                    formatcp!("The form needs a language (at most {MAX_LANGUAGES}).").into()
                }
                FormProblem::MissingText { item } => format!(
                    "Question {} has no text in the form's first language.",
                    item + 1
                ),
                FormProblem::Options { item } => format!(
                    "Question {} needs at least two options, all with text.",
                    item + 1
                ),
            },
        }
    }

    pub fn received(&self, form: &str, moment: Moment, month: &str) -> String {
        let moment = self.moment(moment).to_lowercase();
        match self.lang {
            Lang::Sv => format!("Svaret är sparat: {form}, {moment}, {month}."),
            Lang::En => format!("The answer is saved: {form}, {moment}, {month}."),
        }
    }

    pub fn flags_text(&self, flags: &[Flag]) -> Option<String> {
        let words: Vec<&str> = flags
            .iter()
            .map(|f| match (self.lang, f) {
                (Lang::Sv, Flag::Personnummer) => "ett personnummer",
                (Lang::Sv, Flag::Phone) => "ett telefonnummer",
                (Lang::Sv, Flag::Email) => "en e-postadress",
                (Lang::En, Flag::Personnummer) => "a personal identity number (personnummer)",
                (Lang::En, Flag::Phone) => "a phone number",
                (Lang::En, Flag::Email) => "an email address",
            })
            .collect();
        (!words.is_empty()).then(|| match self.lang {
            Lang::Sv => format!(
                "Obs! Texten verkar innehålla {}. Ta bort det om svaret ska delas vidare.",
                words.join(" och ")
            ),
            Lang::En => format!(
                "Note: the text seems to contain {}. Remove it if the answer is to be shared.",
                english_list(&words)
            ),
        })
    }

    pub fn kind_name(&self, kind: &ItemKind) -> &'static str {
        match (self.lang, kind) {
            (Lang::Sv, ItemKind::Scale { .. }) => "påstående 1–5",
            (Lang::Sv, ItemKind::YesNo) => "ja eller nej",
            (Lang::Sv, ItemKind::Choice { .. }) => "ett val av flera",
            (Lang::Sv, ItemKind::FreeText) => "fritext",
            (Lang::En, ItemKind::Scale { .. }) => "statement 1–5",
            (Lang::En, ItemKind::YesNo) => "yes or no",
            (Lang::En, ItemKind::Choice { .. }) => "one choice of several",
            (Lang::En, ItemKind::FreeText) => "free text",
        }
    }

    pub fn option_label(&self, i: usize) -> &'static str {
        const SV_LABELS: [&str; 8] = [
            "Alternativ 1",
            "Alternativ 2",
            "Alternativ 3",
            "Alternativ 4",
            "Alternativ 5",
            "Alternativ 6",
            "Alternativ 7",
            "Alternativ 8",
        ];
        const EN_LABELS: [&str; 8] = [
            "Option 1", "Option 2", "Option 3", "Option 4", "Option 5", "Option 6", "Option 7",
            "Option 8",
        ];
        let (labels, fallback) = match self.lang {
            Lang::Sv => (&SV_LABELS, "Alternativ"),
            Lang::En => (&EN_LABELS, "Option"),
        };
        labels.get(i).copied().unwrap_or(fallback)
    }
}

/// The words at 1 and at 5 of a new statement, in every language the app speaks.
pub fn scale_words() -> (Text, Text) {
    let words = |pick: fn(&SurveyTexts) -> &'static str| {
        let pairs: Vec<(&str, &str)> = (Lang::ALL.iter())
            .map(|l| (l.tag(), pick(SURVEY.get(*l))))
            .collect();
        Text::of(&pairs)
    };
    (words(|t| t.scale_low), words(|t| t.scale_high))
}

/// "a", "a and b", "a, b and c".
fn english_list(words: &[&str]) -> String {
    match words.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

pub static SV_SURVEY: SurveyTexts = SurveyTexts {
    lang: Lang::Sv,
    open: "Självskattning",
    title: "Självskattning",
    intro: &[
        "Deltagarna svarar anonymt på hur de mår och vad stödet ger dem: i början, under \
         insatsen och i slutet. Ett svar kopplas aldrig till en deltagare och sparar bara år och \
         månad.",
        "Deltagaren kan svara på den här enheten (du lämnar över den, och den låses till \
         formuläret) eller på sin egen telefon via en länk. Telefonen visar sedan en kod som du \
         tar emot här.",
    ],
    loading: "Hämtar formulär och svar …",
    form_not_found: "Formuläret finns inte i det här projektet. Det kan ha tagits bort.",
    back_to_forms: "Tillbaka till självskattning",
    forms_title: "Formulär",
    new_form: "Nytt formulär",
    copy_name: |name| format!("Kopia av {name}"),
    file_prefix: "sjalvskattning",
    scale_low: "Stämmer inte alls",
    scale_high: "Stämmer helt",
    languages: "Språk",
    item_count: |n| {
        if n == 1 {
            "1 fråga".into()
        } else {
            format!("{n} frågor")
        }
    },
    results: "Resultat",
    share: "Länk till telefon",
    edit_form: "Redigera",
    view_form: "Visa formuläret",
    copy: "Kopiera",
    copied: |name| format!("Formuläret är kopierat: {name}."),
    retire: "Sluta använda",
    reopen: "Använd igen",
    retired: |name| format!("”{name}” används inte längre. Svaren finns kvar."),
    reopened: |name| format!("”{name}” används igen."),
    retired_tag: "används inte",
    moment_legend: "Tidpunkt",
    kiosk_title: "Svara på den här enheten",
    kiosk_intro: "Välj formulär och tidpunkt och hitta på en PIN-kod. Enheten visar sedan bara \
        formuläret: efter varje svar kommer ett tomt formulär för nästa deltagare. För att komma \
        tillbaka hit behövs PIN-koden.",
    form_label: "Formulär",
    new_pin: "PIN-kod för att avsluta",
    new_pin_hint: formatcp!("{PIN_MIN} till {PIN_MAX} siffror. Den gäller bara den här gången."),
    pin_again: "Samma PIN-kod igen",
    kiosk_start: "Lämna över till deltagare",
    kiosk_no_form: "Det finns inget formulär som används. Skapa ett eller använd ett igen.",
    kiosk_not_saved: "Webbläsaren sparade inte låset, så läget startades inte. Kontrollera att \
        webbplatsdata är tillåten.",
    kiosk_form_missing: "Formuläret finns inte längre på den här enheten. Be coachen avsluta \
        med PIN-koden.",
    receive_title: "Ta emot svar från en telefon",
    receive_intro: "Skriv in koden som deltagarens telefon visar, eller läs dess QR-kod från en \
        bild eller med kameran. Samma svar räknas aldrig två gånger.",
    code_label: "Svarskod",
    code_hint: "Bindestreck och mellanslag spelar ingen roll, inte heller stora eller små \
        bokstäver.",
    add_answer: "Lägg till svaret",
    duplicate: "Det här svaret är redan sparat. Det räknas inte två gånger.",
    qr_from_image: "Läs QR-kod från en bild",
    qr_from_image_hint: "Ett foto eller en skärmbild av QR-koden på deltagarens telefon.",
    qr_reading: "Letar efter en QR-kod i bilden …",
    qr_none_found: "Ingen QR-kod hittades i bilden. Ta en skarpare bild där hela koden syns, \
        eller skriv in koden.",
    qr_too_large: |mb| {
        format!("Bilden är större än {mb} MB. Ta en skärmbild av koden i stället, eller skriv in koden.")
    },
    qr_not_an_image: "Filen gick inte att öppna som bild. Välj en bild i JPEG- eller PNG-format.",
    camera_start: "Skanna med kameran",
    camera_stop: "Stäng kameran",
    camera_label: "Kamerabild",
    camera_starting: "Startar kameran …",
    camera_hint: "Håll QR-koden framför kameran.",
    camera_unavailable: "Den här webbläsaren kan inte använda kameran här. Läs QR-koden från \
        en bild eller skriv in koden.",
    camera_refused: "Kameran gick inte att starta, eller så fick Stegvis inte använda den. Läs \
        QR-koden från en bild eller skriv in koden.",
    share_title: "Länk till deltagarens telefon",
    share_intro: "Deltagaren skannar QR-koden med telefonens kamera, eller får länken. Hela \
        formuläret finns i länken: inget skickas till någon server, och inget sparas på \
        telefonen. När deltagaren är klar visar telefonen en svarskod som du tar emot på \
        sidan Självskattning.",
    link_label: "Länk",
    link_qr_label: "QR-kod med länken till formuläret",
    link_too_long: "Formuläret är för stort för en QR-kod. Dela länken i stället, eller korta \
        formuläret.",
    copy_link: "Kopiera länken",
    link_copied: "Länken är kopierad.",
    open_link: "Öppna länken i en ny flik",
    link_size: |n| format!("Länken är {n} tecken lång."),
    builder_title: "Redigera formulär",
    locked_form: "Formuläret har svar och kan därför inte ändras: då skulle svaren inte gå att \
        jämföra. Kopiera formuläret om du vill göra en ändrad version.",
    edit_warning: "Har du redan delat en länk till formuläret? Då kan svar från den gamla länken \
        inte tas emot efter en ändring. Kopiera formuläret i stället om länken är ute.",
    preview_title: "Förhandsgranska",
    preview_hint: "Så här ser deltagaren formuläret. Förhandsgranskningen sparar inga svar.",
    form_name: "Formulärets namn",
    first_language: "(första språket)",
    add_language: "Lägg till språk",
    choose_language: "Välj språk …",
    remove_language: |name| format!("Ta bort språket {name}"),
    remove: "Ta bort",
    add_scale: "Lägg till påstående 1–5",
    add_yes_no: "Lägg till ja/nej-fråga",
    add_choice: "Lägg till fråga med alternativ",
    add_free_text: "Lägg till fritextfråga",
    add_option: "Lägg till alternativ",
    remove_option: "Ta bort sista alternativet",
    item_heading: |n, kind| format!("Fråga {n}: {kind}"),
    item_text: "Text",
    low_label: "Ord vid 1",
    high_label: "Ord vid 5",
    dimension_label: "Område (för stjärndiagrammet)",
    optional_item: "Frivillig att svara på",
    move_up: "Flytta upp",
    move_down: "Flytta ned",
    move_up_label: |n| format!("Flytta upp fråga {n}"),
    move_down_label: |n| format!("Flytta ned fråga {n}"),
    remove_item_label: |n| format!("Ta bort fråga {n}"),
    save_form: "Spara formuläret",
    saved: |name| format!("Formuläret ”{name}” är sparat."),
    results_title: "Resultat",
    min_group_label: "Minsta grupp som visas",
    min_group_hint: formatcp!(
        "Grupper med färre svar visas inte uppdelade, så att ingen kan kännas igen. Lägst {}.",
        MinGroup::FLOOR
    ),
    export_title: "Exportera",
    export_xlsx: "Ladda ned Excel (.xlsx)",
    export_csv: "Ladda ned CSV",
    print: "Skriv ut",
    items_title: "Fråga för fråga",
    change_title: "Från start till avslut, per område",
    paired_title: "Medelvärde vid start och vid avslut, per område",
    no_dimensions: "Formuläret har för få områden (minst tre behövs) för ett stjärndiagram.",
    free_texts_title: "Fritextsvar",
    free_texts_hint: "Svaren visas i slumpad ordning, så att ordningen inte avslöjar vem som \
        svarade när.",
    no_free_texts: "Inga fritextsvar.",
    too_few: |n, min| {
        format!(
            "För få svar för att visa ({n} svar, minst {min} behövs) så att ingen kan kännas igen."
        )
    },
    too_few_short: "för få svar för att visa",
    min_group_note: |min| format!("Grupper med färre än {min} svar visas inte uppdelade."),
    change_hidden: |n, min| {
        format!(
            "Jämförelsen visas när både start och avslut har minst {min} svar (den minsta \
             gruppen har nu {n})."
        )
    },
    answers_table_title: "Svar",
    summary_title: "Sammanfattning per fråga",
    col_item: "Fråga",
    col_moment: "Tidpunkt",
    col_month: "Månad",
    col_language: "Språk",
    col_n: "Antal svar",
    col_mean: "Medel",
    col_median: "Median",
    col_dimension: "Område",
    col_change: "Förändring",
    yes: "Ja",
    no: "Nej",
};

pub static EN_SURVEY: SurveyTexts = SurveyTexts {
    lang: Lang::En,
    open: "Self-evaluation",
    title: "Self-evaluation",
    intro: &[
        "Participants answer anonymously about how they are doing and what the support gives \
         them: at the start, during the programme and at the end. An answer is never linked to \
         a participant and keeps only the year and month.",
        "A participant can answer on this device (you hand it over, and it is locked to the \
         form) or on their own phone through a link. The phone then shows a code that you \
         receive here.",
    ],
    loading: "Loading forms and answers …",
    form_not_found: "The form is not in this project. It may have been deleted.",
    back_to_forms: "Back to self-evaluation",
    forms_title: "Forms",
    new_form: "New form",
    copy_name: |name| format!("Copy of {name}"),
    file_prefix: "self-evaluation",
    scale_low: "Not at all true",
    scale_high: "Completely true",
    languages: "Languages",
    item_count: |n| {
        if n == 1 {
            "1 question".to_owned()
        } else {
            format!("{n} questions")
        }
    },
    results: "Results",
    share: "Link for a phone",
    edit_form: "Edit",
    view_form: "View the form",
    copy: "Copy",
    copied: |name| format!("The form is copied: {name}."),
    retire: "Stop using",
    reopen: "Use again",
    retired: |name| format!("“{name}” is no longer in use. Its answers are kept."),
    reopened: |name| format!("“{name}” is in use again."),
    retired_tag: "not in use",
    moment_legend: "Time point",
    kiosk_title: "Answer on this device",
    kiosk_intro: "Choose a form and a time point, and make up a PIN. The device then shows only \
        the form: after each answer, a blank form appears for the next participant. The PIN is \
        needed to get back here.",
    form_label: "Form",
    new_pin: "PIN for leaving",
    new_pin_hint: formatcp!("{PIN_MIN} to {PIN_MAX} digits. It is only used this time."),
    pin_again: "The same PIN again",
    kiosk_start: "Hand over to a participant",
    kiosk_no_form: "There is no form in use. Create one, or start using one again.",
    kiosk_not_saved: "The browser did not save the lock, so the mode was not started. Check that \
        site data is allowed.",
    kiosk_form_missing: "The form is no longer on this device. Ask the coach to leave with the \
        PIN.",
    receive_title: "Receive answers from a phone",
    receive_intro: "Type in the code shown on the participant's phone, or read its QR code from \
        a picture or with the camera. The same answer is never counted twice.",
    code_label: "Answer code",
    code_hint: "Dashes and spaces do not matter, and neither do capital or small letters.",
    add_answer: "Add the answer",
    duplicate: "This answer is already saved. It is not counted twice.",
    qr_from_image: "Read a QR code from a picture",
    qr_from_image_hint: "A photo or screenshot of the QR code on the participant's phone.",
    qr_reading: "Looking for a QR code in the picture …",
    qr_none_found: "No QR code was found in the picture. Take a sharper picture where the whole \
        code can be seen, or type in the code.",
    qr_too_large: |mb| {
        format!("The picture is larger than {mb} MB. Take a screenshot of the code instead, or type the code.")
    },
    qr_not_an_image: "The file could not be opened as a picture. Choose a picture in JPEG or PNG \
        format.",
    camera_start: "Scan with the camera",
    camera_stop: "Close the camera",
    camera_label: "Camera view",
    camera_starting: "Starting the camera …",
    camera_hint: "Hold the QR code in front of the camera.",
    camera_unavailable: "This browser cannot use the camera here. Read the QR code from a \
        picture or type in the code.",
    camera_refused: "The camera could not be started, or Stegvis was not allowed to use it. \
        Read the QR code from a picture or type in the code.",
    share_title: "Link for the participant's phone",
    share_intro: "The participant scans the QR code with the phone's camera, or gets the link. \
        The whole form is in the link: nothing is sent to any server, and nothing is saved on \
        the phone. When the participant is done, the phone shows an answer code that you \
        receive on the Self-evaluation page.",
    link_label: "Link",
    link_qr_label: "QR code with the link to the form",
    link_too_long: "The form is too large for a QR code. Share the link instead, or shorten the \
        form.",
    copy_link: "Copy the link",
    link_copied: "The link is copied.",
    open_link: "Open the link in a new tab",
    link_size: |n| format!("The link is {n} characters long."),
    builder_title: "Edit form",
    locked_form: "The form has answers and so cannot be changed: the answers would no longer be \
        comparable. Copy the form if you want to make a changed version.",
    edit_warning: "Have you already shared a link to the form? Then answers from the old link \
        cannot be received after a change. Copy the form instead if the link is out.",
    preview_title: "Preview",
    preview_hint: "This is how the participant sees the form. The preview saves no answers.",
    form_name: "Name of the form",
    first_language: "(first language)",
    add_language: "Add language",
    choose_language: "Choose language …",
    remove_language: |name| format!("Remove the language {name}"),
    remove: "Remove",
    add_scale: "Add statement 1–5",
    add_yes_no: "Add yes/no question",
    add_choice: "Add question with options",
    add_free_text: "Add free-text question",
    add_option: "Add option",
    remove_option: "Remove the last option",
    item_heading: |n, kind| format!("Question {n}: {kind}"),
    item_text: "Text",
    low_label: "Words at 1",
    high_label: "Words at 5",
    dimension_label: "Area (for the radar chart)",
    optional_item: "Optional to answer",
    move_up: "Move up",
    move_down: "Move down",
    move_up_label: |n| format!("Move up question {n}"),
    move_down_label: |n| format!("Move down question {n}"),
    remove_item_label: |n| format!("Remove question {n}"),
    save_form: "Save the form",
    saved: |name| format!("The form “{name}” is saved."),
    results_title: "Results",
    min_group_label: "Smallest group shown",
    min_group_hint: formatcp!(
        "Groups with fewer answers are not shown separately, so that no one can be recognised. \
         At least {}.",
        MinGroup::FLOOR
    ),
    export_title: "Export",
    export_xlsx: "Download Excel (.xlsx)",
    export_csv: "Download CSV",
    print: "Print",
    items_title: "Question by question",
    change_title: "From start to end, by area",
    paired_title: "Mean at the start and at the end, by area",
    no_dimensions: "The form has too few areas (at least three are needed) for a radar chart.",
    free_texts_title: "Free-text answers",
    free_texts_hint: "The answers are shown in random order, so that the order does not reveal \
        who answered when.",
    no_free_texts: "No free-text answers.",
    too_few: |n, min| {
        let answers = if n == 1 { "answer" } else { "answers" };
        format!(
            "Too few answers to show ({n} {answers}, at least {min} needed), so that no one can \
             be recognised."
        )
    },
    too_few_short: "too few answers to show",
    min_group_note: |min| format!("Groups with fewer than {min} answers are not shown separately."),
    change_hidden: |n, min| {
        format!(
            "The comparison is shown when both start and end have at least {min} answers (the \
             smallest group now has {n})."
        )
    },
    answers_table_title: "Answers",
    summary_title: "Summary by question",
    col_item: "Question",
    col_moment: "Time point",
    col_month: "Month",
    col_language: "Language",
    col_n: "Answers",
    col_mean: "Mean",
    col_median: "Median",
    col_dimension: "Area",
    col_change: "Change",
    yes: "Yes",
    no: "No",
};

/// These texts in the current language.
pub static SURVEY: super::Localized<SurveyTexts> = super::Localized {
    sv: &SV_SURVEY,
    en: &EN_SURVEY,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_lists_use_commas_and_a_final_and() {
        assert_eq!(english_list(&[]), "");
        assert_eq!(english_list(&["a"]), "a");
        assert_eq!(english_list(&["a", "b"]), "a and b");
        assert_eq!(english_list(&["a", "b", "c"]), "a, b and c");
    }

    #[test]
    fn each_catalogue_knows_its_language() {
        assert_eq!(SV_SURVEY.lang, Lang::Sv);
        assert_eq!(EN_SURVEY.lang, Lang::En);
        assert_eq!(SURVEY.get(Lang::En).moment(Moment::End), "End");
    }
}
