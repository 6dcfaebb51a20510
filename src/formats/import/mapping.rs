//! Which column of a file is which field: Stegvis' guess, and the coach's choice.
//!
//! [`inspect`] lists every column of a file with its header, a few values and a guess. It also
//! withholds the columns that must never come in: personal identity numbers, and names. Their
//! cells are blanked in the table at once, so nothing later can read or keep them, and the
//! preview names them and says why. [`ReadOptions`] hold what the coach decided (the mapping,
//! the order of day and month, what 1 and 2 mean for gender); the page remembers them per
//! project for the next file with the same headers ([`signature`]).

use super::columns::{normalise, Column};
use super::dates::{slash_readings, DateOrder, DateRules};
use super::read::{RawCell, RawTable};
use super::ImportError;
use crate::domain::personnummer;
use serde::{Deserialize, Serialize};

/// Why a column is left out whatever the coach chooses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Withheld {
    /// Its header says personnummer, or its values are personal identity numbers.
    Personnummer,
    /// Its header says names (*namn*, *förnamn*, *efternamn*).
    Names,
}

/// What 1 and 2 mean in a gender column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GenderDigits {
    /// 1 = man, 2 = kvinna: the order of Statistics Sweden and the personnummer.
    OneIsMan,
    /// 1 = kvinna, 2 = man.
    OneIsWoman,
}

/// The guess for one column from its header alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guess {
    pub column: Option<Column>,
    pub withheld: Option<Withheld>,
}

/// Header words that say a column holds personal identity numbers (normalised).
const PERSONNUMMER_HEADERS: [&str; 7] = [
    "personnummer",
    "personnr",
    "pnr",
    "samordningsnummer",
    "personal identity number",
    "social security number",
    "ssn",
];

/// Words of a header that say the column holds names (each a whole word of the header).
const NAME_WORDS: [&str; 10] = [
    "namn",
    "förnamn",
    "fornamn",
    "efternamn",
    "tilltalsnamn",
    "name",
    "names",
    "surname",
    "firstname",
    "lastname",
];

fn withheld_by_header(header: &str) -> Option<Withheld> {
    let key = normalise(header);
    if PERSONNUMMER_HEADERS.contains(&key.as_str()) {
        return Some(Withheld::Personnummer);
    }
    key.split(' ')
        .any(|word| NAME_WORDS.contains(&word))
        .then_some(Withheld::Names)
}

/// The guess for every header: a column named by a known word, unless an earlier column
/// already took that field; names and personnummer headers withheld.
pub fn guess(headers: &[String]) -> Vec<Guess> {
    let mut taken = Vec::new();
    headers
        .iter()
        .map(|header| {
            let withheld = withheld_by_header(header);
            let column =
                Column::from_header(header).filter(|c| withheld.is_none() && !taken.contains(c));
            taken.extend(column);
            Guess { column, withheld }
        })
        .collect()
}

/// One column of a file, as the preview lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct FileColumn {
    /// The header as written, trimmed.
    pub header: String,
    /// Up to [`SAMPLES`] values from the first data rows (none if withheld).
    pub samples: Vec<RawCell>,
    pub guess: Option<Column>,
    pub withheld: Option<Withheld>,
}

/// How many values of each column the preview shows.
pub const SAMPLES: usize = 3;

/// A file read for the preview: its table with withheld columns blanked, and its columns.
#[derive(Clone, Debug, PartialEq)]
pub struct Inspected {
    pub table: RawTable,
    pub columns: Vec<FileColumn>,
}

