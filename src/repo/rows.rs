//! Between records and rows: a record's row is its JSON, sealed with the passphrase's key when
//! the data is protected. Sealing happens before a write transaction and opening after a read
//! (WebCrypto cannot run inside an IndexedDB transaction without it committing).

use crate::domain::Id;
use crate::records::Entry;
use crate::storage::lock::{Cipher, CryptoError};
use crate::storage::{key, Row, StorageError};
use base64::engine::general_purpose::STANDARD_NO_PAD as BASE64;
use base64::Engine;

/// The row of an entry, readable.
pub fn row_of(entry: &Entry) -> Row {
    Row {
        id: key(entry.id),
        project_id: entry.project.map(key),
        json: entry.json.clone(),
        sealed: None,
        rev: None,
    }
}

/// `rows` sealed with `key`, or as they are without one. Each body is bound to its row's id:
/// moved to another row, it does not open.
pub async fn seal<C: Cipher>(
    cipher: &C,
    key: Option<&C::Key>,
    mut rows: Vec<Row>,
) -> Result<Vec<Row>, StorageError> {
    let Some(key) = key else {
        return Ok(rows);
    };
    let items: Vec<(&[u8], &[u8])> = (rows.iter())
        .map(|r| (r.id.as_bytes(), r.json.as_bytes()))
        .collect();
    let sealed = cipher.seal_many(key, &items).await.map_err(storage_error)?;
    for (row, body) in rows.iter_mut().zip(sealed) {
        row.sealed = Some(BASE64.encode(body));
        row.json.clear();
    }
    Ok(rows)
}

/// Rows with readable bodies: sealed ones opened with `key` ([`StorageError::Locked`] without).
pub async fn open<C: Cipher>(
    cipher: &C,
    key: Option<&C::Key>,
    mut rows: Vec<Row>,
) -> Result<Vec<Row>, StorageError> {
    let sealed: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].sealed.is_some())
        .collect();
    if sealed.is_empty() {
        return Ok(rows);
    }
    let Some(key) = key else {
        return Err(StorageError::Locked);
    };
    let bytes = (sealed.iter())
        .map(|&i| {
            BASE64
                .decode(rows[i].sealed.as_deref().unwrap_or_default())
                .map_err(|_| StorageError::Corrupt(rows[i].id.clone()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let items: Vec<(&[u8], &[u8])> = (sealed.iter().zip(&bytes))
        .map(|(&i, body)| (rows[i].id.as_bytes(), body.as_slice()))
        .collect();
    let plain = cipher.open_many(key, &items).await.map_err(storage_error)?;
    for (i, body) in sealed.into_iter().zip(plain) {
        rows[i].json =
            String::from_utf8(body).map_err(|_| StorageError::Corrupt(rows[i].id.clone()))?;
        rows[i].sealed = None;
    }
    Ok(rows)
}

/// The id of a row.
pub fn id_of(row: &Row) -> Result<Id, StorageError> {
    Id::parse(&row.id).ok_or_else(|| StorageError::Corrupt(row.id.clone()))
}

/// What a failed seal or open means to storage.
pub fn storage_error(e: CryptoError) -> StorageError {
    match e {
        CryptoError::Damaged => StorageError::Corrupt("a sealed record does not open".into()),
        CryptoError::WrongPassphrase => StorageError::Locked,
        CryptoError::Unavailable => StorageError::Unavailable("no WebCrypto".into()),
    }
}
