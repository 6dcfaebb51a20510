//! Money: the funds a project was granted (*beviljade medel*) and the funds it has used
//! (*utnyttjade medel*), recorded as amounts per period, and the forms a coach fills them in
//! with.
//!
//! Used funds are stored one way only, as amounts for periods that never overlap
//! ([`UsedFunds`]). A coach who keeps a running total instead types "used up to this date,
//! in all" ([`RunningTotalForm`]), and it becomes the period since the last recorded one with
//! the difference. So a report can sum any period without guessing, and the two ways of
//! recording can be mixed.
//!
//! Amounts are whole kronor. A typed amount may have spaces between thousands, "kr" after it
//! and öre after a comma (rounded to whole kronor); it may not be negative or larger than
//! [`MAX_FUNDS`], a sum no single insats comes near.

use super::form::{date_field, not_far_ahead, Field, Invalid, Problem};
use super::{Date, Id};
use serde::{Deserialize, Serialize};

/// The largest amount Stegvis takes, in kronor: for granted funds, for one period's used
/// funds, and for their sum.
pub const MAX_FUNDS: u64 = 100_000_000;

/// Funds used in one period, both days included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsedFunds {
    pub id: Id,
    pub from: Date,
    pub to: Date,
    /// Whole kronor.
    pub amount: u64,
}

/// Reads a typed amount in kronor: `Ok(None)` when empty.
pub fn parse_amount(text: &str) -> Result<Option<u64>, Problem> {
    let space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'');
    let mut t = text.trim();
    for suffix in ["kronor", "kr.", "kr", "sek", ":-"] {
        let at = t.len().saturating_sub(suffix.len());
        if t.is_char_boundary(at) && t[at..].eq_ignore_ascii_case(suffix) {
            t = t[..at].trim_end_matches(space);
            break;
        }
    }
    let t: String = t.chars().map(|c| if space(c) { ' ' } else { c }).collect();
    let t = t.trim();
    if t.is_empty() {
        return if text.trim().is_empty() {
            Ok(None)
        } else {
            Err(Problem::InvalidAmount)
        };
    }
    if t.starts_with(['-', '−', '–']) {
        return Err(Problem::NegativeAmount);
    }
    let t = t.strip_prefix('+').unwrap_or(t).trim_start();
    // A comma or point followed by one or two digits at the end is öre; any other comma,
    // point or space separates thousands and must be followed by three digits.
    let (whole, ore) = match t.rfind([',', '.']) {
        Some(at) if (2..=3).contains(&(t.len() - at)) => (&t[..at], &t[at + 1..]),
        _ => (t, ""),
    };
    let mut groups = whole.split([',', '.', ' ']);
    let first = groups.next().unwrap_or_default();
    let rest: Vec<&str> = groups.collect();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(first)
        || rest.iter().any(|g| g.len() != 3 || !digits(g))
        || !(ore.is_empty() || digits(ore))
    {
        return Err(Problem::InvalidAmount);
    }
    let kronor: String = std::iter::once(first).chain(rest).collect();
    let kronor = kronor.parse::<u64>().map_err(|_| Problem::AmountTooLarge)?;
    let round_up = ore.as_bytes().first().is_some_and(|d| *d >= b'5');
    let amount = kronor.saturating_add(u64::from(round_up));
    if amount > MAX_FUNDS {
        return Err(Problem::AmountTooLarge);
    }
    Ok(Some(amount))
}

/// An amount as a coach reads it: `1 250 000 kr` (a no-break space between thousands).
pub fn amount_text(amount: u64) -> String {
    format!("{} kr", thousands(amount))
}

/// A whole number with a no-break space between thousands: `1 250 000`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

/// Reads typed granted funds: `Ok(None)` when the box is empty (no granted funds).
pub fn validate_granted(text: &str) -> Result<Option<u64>, Invalid> {
    let mut errors = Invalid::default();
    let amount = parse_amount(text).unwrap_or_else(|problem| {
        errors.push(Field::GrantedFunds, problem);
        None
    });
    errors.into_result(|| amount)
}

/// One period's used funds as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UsedFundsForm {
    pub from: String,
    pub to: String,
    pub amount: String,
}

