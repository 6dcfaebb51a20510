//! Encryption at rest, the WebCrypto part: a key derived from the coach's passphrase with
//! PBKDF2-SHA-256 ([`ITERATIONS`] rounds over a random 16-byte salt) and data sealed with
//! AES-GCM-256 (a random 12-byte nonce per seal, the nonce stored in front of the ciphertext).
//!
//! A [`Lock`] is what is stored beside the data: the salt, the rounds and a check value sealed
//! with the key, so that a wrong passphrase is told apart from damaged data without showing or
//! touching anything. The key never leaves WebCrypto (it is not extractable).
//!
//! The store ([`super::idb`]) seals the body of every record with it once the coach has set a
//! passphrase; many records are sealed or opened at once ([`seal_many`], [`open_many`]), since
//! WebCrypto works on them in parallel.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

/// PBKDF2 rounds for new locks: OWASP's figure for PBKDF2-SHA-256.
pub const ITERATIONS: u32 = 600_000;
const CHECK: &[u8] = b"stegvis-lock-v1";
const NONCE: usize = 12;

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

/// A key derived from a passphrase; only WebCrypto can use it.
#[derive(Clone)]
pub struct Key(CryptoKey);

/// What is stored beside encrypted data to unlock it again.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Lock {
    pub salt: Vec<u8>,
    pub iterations: u32,
    /// [`CHECK`] sealed with the key.
    pub check: Vec<u8>,
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.subtle())
        .ok_or(CryptoError::Unavailable)
}

/// `n` random bytes from the browser's cryptographic generator; never a weaker fallback.
fn random_bytes(n: usize) -> Result<Vec<u8>, CryptoError> {
    let mut bytes = vec![0u8; n];
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(bytes)
}

fn object(fields: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

fn usages(names: &[&str]) -> JsValue {
    names
        .iter()
        .map(|n| JsValue::from_str(n))
        .collect::<Array>()
        .into()
}

async fn resolve(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// Derives the AES-GCM key of `passphrase` with `salt` and `iterations` PBKDF2-SHA-256 rounds.
pub async fn derive(passphrase: &str, salt: &[u8], iterations: u32) -> Result<Key, CryptoError> {
    let subtle = subtle()?;
    let secret = Uint8Array::from(passphrase.as_bytes());
    let base = resolve(subtle.import_key_with_str(
        "raw",
        &secret,
        "PBKDF2",
        false,
        &usages(&["deriveKey"]),
    ))
    .await
    .map_err(|_| CryptoError::Unavailable)?;
    let params = object(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", iterations.into()),
    ]);
    let aes = object(&[("name", "AES-GCM".into()), ("length", 256.into())]);
    let key = resolve(subtle.derive_key_with_object_and_object(
        &params,
        &base.unchecked_into(),
        &aes,
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await
    .map_err(|_| CryptoError::Unavailable)?;
    Ok(Key(key.unchecked_into()))
}

/// Seals `plain`: a fresh nonce, then the ciphertext with its tag.
pub async fn seal(key: &Key, plain: &[u8]) -> Result<Vec<u8>, CryptoError> {
    seal_many(key, &[(b"", plain)])
        .await
        .map(|mut v| v.remove(0))
}

/// Opens what [`seal`] made with the same key; anything else is [`CryptoError::Damaged`].
pub async fn open(key: &Key, sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
    open_many(key, &[(b"", sealed)])
        .await
        .map(|mut v| v.remove(0))
}

/// AES-GCM's parameters for one item: the nonce, and what the item is bound to (authenticated
/// with it but not sealed: a record's id, so a sealed body moved to another record does not
/// open).
fn gcm(nonce: &[u8], bound_to: &[u8]) -> Object {
    let params = object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(nonce).into()),
    ]);
    if !bound_to.is_empty() {
        let _ = Reflect::set(
            &params,
            &"additionalData".into(),
            &Uint8Array::from(bound_to).into(),
        );
    }
    params
}

/// [`seal`] for many items at once, each `(bound_to, plain)`: all of them, or the first
/// failure. An item opens only with the same `bound_to` ([`open_many`]).
pub async fn seal_many(key: &Key, items: &[(&[u8], &[u8])]) -> Result<Vec<Vec<u8>>, CryptoError> {
    let subtle = subtle()?;
    let nonces = (0..items.len())
        .map(|_| random_bytes(NONCE))
        .collect::<Result<Vec<_>, _>>()?;
    let promises = Array::new();
    for (nonce, (bound_to, plain)) in nonces.iter().zip(items) {
        let promise = subtle
            .encrypt_with_object_and_u8_array(&gcm(nonce, bound_to), &key.0, plain)
            .map_err(|_| CryptoError::Unavailable)?;
        promises.push(&promise);
    }
    let sealed = JsFuture::from(js_sys::Promise::all(&promises))
        .await
        .map_err(|_| CryptoError::Unavailable)?;
    let sealed: Array = sealed.unchecked_into();
    Ok(nonces
        .into_iter()
        .zip(sealed.iter())
        .map(|(mut out, body)| {
            out.extend(Uint8Array::new(&body).to_vec());
            out
        })
        .collect())
}

/// [`open`] for many items at once, each `(bound_to, sealed)`: all of them, or
/// [`CryptoError::Damaged`] if any fails.
pub async fn open_many(key: &Key, items: &[(&[u8], &[u8])]) -> Result<Vec<Vec<u8>>, CryptoError> {
    let subtle = subtle()?;
    let promises = Array::new();
    for (bound_to, sealed) in items {
        if sealed.len() < NONCE + 16 {
            return Err(CryptoError::Damaged);
        }
        let (nonce, body) = sealed.split_at(NONCE);
        let promise = subtle
            .decrypt_with_object_and_u8_array(&gcm(nonce, bound_to), &key.0, body)
            .map_err(|_| CryptoError::Damaged)?;
        promises.push(&promise);
    }
    let plain = JsFuture::from(js_sys::Promise::all(&promises))
        .await
        .map_err(|_| CryptoError::Damaged)?;
    let plain: Array = plain.unchecked_into();
    Ok(plain.iter().map(|p| Uint8Array::new(&p).to_vec()).collect())
}

/// A new lock for `passphrase` (a fresh salt, [`ITERATIONS`] rounds) and its key.
pub async fn new_lock(passphrase: &str) -> Result<(Lock, Key), CryptoError> {
    let salt = random_bytes(16)?;
    let key = derive(passphrase, &salt, ITERATIONS).await?;
    let check = seal(&key, CHECK).await?;
    let lock = Lock {
        salt,
        iterations: ITERATIONS,
        check,
    };
    Ok((lock, key))
}

/// The key of `lock` if `passphrase` is the right one; nothing is shown or changed otherwise.
pub async fn unlock(lock: &Lock, passphrase: &str) -> Result<Key, CryptoError> {
    let key = derive(passphrase, &lock.salt, lock.iterations).await?;
    match open(&key, &lock.check).await {
        Ok(check) if check == CHECK => Ok(key),
        _ => Err(CryptoError::WrongPassphrase),
    }
}
