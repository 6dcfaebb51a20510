//! What a self-evaluation form is, and what one filled-in answer is.
//!
//! A form belongs to a project. Its texts can be given in several languages ([`Text`] maps a
//! BCP 47 tag to the words); the participant picks one. An [`Answer`] is anonymous by
//! construction: it names the form, the moment, the year and month, the language and a random
//! nonce, and holds nothing that could point to a person or a device.

use crate::domain::{Id, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A text in one or more languages, keyed by language tag (`sv`, `en`, `ar`, …).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// A text given in pairs of (language, words).
    pub fn of(pairs: &[(&str, &str)]) -> Self {
        Text(
            pairs
                .iter()
                .map(|(l, t)| ((*l).to_owned(), (*t).to_owned()))
                .collect(),
        )
    }

    /// The words in `lang`, else in the first language that has them, else "".
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .filter(|t| !t.trim().is_empty())
            .or_else(|| self.0.values().find(|t| !t.trim().is_empty()))
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Whether `lang` has non-empty words.
    pub fn has(&self, lang: &str) -> bool {
        self.0.get(lang).is_some_and(|t| !t.trim().is_empty())
    }

    pub fn set(&mut self, lang: &str, words: String) {
        self.0.insert(lang.to_owned(), words);
    }
}

/// How one item is answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ItemKind {
    /// A statement answered from 1 to 5, with words at both ends.
    Scale {
        low: Text,
        high: Text,
    },
    YesNo,
    /// One of a list of options (at most [`MAX_OPTIONS`]).
    Choice {
        options: Vec<Text>,
    },
    /// Short free text (at most [`MAX_FREE_TEXT`] characters).
    FreeText,
}

/// The most options a single-choice item may have (the answer code has 5 bits for it).
pub const MAX_OPTIONS: usize = 31;
/// The longest free-text answer, in characters.
pub const MAX_FREE_TEXT: usize = 300;
/// The most items a form may have.
pub const MAX_ITEMS: usize = 40;

/// One statement or question of a form.
///
/// Written with its kind's fields beside its own (`{"id":…,"kind":"scale","low":…}`). It is read
/// through [`ItemWire`] rather than serde's `flatten`, which buffers every value and so links
/// JSON's whole number parser into the phone form (`src/bin/phone.rs`). It reads every item
/// the same (`tests/survey_item_wire.rs`), but for one case no version wrote: a field of
/// another kind (`high` on a yes/no item) must still have its right shape.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ItemWire")]
pub struct Item {
    pub id: Id,
    pub text: Text,
    #[serde(flatten)]
    pub kind: ItemKind,
    /// What the item measures, for the star chart (scale items only); e.g. "Hälsa".
    #[serde(default)]
    pub dimension: Option<Text>,
    /// Whether the participant may leave it unanswered.
    #[serde(default)]
    pub optional: bool,
}

/// An [`Item`] as written: its own fields and those of every kind, each there or not.
#[derive(Deserialize)]
struct ItemWire {
    id: Id,
    text: Text,
    kind: KindTag,
    low: Option<Text>,
    high: Option<Text>,
    options: Option<Vec<Text>>,
    #[serde(default)]
    dimension: Option<Text>,
    #[serde(default)]
    optional: bool,
}

/// The `kind` of an [`ItemWire`].
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum KindTag {
    Scale,
    YesNo,
    Choice,
    FreeText,
}

impl TryFrom<ItemWire> for Item {
    type Error = &'static str;

    fn try_from(w: ItemWire) -> Result<Self, Self::Error> {
        let kind = match w.kind {
            KindTag::Scale => ItemKind::Scale {
                low: w.low.ok_or("missing field `low`")?,
                high: w.high.ok_or("missing field `high`")?,
            },
            KindTag::YesNo => ItemKind::YesNo,
            KindTag::Choice => ItemKind::Choice {
                options: w.options.ok_or("missing field `options`")?,
            },
            KindTag::FreeText => ItemKind::FreeText,
        };
        Ok(Item {
            id: w.id,
            text: w.text,
            kind,
            dimension: w.dimension,
            optional: w.optional,
        })
    }
}

/// A self-evaluation form of one project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Form {
    pub id: Id,
    pub project_id: Id,
    pub name: String,
    /// The languages the form is offered in, the first being the default.
    pub languages: Vec<String>,
    pub items: Vec<Item>,
    #[serde(default)]
    pub retired: bool,
    pub updated_at: Timestamp,
}

impl Form {
    /// A new form in `language`, named `name`, with one statement with no text yet whose scale
    /// runs from the words `low` to `high`.
    pub fn blank(
        project: Id,
        language: &str,
        name: String,
        (low, high): (Text, Text),
        now: Timestamp,
    ) -> Form {
        Form {
            id: Id::random(),
            project_id: project,
            name,
            languages: vec![language.into()],
            items: vec![Item {
                id: Id::random(),
                text: Text::default(),
                kind: ItemKind::Scale { low, high },
                dimension: None,
                optional: false,
            }],
            retired: false,
            updated_at: now,
        }
    }

    /// A copy named `name` with new ids, open for editing (answers to the copy are not answers
    /// to this form).
    pub fn copy_named(&self, name: String, now: Timestamp) -> Form {
        let mut copy = self.clone();
        copy.id = Id::random();
        copy.name = name;
        copy.retired = false;
        copy.updated_at = now;
        for item in &mut copy.items {
            item.id = Id::random();
        }
        copy
    }

    /// A file name for this form's files: `prefix`, then the name's letters and digits with
    /// dashes between.
    pub fn file_stem(&self, prefix: &str) -> String {
        let clean: String = (self.name.chars())
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        format!("{prefix}-{}", clean.trim_matches('-'))
    }

    /// The language to show when the participant asked for `wanted`.
    pub fn language_or_default<'a>(&'a self, wanted: &str) -> &'a str {
        self.languages
            .iter()
            .find(|l| l.as_str() == wanted)
            .or_else(|| self.languages.first())
            .map(String::as_str)
            .unwrap_or("sv")
    }
}

/// When in the participant's time in the project the answer was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Moment {
    Start,
    During,
    End,
}

impl Moment {
    pub const ALL: [Moment; 3] = [Moment::Start, Moment::During, Moment::End];

    /// The word used in links and files.
    pub fn key(self) -> &'static str {
        match self {
            Moment::Start => "start",
            Moment::During => "under",
            Moment::End => "slut",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Moment::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// A year and month: the only time an answer keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct YearMonth {
    pub year: u16,
    /// 1–12.
    pub month: u8,
}

impl YearMonth {
    /// The month after this one.
    pub fn next(self) -> YearMonth {
        if self.month >= 12 {
            YearMonth {
                year: self.year.saturating_add(1),
                month: 1,
            }
        } else {
            YearMonth {
                year: self.year,
                month: self.month + 1,
            }
        }
    }
}

impl std::fmt::Display for YearMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// One item's answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    Skipped,
    /// 1–5.
    Scale(u8),
    YesNo(bool),
    /// Index into the item's options.
    Choice(u8),
    Text(String),
}

/// One participant's filled-in form. Never linked to a participant; no exact time, no device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub id: Id,
    pub project_id: Id,
    pub form_id: Id,
    pub moment: Moment,
    pub month: YearMonth,
    /// The language the participant answered in.
    pub lang: String,
    /// Random, made when the form was filled in: the same answer is never stored twice.
    pub nonce: u64,
    /// One value per item of the form, in the form's order.
    pub values: Vec<Value>,
}
