//! Importing a participant list from `.csv` or `.xlsx`: first a preview, then the import.
//!
//! [`preview`] reads a file a coach picked and checks every row, without changing anything:
//! which rows can be imported, which have problems (and what), and which referral sources,
//! outcomes and sub-units are new to the project. [`apply`] then turns the good rows into
//! participants and adds the new labels to the project. Rows with problems are never imported;
//! existing participants are never overwritten.
//!
//! The documented header is `kod;kön;födelseår;startdatum;slutdatum;remittent;avslutsorsak;grupp`
//! (any order, any case, English names accepted; see [`Column`]), but a coach's own sheet comes
//! in as it is: [`inspect`] lists its columns with a guess for each, the coach may assign any
//! column to any field ([`ReadOptions`]), and columns of personal identity numbers or names are
//! left out unread ([`mapping`]). Texts for everything here are in [`crate::i18n::import`] and
//! [`crate::i18n::import_mapping`].

mod choices;
mod columns;
mod dates;
mod guard;
pub mod mapping;
pub use guard::{MAX_CELLS, MAX_UNPACKED};
mod read;
mod rows;

pub use columns::Column;
pub use dates::{parse_date, DateOrder, DateRules};
pub use mapping::{inspect, FileColumn, GenderDigits, Inspected, ReadOptions, Withheld};
pub use read::{read, RawCell, RawTable};
pub use rows::{parse_gender, read_gender};

use crate::domain::journey_forms::planned_end_for;
use crate::domain::key::ByName;
use crate::domain::{
    Date, Discharge, Gender, Id, Label, OutcomeLabel, Participant, Project, SubUnit, Timestamp,
};
use columns::Header;
use rows::RowContext;

/// How the file was read, shown in the preview so a coach can tell if å, ä, ö went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum SourceEncoding {
    Utf8,
    Utf8Bom,
    Windows1252,
    Xlsx,
}

/// A whole-file problem: nothing can be imported from the file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file has a header row but no participants")]
    HeaderOnly,
    #[error("unsupported file type {extension:?}")]
    UnsupportedFormat {
        /// The file name's extension in lower case, without the dot; empty if there is none.
        extension: String,
    },
    #[error("unsupported text encoding (UTF-16)")]
    UnsupportedEncoding,
    #[error("the Excel file cannot be read: {0}")]
    CorruptXlsx(String),
    #[error("the CSV file cannot be read: {0}")]
    UnreadableCsv(String),
    #[error("required columns missing: {0:?}")]
    MissingColumns(Vec<Column>),
    #[error("column {0:?} appears twice")]
    DuplicateColumn(Column),
    #[error("the first row looks like data with a personnummer, not a header")]
    PersonnummerInHeader,
    #[error("the first row looks like data, not a header")]
    NoHeader,
    /// Larger than [`MAX_BYTES`], or a workbook whose sheets span more cells or unpack to more
    /// bytes than Stegvis reads (see [`guard`]).
    #[error("the file is larger than Stegvis reads")]
    TooLarge,
}

/// The largest participant list read, checked before the file is read into memory (a list of
/// 100,000 participants is about 10 MB as CSV, 4 MB as `.xlsx`).
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// What is wrong with one row. The row is not imported.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RowProblem {
    /// A cell looks like a personnummer. `header` is the column's header as written in the file
    /// (empty for a cell beyond the header). The number itself is never kept.
    LooksLikePersonnummer {
        header: String,
    },
    MissingCode,
    CodeTooLong,
    /// The project already has a participant with this code; the import does not overwrite.
    CodeExists,
    /// The code was already used on an earlier line of the file.
    CodeRepeated {
        first_line: usize,
    },
    UnknownGender,
    /// Gender written 1 or 2, and the coach has not said which is which.
    GenderDigitsUnanswered,
    /// Not a whole number.
    InvalidBirthYear,
    /// An age that is not a whole number from 0 to 150.
    InvalidAge,
    TooYoung,
    TooOld,
    MissingStart,
    /// Not a date (`YYYY-MM-DD` or an Excel date): start or end.
    InvalidDate(Column),
    /// More than `validate::MAX_DAYS_AHEAD` days after today: start or end.
    TooFarAhead(Column),
    /// Before 1900 or after 2100: start or end.
    DateOutOfRange(Column),
    EndBeforeStart,
    /// An outcome is given but no end date.
    OutcomeWithoutEnd,
    /// The referral date is after the start.
    ReferralAfterStart,
    /// The planned end is before the start.
    PlannedEndBeforeStart,
    /// An income source or occupation that is not in the list.
    NotInList(Column),
    /// An extent that is not a whole number from 0 to 100.
    InvalidExtent(Column),
    /// A situation at the end without an end date.
    SituationWithoutEnd(Column),
}

