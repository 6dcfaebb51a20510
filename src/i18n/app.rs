//! The app's own texts: the frame around every page, reminders, the crash page, the words for
//! genders and phases, and what is wrong with a field or with storage; in Swedish and English.

use super::{backup, catalogue, Lang, Localized};
use crate::domain::date::{FIRST_YEAR, LAST_YEAR};
use crate::domain::journey::{MAX_FOLLOW_UPS, MAX_MONTHS, MAX_WAIT_DAYS, MAX_WEEKS};
use crate::domain::validate::{Problem, MAX_AGE, MAX_CODE_LEN, MIN_AGE};
use crate::domain::{Gender, Phase};
use crate::storage::StorageError;
use const_format::formatcp;

catalogue! {
    /// The app's own texts in one language.
    pub struct Texts {
        /// The language this catalogue is written in.
        pub lang: Lang,
        pub app_name: &'static str,
        pub app_tagline: &'static str,
        pub skip_to_content: &'static str,
        pub nav_projects: &'static str,
        pub nav_label: &'static str,
        pub loading: &'static str,
        /// A page whose code is fetched on first use (src/app/chunks.rs), if that takes a while.
        pub page_loading: &'static str,
        /// That code could not be fetched (offline before it was ever loaded, or replaced).
        pub page_unavailable: &'static str,
        pub page_retry: &'static str,
        pub saving: &'static str,
        pub save: &'static str,
        pub cancel: &'static str,
        pub back_to_projects: &'static str,
        pub not_found_title: &'static str,
        pub not_found_body: &'static str,
        pub required_marker: &'static str,
        pub fix_errors: &'static str,
        /// While an export file is made (the first time, the file worker is also downloaded).
        // The backup reminder and Safari's seven-day rule (start page, project page).
        pub backup_reminder_title: &'static str,
        pub backup_reminder_body: &'static str,
        pub safari_title: &'static str,
        pub safari_body: &'static [&'static str],
        pub safari_read: &'static str,
        /// A new version of the app has been downloaded and waits for the coach.
        pub update_ready: &'static str,
        pub update_now: &'static str,
        pub making_file: &'static str,
        pub file_failed: &'static str,
        /// The file worker could not be loaded: offline before it was ever cached, or a broken copy.
        pub file_tools_unavailable: &'static str,
        /// The page a panic shows.
        pub crash_title: &'static str,
        pub crash_body: &'static str,
        pub crash_reload: &'static str,
        /// The file worker started but stopped while reading or writing a file.
        pub file_tools_crashed: &'static str,
        pub genders: [&'static str; 4],
        pub phases: [&'static str; 5],
        pub problems: ProblemTexts,
        pub storage: StorageTexts,
    }
}

catalogue! {
    /// What is wrong with a field, said next to it.
    pub struct ProblemTexts {
        pub required: &'static str,
        pub invalid_date: &'static str,
        pub invalid_whole_number: &'static str,
        pub not_positive: &'static str,
        pub percent_out_of_range: &'static str,
        pub end_before_start: &'static str,
        pub too_far_ahead: &'static str,
        pub too_young: &'static str,
        pub too_old: &'static str,
        pub duplicate_code: &'static str,
        pub duplicate_label: &'static str,
        pub code_too_long: &'static str,
        pub looks_like_personnummer: &'static str,
        pub before_start: &'static str,
        pub before_previous_phase: &'static str,
        pub after_end: &'static str,
        pub same_phase: &'static str,
        pub invalid_age_bands: &'static str,
        pub date_out_of_range: &'static str,
        pub referral_after_start: &'static str,
        pub start_or_referral_required: &'static str,
        pub not_later: &'static str,
        pub planned_end_before_start: &'static str,
        pub out_of_range: &'static str,
        pub invalid_follow_ups: &'static str,
        pub before_discharge: &'static str,
        pub before_referral: &'static str,
        pub already_recorded: &'static str,
        pub not_in_list: &'static str,
        pub overlaps: &'static str,
        pub negative_amount: &'static str,
        pub invalid_amount: &'static str,
        pub amount_too_large: &'static str,
        pub period_overlaps: &'static str,
        pub not_after_recorded: &'static str,
        pub below_recorded: &'static str,
        pub contains_markup: &'static str,
        pub text_too_long: &'static str,
    }
}

catalogue! {
    /// What went wrong with storage, and what to do about it.
    pub struct StorageTexts {
        pub unavailable: &'static str,
        pub quota: &'static str,
        pub corrupt: &'static str,
        pub failed: &'static str,
        /// An edit refused because another tab saved the same record after this one read it.
        pub stale: &'static str,
        /// The data is protected with a passphrase and this tab is locked.
        pub locked: &'static str,
        /// The record's project was deleted (in another tab) before the save.
        pub project_gone: &'static str,
        /// The record breaks a rule against what is stored now (the reasons).
        pub refused: fn(&str) -> String,
        pub kept_typed: &'static str,
    }
}

/// A failure the coach is told about: storage failing, or a record the write path refused.
pub trait Failure {
    fn words(&self, t: &Texts) -> String;
}

impl Failure for StorageError {
    fn words(&self, t: &Texts) -> String {
        t.storage_words(self).to_owned()
    }
}

impl Failure for crate::repo::SaveError {
    fn words(&self, t: &Texts) -> String {
        match self {
            crate::repo::SaveError::Storage(e) => t.storage_words(e).to_owned(),
            // The project went while the form was open (another tab deleted it).
            crate::repo::SaveError::Refused(problems)
                if problems.contains(&crate::domain::check::RecordProblem::NoProject) =>
            {
                t.storage_words(&StorageError::ProjectGone).to_owned()
            }
            crate::repo::SaveError::Refused(problems) => {
                let why: Vec<&str> = (problems.iter())
                    .map(|p| backup::BACKUP.get(t.lang).record_problem(*p))
                    .collect();
                (t.storage.refused)(&why.join("; "))
            }
        }
    }
}

/// Domain values in words. The words come from the catalogue's own fields, so each language's
/// catalogue answers in its language.
impl Texts {
    pub fn gender(&self, g: Gender) -> &'static str {
        let i = Gender::ALL.iter().position(|x| *x == g).unwrap_or(3);
        self.genders[i]
    }

    pub fn phase(&self, p: Phase) -> &'static str {
        let i = Phase::ALL.iter().position(|x| *x == p).unwrap_or(0);
        self.phases[i]
    }

    pub fn problem(&self, p: Problem) -> &'static str {
        let t = &self.problems;
        match p {
            Problem::Required => t.required,
            Problem::InvalidDate => t.invalid_date,
            Problem::InvalidWholeNumber => t.invalid_whole_number,
            Problem::NotPositive => t.not_positive,
            Problem::PercentOutOfRange => t.percent_out_of_range,
            Problem::EndBeforeStart => t.end_before_start,
            Problem::TooFarAhead => t.too_far_ahead,
            Problem::TooYoung => t.too_young,
            Problem::TooOld => t.too_old,
            Problem::DuplicateCode => t.duplicate_code,
            Problem::DuplicateLabel => t.duplicate_label,
            Problem::CodeTooLong => t.code_too_long,
            Problem::LooksLikePersonnummer => t.looks_like_personnummer,
            Problem::BeforeStart => t.before_start,
            Problem::BeforePreviousPhase => t.before_previous_phase,
            Problem::AfterEnd => t.after_end,
            Problem::SamePhase => t.same_phase,
            Problem::InvalidAgeBands => t.invalid_age_bands,
            Problem::DateOutOfRange => t.date_out_of_range,
            Problem::ReferralAfterStart => t.referral_after_start,
            Problem::StartOrReferralRequired => t.start_or_referral_required,
            Problem::NotLater => t.not_later,
            Problem::PlannedEndBeforeStart => t.planned_end_before_start,
            Problem::OutOfRange => t.out_of_range,
            Problem::InvalidFollowUps => t.invalid_follow_ups,
            Problem::BeforeDischarge => t.before_discharge,
            Problem::BeforeReferral => t.before_referral,
            Problem::AlreadyRecorded => t.already_recorded,
            Problem::NotInList => t.not_in_list,
            Problem::Overlaps => t.overlaps,
            Problem::NegativeAmount => t.negative_amount,
            Problem::InvalidAmount => t.invalid_amount,
            Problem::AmountTooLarge => t.amount_too_large,
            Problem::PeriodOverlaps => t.period_overlaps,
            Problem::NotAfterRecorded => t.not_after_recorded,
            Problem::BelowRecorded => t.below_recorded,
            Problem::ContainsMarkup => t.contains_markup,
            Problem::TextTooLong => t.text_too_long,
        }
    }

    /// Why a save or a read failed, followed by the reassurance that the form keeps its text.
    pub fn storage_error_kept(&self, e: &impl Failure) -> String {
        format!("{} {}", e.words(self), self.storage.kept_typed)
    }

    /// Why a save or a read failed, including what the coach can do.
    pub fn storage_error(&self, e: &impl Failure) -> String {
        e.words(self)
    }

    /// The storage error in words.
    fn storage_words(&self, e: &StorageError) -> &'static str {
        match e {
            StorageError::Unavailable(_) => self.storage.unavailable,
            StorageError::QuotaExceeded => self.storage.quota,
            StorageError::Corrupt(_) => self.storage.corrupt,
            StorageError::Failed(_) => self.storage.failed,
            StorageError::Stale => self.storage.stale,
            StorageError::Locked => self.storage.locked,
            StorageError::ProjectGone => self.storage.project_gone,
        }
    }
}

