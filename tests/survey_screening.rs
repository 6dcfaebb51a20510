//! Screening of free text: personnummer, Swedish phone numbers and e-mail addresses are flagged;
//! years, counts and ordinary numbers are not. All numbers and addresses here are invented.

use stegvis::survey::screening::{flags, Flag};

#[test]
fn phone_numbers_are_flagged() {
    for text in [
        "Ring 070-123 45 67",
        "070-1234567",
        "0701234567",
        "08-123 456 78",
        "tel: 08-12345678.",
        "+46 70 123 45 67",
        "+46701234567",
        "0046 70 123 45 67",
        "031-12 34 56",
    ] {
        assert_eq!(flags(text), vec![Flag::Phone], "{text}");
    }
}

#[test]
fn years_counts_and_short_numbers_are_not_phone_numbers() {
    for text in [
        "2024",
        "Jag började 2024 och slutar 2025",
        "3 av 5",
        "Kl 08.30",
        "0,5 timmar",
        "Jag har gått 10 000 steg",
        "Möte 2026-03-04",
        "070 123",
        "ABC0701234567",
        "0 1 2 3 4 5 6 7 8 9 0 1 2 3 4",
        "07012345678901234",
    ] {
        assert_eq!(flags(text), vec![], "{text}");
    }
}

#[test]
fn e_mail_addresses_are_flagged() {
    for text in [
        "namn@example.se",
        "Skriv till förnamn.efternamn@exempel.example.com!",
        "a_b+c@sub-domän.example.org.",
    ] {
        assert_eq!(flags(text), vec![Flag::Email], "{text}");
    }
}

#[test]
fn at_signs_that_are_no_address_are_not_flagged() {
    for text in [
        "jag mår bra @ hemma",
        "a@b",
        "x@y.c",
        "@example.se",
        "namn@.se",
        "namn@exempel.123",
    ] {
        assert_eq!(flags(text), vec![], "{text}");
    }
}

#[test]
fn personnummer_are_flagged_once_and_not_as_phone_numbers() {
    for text in ["19811218-9876", "Mitt nummer 811218-9876", "8112189876"] {
        assert_eq!(flags(text), vec![Flag::Personnummer], "{text}");
    }
}

#[test]
fn every_flag_is_given_once_in_a_fixed_order() {
    let text = "namn@example.se, 070-123 45 67, 19811218-9876, 08-123 456 78, annan@example.se";
    assert_eq!(
        flags(text),
        vec![Flag::Personnummer, Flag::Phone, Flag::Email]
    );
    assert_eq!(flags("Tack för att ni lyssnade!"), vec![]);
}
