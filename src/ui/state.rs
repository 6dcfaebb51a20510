//! The app's state: the open store, the projects, and the participants of the open project.
//!
//! Components read signals; every change goes through an [`AppState`] method that writes to
//! storage first and updates the signals only when the write succeeded, so the screen never
//! shows something that is not saved.

use crate::domain::{Id, Participant, Project, Timestamp};
use crate::storage::idb::{IdbStore, DB_NAME, DEMO_DB_NAME};
use crate::storage::{ProjectSnapshot, Revision, StorageError, Store};
use crate::survey::{Answer, Form};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    /// The open database. The browser runs us on one thread, so a thread-local is the whole
    /// world; signals cannot hold it because it is not `Send`.
    static STORE: RefCell<Option<Rc<IdbStore>>> = const { RefCell::new(None) };
}

pub(super) fn store() -> Result<Rc<IdbStore>, StorageError> {
    STORE
        .with(|s| s.borrow().clone())
        .ok_or_else(|| StorageError::Unavailable("the database is not open".into()))
}

/// The database this tab uses: the demo's own while the demo is shown.
pub fn db_name() -> &'static str {
    if crate::settings::demo() {
        DEMO_DB_NAME
    } else {
        DB_NAME
    }
}

/// Opens this tab's database (the real one, or the demo's), unless it is open already. A demo
/// database that is empty gets the demo data.
pub async fn open_store() -> Result<Rc<IdbStore>, StorageError> {
    if let Ok(open) = store() {
        return Ok(open);
    }
    let opened = Rc::new(IdbStore::open(db_name()).await?);
    if crate::settings::demo() && opened.projects().await?.is_empty() {
        write_demo(&opened).await?;
    }
    STORE.with(|s| *s.borrow_mut() = Some(opened.clone()));
    Ok(opened)
}

/// The self-evaluation forms and answers of one project. The survey pages load these when
/// they open, so the participant list never waits for them.
pub async fn survey_data(project: Id) -> Result<(Vec<Form>, Vec<Answer>), StorageError> {
    let store = store()?;
    Ok((store.forms(project).await?, store.answers(project).await?))
}

async fn write_demo(store: &IdbStore) -> Result<(), StorageError> {
    store.put_batch(crate::demo::demo_data().batch()).await
}

/// Saves a form; `base` as for [`AppState::save_project`].
pub async fn save_form(form: &Form, base: Option<Timestamp>) -> Result<(), StorageError> {
    match base {
        Some(base) => store()?.put_form_from(form, base).await?,
        None => store()?.put_form(form).await?,
    }
    super::sync::changed();
    Ok(())
}

pub async fn save_answer(answer: &Answer) -> Result<(), StorageError> {
    store()?.put_answer(answer).await?;
    super::sync::changed();
    Ok(())
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
    fn still_holds(&self, now: &ProjectSnapshot) -> bool {
        let mut codes: Vec<&str> = now.participants.iter().map(|p| p.code.as_str()).collect();
        let mut planned: Vec<&str> = self.codes.iter().map(String::as_str).collect();
        codes.sort_unstable();
        planned.sort_unstable();
        now.project.as_ref() == Some(&self.project) && codes == planned
    }
}

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

