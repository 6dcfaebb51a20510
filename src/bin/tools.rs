//! The file worker: a second, separate WebAssembly module that runs in a Web Worker and does
//! [`stegvis::formats::jobs`]. The app loads it only when a coach imports or exports a file, so
//! a first visit never downloads the workbook libraries. See `src/ui/tools.rs` for the other end.
//!
//! Messages in: `{ id, job, bytes }` (`job` is JSON, `bytes` a `Uint8Array`). Messages out:
//! `{ ready: true }` once, then `{ id, outcome, bytes }` per job, the bytes transferred.

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("The file worker runs in the browser: it is built by `trunk build` (see README.md).");
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let replies = scope.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            let field = |name: &str| Reflect::get(&data, &name.into()).unwrap_or(JsValue::NULL);
            let job = field("job").as_string().unwrap_or_default();
            let input = Uint8Array::new(&field("bytes")).to_vec();
            let (outcome, output) = stegvis::formats::jobs::run_json(&job, &input);
            let output = Uint8Array::from(output.as_slice());
            let reply = Object::new();
            let _ = Reflect::set(&reply, &"id".into(), &field("id"));
            let _ = Reflect::set(&reply, &"outcome".into(), &outcome.into());
            let _ = Reflect::set(&reply, &"bytes".into(), &output);
            let transfer = Array::of1(&output.buffer());
            let _ = replies.post_message_with_transfer(&reply, &transfer);
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let ready = Object::new();
        let _ = Reflect::set(&ready, &"ready".into(), &JsValue::TRUE);
        let _ = scope.post_message(&ready);
    }
}
