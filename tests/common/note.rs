//! A kind of record only the tests know: a note of a project. Declared here as any kind is
//! declared (a type, `impl Record`, a static `Of`), it gets storing, loading, deleting, batches,
//! backups, restore plans, merging, sealing and its schema step for free.

use stegvis::domain::{Id, Timestamp};
use stegvis::records::{Kind, Record};

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Note {
    pub id: Id,
    pub project_id: Id,
    pub text: String,
    pub updated_at: Timestamp,
}

impl Record for Note {
    const KIND: Kind = Kind {
        name: "notes",
        since: 6,
        owned: true,
        clash: stegvis::domain::check::RecordProblem::DuplicateId,
    };
    fn id(&self) -> Id {
        self.id
    }
    fn project(&self) -> Option<Id> {
        Some(self.project_id)
    }
    fn edited(&self) -> Option<Timestamp> {
        Some(self.updated_at)
    }
    fn stamp(&mut self, at: Timestamp) {
        self.updated_at = at;
    }
    fn label(&self) -> String {
        self.text.clone()
    }
    fn check(&self, _: &stegvis::records::World) -> Vec<stegvis::domain::check::RecordProblem> {
        Vec::new()
    }
}

pub static NOTES: stegvis::records::Of<Note> = stegvis::records::Of::new();
