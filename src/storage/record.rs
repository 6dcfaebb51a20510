//! How a domain record is laid out when stored: a few plain keys for indexes, and the record
//! itself as JSON text.
//!
//! Keeping the body as one string makes loading fast (one `getAll`, then `serde_json` in wasm
//! rather than walking JavaScript objects field by field). When the coach protects the data
//! with a passphrase, the body is kept sealed instead (`sealed`, AES-GCM in base64) and `json`
//! is left empty: only the ids and the project a record belongs to stay readable.

use crate::domain::{Id, Participant, Project};
use crate::survey::{Answer, Form};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

use super::StorageError;

/// A stored row. `project_id` is set for participants, so the store can index on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    /// The record as JSON; empty while the row is sealed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub json: String,
    /// The JSON sealed with the passphrase's key (nonce and ciphertext, base64).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed: Option<String>,
    /// On a project's row: counts the writes to the project and its records, so that a write
    /// planned on what a tab read can check, in its own transaction, that nothing of the project
    /// changed since (see [`super::Revision`]). Rows written before it existed have none (0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<u64>,
}

pub fn project_row(p: &Project) -> Row {
    Row {
        id: p.id.to_string(),
        project_id: None,
        json: to_json(p),
        sealed: None,
        rev: None,
    }
}

pub fn participant_row(p: &Participant) -> Row {
    Row {
        id: p.id.to_string(),
        project_id: Some(p.project_id.to_string()),
        json: to_json(p),
        sealed: None,
        rev: None,
    }
}

pub fn form_row(f: &Form) -> Row {
    Row {
        id: f.id.to_string(),
        project_id: Some(f.project_id.to_string()),
        json: to_json(f),
        sealed: None,
        rev: None,
    }
}

pub fn answer_row(a: &Answer) -> Row {
    Row {
        id: a.id.to_string(),
        project_id: Some(a.project_id.to_string()),
        json: to_json(a),
        sealed: None,
        rev: None,
    }
}

pub fn id_key(id: Id) -> String {
    id.to_string()
}

fn to_json<T: Serialize>(value: &T) -> String {
    // Our records hold only strings, numbers and plain enums: serialising cannot fail.
    serde_json::to_string(value).expect("domain records serialise to JSON")
}

/// The record of a row whose body is readable (not sealed, or opened already).
pub fn from_row<T: DeserializeOwned>(row: &Row) -> Result<T, StorageError> {
    if row.sealed.is_some() {
        return Err(StorageError::Locked);
    }
    serde_json::from_str(&row.json).map_err(|e| StorageError::Corrupt(format!("{}: {e}", row.id)))
}
