//! Stable random record ids and update times.
//!
//! Every stored record carries an [`Id`] that never changes and a [`Timestamp`] of its last
//! edit. Backups, merging and multi-tab safety rely on both.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A random, stable identifier for a stored record (a UUID v4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(uuid::Uuid);

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
}
