//! The app's repository: the write path ([`crate::repo::Repo`]) over IndexedDB, WebCrypto and
//! a `BroadcastChannel`, opened once per tab. Pages reach it through [`repo`] (or through
//! [`super::state::AppState`], which keeps the signals the pages show).

use super::sync::BroadcastLine;
use crate::repo::Repo;
use crate::storage::idb::{IdbStore, DB_NAME, DEMO_DB_NAME};
use crate::storage::webcrypto::WebCrypto;
use crate::storage::StorageError;
use std::cell::RefCell;
use std::rc::Rc;

/// The repository of this tab.
pub type AppRepo = Repo<IdbStore, WebCrypto>;

thread_local! {
    /// The open repository. The browser runs us on one thread, so a thread-local is the whole
    /// world; signals cannot hold it because it is not `Send`.
    static REPO: RefCell<Option<Rc<AppRepo>>> = const { RefCell::new(None) };
    /// What is to be done with the repository once it is open.
    static WHEN_OPEN: RefCell<Vec<fn(&AppRepo)>> = const { RefCell::new(Vec::new()) };
}

/// Runs `hook` with the repository once it is open (at once, if it is): how the automatic
/// backup and the reminders subscribe to its changes without the state knowing of them.
pub fn when_open(hook: fn(&AppRepo)) {
    match repo() {
        Ok(open) => hook(&open),
        Err(_) => WHEN_OPEN.with(|w| w.borrow_mut().push(hook)),
    }
}

/// The database this tab uses: the demo's own while the demo is shown.
pub fn db_name() -> &'static str {
    if crate::settings::demo() {
        DEMO_DB_NAME
    } else {
        DB_NAME
    }
}

/// The open repository.
pub fn repo() -> Result<Rc<AppRepo>, StorageError> {
    REPO.with(|r| r.borrow().clone())
        .ok_or_else(|| StorageError::Unavailable("the database is not open".into()))
}

/// Opens this tab's database (the real one, or the demo's) unless it is open already, and joins
/// the other tabs of it. A demo database that is empty gets the demo data.
pub async fn open() -> Result<Rc<AppRepo>, StorageError> {
    if let Ok(open) = repo() {
        return Ok(open);
    }
    let store = IdbStore::open(db_name()).await?;
    let opened = Rc::new(Repo::new(store, WebCrypto));
    let hearing = Rc::downgrade(&opened);
    let line = BroadcastLine::open(db_name(), move |message| {
        if let Some(repo) = hearing.upgrade() {
            repo.received(message);
        }
    });
    if let Some(line) = line {
        opened.connect(Rc::new(line));
    }
    if crate::settings::demo()
        && opened
            .load::<crate::domain::Project>(None)
            .await?
            .is_empty()
    {
        write_demo(&opened).await?;
    }
    REPO.with(|r| *r.borrow_mut() = Some(opened.clone()));
    for hook in WHEN_OPEN.with(|w| std::mem::take(&mut *w.borrow_mut())) {
        hook(&opened);
    }
    Ok(opened)
}

/// The demo's data being made: its code is fetched first, the first time; `None` if it could
/// not be.
pub type MakingDemo =
    std::pin::Pin<Box<dyn std::future::Future<Output = Option<crate::formats::data::BackupData>>>>;

thread_local! {
    /// Where the demo's data comes from: a chunk of the app's binary ([`super::Pages::demo`]).
    static DEMO: std::cell::Cell<Option<fn() -> MakingDemo>> =
        const { std::cell::Cell::new(None) };
}

/// Tells [`write_demo`] how to make the demo's data (once, when the app starts).
pub fn set_demo_source(make: fn() -> MakingDemo) {
    DEMO.with(|d| d.set(Some(make)));
}

/// Writes the workshop demo's data. Its code is fetched first; if it cannot be (offline before
/// the app was ever fully loaded), nothing is written and the error says to try again.
pub async fn write_demo(repo: &AppRepo) -> Result<(), StorageError> {
    let missing = || StorageError::Failed("the demo's code could not be fetched".into());
    let make = DEMO.with(std::cell::Cell::get).ok_or_else(missing)?;
    let data = make().await.ok_or_else(missing)?;
    repo.save_all(&data, &[]).await
}
