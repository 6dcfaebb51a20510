//! Texts of the backup page, in Swedish and English.

use super::catalogue;
use super::Lang;
use crate::domain::check::RecordProblem;
use crate::domain::date::{FIRST_YEAR, LAST_YEAR};
use crate::formats::backup::{BackupError, Counts};
use const_format::formatcp;

catalogue! {
    pub struct BackupTexts {
        /// The language of these texts; numbers are written the way it writes them.
        pub lang: Lang,
        pub title: &'static str,
        pub nav: &'static str,
        pub intro: &'static [&'static str],
        pub last_backup: fn(&str) -> String,
        pub never_backed_up: &'static str,
        pub download_title: &'static str,
        pub download: &'static str,
        pub preparing: &'static str,
        pub downloaded: &'static str,
        // Automatic backup to a chosen file (Edge, Chrome).
        pub auto_title: &'static str,
        pub auto_unsupported: &'static str,
        pub auto_intro: &'static str,
        pub auto_choose: &'static str,
        /// The file's name, and when it was last written this session.
        pub auto_on: fn(&str, Option<&str>) -> String,
        pub auto_stop: &'static str,
        pub auto_needs_permission: fn(&str) -> String,
        pub auto_resume: &'static str,
        pub auto_failed: fn(&str) -> String,
        pub restore_title: &'static str,
        pub restore_intro: &'static str,
        pub choose_file: &'static str,
        pub reading: &'static str,
        pub plan_title: &'static str,
        pub made_at: fn(&str, &str) -> String,
        pub projects: &'static str,
        pub participants: &'static str,
        pub forms: &'static str,
        pub answers: &'static str,
        pub nothing_to_do: &'static str,
        pub restore: &'static str,
        pub restoring: &'static str,
        pub restored: &'static str,
        pub storage_title: &'static str,
        pub storage_used: fn(f64, f64) -> String,
        pub storage_unknown: &'static str,
        pub delete_all_title: &'static str,
        pub delete_all: &'static str,
        /// "Vill du ta bort alla 3 projekt och 230 deltagare …" / "Do you want to delete all 3 projects …"
        pub delete_all_confirm: fn(usize, usize) -> String,
        pub delete_all_yes: &'static str,
        pub deleted_all: &'static str,
        pub nothing_stored: &'static str,
    }
}

impl BackupTexts {
    /// The heading over the records of a file that fail the door check.
    pub fn rejected_title(&self, n: usize) -> String {
        match (self.lang, n) {
            (Lang::Sv, 1) => "1 post i filen kan inte läsas in".into(),
            (Lang::Sv, n) => format!("{n} poster i filen kan inte läsas in"),
            (Lang::En, 1) => "1 record in the file cannot be read in".into(),
            (Lang::En, n) => format!("{n} records in the file cannot be read in"),
        }
    }

