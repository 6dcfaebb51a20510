//! Merging a colleague's backup, on the backup page: choose the file, see what will be added
//! and which records both of you changed (the later edit wins), then merge all or nothing.
//! The rules are in [`crate::formats::merge`].

use super::backup_file::{plan_opened, read_picked, Read, SealedPrompt};
use crate::formats::merge::{plan_merge, MergePlan};
use crate::i18n::backup::BACKUP;
use crate::i18n::merge::MERGE as T;
use crate::i18n::TEXTS;
use crate::repo::Everything;
use crate::ui::browser::{focus_soon, local_time_text};
use crate::ui::components::notice::{ErrorNotice, StatusNotice};
use crate::ui::components::rejected::RejectedList;
use crate::ui::download;
use crate::ui::state::use_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    Reading,
    /// A sealed backup of another passphrase: ask for it.
    Sealed(crate::formats::sealed::SealedBackup),
    /// The plan, and what it was made on.
    Planned(MergePlan, Everything),
    Merging,
}

#[component]
pub fn MergeSection() -> impl IntoView {
    let state = use_state();
    let step = RwSignal::new(Step::Idle);
    let done = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<String>);

    let planned = move |read: Read| match read {
        Ok((theirs, here)) => {
            let plan = plan_merge(&theirs, &here.data, crate::ui::browser::today());
            step.set(Step::Planned(plan, here));
        }
        Err(e) => {
            failed.set(Some(e));
            step.set(Step::Idle);
        }
    };
    let choose = move |ev: leptos::ev::Event| {
        let Some(file) = download::picked_file(&ev) else {
            return;
        };
        done.set(None);
        failed.set(None);
        step.set(Step::Reading);
        let sealed = move |sealed| step.set(Step::Sealed(sealed));
        read_picked(state, file, "merge-result", sealed, planned);
    };
    let opened = Callback::new(move |theirs| plan_opened(state, theirs, "merge-result", planned));

    let confirm = move |_| {
        let Step::Planned(merge, here) = step.get_untracked() else {
            return;
        };
        step.set(Step::Merging);
        spawn_local(async move {
            match state.restore(merge.plan.write, here).await {
                Ok(()) => done.set(Some(T.merged.to_owned())),
                Err(crate::storage::StorageError::Stale) => {
                    failed.set(Some(BACKUP.changed_meanwhile().to_owned()))
                }
                Err(e) => failed.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
            step.set(Step::Idle);
            focus_soon("merge-result".into());
        });
    };

    view! {
        <section aria-labelledby="merge-title">
            <h2 id="merge-title">{T.title}</h2>
            <p>{T.intro}</p>
            <div class="field">
                <label for="merge-file">{T.choose_file}</label>
                <input id="merge-file" type="file" accept=".json,application/json" on:change=choose />
            </div>
            <div id="merge-result" tabindex="-1">
                {move || match step.get() {
                    Step::Idle => ().into_any(),
                    Step::Reading => view! { <p role="status">{BACKUP.reading}</p> }.into_any(),
                    Step::Sealed(sealed) => view! {
                        <SealedPrompt id="merge-passphrase" sealed on_open=opened />
                    }.into_any(),
                    Step::Merging => view! { <p role="status">{T.merging}</p> }.into_any(),
                    Step::Planned(merge, _) => view! { <PlanView merge on_confirm=confirm /> }.into_any(),
                }}
                <ErrorNotice text=failed />
                <StatusNotice text=done />
            </div>
        </section>
    }
}

#[component]
fn PlanView(
    merge: MergePlan,
    on_confirm: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let plan = &merge.plan;
    let nothing = plan.is_empty();
    let time = |t: Option<crate::domain::Timestamp>| t.map(local_time_text).unwrap_or_default();
    let conflicts = merge
        .conflicts
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{T.what(c.kind, &c.label)}</th>
                    <td>{time(c.here)}</td>
                    <td>{time(c.theirs)}</td>
                    <td>{T.winner(c.winner)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="restore-plan" aria-labelledby="merge-plan-title">
            <h3 id="merge-plan-title">{T.plan_title}</h3>
            <dl class="facts">
                <dt>{BACKUP.projects}</dt><dd>{BACKUP.counts(&plan.counts("projects"))}</dd>
                <dt>{BACKUP.participants}</dt><dd>{BACKUP.counts(&plan.counts("participants"))}</dd>
                <dt>{BACKUP.forms}</dt><dd>{BACKUP.counts(&plan.counts("forms"))}</dd>
                <dt>{BACKUP.answers}</dt><dd>{BACKUP.counts(&plan.counts("answers"))}</dd>
            </dl>
            <h4>{T.conflicts_title}</h4>
            {if merge.conflicts.is_empty() {
                view! { <p>{T.no_conflicts}</p> }.into_any()
            } else {
                view! {
                    <p>{T.conflicts_intro}</p>
                    <div class="table-wrap">
                        <table class="conflicts">
                            <thead><tr>
                                <th scope="col">{T.column_what}</th>
                                <th scope="col">{T.column_here}</th>
                                <th scope="col">{T.column_theirs}</th>
                                <th scope="col">{T.column_kept}</th>
                            </tr></thead>
                            <tbody>{conflicts}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <RejectedList rejected=plan.rejected.clone() />
            {if nothing {
                view! { <p>{BACKUP.nothing_to_do}</p> }.into_any()
            } else {
                view! { <button type="button" class="button button-primary" on:click=on_confirm>{T.merge}</button> }.into_any()
            }}
        </section>
    }
}