impl RowProblem {
    /// The column the problem concerns, if it is one of the columns the import reads.
    pub fn column(&self) -> Option<Column> {
        match self {
            RowProblem::LooksLikePersonnummer { header } => Column::from_header(header),
            RowProblem::MissingCode
            | RowProblem::CodeTooLong
            | RowProblem::CodeExists
            | RowProblem::CodeRepeated { .. } => Some(Column::Code),
            RowProblem::UnknownGender | RowProblem::GenderDigitsUnanswered => Some(Column::Gender),
            RowProblem::InvalidAge => Some(Column::Age),
            RowProblem::InvalidBirthYear | RowProblem::TooYoung | RowProblem::TooOld => {
                Some(Column::BirthYear)
            }
            RowProblem::MissingStart => Some(Column::Start),
            RowProblem::InvalidDate(c)
            | RowProblem::TooFarAhead(c)
            | RowProblem::DateOutOfRange(c) => Some(*c),
            RowProblem::EndBeforeStart => Some(Column::End),
            RowProblem::OutcomeWithoutEnd => Some(Column::Outcome),
            RowProblem::ReferralAfterStart => Some(Column::ReferredOn),
            RowProblem::PlannedEndBeforeStart => Some(Column::PlannedEnd),
            RowProblem::NotInList(c)
            | RowProblem::InvalidExtent(c)
            | RowProblem::SituationWithoutEnd(c) => Some(*c),
        }
    }
}

/// The values of a row that can be imported. Labels are names: the project's spelling when the
/// name matched a label, else the file's (then the label is new).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedParticipant {
    pub code: String,
    pub gender: Gender,
    pub birth_year: Option<i32>,
    /// The birth year was worked out from an age at the start.
    pub birth_year_approximate: bool,
    pub referred_on: Option<Date>,
    /// `None`: waiting to start (the referral date is then known).
    pub start: Option<Date>,
    pub planned_end: Option<Date>,
    /// `None`: still active.
    pub end: Option<Date>,
    pub at_start: crate::domain::journey::Situation,
    pub at_end: crate::domain::journey::Situation,
    pub referral: Option<String>,
    /// Only with an end date. An end date without an outcome is allowed (a hole the reports show).
    pub outcome: Option<String>,
    pub sub_unit: Option<String>,
}

/// One non-empty data row of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportRow {
    /// 1-based line (CSV) or row (xlsx) number in the file; the header is 1.
    pub line: usize,
    /// The code as written, trimmed; empty if missing or if it looked like a personnummer.
    pub code: String,
    pub outcome: Result<ImportedParticipant, Vec<RowProblem>>,
}

/// What an import would do, for the coach to check before anything changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    pub encoding: SourceEncoding,
    /// `None` for xlsx.
    pub separator: Option<char>,
    /// Headers of columns that are not read, as written (the withheld ones apart).
    pub ignored_columns: Vec<String>,
    /// Columns left out whatever the mapping, with why.
    pub withheld: Vec<(String, Withheld)>,
    /// A file named `.xlsx` that was read as the CSV text it is.
    pub misnamed: bool,
    /// Every non-empty data row, in file order.
    pub rows: Vec<ImportRow>,
    /// Names new to the project, in first-seen order, from rows that can be imported.
    pub new_referrals: Vec<String>,
    pub new_outcomes: Vec<String>,
    pub new_sub_units: Vec<String>,
}

impl ImportPreview {
    /// Rows that will be imported.
    pub fn ok_count(&self) -> usize {
        self.rows.iter().filter(|r| r.outcome.is_ok()).count()
    }

