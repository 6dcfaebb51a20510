//! Packs: the rows of an owned kind kept a second time, a few hundred to a stored value, so that
//! a project's records are read in a few large requests instead of one per row.
//!
//! IndexedDB spends most of a large read on each value it hands back: a `getAll` of 100,000
//! rows takes seconds, while the same text in a few hundred values takes a fraction of that.
//! A row's pack follows from its id alone ([`bucket`]), whatever project it is in, so a row
//! never has to be looked for in another pack when it is written again. The rows stay in their
//! own stores as they always were; a pack only repeats them, and is written in the same
//! transaction as they are (see `super::idb`).
//!
//! A pack is text: a first line [`HEADER`], then one line per row in id order, its four fields
//! (id, project, record JSON, sealed record) apart by tabs. A field that can be missing starts
//! with `=` when it is there; `\\`, a tab and a line break inside a field are written `\\\\`,
//! `\\t` and `\\n`. Reading one is a split on lines and tabs, with no JSON parser: the record
//! JSON is read later, as it always was. (A format of its own rather than JSON, because a JSON
//! reader for packs put 2 KB more than issue 15's 400 KB on the start page.)

use super::{Row, StorageError};
use std::collections::BTreeMap;

/// How many packs a kind's rows are spread over.
pub const BUCKETS: u32 = 256;

/// The pack a row of this id is kept in: FNV-1a of the id's text, so the same in every build.
pub fn bucket(id: &str) -> u32 {
    let hash = id.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    hash % BUCKETS
}

/// The key of a kind's pack number `bucket`. Every pack of a kind has keys between
/// [`first_key`] and [`last_key`].
pub fn key(kind: &str, bucket: u32) -> String {
    format!("{kind}/{bucket:03}")
}

pub fn first_key(kind: &str) -> String {
    format!("{kind}/")
}

pub fn last_key(kind: &str) -> String {
    format!("{kind}/\u{ffff}")
}

/// The rows of one pack, by id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pack {
    rows: BTreeMap<String, Row>,
}

/// The first line of every pack, naming its format.
pub const HEADER: &str = "stegvis-pack 1";

/// `field` with its backslashes, tabs and line breaks escaped.
fn escape(field: &str, out: &mut String) {
    for c in field.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
}

/// The field [`escape`] wrote; `None` for an escape it never writes.
fn unescape(field: &str) -> Option<String> {
    plain(field).map(std::borrow::Cow::into_owned)
}

/// `field` without its escapes, copied only if it has any; `None` for an escape [`escape`]
/// never writes.
fn plain(field: &str) -> Option<std::borrow::Cow<'_, str>> {
    if !field.contains('\\') {
        return Some(std::borrow::Cow::Borrowed(field));
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        out.push(match c {
            '\\' => match chars.next()? {
                '\\' => '\\',
                't' => '\t',
                'n' => '\n',
                _ => return None,
            },
            c => c,
        });
    }
    Some(std::borrow::Cow::Owned(out))
}

/// A field that may be missing: "" when it is, "=" and the value when it is there.
fn optional(field: &str) -> Option<Option<String>> {
    match field.strip_prefix('=') {
        Some(value) => unescape(value).map(Some),
        None if field.is_empty() => Some(None),
        None => None,
    }
}

fn corrupt(why: &str) -> StorageError {
    StorageError::Corrupt(format!("pack: {why}"))
}

/// One line of a pack: a row's four fields, still escaped.
struct Line<'a> {
    id: &'a str,
    project_id: &'a str,
    json: &'a str,
    sealed: &'a str,
}

/// Whether `field` holds only the escapes [`escape`] writes (found by `memchr`, not byte by
/// byte: a record's JSON is long and seldom has any).
fn escaped_well(field: &str) -> bool {
    let mut rest = field;
    while let Some(at) = rest.find('\\') {
        match rest.as_bytes().get(at + 1) {
            Some(b'\\' | b't' | b'n') => rest = &rest[at + 2..],
            _ => return false,
        }
    }
    true
}

