//! The answer code: one filled-in form packed into a short code of letters and digits, for the
//! participant to show (as text or QR code) and the coach to type or scan.
//!
//! Bits, most significant first: version (8, = 1), form fingerprint (24), moment (2), months
//! since 2020-01 (12), language index (4), nonce (40), then each item in form order (scale 3,
//! yes/no 2, choice 5, free text 1 + if present a 9-bit byte length and the bytes). Padded to
//! whole bytes, then a CRC-24 (OpenPGP) of all before it; written in Crockford base32 in groups
//! of four. The CRC catches every mistyped character and every swap of neighbouring characters.

use super::check::{self, MAX_LANGUAGES};
use super::form::{Answer, Form, ItemKind, Moment, Value, YearMonth, MAX_FREE_TEXT};
use crate::domain::Id;
use sha2::{Digest, Sha256};

/// The only version this build writes and reads.
const VERSION: u8 = 1;
/// The shortest code: version, fingerprint, moment, month, language and nonce, and the CRC.
const MIN_BYTES: usize = (8 + 24 + 2 + 12 + 4 + 40usize).div_ceil(8) + 3;
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const NONCE_BITS: u32 = 40;
const MAX_TEXT_BYTES: usize = 511;
const FIRST_YEAR: u16 = 2020;

/// Why a typed or scanned code could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("the code is empty")]
    Empty,
    /// The character as typed (e.g. `'u'` or `'!'`).
    #[error("the character {0:?} cannot be part of an answer code")]
    BadCharacter(char),
    #[error("the code is too short")]
    TooShort,
    #[error("the checksum does not match: the code was mistyped")]
    Checksum,
    #[error("the code was made by a newer version of the app (code version {0})")]
    NewerVersion(u8),
    #[error("the code belongs to a form that is not on this device")]
    UnknownForm,
    #[error("the code does not fit its form")]
    DoesNotFit,
    /// It reads and fits, but holds what no form filled in by a participant can: a month in
    /// the future, a required statement skipped, no nonce (see [`check::answer_problems`]).
    #[error("the code holds an answer no participant could have given")]
    Implausible,
}

/// This answer (same form, same nonce) is already stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("this answer is already stored")]
pub struct Duplicate;

/// The first three bytes of SHA-256 over the form's id, languages and items: what a code must
/// match. Renaming or retiring a form keeps its codes valid; changing its items does not.
pub fn fingerprint(form: &Form) -> [u8; 3] {
    let json = serde_json::to_vec(&(form.id, &form.languages, &form.items))
        .expect("a form always serialises");
    let hash = Sha256::digest(&json);
    [hash[0], hash[1], hash[2]]
}

/// A random 40-bit nonce, never 0.
pub fn new_nonce() -> u64 {
    let random = uuid::Uuid::new_v4().as_u128() as u64 & ((1 << NONCE_BITS) - 1);
    random.max(1)
}

/// The code for `answer` to `form`. Values that do not fit their item are written as skipped;
/// free text is cut to [`MAX_FREE_TEXT`] characters and 511 bytes.
pub fn encode(form: &Form, answer: &Answer) -> String {
    let mut w = Vec::new();
    put(&mut w, VERSION.into(), 8);
    (fingerprint(form).iter()).for_each(|b| put(&mut w, (*b).into(), 8));
    put(&mut w, answer.moment as u64, 2);
    put(&mut w, months_since_2020(answer.month).into(), 12);
    let lang = form.languages.iter().position(|l| *l == answer.lang);
    debug_assert!(
        lang.is_some_and(|i| i < MAX_LANGUAGES),
        "language not in the form"
    );
    put(
        &mut w,
        lang.filter(|i| *i < MAX_LANGUAGES).unwrap_or(0) as u64,
        4,
    );
    put(&mut w, answer.nonce & ((1 << NONCE_BITS) - 1), NONCE_BITS);
    for (i, item) in form.items.iter().enumerate() {
        let v = match (&item.kind, answer.values.get(i).unwrap_or(&Value::Skipped)) {
            (ItemKind::Scale { .. }, Value::Scale(v @ 1..=5)) => u64::from(*v),
            (ItemKind::YesNo, Value::YesNo(yes)) => 2 - u64::from(*yes),
            (ItemKind::Choice { options }, Value::Choice(c)) if usize::from(*c) < options.len() => {
                u64::from(*c) + 1
            }
            (ItemKind::FreeText, Value::Text(t)) if !t.is_empty() => {
                let t = cut(t);
                put(&mut w, 1 << 9 | t.len() as u64, 10);
                t.bytes().for_each(|b| put(&mut w, b.into(), 8));
                continue;
            }
            _ => 0,
        };
        put(&mut w, v, item_bits(&item.kind));
    }
    let mut bytes = pack(&w);
    bytes.extend_from_slice(&crc24(&bytes).to_be_bytes()[1..]);
    render(&bytes)
}

