//! Every catalogue is written in every one of its languages, field by field.
//!
//! The fields are visited by the catalogues themselves (`i18n::fields`), so a new text is
//! checked the day it is added: nobody keeps a list of fields here. Text functions are called
//! with a count of 1 and of 3, so singular and plural are both seen.

use std::collections::BTreeSet;
use stegvis::i18n::catalogues;

/// Texts that are the same in Swedish and English: names, loan words and marks.
const SAME_IN_BOTH: &[&str] = &[
    "Stegvis",
    "Man",
    "man",
    "Status",
    "Presentation",
    "Period",
    "Median",
    "Problem",
    "Excel (.xlsx)",
    "Under",
    "UTF-8",
    "Text",
    "OK",
];

/// What is wrong with `other` as a translation of `swedish`: a field missing or out of order,
/// a text left empty, a text copied.
fn untranslated(swedish: &[(String, String)], other: &[(String, String)]) -> Vec<String> {
    let mut wrong = Vec::new();
    let names = |t: &[(String, String)]| t.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    if names(swedish) != names(other) {
        wrong.push("the fields differ from the Swedish ones".to_owned());
        return wrong;
    }
    for ((name, sv), (_, text)) in swedish.iter().zip(other) {
        if !sv.trim().is_empty() && text.trim().is_empty() {
            wrong.push(format!("{name} is empty"));
        } else if sv == text && !SAME_IN_BOTH.contains(&sv.as_str()) && !sv.trim().is_empty() {
            wrong.push(format!("{name} is not translated: {text:?}"));
        }
    }
    wrong
}