/// A running total as typed: everything used from the project's start up to `through`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunningTotalForm {
    pub through: String,
    pub total: String,
}

fn amount_field(errors: &mut Invalid, field: Field, text: &str) -> Option<u64> {
    match parse_amount(text) {
        Ok(None) => {
            errors.push(field, Problem::Required);
            None
        }
        Ok(amount) => amount,
        Err(problem) => {
            errors.push(field, problem);
            None
        }
    }
}

/// The sum of the recorded amounts.
pub fn total(used: &[UsedFunds]) -> u64 {
    used.iter().map(|u| u.amount).sum()
}

fn overlaps(used: &[UsedFunds], from: Date, to: Date) -> bool {
    used.iter().any(|u| u.from <= to && from <= u.to)
}

/// Checks one period's used funds against those already recorded.
pub fn validate_used(
    form: &UsedFundsForm,
    recorded: &[UsedFunds],
    today: Date,
) -> Result<UsedFunds, Invalid> {
    let mut errors = Invalid::default();
    let from = date_field(&mut errors, Field::UsedFrom, &form.from, true);
    let to = date_field(&mut errors, Field::UsedTo, &form.to, true);
    not_far_ahead(&mut errors, Field::UsedTo, to, today);
    let amount = amount_field(&mut errors, Field::UsedAmount, &form.amount);
    if let (Some(from), Some(to)) = (from, to) {
        if to < from {
            errors.push(Field::UsedTo, Problem::EndBeforeStart);
        } else if overlaps(recorded, from, to) {
            errors.push(Field::UsedFrom, Problem::PeriodOverlaps);
        }
    }
    if amount.is_some_and(|a| total(recorded).saturating_add(a) > MAX_FUNDS) {
        errors.push(Field::UsedAmount, Problem::AmountTooLarge);
    }
    errors.into_result(|| UsedFunds {
        id: Id::random(),
        from: from.unwrap_or(today),
        to: to.unwrap_or(today),
        amount: amount.unwrap_or(0),
    })
}

/// The first day a running total would start from: the day after the last recorded period,
/// or the project's start.
pub fn next_from(recorded: &[UsedFunds], project_start: Date) -> Date {
    match recorded.iter().map(|u| u.to).max() {
        Some(last) => last.plus_days(1),
        None => project_start,
    }
}

/// Turns a running total into the period since the last recorded one, with the difference.
pub fn validate_running_total(
    form: &RunningTotalForm,
    recorded: &[UsedFunds],
    project_start: Date,
    today: Date,
) -> Result<UsedFunds, Invalid> {
    let mut errors = Invalid::default();
    let through = date_field(&mut errors, Field::UsedThrough, &form.through, true);
    not_far_ahead(&mut errors, Field::UsedThrough, through, today);
    let total_now = amount_field(&mut errors, Field::UsedTotal, &form.total);
    let from = next_from(recorded, project_start);
    if through.is_some_and(|t| t < from) {
        errors.push(Field::UsedThrough, Problem::NotAfterRecorded);
    }
    let before = total(recorded);
    if total_now.is_some_and(|t| t < before) {
        errors.push(Field::UsedTotal, Problem::BelowRecorded);
    }
    errors.into_result(|| UsedFunds {
        id: Id::random(),
        from,
        to: through.unwrap_or(today),
        amount: total_now.unwrap_or(before) - before,
    })
}

/// Whether stored money is as the forms would have made it: amounts within [`MAX_FUNDS`]
/// (each and in all), dates in range, ends after starts, no two periods overlapping.
pub fn funds_ok(granted: Option<u64>, used: &[UsedFunds]) -> bool {
    let each_ok = |u: &UsedFunds| {
        u.amount <= MAX_FUNDS && u.from.in_range() && u.to.in_range() && u.from <= u.to
    };
    let mut sorted: Vec<&UsedFunds> = used.iter().collect();
    sorted.sort_by_key(|u| u.from);
    granted.is_none_or(|g| g <= MAX_FUNDS)
        && used.iter().all(each_ok)
        && used
            .iter()
            .try_fold(0u64, |s, u| s.checked_add(u.amount))
            .is_some_and(|s| s <= MAX_FUNDS)
        && sorted.windows(2).all(|w| w[0].to < w[1].from)
}
