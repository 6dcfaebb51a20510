//! The browser entry point. Everything lives in the library; see `lib.rs`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    stegvis::ui::run();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("Stegvis runs in the browser: build it with `trunk build` (see README.md).");
}
