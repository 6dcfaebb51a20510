//! The app's four kinds of record: projects, participants, self-evaluation forms and answers.

use super::{Kind, Of, Record, World};
use crate::domain::check::{self, RecordProblem};
use crate::domain::{key, Id, Participant, Project, Timestamp};
use crate::survey::{check as survey_check, Answer, Form};

pub static PROJECTS: Of<Project> = Of::new();
pub static PARTICIPANTS: Of<Participant> = Of::new();
pub static FORMS: Of<Form> = Of::new();
pub static ANSWERS: Of<Answer> = Of::new();

impl Record for Project {
    const KIND: Kind = Kind {
        name: "projects",
        since: 1,
        owned: false,
        clash: RecordProblem::DuplicateId,
    };
    fn id(&self) -> Id {
        self.id
    }
    fn project(&self) -> Option<Id> {
        None
    }
    fn edited(&self) -> Option<Timestamp> {
        Some(self.updated_at)
    }
    fn stamp(&mut self, at: Timestamp) {
        self.updated_at = at;
    }
    fn label(&self) -> String {
        self.name.clone()
    }
    fn check(&self, _: &World) -> Vec<RecordProblem> {
        check::project(self)
    }
}

impl Record for Participant {
    const KIND: Kind = Kind {
        name: "participants",
        since: 1,
        owned: true,
        clash: RecordProblem::DuplicateCode,
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
        self.code.clone()
    }
    fn unique(&self) -> Option<String> {
        Some(key::key(&self.code))
    }
    fn check(&self, world: &World) -> Vec<RecordProblem> {
        check::participant(self, world.project(self.project_id))
    }
}

impl Record for Form {
    const KIND: Kind = Kind {
        name: "forms",
        since: 3,
        owned: true,
        clash: RecordProblem::DuplicateId,
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
        self.name.clone()
    }
    fn check(&self, _: &World) -> Vec<RecordProblem> {
        if survey_check::problems(self).is_empty() {
            Vec::new()
        } else {
            vec![RecordProblem::BadForm]
        }
    }
}

impl Record for Answer {
    const KIND: Kind = Kind {
        name: "answers",
        since: 3,
        owned: true,
        clash: RecordProblem::DuplicateAnswer,
    };
    fn id(&self) -> Id {
        self.id
    }
    fn project(&self) -> Option<Id> {
        Some(self.project_id)
    }
    /// Answers never change once stored.
    fn edited(&self) -> Option<Timestamp> {
        None
    }
    fn stamp(&mut self, _: Timestamp) {}
    fn label(&self) -> String {
        self.month.to_string()
    }
    fn refers_to(&self) -> Vec<Id> {
        vec![self.form_id]
    }
    /// The same answer (form and nonce) is never counted twice.
    fn unique(&self) -> Option<String> {
        Some(format!("{}:{}", self.form_id, self.nonce))
    }
    fn check(&self, world: &World) -> Vec<RecordProblem> {
        match world.form(self.form_id) {
            Some(form) if survey_check::answer_problems(form, self, world.latest()).is_empty() => {
                Vec::new()
            }
            _ => vec![RecordProblem::BadAnswer],
        }
    }
}