    pub fn rejected_intro(&self) -> &'static str {
        match self.lang {
            Lang::Sv => {
                "De här posterna bryter mot Stegvis regler och lämnas utanför. Allt \
                 annat i filen kan läsas in som vanligt. Inget av det som redan finns här \
                 ändras av det som lämnas utanför."
            }
            Lang::En => {
                "These records break Stegvis's rules and are left out. Everything \
                 else in the file can be read in as usual. Nothing already here is changed by \
                 what is left out."
            }
        }
    }

    /// A record named by its place in the file ("nr 3 i filen"), when its name is not shown.
    pub fn position(&self, n: usize) -> String {
        match self.lang {
            Lang::Sv => format!("nr {n} i filen"),
            Lang::En => format!("no. {n} in the file"),
        }
    }

    /// A restore or merge refused because another tab changed the data after the plan was made.
    pub fn changed_meanwhile(&self) -> &'static str {
        match self.lang {
            Lang::Sv => {
                "Uppgifterna har ändrats i en annan flik eller ett annat fönster sedan \
                 planen gjordes, så inget ändrades. Välj filen igen för att se en ny plan."
            }
            Lang::En => {
                "The data was changed in another tab or window after the plan was made, \
                 so nothing was changed. Choose the file again to see a new plan."
            }
        }
    }

    /// The button when some records are left out.
    pub fn restore_rest(&self) -> &'static str {
        match self.lang {
            Lang::Sv => "Återställ resten",
            Lang::En => "Restore the rest",
        }
    }

    /// Why a record of a file was left out.
    pub fn record_problem(&self, p: RecordProblem) -> &'static str {
        use RecordProblem as P;
        match (self.lang, p) {
            (Lang::Sv, P::Empty) => "namn eller kod saknas",
            (Lang::Sv, P::CodeTooLong) => "koden är för lång",
            (Lang::Sv, P::Personnummer) => "en text ser ut som ett personnummer",
            (Lang::Sv, P::DateOutOfRange) => {
                formatcp!("ett datum ligger före {FIRST_YEAR} eller efter {LAST_YEAR}")
            }
            (Lang::Sv, P::EndBeforeStart) => "slutdatum är före startdatum",
            (Lang::Sv, P::Percent) => "en procentsats är över 100",
            (Lang::Sv, P::AgeBands) => "åldersgrupperna går inte att läsa",
            (Lang::Sv, P::DuplicateLabel) => "samma namn finns två gånger i en lista",
            (Lang::Sv, P::BirthYear) => {
                formatcp!("födelseåret ligger före {FIRST_YEAR} eller efter {LAST_YEAR}")
            }
            (Lang::Sv, P::NoProject) => "projektet finns varken i filen eller här",
            (Lang::Sv, P::UnknownLabel) => {
                "remittent, avslutsorsak eller delinsats finns inte i projektet"
            }
            (Lang::Sv, P::DuplicateId) => "samma post finns två gånger i filen",
            (Lang::Sv, P::DuplicateCode) => "en annan deltagare i projektet har samma kod",
            (Lang::Sv, P::BadForm) => "formuläret går inte att fylla i som det är",
            (Lang::Sv, P::BadAnswer) => "svaret passar inte sitt formulär",
            (Lang::Sv, P::DuplicateAnswer) => "samma svar finns redan",
            (Lang::Sv, P::Unreadable) => "posten går inte att läsa",
            (Lang::Sv, P::UnknownKind) => {
                "den sortens poster känner den här versionen av Stegvis inte till"
            }
            (Lang::Sv, P::NoStart) => {
                "deltagaren har varken startdatum eller anvisningsdatum, \
                 eller har både startat och aldrig påbörjat"
            }
            (Lang::Sv, P::ReferralAfterStart) => "anvisningsdatumet är efter startdatumet",
            (Lang::Sv, P::ExtensionNotLater) => {
                "en förlängning flyttar inte det planerade slutet senare"
            }
            (Lang::Sv, P::FollowUpBeforeDischarge) => {
                "en uppföljning efter avslut är före avslutet eller finns två gånger"
            }
            (Lang::Sv, P::OverlappingParticipations) => {
                "två deltaganden för samma deltagare överlappar varandra"
            }
            (Lang::Sv, P::JourneySettings) => {
                "planerad längd, avstämningar, uppföljningar eller väntegräns går inte att använda"
            }
            (Lang::Sv, P::Funds) => {
                "beviljade eller utnyttjade medel är för stora, har slut före start eller \
                 perioder som överlappar"
            }
            (Lang::Sv, P::ReportText) => {
                "en text till slutrapporten innehåller HTML eller är för lång"
            }
            (Lang::En, P::Empty) => "a name or code is missing",
            (Lang::En, P::CodeTooLong) => "the code is too long",
            (Lang::En, P::Personnummer) => "a text looks like a personal identity number",
            (Lang::En, P::DateOutOfRange) => {
                formatcp!("a date is before {FIRST_YEAR} or after {LAST_YEAR}")
            }
            (Lang::En, P::EndBeforeStart) => "the end date is before the start date",
            (Lang::En, P::Percent) => "a percentage is over 100",
            (Lang::En, P::AgeBands) => "the age bands cannot be read",
            (Lang::En, P::DuplicateLabel) => "the same name is in a list twice",
            (Lang::En, P::BirthYear) => {
                formatcp!("the birth year is before {FIRST_YEAR} or after {LAST_YEAR}")
            }
            (Lang::En, P::NoProject) => "the project is neither in the file nor here",
            (Lang::En, P::UnknownLabel) => {
                "a referral source, outcome or sub-unit is not in the project"
            }
            (Lang::En, P::DuplicateId) => "the same record is in the file twice",
            (Lang::En, P::DuplicateCode) => "another participant of the project has the same code",
            (Lang::En, P::BadForm) => "the form cannot be filled in as it is",
            (Lang::En, P::BadAnswer) => "the answer does not fit its form",
            (Lang::En, P::DuplicateAnswer) => "the same answer is already there",
            (Lang::En, P::Unreadable) => "the record cannot be read",
            (Lang::En, P::UnknownKind) => {
                "this version of Stegvis does not know that kind of record"
            }
            (Lang::En, P::NoStart) => {
                "the participant has neither a start nor a referral date, \
                 or has both started and never started"
            }
            (Lang::En, P::ReferralAfterStart) => "the referral date is after the start date",
            (Lang::En, P::ExtensionNotLater) => "an extension does not move the planned end later",
            (Lang::En, P::FollowUpBeforeDischarge) => {
                "a follow-up after exit is before the discharge or is there twice"
            }
            (Lang::En, P::OverlappingParticipations) => {
                "two participations of the same participant overlap"
            }
            (Lang::En, P::JourneySettings) => {
                "the planned length, check-ins, follow-ups or waiting limit cannot be used"
            }
            (Lang::En, P::Funds) => {
                "granted or used funds are too large, end before they start or have \
                 overlapping periods"
            }
            (Lang::En, P::ReportText) => "a text for the final report contains HTML or is too long",
        }
    }

    /// The storage sentence, with the language's decimal separator.
    pub fn storage(&self, used_mb: f64, quota_mb: f64) -> String {
        (self.storage_used)(used_mb, quota_mb)
    }

    /// "3 läggs till, 1 ersätts, 10 är oförändrade, 2 finns bara här och behålls."
    pub fn counts(&self, c: &Counts) -> String {
        match self.lang {
            Lang::Sv => format!(
                "{} läggs till, {} ersätts med säkerhetskopians version, {} är oförändrade, {} finns bara här och behålls.",
                c.added, c.changed, c.unchanged, c.kept
            ),
            Lang::En => format!(
                "{} will be added, {} replaced by the backup's version, {} {} unchanged, {} {} only here and will be kept.",
                c.added,
                c.changed,
                c.unchanged,
                if c.unchanged == 1 { "is" } else { "are" },
                c.kept,
                if c.kept == 1 { "exists" } else { "exist" },
            ),
        }
    }

    pub fn error(&self, e: &BackupError) -> String {
        match self.lang {
            Lang::Sv => format!("{} Ingenting har ändrats.", error_sv(e)),
            Lang::En => format!("{} Nothing has been changed.", error_en(e)),
        }
    }
}

