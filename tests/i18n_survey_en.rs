//! The English texts of the self-evaluation pages, and the words the methods build.
//!
//! The language is global and tests run in parallel, so these tests never call `set_current`:
//! they read the English catalogue directly (`SURVEY.en`, `SURVEY.get(Lang::En)`, `EN_SURVEY`).

mod common;

use common::looks_english;
use stegvis::domain::{Id, Timestamp};
use stegvis::i18n::survey::{scale_words, SurveyTexts, EN_SURVEY, SURVEY};
use stegvis::i18n::Lang;
use stegvis::report::survey::answers_table;
use stegvis::report::tables::Cell;
use stegvis::survey::check::FormProblem;
use stegvis::survey::code::CodeError;
use stegvis::survey::default_form::default_form;
use stegvis::survey::kiosk::PinProblem;
use stegvis::survey::results::MinGroup;
use stegvis::survey::screening::Flag;
use stegvis::survey::{Form, ItemKind, Moment, Text, Value};

fn en() -> &'static SurveyTexts {
    SURVEY.get(Lang::En)
}

#[test]
fn the_static_points_at_the_english_catalogue() {
    assert!(std::ptr::eq(SURVEY.en, &EN_SURVEY));
    assert_eq!(SURVEY.en.lang, Lang::En);
    assert_eq!(SURVEY.sv.lang, Lang::Sv);
    assert_eq!(en().title, "Self-evaluation");
}

#[test]
fn moments_are_start_during_and_end() {
    assert_eq!(SURVEY.en.moment(Moment::Start), "Start");
    assert_eq!(SURVEY.en.moment(Moment::During), "During");
    assert_eq!(SURVEY.en.moment(Moment::End), "End");
    assert_eq!(SURVEY.sv.moment(Moment::During), "Under insatsen");
    assert_eq!(SURVEY.sv.moment(Moment::End), "Avslut");
}

#[test]
fn the_counts_line_says_answer_or_answers() {
    assert_eq!(
        en().counts_line([4, 0, 1]),
        "Start: 4 answers · During: 0 answers · End: 1 answer"
    );
    assert_eq!(
        SURVEY.sv.counts_line([4, 0, 1]),
        "Start: 4 svar · Under insatsen: 0 svar · Avslut: 1 svar"
    );
}

#[test]
fn code_errors_are_english_distinct_and_a_checksum_means_a_typo() {
    let checksum = en().code_error(&CodeError::Checksum);
    assert!(checksum.contains("typo"), "{checksum}");
    assert!(checksum.contains("Nothing was saved."), "{checksum}");
    let errors = [
        CodeError::Empty,
        CodeError::BadCharacter('!'),
        CodeError::TooShort,
        CodeError::Checksum,
        CodeError::NewerVersion(9),
        CodeError::UnknownForm,
        CodeError::DoesNotFit,
        CodeError::Implausible,
    ];
    let mut seen = Vec::new();
    for e in &errors {
        let t = en().code_error(e);
        looks_english(&t);
        assert!(t.ends_with('.'), "{t}");
        assert!(!seen.contains(&t), "{t} is used twice");
        assert_ne!(t, SURVEY.sv.code_error(e));
        seen.push(t);
    }
    assert!(en()
        .code_error(&CodeError::BadCharacter('!'))
        .starts_with("The character “!” is not used in answer codes."));
    assert_eq!(
        SURVEY.sv.code_error(&CodeError::Checksum),
        "Koden stämmer inte. Något tecken är troligen felskrivet: jämför tecken för tecken med \
         koden på telefonen. Inget sparades."
    );
}

#[test]
fn pin_and_form_problems_are_in_english() {
    assert_eq!(
        en().pin_problem(PinProblem::Format),
        "The PIN must have 4 to 8 digits."
    );
    looks_english(en().pin_problem(PinProblem::Mismatch));
    assert_eq!(
        en().form_problem(&FormProblem::MissingText { item: 2 }),
        "Question 3 has no text in the form's first language."
    );
    let problems = [
        FormProblem::NoName,
        FormProblem::NoItems,
        FormProblem::TooManyItems,
        FormProblem::Languages,
        FormProblem::MissingText { item: 0 },
        FormProblem::Options { item: 0 },
    ];
    let mut seen = Vec::new();
    for p in &problems {
        let t = en().form_problem(p);
        looks_english(&t);
        assert!(!seen.contains(&t), "{t} is used twice");
        seen.push(t);
    }
}

#[test]
fn a_received_answer_is_confirmed_in_english() {
    assert_eq!(
        en().received("Wellbeing", Moment::End, "2026-02"),
        "The answer is saved: Wellbeing, end, 2026-02."
    );
    assert_eq!(
        SURVEY.sv.received("Mående", Moment::During, "2026-02"),
        "Svaret är sparat: Mående, under insatsen, 2026-02."
    );
}