    /// Rows that will not be imported because of problems.
    pub fn problem_count(&self) -> usize {
        self.rows.len() - self.ok_count()
    }

    /// The values of the rows that will be imported, in file order.
    pub fn ok_rows(&self) -> impl Iterator<Item = &ImportedParticipant> {
        self.rows.iter().filter_map(|r| r.outcome.as_ref().ok())
    }
}

/// Whether a new outcome counts as progression: names starting with "arbete", "studier" or
/// "annan sysselsättning" (or "work", "studies", "other occupation", but not "work practice" or
/// "work training"). A guess the coach can change in the project's lists.
pub fn guess_progression(name: &str) -> bool {
    let name = name.trim().to_lowercase();
    let not = ["work practice", "work training", "work experience"];
    [
        "arbete",
        "studier",
        "annan sysselsättning",
        "work",
        "studies",
        "other occupation",
    ]
    .iter()
    .any(|p| name.starts_with(p))
        && !not.iter().any(|p| name.starts_with(p))
}

/// The names that match none of `known` (ignoring case), each once, in first-seen order. Linear
/// in the names: each is looked up by its key.
fn new_names<'r, 'p>(
    names: impl Iterator<Item = Option<&'r str>>,
    known: impl Iterator<Item = &'p str>,
) -> Vec<String> {
    let mut seen: ByName<()> = known.map(|k| (k, ())).collect();
    names
        .flatten()
        .filter(|name| seen.insert(name, ()))
        .map(str::to_owned)
        .collect()
}

/// Reads and checks a participant list with Stegvis' guess of its columns. Changes nothing.
/// `existing_codes` are the codes of the project's participants; `today` bounds dates and
/// birth years.
pub fn preview(
    bytes: &[u8],
    file_name: &str,
    project: &Project,
    existing_codes: &[&str],
    today: Date,
) -> Result<ImportPreview, ImportError> {
    let inspected = inspect(read(bytes, file_name)?)?;
    let options = ReadOptions::guessed(&inspected.columns);
    preview_table(&inspected, &options, project, existing_codes, today)
}

/// [`preview`] of a file that was already read and inspected (in the browser the file worker
/// reads it: see [`super::jobs`]), with the coach's options.
pub fn preview_table(
    inspected: &Inspected,
    options: &ReadOptions,
    project: &Project,
    existing_codes: &[&str],
    today: Date,
) -> Result<ImportPreview, ImportError> {
    let table = &inspected.table;
    let (_, data) = table.rows.split_first().ok_or(ImportError::Empty)?;
    let headers: Vec<String> = inspected.columns.iter().map(|c| c.header.clone()).collect();
    let mapping = options.effective_mapping(&inspected.columns);
    let header = Header::from_mapping(&headers, &mapping)?;
    if data.is_empty() {
        return Err(ImportError::HeaderOnly);
    }
    let rules = DateRules {
        order: options.date_order,
        date1904: table.date1904,
    };
    let mut context = RowContext::new(
        &header,
        project,
        existing_codes,
        today,
        rules,
        options.gender_digits,
    );
    let rows: Vec<ImportRow> = data.iter().map(|row| context.check(row)).collect();
    let ok: Vec<&ImportedParticipant> = rows
        .iter()
        .filter_map(|r| r.outcome.as_ref().ok())
        .collect();
    let new_referrals = new_names(
        ok.iter().map(|p| p.referral.as_deref()),
        project.referral_sources.iter().map(|l| l.name.as_str()),
    );
    let new_outcomes = new_names(
        ok.iter().map(|p| p.outcome.as_deref()),
        project.outcomes.iter().map(|l| l.name.as_str()),
    );
    let new_sub_units = new_names(
        ok.iter().map(|p| p.sub_unit.as_deref()),
        project.sub_units.iter().map(|l| l.name.as_str()),
    );
    let withheld: Vec<(String, Withheld)> = (inspected.columns.iter())
        .filter_map(|c| c.withheld.map(|w| (c.header.clone(), w)))
        .collect();
    // Columns nobody assigned, by position: a withheld column is listed apart, as withheld.
    let ignored_columns = (inspected.columns.iter().zip(&mapping))
        .filter(|(c, field)| field.is_none() && c.withheld.is_none() && !c.header.is_empty())
        .map(|(c, _)| c.header.clone())
        .collect();
    Ok(ImportPreview {
        encoding: table.encoding,
        separator: table.separator,
        ignored_columns,
        withheld,
        misnamed: table.misnamed,
        rows,
        new_referrals,
        new_outcomes,
        new_sub_units,
    })
}

