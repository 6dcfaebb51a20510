//! Passphrase protection in the app: unlocking, locking ("Lås nu", and after a time without
//! activity), setting, changing and removing the passphrase, and backups sealed with it.
//!
//! The storage layer does the sealing ([`crate::storage::idb`]); this module keeps the screen
//! in step. Locking forgets the key and drops everything read from storage in this tab; the
//! lock screen replaces every page until the passphrase is given again. Locking one tab locks
//! the other tabs too ([`super::sync`]). A device in kiosk mode never locks by itself: the
//! kiosk shows no data and must keep saving answers.

use super::state::{store, AppState, Load};
use crate::formats::backup::{Backup, BackupError};
use crate::formats::sealed::SealedBackup;
use crate::storage::crypto::{self, CryptoError, Lock};
use crate::storage::idb::{ProtectError, SCHEMA_VERSION};
use crate::storage::StorageError;
use crate::storage::Store;
use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;

thread_local! {
    /// When the coach last did something (milliseconds, `Date.now()`).
    static LAST_ACTIVE: Cell<f64> = Cell::new(js_sys::Date::now());
}

/// How often the idle time is checked.
const CHECK_EVERY: Duration = Duration::from_secs(15);

fn touch() {
    LAST_ACTIVE.with(|t| t.set(js_sys::Date::now()));
}

/// Locks protected data after the chosen minutes without a key press, click, touch or scroll.
pub fn watch_idle(state: AppState) {
    for event in ["pointerdown", "keydown", "wheel", "touchstart", "scroll"] {
        // Listening lasts as long as the page.
        std::mem::forget(window_event_listener_untyped(event, |_| touch()));
    }
    set_interval(
        move || {
            let idle = js_sys::Date::now() - LAST_ACTIVE.with(Cell::get);
            let limit = f64::from(crate::settings::lock_minutes()) * 60_000.0;
            if idle >= limit
                && state.protected.get_untracked()
                && state.load.get_untracked() == Load::Ready
            {
                // Only this tab: another tab may be the one the coach is using.
                state.show_locked();
            }
        },
        CHECK_EVERY,
    );
}

impl AppState {
    /// Shows the lock screen and drops the key and everything read from storage in this tab.
    pub fn show_locked(self) {
        if let Ok(store) = store() {
            store.forget_key();
        }
        self.projects.set(Vec::new());
        self.participants.set(Vec::new());
        self.loaded_project.set(None);
        self.flash.set(None);
        self.load.set(Load::Locked);
    }

    /// Locks this tab and the other tabs of Stegvis on this device.
    pub fn lock_now(self) {
        self.show_locked();
        super::sync::locked();
    }

    /// Reads the projects and shows the app: at the start, after an unlock, or when the lock
    /// is gone.
    pub(super) async fn show_unlocked(self) -> Result<(), StorageError> {
        let projects = store()?.projects().await?;
        self.projects.set(projects);
        self.load.set(Load::Ready);
        touch();
        super::autosave::ready();
        Ok(())
    }

    /// Unlocks with `passphrase`; a wrong one shows and changes nothing.
    pub async fn unlock(self, passphrase: String) -> Result<(), ProtectError> {
        store()?.unlock(&passphrase).await?;
        self.show_unlocked().await?;
        Ok(())
    }

    /// Protects the data with `passphrase`: everything sealed in one transaction.
    pub async fn protect(self, passphrase: String) -> Result<(), ProtectError> {
        store()?.protect(&passphrase).await?;
        self.after_protection_change(true);
        Ok(())
    }

    /// Seals everything again with `new`, in one transaction.
    pub async fn change_passphrase(self, current: String, new: String) -> Result<(), ProtectError> {
        store()?.change_passphrase(&current, &new).await?;
        self.after_protection_change(true);
        Ok(())
    }

    /// Stores everything readable again and removes the lock, in one transaction.
    pub async fn unprotect(self, current: String) -> Result<(), ProtectError> {
        store()?.unprotect(&current).await?;
        self.after_protection_change(false);
        Ok(())
    }

    /// For a coach who forgot the passphrase: deletes every record and the lock. The
    /// automatic backup stops first, so its file keeps the last sealed backup (which opens
    /// if the passphrase comes back to mind).
    pub async fn erase_locked(self) -> Result<(), StorageError> {
        super::autosave::stop().await;
        store()?.erase_protected().await?;
        self.after_protection_change(false);
        self.show_unlocked().await
    }

    /// Other tabs read the lock again (and lock); the automatic backup file is written again,
    /// sealed or not as the data now is.
    fn after_protection_change(self, protected: bool) {
        self.protected.set(protected);
        touch();
        super::sync::changed();
    }
}

/// The text of a backup file of everything stored: sealed with the passphrase when the data is
/// protected, so a backup never holds more readably than the device does.
pub async fn backup_file(state: AppState, exported_at: String) -> Result<String, StorageError> {
    // The key is taken before reading: if the tab locks while the data is read, the reads fail
    // rather than the backup being written without a seal.
    let store = store()?;
    let key = store.key();
    if key.is_none() && store.lock().await?.is_some() {
        return Err(StorageError::Locked);
    }
    let data = state.backup_data().await?;
    let json = Backup::new(data, SCHEMA_VERSION, exported_at.clone()).to_json();
    let Some((lock, key)) = key else {
        return Ok(json);
    };
    let sealed = crypto::seal(&key, json.as_bytes()).await?;
    Ok(SealedBackup::new(
        exported_at,
        &lock.salt,
        lock.iterations,
        &lock.check,
        &sealed,
    )
    .to_json())
}

/// Why a sealed backup did not open. Nothing was changed.
#[derive(Clone, Debug, PartialEq)]
pub enum SealedError {
    /// It was sealed with another passphrase than this device's: ask for it.
    NeedsPassphrase,
    WrongPassphrase,
    Unavailable,
    Backup(BackupError),
}

/// Opens a sealed backup: with this tab's key if it was sealed under the same lock, else with
/// `passphrase`.
pub async fn open_sealed(
    sealed: &SealedBackup,
    passphrase: Option<&str>,
) -> Result<Backup, SealedError> {
    let parts = sealed.parts().map_err(SealedError::Backup)?;
    let lock = Lock {
        salt: parts.salt,
        iterations: sealed.iterations,
        check: parts.check,
    };
    let ours = store().ok().and_then(|s| s.key());
    let key = match (ours, passphrase) {
        (Some((our_lock, key)), _) if our_lock == lock => key,
        (_, Some(passphrase)) => crypto::unlock(&lock, passphrase)
            .await
            .map_err(|e| match e {
                CryptoError::Unavailable => SealedError::Unavailable,
                _ => SealedError::WrongPassphrase,
            })?,
        _ => return Err(SealedError::NeedsPassphrase),
    };
    let plain = crypto::open(&key, &parts.data).await.map_err(|_| {
        SealedError::Backup(BackupError::Invalid("the sealed data is damaged".into()))
    })?;
    Backup::parse(&plain).map_err(SealedError::Backup)
}
