//! The backup page: download everything as a checksummed file, restore from one after a
//! preview (all or nothing, never deleting), and see how much storage is used.

use super::backup_file::{plan_opened, read_picked, Read, SealedPrompt};
use crate::formats::backup::{plan_restore, RestorePlan};
use crate::formats::sealed::SealedBackup;
use crate::i18n::backup::BACKUP as T;
use crate::i18n::projects::PROJECTS;
use crate::i18n::protect::PROTECT;
use crate::i18n::TEXTS;
use crate::repo::Everything;
use crate::ui::browser::{focus_soon, iso_now, local_now_text, storage_estimate};
use crate::ui::components::confirm::ConfirmDelete;
use crate::ui::components::notice::{ErrorNotice, StatusNotice};
use crate::ui::components::rejected::RejectedList;
use crate::ui::data;
use crate::ui::download;
use crate::ui::state::use_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, PartialEq)]
enum Restore {
    Idle,
    Reading,
    /// A sealed backup of another passphrase: ask for it.
    Sealed(SealedBackup),
    Planned {
        made: String,
        plan: RestorePlan,
        /// What the plan was made on: written only if it still holds.
        stored: Everything,
    },
    Restoring,
}

/// The page: when the last backup was made, then one section per task.
#[component]
pub fn BackupPage() -> impl IntoView {
    super::set_title(T.title);
    let last = RwSignal::new(crate::settings::last_backup());
    // What the last download or restore did, shown under the restore section.
    let done = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<String>);
    view! {
        <h1>{T.title}</h1>
        {T.intro.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
        <p class="last-backup"><strong>{move || match last.get() {
            Some(when) => (T.last_backup)(&when),
            None => T.never_backed_up.to_owned(),
        }}</strong></p>
        <DownloadSection last done failed />
        <super::autosave::AutoSaveSection />
        <RestoreSection done failed />
        <super::merge::MergeSection />
        <super::protect::ProtectSection />
        <section class="danger-zone" aria-labelledby="delete-all-title">
            <h2 id="delete-all-title">{T.delete_all_title}</h2>
            <DeleteEverything />
        </section>
        <StorageSection />
    }
}

