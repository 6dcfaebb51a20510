#!/usr/bin/env python3
"""Trunk post-build hook: adds a Content-Security-Policy to the built index.html.

The policy allows nothing beyond the app's own origin: scripts only from the origin plus the
one inline loader (Trunk.toml's pattern_script, allowed by its SHA-256 hash), WebAssembly
compilation ('wasm-unsafe-eval'), stylesheets only from the origin plus the one written into the page
(style/main.css, by its hash), no connections elsewhere. Even a bug cannot send data
to another origin. Release builds only (run by post_build.py): `trunk serve` injects its own live-reload script.
"""
import base64
import hashlib
import os
import re
import sys

def sha256(text):
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def main():
    path = os.path.join(os.environ["TRUNK_STAGING_DIR"], "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()

    inline = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    if len(inline) != 1:
        sys.exit(f"csp.py: expected one inline script (the loader), found {len(inline)}")
    digest = sha256(inline[0])
    styles = re.findall(r"<style>(.*?)</style>", html, flags=re.S)
    if len(styles) != 1:
        sys.exit(f"csp.py: expected one inline stylesheet (style/main.css), found {len(styles)}")

    policy = "; ".join([
        "default-src 'none'",
        f"script-src 'self' 'wasm-unsafe-eval' 'sha256-{digest}'",
        f"style-src 'self' 'sha256-{sha256(styles[0])}'",
        # plotters measures chart text in the browser with a style attribute on a hidden span.
        # Style attributes cannot fetch anything: url() in them is still bound by img-src and
        # default-src, which allow only this origin.
        "style-src-attr 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}" />'
    html, n = re.subn(r"(<meta charset=\"utf-8\" />)", r"\1\n    " + meta, html, count=1)
    if n != 1:
        sys.exit("csp.py: no <meta charset> to put the policy after")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__" and os.environ.get("TRUNK_PROFILE") == "release":
    main()
