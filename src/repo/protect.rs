//! Protecting the data with a passphrase, through the repository: unlocking and locking,
//! setting, changing and removing the passphrase (every row sealed again, in one transaction),
//! starting over after a forgotten one, and backup files sealed with it.
//!
//! A change of passphrase reads every row, opens it with the old key, seals it with the new one
//! and writes all of them with the new lock in one transaction, which first checks that the
//! stored lock and every stored row are still exactly what was read; if another tab saved in
//! between, it starts over (three times, then [`StorageError::Stale`] and nothing changed).

use super::{rows, Change, Message, Repo};
use crate::formats::backup::{Backup, BackupError};
use crate::formats::sealed::SealedBackup;
use crate::storage::lock::{self, Cipher, CryptoError, Lock};
use crate::storage::{Check, Delete, StorageError, Store, Write};

/// The shortest passphrase the app accepts.
pub const MIN_PASSPHRASE: usize = 8;
/// The idle times, in minutes, a coach can choose before protected data locks.
pub const LOCK_MINUTES_RANGE: std::ops::RangeInclusive<u16> = 1..=240;

/// Whether the data can be read now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Access {
    /// Protected with a passphrase.
    pub protected: bool,
    /// Readable in this tab: not protected, or unlocked with the lock that is stored.
    pub open: bool,
}

/// Why protecting, unlocking or changing the passphrase failed. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProtectError {
    /// The passphrase does not open the lock.
    WrongPassphrase,
    /// The browser has no WebCrypto here.
    Unavailable,
    /// The data is protected already (another tab may have just done it).
    AlreadyProtected,
    /// The data is not protected.
    NotProtected,
    /// Storage failed.
    Storage(StorageError),
}

impl From<StorageError> for ProtectError {
    fn from(e: StorageError) -> Self {
        ProtectError::Storage(e)
    }
}

impl From<CryptoError> for ProtectError {
    fn from(e: CryptoError) -> Self {
        match e {
            CryptoError::WrongPassphrase => ProtectError::WrongPassphrase,
            CryptoError::Unavailable => ProtectError::Unavailable,
            CryptoError::Damaged => ProtectError::Storage(rows::storage_error(e)),
        }
    }
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

impl<S: Store, C: Cipher> Repo<S, C> {
    /// Whether the data can be read in this tab. A key of a lock that is gone (another tab
    /// changed or removed the passphrase) is forgotten.
    pub async fn access(&self) -> Result<Access, StorageError> {
        let stored = self.store.lock().await?;
        let open = stored == self.lock_now();
        if !open {
            self.forget_key();
        }
        Ok(Access {
            protected: stored.is_some(),
            open: open || stored.is_none(),
        })
    }

    /// Unlocks with `passphrase`. A wrong one changes nothing.
    pub async fn unlock(&self, passphrase: &str) -> Result<(), ProtectError> {
        let lock = self.store.lock().await?.ok_or(ProtectError::NotProtected)?;
        let key = lock::unlock(&self.cipher, &lock, passphrase).await?;
        *self.key.borrow_mut() = Some((lock, key));
        Ok(())
    }

    /// Locks this tab: the key is forgotten until [`Repo::unlock`].
    pub fn lock_here(&self) {
        self.forget_key();
        self.listeners.tell(&Change::Locked);
    }

    /// Locks this tab and tells the other tabs to lock too.
    pub fn lock_everywhere(&self) {
        self.lock_here();
        self.post(Message::Lock);
    }

    /// The key and lock in use, if unlocked.
    pub fn key(&self) -> Option<(Lock, C::Key)> {
        self.key.borrow().clone()
    }

    /// Protects the data with `passphrase`: every row sealed, and the lock stored, at once.
    pub async fn protect(&self, passphrase: &str) -> Result<(), ProtectError> {
        if self.store.lock().await?.is_some() {
            return Err(ProtectError::AlreadyProtected);
        }
        let new = lock::new_lock(&self.cipher, passphrase).await?;
        self.reseal(Some(new)).await
    }

    /// Changes the passphrase: `current` must open the lock.
    pub async fn change_passphrase(&self, current: &str, new: &str) -> Result<(), ProtectError> {
        self.unlock(current).await?;
        let new = lock::new_lock(&self.cipher, new).await?;
        self.reseal(Some(new)).await
    }

