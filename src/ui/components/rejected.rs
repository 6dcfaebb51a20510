//! The records of a backup that fail the door check, listed before a restore or merge: what
//! each is (kind and code or name) and why it is left out.

use crate::formats::screen::{Label, Rejected};
use crate::i18n::backup::BACKUP;
use crate::i18n::merge::MERGE;
use leptos::prelude::*;

#[component]
pub fn RejectedList(rejected: Vec<Rejected>) -> impl IntoView {
    (!rejected.is_empty()).then(|| {
        let title = BACKUP.rejected_title(rejected.len());
        view! {
            <div class="notice notice-warning rejected" role="status">
                <h4>{title}</h4>
                <p>{BACKUP.rejected_intro()}</p>
                <ul>
                    {rejected.into_iter().map(|r| {
                        let why: Vec<&str> = r.problems.iter().map(|p| BACKUP.record_problem(*p)).collect();
                        let label = match &r.label {
                            Label::Named(name) => name.clone(),
                            Label::Position(n) => BACKUP.position(*n),
                        };
                        view! { <li>{MERGE.what(&r.kind, &label)}": "{why.join("; ")}</li> }
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}
