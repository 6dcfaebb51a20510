//! Automatic backup to a file the coach chose once, where the browser has the File System
//! Access API (Edge and Chrome, what most municipalities use): after every change, debounced,
//! the whole backup is written to that file, a real copy on disk or a network drive.
//!
//! It follows the write path: every change the repository announces schedules a write, and a
//! write that had to wait for the data to be loaded or unlocked is made when the app shows
//! it (the state's `load` becomes ready).
//!
//! The file's handle is kept in a small database of its own (`stegvis-autosave`), since a
//! handle is not JSON. After a browser restart the browser may ask again for permission; that
//! needs a click, so the backup page then shows "Fortsätt spara automatiskt". The API is not in
//! web-sys' stable set, so it is called through `js_sys`.

use crate::repo::Change;
use crate::ui::state::{AppState, Load};
use idb::{DatabaseEvent, Factory, ObjectStoreParams, Query, TransactionMode};
use js_sys::{Array, Function, Object, Promise, Reflect};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

const DB: &str = "stegvis-autosave";
const STORE: &str = "handles";
const KEY: &str = "backup";
/// Changes within this many milliseconds are written together.
const DEBOUNCE_MS: i32 = 2_000;

/// What the backup page shows about automatic backups.
#[derive(Clone, Debug, PartialEq)]
pub enum AutoSave {
    /// The browser cannot write to a chosen file.
    Unsupported,
    Off,
    /// Writing to the file named here; the time of the last write, if any this session.
    On {
        file: String,
        last: Option<String>,
    },
    /// A file is chosen but the browser wants the coach's permission again.
    NeedsPermission {
        file: String,
    },
    /// The last write failed; the text says why (for the console: the page says it plainly).
    Failed {
        file: String,
    },
}

thread_local! {
    static HANDLE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    static TIMER: Cell<Option<i32>> = const { Cell::new(None) };
    static STATUS: RefCell<Option<RwSignal<AutoSave>>> = const { RefCell::new(None) };
    static APP: Cell<Option<AppState>> = const { Cell::new(None) };
    /// A write waits for the data to be loaded or unlocked.
    static DEFERRED: Cell<bool> = const { Cell::new(false) };
}

/// Remembers the app's state (whether its data can be read), loads a remembered file, and
/// follows the repository's changes and the state's loading.
pub fn start(state: AppState) {
    APP.with(|a| a.set(Some(state)));
    status();
    Effect::new(move |_| {
        // The data can be read (loaded, or unlocked): make a write that had to wait.
        if state.load.get() == Load::Ready && DEFERRED.with(Cell::take) {
            leptos::task::spawn_local(write_now());
        }
    });
}

/// Follows the repository of this tab: every change schedules a write.
pub fn follow(repo: &super::data::AppRepo) {
    repo.subscribe(|change| match change {
        Change::Saved { .. } | Change::Protection { .. } => schedule(),
        Change::Locked => {}
    });
}

/// Whether this browser can write to a file the coach picks.
pub fn supported() -> bool {
    Reflect::has(&window(), &"showSaveFilePicker".into()).unwrap_or(false)
}

/// The status signal, created on first use; loads a remembered file and writes to it if the
/// browser still allows it.
pub fn status() -> RwSignal<AutoSave> {
    if let Some(s) = STATUS.with(|s| *s.borrow()) {
        return s;
    }
    let initial = if supported() {
        AutoSave::Off
    } else {
        AutoSave::Unsupported
    };
    let signal = RwSignal::new(initial);
    STATUS.with(|s| *s.borrow_mut() = Some(signal));
    if supported() {
        leptos::task::spawn_local(async move {
            if let Ok(Some(handle)) = load_handle().await {
                HANDLE.with(|h| *h.borrow_mut() = Some(handle.clone()));
                let file = name(&handle);
                if permission(&handle, "queryPermission").await {
                    signal.set(AutoSave::On { file, last: None });
                    // A change whose write was cut short (the tab closed within the debounce).
                    if crate::settings::changed_since_backup() {
                        write_now().await;
                    }
                } else {
                    signal.set(AutoSave::NeedsPermission { file });
                }
            }
        });
    }
    signal
}

/// Asks the coach for a file (a click is needed) and writes the first backup to it.
pub async fn choose() {
    let options = Object::new();
    let _ = Reflect::set(
        &options,
        &"suggestedName".into(),
        &"stegvis-sakerhetskopia.json".into(),
    );
    let Ok(handle) = call(&window(), "showSaveFilePicker", &[options.into()]).await else {
        return; // The coach closed the dialog.
    };
    let _ = store_handle(&handle).await;
    HANDLE.with(|h| *h.borrow_mut() = Some(handle.clone()));
    write_now().await;
}

