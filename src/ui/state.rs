//! The app's state as the pages show it: the projects, and the participants of the open
//! project, in signals.
//!
//! Every change goes through the write path ([`super::data`]): an [`AppState`] method writes
//! first and updates the signals only when the write succeeded, so the screen never shows
//! something that is not saved. What other tabs change arrives as the repository's
//! [`Change`]s, and the signals are read again.

use super::browser::today;
use super::data::{self, AppRepo};
use crate::domain::{Id, Participant, Project, Timestamp};
use crate::formats::backup::BackupData;
use crate::repo::{Change, Everything, SaveError, Snapshot};
use crate::storage::{Revision, StorageError};
use crate::survey::{Answer, Form};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::rc::Rc;

/// Where loading stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    Loading,
    Ready,
    /// Protected with a passphrase and not unlocked (see [`super::lock`]).
    Locked,
    Failed(StorageError),
}

/// A short confirmation shown at the top of one page ("Projektet är sparat.").
#[derive(Clone, Debug, PartialEq)]
pub struct Flash {
    pub path: String,
    pub text: String,
}

/// What an import's preview was planned on: the project, its participants' codes and the
/// revision they were read at.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportBasis {
    pub project: Project,
    pub codes: Vec<String>,
    pub revision: Revision,
}

impl ImportBasis {
    /// The basis of what this tab shows of `project` now.
    pub fn of(state: AppState, project: Id) -> Option<Self> {
        Some(ImportBasis {
            project: state.project(project)?,
            codes: state
                .participants
                .with_untracked(|ps| ps.iter().map(|p| p.code.clone()).collect()),
            revision: state.revision.get_untracked(),
        })
    }

    /// Whether `now` still has the project and the codes the preview was planned on.
    fn still_holds(&self, now: &Snapshot) -> Result<bool, StorageError> {
        let Some(project) = &now.project else {
            return Err(StorageError::ProjectGone);
        };
        let mut codes: Vec<&str> = now.participants.iter().map(|p| p.code.as_str()).collect();
        let mut planned: Vec<&str> = self.codes.iter().map(String::as_str).collect();
        codes.sort_unstable();
        planned.sort_unstable();
        Ok(*project == self.project && codes == planned)
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub load: RwSignal<Load>,
    pub projects: RwSignal<Vec<Project>>,
    /// Which project's participants are in `participants`, and whether they are loaded.
    pub loaded_project: RwSignal<Option<(Id, Load)>>,
    pub participants: RwSignal<Vec<Participant>>,
    /// The revision of the loaded project that `participants` (and its entry in `projects`)
    /// were read at. An import is planned on them.
    pub revision: RwSignal<Revision>,
    pub persisted: RwSignal<Option<bool>>,
    pub flash: RwSignal<Option<Flash>>,
    /// Counts the changes other tabs reported; pages that load their own data (the
    /// self-evaluations) read it again when it moves.
    pub changed_elsewhere: RwSignal<u32>,
    /// Counts what this tab saved (or deleted): with `changed_elsewhere`, what a page that reads
    /// across projects (the start page's "Att göra") follows, instead of `participants`, which
    /// also moves whenever a project's participants are merely loaded.
    pub saved_here: RwSignal<u32>,
    /// Whether the data is protected with a passphrase.
    pub protected: RwSignal<bool>,
}

fn repo() -> Result<Rc<AppRepo>, StorageError> {
    data::repo()
}

impl AppState {
    pub fn new() -> Self {
        AppState {
            load: RwSignal::new(Load::Loading),
            projects: RwSignal::new(Vec::new()),
            loaded_project: RwSignal::new(None),
            participants: RwSignal::new(Vec::new()),
            revision: RwSignal::new(Revision::default()),
            persisted: RwSignal::new(crate::settings::persisted()),
            flash: RwSignal::new(None),
            changed_elsewhere: RwSignal::new(0),
            saved_here: RwSignal::new(0),
            protected: RwSignal::new(false),
        }
    }

