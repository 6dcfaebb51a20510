#!/usr/bin/env python3
"""Release builds only: makes the app installable and usable offline.

Writes `sw.js` (from scripts/sw.js) with the list of files to cache and a version that changes
whenever any of them changes, so a new deployment is noticed by browsers that have the old one.
Adds the web app manifest link to index.html under the build's public URL. Every page chunk
(scripts/split.py) is in the list, so every page opens offline after a first visit. The file
worker (stegvis-tools*) is not: it is cached the first time a coach uses it.
"""
import hashlib
import json
import os
import re


def main():
    staging = os.environ["TRUNK_STAGING_DIR"]
    public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
    if not public_url.endswith("/"):
        public_url += "/"
    index = os.path.join(staging, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    links = (
        f'<link rel="manifest" href="{public_url}manifest.webmanifest" />\n    '
        f'<link rel="apple-touch-icon" href="{public_url}icon-192.png" />\n    '
    )
    html, n = re.subn(r"(<title>)", links + r"\1", html, count=1)
    if n != 1:
        raise SystemExit("offline.py: no <title> to put the manifest link before")
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)

    names = sorted(
        n for n in os.listdir(staging)
        if os.path.isfile(os.path.join(staging, n))
        and not n.startswith("stegvis-tools") and n not in ("sw.js", "index.html")
    )
    digest = hashlib.sha256()
    for name in names + ["index.html"]:
        with open(os.path.join(staging, name), "rb") as f:
            digest.update(name.encode() + b"\0" + f.read())
    files = ["./"] + [f"./{n}" for n in names]
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "sw.js"), encoding="utf-8") as f:
        sw = f.read()
    sw = sw.replace("'__VERSION__'", json.dumps(digest.hexdigest()[:16]))
    sw = sw.replace("__FILES__", json.dumps(files))
    with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
        f.write(sw)


if __name__ == "__main__":
    main()