pub static SV_APP: Texts = Texts {
    lang: Lang::Sv,
    app_name: "Stegvis",
    app_tagline: "Uppföljning av deltagare i din insats",
    skip_to_content: "Hoppa till innehållet",
    nav_projects: "Projekt",
    nav_label: "Huvudmeny",
    loading: "Hämtar dina uppgifter …",
    page_loading: "Hämtar sidan …",
    page_unavailable: "Sidan kunde inte hämtas. Kontrollera anslutningen och försök igen. Inget du har sparat går förlorat.",
    page_retry: "Ladda om",
    saving: "Sparar …",
    save: "Spara",
    cancel: "Avbryt",
    back_to_projects: "Till alla projekt",
    not_found_title: "Sidan finns inte",
    not_found_body: "Adressen leder inte till någon sida i Stegvis. Gå tillbaka till dina projekt.",
    required_marker: "(måste fyllas i)",
    fix_errors: "Något behöver rättas innan vi kan spara. Se meddelandena vid fälten.",
    backup_reminder_title: "Ta en säkerhetskopia",
    backup_reminder_body: "Du har ändringar som inte finns i någon säkerhetskopia än. Uppgifterna \
        finns bara i den här webbläsaren.",
    safari_title: "Safari kan radera dina uppgifter",
    safari_body: &[
        "Safari, och alla webbläsare på iPhone och iPad, raderar det en webbplats har sparat om \
         du inte har besökt den på sju dagar. Det gäller också Stegvis.",
        "Så undviker du det: lägg till Stegvis på hemskärmen (Dela, sedan Lägg till på \
         hemskärmen) och öppna Stegvis därifrån. Ladda också ned en säkerhetskopia regelbundet.",
    ],
    safari_read: "Jag förstår",
    update_ready: "En ny version av Stegvis finns. Det du har sparat finns kvar när du \
        uppdaterar; spara först det du håller på med.",
    update_now: "Uppdatera nu",
    making_file: "Skapar filen …",
    file_failed: "Filen kunde inte skapas. Försök igen, eller starta om webbläsaren.",
    file_tools_unavailable: "Den del av Stegvis som läser och skriver Excel-filer kunde inte \
        laddas. Kontrollera internetanslutningen och försök igen. Dina uppgifter är orörda.",
    crash_title: "Något gick fel",
    crash_body: "Stegvis stannade på grund av ett fel. Allt du har sparat finns kvar på \
        enheten. Ladda om sidan för att fortsätta.",
    crash_reload: "Ladda om",
    file_tools_crashed: "Filen gick inte att läsa eller skriva: den är troligen för stor eller \
        skadad. Inget sparades och dina uppgifter är orörda. Försök med en mindre fil.",

    genders: ["Kvinna", "Man", "Annat", "Ej angivet"],
    phases: [
        "Kartläggning, yrkesprofil",
        "Introduktion eller gruppvägledning",
        "Arbetsträning eller praktik",
        "Arbete eller studier med stöd",
        "Uppföljning",
    ],
    problems: ProblemTexts {
        required: "Fyll i det här fältet.",
        invalid_date: "Skriv datumet som år-månad-dag, till exempel 2025-03-14.",
        invalid_whole_number: "Skriv ett heltal med siffror, till exempel 25.",
        not_positive: "Talet måste vara 1 eller större.",
        percent_out_of_range: "Skriv en procentsats mellan 0 och 100.",
        end_before_start: "Slutdatumet kan inte vara före startdatumet.",
        too_far_ahead: "Datumet ligger mer än ett år fram i tiden. Kontrollera året.",
        too_young: formatcp!(
            "Födelseåret gör deltagaren yngre än {MIN_AGE} år vid start. Kontrollera året."
        ),
        too_old: formatcp!(
            "Födelseåret gör deltagaren äldre än {MAX_AGE} år vid start. Kontrollera året."
        ),
        duplicate_code: "Den koden används redan i projektet. Välj en annan kod.",
        duplicate_label: "Det namnet finns redan i listan. Välj ett annat namn.",
        code_too_long: formatcp!("Koden får vara högst {MAX_CODE_LEN} tecken."),
        looks_like_personnummer: "Det här liknar ett personnummer. Personnummer får inte sparas \
             i Stegvis. Ta bort det innan du sparar.",
        before_start: "Datumet kan inte vara före deltagarens startdatum.",
        before_previous_phase: "Datumet kan inte vara före starten av den förra fasen.",
        after_end: "Datumet kan inte vara efter deltagarens slutdatum.",
        same_phase: "Deltagaren är redan i den fasen. Välj en annan fas.",
        invalid_age_bands: "Skriv åldrar från 0 till 120 i stigande ordning, med komma emellan. \
             Exempel: 16, 30, 50, 65.",
        date_out_of_range: formatcp!(
            "Datumet måste ligga mellan år {FIRST_YEAR} och {LAST_YEAR}. Kontrollera året."
        ),
        referral_after_start: "Anvisningsdatumet kan inte vara efter startdatumet.",
        start_or_referral_required: "Fyll i startdatum, eller anvisningsdatum om deltagaren \
             väntar på att börja.",
        not_later: "Förlängningen måste flytta det planerade slutet till ett senare datum.",
        planned_end_before_start: "Det planerade slutet kan inte vara före startdatumet.",
        out_of_range: formatcp!(
            "Skriv ett heltal från 1 och uppåt: högst {MAX_MONTHS} månader, {MAX_WEEKS} veckor \
             eller {MAX_WAIT_DAYS} dagar."
        ),
        invalid_follow_ups: formatcp!(
            "Skriv högst {MAX_FOLLOW_UPS} antal månader från 1 till {MAX_MONTHS} i stigande \
             ordning, med komma emellan. Exempel: 6, 12."
        ),
        before_discharge: "En uppföljning efter avslut kan inte vara före avslutsdatumet.",
        before_referral: "Datumet kan inte vara före anvisningsdatumet.",
        already_recorded: "Den uppföljningen är redan registrerad.",
        not_in_list: "Välj ett alternativ i listan.",
        overlaps: "Det nya deltagandet måste börja efter slutdatumet för det förra.",
        negative_amount: "Beloppet kan inte vara negativt. Skriv det som ett belopp i kronor, \
             till exempel 125 000.",
        invalid_amount: "Skriv beloppet i kronor med siffror, till exempel 125 000 eller \
             125 000,50.",
        amount_too_large: "Beloppet är större än någon insats kommer i närheten av (högst \
             100 000 000 kr, också tillsammans med det som redan är registrerat). Kontrollera \
             siffrorna.",
        period_overlaps: "Perioden överlappar en period som redan är registrerad. Välj datum \
             efter den, eller ta bort den först.",
        not_after_recorded: "Datumet måste vara efter den sista registrerade perioden.",
        below_recorded: "Totalen är lägre än det som redan är registrerat. Ta bort en period \
             om den var fel.",
        contains_markup: "Skriv vanlig text utan HTML (inga < följt av en bokstav).",
        text_too_long: "Texten är för lång: högst 20 000 tecken.",
    },
    storage: StorageTexts {
        unavailable: "Webbläsaren tillåter inte att Stegvis sparar här. Det händer i privat \
             läge eller om webbplatsdata är blockerad. Öppna Stegvis i ett vanligt fönster, \
             eller be IT-stöd att tillåta webbplatsdata för den här adressen.",
        quota: "Enheten har inte plats för mer. Inget nytt sparades. Frigör utrymme, eller ta \
             en säkerhetskopia och rensa gamla projekt, och försök igen.",
        corrupt: "En sparad uppgift gick inte att läsa. Ingenting har ändrats. Kontakta den som \
             ansvarar för Stegvis hos er.",
        failed: "Det gick inte att spara. Ingenting har ändrats. Försök igen om en stund.",
        stale: "Någon har ändrat det här i en annan flik eller ett annat fönster efter att du \
             öppnade det, så din ändring sparades inte. Ladda om sidan för att se ändringen och \
             gör sedan din ändring igen.",
        refused: |why| {
            format!(
                "Det här går inte att spara: {why}. Någon kan ha ändrat projektet i en annan flik."
            )
        },
        project_gone: "Projektet finns inte längre: det har tagits bort, kanske i en annan flik \
             eller ett annat fönster. Inget sparades. Gå till projektlistan.",
        locked: "Stegvis är låst, eller så har lösenfrasen bytts i en annan flik. Ingenting \
             sparades. Ladda om sidan och lås upp med lösenfrasen.",
        kept_typed: "Det du skrev finns kvar i formuläret.",
    },
};

