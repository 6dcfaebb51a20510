//! Every address of the app is built by `stegvis::routes::Page`: no other file of `src/` writes
//! a route in a string (`"/projekt/…"`, `format!("{base}/rapport")`), so renaming or adding a
//! page is one change in one file, and a link cannot point to a page that does not exist.

use std::path::Path;

/// The string literals of a Rust source, roughly: enough to find paths written by hand.
fn literals(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = source.chars().peekable();
    let mut in_comment = false;
    while let Some(c) = chars.next() {
        if in_comment {
            in_comment = c != '\n';
            continue;
        }
        match c {
            '/' if chars.peek() == Some(&'/') => in_comment = true,
            '\'' => {
                // A char literal ('"') or a lifetime; skip a char literal whole.
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with("\\") {
                    chars.nth(2);
                } else if rest.chars().nth(1) == Some('\'') {
                    chars.nth(1);
                }
            }
            '"' => {
                let mut text = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        c => text.push(c),
                    }
                }
                out.push(text);
            }
            _ => {}
        }
    }
    out
}

/// Whether `text` holds `/word` as a whole path segment.
fn names_segment(text: &str, word: &str) -> bool {
    let needle = format!("/{word}");
    text.match_indices(&needle).any(|(at, _)| {
        let after = text[at + needle.len()..].chars().next();
        matches!(after, None | Some('/' | '?' | '#'))
    })
}

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path.display().to_string(), text));
        }
    }
}

#[test]
fn no_file_but_routes_writes_an_address() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    assert!(files.len() > 20, "found {} files", files.len());
    let mut found = Vec::new();
    for (path, text) in &files {
        if path.ends_with("src/routes.rs") {
            continue;
        }
        for literal in literals(text) {
            for word in stegvis::routes::segment::ALL {
                if names_segment(&literal, word) {
                    found.push(format!("{path}: \"{literal}\""));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "addresses written by hand:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_an_address_written_by_hand() {
    let source = r#"let a = format!("/projekt/{}/rapport", id); // "/sakerhetskopia" in a comment
        let b = '"'; let c = "/ny-deltagare-text"; let d = "{base}/dela";"#;
    let mut words = Vec::new();
    for literal in literals(source) {
        for word in stegvis::routes::segment::ALL {
            if names_segment(&literal, word) {
                words.push(*word);
            }
        }
    }
    assert_eq!(words, vec!["projekt", "rapport", "dela"]);
}
