//! Small settings kept in `localStorage` through `gloo-storage`: never participant data.

use crate::repo::LOCK_MINUTES_RANGE;
use gloo_storage::{LocalStorage, Storage};

const LAST_PROJECT: &str = "stegvis.last_project";
const PERSISTED: &str = "stegvis.persisted";
const LAST_BACKUP: &str = "stegvis.last_backup";

/// The project the coach opened last (its id as text).
pub fn last_project() -> Option<String> {
    LocalStorage::get(LAST_PROJECT).ok()
}

pub fn set_last_project(id: &str) {
    let _ = LocalStorage::set(LAST_PROJECT, id);
}

/// The browser's last answer to `navigator.storage.persist()`, if it has been asked.
pub fn persisted() -> Option<bool> {
    LocalStorage::get(PERSISTED).ok()
}

pub fn set_persisted(granted: bool) {
    let _ = LocalStorage::set(PERSISTED, granted);
}

/// When a backup was last downloaded on this device (local time, "YYYY-MM-DD HH:MM").
pub fn last_backup() -> Option<String> {
    LocalStorage::get(LAST_BACKUP).ok()
}

pub fn set_last_backup(when: &str) {
    let _ = LocalStorage::set(LAST_BACKUP, when);
    let _ = LocalStorage::set(LAST_BACKUP_AT, js_sys::Date::now());
}

const LAST_BACKUP_AT: &str = "stegvis.last_backup_at";
const LAST_CHANGE_AT: &str = "stegvis.last_change_at";

/// Notes that the real data changed now (the demo's changes are not noted).
pub fn note_change() {
    if !demo() {
        let _ = LocalStorage::set(LAST_CHANGE_AT, js_sys::Date::now());
    }
}

/// Whether the real data changed after the last backup downloaded on this device.
pub fn changed_since_backup() -> bool {
    let at = |key| LocalStorage::get::<f64>(key).ok();
    match (at(LAST_CHANGE_AT), at(LAST_BACKUP_AT)) {
        (Some(change), Some(backup)) => change > backup,
        (Some(_), None) => true,
        (None, _) => false,
    }
}

const SAFARI_NOTICE: &str = "stegvis.safari_notice_read";

/// Whether the coach has read the notice about Safari's seven-day rule on this device.
pub fn safari_notice_read() -> bool {
    LocalStorage::get::<bool>(SAFARI_NOTICE).unwrap_or(false)
}

pub fn set_safari_notice_read() {
    let _ = LocalStorage::set(SAFARI_NOTICE, true);
}

const KIOSK: &str = "stegvis.kiosk";

/// The kiosk lock, while this device is in kiosk mode.
pub fn kiosk() -> Option<crate::survey::kiosk::KioskLock> {
    LocalStorage::get(KIOSK).ok()
}

pub fn set_kiosk(lock: &crate::survey::kiosk::KioskLock) -> Result<(), String> {
    LocalStorage::set(KIOSK, lock).map_err(|e| e.to_string())
}

pub fn clear_kiosk() {
    LocalStorage::delete(KIOSK);
}

const MIN_GROUP: &str = "stegvis.survey_min_group";

/// The smallest group of self-evaluation answers that results are broken down for.
pub fn min_group() -> crate::survey::results::MinGroup {
    LocalStorage::get::<u8>(MIN_GROUP)
        .map(crate::survey::results::MinGroup::new)
        .unwrap_or_default()
}

pub fn set_min_group(n: u8) {
    let _ = LocalStorage::set(MIN_GROUP, n);
}

const RETENTION: &str = "stegvis.retention_months";

/// Months after discharge that participants are kept before the reminder lists them.
pub fn retention_months() -> u16 {
    use crate::domain::retention::{DEFAULT_MONTHS, MONTHS_RANGE};
    LocalStorage::get::<u16>(RETENTION)
        .ok()
        .filter(|m| MONTHS_RANGE.contains(m))
        .unwrap_or(DEFAULT_MONTHS)
}

pub fn set_retention_months(months: u16) {
    let _ = LocalStorage::set(RETENTION, months);
}

const LOCK_MINUTES: &str = "stegvis.lock_minutes";
/// Minutes without activity before protected data locks, unless the coach chose otherwise.
pub const DEFAULT_LOCK_MINUTES: u16 = 10;

/// Minutes without activity before protected data locks.
pub fn lock_minutes() -> u16 {
    LocalStorage::get::<u16>(LOCK_MINUTES)
        .ok()
        .filter(|m| LOCK_MINUTES_RANGE.contains(m))
        .unwrap_or(DEFAULT_LOCK_MINUTES)
}

pub fn set_lock_minutes(minutes: u16) {
    let _ = LocalStorage::set(LOCK_MINUTES, minutes);
}

const DEMO: &str = "stegvis.demo";

/// Whether this tab shows the workshop demo. Kept per tab (`sessionStorage`): closing the tab
/// ends the demo, and another tab on the same device keeps showing the real data.
pub fn demo() -> bool {
    gloo_storage::SessionStorage::get(DEMO).unwrap_or(false)
}

pub fn set_demo(on: bool) {
    if on {
        let _ = gloo_storage::SessionStorage::set(DEMO, true);
    } else {
        gloo_storage::SessionStorage::delete(DEMO);
    }
}

const LANGUAGE: &str = "stegvis.language";

/// The language the coach chose (`sv`, `en`); Swedish until they choose.
pub fn language() -> crate::i18n::Lang {
    LocalStorage::get::<String>(LANGUAGE)
        .ok()
        .and_then(|tag| crate::i18n::Lang::from_tag(&tag))
        .unwrap_or_default()
}

pub fn set_language(lang: crate::i18n::Lang) {
    let _ = LocalStorage::set(LANGUAGE, lang.tag());
}

const IMPORT_OPTIONS: &str = "stegvis.import_options.";
/// The most files' headers remembered per project.
const IMPORT_OPTIONS_KEPT: usize = 20;

/// How the coach last read a file with these headers (see
/// [`crate::formats::import::mapping::signature`]) into this project. Headers only, never values.
pub fn import_options(
    project: &str,
    signature: &str,
) -> Option<crate::formats::import::ReadOptions> {
    let saved: Vec<(String, crate::formats::import::ReadOptions)> =
        LocalStorage::get(format!("{IMPORT_OPTIONS}{project}")).ok()?;
    saved
        .into_iter()
        .find_map(|(s, options)| (s == signature).then_some(options))
}

/// Remembers how a file with these headers was read, the newest first.
pub fn set_import_options(
    project: &str,
    signature: &str,
    options: &crate::formats::import::ReadOptions,
) {
    let key = format!("{IMPORT_OPTIONS}{project}");
    let mut saved: Vec<(String, crate::formats::import::ReadOptions)> =
        LocalStorage::get(&key).unwrap_or_default();
    saved.retain(|(s, _)| s != signature);
    saved.insert(0, (signature.to_owned(), options.clone()));
    saved.truncate(IMPORT_OPTIONS_KEPT);
    let _ = LocalStorage::set(&key, saved);
}
