//! Finds text that looks like a Swedish personal identity number (*personnummer* or
//! *samordningsnummer*), so that the app can refuse to store it.
//!
//! Recognised shapes: `YYMMDD-XXXX`, `YYMMDD+XXXX`, `YYMMDD XXXX`, `YYMMDDXXXX`, and the same
//! with a four-digit year, standing alone (not inside a longer run of digits). The date part
//! must be a real calendar day (day + 60 for a coordination number). With `-` or `+` that is
//! enough: a coach who typed it meant an identity number even if the check digit is wrong.
//! With a space or nothing between the parts, the Luhn check digit must also match, so that
//! phone numbers written in groups (`070123 4567`) and other digit runs pass.

/// Where a suspected personnummer stands in a text (byte offsets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finding {
    pub start: usize,
    pub end: usize,
}

/// Every place in `text` that looks like a personnummer.
pub fn find(text: &str) -> Vec<Finding> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let starts_run = bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit());
        if starts_run {
            if let Some(end) = match_at(bytes, i) {
                found.push(Finding { start: i, end });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    found
}

/// True if `text` holds anything that looks like a personnummer.
pub fn contains(text: &str) -> bool {
    !find(text).is_empty()
}

fn match_at(bytes: &[u8], start: usize) -> Option<usize> {
    let run = digit_run(bytes, start);
    for date_len in [6, 8] {
        if run == date_len {
            // Date part, a separator, four digits.
            let sep = start + date_len;
            let separator = bytes.get(sep).copied();
            if matches!(separator, Some(b'-' | b'+' | b' ')) && digit_run(bytes, sep + 1) == 4 {
                let digits = collect_digits(&bytes[start..sep + 5]);
                let strong = separator != Some(b' ');
                if valid_date(&digits[..date_len])
                    && (strong || luhn_ok(&digits[digits.len() - 10..]))
                {
                    return Some(sep + 5);
                }
            }
        } else if run == date_len + 4 {
            let digits = collect_digits(&bytes[start..start + run]);
            if valid_date(&digits[..date_len]) && luhn_ok(&digits[digits.len() - 10..]) {
                return Some(start + run);
            }
        }
    }
    None
}

fn digit_run(bytes: &[u8], from: usize) -> usize {
    bytes
        .iter()
        .skip(from)
        .take_while(|b| b.is_ascii_digit())
        .count()
}

fn collect_digits(bytes: &[u8]) -> Vec<u8> {
    bytes
        .iter()
        .filter(|b| b.is_ascii_digit())
        .map(|b| b - b'0')
        .collect()
}

fn number(digits: &[u8]) -> u32 {
    digits.iter().fold(0, |acc, d| acc * 10 + u32::from(*d))
}

/// `YYMMDD` or `YYYYMMDD`, with day + 60 allowed for coordination numbers.
fn valid_date(digits: &[u8]) -> bool {
    let (year, rest) = if digits.len() == 8 {
        let century = number(&digits[..2]);
        if !(18..=20).contains(&century) {
            return false;
        }
        (Some(number(&digits[..4])), &digits[4..])
    } else {
        (None, &digits[2..])
    };
    let month = number(&rest[..2]);
    let mut day = number(&rest[2..4]);
    if day > 60 {
        day -= 60;
    }
    if !(1..=12).contains(&month) || day == 0 {
        return false;
    }
    let leap = year
        .is_none_or(|y| (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400));
    let days_in_month = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    day <= days_in_month
}

/// The Luhn check over the ten digits `YYMMDDXXXX`.
fn luhn_ok(ten: &[u8]) -> bool {
    let sum: u32 = ten
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let v = u32::from(*d) * if i % 2 == 0 { 2 } else { 1 };
            if v > 9 {
                v - 9
            } else {
                v
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Test numbers from Skatteverket's published test series style; none belongs to a person
    // we know of, and the checks below only need the shape and the check digit.
    const VALID_TEN: &str = "8112189876";

    #[test]
    fn separated_forms_are_found() {
        assert!(contains("ring 811218-9876 imorgon"));
        assert!(contains("811218+9876"));
        assert!(contains("19811218-9876"));
        assert_eq!(find("x 811218-9876 y"), vec![Finding { start: 2, end: 13 }]);
    }

    #[test]
    fn unseparated_forms_need_a_valid_check_digit() {
        assert!(luhn_ok(&collect_digits(VALID_TEN.as_bytes())));
        assert!(contains(VALID_TEN));
        assert!(contains("pnr 198112189876."));
        assert!(
            !contains("8112189875"),
            "wrong check digit without separator"
        );
    }

    #[test]
    fn a_space_between_the_parts_is_found_when_the_check_digit_matches() {
        // The shape CI's property test found stored: a spreadsheet cell with a space.
        assert!(contains("811218 9876"));
        assert!(contains("pnr 19811218 9876."));
        assert_eq!(find("x 811218 9876"), vec![Finding { start: 2, end: 13 }]);
        // A phone number in groups whose first six digits happen to be a date.
        assert!(!contains("070123 4567"));
        assert!(!contains("811218 9875"));
    }

    #[test]
    fn coordination_numbers_are_found() {
        // Day 18 + 60 = 78.
        assert!(contains("811278-1234"));
    }

    #[test]
    fn dates_phone_numbers_and_codes_are_not_flagged() {
        for text in [
            "2024-01-15",
            "startade 20240115",
            "070-123 45 67",
            "0701234567",
            "08-123 456 78",
            "+46 70 123 45 67",
            "D-017",
            "D-0001",
            "kod 123456",
            "811332-1234",  // no 32nd day
            "811218-98765", // five digits after the separator
            "12345678901234",
            "postnr 123 45",
        ] {
            assert!(!contains(text), "{text:?} should not be flagged");
        }
    }

    #[test]
    fn digits_inside_a_longer_run_are_not_flagged() {
        assert!(!contains("18112189876"));
    }
}
