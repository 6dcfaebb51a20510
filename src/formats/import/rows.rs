//! One data row of a participant list: its cells checked against the domain rules.
//!
//! The same rules as the registration form (code, birth year, dates), plus what only a file
//! can get wrong: an unknown gender spelling, an outcome without an end date, a code twice in
//! the file, a personnummer in any cell. Every problem of a row is collected, not just the first.

use super::choices::{self, Choice};
use super::columns::{Column, Header};
use super::dates::{parse_date, DateRules};
use super::mapping::GenderDigits;
use super::read::{RawCell, RawRow};
use super::{ImportRow, ImportedParticipant, RowProblem};
use crate::domain::journey::Situation;
use crate::domain::key::{key, ByName};
use crate::domain::validate::{age_problem, Problem, MAX_CODE_LEN, MAX_DAYS_AHEAD};
use crate::domain::{personnummer, Date, Gender, Project};
use std::collections::{HashMap, HashSet};

/// What the rows of one file are checked against.
pub struct RowContext<'a> {
    header: &'a Header,
    /// Codes already in the project, lower case and trimmed.
    existing_codes: HashSet<String>,
    today: Date,
    dates: DateRules,
    gender_digits: Option<GenderDigits>,
    /// Codes seen so far in the file (lower case) and the line each was first seen on.
    seen_codes: HashMap<String, usize>,
    /// The project's label names as it spells them, found by name.
    referrals: ByName<&'a str>,
    outcomes: ByName<&'a str>,
    sub_units: ByName<&'a str>,
}

/// Reads a gender as coaches write it; `None` if it is not recognised. Empty is unspecified.
pub fn parse_gender(text: &str) -> Option<Gender> {
    match text.trim().to_lowercase().as_str() {
        "kvinna" | "k" | "kv" | "woman" | "female" | "w" | "f" => Some(Gender::Woman),
        "man" | "m" | "male" => Some(Gender::Man),
        "annat" | "annan" | "a" | "other" | "o" => Some(Gender::Other),
        "" | "ej angivet" | "ej angiven" | "vill ej ange" | "unspecified" | "-" => {
            Some(Gender::Unspecified)
        }
        _ => None,
    }
}

/// Why a gender cell gives no gender.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenderUnread {
    /// 1 or 2, and the coach has not said which is which.
    DigitsUnanswered,
    /// Not a spelling Stegvis knows.
    Unknown,
}

/// A gender cell as coaches write it ([`parse_gender`]), or 1 and 2 read as the coach said.
pub fn read_gender(text: &str, digits: Option<GenderDigits>) -> Result<Gender, GenderUnread> {
    match (text.trim(), digits) {
        ("1", Some(GenderDigits::OneIsMan)) | ("2", Some(GenderDigits::OneIsWoman)) => {
            Ok(Gender::Man)
        }
        ("1", Some(GenderDigits::OneIsWoman)) | ("2", Some(GenderDigits::OneIsMan)) => {
            Ok(Gender::Woman)
        }
        ("1" | "2", None) => Err(GenderUnread::DigitsUnanswered),
        (other, _) => parse_gender(other).ok_or(GenderUnread::Unknown),
    }
}

/// The name of a label as the project spells it, or the name as written if it is new.
fn label_name(names: &ByName<&str>, wanted: &str) -> String {
    names
        .get(wanted)
        .map(|n| n.trim().to_owned())
        .unwrap_or_else(|| wanted.to_owned())
}

impl<'a> RowContext<'a> {
    /// The context for the rows of one file: `existing_codes` are the project's codes.
    pub fn new(
        header: &'a Header,
        project: &'a Project,
        existing_codes: &[&str],
        today: Date,
        dates: DateRules,
        gender_digits: Option<GenderDigits>,
    ) -> Self {
        let names = |it: &mut dyn Iterator<Item = &'a str>| it.map(|n| (n, n)).collect();
        RowContext {
            header,
            existing_codes: existing_codes.iter().map(|c| key(c)).collect(),
            today,
            dates,
            gender_digits,
            seen_codes: HashMap::new(),
            referrals: names(&mut project.referral_sources.iter().map(|l| l.name.as_str())),
            outcomes: names(&mut project.outcomes.iter().map(|l| l.name.as_str())),
            sub_units: names(&mut project.sub_units.iter().map(|l| l.name.as_str())),
        }
    }