/// Whether an optional field is well written: empty, or `=` and a well escaped value.
fn optional_well(field: &str) -> bool {
    field.is_empty() || field.strip_prefix('=').is_some_and(escaped_well)
}

/// Calls `each` with every line of a pack's text, in order, after checking it the way a pack
/// must read: the header first, then lines of four fields, in strictly rising id order (as
/// [`Pack::encode`] writes them), each field but the JSON well escaped (`each` reads that).
/// Anything else is [`StorageError::Corrupt`].
fn each_line<'a>(
    text: &'a str,
    mut each: impl FnMut(Line<'a>) -> Result<(), StorageError>,
) -> Result<(), StorageError> {
    let mut lines = text.split_terminator('\n');
    if lines.next() != Some(HEADER) {
        return Err(corrupt("not a pack"));
    }
    let mut before: Option<std::borrow::Cow<'a, str>> = None;
    for line in lines {
        let mut fields = line.split('\t');
        let (Some(id), Some(project_id), Some(json), Some(sealed), None) = (
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
        ) else {
            return Err(corrupt("a row without its four fields"));
        };
        // The JSON is checked where it is read: unescaped if the row is copied, by
        // `escaped_well` if it is passed over, so that it is gone through once.
        let well = optional_well(project_id) && optional_well(sealed);
        let Some(this) = plain(id).filter(|_| well) else {
            return Err(corrupt("a field that does not read"));
        };
        if before.as_ref().is_some_and(|b| *b >= this) {
            return Err(corrupt("rows out of order"));
        }
        each(Line {
            id,
            project_id,
            json,
            sealed,
        })?;
        before = Some(this);
    }
    Ok(())
}

impl Line<'_> {
    /// The row this line holds (its fields were checked by [`each_line`]).
    fn row(&self) -> Result<Row, StorageError> {
        (|| {
            Some(Row {
                id: unescape(self.id)?,
                project_id: optional(self.project_id)?,
                json: unescape(self.json)?,
                sealed: optional(self.sealed)?,
                rev: None,
            })
        })()
        .ok_or_else(|| corrupt("a field that does not read"))
    }

    /// Whether the row belongs to `project` (every row does when it is `None`), without
    /// copying anything.
    fn of(&self, project: Option<&str>) -> bool {
        let Some(project) = project else {
            return true;
        };
        (self.project_id.strip_prefix('='))
            .and_then(plain)
            .is_some_and(|p| p == project)
    }
}

/// Adds to `out` the rows of one project (or all) in a pack's text, in id order, with the
/// same checks as [`Pack::decode`] but without building the pack: rows of other projects are
/// checked and passed over, never copied. This is what a read of a project's records uses.
pub fn read_rows(
    text: &str,
    project: Option<&str>,
    out: &mut Vec<Row>,
) -> Result<(), StorageError> {
    each_line(text, |line| {
        if line.of(project) {
            out.push(line.row()?);
        } else if !escaped_well(line.json) {
            return Err(corrupt("a field that does not read"));
        }
        Ok(())
    })
}

/// Puts rows read from several packs in id order: each pack's rows are in order already, so
/// this mostly merges. The first eight bytes of two ids are compared as one number first,
/// which in WebAssembly is much quicker than comparing the texts byte by byte.
pub fn sort_by_id(rows: &mut [Row]) {
    fn head(id: &str) -> u64 {
        let mut first = [0u8; 8];
        let n = id.len().min(8);
        first[..n].copy_from_slice(&id.as_bytes()[..n]);
        u64::from_be_bytes(first)
    }
    rows.sort_by(|a, b| (head(&a.id).cmp(&head(&b.id))).then_with(|| a.id.cmp(&b.id)));
}

impl Pack {
    /// Reads a pack's text; a pack that does not read is [`StorageError::Corrupt`].
    pub fn decode(text: &str) -> Result<Pack, StorageError> {
        let mut rows = Vec::new();
        each_line(text, |line| {
            rows.push(line.row()?);
            Ok(())
        })?;
        // In id order already (each_line checks it), so the map is built in one pass.
        let rows = rows.into_iter().map(|r| (r.id.clone(), r)).collect();
        Ok(Pack { rows })
    }