    /// Opens the database and loads the projects, or shows the lock screen if the data is
    /// protected; follows the changes of other tabs; asks the browser for persistent storage.
    pub fn start(self) {
        spawn_local(async move {
            let result = async {
                let repo = data::open().await?;
                repo.subscribe(move |change| self.changed(change));
                let access = repo.access().await?;
                self.protected.set(access.protected);
                if access.open {
                    self.show_unlocked().await
                } else {
                    self.load.set(Load::Locked);
                    Ok(())
                }
            }
            .await;
            if let Err(e) = result {
                self.load.set(Load::Failed(e));
            }
            if let Some(granted) = super::browser::request_persistence().await {
                crate::settings::set_persisted(granted);
                self.persisted.set(Some(granted));
            }
        });
    }

    /// What the repository announced: another tab's change is read again, a lock shown.
    fn changed(self, change: &Change) {
        match change {
            Change::Saved { here: false, .. } | Change::Protection { here: false } => {
                spawn_local(self.refresh());
            }
            Change::Locked => self.show_locked(),
            Change::Saved { here: true, .. } | Change::Protection { here: true } => {
                self.saved_here.update(|n| *n += 1);
            }
        }
    }

    pub fn project(&self, id: Id) -> Option<Project> {
        self.projects
            .with(|ps| ps.iter().find(|p| p.id == id).cloned())
    }

    /// [`AppState::project`] without subscribing to changes (in event handlers).
    pub fn project_untracked(&self, id: Id) -> Option<Project> {
        self.projects
            .with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned())
    }

    /// Reads again what this tab shows, after another tab changed something. Signals change
    /// only where the data did, so forms being filled in are not rebuilt.
    pub async fn refresh(self) {
        let Ok(repo) = repo() else {
            return;
        };
        if let Ok(access) = repo.access().await {
            set_if_changed(self.protected, access.protected);
            if !access.open {
                self.show_locked();
                return;
            }
        }
        if self.load.get_untracked() == Load::Locked {
            // Another tab removed the passphrase: nothing to unlock any more.
            let _ = self.show_unlocked().await;
            return;
        }
        self.changed_elsewhere.update(|n| *n += 1);
        if let Ok(projects) = repo.load::<Project>(None).await {
            set_if_changed(self.projects, projects);
        }
        let shown = self.loaded_project.with_untracked(|l| match l {
            Some((id, Load::Ready)) => Some(*id),
            _ => None,
        });
        if let Some(project) = shown {
            if let Ok(snapshot) = repo.snapshot(project).await {
                self.show_snapshot(snapshot);
            }
        }
    }

    /// Shows a project as one transaction read it: the project, its participants, its revision.
    fn show_snapshot(self, snapshot: Snapshot) {
        if let Some(project) = snapshot.project {
            if self.project(project.id).as_ref() != Some(&project) {
                self.projects.update(|ps| upsert(ps, project, |p| p.id));
            }
        }
        set_if_changed(self.participants, snapshot.participants);
        self.revision.set(snapshot.revision);
    }

    /// Loads the participants of `project` unless they are loaded already.
    pub fn open_project(self, project: Id) {
        if self
            .loaded_project
            .with_untracked(|l| l.as_ref().is_some_and(|(id, _)| *id == project))
        {
            return;
        }
        crate::settings::set_last_project(&project.to_string());
        self.participants.set(Vec::new());
        self.loaded_project.set(Some((project, Load::Loading)));
        spawn_local(async move {
            let started = super::browser::perf_now();
            let result = match repo() {
                Ok(r) => r.snapshot(project).await,
                Err(e) => Err(e),
            };
            super::browser::record_measure("stegvis:participants", started);
            match result {
                Ok(snapshot) => {
                    self.show_snapshot(snapshot);
                    self.loaded_project.set(Some((project, Load::Ready)));
                }
                Err(e) => self.loaded_project.set(Some((project, Load::Failed(e)))),
            }
        });
    }

