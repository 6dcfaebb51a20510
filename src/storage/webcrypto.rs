//! The browser's [`Cipher`]: WebCrypto. A key is derived from the coach's passphrase with
//! PBKDF2-SHA-256 (the lock's rounds over its random 16-byte salt) and data is sealed with
//! AES-GCM-256 (a random 12-byte nonce per seal, stored in front of the ciphertext; an item is
//! bound to its `bound_to` as additional data). The key never leaves WebCrypto (it is not
//! extractable). Many items are sealed or opened at once, since WebCrypto works on them in
//! parallel.

use super::lock::{Cipher, CryptoError};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

const NONCE: usize = 12;

/// WebCrypto, as a [`Cipher`].
#[derive(Clone, Copy, Debug, Default)]
pub struct WebCrypto;

/// A key derived from a passphrase; only WebCrypto can use it.
#[derive(Clone)]
pub struct Key(CryptoKey);

impl Cipher for WebCrypto {
    type Key = Key;

    async fn derive(
        &self,
        passphrase: &str,
        salt: &[u8],
        iterations: u32,
    ) -> Result<Key, CryptoError> {
        derive(passphrase, salt, iterations).await
    }

    async fn seal_many(
        &self,
        key: &Key,
        items: &[(&[u8], &[u8])],
    ) -> Result<Vec<Vec<u8>>, CryptoError> {
        seal_many(key, items).await
    }

    async fn open_many(
        &self,
        key: &Key,
        items: &[(&[u8], &[u8])],
    ) -> Result<Vec<Vec<u8>>, CryptoError> {
        open_many(key, items).await
    }

    fn random_bytes(&self, n: usize) -> Result<Vec<u8>, CryptoError> {
        random_bytes(n)
    }
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
async fn derive(passphrase: &str, salt: &[u8], iterations: u32) -> Result<Key, CryptoError> {
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

/// Seals many items at once, each `(bound_to, plain)`: all of them, or the first failure. An
/// item opens only with the same `bound_to` ([`open_many`]).
async fn seal_many(key: &Key, items: &[(&[u8], &[u8])]) -> Result<Vec<Vec<u8>>, CryptoError> {
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

/// Opens many items at once, each `(bound_to, sealed)`: all of them, or
/// [`CryptoError::Damaged`] if any fails.
async fn open_many(key: &Key, items: &[(&[u8], &[u8])]) -> Result<Vec<Vec<u8>>, CryptoError> {
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