/// The ids of labels by name, preferring for each name the first label that is not retired.
fn ids_by_name<'a>(labels: impl Iterator<Item = (Id, &'a str, bool)>) -> ByName<Id> {
    let labels: Vec<(Id, &str, bool)> = labels.collect();
    let active = labels.iter().filter(|(_, _, retired)| !retired);
    let retired = labels.iter().filter(|(_, _, retired)| *retired);
    active
        .chain(retired)
        .map(|(id, name, _)| (*name, *id))
        .collect()
}

/// The project with the new labels added (random ids, at the end of each list, not retired),
/// and one new participant per row without problems: random id, the mapping phase from the
/// start date, a discharge when an end date is given. Rows with problems are not imported.
/// `updated_at` of the new participants, and of the project if labels were added, is `now`.
pub fn apply(
    preview: &ImportPreview,
    project: &Project,
    now: Timestamp,
) -> (Project, Vec<Participant>) {
    let mut project = project.clone();
    let mut added = false;
    let mut referral_names: ByName<()> = (project.referral_sources.iter())
        .map(|l| (l.name.as_str(), ()))
        .collect();
    for name in &preview.new_referrals {
        if referral_names.insert(name, ()) {
            added = true;
            project.referral_sources.push(Label {
                id: Id::random(),
                name: name.trim().to_owned(),
                retired: false,
            });
        }
    }
    let mut outcome_names: ByName<()> = (project.outcomes.iter())
        .map(|l| (l.name.as_str(), ()))
        .collect();
    for name in &preview.new_outcomes {
        if outcome_names.insert(name, ()) {
            added = true;
            project.outcomes.push(OutcomeLabel {
                id: Id::random(),
                name: name.trim().to_owned(),
                progression: guess_progression(name),
                retired: false,
            });
        }
    }
    let mut sub_unit_names: ByName<()> = (project.sub_units.iter())
        .map(|l| (l.name.as_str(), ()))
        .collect();
    for name in &preview.new_sub_units {
        if sub_unit_names.insert(name, ()) {
            added = true;
            project.sub_units.push(SubUnit {
                id: Id::random(),
                name: name.trim().to_owned(),
                volume_target: None,
                retired: false,
            });
        }
    }
    if added {
        project.updated_at = now;
    }

    let referrals =
        ids_by_name((project.referral_sources.iter()).map(|l| (l.id, l.name.as_str(), l.retired)));
    let outcomes =
        ids_by_name((project.outcomes.iter()).map(|l| (l.id, l.name.as_str(), l.retired)));
    let sub_units =
        ids_by_name((project.sub_units.iter()).map(|l| (l.id, l.name.as_str(), l.retired)));
    let find = |index: &ByName<Id>, name: Option<&str>| name.and_then(|n| index.get(n)).copied();
    let participants = preview
        .ok_rows()
        .map(|p| {
            let code = p.code.clone();
            let mut participant = Participant {
                gender: p.gender,
                birth_year: p.birth_year,
                birth_year_approximate: p.birth_year_approximate,
                referral: find(&referrals, p.referral.as_deref()),
                sub_unit: find(&sub_units, p.sub_unit.as_deref()),
                discharge: p.end.map(|end| Discharge {
                    end,
                    outcome: find(&outcomes, p.outcome.as_deref()),
                }),
                planned_end: p.planned_end,
                at_start: p.at_start,
                at_end: p.at_end,
                ..Participant::registered(
                    Id::random(),
                    project.id,
                    code,
                    p.referred_on,
                    p.start,
                    now,
                )
            };
            if participant.planned_end.is_none() {
                participant.planned_end = planned_end_for(&participant, &project);
            }
            participant
        })
        .collect();
    (project, participants)
}
