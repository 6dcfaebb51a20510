#!/usr/bin/env python3
"""Trunk post-build hook, in this order, since each step reads what the one before wrote: every
build splits the app into its chunks (split.py); release builds then give hashed names to the
phone form's files (names.py), and write the Content-Security-Policy (csp.py), the offline
files (offline.py), and last the precompressed `.gz` and `.br` copies of every file
(compress.mjs, then zopfli_gz.py for smaller `.gz`). Trunk runs separate hooks at the same
time, hence one hook."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import split

split.main()

if os.environ.get("TRUNK_PROFILE") == "release":
    import csp
    import names
    import offline

    names.main()
    csp.main()
    offline.main()
    here = os.path.dirname(os.path.abspath(__file__))
    staging = os.environ["TRUNK_STAGING_DIR"]
    subprocess.run(["node", os.path.join(here, "compress.mjs"), staging], check=True)
    import zopfli_gz

    zopfli_gz.main(staging)
