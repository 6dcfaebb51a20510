//! Two tabs of Stegvis open at once: the browser's end of the write path's [`Channel`], a
//! `BroadcastChannel` per database (so the demo and the real data never mix). What a tab hears
//! goes to its repository ([`crate::repo::Repo::received`]), which tells the pages.

use crate::repo::{Channel, Message};
use wasm_bindgen::prelude::*;
use web_sys::BroadcastChannel;

/// The line to the other tabs of one database.
pub struct BroadcastLine(BroadcastChannel);

impl BroadcastLine {
    /// Opens the line of database `db` and hands what it hears to `hear`; `None` where the
    /// browser has no `BroadcastChannel` (tabs then see each other's changes when reloaded).
    pub fn open(db: &str, hear: impl Fn(Message) + 'static) -> Option<BroadcastLine> {
        let channel = BroadcastChannel::new(&format!("stegvis:{db}")).ok()?;
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                if let Some(message) = ev.data().as_string().and_then(|w| Message::from_word(&w)) {
                    hear(message);
                }
            });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The line lasts as long as the page.
        on_message.forget();
        Some(BroadcastLine(channel))
    }
}

impl Channel for BroadcastLine {
    fn post(&self, message: Message) {
        let _ = self.0.post_message(&JsValue::from_str(message.word()));
    }
}