    /// Removes the protection: every row stored readable again and the lock deleted.
    pub async fn unprotect(&self, current: &str) -> Result<(), ProtectError> {
        self.unlock(current).await?;
        self.reseal(None).await
    }

    /// Deletes every record and the lock, for a coach who has forgotten the passphrase.
    pub async fn erase(&self) -> Result<(), StorageError> {
        let write = Write {
            lock: self.store.lock().await?,
            new_lock: Some(None),
            deletes: vec![Delete::Everything],
            ..Write::default()
        };
        self.store.write(&write).await?;
        self.forget_key();
        self.uniques.borrow_mut().clear();
        self.after_protection_change();
        Ok(())
    }

    fn after_protection_change(&self) {
        self.post(Message::Changed);
        self.listeners.tell(&Change::Protection { here: true });
    }

    async fn reseal(&self, new: Option<(Lock, C::Key)>) -> Result<(), ProtectError> {
        for _ in 0..3 {
            match self.reseal_once(&new).await {
                Err(ProtectError::Storage(StorageError::Stale)) => continue,
                Ok(()) => {
                    *self.key.borrow_mut() = new;
                    self.after_protection_change();
                    return Ok(());
                }
                Err(e) => return Err(e),
            }
        }
        Err(ProtectError::Storage(StorageError::Stale))
    }

    async fn reseal_once(&self, new: &Option<(Lock, C::Key)>) -> Result<(), ProtectError> {
        let new_key = new.as_ref().map(|(_, k)| k);
        let mut write = Write {
            lock: self.lock_now(),
            new_lock: Some(new.as_ref().map(|(lock, _)| lock.clone())),
            ..Write::default()
        };
        for ops in &self.kinds {
            let kind = ops.kind();
            let stored = self.store.rows(kind, None).await?;
            let plain = self.opened(stored.clone()).await?;
            let sealed = rows::seal(&self.cipher, new_key, plain).await?;
            write.checks.push(Check::All { kind, rows: stored });
            write.puts.extend(sealed.into_iter().map(|r| (kind, r)));
        }
        self.store.write(&write).await?;
        Ok(())
    }

    /// The text of a backup file of everything stored: sealed with the passphrase when the data
    /// is protected, so a backup never holds more readably than the device does.
    pub async fn backup_file(
        &self,
        schema_version: u32,
        exported_at: String,
    ) -> Result<String, StorageError> {
        // The key is taken before reading: if the tab locks while the data is read, the reads
        // fail rather than the backup being written without a seal.
        let key = self.key();
        if key.is_none() && self.store.lock().await?.is_some() {
            return Err(StorageError::Locked);
        }
        let data = self.everything().await?.data;
        let json = Backup::new(data, schema_version, exported_at.clone()).to_json();
        let Some((lock, key)) = key else {
            return Ok(json);
        };
        let sealed = lock::seal(&self.cipher, &key, json.as_bytes())
            .await
            .map_err(rows::storage_error)?;
        Ok(SealedBackup::new(
            exported_at,
            &lock.salt,
            lock.iterations,
            &lock.check,
            &sealed,
        )
        .to_json())
    }

    /// Opens a sealed backup: with this tab's key if it was sealed under the same lock, else
    /// with `passphrase`.
    pub async fn open_sealed(
        &self,
        sealed: &SealedBackup,
        passphrase: Option<&str>,
    ) -> Result<Backup, SealedError> {
        let parts = sealed.parts().map_err(SealedError::Backup)?;
        let lock = Lock {
            salt: parts.salt,
            iterations: sealed.iterations,
            check: parts.check,
        };
        let key = match (self.key(), passphrase) {
            (Some((ours, key)), _) if ours == lock => key,
            (_, Some(passphrase)) => lock::unlock(&self.cipher, &lock, passphrase)
                .await
                .map_err(|e| match e {
                    CryptoError::Unavailable => SealedError::Unavailable,
                    _ => SealedError::WrongPassphrase,
                })?,
            _ => return Err(SealedError::NeedsPassphrase),
        };
        let plain = lock::open(&self.cipher, &key, &parts.data)
            .await
            .map_err(|_| {
                SealedError::Backup(BackupError::Invalid("the sealed data is damaged".into()))
            })?;
        Backup::parse(&plain).map_err(SealedError::Backup)
    }
}
