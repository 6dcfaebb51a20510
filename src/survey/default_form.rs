//! The ready-made self-evaluation form, in Swedish and English: ten statements on a 1–5 scale
//! across nine areas of a participant's life and time in the project, and one optional free
//! text. A coach can use it as it is or copy and change it.

use super::form::{Form, Item, ItemKind, Text};
use crate::domain::{Id, Timestamp};

/// The statements in order: Swedish, English, dimension in Swedish, dimension in English.
const STATEMENTS: [(&str, &str, &str, &str); 10] = [
    (
        "Jag mår bra de flesta dagar.",
        "I feel good most days.",
        "Mående",
        "Well-being",
    ),
    (
        "Jag har en vardag med rutiner som fungerar för mig.",
        "I have a daily routine that works for me.",
        "Vardag",
        "Daily life",
    ),
    (
        "Jag tror att jag kan arbeta.",
        "I believe I can work.",
        "Tilltro",
        "Confidence",
    ),
    (
        "Jag tror att jag kan studera eller gå en utbildning.",
        "I believe I can study or train.",
        "Tilltro",
        "Confidence",
    ),
    (
        "Jag vet vad jag är bra på.",
        "I know what I am good at.",
        "Styrkor",
        "Strengths",
    ),
    (
        "Jag vet vad jag vill göra härnäst.",
        "I know what I want to do next.",
        "Riktning",
        "Direction",
    ),
    (
        "Jag kan ta hand om min hälsa.",
        "I can take care of my health.",
        "Hälsa",
        "Health",
    ),
    (
        "Jag har människor omkring mig som jag kan vända mig till.",
        "I have people around me whom I can turn to.",
        "Nätverk",
        "Network",
    ),
    (
        "Jag får det stöd jag behöver av min coach.",
        "I get the support I need from my coach.",
        "Stöd",
        "Support",
    ),
    (
        "Jag känner att någon lyssnar på mig och tar mig på allvar.",
        "I feel that someone listens to me and takes me seriously.",
        "Bemötande",
        "Being heard",
    ),
];

/// The ready form for a project, with new ids.
pub fn default_form(project_id: Id, now: Timestamp) -> Form {
    let scale = || ItemKind::Scale {
        low: Text::of(&[("sv", "Stämmer inte alls"), ("en", "Not at all true")]),
        high: Text::of(&[("sv", "Stämmer helt"), ("en", "Completely true")]),
    };
    let mut items: Vec<Item> = STATEMENTS
        .iter()
        .map(|(sv, en, dim_sv, dim_en)| Item {
            id: Id::random(),
            text: Text::of(&[("sv", sv), ("en", en)]),
            kind: scale(),
            dimension: Some(Text::of(&[("sv", dim_sv), ("en", dim_en)])),
            optional: false,
        })
        .collect();
    items.push(Item {
        id: Id::random(),
        text: Text::of(&[
            ("sv", "Vill du säga något mer?"),
            ("en", "Is there anything else you would like to say?"),
        ]),
        kind: ItemKind::FreeText,
        dimension: None,
        optional: true,
    });
    Form {
        id: Id::random(),
        project_id,
        name: "Självskattning (standard)".to_owned(),
        languages: vec!["sv".to_owned(), "en".to_owned()],
        items,
        retired: false,
        updated_at: now,
    }
}
