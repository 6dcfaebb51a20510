//! Texts of the passphrase protection (encryption at rest): the lock screen, "Lås nu", the
//! section on the backup page, and sealed backup files, in Swedish and English.

use super::catalogue;
use super::Lang;
use crate::repo::{LOCK_MINUTES_RANGE, MIN_PASSPHRASE};
use const_format::formatcp;

const LOCK_MIN: u16 = *LOCK_MINUTES_RANGE.start();
const LOCK_MAX: u16 = *LOCK_MINUTES_RANGE.end();

catalogue! {
    pub struct ProtectTexts {
        /// The language of these texts.
        pub lang: Lang,
        // The lock screen.
        pub lock_title: &'static str,
        pub lock_intro: &'static str,
        pub passphrase: &'static str,
        pub unlock: &'static str,
        pub unlocking: &'static str,
        pub wrong: &'static str,
        pub unavailable: &'static str,
        pub forgot_title: &'static str,
        pub forgot_text: &'static str,
        pub erase_start: &'static str,
        pub erase_question: &'static str,
        pub erase_yes: &'static str,
        pub erased: &'static str,
        // The header.
        pub lock_now: &'static str,
        // The section on the backup page.
        pub title: &'static str,
        pub intro: &'static str,
        pub warning: &'static str,
        pub demo_note: &'static str,
        pub new_passphrase: &'static str,
        pub repeat: &'static str,
        pub hint: &'static str,
        pub understand: &'static str,
        pub protect: &'static str,
        pub protecting: &'static str,
        pub protected_done: &'static str,
        pub status_on: &'static str,
        pub too_short: &'static str,
        pub mismatch: &'static str,
        pub must_understand: &'static str,
        pub idle_label: &'static str,
        pub idle_save: &'static str,
        pub idle_invalid: &'static str,
        pub change_title: &'static str,
        pub current: &'static str,
        pub change: &'static str,
        pub changing: &'static str,
        pub changed: &'static str,
        pub remove_title: &'static str,
        pub remove_intro: &'static str,
        pub remove: &'static str,
        pub removing: &'static str,
        pub removed: &'static str,
        pub wrong_current: &'static str,
        pub already: &'static str,
        pub not_protected: &'static str,
        // Backup files.
        pub backup_sealed: &'static str,
        pub backup_needs_passphrase: &'static str,
        pub backup_passphrase: &'static str,
        pub backup_open: &'static str,
        pub backup_opening: &'static str,
        pub backup_wrong: &'static str,
    }
}

impl ProtectTexts {
    /// What to tell the coach when unlocking or changing the passphrase failed.
    pub fn problem(&self, e: &crate::repo::ProtectError) -> String {
        use crate::repo::ProtectError as E;
        match e {
            E::WrongPassphrase => self.wrong.into(),
            E::Unavailable => self.unavailable.into(),
            E::AlreadyProtected => self.already.into(),
            E::NotProtected => self.not_protected.into(),
            E::Storage(e) => super::TEXTS.get(self.lang).storage_error(e),
        }
    }

    /// "Sparat. Stegvis låses efter 10 minuter utan aktivitet."
    pub fn idle_saved(&self, minutes: u16) -> String {
        match self.lang {
            Lang::Sv => format!("Sparat. Stegvis låses efter {minutes} minuter utan aktivitet."),
            Lang::En => {
                format!("Saved. Stegvis locks after {minutes} minutes without activity.")
            }
        }
    }

    /// What the section says while the data is protected.
    pub fn status(&self, minutes: u16) -> String {
        match self.lang {
            Lang::Sv => format!(
                "{} Stegvis låses efter {minutes} minuter utan aktivitet, och när du väljer \
                 {}.",
                self.status_on, self.lock_now
            ),
            Lang::En => format!(
                "{} Stegvis locks after {minutes} minutes without activity, and when you \
                 choose {}.",
                self.status_on, self.lock_now
            ),
        }
    }
}

