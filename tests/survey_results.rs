//! Results: the small-group rule, and exact distributions, means and medians.

mod survey_support;

use proptest::prelude::*;
use stegvis::survey::results::*;
use stegvis::survey::{Answer, Moment, Value};
use survey_support::results::*;

proptest! {
    #[test]
    fn the_minimum_group_is_never_below_three(n: u8) {
        let min = MinGroup::new(n);
        prop_assert!(min.get() >= 3);
        prop_assert_eq!(min.get(), usize::from(n.max(3)));
    }
}

#[test]
fn the_minimum_group_is_five_unless_set() {
    assert_eq!(MinGroup::default().get(), 5);
    assert_eq!(MinGroup::new(0), MinGroup::new(3));
    assert_eq!(MinGroup::new(2).get(), 3);
    assert_eq!(MinGroup::new(8).get(), 8);
}

#[test]
fn a_small_group_is_hidden_and_only_its_size_is_told() {
    let f = form();
    let other = form();
    let mut answers = at(&f, Moment::Start, 4);
    answers.extend(at(&f, Moment::End, 9));
    answers.extend(at(&other, Moment::Start, 9));
    let min = MinGroup::default();
    assert_eq!(
        item_stats(&f, &answers, SCALE_A1, Moment::Start, min),
        Shown::Hidden { n: 4 }
    );
    assert_eq!(
        free_texts(&f, &answers, FREE, Moment::Start, min, 1),
        Shown::Hidden { n: 4 }
    );
    assert_eq!(start_end(&f, &answers, min), Shown::Hidden { n: 4 });
    assert_eq!(
        item_stats(&f, &answers, SCALE_A1, Moment::During, min),
        Shown::Hidden { n: 0 }
    );
    assert!(matches!(
        item_stats(&f, &answers, SCALE_A1, Moment::End, min),
        Shown::Shown(_)
    ));
    answers.extend(at(&f, Moment::Start, 1));
    let stats = shown(item_stats(&f, &answers, SCALE_A1, Moment::Start, min));
    assert_eq!(stats.n, 5);
    assert!(matches!(start_end(&f, &answers, min), Shown::Shown(_)));
    assert_eq!(
        start_end(&f, &answers, MinGroup::new(6)),
        Shown::Hidden { n: 5 }
    );
}

#[test]
fn scale_stats_are_exact() {
    let f = form();
    let mut answers: Vec<Answer> = [1, 2, 2, 5]
        .iter()
        .map(|v| answer(&f, Moment::Start, &[(SCALE_B, Value::Scale(*v))]))
        .collect();
    answers.push(answer(&f, Moment::Start, &[]));
    answers.push(answer(&f, Moment::End, &[(SCALE_B, Value::Scale(5))]));
    let stats = shown(item_stats(
        &f,
        &answers,
        SCALE_B,
        Moment::Start,
        MinGroup::new(3),
    ));
    assert_eq!(
        stats,
        ItemStats {
            n: 4,
            counts: vec![1, 2, 0, 0, 1],
            mean: Some(2.5),
            median: Some(2.0)
        }
    );
    answers.push(answer(&f, Moment::Start, &[(SCALE_B, Value::Scale(4))]));
    let stats = shown(item_stats(
        &f,
        &answers,
        SCALE_B,
        Moment::Start,
        MinGroup::new(3),
    ));
    assert_eq!(stats.median, Some(2.0), "middle of 1, 2, 2, 4, 5");
    assert_eq!(stats.mean, Some(14.0 / 5.0));
    let odd_pair: Vec<Answer> = [1, 4, 5, 5]
        .iter()
        .map(|v| answer(&f, Moment::End, &[(SCALE_B, Value::Scale(*v))]))
        .collect();
    let stats = shown(item_stats(
        &f,
        &odd_pair,
        SCALE_B,
        Moment::End,
        MinGroup::new(3),
    ));
    assert_eq!(
        stats.median,
        Some(4.5),
        "mean of the two middle values 4 and 5"
    );
}

#[test]
fn yes_no_choice_and_free_text_are_counted_without_means() {
    let f = form();
    let given = [
        vec![
            (YES_NO, Value::YesNo(true)),
            (CHOICE, Value::Choice(2)),
            (FREE, Value::Text("Bra".into())),
        ],
        vec![
            (YES_NO, Value::YesNo(false)),
            (CHOICE, Value::Choice(2)),
            (FREE, Value::Text("  ".into())),
        ],
        vec![(YES_NO, Value::YesNo(true)), (CHOICE, Value::Choice(0))],
        vec![],
    ];
    let answers: Vec<Answer> = given
        .iter()
        .map(|g| answer(&f, Moment::During, g))
        .collect();
    let stats = |item| {
        shown(item_stats(
            &f,
            &answers,
            item,
            Moment::During,
            MinGroup::new(3),
        ))
    };
    assert_eq!(
        stats(YES_NO),
        ItemStats {
            n: 3,
            counts: vec![2, 1],
            mean: None,
            median: None
        }
    );
    assert_eq!(
        stats(CHOICE),
        ItemStats {
            n: 3,
            counts: vec![1, 0, 2],
            mean: None,
            median: None
        }
    );
    assert_eq!(
        stats(FREE),
        ItemStats {
            n: 1,
            counts: vec![],
            mean: None,
            median: None
        }
    );
    assert_eq!(
        stats(SCALE_A1),
        ItemStats {
            n: 0,
            counts: vec![0; 5],
            mean: None,
            median: None
        }
    );
}
