//! Fixtures shared by the tests (native and browser): invented records on fixed dates, and checks
//! used by more than one test file.
#![allow(dead_code)]

use stegvis::domain::validate::*;
use stegvis::domain::*;

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
        RowProblem::InvalidBirthYear,
        RowProblem::TooYoung,
        RowProblem::TooOld,
        RowProblem::MissingStart,
        RowProblem::InvalidDate(Column::Start),
        RowProblem::TooFarAhead(Column::End),
        RowProblem::DateOutOfRange(Column::Start),
        RowProblem::EndBeforeStart,
        RowProblem::OutcomeWithoutEnd,
    ]
}

/// Every plain text field of a catalogue, as (name, text).
#[allow(unused_macros)]
macro_rules! text_fields {
    ($t:expr; $($field:ident),* $(,)?) => {
        vec![$((stringify!($field), $t.$field)),*]
    };
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

/// The stale-edit rule against any store (in memory natively, IndexedDB in the browser): an
/// edit from an older version is refused and changes nothing; from the stored version it goes
/// through; a record not stored yet is simply written. `other` is a second connection to the
/// same data, as another tab has (the same store in memory).
pub async fn stale_edits_are_refused(
    store: &impl stegvis::storage::Store,
    other: &impl stegvis::storage::Store,
) {
    use stegvis::storage::StorageError;
    let p = project("Steget");
    store.put_project(&p).await.unwrap();
    let mut d = participant(&p, "D-001");
    d.updated_at = Timestamp(1_000);
    store.put_participant(&d).await.unwrap();
    let mut theirs = d.clone();
    theirs.note = "Andra fliken".into();
    theirs.updated_at = Timestamp(2_000);
    other
        .put_participant_from(&theirs, Timestamp(1_000))
        .await
        .unwrap();
    let mut mine = d.clone();
    mine.note = "Den här fliken".into();
    mine.updated_at = Timestamp(3_000);
    assert_eq!(
        store.put_participant_from(&mine, Timestamp(1_000)).await,
        Err(StorageError::Stale)
    );
    assert_eq!(store.participants(p.id).await.unwrap(), vec![theirs]);
    store
        .put_participant_from(&mine, Timestamp(2_000))
        .await
        .unwrap();
    assert_eq!(store.participants(p.id).await.unwrap(), vec![mine]);
    let fresh = participant(&p, "D-002");
    store
        .put_participant_from(&fresh, Timestamp(0))
        .await
        .unwrap();
    assert_eq!(store.participants(p.id).await.unwrap().len(), 2);
    // Projects follow the same rule.
    store.put_project(&p).await.unwrap();
    let mut renamed = p.clone();
    renamed.name = "Steget 2".into();
    let stale = Timestamp(p.updated_at.0 - 1);
    assert_eq!(
        store.put_project_from(&renamed, stale).await,
        Err(StorageError::Stale)
    );
    store
        .put_project_from(&renamed, p.updated_at)
        .await
        .unwrap();
    assert_eq!(store.projects().await.unwrap()[0].name, "Steget 2");
    // And self-evaluation forms: another tab retired the form after this one opened it.
    let form = stegvis::survey::default_form::default_form(p.id, Timestamp(5_000));
    store.put_form(&form).await.unwrap();
    let mut retired = form.clone();
    retired.retired = true;
    retired.updated_at = Timestamp(6_000);
    other
        .put_form_from(&retired, Timestamp(5_000))
        .await
        .unwrap();
    let mut edited = form.clone();
    edited.name = "Ändrad här".into();
    edited.updated_at = Timestamp(7_000);
    assert_eq!(
        store.put_form_from(&edited, Timestamp(5_000)).await,
        Err(StorageError::Stale)
    );
    assert_eq!(store.forms(p.id).await.unwrap(), vec![retired]);
}

/// Issue 12, findings 1 and 2, against any store: a record never outlives its project (a tab
/// saving a participant of a project another tab just deleted writes nothing), and an import
/// planned on a revision of the project that another tab has moved on writes nothing. `other`
/// is a second connection to the same data.
pub async fn project_invariants_hold_in_the_transaction(
    store: &impl stegvis::storage::Store,
    other: &impl stegvis::storage::Store,
) {
    use stegvis::storage::{Batch, Revision, StorageError};
    let p = project("Raderas");
    let keep = project("Finns kvar");
    store
        .put_many(&[p.clone(), keep.clone()], &[])
        .await
        .unwrap();
    let before = store.project_at(p.id).await.unwrap();
    assert_eq!(before.project.as_ref(), Some(&p));
    // Tab B deletes the project while tab A's form is open; A presses Spara.
    other.delete_project(p.id).await.unwrap();
    let orphan = participant(&p, "D-001");
    assert_eq!(
        store.put_participant(&orphan).await,
        Err(StorageError::ProjectGone)
    );
    let form = stegvis::survey::default_form::default_form(p.id, Timestamp(1));
    assert_eq!(store.put_form(&form).await, Err(StorageError::ProjectGone));
    let batch = Batch {
        participants: std::slice::from_ref(&orphan),
        ..Batch::default()
    };
    assert_eq!(store.put_batch(batch).await, Err(StorageError::ProjectGone));
    assert_eq!(store.all_participants().await.unwrap(), []);
    assert_eq!(store.all_forms().await.unwrap(), []);
    // A record written together with its project is fine.
    store
        .put_many(std::slice::from_ref(&p), std::slice::from_ref(&orphan))
        .await
        .unwrap();
    assert_eq!(store.participants(p.id).await.unwrap(), vec![orphan]);

    // Two tabs import into one project at once: both planned on the same revision.
    let planned = store.project_at(keep.id).await.unwrap();
    assert_eq!(
        planned.revision,
        other.project_at(keep.id).await.unwrap().revision
    );
    let mut theirs = keep.clone();
    theirs.referral_sources.push(stegvis::domain::Label {
        id: Id::random(),
        name: "Källa B".into(),
        retired: false,
    });
    let their_people = vec![participant(&theirs, "I-001")];
    other
        .put_many_at(
            std::slice::from_ref(&theirs),
            &their_people,
            &[(keep.id, planned.revision)],
        )
        .await
        .unwrap();
    let mut mine = keep.clone();
    mine.referral_sources.push(stegvis::domain::Label {
        id: Id::random(),
        name: "Källa A".into(),
        retired: false,
    });
    let my_people = vec![participant(&mine, "I-001")];
    assert_eq!(
        store
            .put_many_at(
                std::slice::from_ref(&mine),
                &my_people,
                &[(keep.id, planned.revision)]
            )
            .await,
        Err(StorageError::Stale)
    );
    let now = store.project_at(keep.id).await.unwrap();
    assert_eq!(
        now.project,
        Some(theirs),
        "the other tab's import stands whole"
    );
    assert_eq!(now.participants, their_people, "no code is stored twice");
    assert!(now.revision > planned.revision);
    assert_ne!(now.revision, Revision::default());
    // Every write to a project's records moves its revision on.
    store
        .put_participant(&participant(&keep, "I-002"))
        .await
        .unwrap();
    assert!(store.project_at(keep.id).await.unwrap().revision > now.revision);
}