#[derive(Clone, Copy)]
pub struct AppState {
    pub load: RwSignal<Load>,
    pub projects: RwSignal<Vec<Project>>,
    /// Which project's participants are in `participants`, and whether they are loaded.
    pub loaded_project: RwSignal<Option<(Id, Load)>>,
    pub participants: RwSignal<Vec<Participant>>,
    /// The revision of the loaded project that `participants` (and its entry in `projects`)
    /// were read at. An import is planned on them and written only if it still holds.
    pub revision: RwSignal<Revision>,
    pub persisted: RwSignal<Option<bool>>,
    pub flash: RwSignal<Option<Flash>>,
    /// Counts the changes other tabs reported; pages that load their own data (the
    /// self-evaluations) read it again when it moves.
    pub changed_elsewhere: RwSignal<u32>,
    /// Whether the data is protected with a passphrase.
    pub protected: RwSignal<bool>,
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
            protected: RwSignal::new(false),
        }
    }

    /// Opens the database and loads the projects, or shows the lock screen if the data is
    /// protected; asks the browser for persistent storage.
    pub fn start(self) {
        spawn_local(async move {
            let result = async {
                let (open, protected) = open_store().await?.check_open().await?;
                self.protected.set(protected);
                if open {
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

    pub fn project(&self, id: Id) -> Option<Project> {
        self.projects
            .with(|ps| ps.iter().find(|p| p.id == id).cloned())
    }

    /// Reads again what this tab shows, after another tab changed something (see
    /// [`super::sync`]). Signals change only where the data did, so forms being filled in are
    /// not rebuilt.
    pub async fn refresh(self) {
        let Ok(store) = store() else {
            return;
        };
        if let Ok((open, protected)) = store.check_open().await {
            set_if_changed(self.protected, protected);
            if !open {
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
        if let Ok(projects) = store.projects().await {
            set_if_changed(self.projects, projects);
        }
        let shown = self.loaded_project.with_untracked(|l| match l {
            Some((id, Load::Ready)) => Some(*id),
            _ => None,
        });
        if let Some(project) = shown {
            if let Ok(snapshot) = store.project_at(project).await {
                self.show_snapshot(snapshot);
            }
        }
    }

    /// Shows a project as one transaction read it: the project, its participants, its revision.
    fn show_snapshot(self, snapshot: ProjectSnapshot) {
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
            let result = match store() {
                Ok(s) => s.project_at(project).await,
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

    /// Saves a project. `base` is the `updated_at` of the stored version an edit started from
    /// (`None` for a new project): if another tab saved it since, nothing is written
    /// ([`StorageError::Stale`]).
    pub async fn save_project(
        self,
        project: Project,
        base: Option<Timestamp>,
    ) -> Result<(), StorageError> {
        match base {
            Some(base) => store()?.put_project_from(&project, base).await?,
            None => store()?.put_project(&project).await?,
        }
        super::sync::changed();
        self.projects.update(|ps| upsert(ps, project, |p| p.id));
        Ok(())
    }

    /// Saves a participant; `base` as for [`AppState::save_project`].
    pub async fn save_participant(
        self,
        participant: Participant,
        base: Option<Timestamp>,
    ) -> Result<(), StorageError> {
        match base {
            Some(base) => store()?.put_participant_from(&participant, base).await?,
            None => store()?.put_participant(&participant).await?,
        }
        super::sync::changed();
        let shown = self
            .loaded_project
            .with_untracked(|l| l.as_ref().map(|(id, _)| *id));
        if shown == Some(participant.project_id) {
            self.participants
                .update(|ps| upsert(ps, participant, |p| p.id));
        }
        Ok(())
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
        let store = store()?;
        let mut revision = basis.revision;
        for _ in 0..3 {
            let written = store
                .put_many_at(
                    std::slice::from_ref(&project),
                    &participants,
                    &[(project.id, revision)],
                )
                .await;
            match written {
                Err(StorageError::Stale) => {
                    let now = store.project_at(project.id).await?;
                    if !basis.still_holds(&now) {
                        return Err(StorageError::Stale);
                    }
                    revision = now.revision;
                }
                other => {
                    other?;
                    break;
                }
            }
        }
        super::sync::changed();
        let shown = self
            .loaded_project
            .with_untracked(|l| l.as_ref().map(|(id, _)| *id));
        if shown == Some(project.id) {
            self.participants.update(|ps| ps.extend(participants));
        }
        self.projects.update(|ps| upsert(ps, project, |p| p.id));
        Ok(())
    }

    /// Everything stored, for a backup.
    pub async fn backup_data(self) -> Result<crate::formats::backup::BackupData, StorageError> {
        let store = store()?;
        Ok(crate::formats::backup::BackupData {
            projects: store.projects().await?,
            participants: store.all_participants().await?,
            forms: store.all_forms().await?,
            answers: store.all_answers().await?,
        })
    }

    /// Writes a restore plan in one transaction, then reloads what the screen shows.
    pub async fn restore(
        self,
        write: crate::formats::backup::BackupData,
    ) -> Result<(), StorageError> {
        let store = store()?;
        store.put_batch(write.batch()).await?;
        super::sync::changed();
        self.projects.set(store.projects().await?);
        self.loaded_project.set(None);
        self.participants.set(Vec::new());
        Ok(())
    }

    /// Deletes a project and its participants.
    pub async fn delete_project(self, id: Id) -> Result<(), StorageError> {
        store()?.delete_project(id).await?;
        super::sync::changed();
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
        store()?.delete_everything().await?;
        super::sync::changed();
        self.projects.set(Vec::new());
        self.loaded_project.set(None);
        self.participants.set(Vec::new());
        Ok(())
    }

    pub async fn delete_participant(self, id: Id) -> Result<(), StorageError> {
        self.delete_participants(vec![id]).await
    }

    /// Deletes several participants in one transaction: all of them, or none.
    pub async fn delete_participants(self, ids: Vec<Id>) -> Result<(), StorageError> {
        store()?.delete_participants(&ids).await?;
        super::sync::changed();
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
        let store = store()?;
        store.delete_everything().await?;
        write_demo(&store).await?;
        self.projects.set(store.projects().await?);
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