    /// Checks one data row. Updates the codes seen in the file.
    pub fn check(&mut self, row: &RawRow) -> ImportRow {
        let mut problems = Vec::new();
        let empty = RawCell::Text(String::new());
        let cell = |c: Column| {
            self.header
                .position(c)
                .and_then(|i| row.cells.get(i))
                .unwrap_or(&empty)
        };
        let text = |c: Column| cell(c).text();

        // A personnummer in a column that is read: say where, never what. Columns that are
        // not read are never looked at (a column of personnummer was blanked on inspection).
        let mut flagged = Vec::new();
        for column in Column::ALL {
            let Some(i) = self.header.position(column) else {
                continue;
            };
            if row
                .cells
                .get(i)
                .is_some_and(|c| personnummer::contains(&c.text()))
            {
                flagged.push(column);
                problems.push(RowProblem::LooksLikePersonnummer {
                    header: self.header.name_at(i).to_owned(),
                });
            }
        }
        let clean = |c: Column| !flagged.contains(&c);

        let code = text(Column::Code);
        let shown_code = if clean(Column::Code) {
            code.clone()
        } else {
            String::new()
        };
        if clean(Column::Code) {
            let key = key(&code);
            if code.is_empty() {
                problems.push(RowProblem::MissingCode);
            } else if code.chars().count() > MAX_CODE_LEN {
                problems.push(RowProblem::CodeTooLong);
            } else if self.existing_codes.contains(&key) {
                problems.push(RowProblem::CodeExists);
            } else if let Some(first) = self.seen_codes.get(&key) {
                problems.push(RowProblem::CodeRepeated { first_line: *first });
            }
            if !code.is_empty() {
                self.seen_codes.entry(key).or_insert(row.line);
            }
        }

        let gender = match read_gender(&text(Column::Gender), self.gender_digits) {
            Ok(g) => g,
            Err(GenderUnread::DigitsUnanswered) => {
                problems.push(RowProblem::GenderDigitsUnanswered);
                Gender::Unspecified
            }
            Err(GenderUnread::Unknown) => {
                if clean(Column::Gender) {
                    problems.push(RowProblem::UnknownGender);
                }
                Gender::Unspecified
            }
        };

        // The age at the row's start, or its referral while waiting (their problems, if any,
        // are named below).
        let start_or_referral = [Column::Start, Column::ReferredOn]
            .into_iter()
            .find_map(|c| parse_date(cell(c), self.dates).filter(|d| d.in_range()));
        let birth_text = text(Column::BirthYear);
        let age_text = text(Column::Age);
        let mut birth_year = None;
        let mut birth_year_approximate = false;
        // A birth year, else an age at the start read as the year of the start minus the age.
        let year = if !birth_text.is_empty() && clean(Column::BirthYear) {
            match birth_text.parse::<i32>() {
                Err(_) => {
                    problems.push(RowProblem::InvalidBirthYear);
                    None
                }
                Ok(y) => Some(y),
            }
        } else if !age_text.is_empty() && clean(Column::Age) {
            match (age_text.parse::<i32>(), start_or_referral) {
                (Ok(age), Some(day)) if (0..=150).contains(&age) => {
                    birth_year_approximate = true;
                    Some(day.year() - age)
                }
                (Ok(_), None) => None,
                _ => {
                    problems.push(RowProblem::InvalidAge);
                    None
                }
            }
        } else {
            None
        };
        if let Some(y) = year {
            match age_problem(y, start_or_referral, self.today) {
                Some(Problem::TooYoung) => problems.push(RowProblem::TooYoung),
                Some(Problem::TooOld) => problems.push(RowProblem::TooOld),
                _ => birth_year = Some(y),
            }
        }

        // A row may leave the start empty when it has a referral date: it is waiting.
        let waiting = cell(Column::Start).is_blank() && !cell(Column::ReferredOn).is_blank();
        let date = |column: Column, problems: &mut Vec<RowProblem>| {
            if cell(column).is_blank() {
                if column == Column::Start && !waiting {
                    problems.push(RowProblem::MissingStart);
                }
                return None;
            }
            if !clean(column) {
                return None;
            }
            let date = parse_date(cell(column), self.dates);
            match date {
                None => problems.push(RowProblem::InvalidDate(column)),
                Some(d) if !d.in_range() => problems.push(RowProblem::DateOutOfRange(column)),
                Some(d) if self.today.days_until(d) > MAX_DAYS_AHEAD => {
                    problems.push(RowProblem::TooFarAhead(column))
                }
                Some(_) => {}
            }
            date
        };
        let start = date(Column::Start, &mut problems);
        let end = date(Column::End, &mut problems);
        let referred_on = date(Column::ReferredOn, &mut problems);
        let planned_end = date(Column::PlannedEnd, &mut problems);
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                problems.push(RowProblem::EndBeforeStart);
            }
        }
        if referred_on.zip(start).is_some_and(|(r, s)| r > s) {
            problems.push(RowProblem::ReferralAfterStart);
        }
        if planned_end.zip(start).is_some_and(|(p, s)| p < s) {
            problems.push(RowProblem::PlannedEndBeforeStart);
        }
        if waiting && !cell(Column::End).is_blank() {
            problems.push(RowProblem::MissingStart);
        }
        let situation = |columns: [Column; 3], problems: &mut Vec<RowProblem>| {
            let [income, occupation, extent] = columns;
            let mut s = Situation::default();
            match choices::income(&text(income)) {
                Choice::Known(i) => s.income = Some(i),
                Choice::NotInList if clean(income) => problems.push(RowProblem::NotInList(income)),
                _ => {}
            }
            match choices::occupation(&text(occupation)) {
                Choice::Known(o) => s.occupation = Some(o),
                Choice::NotInList if clean(occupation) => {
                    problems.push(RowProblem::NotInList(occupation))
                }
                _ => {}
            }
            let extent_text = text(extent);
            if !extent_text.is_empty() && clean(extent) {
                let number = extent_text.trim_end_matches('%').trim();
                match number.parse::<u8>() {
                    Ok(x) if x <= 100 => s.extent = Some(x),
                    _ => problems.push(RowProblem::InvalidExtent(extent)),
                }
            }
            s
        };
        let at_start = situation(
            [
                Column::IncomeAtStart,
                Column::OccupationAtStart,
                Column::ExtentAtStart,
            ],
            &mut problems,
        );
        let at_end = situation(
            [
                Column::IncomeAtEnd,
                Column::OccupationAtEnd,
                Column::ExtentAtEnd,
            ],
            &mut problems,
        );
        if !at_end.is_empty() && cell(Column::End).is_blank() {
            problems.push(RowProblem::SituationWithoutEnd(Column::IncomeAtEnd));
        }

        let label = |column: Column| Some(text(column)).filter(|t| !t.is_empty() && clean(column));
        let referral = label(Column::Referral).map(|n| label_name(&self.referrals, &n));
        let outcome = label(Column::Outcome).map(|n| label_name(&self.outcomes, &n));
        let sub_unit = label(Column::Group).map(|n| label_name(&self.sub_units, &n));
        if outcome.is_some() && cell(Column::End).is_blank() {
            problems.push(RowProblem::OutcomeWithoutEnd);
        }

        let outcome = match (start, referred_on) {
            (Some(_), _) | (None, Some(_)) if problems.is_empty() => Ok(ImportedParticipant {
                code: code.clone(),
                gender,
                birth_year,
                birth_year_approximate,
                referred_on,
                start,
                planned_end,
                end,
                at_start,
                at_end,
                referral,
                outcome,
                sub_unit,
            }),
            _ => {
                if problems.is_empty() {
                    problems.push(RowProblem::MissingStart);
                }
                Err(problems)
            }
        };
        ImportRow {
            line: row.line,
            code: shown_code,
            outcome,
        }
    }
}
