//! Passphrase protection in the app: unlocking, locking ("Lås nu", and after a time without
//! activity), setting, changing and removing the passphrase.
//!
//! The write path does the sealing ([`crate::repo`]); this module keeps the screen in step.
//! Locking forgets the key and drops everything read from storage in this tab; the lock screen
//! replaces every page until the passphrase is given again. Locking one tab with "Lås nu" locks
//! the other tabs too. A device in kiosk mode never locks by itself: the kiosk shows no data
//! and must keep saving answers.

use super::data;
use super::state::{AppState, Load};
use crate::repo::ProtectError;
use crate::storage::StorageError;
use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;

thread_local! {
    /// When the coach last did something (milliseconds, `Date.now()`).
    static LAST_ACTIVE: Cell<f64> = Cell::new(js_sys::Date::now());
}

/// How often the idle time is checked.
const CHECK_EVERY: Duration = Duration::from_secs(15);

/// Notes activity now.
pub fn touch() {
    LAST_ACTIVE.with(|t| t.set(js_sys::Date::now()));
}

/// Locks protected data after the chosen minutes without a key press, click, touch or scroll.
/// Showing the app (after a start or an unlock) counts as activity.
pub fn watch_idle(state: AppState) {
    for event in ["pointerdown", "keydown", "wheel", "touchstart", "scroll"] {
        // Listening lasts as long as the page.
        std::mem::forget(window_event_listener_untyped(event, |_| touch()));
    }
    Effect::new(move |_| {
        if state.load.get() == Load::Ready {
            touch();
        }
    });
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
    /// Locks this tab and the other tabs of Stegvis on this device.
    pub fn lock_now(self) {
        if let Ok(repo) = data::repo() {
            repo.lock_everywhere();
        }
        self.show_locked();
    }

    /// Unlocks with `passphrase`; a wrong one shows and changes nothing.
    pub async fn unlock(self, passphrase: String) -> Result<(), ProtectError> {
        data::repo()?.unlock(&passphrase).await?;
        self.show_unlocked().await?;
        Ok(())
    }

    /// Protects the data with `passphrase`: everything sealed in one transaction.
    pub async fn protect(self, passphrase: String) -> Result<(), ProtectError> {
        data::repo()?.protect(&passphrase).await?;
        self.after_protection_change(true);
        Ok(())
    }

    /// Seals everything again with `new`, in one transaction.
    pub async fn change_passphrase(self, current: String, new: String) -> Result<(), ProtectError> {
        data::repo()?.change_passphrase(&current, &new).await?;
        self.after_protection_change(true);
        Ok(())
    }

    /// Stores everything readable again and removes the lock, in one transaction.
    pub async fn unprotect(self, current: String) -> Result<(), ProtectError> {
        data::repo()?.unprotect(&current).await?;
        self.after_protection_change(false);
        Ok(())
    }

    /// For a coach who forgot the passphrase: deletes every record and the lock. The
    /// automatic backup stops first, so its file keeps the last sealed backup (which opens
    /// if the passphrase comes back to mind).
    pub async fn erase_locked(self) -> Result<(), StorageError> {
        super::autosave::stop().await;
        data::repo()?.erase().await?;
        self.after_protection_change(false);
        self.show_unlocked().await
    }

    fn after_protection_change(self, protected: bool) {
        self.protected.set(protected);
        touch();
    }
}
