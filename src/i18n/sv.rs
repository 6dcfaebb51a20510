//! Swedish, the default language. Klarspråk: short sentences, everyday words, "du".

use super::{Lang, ProblemTexts, StorageTexts, Texts};

fn page_of(page: usize, pages: usize, matching: usize) -> String {
    format!("Sida {page} av {pages} · {matching} deltagare")
}

fn participant_registered(code: &str) -> String {
    format!("Deltagare {code} är registrerad.")
}

fn delete_project_confirm(name: &str, participants: usize) -> String {
    format!(
        "Vill du ta bort projektet {name} och dess {participants} deltagare från den här \
         webbläsaren? Det går inte att ångra. Ladda ned en säkerhetskopia först om du kan behöva \
         uppgifterna."
    )
}

fn delete_project_yes(name: &str) -> String {
    format!("Ja, ta bort {name}")
}

pub static SV: Texts = Texts {
    lang: Lang::Sv,
    app_name: "Stegvis",
    app_tagline: "Uppföljning av deltagare i din insats",
    skip_to_content: "Hoppa till innehållet",
    nav_projects: "Projekt",
    nav_label: "Huvudmeny",
    loading: "Hämtar dina uppgifter …",
    saving: "Sparar …",
    save: "Spara",
    cancel: "Avbryt",
    back_to_projects: "Till alla projekt",
    not_found_title: "Sidan finns inte",
    not_found_body: "Adressen leder inte till någon sida i Stegvis. Gå tillbaka till dina projekt.",
    required_marker: "(måste fyllas i)",
    fix_errors: "Något behöver rättas innan vi kan spara. Se meddelandena vid fälten.",
    default_referral_sources: &crate::domain::project::DEFAULT_REFERRAL_SOURCES,
    default_outcomes: &crate::domain::project::DEFAULT_OUTCOMES,
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
    retention_title: "Dags att radera gamla uppgifter",
    retention_body: |n, months, codes| {
        format!(
            "{n} deltagare skrevs ut för mer än {months} månader sedan: {codes}. Uppgifter om \
             deltagare ska inte sparas längre än de behövs."
        )
    },
    retention_months_label: "Spara utskrivna deltagare i (månader)",
    retention_delete: |n| format!("Radera {n} utskrivna"),
    retention_question: |n, codes| {
        format!("Radera {n} deltagare för alltid: {codes}? Det går inte att ångra.")
    },
    retention_yes: "Ja, radera dem",
    retention_deleted: |n| format!("{n} deltagare är raderade."),
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

    welcome_title: "Välkommen till Stegvis",
    welcome_body: &[
        "Stegvis hjälper dig att följa deltagarna i din insats, från anvisning till avslut, \
         och att ta fram siffrorna till dina rapporter.",
        "Allt du skriver sparas bara här, i den här webbläsaren på den här enheten. Inget skickas \
         till någon server. Deltagare får en kod, aldrig namn eller personnummer.",
        "Börja med att skapa ett projekt.",
    ],
    create_project: "Skapa ett projekt",
    projects_title: "Dina projekt",
    archived_projects: "Arkiverade projekt",
    period_open_end: "tills vidare",
    persisted_yes: "Webbläsaren har lovat att inte rensa bort dina uppgifter av sig själv.",
    persisted_no: "Webbläsaren kan rensa bort uppgifterna om enheten får ont om utrymme. \
         Ta gärna en säkerhetskopia regelbundet.",
    data_stays_here: "Uppgifterna finns bara i den här webbläsaren på den här enheten.",

    new_project_title: "Nytt projekt",
    edit_project_title: "Inställningar för projektet",
    project_name: "Projektets namn",
    project_start: "Startdatum",
    project_end: "Slutdatum",
    project_end_hint: "Lämna tomt om slutdatumet inte är bestämt.",
    goals_legend: "Mål",
    volume_target: "Volymmål (antal deltagare)",
    volume_target_hint: "Hur många deltagare projektet ska nå enligt ansökan.",
    target_women: "Målandel kvinnor (procent)",
    target_women_hint: "Resten är målandelen män. Exempel: 60.",
    outcome_goal: "Resultatmål (procent)",
    outcome_goal_hint: "Andel av de avslutade som ska gå till arbete, studier eller annan \
         sysselsättning. Exempel: 40.",
    age_bands: "Åldersgrupper i rapporten",
    age_bands_hint: "Den lägsta åldern i varje grupp, med komma emellan. 16, 30, 50, 65 ger \
         16–29, 30–49, 50–64 och 65+.",
    sub_units_legend: "Delinsatser",
    sub_units_hint: "Om projektet har grupper, orter eller spår med egna mål. Kan lämnas tomt.",
    sub_unit_name: "Namn på delinsatsen",
    sub_unit_target: "Volymmål",
    add_sub_unit: "Lägg till delinsats",
    referral_sources_legend: "Remittenter (vem som anvisade)",
    outcomes_legend: "Avslutsorsaker",
    lists_hint: "Du kan byta namn, ändra ordning och lägga till. Ett val som redan används kan \
         du ta ur bruk: det finns kvar på gamla uppgifter men visas inte som nytt val.",
    label_name: "Namn",
    progression: "Räknas som arbete, studier eller annan sysselsättning",
    add_label: "Lägg till",
    move_up: "Flytta upp",
    move_down: "Flytta ned",
    retire: "Ta ur bruk",
    restore: "Ta i bruk igen",
    remove: "Ta bort",
    retired_marker: "(ur bruk)",
    project_saved: "Projektet är sparat.",
    archive_project: "Arkivera projektet",
    unarchive_project: "Ta fram projektet ur arkivet",
    archived_banner: "Projektet är arkiverat. Uppgifterna finns kvar.",
    project_settings: "Inställningar",
    delete_project: "Ta bort projektet",
    delete_project_confirm,
    delete_project_yes,
    project_deleted: "Projektet är borttaget.",

    participants_title: "Deltagare",
    register_participant: "Registrera deltagare",
    filter_label: "Visa",
    filter_active: "Pågående",
    filter_discharged: "Avslutade",
    filter_all: "Alla",
    search_code: "Sök på kod",
    col_code: "Kod",
    col_gender: "Kön",
    col_phase: "Fas",
    col_referral: "Remittent",
    col_start: "Startdatum",
    col_days: "Dagar i projektet",
    col_status: "Status",
    status_active: "Pågående",
    status_discharged: "Avslutad",
    no_participants: "Inga deltagare är registrerade än.",
    no_matches: "Ingen deltagare matchar det du valt.",
    previous_page: "Föregående sida",
    next_page: "Nästa sida",
    sort_by: "Sortera efter",
    list_caption: "Deltagare i projektet",
    page_of,

    new_participant_title: "Registrera deltagare",
    code: "Kod",
    code_hint: "Koden skapas av Stegvis. Skriv aldrig namn eller personnummer här.",
    gender: "Kön",
    birth_year: "Födelseår",
    birth_year_hint: "Fyra siffror, till exempel 1988. Kan lämnas tomt.",
    referral: "Remittent",
    choose: "Välj",
    none_chosen: "Inte angiven",
    start_date: "Startdatum",
    sub_unit: "Delinsats",
    anonymous_in_sus: "Registrerad anonymt i SUS",
    anonymous_in_sus_hint: "Om deltagaren inte har samtyckt eller har skyddad identitet.",
    note: "Anteckning",
    note_warning: "Skriv inga känsliga uppgifter: inga namn, inget personnummer, inget om hälsa. \
         Det du skriver här följer med i säkerhetskopior.",
    participant_title: "Deltagare",
    participant_saved: "Uppgifterna är sparade.",
    participant_registered,
    details_legend: "Uppgifter om deltagaren",
    phase_title: "Fas",
    phase_history: "Tidigare faser",
    new_phase: "Ny fas",
    phase_from: "Från och med",
    change_phase: "Byt fas",
    phase_changed: "Fasen är ändrad.",
    discharge_title: "Avslut",
    end_date: "Slutdatum",
    outcome: "Avslutsorsak",
    discharge: "Skriv ut deltagaren",
    discharged: "Deltagaren är utskriven.",
    undo_discharge: "Ångra utskrivningen",
    discharge_undone: "Utskrivningen är ångrad. Deltagaren är pågående igen.",
    delete_title: "Ta bort",
    delete_participant: "Ta bort deltagaren",
    delete_confirm: "Vill du ta bort deltagaren och all historik? Det går inte att ångra.",
    delete_yes: "Ja, ta bort",
    deleted: "Deltagaren är borttagen.",
    days_suffix: "dagar",
    participant_not_found: "Deltagaren finns inte. Den kan ha tagits bort.",
    project_not_found: "Projektet finns inte. Det kan ha tagits bort.",
    progression_marker: "(räknas som resultat)",

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
        too_young: "Födelseåret gör deltagaren yngre än 15 år. Kontrollera året.",
        too_old: "Födelseåret gör deltagaren äldre än 80 år. Kontrollera året.",
        duplicate_code: "Den koden används redan i projektet. Välj en annan kod.",
        duplicate_label: "Det namnet finns redan i listan. Välj ett annat namn.",
        code_too_long: "Koden får vara högst 20 tecken.",
        looks_like_personnummer: "Det här liknar ett personnummer. Personnummer får inte sparas \
             i Stegvis. Ta bort det innan du sparar.",
        before_start: "Datumet kan inte vara före deltagarens startdatum.",
        before_previous_phase: "Datumet kan inte vara före starten av den förra fasen.",
        after_end: "Datumet kan inte vara efter deltagarens slutdatum.",
        same_phase: "Deltagaren är redan i den fasen. Välj en annan fas.",
        invalid_age_bands: "Skriv åldrar från 0 till 120 i stigande ordning, med komma emellan. \
             Exempel: 16, 30, 50, 65.",
        date_out_of_range: "Datumet måste ligga mellan år 1900 och 2100. Kontrollera året.",
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
