//! Shared by the survey tests: invented forms and answers, and a reader and writer of the answer
//! code's format written independently of the crate.
#![allow(dead_code)]

use stegvis::domain::{Id, Timestamp};
use stegvis::survey::code::new_nonce;
use stegvis::survey::default_form::default_form;
use stegvis::survey::form::MAX_FREE_TEXT;
use stegvis::survey::results::Shown;
use stegvis::survey::{Answer, Form, Item, ItemKind, Moment, Text, Value, YearMonth};

pub const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A form with every kind of item, in Swedish, English and Arabic.
pub fn every_kind() -> Form {
    let item = |kind: ItemKind| Item {
        id: Id::random(),
        text: Text::of(&[("sv", "Påstående"), ("en", "Statement"), ("ar", "عبارة")]),
        kind,
        dimension: None,
        optional: true,
    };
    let options = |n: usize| ItemKind::Choice {
        options: (0..n)
            .map(|i| Text::of(&[("sv", &format!("Val {i}"))]))
            .collect(),
    };
    let scale = || ItemKind::Scale {
        low: Text::of(&[("sv", "Lite")]),
        high: Text::of(&[("sv", "Mycket")]),
    };
    Form {
        id: Id::random(),
        project_id: Id::random(),
        name: "Alla sorter".into(),
        languages: vec!["sv".into(), "en".into(), "ar".into()],
        items: vec![
            item(scale()),
            item(ItemKind::YesNo),
            item(options(3)),
            item(ItemKind::FreeText),
            item(options(31)),
            item(scale()),
            item(ItemKind::FreeText),
        ],
        retired: false,
        updated_at: Timestamp(1),
    }
}

pub fn the_default() -> Form {
    default_form(Id::random(), Timestamp(1))
}

pub fn month(index: u16) -> YearMonth {
    YearMonth {
        year: 2020 + index / 12,
        month: (index % 12) as u8 + 1,
    }
}

/// A value for `kind` from two random numbers and a random text.
pub fn value_for(kind: &ItemKind, pick: u8, text: &str) -> Value {
    let skip = pick.is_multiple_of(7);
    match kind {
        _ if skip => Value::Skipped,
        ItemKind::Scale { .. } => Value::Scale(pick % 5 + 1),
        ItemKind::YesNo => Value::YesNo(pick.is_multiple_of(2)),
        ItemKind::Choice { options } => Value::Choice(pick % options.len() as u8),
        ItemKind::FreeText if text.is_empty() => Value::Skipped,
        ItemKind::FreeText => Value::Text(text.to_owned()),
    }
}

pub fn answer(
    form: &Form,
    moment: usize,
    months: u16,
    lang: usize,
    picks: &[(u8, String)],
) -> Answer {
    Answer {
        id: Id::random(),
        project_id: form.project_id,
        form_id: form.id,
        moment: Moment::ALL[moment],
        month: month(months),
        lang: form.languages[lang % form.languages.len()].clone(),
        nonce: new_nonce(),
        values: (form.items.iter().zip(picks))
            .map(|(item, (pick, text))| value_for(&item.kind, *pick, text))
            .collect(),
    }
}

/// The answer as the code should give it back: free text cut to 300 characters and 511 bytes.
pub fn expected(answer: &Answer) -> Answer {
    let mut a = answer.clone();
    for v in &mut a.values {
        if let Value::Text(t) = v {
            let mut cut: String = t.chars().take(MAX_FREE_TEXT).collect();
            while cut.len() > 511 {
                cut.pop();
            }
            *t = cut;
        }
    }
    a
}

pub fn assert_same_except_id(back: &Answer, sent: &Answer) {
    assert_ne!(back.id, sent.id, "a decoded answer gets a new id");
    assert_eq!(
        Answer {
            id: sent.id,
            ..back.clone()
        },
        expected(sent)
    );
}

/// An all-answered default form, as a typical participant fills it in.
pub fn typical(form: &Form) -> Answer {
    let picks: Vec<(u8, String)> = (0..11u8).map(|i| (i % 6 + 1, String::new())).collect();
    let a = answer(form, 0, 80, 0, &picks);
    assert!(a.values[..10].iter().all(|v| matches!(v, Value::Scale(_))));
    a
}

/// The payload's bits with `width` bits at `at` set to `value`, as a code with a correct CRC.
pub fn tampered(code: &str, at: usize, width: u32, value: u64) -> String {
    let mut bits: Vec<bool> = payload(code)
        .iter()
        .flat_map(|b| (0..8).rev().map(move |i| b >> i & 1 == 1))
        .collect();
    let mut field = Vec::new();
    push(&mut field, value, width);
    bits.splice(at..at + width as usize, field);
    let bytes: Vec<u8> = bits
        .chunks(8)
        .map(|c| c.iter().fold(0, |b, x| b << 1 | u8::from(*x)))
        .collect();
    with_crc(&bytes)
}

