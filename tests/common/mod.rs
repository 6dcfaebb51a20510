//! Fixtures shared by the tests (native and browser): invented records on fixed dates, and checks
//! used by more than one test file.
#![allow(dead_code)]

use stegvis::domain::validate::*;
use stegvis::domain::*;

/// Runs a future that never waits (the memory store's and the toy cipher's are ready at once).
pub fn run<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let waker = std::task::Waker::noop();
    match future
        .as_mut()
        .poll(&mut std::task::Context::from_waker(waker))
    {
        std::task::Poll::Ready(value) => value,
        std::task::Poll::Pending => panic!("the memory store never waits"),
    }
}

pub fn today() -> Date {
    Date::from_ymd(2026, 11, 23).unwrap()
}

pub fn project(name: &str) -> Project {
    let mut form = ProjectForm::new_project(today());
    form.name = name.into();
    validate_project(&form, today())
        .unwrap()
        .into_new_project(Timestamp(1))
}

pub fn participant(project: &Project, code: &str) -> Participant {
    let form = ParticipantForm {
        code: code.into(),
        start: "2026-05-01".into(),
        ..Default::default()
    };
    validate_participant(&form, [], today())
        .unwrap()
        .into_new(project.id, Timestamp(1))
}

/// An anonymous self-evaluation answer to `form` at `moment`, in Swedish, given in `month` of
/// 2026, with these values (one per item).
pub fn answer(
    form: &stegvis::survey::Form,
    moment: stegvis::survey::Moment,
    month: u8,
    values: Vec<stegvis::survey::Value>,
) -> stegvis::survey::Answer {
    stegvis::survey::Answer {
        id: Id::random(),
        project_id: form.project_id,
        form_id: form.id,
        moment,
        month: stegvis::survey::YearMonth { year: 2026, month },
        lang: "sv".into(),
        nonce: stegvis::survey::code::new_nonce(),
        values,
    }
}

/// Fails unless `text` has words and none of Swedish's own letters: a sign that a Swedish word
/// slipped into an English text.
pub fn looks_english(text: &str) {
    assert!(!text.trim().is_empty(), "empty text");
    assert!(
        !text.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']),
        "Swedish in an English text: {text}"
    );
}

/// Every kind of import error, once.
pub fn import_errors() -> Vec<stegvis::formats::import::ImportError> {
    use stegvis::formats::import::{Column, ImportError};
    vec![
        ImportError::Empty,
        ImportError::HeaderOnly,
        ImportError::UnsupportedFormat {
            extension: "xls".into(),
        },
        ImportError::UnsupportedFormat {
            extension: String::new(),
        },
        ImportError::UnsupportedEncoding,
        ImportError::CorruptXlsx("x".into()),
        ImportError::UnreadableCsv("x".into()),
        ImportError::MissingColumns(vec![Column::Code]),
        ImportError::DuplicateColumn(Column::Gender),
        ImportError::PersonnummerInHeader,
        ImportError::NoHeader,
        ImportError::TooLarge,
    ]
}

/// Every kind of problem an import row can have, once; `header` names the column where a
/// personnummer was seen.
pub fn row_problems(header: &str) -> Vec<stegvis::formats::import::RowProblem> {
    use stegvis::formats::import::{Column, RowProblem};
    vec![
        RowProblem::LooksLikePersonnummer {
            header: header.into(),
        },
        RowProblem::LooksLikePersonnummer {
            header: String::new(),
        },
        RowProblem::MissingCode,
        RowProblem::CodeTooLong,
        RowProblem::CodeExists,
        RowProblem::CodeRepeated { first_line: 2 },
        RowProblem::UnknownGender,
        RowProblem::GenderDigitsUnanswered,
        RowProblem::InvalidBirthYear,
        RowProblem::InvalidAge,
        RowProblem::TooYoung,
        RowProblem::TooOld,
        RowProblem::MissingStart,
        RowProblem::InvalidDate(Column::Start),
        RowProblem::TooFarAhead(Column::End),
        RowProblem::DateOutOfRange(Column::Start),
        RowProblem::EndBeforeStart,
        RowProblem::OutcomeWithoutEnd,
        RowProblem::ReferralAfterStart,
        RowProblem::PlannedEndBeforeStart,
        RowProblem::NotInList(Column::IncomeAtStart),
        RowProblem::InvalidExtent(Column::ExtentAtEnd),
        RowProblem::SituationWithoutEnd(Column::IncomeAtEnd),
    ]
}

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

/// Three current participants, two discharged (one to work, one without outcome).
pub fn sample_report() -> stegvis::report::Report {
    let mut form = ProjectForm::new_project(d("2025-01-01"));
    form.name = "Steget Burlöv".into();
    form.volume_target = "40".into();
    let p = validate_project(&form, d("2026-11-23"))
        .unwrap()
        .into_new_project(Timestamp(0));
    let mk = |code: &str, g: Gender, end: Option<Option<usize>>| {
        let f = ParticipantForm {
            code: code.into(),
            gender: g,
            start: "2025-02-01".into(),
            ..Default::default()
        };
        let mut x = validate_participant(&f, [], d("2026-11-23"))
            .unwrap()
            .into_new(p.id, Timestamp(0));
        x.referral = Some(p.referral_sources[2].id);
        x.discharge = end.map(|o| Discharge {
            end: d("2025-08-01"),
            outcome: o.map(|i| p.outcomes[i].id),
        });
        x
    };
    let people = vec![
        mk("D-001", Gender::Woman, Some(Some(0))),
        mk("D-002", Gender::Man, Some(None)),
        mk("D-003", Gender::Woman, None),
    ];
    stegvis::report::compute(
        &p,
        &people,
        None,
        stegvis::report::Period {
            from: d("2025-01-01"),
            to: d("2025-12-31"),
        },
        d("2026-11-23"),
    )
}

pub mod contract;
pub mod note;

/// The app's records of a backup, typed, for tests to build and change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Records {
    pub projects: Vec<Project>,
    pub participants: Vec<Participant>,
    pub forms: Vec<stegvis::survey::Form>,
    pub answers: Vec<stegvis::survey::Answer>,
}

impl Records {
    /// The records of a backup's data.
    pub fn of(data: &stegvis::formats::backup::BackupData) -> Self {
        Records {
            projects: data.records(),
            participants: data.records(),
            forms: data.records(),
            answers: data.records(),
        }
    }

    /// As a backup's data.
    pub fn data(&self) -> stegvis::formats::backup::BackupData {
        stegvis::formats::backup::BackupData::new()
            .with(&self.projects)
            .with(&self.participants)
            .with(&self.forms)
            .with(&self.answers)
    }
}

impl Records {
    /// As a backup file of today's Stegvis would hold them.
    pub fn backup(&self) -> stegvis::formats::backup::Backup {
        stegvis::formats::backup::Backup::new(self.data(), 4, "2026-11-23T10:00:00Z".into())
    }
}

/// `value` as it would be stored, in JSON, with every id left out: an id is random hex, and one
/// that holds "9876" by chance is no personnummer (a test once failed that way).
pub fn stored_text(value: &impl serde::Serialize) -> String {
    fn blank_ids(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(s) if uuid::Uuid::parse_str(s).is_ok() => s.clear(),
            serde_json::Value::Array(items) => items.iter_mut().for_each(blank_ids),
            serde_json::Value::Object(fields) => fields.values_mut().for_each(blank_ids),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(value).unwrap();
    blank_ids(&mut value);
    value.to_string()
}
