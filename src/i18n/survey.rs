//! Texts of the coach's self-evaluation pages (Swedish), and the words for the survey's typed
//! errors: answer codes, PINs and form problems.

use crate::domain::{Id, Timestamp};
use crate::survey::check::FormProblem;
use crate::survey::code::CodeError;
use crate::survey::kiosk::PinProblem;
use crate::survey::screening::Flag;
use crate::survey::{Form, Item, ItemKind, Moment, Text};

pub struct SurveyTexts {
    pub open: &'static str,
    pub title: &'static str,
    pub intro: &'static [&'static str],
    pub loading: &'static str,
    pub form_not_found: &'static str,
    pub back_to_forms: &'static str,
    pub forms_title: &'static str,
    pub new_form: &'static str,
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
    pub export_failed: &'static str,
    pub print: &'static str,
    pub items_title: &'static str,
    pub change_title: &'static str,
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

impl SurveyTexts {
    pub fn moment(&self, m: Moment) -> &'static str {
        match m {
            Moment::Start => "Start",
            Moment::During => "Under insatsen",
            Moment::End => "Avslut",
        }
    }

    /// "Start: 4 svar · Under insatsen: 0 svar · Avslut: 2 svar"
    pub fn counts_line(&self, counts: [usize; 3]) -> String {
        Moment::ALL
            .iter()
            .zip(counts)
            .map(|(m, n)| format!("{}: {n} svar", self.moment(*m)))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    pub fn code_error(&self, e: &CodeError) -> String {
        match e {
            CodeError::Empty => "Skriv in svarskoden från deltagarens telefon.".into(),
            CodeError::BadCharacter(c) => format!(
                "Tecknet ”{c}” finns inte i svarskoder. Koder har bara siffror och bokstäverna \
                 A–Z utom I, L, O och U. Kontrollera det du skrev."
            ),
            CodeError::TooShort => {
                "Koden är för kort. Kontrollera att du fick med hela koden.".into()
            }
            CodeError::Checksum => "Koden stämmer inte. Något tecken är troligen felskrivet: \
                jämför tecken för tecken med koden på telefonen. Inget sparades."
                .into(),
            CodeError::NewerVersion(_) => {
                "Koden kommer från en nyare version av Stegvis. Ladda om \
                sidan och försök igen."
                    .into()
            }
            CodeError::UnknownForm => "Koden hör inte till något formulär i det här projektet. \
                Kontrollera att du har rätt projekt öppet."
                .into(),
            CodeError::DoesNotFit => "Koden passar inte formuläret den säger sig höra till. \
                Be deltagaren visa koden igen. Inget sparades."
                .into(),
        }
    }

    pub fn pin_problem(&self, p: PinProblem) -> &'static str {
        match p {
            PinProblem::Format => "PIN-koden ska ha 4 till 8 siffror.",
            PinProblem::Mismatch => "De två PIN-koderna är olika. Skriv samma kod två gånger.",
        }
    }

    pub fn form_problem(&self, p: &FormProblem) -> String {
        match p {
            FormProblem::NoName => "Ge formuläret ett namn.".into(),
            FormProblem::NoItems => "Lägg till minst en fråga.".into(),
            FormProblem::TooManyItems => "Ett formulär kan ha högst 40 frågor.".into(),
            FormProblem::Languages => "Formuläret behöver ett språk (högst 16).".into(),
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
        }
    }

    pub fn received(&self, form: &str, moment: Moment, month: &str) -> String {
        format!(
            "Svaret är sparat: {form}, {}, {month}.",
            self.moment(moment).to_lowercase()
        )
    }

    pub fn flags_text(&self, flags: &[Flag]) -> Option<String> {
        let words: Vec<&str> = flags
            .iter()
            .map(|f| match f {
                Flag::Personnummer => "ett personnummer",
                Flag::Phone => "ett telefonnummer",
                Flag::Email => "en e-postadress",
            })
            .collect();
        (!words.is_empty()).then(|| {
            format!(
                "Obs! Texten verkar innehålla {}. Ta bort det om svaret ska delas vidare.",
                words.join(" och ")
            )
        })
    }

    pub fn kind_name(&self, kind: &ItemKind) -> &'static str {
        match kind {
            ItemKind::Scale { .. } => "påstående 1–5",
            ItemKind::YesNo => "ja eller nej",
            ItemKind::Choice { .. } => "ett val av flera",
            ItemKind::FreeText => "fritext",
        }
    }

    pub fn option_label(&self, i: usize) -> &'static str {
        const LABELS: [&str; 8] = [
            "Alternativ 1",
            "Alternativ 2",
            "Alternativ 3",
            "Alternativ 4",
            "Alternativ 5",
            "Alternativ 6",
            "Alternativ 7",
            "Alternativ 8",
        ];
        LABELS.get(i).copied().unwrap_or("Alternativ")
    }

    pub fn default_low(&self) -> Text {
        Text::of(&[("sv", "Stämmer inte alls"), ("en", "Not at all true")])
    }

    pub fn default_high(&self) -> Text {
        Text::of(&[("sv", "Stämmer helt"), ("en", "Completely true")])
    }

    /// A new form with one empty statement, in Swedish.
    pub fn blank_form(&self, project: Id, now: Timestamp) -> Form {
        Form {
            id: Id::random(),
            project_id: project,
            name: "Nytt formulär".into(),
            languages: vec!["sv".into()],
            items: vec![Item {
                id: Id::random(),
                text: Text::default(),
                kind: ItemKind::Scale {
                    low: self.default_low(),
                    high: self.default_high(),
                },
                dimension: None,
                optional: false,
            }],
            retired: false,
            updated_at: now,
        }
    }

    /// A copy with new ids, named "Kopia av …", open for editing.
    pub fn copy_of(&self, form: &Form, now: Timestamp) -> Form {
        let mut copy = form.clone();
        copy.id = Id::random();
        copy.name = format!("Kopia av {}", form.name);
        copy.retired = false;
        copy.updated_at = now;
        for item in &mut copy.items {
            item.id = Id::random();
        }
        copy
    }

    /// A file name from the form's name: letters, digits and dashes.
    pub fn file_stem(&self, name: &str) -> String {
        let clean: String = name
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        format!("sjalvskattning-{}", clean.trim_matches('-'))
    }
}

pub static SV_SURVEY: SurveyTexts = SurveyTexts {
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
    languages: "Språk",
    item_count: |n| format!("{n} frågor"),
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
    new_pin_hint: "4 till 8 siffror. Den gäller bara den här gången.",
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
    min_group_hint: "Grupper med färre svar visas inte uppdelade, så att ingen kan kännas \
        igen. Lägst 3.",
    export_title: "Exportera",
    export_xlsx: "Ladda ned Excel (.xlsx)",
    export_csv: "Ladda ned CSV",
    export_failed: "Filen kunde inte skapas. Försök igen, eller starta om webbläsaren.",
    print: "Skriv ut",
    items_title: "Fråga för fråga",
    change_title: "Från start till avslut, per område",
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