/// Lists the columns of a file and withholds what must not come in. A column is withheld as
/// personnummer when its header says so, or when personal identity numbers are in more than
/// half of its values, or in any value of a column Stegvis would not read. Refuses a file
/// without a header row.
pub fn inspect(mut table: RawTable) -> Result<Inspected, ImportError> {
    let Some(header_row) = table.rows.first() else {
        return Err(ImportError::Empty);
    };
    let headers: Vec<String> = header_row.cells.iter().map(RawCell::text).collect();
    if headers.iter().any(|h| personnummer::contains(h)) {
        return Err(ImportError::PersonnummerInHeader);
    }
    let guesses = guess(&headers);
    if guesses.iter().all(|g| g.column.is_none()) && headers.iter().any(|h| looks_like_data(h)) {
        return Err(ImportError::NoHeader);
    }
    let data = &mut table.rows[1..];
    let mut columns = Vec::with_capacity(headers.len());
    for (i, (header, guess)) in headers.into_iter().zip(guesses).enumerate() {
        let values = || {
            data.iter()
                .filter_map(|r| r.cells.get(i))
                .filter(|c| !c.is_blank())
        };
        let withheld = guess.withheld.or_else(|| {
            let (filled, numbers) = values().fold((0usize, 0usize), |(f, n), c| {
                (f + 1, n + usize::from(personnummer::contains(&c.text())))
            });
            (numbers > 0 && (guess.column.is_none() || numbers * 2 > filled))
                .then_some(Withheld::Personnummer)
        });
        let samples = if withheld.is_some() {
            for row in data.iter_mut() {
                if let Some(cell) = row.cells.get_mut(i) {
                    *cell = RawCell::Text(String::new());
                }
            }
            Vec::new()
        } else {
            values().take(SAMPLES).cloned().collect()
        };
        columns.push(FileColumn {
            header,
            samples,
            guess: guess.column.filter(|_| withheld.is_none()),
            withheld,
        });
    }
    Ok(Inspected { table, columns })
}

/// A header cell that is a date or a number: the first row is data.
fn looks_like_data(header: &str) -> bool {
    let rules = DateRules::default();
    !header.is_empty()
        && (super::dates::parse_date(&RawCell::Text(header.to_owned()), rules).is_some()
            || header.parse::<f64>().is_ok())
}

/// The headers of a file as one key: the same headers (ignoring case and spacing), the same key.
pub fn signature(columns: &[FileColumn]) -> String {
    columns
        .iter()
        .map(|c| normalise(&c.header))
        .collect::<Vec<_>>()
        .join("\u{1f}")
}

/// What the coach decided about a file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadOptions {
    /// The field of each column, in file order; `None`: not read.
    pub mapping: Vec<Option<Column>>,
    #[serde(default)]
    pub date_order: DateOrder,
    /// `None` until the coach says (only asked when the gender column holds 1 or 2).
    #[serde(default)]
    pub gender_digits: Option<GenderDigits>,
}

impl ReadOptions {
    /// The guesses, day first, and no answer about 1 and 2.
    pub fn guessed(columns: &[FileColumn]) -> ReadOptions {
        ReadOptions {
            mapping: columns.iter().map(|c| c.guess).collect(),
            ..ReadOptions::default()
        }
    }

    /// The options to start a file's preview from: those remembered for its headers if they
    /// fit, else the guesses with the order of day and month that reads its dates. Whether
    /// they were remembered.
    pub fn starting(inspected: &Inspected, saved: Option<ReadOptions>) -> (ReadOptions, bool) {
        if let Some(saved) = saved.filter(|s| s.fits(&inspected.columns)) {
            return (saved, true);
        }
        let mut options = ReadOptions::guessed(&inspected.columns);
        options.date_order = questions(inspected, &options).suggested_order();
        (options, false)
    }

    /// The field of column `i`: never one of a withheld column.
    pub fn field(&self, columns: &[FileColumn], i: usize) -> Option<Column> {
        let withheld = columns.get(i).is_some_and(|c| c.withheld.is_some());
        self.mapping.get(i).copied().flatten().filter(|_| !withheld)
    }

    /// The mapping with withheld columns left out, as long as the file's columns.
    pub fn effective_mapping(&self, columns: &[FileColumn]) -> Vec<Option<Column>> {
        (0..columns.len()).map(|i| self.field(columns, i)).collect()
    }