#[test]
fn every_catalogue_is_translated_field_by_field() {
    let mut wrong = Vec::new();
    for catalogue in catalogues() {
        let (tag, swedish) = &catalogue.languages[0];
        assert_eq!(*tag, "sv");
        assert!(swedish.len() > 3, "{} has texts", catalogue.name);
        for (tag, texts) in &catalogue.languages[1..] {
            for problem in untranslated(swedish, texts) {
                wrong.push(format!("{} ({tag}): {problem}", catalogue.name));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// English texts that name Swedish letters or words on purpose.
const SWEDISH_ON_PURPOSE: &[&str] = &["encoding_hint"];

#[test]
fn no_english_text_holds_swedish_letters() {
    let mut wrong = Vec::new();
    for catalogue in catalogues() {
        let Some((_, english)) = catalogue.languages.iter().find(|(tag, _)| *tag == "en") else {
            continue;
        };
        for (name, text) in english {
            if text.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö'])
                && !SWEDISH_ON_PURPOSE.contains(&name.as_str())
            {
                wrong.push(format!("{}.{name}: {text}", catalogue.name));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_check_sees_a_copied_an_empty_and_a_missing_text() {
    let t = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        (pairs.iter())
            .map(|(n, s)| (n.to_string(), s.to_string()))
            .collect()
    };
    let sv = t(&[("save", "Spara"), ("cancel", "Avbryt"), ("app", "Stegvis")]);
    assert!(untranslated(
        &sv,
        &t(&[("save", "Save"), ("cancel", "Cancel"), ("app", "Stegvis")])
    )
    .is_empty());
    let copied = untranslated(
        &sv,
        &t(&[("save", "Spara"), ("cancel", "Cancel"), ("app", "Stegvis")]),
    );
    assert_eq!(copied, ["save is not translated: \"Spara\""]);
    let empty = untranslated(
        &sv,
        &t(&[("save", "Save"), ("cancel", " "), ("app", "Stegvis")]),
    );
    assert_eq!(empty, ["cancel is empty"]);
    let missing = untranslated(&sv, &t(&[("save", "Save"), ("app", "Stegvis")]));
    assert_eq!(missing.len(), 1);
}

#[test]
fn every_text_function_is_visited_with_a_singular_and_a_plural() {
    let projects = catalogues()
        .into_iter()
        .find(|c| c.name == "ProjectsTexts")
        .unwrap();
    let en = &projects.languages[1].1;
    let deleted: Vec<&str> = (en.iter())
        .filter(|(n, _)| n == "retention_deleted()")
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(deleted.len(), 2);
    assert_ne!(deleted[0], deleted[1]);
}

/// The names of the structs declared with `catalogue!` in `src/i18n`, and the names of the
/// catalogue types that are fields of another catalogue.
fn declared_catalogues() -> (BTreeSet<String>, BTreeSet<String>) {
    let mut declared = BTreeSet::new();
    let mut nested = BTreeSet::new();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/i18n");
    for entry in std::fs::read_dir(dir).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let mut lines = source.lines();
        while let Some(line) = lines.next() {
            if line.trim() != "catalogue! {" {
                continue;
            }
            for line in lines.by_ref() {
                let line = line.trim();
                if let Some(rest) = line.strip_prefix("pub struct ") {
                    declared.insert(rest.trim_end_matches(" {").to_owned());
                } else if let Some((_, ty)) =
                    line.strip_prefix("pub ").and_then(|l| l.split_once(": "))
                {
                    let ty = ty.trim_end_matches(',');
                    if ty.ends_with("Texts") {
                        nested.insert(ty.to_owned());
                    }
                } else if line == "}" {
                    break;
                }
            }
        }
    }
    (declared, nested)
}

#[test]
fn every_catalogue_in_the_sources_is_listed() {
    let (declared, nested) = declared_catalogues();
    assert!(declared.contains("ProjectsTexts") && nested.contains("ProblemTexts"));
    let listed: BTreeSet<String> = catalogues().iter().map(|c| c.name.to_owned()).collect();
    for name in &declared {
        assert!(
            listed.contains(name) || nested.contains(name),
            "{name} is not in i18n::catalogues()"
        );
    }
}

#[test]
fn the_limits_named_in_texts_are_the_limits_enforced() {
    use stegvis::domain::validate::{Problem, MAX_AGE, MAX_CODE_LEN, MIN_AGE};
    use stegvis::i18n::{protect::PROTECT, survey::SURVEY, Lang, TEXTS};
    use stegvis::repo::{LOCK_MINUTES_RANGE, MIN_PASSPHRASE};
    use stegvis::survey::check::{FormProblem, MAX_LANGUAGES};
    use stegvis::survey::form::MAX_ITEMS;
    use stegvis::survey::kiosk::{PinProblem, PIN_DIGITS};
    use stegvis::survey::results::MinGroup;
    let names = |text: &str, numbers: &[String]| {
        for n in numbers {
            assert!(text.contains(n.as_str()), "{text:?} does not say {n}");
        }
    };
    for lang in Lang::ALL {
        let t = TEXTS.get(lang);
        names(t.problem(Problem::TooYoung), &[MIN_AGE.to_string()]);
        names(t.problem(Problem::TooOld), &[MAX_AGE.to_string()]);
        names(t.problem(Problem::CodeTooLong), &[MAX_CODE_LEN.to_string()]);
        let p = PROTECT.get(lang);
        names(p.too_short, &[MIN_PASSPHRASE.to_string()]);
        let (first, last) = (LOCK_MINUTES_RANGE.start(), LOCK_MINUTES_RANGE.end());
        names(p.idle_invalid, &[first.to_string(), last.to_string()]);
        let s = SURVEY.get(lang);
        let pin = [PIN_DIGITS.start().to_string(), PIN_DIGITS.end().to_string()];
        names(s.new_pin_hint, &pin);
        names(s.pin_problem(PinProblem::Format), &pin);
        names(
            &s.form_problem(&FormProblem::TooManyItems),
            &[MAX_ITEMS.to_string()],
        );
        names(
            &s.form_problem(&FormProblem::Languages),
            &[MAX_LANGUAGES.to_string()],
        );
        names(s.min_group_hint, &[MinGroup::FLOOR.to_string()]);
    }
}
