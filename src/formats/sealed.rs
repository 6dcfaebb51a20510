//! Backups of protected data: the whole backup file ([`super::backup`]) sealed with the
//! passphrase's key, in an envelope that says how to derive that key again.
//!
//! The envelope is JSON with `"format": "stegvis-backup-sealed"`, the PBKDF2 salt and rounds
//! and the lock's check value (so a wrong passphrase is told apart from a damaged file), and
//! the sealed backup, all binary fields in base64. Sealing and opening are WebCrypto's
//! (`storage::crypto`, browser only); this module is the file format and is tested natively.

use super::backup::{text, Backup, BackupError, Head};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "stegvis-backup-sealed";
pub const VERSION: u32 = 1;
/// The PBKDF2 rounds a sealed backup may ask for.
pub const ITERATIONS: std::ops::RangeInclusive<u32> = 100_000..=10_000_000;

/// A sealed backup file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedBackup {
    pub format: String,
    pub version: u32,
    /// When it was made (ISO 8601, UTC); readable without the passphrase.
    pub exported_at: String,
    /// The PBKDF2 salt, base64.
    pub salt: String,
    /// The PBKDF2 rounds.
    pub iterations: u32,
    /// The lock's sealed check value, base64.
    pub check: String,
    /// The backup file's JSON, sealed, base64.
    pub data: String,
}

impl SealedBackup {
    pub fn new(
        exported_at: String,
        salt: &[u8],
        iterations: u32,
        check: &[u8],
        sealed: &[u8],
    ) -> Self {
        SealedBackup {
            format: FORMAT.into(),
            version: VERSION,
            exported_at,
            salt: BASE64.encode(salt),
            iterations,
            check: BASE64.encode(check),
            data: BASE64.encode(sealed),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("sealed backups serialise")
    }

    /// The salt, the check value and the sealed data as bytes. Rounds outside
    /// [`ITERATIONS`] are refused: too few would be weak, too many would freeze the page.
    pub fn parts(&self) -> Result<SealedParts, BackupError> {
        if !ITERATIONS.contains(&self.iterations) {
            return Err(BackupError::Invalid(format!(
                "{} PBKDF2 rounds",
                self.iterations
            )));
        }
        let bytes = |field: &str, text: &str| {
            BASE64
                .decode(text)
                .map_err(|_| BackupError::Invalid(format!("{field} is not base64")))
        };
        Ok(SealedParts {
            salt: bytes("salt", &self.salt)?,
            check: bytes("check", &self.check)?,
            data: bytes("data", &self.data)?,
        })
    }
}

/// The binary fields of a [`SealedBackup`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedParts {
    pub salt: Vec<u8>,
    pub check: Vec<u8>,
    pub data: Vec<u8>,
}

/// A backup file as read: readable, or sealed with a passphrase.
#[derive(Clone, Debug, PartialEq)]
pub enum BackupFile {
    Plain(Box<Backup>),
    Sealed(SealedBackup),
}

impl BackupFile {
    /// Reads and checks a backup file of either kind.
    pub fn parse(bytes: &[u8]) -> Result<BackupFile, BackupError> {
        let text = text(bytes)?;
        let head = Head::of(text)?;
        if head.format() != Some(FORMAT) {
            return Backup::from_text(text, &crate::records::KINDS)
                .map(|b| BackupFile::Plain(Box::new(b)));
        }
        head.check(FORMAT, VERSION)?;
        let sealed: SealedBackup =
            serde_json::from_str(text).map_err(|e| BackupError::Invalid(e.to_string()))?;
        sealed.parts()?;
        Ok(BackupFile::Sealed(sealed))
    }
}