    /// Shows the lock screen and drops the key and everything read from storage in this tab.
    pub fn show_locked(self) {
        if let Ok(repo) = repo() {
            if repo.key().is_some() {
                repo.lock_here();
                return; // The repository announces it, and this runs again.
            }
        }
        self.projects.set(Vec::new());
        self.participants.set(Vec::new());
        self.loaded_project.set(None);
        self.flash.set(None);
        self.load.set(Load::Locked);
    }

    /// Reads the projects and shows the app: at the start, after an unlock, or when the lock
    /// is gone.
    pub async fn show_unlocked(self) -> Result<(), StorageError> {
        let projects = repo()?.load::<Project>(None).await?;
        self.projects.set(projects);
        // The idle lock and the automatic backup follow `load` (see `super::lock`,
        // `super::autosave`).
        self.load.set(Load::Ready);
        Ok(())
    }

    /// Saves a project. `base` is the `updated_at` of the stored version an edit started from
    /// (`None` for a new project): if another tab saved it since, nothing is written.
    pub async fn save_project(
        self,
        project: Project,
        base: Option<Timestamp>,
    ) -> Result<(), SaveError> {
        let saved = repo()?.save(project, base, today()).await?;
        self.projects.update(|ps| upsert(ps, saved, |p| p.id));
        Ok(())
    }

    /// Saves a participant; `base` as for [`AppState::save_project`]. The answer is the version
    /// stamp it was saved with.
    pub async fn save_participant(
        self,
        participant: Participant,
        base: Option<Timestamp>,
    ) -> Result<Timestamp, SaveError> {
        let saved = repo()?.save(participant, base, today()).await?;
        let stamp = saved.updated_at;
        let shown = self
            .loaded_project
            .with_untracked(|l| l.as_ref().map(|(id, _)| *id));
        if shown == Some(saved.project_id) {
            self.participants.update(|ps| upsert(ps, saved, |p| p.id));
        }
        Ok(stamp)
    }

    /// Saves an import: the project with its new labels and every new participant, in one
    /// transaction, only if the project and its participants' codes are still what the preview
    /// was planned on (`basis`). Another tab importing at the same time makes this one refuse
    /// with [`StorageError::Stale`] and write nothing; a change that leaves the project and the
    /// codes as they were (a form saved, say) does not. The screen changes only if all of it
    /// was stored.
    pub async fn import(
        self,
        basis: ImportBasis,
        project: Project,
        participants: Vec<Participant>,
    ) -> Result<(), StorageError> {
        let repo = repo()?;
        let data = BackupData::new()
            .with(std::slice::from_ref(&project))
            .with(&participants);
        let mut revision = basis.revision;
        let mut written = false;
        for _ in 0..3 {
            match repo.save_all(&data, &[(project.id, revision)]).await {
                Err(StorageError::Stale) => {
                    let now = repo.snapshot(project.id).await?;
                    if !basis.still_holds(&now)? {
                        return Err(StorageError::Stale);
                    }
                    revision = now.revision;
                }
                Err(e) => return Err(e),
                Ok(()) => {
                    written = true;
                    break;
                }
            }
        }
        if !written {
            return Err(StorageError::Stale);
        }
        let shown = self
            .loaded_project
            .with_untracked(|l| l.as_ref().map(|(id, _)| *id));
        if shown == Some(project.id) {
            self.participants.update(|ps| ps.extend(participants));
        }
        self.projects.update(|ps| upsert(ps, project, |p| p.id));
        Ok(())
    }

    /// Everything stored, for a backup or a restore plan.
    pub async fn everything(self) -> Result<Everything, StorageError> {
        repo()?.everything().await
    }

    /// Writes a restore plan made on `stored`, in one transaction, then reloads what the screen
    /// shows. [`StorageError::Stale`] if another tab changed a project it touches meanwhile.
    pub async fn restore(self, write: BackupData, stored: Everything) -> Result<(), StorageError> {
        let repo = repo()?;
        repo.restore(&write, &stored).await?;
        self.projects.set(repo.load::<Project>(None).await?);
        self.loaded_project.set(None);
        self.participants.set(Vec::new());
        Ok(())
    }