/// Reads a typed or scanned code against the forms on this device. The answer gets a new id and
/// the project and form of the form it matched. This only reads the code: answers are taken in
/// through [`receive`], which also checks what the code holds.
pub fn decode(forms: &[Form], code: &str) -> Result<Answer, CodeError> {
    let bytes = parse(code)?;
    let (data, crc) = bytes.split_at(bytes.len() - 3);
    if crc24(data).to_be_bytes()[1..] != *crc {
        return Err(CodeError::Checksum);
    }
    if data[0] != VERSION {
        return Err(CodeError::NewerVersion(data[0]));
    }
    let ours = |f: &&Form| fingerprint(f) == data[1..4];
    let matching: Vec<&Form> = forms.iter().filter(ours).collect();
    if matching.is_empty() {
        return Err(CodeError::UnknownForm);
    }
    let mut result = Err(CodeError::DoesNotFit);
    for (answer, end) in matching.iter().filter_map(|form| read_answer(form, data)) {
        // Zero padding follows the items. '0's typed too many leave the CRC holding, but turn
        // (part of) the true CRC and zeros into extra bytes.
        let (needed, extra) = data.split_at(end.div_ceil(8));
        let crc = crc24(needed).to_be_bytes();
        if (end..needed.len() * 8).any(|i| bit(needed, i) == Some(1)) {
            continue;
        } else if extra.is_empty() {
            return Ok(answer);
        } else if (extra.iter().enumerate()).all(|(i, b)| *b == *crc.get(i + 1).unwrap_or(&0)) {
            result = Err(CodeError::Checksum);
        }
    }
    result
}

/// Takes in a typed or scanned code: [`decode`], then the door check every answer passes
/// ([`check::answer_problems`]). `latest` is the last month an answer may be from (the month
/// after this one, so that a phone whose clock is a day ahead is not refused).
pub fn receive(forms: &[Form], code: &str, latest: YearMonth) -> Result<Answer, CodeError> {
    let answer = decode(forms, code)?;
    let form = forms.iter().find(|f| f.id == answer.form_id);
    match form.map(|f| check::answer_problems(f, &answer, latest)) {
        Some(problems) if problems.is_empty() => Ok(answer),
        _ => Err(CodeError::Implausible),
    }
}

/// The nonce rule: an answer whose form and nonce are already stored is the same answer.
pub fn check_new(existing: &[Answer], answer: &Answer) -> Result<(), Duplicate> {
    let same = |a: &Answer| a.form_id == answer.form_id && a.nonce == answer.nonce;
    (!existing.iter().any(same)).then_some(()).ok_or(Duplicate)
}

/// What the user typed, uppercased, with spaces and dashes removed and I/L read as 1, O as 0.
/// Other characters are kept, so that [`decode`] can name them.
pub fn normalise(code: &str) -> String {
    code.chars()
        .filter(|c| !is_separator(*c))
        .map(read_as)
        .collect()
}

/// What a typed character is read as: uppercase, with I and L as 1 and O as 0.
fn read_as(c: char) -> char {
    match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        c => c,
    }
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

fn months_since_2020(m: YearMonth) -> u16 {
    let n = (i32::from(m.year) - i32::from(FIRST_YEAR)) * 12 + i32::from(m.month) - 1;
    let fits = (1..=12).contains(&m.month) && (0..1 << 12).contains(&n);
    debug_assert!(fits, "{m} cannot be written in a code");
    u16::try_from(n).ok().filter(|_| fits).unwrap_or(0)
}

/// `text` cut to at most [`MAX_FREE_TEXT`] characters and [`MAX_TEXT_BYTES`] bytes.
fn cut(text: &str) -> &str {
    let ends = text.char_indices().map(|(i, c)| i + c.len_utf8());
    let fits = |e: &usize| *e <= MAX_TEXT_BYTES;
    let end = ends.take(MAX_FREE_TEXT).take_while(fits).last();
    &text[..end.unwrap_or(0)]
}

