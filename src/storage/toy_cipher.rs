//! A [`Cipher`] for native tests: it keeps the contract of the real one (a key from a
//! passphrase, items that open only with the same key and the same `bound_to`, damage detected)
//! and protects nothing. It is never used in the browser, where WebCrypto seals
//! (`super::webcrypto`). Built from SHA-256: the key is a hash of salt and passphrase, the
//! sealed body a nonce, the plain bytes masked with a hash stream, and a 16-byte tag.

use super::lock::{Cipher, CryptoError};
use sha2::{Digest, Sha256};
use std::cell::Cell;

/// The test cipher. Its "random" bytes are a counter: unique, not secret.
#[derive(Default)]
pub struct ToyCipher {
    counter: Cell<u64>,
}

fn hash(parts: &[&[u8]]) -> [u8; 32] {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize().into()
}

fn masked(key: &[u8; 32], nonce: &[u8], bytes: &[u8]) -> Vec<u8> {
    (bytes.chunks(32).enumerate())
        .flat_map(|(i, chunk)| {
            let pad = hash(&[key, nonce, &(i as u64).to_le_bytes()]);
            chunk
                .iter()
                .zip(pad)
                .map(|(b, p)| b ^ p)
                .collect::<Vec<_>>()
        })
        .collect()
}

impl Cipher for ToyCipher {
    type Key = [u8; 32];

    async fn derive(
        &self,
        passphrase: &str,
        salt: &[u8],
        iterations: u32,
    ) -> Result<[u8; 32], CryptoError> {
        Ok(hash(&[
            salt,
            passphrase.as_bytes(),
            &iterations.to_le_bytes(),
        ]))
    }

    async fn seal_many(
        &self,
        key: &[u8; 32],
        items: &[(&[u8], &[u8])],
    ) -> Result<Vec<Vec<u8>>, CryptoError> {
        items
            .iter()
            .map(|(bound_to, plain)| {
                let nonce = self.random_bytes(12)?;
                let body = masked(key, &nonce, plain);
                let tag = hash(&[key, &nonce, bound_to, &body]);
                Ok([nonce.as_slice(), &body, &tag[..16]].concat())
            })
            .collect()
    }

    async fn open_many(
        &self,
        key: &[u8; 32],
        items: &[(&[u8], &[u8])],
    ) -> Result<Vec<Vec<u8>>, CryptoError> {
        items
            .iter()
            .map(|(bound_to, sealed)| {
                if sealed.len() < 12 + 16 {
                    return Err(CryptoError::Damaged);
                }
                let (nonce, rest) = sealed.split_at(12);
                let (body, tag) = rest.split_at(rest.len() - 16);
                if hash(&[key, nonce, bound_to, body])[..16] != *tag {
                    return Err(CryptoError::Damaged);
                }
                Ok(masked(key, nonce, body))
            })
            .collect()
    }

    fn random_bytes(&self, n: usize) -> Result<Vec<u8>, CryptoError> {
        let next = self.counter.get() + 1;
        self.counter.set(next);
        Ok(hash(&[b"toy", &next.to_le_bytes()])
            .iter()
            .cycle()
            .take(n)
            .copied()
            .collect())
    }

    /// The fewest rounds a sealed backup may ask for; the toy derives in one hash whatever
    /// the rounds.
    fn iterations(&self) -> u32 {
        100_000
    }
}