    /// Options saved for another file apply if they have one field or none per column.
    pub fn fits(&self, columns: &[FileColumn]) -> bool {
        self.mapping.len() == columns.len()
    }
}

/// What the preview must ask about a file, given the mapping.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Questions {
    /// Some date column holds dates written with slashes: `(reads day first, reads month
    /// first)`, each true if every such date reads that way.
    pub date_order: Option<(bool, bool)>,
    /// The gender column holds 1 or 2.
    pub gender_digits: bool,
}

impl Questions {
    /// The order to choose before the coach says: day first, unless only month first reads.
    pub fn suggested_order(&self) -> DateOrder {
        match self.date_order {
            Some((false, true)) => DateOrder::MonthFirst,
            _ => DateOrder::DayFirst,
        }
    }
}

/// What to ask about `table` when it is read with `mapping`.
pub fn questions(inspected: &Inspected, options: &ReadOptions) -> Questions {
    let mapping = options.effective_mapping(&inspected.columns);
    let positions = |wanted: fn(Column) -> bool| -> Vec<usize> {
        (mapping.iter().enumerate())
            .filter(|(_, c)| c.is_some_and(wanted))
            .map(|(i, _)| i)
            .collect()
    };
    let dates = positions(Column::is_date);
    let genders = positions(|c| c == Column::Gender);
    let mut result = Questions::default();
    for row in inspected.table.rows.iter().skip(1) {
        for cell in dates.iter().filter_map(|i| row.cells.get(*i)) {
            if let Some((day, month)) = slash_readings(cell) {
                let (d, m) = result.date_order.unwrap_or((true, true));
                result.date_order = Some((d && day, m && month));
            }
        }
        result.gender_digits |= (genders.iter().filter_map(|i| row.cells.get(*i)))
            .any(|c| matches!(c.text().as_str(), "1" | "2"));
    }
    result
}

#[cfg(test)]
mod tests {
    use super::super::read::RawRow;
    use super::*;
    use crate::formats::import::SourceEncoding;

    fn table(rows: &[&[&str]]) -> RawTable {
        RawTable {
            encoding: SourceEncoding::Utf8,
            separator: Some(';'),
            rows: (rows.iter().enumerate())
                .map(|(i, cells)| RawRow {
                    line: i + 1,
                    cells: cells.iter().map(|c| RawCell::Text(c.to_string())).collect(),
                })
                .collect(),
            misnamed: false,
            date1904: false,
        }
    }

    #[test]
    fn the_coaches_sheet_is_guessed_whole() {
        let sheet = table(&[
            &[
                "Deltagare",
                "Kön",
                "Ålder",
                "Inskrivningsdatum",
                "Utskrivningsdatum",
                "Remitterande myndighet",
                "Orsak till avslut",
            ],
            &["A1", "K", "34", "2021-03-01", "", "AF", ""],
        ]);
        let inspected = inspect(sheet).unwrap();
        let guesses: Vec<_> = inspected.columns.iter().map(|c| c.guess).collect();
        assert_eq!(
            guesses,
            [
                Column::Code,
                Column::Gender,
                Column::Age,
                Column::Start,
                Column::End,
                Column::Referral,
                Column::Outcome
            ]
            .map(Some)
        );
    }

    #[test]
    fn personnummer_and_name_columns_are_withheld_and_blanked() {
        let sheet = table(&[
            &[
                "kod",
                "startdatum",
                "personnummer",
                "Förnamn",
                "anteckning",
                "id-nr",
            ],
            &[
                "A1",
                "2024-01-01",
                "19850101-1234",
                "Kim",
                "ringer 19850101-1234",
                "19850101-1234",
            ],
            &["A2", "2024-01-02", "", "Alex", "", "19900202-2345"],
        ]);
        let inspected = inspect(sheet).unwrap();
        let withheld: Vec<_> = inspected.columns.iter().map(|c| c.withheld).collect();
        let p = Some(Withheld::Personnummer);
        assert_eq!(withheld, [None, None, p, Some(Withheld::Names), p, p]);
        for row in &inspected.table.rows[1..] {
            for cell in &row.cells[2..] {
                assert!(cell.is_blank(), "{cell:?} was kept");
            }
        }
        assert!(inspected.columns[2..]
            .iter()
            .all(|c| c.samples.is_empty() && c.guess.is_none()));
    }

