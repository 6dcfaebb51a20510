//! Reading and saving one participant from its page's sections: the one save they share,
//! which refuses an edit begun before another tab saved the participant.

use crate::domain::{Id, Participant, Timestamp};
use crate::i18n::TEXTS;
use crate::ui::browser::now;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The current record of participant `id`, from the loaded list.
pub(super) fn current(state: AppState, id: Id) -> Option<Participant> {
    state
        .participants
        .with(|ps| ps.iter().find(|p| p.id == id).cloned())
}

/// Saves `p` and reports the outcome in `done` / `failed`. The edit started from the stored
/// version of `base` (by default `p`'s own); if another tab saved the participant since, the
/// save is refused. After a save, `base` holds the new version.
pub(super) fn save(
    state: AppState,
    mut p: Participant,
    base: Option<RwSignal<Timestamp>>,
    done: RwSignal<Option<String>>,
    failed: RwSignal<Option<String>>,
    ok: &'static str,
) {
    let from = base.map_or(p.updated_at, |b| b.get_untracked());
    p.updated_at = now();
    done.set(None);
    failed.set(None);
    spawn_local(async move {
        match state.save_participant(p, Some(from)).await {
            Ok(saved_at) => {
                if let Some(base) = base {
                    base.set(saved_at);
                }
                done.set(Some(ok.to_owned()));
            }
            Err(e) => failed.set(Some(TEXTS.storage_error_kept(&e))),
        }
    });
}
