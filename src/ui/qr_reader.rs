//! Reading a participant's answer QR code: from a photo or screenshot, or live from the camera.
//!
//! Both paths draw the picture on a canvas, take its pixels as greyscale and hand them to
//! [`crate::survey::qr::read`]. `createImageBitmap` decodes the file without an `<img>` or a
//! `blob:` address, so the Content-Security-Policy stays closed. The camera stream is stopped
//! as soon as a code is found, the coach cancels, or the page goes away.

use crate::i18n::survey::SURVEY as T;
use crate::survey::qr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The QR text in what `source` shows (a bitmap or a video frame), if there is one.
fn read_source(source: &JsValue, width: u32, height: u32) -> Result<Option<String>, JsValue> {
    // Large photos are scaled down: QR detection needs a few pixels per module, not 12 MP.
    let scale = (1280.0 / f64::from(width.max(height))).min(1.0);
    let (w, h) = (
        (f64::from(width) * scale).round().max(1.0) as u32,
        (f64::from(height) * scale).round().max(1.0) as u32,
    );
    let canvas: web_sys::HtmlCanvasElement = document().create_element("canvas")?.unchecked_into();
    canvas.set_width(w);
    canvas.set_height(h);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .unchecked_into();
    if let Some(bitmap) = source.dyn_ref::<web_sys::ImageBitmap>() {
        ctx.draw_image_with_image_bitmap_and_dw_and_dh(bitmap, 0.0, 0.0, w.into(), h.into())?;
    } else if let Some(video) = source.dyn_ref::<web_sys::HtmlVideoElement>() {
        ctx.draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w.into(), h.into())?;
    }
    let rgba = ctx.get_image_data(0.0, 0.0, w.into(), h.into())?.data();
    let luma: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|p| {
            ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8
        })
        .collect();
    Ok(qr::read(w as usize, h as usize, &luma))
}

/// The largest picture read, in MB.
const MAX_PICTURE_MB: u32 = 50;
const TOO_LARGE: &str = "too large";

/// Reads the QR code in an image file.
async fn read_file(file: web_sys::File) -> Result<Option<String>, JsValue> {
    // No photo or screenshot of a code is this large; the size is checked before decoding.
    if file.size() > f64::from(MAX_PICTURE_MB) * 1024.0 * 1024.0 {
        return Err(JsValue::from_str(TOO_LARGE));
    }
    let promise = window().create_image_bitmap_with_blob(&file)?;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(promise).await?.unchecked_into();
    let found = read_source(&bitmap, bitmap.width(), bitmap.height());
    bitmap.close();
    found
}

type Stream = Rc<RefCell<Option<web_sys::MediaStream>>>;

fn stop(stream: &Stream) {
    if let Some(s) = stream.borrow_mut().take() {
        for track in s.get_tracks().iter() {
            track.unchecked_into::<web_sys::MediaStreamTrack>().stop();
        }
    }
}

/// A file picker for a photo or screenshot, and a camera button. `on_text` gets the text of the
/// first QR code found.
#[component]
pub fn QrReader(on_text: Callback<String>) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let scanning = RwSignal::new(false);
    let video_ref = NodeRef::<leptos::html::Video>::new();
    let stream: StoredValue<Stream, LocalStorage> = StoredValue::new_local(Rc::default());
    on_cleanup(move || stream.with_value(stop));

    let choose = move |ev: leptos::ev::Event| {
        let Some(file) = crate::ui::download::picked_file(&ev) else {
            return;
        };
        status.set(Some(T.qr_reading.into()));
        spawn_local(async move {
            match read_file(file).await {
                Ok(Some(text)) => {
                    status.set(None);
                    on_text.run(text);
                }
                Ok(None) => status.set(Some(T.qr_none_found.into())),
                Err(e) if e.as_string().as_deref() == Some(TOO_LARGE) => {
                    status.set(Some((T.qr_too_large)(MAX_PICTURE_MB)))
                }
                Err(_) => status.set(Some(T.qr_not_an_image.into())),
            }
        });
    };

    let start_camera = move |_| {
        let Ok(devices) = window().navigator().media_devices() else {
            status.set(Some(T.camera_unavailable.into()));
            return;
        };
        let constraints = web_sys::MediaStreamConstraints::new();
        let video = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&video, &"facingMode".into(), &"environment".into());
        constraints.set_video(&video);
        let Ok(promise) = devices.get_user_media_with_constraints(&constraints) else {
            status.set(Some(T.camera_unavailable.into()));
            return;
        };
        status.set(Some(T.camera_starting.into()));
        spawn_local(async move {
            let Ok(media) = JsFuture::from(promise).await else {
                status.set(Some(T.camera_refused.into()));
                return;
            };
            let media: web_sys::MediaStream = media.unchecked_into();
            scanning.set(true);
            status.set(Some(T.camera_hint.into()));
            stream.with_value(|s| *s.borrow_mut() = Some(media.clone()));
            let Some(video) = video_ref.get_untracked() else {
                return;
            };
            video.set_src_object(Some(&media));
            let _ = video.play();
            while scanning.get_untracked() {
                crate::ui::browser::sleep(250).await;
                let (w, h) = (video.video_width(), video.video_height());
                if w == 0 || h == 0 {
                    continue;
                }
                if let Ok(Some(text)) = read_source(&video, w, h) {
                    scanning.set(false);
                    status.set(None);
                    on_text.run(text);
                }
            }
            stream.with_value(stop);
        });
    };

    view! {
        <div class="qr-reader">
            <div class="field">
                <label for="qr-file">{T.qr_from_image}</label>
                <p class="hint" id="qr-file-hint">{T.qr_from_image_hint}</p>
                <input id="qr-file" type="file" accept="image/*" aria-describedby="qr-file-hint" on:change=choose />
            </div>
            <p>
                {move || if scanning.get() {
                    view! { <button type="button" class="button" on:click=move |_| scanning.set(false)>{T.camera_stop}</button> }.into_any()
                } else {
                    view! { <button type="button" class="button" on:click=start_camera>{T.camera_start}</button> }.into_any()
                }}
            </p>
            <video node_ref=video_ref class="camera" class:hidden=move || !scanning.get()
                muted=true playsinline=true aria-label=T.camera_label></video>
            <p role="status" class="qr-status">{move || status.get()}</p>
        </div>
    }
}