fn error_sv(e: &BackupError) -> &'static str {
    match e {
        BackupError::TooLarge => "Filen är för stor för att vara en säkerhetskopia från Stegvis.",
        BackupError::NotJson => {
            "Filen går inte att läsa som en säkerhetskopia. Den kan vara avklippt \
            eller vara en annan sorts fil."
        }
        BackupError::NotABackup => {
            "Filen är inte en säkerhetskopia från Stegvis. Välj filen som heter \
            stegvis-sakerhetskopia-….json."
        }
        BackupError::NewerVersion(_) => {
            "Säkerhetskopian är gjord med en nyare version av Stegvis. \
            Ladda om sidan för att få den nya versionen och försök igen."
        }
        BackupError::ChecksumMismatch => {
            "Säkerhetskopian har ändrats eller skadats efter att den \
            gjordes (kontrollsumman stämmer inte). Använd en annan kopia."
        }
        BackupError::Invalid(_) => {
            "Säkerhetskopian är skadad och kan inte återställas. Använd en \
            annan kopia."
        }
    }
}

fn error_en(e: &BackupError) -> &'static str {
    match e {
        BackupError::TooLarge => "The file is too large to be a backup from Stegvis.",
        BackupError::NotJson => {
            "The file cannot be read as a backup. It may be cut off or be a different kind of file."
        }
        BackupError::NotABackup => {
            "The file is not a backup from Stegvis. Choose the file named \
            stegvis-sakerhetskopia-….json."
        }
        BackupError::NewerVersion(_) => {
            "The backup was made with a newer version of Stegvis. Reload the page to get the new \
            version and try again."
        }
        BackupError::ChecksumMismatch => {
            "The backup has been changed or damaged since it was made (the checksum does not \
            match). Use another copy."
        }
        BackupError::Invalid(_) => {
            "The backup is damaged and cannot be restored. Use another copy."
        }
    }
}

