//! The app's end of the file worker (`src/bin/tools.rs`): reading an import file and writing
//! a workbook happen there, in a second WebAssembly module that is downloaded the first time a
//! coach needs it. Each call posts a [`Job`] and waits for its [`Outcome`]; if the worker cannot
//! start (no network on a first visit, a broken deployment), the call says so and a later call
//! tries again.

use super::browser;
use crate::formats::import::{ImportError, RawTable};
use crate::formats::jobs::{Job, Outcome};
use crate::report::tables::Table;
use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};

/// The worker's loader, written by Trunk next to `index.html` (worker files are never hashed).
const LOADER: &str = "/stegvis-tools_loader.js";

/// Why a job gave no result.
#[derive(Clone, Debug, PartialEq)]
pub enum ToolError {
    /// The worker did not start: its files could not be loaded.
    Unavailable,
    /// The worker started, then stopped during the job (out of memory on a file too large).
    Crashed,
    /// The worker answered something this version of the app does not understand.
    Garbled,
}

struct Client {
    worker: Worker,
    ready: Promise,
    pending: HashMap<u32, (Function, Function)>,
    next_id: u32,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
}

/// Reads a file a coach picked into rows, in the worker.
pub async fn read_table(bytes: Vec<u8>, file_name: &str) -> Result<RawTable, ReadError> {
    let job = Job::ReadTable {
        file_name: file_name.to_owned(),
    };
    match call(&job, bytes).await.map_err(ReadError::Tool)? {
        (Outcome::Table(table), _) => Ok(table),
        (Outcome::ImportFailed(e), _) => Err(ReadError::Import(e)),
        _ => Err(ReadError::Tool(ToolError::Garbled)),
    }
}

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    Import(ImportError),
    Tool(ToolError),
}

/// Writes `tables` as an `.xlsx` workbook, in the worker.
pub async fn write_workbook(heading: &[String], tables: &[Table]) -> Result<Vec<u8>, ToolError> {
    let job = Job::WriteWorkbook {
        heading: heading.to_vec(),
        tables: tables.to_vec(),
    };
    match call(&job, Vec::new()).await? {
        (Outcome::Workbook, bytes) => Ok(bytes),
        (other, _) => {
            web_sys::console::error_1(&format!("file worker: {other:?}").into());
            Err(ToolError::Garbled)
        }
    }
}

/// Writes the final report draft (already rendered in the coach's language) as `.docx`, in
/// the worker.
pub async fn write_document(draft: crate::report::draft::Draft) -> Result<Vec<u8>, ToolError> {
    match call(&Job::WriteDocument { draft }, Vec::new()).await? {
        (Outcome::Document, bytes) => Ok(bytes),
        (other, _) => {
            web_sys::console::error_1(&format!("file worker: {other:?}").into());
            Err(ToolError::Garbled)
        }
    }
}

async fn call(job: &Job, input: Vec<u8>) -> Result<(Outcome, Vec<u8>), ToolError> {
    let json = serde_json::to_string(job).map_err(|_| ToolError::Garbled)?;
    let ready = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_none() {
            *c = start();
        }
        c.as_ref().map(|c| c.ready.clone())
    });
    JsFuture::from(ready.ok_or(ToolError::Unavailable)?)
        .await
        .map_err(|_| ToolError::Unavailable)?;
    let reply = Promise::new(&mut |resolve, reject| {
        CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            let Some(client) = c.as_mut() else {
                let _ = reject.call0(&JsValue::NULL);
                return;
            };
            let id = client.next_id;
            client.next_id += 1;
            let bytes = Uint8Array::from(input.as_slice());
            let message = Object::new();
            let _ = Reflect::set(&message, &"id".into(), &id.into());
            let _ = Reflect::set(&message, &"job".into(), &json.as_str().into());
            let _ = Reflect::set(&message, &"bytes".into(), &bytes);
            let transfer = Array::of1(&bytes.buffer());
            if client
                .worker
                .post_message_with_transfer(&message, &transfer)
                .is_ok()
            {
                client.pending.insert(id, (resolve, reject));
            } else {
                let _ = reject.call0(&JsValue::NULL);
            }
        });
    });
    let reply = JsFuture::from(reply).await.map_err(|why| {
        if why.as_string().as_deref() == Some(CRASHED) {
            ToolError::Crashed
        } else {
            ToolError::Unavailable
        }
    })?;
    let field = |name: &str| Reflect::get(&reply, &name.into()).unwrap_or(JsValue::NULL);
    let outcome = field("outcome").as_string().ok_or(ToolError::Garbled)?;
    let outcome: Outcome = serde_json::from_str(&outcome).map_err(|_| ToolError::Garbled)?;
    Ok((outcome, Uint8Array::new(&field("bytes")).to_vec()))
}

/// What a job waiting on a worker that stopped after it had started is rejected with.
const CRASHED: &str = "crashed";

/// Starts the worker. Its first message says it is ready; an error event (files missing,
/// offline, or a job that ran out of memory) rejects everything waiting and forgets the worker
/// so that the next call retries.
fn start() -> Option<Client> {
    let worker = Worker::new(&browser::app_href(LOADER)).ok()?;
    let started = std::rc::Rc::new(std::cell::Cell::new(false));
    let was_started = started.clone();
    let mut signal_ready: Option<(Function, Function)> = None;
    let ready = Promise::new(&mut |resolve, reject| signal_ready = Some((resolve, reject)));
    let (resolve_ready, reject_ready) = signal_ready?;

    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        if Reflect::get(&data, &"ready".into()).is_ok_and(|r| r.is_truthy()) {
            started.set(true);
            let _ = resolve_ready.call0(&JsValue::NULL);
            return;
        }
        let id = Reflect::get(&data, &"id".into())
            .ok()
            .and_then(|id| id.as_f64())
            .map(|id| id as u32);
        let waiting = CLIENT.with(|c| {
            c.borrow_mut()
                .as_mut()
                .and_then(|c| id.and_then(|id| c.pending.remove(&id)))
        });
        if let Some((resolve, _)) = waiting {
            let _ = resolve.call1(&JsValue::NULL, &data);
        }
    });
    let on_error = Closure::<dyn Fn(JsValue)>::new(move |_| {
        let _ = reject_ready.call0(&JsValue::NULL);
        if let Some(client) = CLIENT.with(|c| c.borrow_mut().take()) {
            client.worker.terminate();
            let why = if was_started.get() {
                JsValue::from_str(CRASHED)
            } else {
                JsValue::NULL
            };
            for (_, reject) in client.pending.into_values() {
                let _ = reject.call1(&JsValue::NULL, &why);
            }
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_message.forget();
    on_error.forget();
    Some(Client {
        worker,
        ready,
        pending: HashMap::new(),
        next_id: 1,
    })
}
