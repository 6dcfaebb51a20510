#!/usr/bin/env python3
"""Release builds only (run by post_build.py, before csp.py): gives the phone form's two files
names with a hash of their content, as Trunk does for the app's own. Trunk builds the phone
form like a worker (see index.html), and workers keep plain names; a phone that kept an old
`stegvis-phone.js` in its cache must never pair it with a new `stegvis-phone_bg.wasm`."""
import hashlib
import os

PLAIN = ("stegvis-phone.js", "stegvis-phone_bg.wasm")


def main():
    staging = os.environ["TRUNK_STAGING_DIR"]
    digest = hashlib.sha256()
    for name in PLAIN:
        with open(os.path.join(staging, name), "rb") as f:
            digest.update(f.read())
    tag = digest.hexdigest()[:16]
    index = os.path.join(staging, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    for name in PLAIN:
        hashed = name.replace("stegvis-phone", f"stegvis-phone-{tag}", 1)
        if html.count(name) != 1:
            raise SystemExit(f"names.py: expected index.html to name {name} once")
        html = html.replace(name, hashed)
        os.rename(os.path.join(staging, name), os.path.join(staging, hashed))
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
