//! How a domain record is laid out when stored: a few plain keys for indexes, and the record
//! itself as JSON text.
//!
//! Keeping the body as one string makes loading fast (one `getAll`, then `serde_json` in wasm
//! rather than walking JavaScript objects field by field) and lets a later version store the
//! body encrypted without changing the schema.

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
    pub json: String,
}

pub fn project_row(p: &Project) -> Row {
    Row {
        id: p.id.to_string(),
        project_id: None,
        json: to_json(p),
    }
}

pub fn participant_row(p: &Participant) -> Row {
    Row {
        id: p.id.to_string(),
        project_id: Some(p.project_id.to_string()),
        json: to_json(p),
    }
}

pub fn form_row(f: &Form) -> Row {
    Row {
        id: f.id.to_string(),
        project_id: Some(f.project_id.to_string()),
        json: to_json(f),
    }
}

pub fn answer_row(a: &Answer) -> Row {
    Row {
        id: a.id.to_string(),
        project_id: Some(a.project_id.to_string()),
        json: to_json(a),
    }
}

pub fn id_key(id: Id) -> String {
    id.to_string()
}

fn to_json<T: Serialize>(value: &T) -> String {
    // Our records hold only strings, numbers and plain enums: serialising cannot fail.
    serde_json::to_string(value).expect("domain records serialise to JSON")
}

pub fn from_row<T: DeserializeOwned>(row: &Row) -> Result<T, StorageError> {
    serde_json::from_str(&row.json).map_err(|e| StorageError::Corrupt(format!("{}: {e}", row.id)))
}
