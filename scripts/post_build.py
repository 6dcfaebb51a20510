#!/usr/bin/env python3
"""Trunk post-build hook (release builds only): first the Content-Security-Policy (csp.py),
then the offline files (offline.py), in that order, since the second hashes what the first
wrote. Trunk runs separate hooks at the same time, hence one hook."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

if os.environ.get("TRUNK_PROFILE") == "release":
    import csp
    import offline

    csp.main()
    offline.main()
