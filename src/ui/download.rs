//! Saving files from the browser: a Blob, a temporary object URL and a click on a link.
//! Nothing is sent anywhere: the file goes from memory to the coach's downloads.

use super::tools::ToolError;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A name as a part of a file name: its letters and digits (ASCII ones in lower case), every
/// other character a dash, none at the ends: "Pengar och rapport" → "pengar-och-rapport".
pub fn file_slug(name: &str) -> String {
    let slug: String = (name.chars())
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    slug.trim_matches('-').to_owned()
}

/// Offers `bytes` as a download named `name`.
pub fn save(name: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    save_blob(name, &blob)
}

fn save_blob(name: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.style().set_property("display", "none")?;
    document.body().ok_or("no body")?.append_child(&a)?;
    a.click();
    a.remove();
    // Let the download start before the URL goes away.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    web_sys::window()
        .ok_or("no window")?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)?;
    Ok(())
}

/// Draws an SVG (text) onto a white canvas at twice its size and offers it as PNG.
pub fn save_svg_as_png(name: &str, svg: &str) -> Result<(), JsValue> {
    let width = attribute(svg, "width").unwrap_or(760.0);
    let height = attribute(svg, "height").unwrap_or(400.0);
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let image = web_sys::HtmlImageElement::new()?;
    let name = name.to_owned();
    let img = image.clone();
    let source = url.clone();
    let onload = Closure::once_into_js(move || {
        let draw = || -> Result<(), JsValue> {
            let document = web_sys::window()
                .and_then(|w| w.document())
                .ok_or("no document")?;
            let canvas: web_sys::HtmlCanvasElement =
                document.create_element("canvas")?.dyn_into()?;
            canvas.set_width((width * 2.0) as u32);
            canvas.set_height((height * 2.0) as u32);
            let ctx: web_sys::CanvasRenderingContext2d =
                canvas.get_context("2d")?.ok_or("no 2d")?.dyn_into()?;
            ctx.scale(2.0, 2.0)?;
            ctx.set_fill_style_str("#ffffff");
            ctx.fill_rect(0.0, 0.0, width, height);
            ctx.draw_image_with_html_image_element(&img, 0.0, 0.0)?;
            let done = Closure::once_into_js(move |blob: JsValue| {
                if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
                    let _ = save_blob(&name, &blob);
                }
            });
            canvas.to_blob(done.unchecked_ref())?;
            Ok(())
        };
        let _ = draw();
        let _ = web_sys::Url::revoke_object_url(&source);
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&url);
    Ok(())
}

fn attribute(svg: &str, name: &str) -> Option<f64> {
    let start = svg.find(&format!("{name}=\""))? + name.len() + 2;
    let rest = &svg[start..];
    rest[..rest.find('"')?].parse().ok()
}

/// The file chosen in the `<input type="file">` that fired `ev`, if any.
pub fn picked_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    picked_files(ev).into_iter().next()
}

/// Every file chosen in the `<input type="file" multiple>` that fired `ev`.
pub fn picked_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let files = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files());
    files.map_or_else(Vec::new, |f| {
        (0..f.length()).filter_map(|i| f.get(i)).collect()
    })
}

/// Why a picked file was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Larger than the caller reads: refused before anything was read into memory.
    TooLarge,
    /// The browser could not read it (removed, no permission).
    Unreadable,
}

/// Reads a file the user picked, as bytes, if it is at most `max_bytes` long. The size is
/// checked first, so a file of gigabytes is never read.
pub async fn read_file(file: &web_sys::File, max_bytes: u64) -> Result<Vec<u8>, FileError> {
    if file.size() > max_bytes as f64 {
        return Err(FileError::TooLarge);
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Saves report-style tables as `<stem>.xlsx` (one sheet each, made by the file worker) or
/// `<stem>.csv`, with `heading` above them. `Err` says why the file could not be made.
pub async fn save_tables(
    stem: &str,
    xlsx: bool,
    heading: &[String],
    tables: &[crate::report::tables::Table],
) -> Result<(), ToolError> {
    use crate::formats::export;
    let (name, mime, bytes) = if xlsx {
        let bytes = super::tools::write_workbook(heading, tables).await?;
        let mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        (format!("{stem}.xlsx"), mime, bytes)
    } else {
        let bytes = export::csv(heading, tables, &*crate::i18n::words::WORDS);
        (format!("{stem}.csv"), "text/csv;charset=utf-8", bytes)
    };
    save(&name, mime, &bytes).map_err(|_| ToolError::Garbled)
}
