//! Screening of free-text answers: flags text that looks like it names a person, through a
//! personnummer, a Swedish phone number or an e-mail address, so that the coach can look at it
//! before sharing results. It only flags; it never changes or drops the text.

use crate::domain::personnummer;

/// What a free text seems to contain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    Personnummer,
    Phone,
    Email,
}

/// The flags for `text`, in the order personnummer, phone, e-mail, each at most once.
pub fn flags(text: &str) -> Vec<Flag> {
    let mut found = Vec::new();
    if personnummer::contains(text) {
        found.push(Flag::Personnummer);
    }
    if has_phone(text) {
        found.push(Flag::Phone);
    }
    if has_email(text) {
        found.push(Flag::Email);
    }
    found
}

/// The fewest and most digits of a phone number, counting a leading 0 or the 46 of +46.
const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 8..=13;

/// A run of 8–13 digits, separated at most by single spaces or dashes, that starts with 0 or
/// +46 and stands alone (no letter or digit right before or after it). Runs that are a
/// personnummer are left to that flag.
fn has_phone(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let pnr = personnummer::find(text);
    let byte_at: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let mut i = 0;
    while i < chars.len() {
        let before_ok = i == 0 || !chars[i - 1].is_alphanumeric();
        let start = match (chars[i], chars.get(i + 1), chars.get(i + 2)) {
            ('+', Some('4'), Some('6')) if before_ok => Some(i + 1),
            ('0', _, _) if before_ok => Some(i),
            _ => None,
        };
        let Some(start) = start else {
            i += 1;
            continue;
        };
        let (end, digits) = digit_run(&chars, start);
        let after_ok = chars.get(end).is_none_or(|c| !c.is_alphanumeric());
        let in_pnr = pnr
            .iter()
            .any(|f| f.start <= byte_at[start] && byte_at[start] < f.end);
        if after_ok && !in_pnr && PHONE_DIGITS.contains(&digits) {
            return true;
        }
        i = end.max(i + 1);
    }
    false
}

/// Where the run of digits from `start` ends (single spaces or dashes may stand between
/// digits), and how many digits it holds.
fn digit_run(chars: &[char], start: usize) -> (usize, usize) {
    let mut end = start;
    let mut digits = 0;
    while end < chars.len() {
        if chars[end].is_ascii_digit() {
            digits += 1;
            end += 1;
        } else if matches!(chars[end], ' ' | '-')
            && digits > 0
            && chars.get(end + 1).is_some_and(char::is_ascii_digit)
        {
            end += 1;
        } else {
            break;
        }
    }
    (end, digits)
}

/// Something like `local@domain.tld`: a local part of letters, digits and `._%+-`, and a domain
/// of at least two labels whose last is at least two letters.
fn has_email(text: &str) -> bool {
    let local_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    let domain_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '-');
    text.match_indices('@').any(|(at, _)| {
        let local_ok = text[..at].chars().next_back().is_some_and(local_char);
        let domain: String = text[at + 1..]
            .chars()
            .take_while(|c| domain_char(*c))
            .collect();
        let labels: Vec<&str> = domain.trim_end_matches(['.', '-']).split('.').collect();
        local_ok
            && labels.len() >= 2
            && labels.iter().all(|l| !l.is_empty())
            && labels
                .last()
                .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
    })
}
