//! Encryption at rest, the WebCrypto part: a key derived from the coach's passphrase with
//! PBKDF2-SHA-256 ([`ITERATIONS`] rounds over a random 16-byte salt) and data sealed with
//! AES-GCM-256 (a random 12-byte nonce per seal, the nonce stored in front of the ciphertext).
//!
//! A [`Lock`] is what is stored beside the data: the salt, the rounds and a check value sealed
//! with the key, so that a wrong passphrase is told apart from damaged data without showing or
//! touching anything. The key never leaves WebCrypto (it is not extractable).
//!
//! Status: this layer is built and tested in the browser (`tests/idb_storage.rs`), but the
//! store does not use it yet; see README ("Encryption").

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

/// `n` random bytes from the browser's cryptographic generator.
pub fn random_bytes(n: usize) -> Vec<u8> {
    let mut bytes = vec![0u8; n];
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    bytes
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
    let nonce = random_bytes(NONCE);
    let params = object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(nonce.as_slice()).into()),
    ]);
    let sealed = resolve(subtle()?.encrypt_with_object_and_u8_array(&params, &key.0, plain))
        .await
        .map_err(|_| CryptoError::Unavailable)?;
    let mut out = nonce;
    out.extend(Uint8Array::new(&sealed).to_vec());
    Ok(out)
}

/// Opens what [`seal`] made with the same key; anything else is [`CryptoError::Damaged`].
pub async fn open(key: &Key, sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
    if sealed.len() < NONCE + 16 {
        return Err(CryptoError::Damaged);
    }
    let (nonce, body) = sealed.split_at(NONCE);
    let params = object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(nonce).into()),
    ]);
    let plain = resolve(subtle()?.decrypt_with_object_and_u8_array(&params, &key.0, body))
        .await
        .map_err(|_| CryptoError::Damaged)?;
    Ok(Uint8Array::new(&plain).to_vec())
}

/// A new lock for `passphrase` (a fresh salt, [`ITERATIONS`] rounds) and its key.
pub async fn new_lock(passphrase: &str) -> Result<(Lock, Key), CryptoError> {
    let salt = random_bytes(16);
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

/// Changing the passphrase: every sealed item opened with the old key and sealed again with
/// a new lock's key. All of it or, on any failure, an error and nothing to write.
pub async fn rekey(
    sealed: &[Vec<u8>],
    old: &Key,
    new_passphrase: &str,
) -> Result<(Lock, Key, Vec<Vec<u8>>), CryptoError> {
    let (lock, key) = new_lock(new_passphrase).await?;
    let mut out = Vec::with_capacity(sealed.len());
    for item in sealed {
        out.push(seal(&key, &open(old, item).await?).await?);
    }
    Ok((lock, key, out))
}
