#!/usr/bin/env python3
"""Every build (run first by post_build.py): splits the app's WebAssembly into a main module
and one file per family of pages (the `#[wasm_split]` functions of src/app/chunks.rs), then
makes the JavaScript bindings for the main module again, in place of the ones Trunk made.

Trunk 0.21 has no step between cargo and wasm-bindgen, so this hook starts again from cargo's
own output (linked with `--emit-relocs`, see build.rs):

1. `wasm-split-cli` writes the main module, the chunks and `__wasm_split.js` (which fetches
   a chunk the first time one of its functions is called);
2. `wasm-bindgen --keep-lld-exports` makes the bindings for the main module, under the name
   Trunk gave the app, so index.html is unchanged;
3. release builds: `wasm-opt -Oz` on every module (index.html tells Trunk not to);
4. each chunk and the loader get a name with a hash of their content, like Trunk's own files,
   so that a browser never pairs an old cached chunk with a new main module."""
import glob
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# The features rustc's wasm32 target uses, which wasm-opt must be allowed to keep.
WASM_OPT_FEATURES = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
]


def run(*command):
    subprocess.run(list(command), check=True)


def optimise(module):
    """wasm-opt -Oz in place. Its warnings about the split modules' name sections (which it
    drops anyway) are left out; anything else it says is shown."""
    done = subprocess.run(
        ["wasm-opt", "-Oz", *WASM_OPT_FEATURES, module, "-o", module],
        capture_output=True, text=True,
    )
    for line in (done.stdout + done.stderr).splitlines():
        if not line.startswith("warning: unknown name subsection"):
            print(line)
    done.check_returncode()


def tag(data):
    return hashlib.sha256(data).hexdigest()[:16]


def app_name(staging):
    """Trunk's name for the app's files: `stegvis-<hash>` (.js and _bg.wasm)."""
    names = [
        os.path.basename(p)[: -len("_bg.wasm")]
        for p in glob.glob(os.path.join(staging, "stegvis-*_bg.wasm"))
        if re.fullmatch(r"stegvis-[0-9a-f]+_bg\.wasm", os.path.basename(p))
    ]
    if len(names) != 1:
        raise SystemExit(f"split.py: expected one app module in {staging}, found {names}")
    return names[0]


def main():
    staging = os.environ["TRUNK_STAGING_DIR"]
    release = os.environ.get("TRUNK_PROFILE") == "release"
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    raw = os.path.join(target, "wasm32-unknown-unknown", "release" if release else "debug", "stegvis.wasm")
    name = app_name(staging)
    with tempfile.TemporaryDirectory() as work:
        split = os.path.join(work, "split")
        bound = os.path.join(work, "bound")
        run("wasm-split-cli", raw, split, "--target", "web", "--out-name", name)
        run(
            "wasm-bindgen", "--target=web", "--keep-lld-exports", "--no-typescript",
            f"--out-dir={bound}", f"--out-name={name}", os.path.join(split, f"{name}.wasm"),
        )
        chunks = sorted(
            f for f in os.listdir(split) if f.endswith(".wasm") and f != f"{name}.wasm"
        )
        modules = [os.path.join(bound, f"{name}_bg.wasm")] + [os.path.join(split, c) for c in chunks]
        if release:
            with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
                list(pool.map(optimise, modules))

        loader_js = open(os.path.join(split, "__wasm_split.js"), encoding="utf-8").read()
        for chunk in chunks:
            data = open(os.path.join(split, chunk), "rb").read()
            hashed = f"stegvis-{chunk[:-len('.wasm')].replace('_', '-')}-{tag(data)}.wasm"
            literal = f'"./{chunk}"'
            if literal not in loader_js:
                raise SystemExit(f"split.py: __wasm_split.js does not name {chunk}")
            loader_js = loader_js.replace(literal, f'"./{hashed}"')
            with open(os.path.join(staging, hashed), "wb") as f:
                f.write(data)
        loader = f"stegvis-chunks-{tag(loader_js.encode())}.js"
        with open(os.path.join(staging, loader), "w", encoding="utf-8") as f:
            f.write(loader_js)

        main_js = open(os.path.join(bound, f"{name}.js"), encoding="utf-8").read()
        # Only the JavaScript import moves: the wasm still names its import module
        # "./__wasm_split.js", the key of the imports object the bindings hand it.
        if 'from "./__wasm_split.js"' not in main_js:
            raise SystemExit("split.py: the bindings do not import __wasm_split.js")
        main_js = main_js.replace('from "./__wasm_split.js"', f'from "./{loader}"')
        with open(os.path.join(staging, f"{name}.js"), "w", encoding="utf-8") as f:
            f.write(main_js)
        shutil.copyfile(modules[0], os.path.join(staging, f"{name}_bg.wasm"))
    print(f"split.py: {name} split into the main module and {len(chunks)} chunks")


if __name__ == "__main__":
    main()
