//! The participant page's journey sections: the start (or never start) of a waiting
//! participant, the planned end and extensions, check-ins, income source and occupation,
//! follow-ups after exit, coming back for a new participation, and the dated timeline of it
//! all.
//!
//! Each section checks what was typed with `domain::journey_forms` and saves through the
//! participant page's one save, so a refused step saves nothing and keeps what was typed.

mod comeback;
mod follow_ups;
mod plan;
mod situation;
mod start;
mod timeline;

pub use comeback::ComeBackSection;
pub use follow_ups::FollowUpSection;
pub use plan::{CheckInSection, PlanSection};
pub use situation::SituationSection;
pub use start::StartSection;
pub use timeline::Timeline;

use crate::domain::validate::{Field, Invalid};
use crate::domain::Participant;
use crate::i18n::TEXTS;
use crate::ui::browser::focus_soon;
use crate::ui::components::notice::{ErrorNotice, StatusNotice};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// A section's messages: the problems of its fields, and what its last save did.
#[derive(Clone, Copy)]
struct Notices {
    errors: RwSignal<Invalid>,
    done: RwSignal<Option<String>>,
    failed: RwSignal<Option<String>>,
}

impl Notices {
    fn new() -> Self {
        Notices {
            errors: RwSignal::new(Invalid::default()),
            done: RwSignal::new(None),
            failed: RwSignal::new(None),
        }
    }

    /// The problem of `field` in words, for showing next to it.
    fn err(self, field: Field) -> Signal<Option<&'static str>> {
        let errors = self.errors;
        Signal::derive(move || errors.with(|e| e.problem(field).map(|p| TEXTS.problem(p))))
    }

    /// Saves `p` (the checks passed), saying `ok` when it is stored.
    fn save(self, p: Participant, ok: &'static str) {
        self.errors.set(Invalid::default());
        super::participant_save::save(use_state(), p, None, self.done, self.failed, ok);
    }

    /// Shows the problems and moves the focus to the first one's field (`id_of` names it).
    fn refuse<S: Into<String>>(self, invalid: Invalid, id_of: impl Fn(Field) -> S) {
        if let Some(first) = invalid.0.first() {
            focus_soon(id_of(first.field).into());
        }
        self.done.set(None);
        self.errors.set(invalid);
    }

    fn view(self) -> impl IntoView {
        view! {
            <ErrorNotice text=self.failed />
            <StatusNotice text=self.done />
        }
    }
}

/// The current record of participant `id`.
fn current(id: crate::domain::Id) -> Option<Participant> {
    super::participant_save::current(use_state(), id)
}

/// (value, text) options of a fixed list, "not given" first.
fn fixed_options<T: Copy + 'static>(
    all: &'static [T],
    key: fn(T) -> &'static str,
    text: impl Fn(T) -> &'static str,
    none: &'static str,
) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), none.to_owned())];
    out.extend(
        all.iter()
            .map(|v| (key(*v).to_owned(), text(*v).to_owned())),
    );
    out
}
