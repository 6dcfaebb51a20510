//! Answer codes refused or forgiven: tampered and foreign codes, characters outside the
//! alphabet, lowercase and look-alike letters, empty and short input, and the nonce rule.

mod survey_support;

use stegvis::domain::{Id, Timestamp};
use stegvis::survey::code::*;
use survey_support::*;

#[test]
fn a_payload_that_does_not_fit_its_form_is_refused_even_with_a_correct_checksum() {
    let form = the_default();
    let forms = [form.clone()];
    let code = encode(&form, &typical(&form));
    assert!(
        decode(&forms, &tampered(&code, 0, 1, 0)).is_ok(),
        "the helper keeps good codes good"
    );
    let cases = [
        ("scale value 6", 90, 3, 6),
        ("scale value 7", 93, 3, 7),
        ("moment 3", 32, 2, 3),
        ("language 2 of 2", 46, 4, 2),
        ("language 15", 46, 4, 15),
        ("free text present but nothing follows", 120, 1, 1),
        ("non-zero padding", 121, 7, 1),
    ];
    for (what, at, width, value) in cases {
        assert_eq!(
            decode(&forms, &tampered(&code, at, width, value)),
            Err(CodeError::DoesNotFit),
            "{what}"
        );
    }
    assert_eq!(
        decode(
            &forms,
            &tampered(&code, 8, 1, u64::from(fingerprint(&form)[0] >> 7 ^ 1))
        ),
        Err(CodeError::UnknownForm)
    );
    assert_eq!(
        decode(&forms, &tampered(&code, 0, 8, 2)),
        Err(CodeError::NewerVersion(2))
    );
}

#[test]
fn extra_data_after_the_last_item_is_refused() {
    let form = the_default();
    let mut data = payload(&encode(&form, &typical(&form)));
    data.push(0x01);
    assert_eq!(
        decode(std::slice::from_ref(&form), &with_crc(&data)),
        Err(CodeError::DoesNotFit)
    );
    *data.last_mut().unwrap() = 0x80;
    assert_eq!(
        decode(&[form], &with_crc(&data)),
        Err(CodeError::DoesNotFit)
    );
}

#[test]
fn free_text_that_is_not_utf8_is_refused() {
    let form = every_kind();
    let picks: Vec<(u8, String)> = (0..11).map(|_| (1, "ab".to_owned())).collect();
    let code = encode(&form, &answer(&form, 0, 0, 0, &picks));
    // Header 90, scale 3, yes/no 2, choice 5, presence 1, length 9: the text starts at bit 110.
    assert!(decode(
        std::slice::from_ref(&form),
        &tampered(&code, 110, 8, u64::from(b'a'))
    )
    .is_ok());
    assert_eq!(
        decode(&[form], &tampered(&code, 110, 8, 0xFF)),
        Err(CodeError::DoesNotFit)
    );
}

#[test]
fn a_code_of_another_form_is_refused() {
    let mine = the_default();
    let theirs = the_default();
    let code = encode(&theirs, &typical(&theirs));
    assert_eq!(
        decode(std::slice::from_ref(&mine), &code),
        Err(CodeError::UnknownForm)
    );
    assert_eq!(decode(&[], &code), Err(CodeError::UnknownForm));
    assert!(decode(&[mine, theirs], &code).is_ok());
}

#[test]
fn the_fingerprint_follows_the_questions_not_the_name() {
    let form = the_default();
    let mut renamed = form.clone();
    renamed.name = "Annat namn".into();
    renamed.retired = true;
    renamed.updated_at = Timestamp(99);
    renamed.project_id = Id::random();
    assert_eq!(fingerprint(&renamed), fingerprint(&form));
    let mut reworded = form.clone();
    reworded.items[0]
        .text
        .set("sv", "Jag mår oftast bra.".into());
    assert_ne!(fingerprint(&reworded), fingerprint(&form));
    let mut reordered = form.clone();
    reordered.languages.reverse();
    assert_ne!(fingerprint(&reordered), fingerprint(&form));
    let mut other_id = form.clone();
    other_id.id = Id::random();
    assert_ne!(fingerprint(&other_id), fingerprint(&form));
}