    /// The pack's text.
    pub fn encode(&self) -> String {
        fn put_optional(field: &Option<String>, out: &mut String) {
            if let Some(value) = field {
                out.push('=');
                escape(value, out);
            }
        }
        let mut out = String::from(HEADER);
        out.push('\n');
        for r in self.rows.values() {
            escape(&r.id, &mut out);
            out.push('\t');
            put_optional(&r.project_id, &mut out);
            out.push('\t');
            escape(&r.json, &mut out);
            out.push('\t');
            put_optional(&r.sealed, &mut out);
            out.push('\n');
        }
        out
    }

    /// Keeps `row` (a pack does not keep a project's revision).
    pub fn put(&mut self, row: &Row) {
        let row = Row {
            rev: None,
            ..row.clone()
        };
        self.rows.insert(row.id.clone(), row);
    }

    pub fn remove(&mut self, id: &str) {
        self.rows.remove(id);
    }

    /// Leaves out every row of `project`.
    pub fn remove_project(&mut self, project: &str) {
        self.rows
            .retain(|_, r| r.project_id.as_deref() != Some(project));
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The rows, of one project or all, in id order.
    pub fn into_rows(self, project: Option<&str>) -> impl Iterator<Item = Row> + use<'_> {
        (self.rows.into_values())
            .filter(move |r| project.is_none_or(|p| r.project_id.as_deref() == Some(p)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, project: Option<&str>, json: &str) -> Row {
        Row {
            id: id.into(),
            project_id: project.map(str::to_owned),
            json: json.into(),
            ..Row::default()
        }
    }

    #[test]
    fn a_pack_reads_back_every_row_as_it_was_given() {
        let mut pack = Pack::default();
        pack.put(&row(
            "b",
            Some("p"),
            r#"{"code":"A-1","note":"\"citat\" och \\"}"#,
        ));
        pack.put(&row("a", None, "inte json"));
        pack.put(&row("d", Some("p"), " {} "));
        pack.put(&Row {
            sealed: Some("bm9uY2U=.c2VhbGVk".into()),
            ..row("c", Some("q"), "")
        });
        pack.put(&row("e\tf\\", Some(""), "rad ett\nrad två\t\\n"));
        let text = pack.encode();
        assert!(
            text.contains(r#"{"code":"A-1","note":"\\"citat\\" och \\\\"}"#),
            "the record JSON as it is, its backslashes escaped: {text}"
        );
        assert_eq!(
            text.lines().count(),
            6,
            "a header and a line per row: {text}"
        );
        let back = Pack::decode(&text).unwrap();
        assert_eq!(back, pack);
        let ids: Vec<String> = back.clone().into_rows(None).map(|r| r.id).collect();
        assert_eq!(ids, ["a", "b", "c", "d", "e\tf\\"]);
        let of_p: Vec<String> = back.into_rows(Some("p")).map(|r| r.id).collect();
        assert_eq!(of_p, ["b", "d"]);
    }

    #[test]
    fn a_project_row_revision_is_not_kept_and_a_put_replaces() {
        let mut pack = Pack::default();
        pack.put(&Row {
            rev: Some(7),
            ..row("a", Some("p"), "{}")
        });
        pack.put(&row("a", Some("p"), r#"{"v":2}"#));
        let rows: Vec<Row> = pack.clone().into_rows(None).collect();
        assert_eq!(rows, [row("a", Some("p"), r#"{"v":2}"#)]);
        pack.remove_project("p");
        assert!(pack.is_empty());
    }

    #[test]
    fn a_damaged_pack_is_corrupt_not_a_panic() {
        let damaged = [
            "",
            "[",
            "{}",
            r#"[{"json":{}}]"#,
            "stegvis-pack 2\n",
            "stegvis-pack 1\na\tb\n",
            "stegvis-pack 1\na\t\t{}\t\tx\n",
            "stegvis-pack 1\na\tp\t{}\t\n",
            "stegvis-pack 1\na\\x\t\t{}\t\n",
            "stegvis-pack 1\na\\\t\t{}\t\n",
            // Out of id order, and the same id twice: never written by `encode`.
            "stegvis-pack 1\nb\t\t{}\t\na\t\t{}\t\n",
            "stegvis-pack 1\na\t\t{}\t\na\t\t[]\t\n",
            "stegvis-pack 1\na\t=p\t{}\t\nb\t=q\t{}\t\nc\t=q\t\\x\t\n",
        ];
        for text in damaged {
            assert!(
                matches!(Pack::decode(text), Err(StorageError::Corrupt(_))),
                "{text}"
            );
            for project in [None, Some("p"), Some("elsewhere")] {
                let read = read_rows(text, project, &mut Vec::new());
                assert!(
                    matches!(read, Err(StorageError::Corrupt(_))),
                    "{text} for {project:?}"
                );
            }
        }
    }

    #[test]
    fn an_empty_pack_and_a_project_named_nothing_read_back() {
        let empty = Pack::default();
        assert_eq!(Pack::decode(&empty.encode()).unwrap(), empty);
        let mut pack = Pack::default();
        pack.put(&row("a", Some(""), ""));
        pack.put(&row("b", None, ""));
        assert_eq!(Pack::decode(&pack.encode()).unwrap(), pack);
    }

    proptest::proptest! {
        #[test]
        fn any_rows_read_back_as_they_were_given(
            rows in proptest::collection::vec(
                (".*", proptest::option::of(".*"), ".*", proptest::option::of(".*")),
                0..8,
            )
        ) {
            let mut pack = Pack::default();
            for (id, project_id, json, sealed) in rows {
                pack.put(&Row { id, project_id, json, sealed, rev: None });
            }
            proptest::prop_assert_eq!(Pack::decode(&pack.encode()).unwrap(), pack);
        }
    }

    proptest::proptest! {
        /// The read path gives exactly what the pack gives, of any project.
        #[test]
        fn reading_rows_gives_what_the_pack_gives(
            rows in proptest::collection::vec(
                ("[a-c\\\\\t\n=]{0,3}", proptest::option::of("[pq\\\\\t=]{0,2}"), ".*", proptest::option::of(".*")),
                0..12,
            ),
            project in proptest::option::of("[pq\\\\\t=]{0,2}"),
        ) {
            let mut pack = Pack::default();
            for (id, project_id, json, sealed) in rows {
                pack.put(&Row { id, project_id, json, sealed, rev: None });
            }
            let text = pack.encode();
            let mut read = Vec::new();
            read_rows(&text, project.as_deref(), &mut read).unwrap();
            let expected: Vec<Row> = pack.into_rows(project.as_deref()).collect();
            proptest::prop_assert_eq!(read, expected);
        }

        /// Sorting by id with the quick comparison orders as comparing the texts does.
        #[test]
        fn sorting_by_id_is_the_order_of_the_texts(
            ids in proptest::collection::vec("[a-f0-9\\x00]{0,10}", 0..40),
        ) {
            let mut rows: Vec<Row> = ids.iter().map(|id| row(id, None, "")).collect();
            sort_by_id(&mut rows);
            let mut expected = ids.clone();
            expected.sort();
            let sorted: Vec<String> = rows.into_iter().map(|r| r.id).collect();
            proptest::prop_assert_eq!(sorted, expected);
        }
    }

    #[test]
    fn buckets_are_stable_and_spread() {
        assert_eq!(
            bucket("0123456789abcdef0123456789abcdef"),
            bucket("0123456789abcdef0123456789abcdef")
        );
        let used: std::collections::BTreeSet<u32> =
            (0..10_000).map(|i| bucket(&format!("{i:032x}"))).collect();
        assert_eq!(used.len() as u32, BUCKETS);
        assert!(key("participants", 7) > first_key("participants"));
        assert!(key("participants", 255) < last_key("participants"));
        assert!(key("participants", 7) < first_key("participantsx"));
    }
}
