//! Kiosk mode's lock: the coach's PIN, kept only as a salted SHA-256, and the pause after too
//! many wrong tries.
//!
//! The PIN keeps a participant holding the coach's device inside the form; it is not a
//! protection against someone with time and the browser's developer tools (encryption at rest
//! is a separate feature).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Wrong tries allowed before a pause.
pub const TRIES: u32 = 5;
/// The pause after [`TRIES`] wrong tries, in seconds.
pub const PAUSE_SECONDS: u32 = 30;

/// Why a new PIN is not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PinProblem {
    #[error("a PIN has 4 to 8 digits")]
    Format,
    #[error("the two PINs differ")]
    Mismatch,
}

/// How many digits a PIN has.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=8;

/// Checks a new PIN and its repetition.
pub fn check_new_pin(pin: &str, again: &str) -> Result<(), PinProblem> {
    let pin = pin.trim();
    if !PIN_DIGITS.contains(&pin.len()) || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PinProblem::Format);
    }
    if pin != again.trim() {
        return Err(PinProblem::Mismatch);
    }
    Ok(())
}

/// A device in kiosk mode: which form it shows, at which moment, and the lock.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KioskLock {
    pub project: String,
    pub form: String,
    pub moment: String,
    pub salt: String,
    pub pin_hash: String,
}

fn hash(salt: &str, pin: &str) -> String {
    Sha256::digest(format!("{salt}:{}", pin.trim()).as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl KioskLock {
    /// A lock for `pin` with a fresh random salt.
    pub fn new(project: String, form: String, moment: String, pin: &str) -> Self {
        let salt = uuid::Uuid::new_v4().simple().to_string();
        let pin_hash = hash(&salt, pin);
        KioskLock {
            project,
            form,
            moment,
            salt,
            pin_hash,
        }
    }

    pub fn opens_with(&self, pin: &str) -> bool {
        hash(&self.salt, pin) == self.pin_hash
    }
}

/// Counts wrong tries and says when the next try is allowed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Attempts {
    failures: u32,
    /// Seconds (on the caller's clock) before which no try is taken.
    blocked_until: u64,
}

impl Attempts {
    /// Seconds left to wait at `now`, if a pause is running.
    pub fn wait(&self, now: u64) -> Option<u32> {
        (now < self.blocked_until).then(|| (self.blocked_until - now) as u32)
    }

    /// Records a wrong try at `now`; every [`TRIES`]th starts a pause.
    pub fn failed(&mut self, now: u64) {
        self.failures += 1;
        if self.failures.is_multiple_of(TRIES) {
            self.blocked_until = now + u64::from(PAUSE_SECONDS);
        }
    }
}
