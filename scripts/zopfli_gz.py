#!/usr/bin/env python3
"""Release builds only (run by post_build.py after compress.mjs): writes each `<file>.gz` again
with Zopfli, a gzip encoder that spends more time to make the same format 5 % smaller (the
start page's wasm: 373 KB with zlib's level 9, 352 KB with Zopfli; a second less on a slow
line). Any gzip reader reads it; a host's gzip_static serves it as it is. Keeps zlib's file
where Zopfli is not installed (`scripts/ensure-tools` installs it) or does no better.

Usage: scripts/zopfli_gz.py <dir>"""
import os
import sys
from concurrent.futures import ProcessPoolExecutor


def recompress(path):
    import zopfli.gzip

    with open(path[: -len(".gz")], "rb") as f:
        data = f.read()
    smaller = zopfli.gzip.compress(data)
    if len(smaller) < os.path.getsize(path):
        with open(path, "wb") as f:
            f.write(smaller)


def main(directory):
    try:
        import zopfli.gzip  # noqa: F401
    except ImportError:
        print("zopfli_gz.py: Zopfli is not installed (pip install zopfli); the .gz files stay as zlib made them")
        return
    paths = [
        os.path.join(directory, name)
        for name in os.listdir(directory)
        if name.endswith(".gz") and os.path.isfile(os.path.join(directory, name[: -len(".gz")]))
    ]
    # The largest first, so that the two cores finish together.
    paths.sort(key=os.path.getsize, reverse=True)
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(recompress, paths))


if __name__ == "__main__":
    main(sys.argv[1])