#[test]
fn characters_outside_the_alphabet_are_named() {
    let form = the_default();
    let code = encode(&form, &typical(&form));
    let forms = [form];
    for bad in ['U', 'u', '!', 'Å', '*'] {
        let typed = format!("{}{bad}{}", &code[..6], &code[6..]);
        assert_eq!(
            decode(&forms, &typed),
            Err(CodeError::BadCharacter(bad)),
            "{typed}"
        );
    }
}

#[test]
fn lowercase_spaces_and_look_alike_letters_are_accepted() {
    let form = the_default();
    let forms = [form.clone()];
    let (sent, code) = (0..10_000)
        .map(|_| {
            let a = typical(&form);
            let c = encode(&form, &a);
            (a, c)
        })
        .find(|(_, c)| c.contains('0') && c.contains('1'))
        .expect("some code has both 0 and 1");
    let variants = [
        code.to_lowercase(),
        code.replace('-', " "),
        code.replace('-', ""),
        format!("  {}  ", code.replace('-', " - ")),
        code.replace('0', "O"),
        code.replace('0', "o"),
        code.replace('1', "I"),
        code.replace('1', "l"),
        code.replace('1', "L"),
        code.replace('1', "i").to_lowercase(),
    ];
    for typed in variants {
        let back = decode(&forms, &typed).unwrap_or_else(|e| panic!("{typed}: {e:?}"));
        assert_same_except_id(&back, &sent);
    }
}

#[test]
fn normalise_shows_what_will_be_read() {
    assert_eq!(normalise(" ab-cd ef\tgh "), "ABCDEFGH");
    assert_eq!(normalise("oOiIlL01"), "00111101");
    assert_eq!(normalise("u!"), "U!");
}

#[test]
fn empty_and_short_codes_are_told_apart_from_mistyped_ones() {
    let form = the_default();
    let forms = [form.clone()];
    assert_eq!(decode(&forms, ""), Err(CodeError::Empty));
    assert_eq!(decode(&forms, " - -  "), Err(CodeError::Empty));
    assert_eq!(decode(&forms, "ABCD"), Err(CodeError::TooShort));
    let code = encode(&form, &typical(&form)).replace('-', "");
    assert_eq!(decode(&forms, &code[..23]), Err(CodeError::TooShort));
    assert_eq!(decode(&forms, &code[..30]), Err(CodeError::Checksum));
    assert_eq!(
        decode(&forms, &format!("{code}0")),
        Err(CodeError::Checksum)
    );
}

#[test]
fn zeros_typed_too_many_at_the_end_are_a_typo_even_though_the_crc_holds() {
    let form = the_default();
    let forms = [form.clone()];
    let code = encode(&form, &typical(&form));
    for extra in ["0", "00", "000", "0000-0000"] {
        let typed = format!("{code}{extra}");
        assert_eq!(decode(&forms, &typed), Err(CodeError::Checksum), "{typed}");
    }
    // Zero bytes added before a recomputed CRC are not a typo but data that does not fit.
    let mut data = payload(&code);
    data.extend([0, 0]);
    assert_eq!(decode(&forms, &with_crc(&data)), Err(CodeError::DoesNotFit));
}

#[test]
fn the_same_answer_is_never_stored_twice() {
    let form = the_default();
    let code = encode(&form, &typical(&form));
    let first = decode(std::slice::from_ref(&form), &code).unwrap();
    let again = decode(std::slice::from_ref(&form), &code).unwrap();
    assert_ne!(first.id, again.id);
    let stored = vec![first.clone()];
    assert_eq!(check_new(&stored, &again), Err(Duplicate));
    assert_eq!(check_new(&[], &again), Ok(()));
    let mut another = again.clone();
    another.nonce = new_nonce();
    assert_eq!(check_new(&stored, &another), Ok(()));
    let mut other_form = again;
    other_form.form_id = Id::random();
    assert_eq!(check_new(&stored, &other_form), Ok(()));
}

#[test]
fn nonces_are_40_bit_non_zero_and_differ() {
    let nonces: std::collections::BTreeSet<u64> = (0..2000).map(|_| new_nonce()).collect();
    assert_eq!(nonces.len(), 2000);
    assert!(nonces.iter().all(|n| *n != 0 && *n < 1 << 40));
    assert!(nonces.iter().any(|n| *n >= 1 << 39), "the top bit is used");
}
