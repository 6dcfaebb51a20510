//! The coach's app in the browser. Everything lives in the library (see `lib.rs`) except the
//! split points of the pages fetched on first use ([`chunks`]).

#[cfg(target_arch = "wasm32")]
mod chunks;

fn main() {
    #[cfg(target_arch = "wasm32")]
    stegvis::ui::run(&chunks::PAGES);
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("Stegvis runs in the browser: build it with `trunk build` (see README.md).");
}

/// Panics on purpose, so that the end-to-end tests can check what a panic shows (the "Något
/// gick fel" page) now that no input reaches one. Called as `wasmBindings.stegvis_test_panic()`;
/// it only stops the tab it is called in.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn stegvis_test_panic() {
    panic!("a panic asked for by a test");
}
