//! Kiosk mode's lock and a form's save rules.

use stegvis::domain::{Id, Timestamp};
use stegvis::survey::check::{problems, FormProblem};
use stegvis::survey::default_form::default_form;
use stegvis::survey::kiosk::{
    check_new_pin, Attempts, KioskLock, PinProblem, PAUSE_SECONDS, TRIES,
};
use stegvis::survey::{ItemKind, Text};

#[test]
fn a_pin_has_four_to_eight_digits_typed_twice_alike() {
    assert_eq!(check_new_pin("2468", "2468"), Ok(()));
    assert_eq!(check_new_pin(" 12345678 ", "12345678"), Ok(()));
    assert_eq!(check_new_pin("123", "123"), Err(PinProblem::Format));
    assert_eq!(
        check_new_pin("123456789", "123456789"),
        Err(PinProblem::Format)
    );
    assert_eq!(check_new_pin("12a4", "12a4"), Err(PinProblem::Format));
    assert_eq!(check_new_pin("2468", "2469"), Err(PinProblem::Mismatch));
}

#[test]
fn the_lock_opens_with_its_pin_only_and_keeps_no_pin() {
    let lock = KioskLock::new("p".into(), "f".into(), "start".into(), "2468");
    assert!(lock.opens_with("2468"));
    assert!(!lock.opens_with("2469"));
    assert!(!lock.opens_with(""));
    let json = serde_json::to_string(&lock).unwrap();
    assert!(!json.contains("2468"), "only a salted hash is stored");
    let other = KioskLock::new("p".into(), "f".into(), "start".into(), "2468");
    assert_ne!(lock.pin_hash, other.pin_hash, "each lock has its own salt");
}

#[test]
fn too_many_wrong_tries_start_a_pause() {
    let mut attempts = Attempts::default();
    for _ in 1..TRIES {
        attempts.failed(100);
        assert_eq!(attempts.wait(100), None);
    }
    attempts.failed(100);
    assert_eq!(attempts.wait(100), Some(PAUSE_SECONDS));
    assert_eq!(attempts.wait(100 + u64::from(PAUSE_SECONDS)), None);
}

#[test]
fn the_default_form_can_be_saved_and_a_broken_one_cannot() {
    let mut form = default_form(Id::random(), Timestamp(1));
    assert_eq!(problems(&form), vec![]);
    form.name = "  ".into();
    form.items[2].text = Text::of(&[("en", "Only in English")]);
    form.items[3].kind = ItemKind::Choice {
        options: vec![Text::of(&[("sv", "Ett")])],
    };
    assert_eq!(
        problems(&form),
        vec![
            FormProblem::NoName,
            FormProblem::MissingText { item: 2 },
            FormProblem::Options { item: 3 }
        ]
    );
    form.items.clear();
    assert!(problems(&form).contains(&FormProblem::NoItems));
}
