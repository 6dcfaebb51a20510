//! What a door check needs to know of the other records: the projects there (with their label
//! ids), the self-evaluation forms, and the latest month an answer may be from. Screening a set
//! of records builds it kind by kind ([`super::Ops::tell`]): what passed is what later records
//! are checked against.

use super::Record;
use crate::domain::check::ProjectLabels;
use crate::domain::{Date, Id, Project};
use crate::survey::{Form, YearMonth};
use std::any::Any;
use std::collections::HashMap;

#[derive(Clone, Debug)]
pub struct World {
    labels: HashMap<Id, ProjectLabels>,
    forms: HashMap<Id, Form>,
    latest: YearMonth,
}

impl World {
    /// An empty world as of `today` (answers may be from its month or the next).
    pub fn new(today: Date) -> Self {
        World {
            labels: HashMap::new(),
            forms: HashMap::new(),
            latest: YearMonth {
                year: u16::try_from(today.year()).unwrap_or(u16::MAX),
                month: today.month(),
            }
            .next(),
        }
    }

    /// Takes in what `record` tells: a project's labels, a form. Other kinds tell nothing.
    pub fn learn<T: Record>(&mut self, record: &T) {
        let any = record as &dyn Any;
        if let Some(p) = any.downcast_ref::<Project>() {
            self.labels.insert(p.id, ProjectLabels::of(p));
        } else if let Some(f) = any.downcast_ref::<Form>() {
            self.forms.insert(f.id, f.clone());
        }
    }

    /// The labels of a project that is there.
    pub fn project(&self, id: Id) -> Option<&ProjectLabels> {
        self.labels.get(&id)
    }

    pub fn form(&self, id: Id) -> Option<&Form> {
        self.forms.get(&id)
    }

    /// The last month an answer may be from.
    pub fn latest(&self) -> YearMonth {
        self.latest
    }
}
