//! The header row of a participant list: which column holds what.
//!
//! Column names are matched ignoring case, surrounding spaces, and `_`/`-` versus a space, in
//! Swedish or English, including the words coaches' own sheets use (*deltagare*,
//! *inskrivningsdatum*, *orsak till avslut* …). The names are only a guess: the coach can assign
//! any column to any field in the preview (see [`super::mapping`]); the [`Header`] is built from
//! that choice. Columns nobody assigned are not read; `kod` and `startdatum` are required.

use super::ImportError;

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
    /// `ålder` / `age`: the age at the start, read as an approximate birth year.
    Age,
}

impl Column {
    /// Every column, in the order of the documented header.
    pub const ALL: [Column; 17] = [
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
        Column::Age,
    ];

    /// Columns a file must have.
    pub const REQUIRED: [Column; 2] = [Column::Code, Column::Start];

    /// The names accepted in a header, already normalised (see [`normalise`]).
    fn names(self) -> &'static [&'static str] {
        match self {
            Column::Code => &[
                "kod",
                "code",
                "deltagarkod",
                "deltagare",
                "deltagar id",
                "deltagarid",
                "deltagarnummer",
                "id",
                "participant",
                "participant id",
                "participant code",
            ],
            Column::Gender => &["kön", "kon", "gender", "sex"],
            Column::BirthYear => &[
                "födelseår",
                "fodelsear",
                "birth year",
                "birthyear",
                "year of birth",
            ],
            Column::Start => &[
                "startdatum",
                "start date",
                "start",
                "startdate",
                "inskrivningsdatum",
                "inskriven",
                "inskrivning",
                "datum för inskrivning",
                "enrolled",
                "enrolment date",
                "enrollment date",
            ],
            Column::End => &[
                "slutdatum",
                "end date",
                "end",
                "slut",
                "enddate",
                "utskrivningsdatum",
                "utskriven",
                "utskrivning",
                "avslutsdatum",
                "avslutad",
                "datum för utskrivning",
                "discharge date",
                "discharged",
                "exit date",
            ],
            Column::Referral => &[
                "remittent",
                "referral",
                "referral source",
                "remitterande myndighet",
                "remitterande",
                "anvisad av",
                "anvisande myndighet",
                "remiss från",
                "referred by",
                "referring agency",
            ],
            Column::Outcome => &[
                "avslutsorsak",
                "outcome",
                "orsak till avslut",
                "status vid avslut",
                "avslutsstatus",
                "utfall",
                "reason for exit",
                "exit reason",
                "status at exit",
            ],
            Column::Group => &["grupp", "group", "delinsats", "sub unit", "subunit"],
            Column::ReferredOn => &[
                "anvisningsdatum",
                "anvisad",
                "referral date",
                "referred",
                "remissdatum",
                "datum för anvisning",
                "anvisningsdag",
            ],
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
            Column::Age => &[
                "ålder",
                "alder",
                "age",
                "ålder vid start",
                "ålder vid inskrivning",
                "age at start",
            ],
        }
    }

    /// Whether the column holds dates.
    pub fn is_date(self) -> bool {
        matches!(
            self,
            Column::Start | Column::End | Column::ReferredOn | Column::PlannedEnd
        )
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
pub(super) fn normalise(text: &str) -> String {
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
}

impl Header {
    /// The header of a file whose column `i` holds `mapping[i]` (`None`: not read). Refuses a
    /// mapping that assigns a field twice or leaves out a required one.
    pub fn from_mapping(
        cells: &[String],
        mapping: &[Option<Column>],
    ) -> Result<Header, ImportError> {
        let mut positions = [None; Column::ALL.len()];
        let names: Vec<String> = cells.iter().map(|c| c.trim().to_owned()).collect();
        for (i, column) in mapping.iter().enumerate().take(names.len()) {
            if let Some(column) = *column {
                let slot = &mut positions[column as usize];
                if slot.is_some() {
                    return Err(ImportError::DuplicateColumn(column));
                }
                *slot = Some(i);
            }
        }
        let missing: Vec<Column> = Column::REQUIRED
            .into_iter()
            .filter(|c| positions[*c as usize].is_none())
            .collect();
        if !missing.is_empty() {
            return Err(ImportError::MissingColumns(missing));
        }
        Ok(Header { positions, names })
    }

    /// Position of a column in the file, if the file has it.
    pub fn position(&self, column: Column) -> Option<usize> {
        self.positions[column as usize]
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
    fn coaches_own_header_words_are_guessed() {
        let cases = [
            ("Deltagare", Column::Code),
            ("Deltagar-ID", Column::Code),
            ("Inskrivningsdatum", Column::Start),
            ("Inskriven", Column::Start),
            ("Utskrivningsdatum", Column::End),
            ("Utskriven", Column::End),
            ("Remitterande myndighet", Column::Referral),
            ("Anvisad av", Column::Referral),
            ("Orsak till avslut", Column::Outcome),
            ("Status vid avslut", Column::Outcome),
            ("Ålder", Column::Age),
            ("Kön", Column::Gender),
            ("Anvisningsdatum", Column::ReferredOn),
            ("Försörjning vid start", Column::IncomeAtStart),
            ("Sysselsättning vid avslut", Column::OccupationAtEnd),
            ("Omfattning vid start", Column::ExtentAtStart),
            ("Planerat slut", Column::PlannedEnd),
            ("Enrolment date", Column::Start),
            ("Discharge date", Column::End),
            ("Referred by", Column::Referral),
            ("Reason for exit", Column::Outcome),
            ("Age", Column::Age),
        ];
        for (header, column) in cases {
            assert_eq!(Column::from_header(header), Some(column), "{header}");
        }
    }

    #[test]
    fn a_mapping_decides_over_the_header_words() {
        let cells: Vec<String> = ["A", "B", "C"].iter().map(|s| s.to_string()).collect();
        let header =
            Header::from_mapping(&cells, &[Some(Column::Start), None, Some(Column::Code)]).unwrap();
        assert_eq!(header.position(Column::Code), Some(2));
        assert_eq!(header.position(Column::Start), Some(0));
        assert!(
            Column::ALL.iter().all(|c| header.position(*c) != Some(1)),
            "B is not read"
        );
        assert_eq!(
            Header::from_mapping(&cells, &[Some(Column::Code), None, None]),
            Err(ImportError::MissingColumns(vec![Column::Start]))
        );
        assert_eq!(
            Header::from_mapping(
                &cells,
                &[Some(Column::Code), Some(Column::Start), Some(Column::Code)]
            ),
            Err(ImportError::DuplicateColumn(Column::Code))
        );
    }
}
