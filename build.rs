//! Keeps the linker's relocations in the app's WebAssembly (`--emit-relocs`), which
//! `scripts/split.py` needs to split the pages of `src/app/chunks.rs` into files of their own.
//! Only the app's binary, and only for the browser: tests and the other binaries link as usual.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=stegvis=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
