//! The passphrase lock, independent of any platform: what is stored beside protected data
//! ([`Lock`]: salt, rounds and a check value sealed with the key), and [`Cipher`], the one
//! interface to the cryptography that derives keys and seals. The browser's cipher is WebCrypto
//! (`super::webcrypto`: PBKDF2-SHA-256 and AES-GCM-256); native tests use
//! [`super::toy_cipher::ToyCipher`], which keeps the same contract and protects nothing.

use serde::{Deserialize, Serialize};

/// PBKDF2 rounds for new locks: OWASP's figure for PBKDF2-SHA-256.
pub const ITERATIONS: u32 = 600_000;
/// What a lock's check value opens to, when the passphrase is right.
const CHECK: &[u8] = b"stegvis-lock-v1";

/// Why sealing or opening failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// The browser has no WebCrypto (not a secure context, or a very old browser).
    Unavailable,
    /// The passphrase does not open this lock.
    WrongPassphrase,
    /// Sealed data that does not open with this key: changed, cut short, or another key's.
    Damaged,
}

/// What is stored beside encrypted data to unlock it again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lock {
    pub salt: Vec<u8>,
    pub iterations: u32,
    /// [`CHECK`] sealed with the key.
    pub check: Vec<u8>,
}

/// Key derivation and sealing. An item sealed with `(bound_to, plain)` opens only with the same
/// key and the same `bound_to` (a record's id: a sealed body moved to another record does not
/// open).
#[allow(async_fn_in_trait)]
pub trait Cipher {
    type Key: Clone;
    /// The key of `passphrase` with `salt` and `iterations` rounds.
    async fn derive(
        &self,
        passphrase: &str,
        salt: &[u8],
        iterations: u32,
    ) -> Result<Self::Key, CryptoError>;
    /// Seals every `(bound_to, plain)`: all of them, or the first failure.
    async fn seal_many(
        &self,
        key: &Self::Key,
        items: &[(&[u8], &[u8])],
    ) -> Result<Vec<Vec<u8>>, CryptoError>;
    /// Opens every `(bound_to, sealed)`: all of them, or [`CryptoError::Damaged`].
    async fn open_many(
        &self,
        key: &Self::Key,
        items: &[(&[u8], &[u8])],
    ) -> Result<Vec<Vec<u8>>, CryptoError>;
    /// `n` bytes from a cryptographic generator; never a weaker fallback.
    fn random_bytes(&self, n: usize) -> Result<Vec<u8>, CryptoError>;
    /// The rounds of a new lock.
    fn iterations(&self) -> u32 {
        ITERATIONS
    }
}

/// Seals one item, bound to nothing.
pub async fn seal<C: Cipher>(c: &C, key: &C::Key, plain: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let mut sealed = c.seal_many(key, &[(b"", plain)]).await?;
    sealed.pop().ok_or(CryptoError::Damaged)
}

/// Opens what [`seal`] made with the same key.
pub async fn open<C: Cipher>(c: &C, key: &C::Key, sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let mut plain = c.open_many(key, &[(b"", sealed)]).await?;
    plain.pop().ok_or(CryptoError::Damaged)
}

/// A new lock for `passphrase` (a fresh 16-byte salt) and its key.
pub async fn new_lock<C: Cipher>(c: &C, passphrase: &str) -> Result<(Lock, C::Key), CryptoError> {
    let salt = c.random_bytes(16)?;
    let iterations = c.iterations();
    let key = c.derive(passphrase, &salt, iterations).await?;
    let check = seal(c, &key, CHECK).await?;
    let lock = Lock {
        salt,
        iterations,
        check,
    };
    Ok((lock, key))
}

/// The key of `lock` if `passphrase` is the right one; nothing is shown or changed otherwise.
pub async fn unlock<C: Cipher>(
    c: &C,
    lock: &Lock,
    passphrase: &str,
) -> Result<C::Key, CryptoError> {
    let key = c.derive(passphrase, &lock.salt, lock.iterations).await?;
    match open(c, &key, &lock.check).await {
        Ok(check) if check == CHECK => Ok(key),
        Ok(_) | Err(CryptoError::Damaged) => Err(CryptoError::WrongPassphrase),
        Err(e) => Err(e),
    }
}