/// The answer in `data` and the bit where it ends, if it fits `form`.
fn read_answer(form: &Form, data: &[u8]) -> Option<(Answer, usize)> {
    let mut r = BitReader(data, 32);
    let moment = *Moment::ALL.get(r.get(2)? as usize)?;
    let months = r.get(12)? as u16;
    let (year, month) = (FIRST_YEAR + months / 12, (months % 12) as u8 + 1);
    let lang = form.languages.get(r.get(4)? as usize)?.clone();
    let nonce = r.get(NONCE_BITS)?;
    let mut values = Vec::with_capacity(form.items.len());
    for item in &form.items {
        values.push(match (&item.kind, r.get(item_bits(&item.kind))?) {
            (_, 0) => Value::Skipped,
            (ItemKind::Scale { .. }, v @ 1..=5) => Value::Scale(v as u8),
            (ItemKind::YesNo, v @ 1..=2) => Value::YesNo(v == 1),
            (ItemKind::Choice { options }, v) if (v as usize) <= options.len() => {
                Value::Choice(v as u8 - 1)
            }
            (ItemKind::FreeText, _) => {
                let len = r.get(9)? as usize;
                let bytes = (0..len).map(|_| r.get(8).map(|b| b as u8));
                let text = String::from_utf8(bytes.collect::<Option<Vec<u8>>>()?).ok()?;
                if text.is_empty() || text.chars().count() > MAX_FREE_TEXT {
                    return None;
                }
                Value::Text(text)
            }
            _ => return None,
        });
    }
    let answer = Answer {
        id: Id::random(),
        project_id: form.project_id,
        form_id: form.id,
        moment,
        month: YearMonth { year, month },
        lang,
        nonce,
        values,
    };
    Some((answer, r.1))
}

/// The bits of an item's value (a free text's presence bit only).
fn item_bits(kind: &ItemKind) -> u32 {
    match kind {
        ItemKind::Scale { .. } => 3,
        ItemKind::YesNo => 2,
        ItemKind::Choice { .. } => 5,
        ItemKind::FreeText => 1,
    }
}

/// Crockford base32 in groups of four, separated by '-'; the last group of bits padded with 0.
fn render(bytes: &[u8]) -> String {
    let mut out = String::new();
    for (n, start) in (0..bytes.len() * 8).step_by(5).enumerate() {
        if n > 0 && n % 4 == 0 {
            out.push('-');
        }
        let v = (start..start + 5).fold(0, |v, i| v << 1 | bit(bytes, i).unwrap_or(0));
        out.push(char::from(ALPHABET[usize::from(v)]));
    }
    out
}

/// The bytes of a code as typed. Padding bits that are not zero, or a character too many, mean
/// the code was mistyped.
fn parse(code: &str) -> Result<Vec<u8>, CodeError> {
    let mut w = Vec::new();
    for c in code.chars().filter(|c| !is_separator(*c)) {
        let v = ALPHABET.iter().position(|a| char::from(*a) == read_as(c));
        let v = v.ok_or(CodeError::BadCharacter(c))?;
        put(&mut w, v as u64, 5);
    }
    if w.is_empty() {
        return Err(CodeError::Empty);
    } else if w.len() / 8 < MIN_BYTES {
        return Err(CodeError::TooShort);
    }
    let whole = w.len() / 8 * 8;
    if w.len() - whole >= 5 || w[whole..].contains(&true) {
        return Err(CodeError::Checksum);
    }
    Ok(pack(&w[..whole]))
}

/// CRC-24 as in OpenPGP (RFC 4880): init 0xB704CE, polynomial 0x864CFB.
fn crc24(bytes: &[u8]) -> u32 {
    let mut crc: u32 = 0xB7_04CE;
    for b in bytes {
        crc ^= u32::from(*b) << 16;
        for _ in 0..8 {
            crc = (crc << 1) ^ (0x186_4CFB * (crc >> 23 & 1));
        }
    }
    crc
}

/// Appends the low `width` bits of `value`, most significant first.
fn put(bits: &mut Vec<bool>, value: u64, width: u32) {
    bits.extend((0..width).rev().map(|i| value >> i & 1 == 1));
}

/// Bits to bytes, the last byte padded with zeros.
fn pack(bits: &[bool]) -> Vec<u8> {
    let byte = |c: &[bool]| (c.iter().enumerate()).fold(0, |b, (i, x)| b | u8::from(*x) << (7 - i));
    bits.chunks(8).map(byte).collect()
}

/// Bit `i` of `bytes`, counting from the most significant bit of the first byte.
fn bit(bytes: &[u8], i: usize) -> Option<u8> {
    bytes.get(i / 8).map(|b| b >> (7 - i % 8) & 1)
}

/// Reads bits from the bytes, most significant first, from the bit position.
struct BitReader<'a>(&'a [u8], usize);

impl BitReader<'_> {
    fn get(&mut self, width: u32) -> Option<u64> {
        let mut v = 0;
        for _ in 0..width {
            v = v << 1 | u64::from(bit(self.0, self.1)?);
            self.1 += 1;
        }
        Some(v)
    }
}
