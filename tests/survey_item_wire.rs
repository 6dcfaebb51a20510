//! A form's items are read through a wire struct instead of serde's `flatten` (which links the
//! JSON number parser into the phone form). This checks that the two read every item the same:
//! the old derive is kept here, and both readers get the same generated objects. The new one is
//! stricter in one way only: a field of another kind (`high` on a yes/no item), which no
//! version ever wrote, must still have its right shape.

use proptest::prelude::*;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use stegvis::domain::Id;
use stegvis::survey::{Item, ItemKind, Text};

/// The reader as it was up to 0.5.0: `Item`'s fields with the kind flattened in.
#[derive(Deserialize)]
struct OldItem {
    id: Id,
    text: Text,
    #[serde(flatten)]
    kind: OldKind,
    #[serde(default)]
    dimension: Option<Text>,
    #[serde(default)]
    optional: bool,
}

#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum OldKind {
    Scale { low: Text, high: Text },
    YesNo,
    Choice { options: Vec<Text> },
    FreeText,
}

fn old_read(value: &Value) -> Option<Item> {
    let old: OldItem = serde_json::from_value(value.clone()).ok()?;
    let kind = match old.kind {
        OldKind::Scale { low, high } => ItemKind::Scale { low, high },
        OldKind::YesNo => ItemKind::YesNo,
        OldKind::Choice { options } => ItemKind::Choice { options },
        OldKind::FreeText => ItemKind::FreeText,
    };
    Some(Item {
        id: old.id,
        text: old.text,
        kind,
        dimension: old.dimension,
        optional: old.optional,
    })
}

fn new_read(value: &Value) -> Option<Item> {
    serde_json::from_value(value.clone()).ok()
}

/// A value for one key: usually of the right shape, sometimes not.
fn value_for(key: &'static str) -> BoxedStrategy<Value> {
    let text = prop_oneof![
        Just(json!({"sv": "Jag mår bra"})),
        Just(json!({"sv": "Låg", "en": "Low"})),
        Just(json!({})),
    ];
    let wrong = prop_oneof![
        Just(json!(null)),
        Just(json!(3)),
        Just(json!(1.5e300)),
        Just(json!("text")),
        Just(json!([1, 2])),
    ];
    match key {
        "id" => prop_oneof![
            4 => Just(json!("6f1c2a1e-8b7d-4c3a-9f2e-1a2b3c4d5e6f")),
            1 => wrong.boxed(),
        ]
        .boxed(),
        "kind" => prop_oneof![
            Just(json!("scale")),
            Just(json!("yes_no")),
            Just(json!("choice")),
            Just(json!("free_text")),
            Just(json!("Scale")),
            Just(json!(7)),
        ]
        .boxed(),
        "options" => prop_oneof![
            3 => prop::collection::vec(text, 0..4).prop_map(Value::Array),
            1 => wrong.boxed(),
        ]
        .boxed(),
        "optional" => prop_oneof![Just(json!(true)), Just(json!(false)), wrong.boxed(),].boxed(),
        _ => prop_oneof![3 => text.boxed(), 1 => wrong.boxed()].boxed(),
    }
}

/// An object with any subset of an item's keys, and perhaps one the reader does not know.
fn item_object() -> impl Strategy<Value = Value> {
    const KEYS: [&str; 9] = [
        "id",
        "text",
        "kind",
        "low",
        "high",
        "options",
        "dimension",
        "optional",
        "later",
    ];
    let fields: Vec<_> = KEYS
        .into_iter()
        .map(|k| prop::option::weighted(0.8, value_for(k)).prop_map(move |v| (k, v)))
        .collect();
    fields.prop_map(|fields| {
        let mut map = Map::new();
        for (key, value) in fields {
            if let Some(value) = value {
                map.insert(key.to_owned(), value);
            }
        }
        Value::Object(map)
    })
}

/// Whether `value` has a `low`, `high` or `options` of the wrong shape.
fn misshapen_kind_field(value: &Value) -> bool {
    let bad = |key: &str, ok: fn(&Value) -> bool| value.get(key).is_some_and(|v| !ok(v));
    let text = |v: &Value| serde_json::from_value::<Text>(v.clone()).is_ok();
    let texts = |v: &Value| serde_json::from_value::<Vec<Text>>(v.clone()).is_ok();
    bad("low", text) || bad("high", text) || bad("options", texts)
}

proptest! {
    #[test]
    fn the_wire_reader_reads_what_the_flattened_one_did(value in item_object()) {
        let (new, old) = (new_read(&value), old_read(&value));
        match (&new, &old) {
            (Some(_), _) => prop_assert_eq!(new, old, "for {}", value),
            // Refused only for a field of another kind in the wrong shape.
            (None, Some(_)) => prop_assert!(misshapen_kind_field(&value), "for {}", value),
            (None, None) => {}
        }
    }
}

#[test]
fn every_kind_reads_back_what_was_written() {
    let text = Text::of(&[("sv", "Påstående")]);
    for kind in [
        ItemKind::Scale {
            low: Text::of(&[("sv", "Inte alls")]),
            high: Text::of(&[("sv", "Helt")]),
        },
        ItemKind::YesNo,
        ItemKind::Choice {
            options: vec![Text::of(&[("sv", "A")]), Text::of(&[("sv", "B")])],
        },
        ItemKind::FreeText,
    ] {
        let item = Item {
            id: Id::random(),
            text: text.clone(),
            kind,
            dimension: None,
            optional: true,
        };
        let written = serde_json::to_value(&item).unwrap();
        assert!(
            written.get("kind").is_some(),
            "the kind sits beside the item's own fields"
        );
        assert_eq!(new_read(&written), Some(item));
    }
}

#[test]
fn a_scale_without_its_words_or_a_choice_without_options_is_refused() {
    let id = "6f1c2a1e-8b7d-4c3a-9f2e-1a2b3c4d5e6f";
    for value in [
        json!({"id": id, "text": {}, "kind": "scale", "low": {}}),
        json!({"id": id, "text": {}, "kind": "choice"}),
        json!({"id": id, "text": {}}),
        json!({"id": id, "text": {}, "kind": "slider"}),
    ] {
        assert_eq!(new_read(&value), None, "{value}");
    }
}