    /// Deletes a project and its participants.
    pub async fn delete_project(self, id: Id) -> Result<(), StorageError> {
        repo()?.delete_project(id).await?;
        self.projects.update(|ps| ps.retain(|p| p.id != id));
        if self
            .loaded_project
            .with_untracked(|l| l.as_ref().is_some_and(|(p, _)| *p == id))
        {
            self.loaded_project.set(None);
            self.participants.set(Vec::new());
        }
        Ok(())
    }

    /// Deletes every project and participant on this device.
    pub async fn delete_everything(self) -> Result<(), StorageError> {
        repo()?.delete_everything().await?;
        self.projects.set(Vec::new());
        self.loaded_project.set(None);
        self.participants.set(Vec::new());
        Ok(())
    }

    pub async fn delete_participant(self, project: Id, id: Id) -> Result<(), StorageError> {
        self.delete_participants(project, vec![id]).await
    }

    /// Deletes several participants of `project` in one transaction: all of them, or none.
    pub async fn delete_participants(self, project: Id, ids: Vec<Id>) -> Result<(), StorageError> {
        repo()?.delete::<Participant>(Some(project), &ids).await?;
        self.participants
            .update(|ps| ps.retain(|p| !ids.contains(&p.id)));
        Ok(())
    }

    /// Puts the demo back as it was: everything in the demo database is replaced, in the demo
    /// database only.
    pub async fn reset_demo(self) -> Result<(), StorageError> {
        if !crate::settings::demo() {
            return Err(StorageError::Failed("not in demo mode".into()));
        }
        let repo = repo()?;
        repo.delete_everything().await?;
        data::write_demo(&repo).await?;
        self.projects.set(repo.load::<Project>(None).await?);
        self.loaded_project.set(None);
        self.participants.set(Vec::new());
        Ok(())
    }

    pub fn flash(&self, path: String, text: impl Into<String>) {
        self.flash.set(Some(Flash {
            path,
            text: text.into(),
        }));
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// The self-evaluation forms and answers of one project. The survey pages load these when
/// they open, so the participant list never waits for them.
pub async fn survey_data(project: Id) -> Result<(Vec<Form>, Vec<Answer>), StorageError> {
    let repo = repo()?;
    Ok((
        repo.load::<Form>(Some(project)).await?,
        repo.load::<Answer>(Some(project)).await?,
    ))
}

/// Every participant of every project, for the start page's "Att göra".
pub async fn all_participants() -> Result<Vec<Participant>, StorageError> {
    repo()?.load::<Participant>(None).await
}

/// Saves a form; `base` as for [`AppState::save_project`]. The form comes back stamped.
pub async fn save_form(form: Form, base: Option<Timestamp>) -> Result<Form, SaveError> {
    repo()?.save(form, base, today()).await
}

/// Saves a new answer, after its door check (the form, the values, the month).
pub async fn save_answer(answer: Answer) -> Result<Answer, SaveError> {
    repo()?.save(answer, None, today()).await
}

/// Sets `signal` only if `value` differs, so nothing that reads it is rebuilt for nothing (a
/// form being filled in, say).
pub(crate) fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|v| *v != value) {
        signal.set(value);
    }
}

/// Replaces the item with the same id, or adds it.
pub(crate) fn upsert<T>(items: &mut Vec<T>, item: T, id: impl Fn(&T) -> Id) {
    match items.iter().position(|x| id(x) == id(&item)) {
        Some(i) => items[i] = item,
        None => items.push(item),
    }
}

/// Keeps the participants of the project in route parameter `project_id` loaded.
pub fn use_open_project(project_id: Memo<Option<Id>>) {
    let state = use_state();
    Effect::new(move |_| {
        if let Some(id) = project_id.get() {
            state.open_project(id);
        }
    });
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