fn last_backup(when: &str) -> String {
    format!("Senaste säkerhetskopia från den här enheten: {when}.")
}

fn last_backup_en(when: &str) -> String {
    format!("Latest backup from this device: {when}.")
}

fn made_at(when: &str, version: &str) -> String {
    format!("Säkerhetskopian gjordes {when} med Stegvis {version}.")
}

fn made_at_en(when: &str, version: &str) -> String {
    format!("The backup was made on {when} with Stegvis {version}.")
}

fn storage_used(used_mb: f64, quota_mb: f64) -> String {
    let used = format!("{used_mb:.1}").replace('.', ",");
    format!("Stegvis använder {used} MB av {quota_mb:.0} MB som webbläsaren ger den.")
}

fn storage_used_en(used_mb: f64, quota_mb: f64) -> String {
    format!("Stegvis uses {used_mb:.1} MB of the {quota_mb:.0} MB the browser gives it.")
}

fn delete_all_confirm(projects: usize, participants: usize) -> String {
    format!(
        "Vill du ta bort alla {projects} projekt och {participants} deltagare från den här \
         webbläsaren? Det går inte att ångra. Ladda ned en säkerhetskopia först om du kan behöva \
         uppgifterna."
    )
}

fn delete_all_confirm_en(projects: usize, participants: usize) -> String {
    let projects = match projects {
        1 => "the 1 project".to_owned(),
        n => format!("all {n} projects"),
    };
    let participants = match participants {
        1 => "1 participant".to_owned(),
        n => format!("{n} participants"),
    };
    format!(
        "Do you want to delete {projects} and {participants} from this browser? This cannot be \
         undone. Download a backup first if you might need the data."
    )
}

pub static SV_BACKUP: BackupTexts = BackupTexts {
    lang: Lang::Sv,
    title: "Säkerhetskopia",
    nav: "Säkerhetskopia",
    intro: &[
        "Dina uppgifter finns bara i den här webbläsaren. Om webbläsarens data rensas, eller datorn \
         byts ut, är de borta. Ladda därför ned en säkerhetskopia regelbundet, till exempel varje \
         vecka, och spara den där din organisation sparar känsliga filer.",
        "Säkerhetskopian innehåller alla projekt och deltagare, med koder och anteckningar. \
         Hantera den som en känslig handling.",
    ],
    last_backup,
    never_backed_up: "Ingen säkerhetskopia har laddats ned från den här enheten än.",
    download_title: "Ladda ned",
    download: "Ladda ned säkerhetskopia",
    preparing: "Förbereder säkerhetskopian …",
    downloaded: "Säkerhetskopian är nedladdad.",
    auto_title: "Spara automatiskt till en fil",
    auto_unsupported: "Den här webbläsaren kan inte spara automatiskt till en fil (det kan Edge \
        och Chrome). Ladda ned en säkerhetskopia efter att du har ändrat något.",
    auto_intro: "Välj en fil en gång, till exempel på en nätverksenhet som säkerhetskopieras. \
        Sedan sparar Stegvis hela säkerhetskopian där efter varje ändring.",
    auto_choose: "Välj fil för automatisk säkerhetskopia",
    auto_on: |file, last| match last {
        Some(when) => format!("Stegvis sparar en säkerhetskopia i filen {file} efter varje \
            ändring. Senast: {when}."),
        None => format!("Stegvis sparar en säkerhetskopia i filen {file} efter varje ändring."),
    },
    auto_stop: "Sluta spara automatiskt",
    auto_needs_permission: |file| format!("Webbläsaren vill att du godkänner att Stegvis \
        fortsätter spara i filen {file}."),
    auto_resume: "Fortsätt spara automatiskt",
    auto_failed: |file| format!("Det gick inte att spara i filen {file}. Den kan ha flyttats \
        eller nätverksenheten vara borta. Välj filen igen."),
    restore_title: "Återställ",
    restore_intro: "Välj en säkerhetskopia. Du får se vad som händer innan något ändras. Ingenting tas \
         bort: uppgifter som bara finns här behålls.",
    choose_file: "Välj säkerhetskopia",
    reading: "Läser och kontrollerar filen …",
    plan_title: "Det här händer om du återställer",
    made_at,
    projects: "Projekt",
    participants: "Deltagare",
    forms: "Självskattningsformulär",
    answers: "Självskattningssvar",
    nothing_to_do: "Allt i säkerhetskopian finns redan här. Det finns inget att återställa.",
    restore: "Återställ",
    restoring: "Återställer …",
    restored: "Säkerhetskopian är återställd.",
    storage_title: "Lagring i webbläsaren",
    storage_used,
    storage_unknown: "Webbläsaren berättar inte hur mycket utrymme som används.",
    delete_all_title: "Ta bort allt",
    delete_all: "Ta bort alla uppgifter",
    delete_all_confirm,
    delete_all_yes: "Ja, ta bort allt",
    deleted_all: "Alla projekt och deltagare är borttagna från den här webbläsaren.",
    nothing_stored: "Det finns inga projekt eller deltagare sparade här.",
};