pub static SV_PROTECT: ProtectTexts = ProtectTexts {
    lang: Lang::Sv,
    lock_title: "Stegvis är låst",
    lock_intro: "Uppgifterna på den här enheten är skyddade med en lösenfras. Skriv lösenfrasen \
        för att fortsätta.",
    passphrase: "Lösenfras",
    unlock: "Lås upp",
    unlocking: "Låser upp …",
    wrong: "Lösenfrasen stämmer inte. Ingenting har visats eller ändrats. Försök igen.",
    unavailable: "Webbläsaren kan inte kryptera här. Öppna Stegvis på dess vanliga adress \
        (https) i en uppdaterad webbläsare.",
    forgot_title: "Har du glömt lösenfrasen?",
    forgot_text: "Då går uppgifterna inte att låsa upp, varken av dig, av IT-stöd eller av \
        Stegvis. Du kan radera allt på den här enheten och börja om. Säkerhetskopior som gjordes \
        medan uppgifterna var skyddade går bara att öppna med samma lösenfras; en \
        säkerhetskopia från innan du satte lösenfrasen kan du återställa. Den automatiska \
        säkerhetskopian stängs av, så att filen behåller den senaste kopian.",
    erase_start: "Radera allt och börja om",
    erase_question: "Allt i Stegvis på den här enheten raderas: alla projekt, deltagare, \
        formulär och svar, och lösenfrasen. Det går inte att ångra. Vill du radera allt?",
    erase_yes: "Ja, radera allt",
    erased: "Allt är raderat. Stegvis är inte längre skyddat med lösenfras.",
    lock_now: "Lås nu",
    title: "Skydda med lösenfras",
    intro: "Delar du dator med andra? Med en lösenfras krypteras uppgifterna på enheten. \
        Stegvis låses när du inte har använt det på en stund, och när du väljer Lås nu. \
        Säkerhetskopior krypteras med samma lösenfras. Säkerhetskopior som du redan har laddat \
        ned förblir okrypterade: radera dem eller förvara dem säkert.",
    warning: "Viktigt: glömmer du lösenfrasen går uppgifterna inte att få tillbaka. Ingen kan \
        låsa upp dem, inte heller Stegvis. Skriv ned lösenfrasen och förvara den säkert.",
    demo_note: "I demon går det inte att sätta en lösenfras. Det gör du i Stegvis med dina \
        riktiga uppgifter.",
    new_passphrase: "Ny lösenfras",
    repeat: "Skriv lösenfrasen igen",
    hint: "Minst 8 tecken. Flera ord är lättare att minnas, till exempel fyra ord som inte \
        hör ihop.",
    understand: "Jag förstår att uppgifterna inte går att få tillbaka om jag glömmer \
        lösenfrasen.",
    protect: "Skydda uppgifterna",
    protecting: "Krypterar uppgifterna …",
    protected_done: "Uppgifterna är nu skyddade med lösenfras.",
    status_on: "Uppgifterna är skyddade med lösenfras.",
    too_short: formatcp!("Lösenfrasen behöver minst {MIN_PASSPHRASE} tecken."),
    mismatch: "Lösenfraserna är inte lika. Skriv samma lösenfras i båda fälten.",
    must_understand: "Kryssa i rutan för att visa att du vet vad som händer om du glömmer \
        lösenfrasen.",
    idle_label: "Lås efter så här många minuter utan aktivitet",
    idle_save: "Spara tiden",
    idle_invalid: formatcp!("Skriv ett antal minuter mellan {LOCK_MIN} och {LOCK_MAX}."),
    change_title: "Byt lösenfras",
    current: "Nuvarande lösenfras",
    change: "Byt lösenfras",
    changing: "Krypterar om uppgifterna …",
    changed: "Lösenfrasen är bytt. Säkerhetskopior som du gör från och med nu använder den \
        nya.",
    remove_title: "Ta bort skyddet",
    remove_intro: "Uppgifterna sparas okrypterade igen på den här enheten, och Stegvis låses \
        inte längre.",
    remove: "Ta bort skyddet",
    removing: "Tar bort krypteringen …",
    removed: "Skyddet är borttaget. Uppgifterna sparas utan kryptering.",
    wrong_current: "Den nuvarande lösenfrasen stämmer inte. Ingenting har ändrats.",
    already: "Uppgifterna har redan fått en lösenfras, kanske i en annan flik. Ladda om sidan.",
    not_protected: "Uppgifterna är inte skyddade med lösenfras längre, kanske ändrades det i en \
        annan flik. Ladda om sidan.",
    backup_sealed: "Uppgifterna är skyddade, så säkerhetskopian krypteras med din lösenfras. \
        Den går bara att öppna med lösenfrasen.",
    backup_needs_passphrase: "Säkerhetskopian är skyddad med en lösenfras. Skriv lösenfrasen \
        som gällde när den gjordes.",
    backup_passphrase: "Säkerhetskopians lösenfras",
    backup_open: "Öppna säkerhetskopian",
    backup_opening: "Öppnar …",
    backup_wrong: "Lösenfrasen öppnar inte säkerhetskopian. Ingenting har ändrats.",
};

