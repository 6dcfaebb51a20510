//! The coach's own texts for the final report (*slutrapport*): who ran the project, with whom,
//! why and for whom, what was learned, and comments to the numbers. They are kept on the
//! project, so they survive a reload and travel in a backup; the numbers of the report are
//! never typed, they come from the report's tables.
//!
//! Every text obeys the same rules as every other text a coach types: no personnummer. It is
//! also plain text: something that looks like HTML is refused with a message rather than kept
//! (a final report is read by others, in Word and in the print view).

pub use super::form::TextKey;
use super::form::{Field, Invalid, Problem};
use super::personnummer;
use serde::{Deserialize, Serialize};

/// The longest text of one section, in characters (about eight pages).
pub const MAX_TEXT_CHARS: usize = 20_000;

/// The final report's texts of one project. Each is empty until the coach writes it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportTexts {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub responsible: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub partners: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub purpose: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target_group: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub method: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub results: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lessons: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub implementation: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub economy: String,
}

impl ReportTexts {
    pub fn is_empty(&self) -> bool {
        TextKey::ALL.iter().all(|k| self.get(*k).is_empty())
    }

    pub fn get(&self, key: TextKey) -> &str {
        match key {
            TextKey::Responsible => &self.responsible,
            TextKey::Partners => &self.partners,
            TextKey::Purpose => &self.purpose,
            TextKey::TargetGroup => &self.target_group,
            TextKey::Method => &self.method,
            TextKey::Results => &self.results,
            TextKey::Lessons => &self.lessons,
            TextKey::Implementation => &self.implementation,
            TextKey::Economy => &self.economy,
        }
    }

    pub fn set(&mut self, key: TextKey, text: String) {
        let slot = match key {
            TextKey::Responsible => &mut self.responsible,
            TextKey::Partners => &mut self.partners,
            TextKey::Purpose => &mut self.purpose,
            TextKey::TargetGroup => &mut self.target_group,
            TextKey::Method => &mut self.method,
            TextKey::Results => &mut self.results,
            TextKey::Lessons => &mut self.lessons,
            TextKey::Implementation => &mut self.implementation,
            TextKey::Economy => &mut self.economy,
        };
        *slot = text;
    }

    /// Every text that may not be saved as it is, with why; empty when all may.
    pub fn problems(&self) -> Vec<(TextKey, Problem)> {
        (TextKey::ALL.iter())
            .filter_map(|k| text_problem(self.get(*k)).map(|p| (*k, p)))
            .collect()
    }

    /// The texts as they are saved (tidied), or every problem by its text box.
    pub fn validated(self) -> Result<Self, Invalid> {
        let texts = self.tidied();
        let mut errors = Invalid::default();
        for (key, problem) in texts.problems() {
            errors.push(Field::ReportText(key), problem);
        }
        errors.into_result(|| texts)
    }

    /// The texts as they are saved: trimmed, with Windows line ends made plain.
    pub fn tidied(mut self) -> Self {
        for k in TextKey::ALL {
            let text = self.get(k).replace("\r\n", "\n").trim().to_owned();
            self.set(k, text);
        }
        self
    }
}

/// Why a text may not be saved, if it may not.
pub fn text_problem(text: &str) -> Option<Problem> {
    if personnummer::contains(text) {
        Some(Problem::LooksLikePersonnummer)
    } else if looks_like_markup(text) {
        Some(Problem::ContainsMarkup)
    } else if text.chars().count() > MAX_TEXT_CHARS {
        Some(Problem::TextTooLong)
    } else {
        None
    }
}

/// A `<` that opens a tag, a comment or a declaration (`<p>`, `</b>`, `<!--`, `<?xml`). A
/// lone "<" as in "< 5 dagar" is fine.
pub fn looks_like_markup(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || matches!(w[1], b'/' | b'!' | b'?')))
}
