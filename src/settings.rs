//! Small settings kept in `localStorage` through `gloo-storage`: never participant data.

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
}