pub static EN_PROTECT: ProtectTexts = ProtectTexts {
    lang: Lang::En,
    lock_title: "Stegvis is locked",
    lock_intro: "The data on this device is protected with a passphrase. Enter the passphrase \
        to continue.",
    passphrase: "Passphrase",
    unlock: "Unlock",
    unlocking: "Unlocking …",
    wrong: "The passphrase is not right. Nothing has been shown or changed. Try again.",
    unavailable: "The browser cannot encrypt here. Open Stegvis at its usual address (https) \
        in an up-to-date browser.",
    forgot_title: "Forgot the passphrase?",
    forgot_text: "Then the data cannot be unlocked, not by you, not by IT support, and not by \
        Stegvis. You can delete everything on this device and start again. Backups made while \
        the data was protected open only with the same passphrase; a backup from before you set \
        the passphrase can be restored. The automatic backup is switched off, so that its file \
        keeps the last copy.",
    erase_start: "Delete everything and start again",
    erase_question: "Everything in Stegvis on this device will be deleted: all projects, \
        participants, forms and answers, and the passphrase. This cannot be undone. Delete \
        everything?",
    erase_yes: "Yes, delete everything",
    erased: "Everything has been deleted. Stegvis is no longer protected with a passphrase.",
    lock_now: "Lock now",
    title: "Protect with a passphrase",
    intro: "Do you share a computer with others? With a passphrase the data is encrypted on \
        the device. Stegvis locks when you have not used it for a while, and when you choose \
        Lock now. Backups are encrypted with the same passphrase. Backups you have already \
        downloaded stay unencrypted: delete them or keep them safe.",
    warning: "Important: if you forget the passphrase, the data cannot be recovered. Nobody can \
        unlock it, not even Stegvis. Write the passphrase down and keep it safe.",
    demo_note: "The demo cannot be protected with a passphrase. Do that in Stegvis with your \
        real data.",
    new_passphrase: "New passphrase",
    repeat: "Enter the passphrase again",
    hint: "At least 8 characters. Several words are easier to remember, for example four \
        unrelated words.",
    understand: "I understand that the data cannot be recovered if I forget the passphrase.",
    protect: "Protect the data",
    protecting: "Encrypting the data …",
    protected_done: "The data is now protected with a passphrase.",
    status_on: "The data is protected with a passphrase.",
    too_short: formatcp!("The passphrase needs at least {MIN_PASSPHRASE} characters."),
    mismatch: "The passphrases are not the same. Enter the same passphrase in both fields.",
    must_understand: "Tick the box to show that you know what happens if you forget the \
        passphrase.",
    idle_label: "Lock after this many minutes without activity",
    idle_save: "Save the time",
    idle_invalid: formatcp!("Enter a number of minutes from {LOCK_MIN} to {LOCK_MAX}."),
    change_title: "Change the passphrase",
    current: "Current passphrase",
    change: "Change the passphrase",
    changing: "Encrypting the data again …",
    changed: "The passphrase has been changed. Backups you make from now on use the new one.",
    remove_title: "Remove the protection",
    remove_intro: "The data is stored unencrypted on this device again, and Stegvis no longer \
        locks.",
    remove: "Remove the protection",
    removing: "Removing the encryption …",
    removed: "The protection has been removed. The data is stored without encryption.",
    wrong_current: "The current passphrase is not right. Nothing has been changed.",
    already: "The data has been given a passphrase already, perhaps in another tab. Reload the \
        page.",
    not_protected: "The data is no longer protected with a passphrase; perhaps that was changed \
        in another tab. Reload the page.",
    backup_sealed: "The data is protected, so the backup is encrypted with your passphrase. It \
        can only be opened with the passphrase.",
    backup_needs_passphrase: "The backup is protected with a passphrase. Enter the passphrase \
        that was in use when it was made.",
    backup_passphrase: "The backup's passphrase",
    backup_open: "Open the backup",
    backup_opening: "Opening …",
    backup_wrong: "The passphrase does not open the backup. Nothing has been changed.",
};

pub static PROTECT: super::Localized<ProtectTexts> = super::Localized {
    sv: &SV_PROTECT,
    en: &EN_PROTECT,
};