/// After a browser restart: asks for permission again (needs a click), then writes.
pub async fn resume() {
    let Some(handle) = HANDLE.with(|h| h.borrow().clone()) else {
        return;
    };
    if permission(&handle, "requestPermission").await {
        write_now().await;
    }
}

/// Stops writing to the file (the file itself stays where it is).
pub async fn stop() {
    HANDLE.with(|h| *h.borrow_mut() = None);
    let _ = forget_handle().await;
    status().set(AutoSave::Off);
}

/// After a change: writes the backup a moment later, once for many changes.
fn schedule() {
    if crate::settings::demo() || HANDLE.with(|h| h.borrow().is_none()) {
        return;
    }
    if let Some(old) = TIMER.with(Cell::take) {
        window().clear_timeout_with_handle(old);
    }
    let write = Closure::once_into_js(|| leptos::task::spawn_local(write_now()));
    let id = window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), DEBOUNCE_MS);
    TIMER.with(|t| t.set(id.ok()));
}

async fn write_now() {
    let (Some(handle), Some(state)) = (HANDLE.with(|h| h.borrow().clone()), APP.with(Cell::get))
    else {
        return;
    };
    if state.load.get_untracked() != Load::Ready {
        DEFERRED.with(|d| d.set(true));
        return;
    }
    let file = name(&handle);
    let signal = status();
    if !permission(&handle, "queryPermission").await {
        signal.set(AutoSave::NeedsPermission { file });
        return;
    }
    let written = async {
        let repo = super::data::repo().map_err(|e| JsValue::from_str(&e.to_string()))?;
        let schema = crate::storage::idb::current_schema();
        let json = (repo.backup_file(schema, super::browser::iso_now()).await)
            .map_err(|e| JsValue::from_str(&e.to_string()))?;
        let stream = call(&handle, "createWritable", &[]).await?;
        call(&stream, "write", &[JsValue::from_str(&json)]).await?;
        call(&stream, "close", &[]).await
    }
    .await;
    match written {
        Ok(_) => {
            let when = super::browser::local_now_text();
            crate::settings::set_last_backup(&when);
            signal.set(AutoSave::On {
                file,
                last: Some(when),
            });
        }
        Err(e) => {
            web_sys::console::error_2(&"Stegvis: automatic backup failed".into(), &e);
            signal.set(AutoSave::Failed { file });
        }
    }
}

fn name(handle: &JsValue) -> String {
    Reflect::get(handle, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

/// `queryPermission` or `requestPermission` for reading and writing: granted or not.
async fn permission(handle: &JsValue, method: &str) -> bool {
    let options = Object::new();
    let _ = Reflect::set(&options, &"mode".into(), &"readwrite".into());
    call(handle, method, &[options.into()])
        .await
        .ok()
        .and_then(|s| s.as_string())
        .is_some_and(|s| s == "granted")
}

/// Calls `object.method(args…)` and awaits the result if it is a promise.
async fn call(object: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function: Function = Reflect::get(object, &method.into())?.dyn_into()?;
    let result = function.apply(object, &args.iter().collect::<Array>())?;
    JsFuture::from(Promise::resolve(&result)).await
}

async fn open() -> Result<idb::Database, idb::Error> {
    let mut request = Factory::new()?.open(DB, Some(1))?;
    request.on_upgrade_needed(|event| {
        if let Ok(db) = event.database() {
            let _ = db.create_object_store(STORE, ObjectStoreParams::new());
        }
    });
    request.await
}

async fn load_handle() -> Result<Option<JsValue>, idb::Error> {
    let db = open().await?;
    let tx = db.transaction(&[STORE], TransactionMode::ReadOnly)?;
    let handle = tx.object_store(STORE)?.get(Query::Key(KEY.into()))?.await?;
    db.close();
    Ok(handle)
}

async fn store_handle(handle: &JsValue) -> Result<(), idb::Error> {
    let db = open().await?;
    let tx = db.transaction(&[STORE], TransactionMode::ReadWrite)?;
    tx.object_store(STORE)?
        .put(handle, Some(&KEY.into()))?
        .await?;
    tx.await?;
    db.close();
    Ok(())
}

async fn forget_handle() -> Result<(), idb::Error> {
    let db = open().await?;
    let tx = db.transaction(&[STORE], TransactionMode::ReadWrite)?;
    tx.object_store(STORE)?
        .delete(Query::Key(KEY.into()))?
        .await?;
    tx.await?;
    db.close();
    Ok(())
}