pub static EN_APP: Texts = Texts {
    lang: Lang::En,
    app_name: "Stegvis",
    app_tagline: "Follow-up of the participants in your project",
    skip_to_content: "Skip to content",
    nav_projects: "Projects",
    nav_label: "Main menu",
    loading: "Loading your data …",
    page_loading: "Loading the page …",
    page_unavailable: "The page could not be loaded. Check the connection and try again. Nothing you have saved is lost.",
    page_retry: "Reload",
    saving: "Saving …",
    save: "Save",
    cancel: "Cancel",
    back_to_projects: "To all projects",
    not_found_title: "Page not found",
    not_found_body: "This address does not lead to a page in Stegvis. Go back to your projects.",
    required_marker: "(required)",
    fix_errors: "Something needs to be corrected before we can save. See the messages next to \
         the fields.",
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
        too_young: formatcp!(
            "The year of birth makes the participant younger than {MIN_AGE} at the start. Check the year."
        ),
        too_old: formatcp!(
            "The year of birth makes the participant older than {MAX_AGE} at the start. Check the year."
        ),
        duplicate_code: "That code is already used in the project. Choose another code.",
        duplicate_label: "That name is already in the list. Choose another name.",
        code_too_long: formatcp!("The code can be at most {MAX_CODE_LEN} characters."),
        looks_like_personnummer: "This looks like a Swedish personal identity number \
             (personnummer). Personal identity numbers must not be stored in Stegvis. Remove it \
             before you save.",
        before_start: "The date cannot be before the participant's start date.",
        before_previous_phase: "The date cannot be before the start of the previous phase.",
        after_end: "The date cannot be after the participant's end date.",
        same_phase: "The participant is already in that phase. Choose another phase.",
        invalid_age_bands: "Write ages from 0 to 120 in rising order, separated by commas. \
             Example: 16, 30, 50, 65.",
        date_out_of_range: formatcp!(
            "The date must be between the years {FIRST_YEAR} and {LAST_YEAR}. Check the year."
        ),
        referral_after_start: "The referral date cannot be after the start date.",
        start_or_referral_required: "Fill in the start date, or the referral date if the \
             participant is waiting to start.",
        not_later: "The extension must move the planned end to a later date.",
        planned_end_before_start: "The planned end cannot be before the start date.",
        out_of_range: formatcp!(
            "Write a whole number from 1: at most {MAX_MONTHS} months, {MAX_WEEKS} weeks or \
             {MAX_WAIT_DAYS} days."
        ),
        invalid_follow_ups: formatcp!(
            "Write at most {MAX_FOLLOW_UPS} numbers of months from 1 to {MAX_MONTHS} in rising \
             order, separated by commas. Example: 6, 12."
        ),
        before_discharge: "A follow-up after exit cannot be before the end date.",
        before_referral: "The date cannot be before the referral date.",
        already_recorded: "That follow-up is already recorded.",
        not_in_list: "Choose an option from the list.",
        overlaps: "The new participation must begin after the end date of the previous one.",
        negative_amount: "The amount cannot be negative. Write it as an amount in kronor, for \
             example 125 000.",
        invalid_amount: "Write the amount in kronor with digits, for example 125 000 or \
             125 000.50.",
        amount_too_large: "The amount is larger than any project comes close to (at most \
             100 000 000 kr, also together with what is already recorded). Check the figures.",
        period_overlaps: "The period overlaps one already recorded. Choose dates after it, or \
             remove it first.",
        not_after_recorded: "The date must be after the last recorded period.",
        below_recorded: "The total is lower than what is already recorded. Remove a period if \
             it was wrong.",
        contains_markup: "Write plain text without HTML (no < followed by a letter).",
        text_too_long: "The text is too long: at most 20,000 characters.",
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

/// The texts in the current language.
pub static TEXTS: Localized<Texts> = Localized {
    sv: &SV_APP,
    en: &EN_APP,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_has_a_distinct_non_empty_text() {
        let texts: Vec<&str> = Problem::ALL.iter().map(|p| SV_APP.problem(*p)).collect();
        for (i, t) in texts.iter().enumerate() {
            assert!(!t.trim().is_empty());
            assert!(!texts[i + 1..].contains(t), "{t:?} is used twice");
        }
    }

    #[test]
    fn the_date_range_message_names_the_years_that_are_enforced() {
        use crate::domain::date::{FIRST_YEAR, LAST_YEAR};
        for lang in Lang::ALL {
            let t = TEXTS.get(lang).problem(Problem::DateOutOfRange);
            assert!(t.contains(&FIRST_YEAR.to_string()) && t.contains(&LAST_YEAR.to_string()));
        }
    }

    #[test]
    fn the_personnummer_message_says_why_and_what_to_do() {
        let t = SV_APP.problem(Problem::LooksLikePersonnummer);
        assert!(t.contains("personnummer"));
        assert!(t.contains("Ta bort"));
    }
}
