//! The participant's phone form: a small entry point of its own, started by the loader in
//! `index.html` instead of the coach's app when the address carries a form (`#svar=…`).
//! Everything lives in the library; see `ui::phone`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    stegvis::ui::phone::run();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("The phone form runs in the browser: build it with `trunk build` (see README.md).");
}