pub fn crc24(bytes: &[u8]) -> [u8; 3] {
    let mut crc: u32 = 0xB704CE;
    for b in bytes {
        crc ^= u32::from(*b) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x1000000 != 0 {
                crc ^= 0x1864CFB;
            }
        }
    }
    let [_, a, b, c] = crc.to_be_bytes();
    [a, b, c]
}

pub fn to_bits(code: &str) -> Vec<bool> {
    let chars = code.bytes().filter(|c| *c != b'-');
    let values = chars.map(|c| ALPHABET.iter().position(|a| *a == c).unwrap());
    values
        .flat_map(|v| (0..5).rev().map(move |i| v >> i & 1 == 1))
        .collect()
}

pub fn to_bytes(code: &str) -> Vec<u8> {
    let bits = to_bits(code);
    bits[..bits.len() / 8 * 8]
        .chunks(8)
        .map(|c| c.iter().fold(0, |b, x| b << 1 | u8::from(*x)))
        .collect()
}

pub fn from_bits(mut bits: Vec<bool>) -> String {
    while !bits.len().is_multiple_of(5) {
        bits.push(false);
    }
    let chars: Vec<u8> = bits
        .chunks(5)
        .map(|c| ALPHABET[c.iter().fold(0, |v, b| v << 1 | usize::from(*b))])
        .collect();
    let groups: Vec<String> = chars
        .chunks(4)
        .map(|g| String::from_utf8(g.to_vec()).unwrap())
        .collect();
    groups.join("-")
}

/// The payload with a correct CRC, as a code.
pub fn with_crc(payload: &[u8]) -> String {
    let mut bytes = payload.to_vec();
    bytes.extend(crc24(payload));
    from_bits(
        bytes
            .iter()
            .flat_map(|b| (0..8).rev().map(move |i| b >> i & 1 == 1))
            .collect(),
    )
}

pub fn payload(code: &str) -> Vec<u8> {
    let bytes = to_bytes(code);
    bytes[..bytes.len() - 3].to_vec()
}

pub fn push(bits: &mut Vec<bool>, value: u64, width: u32) {
    bits.extend((0..width).rev().map(|i| value >> i & 1 == 1));
}

/// Results tests: a form of every kind with two dimensions, and answers to it.
pub mod results {
    use super::*;

    pub const SCALE_A1: usize = 0;
    pub const SCALE_B: usize = 1;
    pub const SCALE_A2: usize = 2;
    pub const YES_NO: usize = 3;
    pub const CHOICE: usize = 4;
    pub const FREE: usize = 5;
    pub const SCALE_NONE: usize = 6;

    /// Scale items in the dimensions "Hälsa" (two) and "Vardag", one without, and every other kind.
    pub fn form() -> Form {
        let item = |kind: ItemKind, dimension: Option<&str>| Item {
            id: Id::random(),
            text: Text::of(&[("sv", "Påstående")]),
            kind,
            dimension: dimension.map(|d| Text::of(&[("sv", d)])),
            optional: true,
        };
        let scale = || ItemKind::Scale {
            low: Text::default(),
            high: Text::default(),
        };
        let options = (0..3)
            .map(|i| Text::of(&[("sv", &format!("Val {i}"))]))
            .collect();
        Form {
            id: Id::random(),
            project_id: Id::random(),
            name: "Prov".into(),
            languages: vec!["sv".into()],
            items: vec![
                item(scale(), Some("Hälsa")),
                item(scale(), Some("Vardag")),
                item(scale(), Some("Hälsa")),
                item(ItemKind::YesNo, None),
                item(ItemKind::Choice { options }, None),
                item(ItemKind::FreeText, None),
                item(scale(), None),
            ],
            retired: false,
            updated_at: Timestamp(1),
        }
    }

    /// An answer with every item skipped but those given.
    pub fn answer(form: &Form, moment: Moment, given: &[(usize, Value)]) -> Answer {
        let mut values = vec![Value::Skipped; form.items.len()];
        for (i, v) in given {
            values[*i] = v.clone();
        }
        Answer {
            id: Id::random(),
            project_id: form.project_id,
            form_id: form.id,
            moment,
            month: YearMonth {
                year: 2026,
                month: 11,
            },
            lang: "sv".into(),
            nonce: new_nonce(),
            values,
        }
    }

    pub fn at(form: &Form, moment: Moment, n: usize) -> Vec<Answer> {
        (0..n)
            .map(|_| answer(form, moment, &[(SCALE_A1, Value::Scale(3))]))
            .collect()
    }

    pub fn shown<T: std::fmt::Debug>(s: Shown<T>) -> T {
        match s {
            Shown::Shown(t) => t,
            hidden => panic!("expected shown, got {hidden:?}"),
        }
    }
}
