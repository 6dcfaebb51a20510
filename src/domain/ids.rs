//! Stable random record ids and update times.
//!
//! Every stored record carries an [`Id`] that never changes and a [`Timestamp`] of its last
//! edit. Backups, merging and multi-tab safety rely on both.

use serde::{de, Deserialize, Deserializer, Serialize};
use std::fmt;

/// A random, stable identifier for a stored record (a UUID v4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Id(uuid::Uuid);

/// The hyphenated form every version stores (`8-4-4-4-12` hex digits), read by hand: a project
/// of 100,000 participants has some 300,000 of them, and the `uuid` crate's general parser
/// was a tenth of reading them. `None` for anything else, which is then read by that parser.
fn hyphenated(text: &str) -> Option<Id> {
    let bytes = text.as_bytes();
    if bytes.len() != 36 {
        return None;
    }
    let mut bits = 0u128;
    for (i, &c) in bytes.iter().enumerate() {
        let digit = match (i, c) {
            (8 | 13 | 18 | 23, b'-') => continue,
            (8 | 13 | 18 | 23, _) => return None,
            (_, b'0'..=b'9') => c - b'0',
            (_, b'a'..=b'f') => c - b'a' + 10,
            (_, b'A'..=b'F') => c - b'A' + 10,
            _ => return None,
        };
        bits = bits << 4 | u128::from(digit);
    }
    Some(Id(uuid::Uuid::from_u128(bits)))
}

/// Reads what the `uuid` crate's own `Deserialize` reads, the usual hyphenated text faster.
impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Text;
        impl<'de> de::Visitor<'de> for Text {
            type Value = Id;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a UUID string")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Id, E> {
                match hyphenated(text) {
                    Some(id) => Ok(id),
                    None => (text.parse().map(Id))
                        .map_err(|e| E::custom(format_args!("UUID parsing failed: {e}"))),
                }
            }
            fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<Id, E> {
                (uuid::Uuid::from_slice(bytes).map(Id))
                    .map_err(|e| E::custom(format_args!("UUID parsing failed: {e}")))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Id, A::Error> {
                uuid::Uuid::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Id)
            }
        }
        if deserializer.is_human_readable() {
            deserializer.deserialize_str(Text)
        } else {
            uuid::Uuid::deserialize(deserializer).map(Id)
        }
    }
}

impl Id {
    /// A new random id.
    pub fn random() -> Self {
        Id(uuid::Uuid::new_v4())
    }

    /// An id made from 128 given bits (shaped as a UUID v4). The workshop demo makes its ids
    /// this way from a seeded generator, so the demo is the same every time.
    pub fn from_bits(bits: u128) -> Self {
        Id(uuid::Builder::from_random_bytes(bits.to_le_bytes()).into_uuid())
    }

    /// Parses the text form produced by `Display`, as used in links.
    pub fn parse(text: &str) -> Option<Self> {
        uuid::Uuid::parse_str(text).ok().map(Id)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.simple())
    }
}

/// Milliseconds since the Unix epoch, as `Date.now()` gives it in the browser.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_round_trip_through_text() {
        let a = Id::random();
        let b = Id::random();
        assert_ne!(a, b);
        assert_eq!(Id::parse(&a.to_string()), Some(a));
        assert_eq!(Id::parse("inte-ett-id"), None);
    }

    /// What the `uuid` crate's own reading gives (an id, or an error) for `text` as JSON.
    fn as_uuid_reads(text: &str) -> Option<Id> {
        let json = serde_json::to_string(text).unwrap();
        serde_json::from_str::<uuid::Uuid>(&json).ok().map(Id)
    }

    fn as_we_read(text: &str) -> Option<Id> {
        let json = serde_json::to_string(text).unwrap();
        serde_json::from_str::<Id>(&json).ok()
    }

    #[test]
    fn an_id_reads_as_the_uuid_crate_reads_it() {
        let id = Id::random();
        let hyphenated = id.0.hyphenated().to_string();
        for text in [
            hyphenated.clone(),
            hyphenated.to_uppercase(),
            id.to_string(),
            format!("{{{hyphenated}}}"),
            format!("urn:uuid:{hyphenated}"),
            hyphenated.replace('-', "+"),
            format!("{}g", &hyphenated[..35]),
            format!("{}-", &hyphenated[..35]),
            hyphenated[..35].to_owned(),
            String::new(),
            "ö".repeat(18),
        ] {
            assert_eq!(as_we_read(&text), as_uuid_reads(&text), "{text}");
        }
        assert_eq!(as_we_read(&hyphenated), Some(id));
        // As numbers, which no version wrote: refused by both.
        let bytes = serde_json::to_string(id.0.as_bytes()).unwrap();
        assert!(serde_json::from_str::<Id>(&bytes).is_err());
        assert!(serde_json::from_str::<uuid::Uuid>(&bytes).is_err());
    }

    proptest::proptest! {
        #[test]
        fn any_text_reads_as_the_uuid_crate_reads_it(
            bits: u128,
            upper: bool,
            noise in "[-0-9a-fA-Fg ]{0,3}",
            at in 0usize..36,
        ) {
            let mut text = uuid::Uuid::from_u128(bits).hyphenated().to_string();
            if upper {
                text = text.to_uppercase();
            }
            proptest::prop_assert_eq!(as_we_read(&text), as_uuid_reads(&text));
            text.replace_range(at..(at + noise.len()).min(36), &noise);
            proptest::prop_assert_eq!(as_we_read(&text), as_uuid_reads(&text));
        }
    }
}