/// Download everything as one file (sealed if a passphrase protects the data).
#[component]
fn DownloadSection(
    last: RwSignal<Option<String>>,
    done: RwSignal<Option<String>>,
    failed: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_state();
    let busy = RwSignal::new(false);
    let download_backup = move |_| {
        busy.set(true);
        done.set(None);
        failed.set(None);
        spawn_local(async move {
            let exported_at = iso_now();
            let schema = crate::storage::idb::current_schema();
            let file = async { data::repo()?.backup_file(schema, exported_at.clone()).await };
            match file.await {
                Ok(json) => {
                    let name = format!("stegvis-sakerhetskopia-{}.json", &exported_at[..10]);
                    if download::save(&name, "application/json", json.as_bytes()).is_ok() {
                        let when = local_now_text();
                        crate::settings::set_last_backup(&when);
                        last.set(Some(when));
                        done.set(Some(T.downloaded.to_owned()));
                    }
                }
                Err(e) => failed.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
            busy.set(false);
        });
    };
    view! {
        <section aria-labelledby="download-title">
            <h2 id="download-title">{T.download_title}</h2>
            {move || state.protected.get().then(|| view! { <p>{PROTECT.backup_sealed}</p> })}
            <button type="button" class="button button-primary" on:click=download_backup
                aria-disabled=move || busy.get().then_some("true")>
                {move || if busy.get() { T.preparing } else { T.download }}
            </button>
        </section>
    }
}

/// Restore from a file: read it (asking for its passphrase if sealed), show the plan, and
/// write it only when the coach confirms and nothing changed meanwhile.
#[component]
fn RestoreSection(
    done: RwSignal<Option<String>>,
    failed: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_state();
    let restore = RwSignal::new(Restore::Idle);
    let planned = move |read: Read| match read {
        Ok((backup, stored)) => {
            let made = (T.made_at)(
                &backup.exported_at.replace('T', " ").replace('Z', " UTC"),
                &backup.app_version,
            );
            let plan = plan_restore(&backup, &stored.data, crate::ui::browser::today());
            restore.set(Restore::Planned { made, plan, stored });
        }
        Err(e) => {
            failed.set(Some(e));
            restore.set(Restore::Idle);
        }
    };
    let choose = move |ev: leptos::ev::Event| {
        let Some(file) = download::picked_file(&ev) else {
            return;
        };
        done.set(None);
        failed.set(None);
        restore.set(Restore::Reading);
        let sealed = move |sealed| restore.set(Restore::Sealed(sealed));
        read_picked(state, file, "restore-result", sealed, planned);
    };
    let opened = Callback::new(move |backup| plan_opened(state, backup, "restore-result", planned));
    let confirm = Callback::new(move |()| {
        let Restore::Planned { plan, stored, .. } = restore.get_untracked() else {
            return;
        };
        restore.set(Restore::Restoring);
        spawn_local(async move {
            match state.restore(plan.write, stored).await {
                Ok(()) => done.set(Some(T.restored.to_owned())),
                Err(crate::storage::StorageError::Stale) => {
                    failed.set(Some(T.changed_meanwhile().to_owned()))
                }
                Err(e) => failed.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
            restore.set(Restore::Idle);
            focus_soon("restore-result".into());
        });
    });
    view! {
        <section aria-labelledby="restore-title">
            <h2 id="restore-title">{T.restore_title}</h2>
            <p>{T.restore_intro}</p>
            <div class="field">
                <label for="restore-file">{T.choose_file}</label>
                <input id="restore-file" type="file" accept=".json,application/json" on:change=choose />
            </div>
            <div id="restore-result" tabindex="-1">
                {move || match restore.get() {
                    Restore::Idle => ().into_any(),
                    Restore::Reading => view! { <p role="status">{T.reading}</p> }.into_any(),
                    Restore::Sealed(sealed) => view! {
                        <SealedPrompt id="restore-passphrase" sealed on_open=opened />
                    }.into_any(),
                    Restore::Restoring => view! { <p role="status">{T.restoring}</p> }.into_any(),
                    Restore::Planned { made, plan, .. } => view! {
                        <PlanView made plan on_confirm=confirm />
                    }.into_any(),
                }}
                <ErrorNotice text=failed />
                <StatusNotice text=done />
            </div>
        </section>
    }
}

/// What a restore would add and replace, what it refuses, and the button that does it.
#[component]
fn PlanView(made: String, plan: RestorePlan, on_confirm: Callback<()>) -> impl IntoView {
    let nothing = plan.is_empty();
    let none = Default::default();
    let has_survey = plan.counts("forms") != none || plan.counts("answers") != none;
    view! {
        <section class="restore-plan" aria-labelledby="plan-title">
            <h3 id="plan-title">{T.plan_title}</h3>
            <p>{made}</p>
            <dl class="facts">
                <dt>{T.projects}</dt><dd>{T.counts(&plan.counts("projects"))}</dd>
                <dt>{T.participants}</dt><dd>{T.counts(&plan.counts("participants"))}</dd>
                {has_survey.then(|| view! {
                    <dt>{T.forms}</dt><dd>{T.counts(&plan.counts("forms"))}</dd>
                    <dt>{T.answers}</dt><dd>{T.counts(&plan.counts("answers"))}</dd>
                })}
            </dl>
            <RejectedList rejected=plan.rejected.clone() />
            {if nothing {
                view! { <p>{T.nothing_to_do}</p> }.into_any()
            } else {
                let label = if plan.rejected.is_empty() { T.restore } else { T.restore_rest() };
                view! {
                    <button type="button" class="button button-primary"
                        on:click=move |_| on_confirm.run(())>{label}</button>
                }.into_any()
            }}
        </section>
    }
}

/// How much of the browser's storage is used, and whether it is kept.
#[component]
fn StorageSection() -> impl IntoView {
    let state = use_state();
    let usage = LocalResource::new(storage_estimate);
    view! {
        <section aria-labelledby="storage-title">
            <h2 id="storage-title">{T.storage_title}</h2>
            <p>{move || match usage.get() {
                Some(Some((used, quota))) => T.storage(used / 1_048_576.0, quota / 1_048_576.0),
                Some(None) => T.storage_unknown.to_owned(),
                None => String::new(),
            }}</p>
            <p>{move || state.persisted.get().map(|p| if p { PROJECTS.persisted_yes } else { PROJECTS.persisted_no })}</p>
        </section>
    }
}

/// Delete everything, after a confirmation that counts what will go.
#[component]
fn DeleteEverything() -> impl IntoView {
    let state = use_state();
    let counts = LocalResource::new(move || async move {
        state.projects.track();
        state
            .everything()
            .await
            .map(|e| (e.data.count("projects"), e.data.count("participants")))
            .unwrap_or_default()
    });
    let done = RwSignal::new(None::<String>);
    let failed = RwSignal::new(None::<String>);
    let question = Signal::derive(move || {
        let (projects, participants) = counts.get().unwrap_or_default();
        (T.delete_all_confirm)(projects, participants)
    });
    let delete = Callback::new(move |()| {
        spawn_local(async move {
            match state.delete_everything().await {
                Ok(()) => done.set(Some(T.deleted_all.to_owned())),
                Err(e) => failed.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
        });
    });
    let empty = move || state.projects.with(Vec::is_empty);
    view! {
        <ErrorNotice text=failed />
        <StatusNotice text=done />
        {move || if empty() {
            (done.get().is_none()).then(|| view! { <p>{T.nothing_stored}</p> }).into_any()
        } else {
            view! {
                <ConfirmDelete id="delete-all" start=T.delete_all question yes=T.delete_all_yes on_confirm=delete />
            }.into_any()
        }}
    }
}
