//! The header row of a participant list: which column holds what.
//!
//! Column names are matched ignoring case, surrounding spaces, and `_`/`-` versus a space, in
//! Swedish or English. Unknown columns are ignored (and reported); `kod` and `startdatum` are
//! required.

use super::ImportError;
use crate::domain::personnummer;

/// A column the import reads.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Column {
    /// `kod` / `code`
    Code,
    /// `kön` / `gender`, `sex`
    Gender,
    /// `födelseår` / `birth_year`, `birth year`
    BirthYear,
    /// `startdatum` / `start_date`, `start date`
    Start,
    /// `slutdatum` / `end_date`, `end date`
    End,
    /// `remittent` / `referral`
    Referral,
    /// `avslutsorsak` / `outcome`
    Outcome,
    /// `grupp` / `group` (a sub-unit, *delinsats*)
    Group,
    /// `anvisningsdatum` / `referral date`
    ReferredOn,
    /// `planerat slut` / `planned end`
    PlannedEnd,
    /// `försörjning vid start` / `income at start`
    IncomeAtStart,
    /// `försörjning vid avslut` / `income at end`
    IncomeAtEnd,
    /// `sysselsättning vid start` / `occupation at start`
    OccupationAtStart,
    /// `sysselsättning vid avslut` / `occupation at end`
    OccupationAtEnd,
    /// `omfattning vid start` / `extent at start` (percent of full time)
    ExtentAtStart,
    /// `omfattning vid avslut` / `extent at end`
    ExtentAtEnd,
}

impl Column {
    /// Every column, in the order of the documented header.
    pub const ALL: [Column; 16] = [
        Column::Code,
        Column::Gender,
        Column::BirthYear,
        Column::Start,
        Column::End,
        Column::Referral,
        Column::Outcome,
        Column::Group,
        Column::ReferredOn,
        Column::PlannedEnd,
        Column::IncomeAtStart,
        Column::IncomeAtEnd,
        Column::OccupationAtStart,
        Column::OccupationAtEnd,
        Column::ExtentAtStart,
        Column::ExtentAtEnd,
    ];

    /// Columns a file must have.
    pub const REQUIRED: [Column; 2] = [Column::Code, Column::Start];

    /// The names accepted in a header, already normalised (see [`normalise`]).
    fn names(self) -> &'static [&'static str] {
        match self {
            Column::Code => &["kod", "code", "deltagarkod"],
            Column::Gender => &["kön", "kon", "gender", "sex"],
            Column::BirthYear => &["födelseår", "fodelsear", "birth year", "birthyear"],
            Column::Start => &["startdatum", "start date", "start", "startdate"],
            Column::End => &["slutdatum", "end date", "end", "slut", "enddate"],
            Column::Referral => &["remittent", "referral", "referral source"],
            Column::Outcome => &["avslutsorsak", "outcome"],
            Column::Group => &["grupp", "group", "delinsats", "sub unit"],
            Column::ReferredOn => &["anvisningsdatum", "anvisad", "referral date", "referred"],
            Column::PlannedEnd => &["planerat slut", "planerat slutdatum", "planned end"],
            Column::IncomeAtStart => &["försörjning vid start", "income at start"],
            Column::IncomeAtEnd => &[
                "försörjning vid avslut",
                "försörjning vid slut",
                "income at end",
            ],
            Column::OccupationAtStart => &["sysselsättning vid start", "occupation at start"],
            Column::OccupationAtEnd => &[
                "sysselsättning vid avslut",
                "sysselsättning vid slut",
                "occupation at end",
            ],
            Column::ExtentAtStart => &["omfattning vid start", "extent at start"],
            Column::ExtentAtEnd => &[
                "omfattning vid avslut",
                "omfattning vid slut",
                "extent at end",
            ],
        }
    }

    /// The column a header cell names, if any.
    pub fn from_header(text: &str) -> Option<Column> {
        let key = normalise(text);
        Column::ALL
            .into_iter()
            .find(|c| c.names().contains(&key.as_str()))
    }
}

/// Lower case, trimmed, with `_` and `-` read as spaces and runs of spaces collapsed.
fn normalise(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where each known column is in the file, and the headers of every column as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// Position (0-based) of each column in [`Column::ALL`] order.
    positions: [Option<usize>; Column::ALL.len()],
    /// Every header cell as written, trimmed.
    pub names: Vec<String>,
    /// Headers of the columns that are not read, in file order.
    pub ignored: Vec<String>,
}

impl Header {
    /// Reads the header row. Refuses a header that names a column twice, lacks a required
    /// column, or holds something that looks like a personnummer (then it is data, not a header).
    pub fn parse(cells: &[String]) -> Result<Header, ImportError> {
        let mut positions = [None; Column::ALL.len()];
        let mut ignored = Vec::new();
        let names: Vec<String> = cells.iter().map(|c| c.trim().to_owned()).collect();
        if names.iter().any(|n| personnummer::contains(n)) {
            return Err(ImportError::PersonnummerInHeader);
        }
        for (i, name) in names.iter().enumerate() {
            match Column::from_header(name) {
                Some(column) => {
                    let slot = &mut positions[column as usize];
                    if slot.is_some() {
                        return Err(ImportError::DuplicateColumn(column));
                    }
                    *slot = Some(i);
                }
                None if name.is_empty() => {}
                None => ignored.push(name.clone()),
            }
        }
        let missing: Vec<Column> = Column::REQUIRED
            .into_iter()
            .filter(|c| positions[*c as usize].is_none())
            .collect();
        if !missing.is_empty() {
            return Err(ImportError::MissingColumns(missing));
        }
        Ok(Header {
            positions,
            names,
            ignored,
        })
    }

    /// Position of a column in the file, if the file has it.
    pub fn position(&self, column: Column) -> Option<usize> {
        self.positions[column as usize]
    }

    /// The column read from position `i`, if any.
    pub fn column_at(&self, i: usize) -> Option<Column> {
        Column::ALL
            .into_iter()
            .find(|c| self.positions[*c as usize] == Some(i))
    }

    /// The header of position `i` as written (empty for cells beyond the header).
    pub fn name_at(&self, i: usize) -> &str {
        self.names.get(i).map(String::as_str).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_names_match_in_either_language_and_any_case() {
        assert_eq!(Column::from_header(" KÖN "), Some(Column::Gender));
        assert_eq!(Column::from_header("Birth_Year"), Some(Column::BirthYear));
        assert_eq!(Column::from_header("birth year"), Some(Column::BirthYear));
        assert_eq!(Column::from_header("Start-Date"), Some(Column::Start));
        assert_eq!(Column::from_header("Sex"), Some(Column::Gender));
        assert_eq!(Column::from_header("anteckning"), None);
    }

    #[test]
    fn a_column_named_twice_is_refused() {
        let cells: Vec<String> = ["kod", "startdatum", "kön", "gender"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            Header::parse(&cells),
            Err(ImportError::DuplicateColumn(Column::Gender))
        );
    }
}
