//! The layers of `src/` are what `lib.rs` says they are, and stay so: no module imports one
//! that imports it back (no cycle among the modules of one parent, at any depth), and the pure
//! core (`domain`, `survey`, `records`, `report`, `formats`, `charts`, `routes`) imports
//! neither the message catalogue (`i18n`) nor the browser (`ui`, `settings`).
//!
//! Each file of `src/` is a module; a module depends on another when its code names a path in
//! it (`crate::report::tables::Table`, `super::state::AppState`, a `use` with braces). Between
//! two sibling modules, a dependency of anything inside one on anything inside the other counts.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The modules of the crate (as `a::b` paths; the root is ""), each with its source.
fn modules() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "bin") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = module_of(&root, &path);
                if name != "main" {
                    out.insert(name, std::fs::read_to_string(&path).unwrap());
                }
            }
        }
    }
    out
}

fn module_of(root: &Path, file: &Path) -> String {
    let rel: PathBuf = file.strip_prefix(root).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts.join("::")
}

/// The code of a file without comments, string literals and its test module.
fn code(source: &str) -> String {
    let source = match source.find("#[cfg(test)]\nmod tests") {
        Some(at) => &source[..at],
        None => source,
    };
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    match (escaped, c) {
                        (false, '\\') => escaped = true,
                        (false, '"') => break,
                        _ => escaped = false,
                    }
                }
                out.push_str("\"\"");
            }
            _ => out.push(c),
        }
    }
    out
}

/// Every path the code names, as written (`crate::a::b`, `super::x`), with `use` braces
/// expanded.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let rest: String = bytes[i..bytes.len().min(i + 7)].iter().collect();
        let starts = ["crate::", "super::"]
            .iter()
            .find(|p| rest.starts_with(**p));
        let boundary = i == 0
            || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_' || bytes[i - 1] == ':');
        match starts {
            Some(_) if boundary => {
                let (path, end) = read_path(&bytes, i);
                out.extend(path);
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// The path(s) starting at `i`: `a::b::{c, d::e}` gives `a::b::c` and `a::b::d::e`.
fn read_path(chars: &[char], mut i: usize) -> (Vec<String>, usize) {
    let mut prefix = String::new();
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() || c == '_' || c == ':' {
            prefix.push(c);
            i += 1;
        } else if c == '{' && prefix.ends_with("::") {
            let mut out = Vec::new();
            i += 1;
            loop {
                while i < chars.len() && (chars[i].is_whitespace() || chars[i] == ',') {
                    i += 1;
                }
                if i >= chars.len() || chars[i] == '}' {
                    i += 1;
                    break;
                }
                let (inner, end) = read_path(chars, i);
                out.extend(inner.into_iter().map(|p| format!("{prefix}{p}")));
                i = end.max(i + 1);
            }
            return (out, i);
        } else {
            break;
        }
    }
    (vec![prefix.trim_end_matches(':').to_owned()], i)
}

/// The module a path written in module `from` points into.
fn resolve(from: &str, path: &str, known: &BTreeSet<String>) -> Option<String> {
    let mut base: Vec<&str> = if from.is_empty() {
        vec![]
    } else {
        from.split("::").collect()
    };
    let mut parts = path.split("::").peekable();
    match parts.peek() {
        Some(&"crate") => {
            base.clear();
            parts.next();
        }
        Some(&"super") => {
            while parts.peek() == Some(&"super") {
                base.pop();
                parts.next();
            }
        }
        _ => return None,
    }
    let mut best = base.join("::");
    let mut now = base.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    for p in parts {
        now.push(p.to_owned());
        let candidate = now.join("::");
        if known.contains(&candidate) {
            best = candidate;
        } else {
            break;
        }
    }
    Some(best)
}

/// Edges between modules: `from` names something in `to`.
fn edges() -> BTreeSet<(String, String)> {
    let modules = modules();
    let known: BTreeSet<String> = modules.keys().cloned().collect();
    let mut out = BTreeSet::new();
    for (from, source) in &modules {
        for path in paths(&code(source)) {
            if let Some(to) = resolve(from, &path, &known) {
                if to != *from {
                    out.insert((from.clone(), to));
                }
            }
        }
    }
    out
}

fn parent(m: &str) -> &str {
    m.rsplit_once("::").map_or("", |(p, _)| p)
}

/// The ancestor of `m` that is a child of `p` (itself, if it is one).
fn child_of<'a>(m: &'a str, p: &str) -> Option<&'a str> {
    let rest = if p.is_empty() {
        m
    } else {
        m.strip_prefix(p)?.strip_prefix("::")?
    };
    let first = rest.split("::").next()?;
    Some(&m[..m.len() - rest.len() + first.len()])
}

#[test]
fn no_two_modules_import_each_other_at_any_depth() {
    let edges = edges();
    let parents: BTreeSet<String> = modules().keys().map(|m| parent(m).to_owned()).collect();
    let mut cycles = Vec::new();
    for p in &parents {
        // The graph of `p`'s children: an edge wherever something inside one names the other.
        let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for (from, to) in &edges {
            if let (Some(a), Some(b)) = (child_of(from, p), child_of(to, p)) {
                if a != b {
                    graph.entry(a).or_default().insert(b);
                }
            }
        }
        // A cycle: a child reaches itself.
        for start in graph.keys() {
            let mut seen = BTreeSet::new();
            let mut stack: Vec<&str> = graph[start].iter().copied().collect();
            while let Some(n) = stack.pop() {
                if n == *start {
                    cycles.push(format!("{start} reaches itself (under {p:?})"));
                    break;
                }
                if seen.insert(n) {
                    stack.extend(graph.get(n).into_iter().flatten().copied());
                }
            }
        }
    }
    assert_eq!(cycles, Vec::<String>::new(), "module cycles");
}

#[test]
fn the_pure_core_imports_neither_the_catalogue_nor_the_browser() {
    let core = [
        "domain", "survey", "records", "report", "formats", "charts", "routes",
    ];
    let above = ["i18n", "ui", "settings", "repo", "storage"];
    let wrong: Vec<String> = edges()
        .into_iter()
        .filter(|(from, to)| {
            let layer = |m: &str| m.split("::").next().unwrap_or("").to_owned();
            core.contains(&layer(from).as_str()) && above.contains(&layer(to).as_str())
        })
        .map(|(from, to)| format!("{from} -> {to}"))
        .collect();
    assert_eq!(wrong, Vec::<String>::new());
}

#[test]
fn the_check_sees_a_cycle_and_a_path_with_braces() {
    // The reader of paths itself: braces, `super`, and the deepest module a path names.
    let known: BTreeSet<String> = ["a", "a::b", "a::c", "d"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let found = paths("use crate::a::{b::X, c};\nfn f() { super::c::y(); }");
    assert_eq!(found, ["crate::a::b::X", "crate::a::c", "super::c::y"]);
    assert_eq!(
        resolve("a::b", "super::c::y", &known).as_deref(),
        Some("a::c")
    );
    assert_eq!(
        resolve("d", "crate::a::b::X", &known).as_deref(),
        Some("a::b")
    );
    assert_eq!(child_of("a::b::c", "a"), Some("a::b"));
    assert_eq!(child_of("a", ""), Some("a"));
}