    #[test]
    fn a_read_column_with_a_stray_personnummer_is_kept_for_the_row_check() {
        let sheet = table(&[
            &["kod", "startdatum"],
            &["19850101-1234", "2024-01-01"],
            &["A2", "2024-01-02"],
            &["A3", "2024-01-03"],
        ]);
        let inspected = inspect(sheet).unwrap();
        assert_eq!(inspected.columns[0].withheld, None);
    }

    #[test]
    fn a_first_row_of_data_is_no_header() {
        let sheet = table(&[&["A1", "2024-01-01", "K"], &["A2", "2024-01-02", "M"]]);
        assert_eq!(inspect(sheet), Err(ImportError::NoHeader));
        let words = table(&[&["Vem", "När"], &["A2", "2024-01-02"]]);
        assert!(
            inspect(words).is_ok(),
            "unknown words are a header the coach maps"
        );
    }

    #[test]
    fn questions_follow_the_mapped_columns() {
        let sheet = table(&[
            &["kod", "startdatum", "kön", "övrigt"],
            &["A1", "01/03/2021", "1", "30/09/2021"],
            &["A2", "02/04/2021", "2", ""],
        ]);
        let inspected = inspect(sheet).unwrap();
        let mut options = ReadOptions::guessed(&inspected.columns);
        let q = questions(&inspected, &options);
        assert_eq!(q.date_order, Some((true, true)));
        assert!(q.gender_digits);
        assert_eq!(q.suggested_order(), DateOrder::DayFirst);
        options.mapping[3] = Some(Column::End);
        let q = questions(&inspected, &options);
        assert_eq!(q.date_order, Some((true, false)));
        options.mapping[2] = None;
        assert!(!questions(&inspected, &options).gender_digits);
    }

    #[test]
    fn a_preview_starts_from_the_remembered_options_only_when_they_fit() {
        let sheet = table(&[&["kod", "startdatum"], &["A1", "09/30/2021"]]);
        let inspected = inspect(sheet).unwrap();
        let (guessed, remembered) = ReadOptions::starting(&inspected, None);
        assert!(!remembered);
        assert_eq!(
            guessed.mapping,
            vec![Some(Column::Code), Some(Column::Start)]
        );
        assert_eq!(
            guessed.date_order,
            DateOrder::MonthFirst,
            "the order that reads the dates"
        );
        let saved = ReadOptions {
            mapping: vec![Some(Column::Code), Some(Column::Start)],
            gender_digits: Some(GenderDigits::OneIsWoman),
            ..ReadOptions::default()
        };
        assert_eq!(
            ReadOptions::starting(&inspected, Some(saved.clone())),
            (saved, true)
        );
        let other_file = ReadOptions {
            mapping: vec![Some(Column::Code)],
            ..ReadOptions::default()
        };
        assert_eq!(
            ReadOptions::starting(&inspected, Some(other_file)),
            (guessed, false)
        );
    }

    #[test]
    fn the_same_headers_give_the_same_signature() {
        let a = inspect(table(&[&["Kod", "Start Datum"], &["A", "2024-01-01"]])).unwrap();
        let b = inspect(table(&[&[" kod", "start_datum"], &["B", "2024-02-01"]])).unwrap();
        let c = inspect(table(&[&["kod", "slutdatum"], &["B", "2024-02-01"]])).unwrap();
        assert_eq!(signature(&a.columns), signature(&b.columns));
        assert_ne!(signature(&a.columns), signature(&c.columns));
    }
}
