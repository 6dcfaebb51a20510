#!/usr/bin/env python3
"""Where the app's wasm size goes: the code section attributed to crates by function name.

Usage: scripts/wasm_sizes.py [target/wasm32-unknown-unknown/release/stegvis.wasm]

Run after a release build (`trunk build --release`). It reads the module cargo wrote (before
wasm-bindgen and wasm-opt), which still has its name section. Generic code is counted under the
crate whose item it is (a `tachys` impl instantiated for our views counts as `tachys`), or
under "(generic)" when the name starts with a trait impl. A measuring aid, not a test."""
import sys, re, collections
data = open(sys.argv[1] if len(sys.argv) > 1 else 'target/wasm32-unknown-unknown/release/stegvis.wasm', 'rb').read()
def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1
        r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i
i = 8
sections = []
while i < len(data):
    sid = data[i]; i += 1
    size, i = leb(data, i)
    sections.append((sid, i, size)); i += size
imports = 0
bodies = []
names = {}
for sid, off, size in sections:
    b = data[off:off+size]
    if sid == 2:
        n, j = leb(b, 0)
        for _ in range(n):
            l, j = leb(b, j); j += l
            l, j = leb(b, j); j += l
            kind = b[j]; j += 1
            if kind == 0: _, j = leb(b, j); imports += 1
            elif kind == 1: j += 1; flags = b[j]; j += 1; _, j = leb(b, j); j = leb(b, j)[1] if flags & 1 else j
            elif kind == 2: flags = b[j]; j += 1; _, j = leb(b, j); j = leb(b, j)[1] if flags & 1 else j
            elif kind == 3: j += 2
    elif sid == 10:
        n, j = leb(b, 0)
        for _ in range(n):
            l, j = leb(b, j); bodies.append(l); j += l
    elif sid == 0:
        l, j = leb(b, 0); name = b[j:j+l].decode(); j += l
        if name == 'name':
            while j < len(b):
                sub = b[j]; j += 1
                ssz, j = leb(b, j); end = j + ssz
                if sub == 1:
                    n, k = leb(b, j)
                    for _ in range(n):
                        idx, k = leb(b, k); l, k = leb(b, k)
                        names[idx] = b[k:k+l].decode('utf8', 'replace'); k += l
                j = end
    elif sid == 11:
        print('data section', size)
def crate(n):
    m = re.match(r'_ZN(\d+)(\w+)', n)
    if m:
        l = int(m.group(1)); c = m.group(2)[:l]
    else:
        m = re.match(r'_R\w*?(\d+)_?([a-z_0-9]+)', n)
        c = m.group(2) if m else n.split('::')[0].lstrip('<')
    c = re.sub(r'^_?', '', c)
    return c
# For generic functions the first path element is where the code was defined; rough but useful.
by = collections.Counter()
total = 0
for k, sz in enumerate(bodies):
    n = names.get(imports + k, '?')
    c = crate(n) if n.startswith('_') else n.split('::')[0].lstrip('<').split(' ')[0]
    by[c] += sz; total += sz
print('code', total, 'functions', len(bodies))
for c, sz in by.most_common(40):
    print(f'{sz/1024:8.1f} KB {100*sz/total:5.1f}%  {c or "(generic)"}')
