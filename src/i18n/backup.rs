//! Texts of the backup page (Swedish).

use crate::formats::backup::{BackupError, Counts};

pub struct BackupTexts {
    pub title: &'static str,
    pub nav: &'static str,
    pub intro: &'static [&'static str],
    pub last_backup: fn(&str) -> String,
    pub never_backed_up: &'static str,
    pub download_title: &'static str,
    pub download: &'static str,
    pub preparing: &'static str,
    pub downloaded: &'static str,
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
    /// "Vill du ta bort alla 3 projekt och 230 deltagare …"
    pub delete_all_confirm: fn(usize, usize) -> String,
    pub delete_all_yes: &'static str,
    pub deleted_all: &'static str,
    pub nothing_stored: &'static str,
}

impl BackupTexts {
    /// The storage sentence, with Swedish decimal commas.
    pub fn storage(&self, used_mb: f64, quota_mb: f64) -> String {
        (self.storage_used)(used_mb, quota_mb)
    }

    /// "3 läggs till, 1 ersätts, 10 är oförändrade, 2 finns bara här och behålls."
    pub fn counts(&self, c: &Counts) -> String {
        format!(
            "{} läggs till, {} ersätts med säkerhetskopians version, {} är oförändrade, {} finns bara här och behålls.",
            c.added, c.changed, c.unchanged, c.kept
        )
    }

    pub fn error(&self, e: &BackupError) -> String {
        let what = match e {
            BackupError::TooLarge => {
                "Filen är för stor för att vara en säkerhetskopia från Stegvis.".to_owned()
            }
            BackupError::NotJson => {
                "Filen går inte att läsa som en säkerhetskopia. Den kan vara avklippt \
                eller vara en annan sorts fil."
                    .to_owned()
            }
            BackupError::NotABackup => {
                "Filen är inte en säkerhetskopia från Stegvis. Välj filen som heter \
                stegvis-sakerhetskopia-….json."
                    .to_owned()
            }
            BackupError::NewerVersion(_) => {
                "Säkerhetskopian är gjord med en nyare version av Stegvis. \
                Ladda om sidan för att få den nya versionen och försök igen."
                    .to_owned()
            }
            BackupError::ChecksumMismatch => {
                "Säkerhetskopian har ändrats eller skadats efter att den \
                gjordes (kontrollsumman stämmer inte). Använd en annan kopia."
                    .to_owned()
            }
            BackupError::Invalid(_) => {
                "Säkerhetskopian är skadad och kan inte återställas. Använd en \
                annan kopia."
                    .to_owned()
            }
        };
        format!("{what} Ingenting har ändrats.")
    }
}

fn last_backup(when: &str) -> String {
    format!("Senaste säkerhetskopia från den här enheten: {when}.")
}

fn made_at(when: &str, version: &str) -> String {
    format!("Säkerhetskopian gjordes {when} med Stegvis {version}.")
}

fn storage_used(used_mb: f64, quota_mb: f64) -> String {
    let used = format!("{used_mb:.1}").replace('.', ",");
    format!("Stegvis använder {used} MB av {quota_mb:.0} MB som webbläsaren ger den.")
}

fn delete_all_confirm(projects: usize, participants: usize) -> String {
    format!(
        "Vill du ta bort alla {projects} projekt och {participants} deltagare från den här \
         webbläsaren? Det går inte att ångra. Ladda ned en säkerhetskopia först om du kan behöva \
         uppgifterna."
    )
}

pub static SV_BACKUP: BackupTexts = BackupTexts {
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