pub static EN_BACKUP: BackupTexts = BackupTexts {
    lang: Lang::En,
    title: "Backup",
    nav: "Backup",
    intro: &[
        "Your data exists only in this browser. If the browser's data is cleared, or the computer \
         is replaced, it is gone. So download a backup regularly, for example every week, and \
         keep it where your organisation keeps sensitive files.",
        "The backup contains all projects and participants, with codes and notes. Handle it as a \
         sensitive document.",
    ],
    last_backup: last_backup_en,
    never_backed_up: "No backup has been downloaded from this device yet.",
    download_title: "Download",
    download: "Download backup",
    preparing: "Preparing the backup …",
    downloaded: "The backup has been downloaded.",
    auto_title: "Save automatically to a file",
    auto_unsupported: "This browser cannot save automatically to a file (Edge and Chrome can). \
        Download a backup after you have changed something.",
    auto_intro: "Choose a file once, for example on a network drive that is backed up. Then \
        Stegvis saves the whole backup there after every change.",
    auto_choose: "Choose a file for automatic backups",
    auto_on: |file, last| match last {
        Some(when) => format!(
            "Stegvis saves a backup to the file {file} after every change. \
            Latest: {when}."
        ),
        None => format!("Stegvis saves a backup to the file {file} after every change."),
    },
    auto_stop: "Stop saving automatically",
    auto_needs_permission: |file| {
        format!(
            "The browser wants you to allow Stegvis to keep \
        saving to the file {file}."
        )
    },
    auto_resume: "Keep saving automatically",
    auto_failed: |file| {
        format!(
            "Saving to the file {file} failed. It may have been moved, or \
        the network drive may be gone. Choose the file again."
        )
    },
    restore_title: "Restore",
    restore_intro: "Choose a backup. You will see what will happen before anything is changed. \
         Nothing is deleted: data that exists only here is kept.",
    choose_file: "Choose backup",
    reading: "Reading and checking the file …",
    plan_title: "This is what happens if you restore",
    made_at: made_at_en,
    projects: "Projects",
    participants: "Participants",
    forms: "Self-assessment forms",
    answers: "Self-assessment answers",
    nothing_to_do: "Everything in the backup is already here. There is nothing to restore.",
    restore: "Restore",
    restoring: "Restoring …",
    restored: "The backup has been restored.",
    storage_title: "Storage in the browser",
    storage_used: storage_used_en,
    storage_unknown: "The browser does not say how much space is used.",
    delete_all_title: "Delete everything",
    delete_all: "Delete all data",
    delete_all_confirm: delete_all_confirm_en,
    delete_all_yes: "Yes, delete everything",
    deleted_all: "All projects and participants have been deleted from this browser.",
    nothing_stored: "There are no projects or participants stored here.",
};

/// These texts in the current language.
pub static BACKUP: super::Localized<BackupTexts> = super::Localized {
    sv: &SV_BACKUP,
    en: &EN_BACKUP,
};
