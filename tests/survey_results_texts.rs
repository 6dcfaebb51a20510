//! Results: start-against-end change per dimension, shuffled and screened free texts, and the
//! count per moment.

mod survey_support;

use stegvis::survey::results::*;
use stegvis::survey::screening::Flag;
use stegvis::survey::{Answer, Form, Moment, Text, Value};
use survey_support::results::*;

#[test]
fn start_and_end_are_compared_per_dimension() {
    let f = form();
    let scales = |a1: u8, b: u8, a2: u8, none: u8| {
        vec![
            (SCALE_A1, Value::Scale(a1)),
            (SCALE_B, Value::Scale(b)),
            (SCALE_A2, Value::Scale(a2)),
            (SCALE_NONE, Value::Scale(none)),
            (YES_NO, Value::YesNo(true)),
        ]
    };
    let mut answers = vec![
        answer(&f, Moment::Start, &scales(1, 2, 2, 5)),
        answer(&f, Moment::Start, &scales(2, 3, 1, 5)),
        answer(
            &f,
            Moment::Start,
            &[(SCALE_A1, Value::Scale(3)), (SCALE_B, Value::Scale(1))],
        ),
        answer(&f, Moment::End, &scales(4, 4, 5, 1)),
        answer(&f, Moment::End, &scales(3, 5, 4, 1)),
        answer(&f, Moment::End, &scales(5, 3, 5, 1)),
        answer(&f, Moment::During, &scales(1, 1, 1, 1)),
    ];
    answers.extend(at(&form(), Moment::Start, 3));
    let changes = shown(start_end(&f, &answers, MinGroup::new(3)));
    let expected = [("Hälsa", 9.0 / 5.0, 26.0 / 6.0), ("Vardag", 2.0, 4.0)];
    assert_eq!(changes.len(), expected.len(), "{changes:?}");
    for (change, (name, start, end)) in changes.iter().zip(expected) {
        assert_eq!(change.dimension, Text::of(&[("sv", name)]));
        assert!(
            (change.start - start).abs() < 1e-12,
            "{name} start {}",
            change.start
        );
        assert!(
            (change.end - end).abs() < 1e-12,
            "{name} end {}",
            change.end
        );
        assert!((change.change() - (end - start)).abs() < 1e-12);
    }
}

fn with_texts(f: &Form, texts: &[&str]) -> Vec<Answer> {
    (texts.iter())
        .map(|t| answer(f, Moment::End, &[(FREE, Value::Text((*t).into()))]))
        .collect()
}

const TEXTS: [&str; 8] = [
    "Tack för allt",
    "Ring mig på 070-123 45 67",
    "Mer praktik",
    "   ",
    "Skriv till namn@example.se",
    "Bra stöd",
    "",
    "Mitt nummer är 19811218-9876",
];

#[test]
fn free_texts_are_shuffled_the_same_way_for_the_same_seed_whatever_the_order_of_answering() {
    let f = form();
    let answers = with_texts(&f, &TEXTS);
    let mut reversed = answers.clone();
    reversed.reverse();
    let texts = |answers: &[Answer], seed| {
        let entries = shown(free_texts(
            &f,
            answers,
            FREE,
            Moment::End,
            MinGroup::default(),
            seed,
        ));
        entries.into_iter().map(|e| e.text).collect::<Vec<_>>()
    };
    let first = texts(&answers, 7);
    assert_eq!(texts(&answers, 7), first);
    assert_eq!(
        texts(&reversed, 7),
        first,
        "the order of answering does not show"
    );
    let mut sorted = first.clone();
    sorted.sort();
    let mut non_blank: Vec<String> = TEXTS
        .iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| t.to_string())
        .collect();
    non_blank.sort();
    assert_eq!(
        sorted, non_blank,
        "blank texts left out, the rest all there"
    );
    let orders: std::collections::BTreeSet<Vec<String>> =
        (0..20).map(|seed| texts(&answers, seed)).collect();
    assert!(orders.len() > 10, "the seed changes the order");
}

#[test]
fn free_texts_carry_their_screening_flags() {
    let f = form();
    let answers = with_texts(&f, &TEXTS);
    let entries = shown(free_texts(
        &f,
        &answers,
        FREE,
        Moment::End,
        MinGroup::default(),
        3,
    ));
    let flags_of = |text: &str| {
        entries
            .iter()
            .find(|e| e.text == text)
            .map(|e| e.flags.clone())
    };
    assert_eq!(
        flags_of("Ring mig på 070-123 45 67"),
        Some(vec![Flag::Phone])
    );
    assert_eq!(
        flags_of("Skriv till namn@example.se"),
        Some(vec![Flag::Email])
    );
    assert_eq!(
        flags_of("Mitt nummer är 19811218-9876"),
        Some(vec![Flag::Personnummer])
    );
    assert_eq!(flags_of("Bra stöd"), Some(vec![]));
    let none = shown(free_texts(
        &f,
        &answers,
        SCALE_A1,
        Moment::End,
        MinGroup::default(),
        3,
    ));
    assert!(none.is_empty(), "a scale item has no free texts");
}

#[test]
fn answers_are_counted_per_moment_and_form() {
    let f = form();
    let mut answers = at(&f, Moment::Start, 3);
    answers.extend(at(&f, Moment::During, 1));
    answers.extend(at(&f, Moment::End, 2));
    answers.extend(at(&form(), Moment::End, 4));
    assert_eq!(count_by_moment(&f, &answers), [3, 1, 2]);
    assert_eq!(answers_for(&answers, &f, None).len(), 6);
    assert_eq!(answers_for(&answers, &f, Some(Moment::End)).len(), 2);
    assert!(answers_for(&answers, &f, Some(Moment::End))
        .iter()
        .all(|a| a.form_id == f.id && a.moment == Moment::End));
}