#[test]
fn flags_are_listed_in_english() {
    assert_eq!(en().flags_text(&[]), None);
    assert_eq!(
        en().flags_text(&[Flag::Phone]).unwrap(),
        "Note: the text seems to contain a phone number. Remove it if the answer is to be shared."
    );
    let all = en()
        .flags_text(&[Flag::Personnummer, Flag::Phone, Flag::Email])
        .unwrap();
    assert!(
        all.contains(
            "a personal identity number (personnummer), a phone number and an email address."
        ),
        "{all}"
    );
    assert!(SURVEY
        .sv
        .flags_text(&[Flag::Phone, Flag::Email])
        .unwrap()
        .contains("ett telefonnummer och en e-postadress"));
}

#[test]
fn kinds_and_options_are_named_in_english() {
    let kinds = [
        ItemKind::Scale {
            low: Text::default(),
            high: Text::default(),
        },
        ItemKind::YesNo,
        ItemKind::Choice { options: vec![] },
        ItemKind::FreeText,
    ];
    let names: Vec<&str> = kinds.iter().map(|k| en().kind_name(k)).collect();
    assert_eq!(
        names,
        [
            "statement 1–5",
            "yes or no",
            "one choice of several",
            "free text"
        ]
    );
    assert_eq!(en().option_label(0), "Option 1");
    assert_eq!(en().option_label(7), "Option 8");
    assert_eq!(en().option_label(99), "Option");
    assert_eq!(SURVEY.sv.option_label(0), "Alternativ 1");
}

#[test]
fn new_forms_and_copies_are_named_in_english() {
    let project = Id::random();
    let blank = Form::blank(
        project,
        "en",
        en().new_form.into(),
        scale_words(),
        Timestamp(7),
    );
    assert_eq!(blank.name, "New form");
    assert_eq!(blank.languages, ["en"]);
    assert_eq!(blank.items.len(), 1);
    match &blank.items[0].kind {
        ItemKind::Scale { low, high } => {
            assert_eq!(low.get("en"), "Not at all true");
            assert_eq!(low.get("sv"), "Stämmer inte alls");
            assert_eq!(high.get("en"), "Completely true");
            assert_eq!(high.get("sv"), "Stämmer helt");
        }
        other => panic!("a blank form starts with a statement, not {other:?}"),
    }
    assert_eq!(SURVEY.sv.new_form, "Nytt formulär");

    let copy = blank.copy_named((en().copy_name)(&blank.name), Timestamp(8));
    assert_eq!(copy.name, "Copy of New form");
    assert_ne!(copy.id, blank.id);
    assert_ne!(copy.items[0].id, blank.items[0].id);
    assert_eq!(
        (SURVEY.sv.copy_name)("Nytt formulär"),
        "Kopia av Nytt formulär"
    );
}

#[test]
fn file_stems_are_english() {
    let mut form = Form::blank(
        Id::random(),
        "en",
        "Wellbeing 2026".into(),
        scale_words(),
        Timestamp(1),
    );
    assert_eq!(
        form.file_stem(en().file_prefix),
        "self-evaluation-Wellbeing-2026"
    );
    form.name = "Mående 2026".into();
    assert_eq!(
        form.file_stem(SURVEY.sv.file_prefix),
        "sjalvskattning-Mående-2026"
    );
}

#[test]
fn exported_answers_say_the_moment_in_english() {
    let form = default_form(Id::random(), Timestamp(1));
    let mut answer = common::answer(
        &form,
        Moment::End,
        2,
        vec![Value::Skipped; form.items.len()],
    );
    answer.lang = "en".into();
    let answers = vec![answer; 3];
    let table = answers_table(
        &form,
        &answers,
        MinGroup::new(3),
        7,
        stegvis::i18n::words::WORDS.en,
    );
    assert_eq!(table.columns[0], "Time point");
    assert_eq!(table.rows[0].cells[0], Cell::Text("End".into()));
}

#[test]
fn plural_texts_read_naturally() {
    assert_eq!((en().item_count)(1), "1 question");
    assert_eq!((en().item_count)(10), "10 questions");
    assert!((en().too_few)(1, 5).contains("(1 answer, at least 5 needed)"));
    assert!((en().too_few)(2, 5).contains("(2 answers, at least 5 needed)"));
}

#[test]
fn the_intro_has_text() {
    // Every text is checked for translation by tests/catalogues.rs.
    assert!(!EN_SURVEY.intro.is_empty());
}
