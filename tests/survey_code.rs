//! Answer codes: every answer comes back, the bits are as documented, and every mistyped
//! character and every swap of neighbours is caught.

mod survey_support;

use proptest::prelude::*;
use stegvis::survey::code::*;
use stegvis::survey::{Answer, Value, YearMonth};
use survey_support::*;

fn picks(max_text: usize) -> impl Strategy<Value = Vec<(u8, String)>> {
    let text = prop_oneof![
        Just(String::new()),
        "[a-zåäöA-ZÅÄÖ ,.!?]{1,60}",
        "[\u{0621}-\u{064A} ]{1,60}",
        "\\PC{0,700}",
    ]
    .prop_map(move |t: String| t.chars().take(max_text).collect::<String>());
    prop::collection::vec((any::<u8>(), text), 11)
}

proptest! {
    #[test]
    fn every_answer_to_the_default_form_comes_back(
        moment in 0usize..3, months in 0u16..4096, lang in 0usize..2, picks in picks(700),
    ) {
        let form = the_default();
        let sent = answer(&form, moment, months, lang, &picks);
        let code = encode(&form, &sent);
        let back = decode(std::slice::from_ref(&form), &code).unwrap();
        assert_same_except_id(&back, &sent);
    }

    #[test]
    fn every_answer_to_a_form_of_every_kind_comes_back(
        moment in 0usize..3, months in 0u16..4096, lang in 0usize..3, picks in picks(700),
    ) {
        let forms = [the_default(), every_kind()];
        let sent = answer(&forms[1], moment, months, lang, &picks);
        let back = decode(&forms, &encode(&forms[1], &sent)).unwrap();
        assert_same_except_id(&back, &sent);
    }

}

proptest! {
    // Each case tries every position with every other character, and every swap.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_mistyped_character_and_every_swap_is_caught(
        lang in 0usize..3, picks in picks(12), default in any::<bool>(),
    ) {
        let form = if default { the_default() } else { every_kind() };
        let code: Vec<u8> = encode(&form, &answer(&form, 1, 70, lang, &picks))
            .bytes()
            .filter(|c| *c != b'-')
            .collect();
        let forms = [form];
        let check = |typed: &[u8]| {
            let typed = String::from_utf8(typed.to_vec()).unwrap();
            prop_assert_eq!(decode(&forms, &typed), Err(CodeError::Checksum), "{}", typed);
            Ok(())
        };
        for i in 0..code.len() {
            for other in ALPHABET.iter().filter(|c| **c != code[i]) {
                let mut typed = code.clone();
                typed[i] = *other;
                check(&typed)?;
            }
            if i + 1 < code.len() && code[i] != code[i + 1] {
                let mut typed = code.clone();
                typed.swap(i, i + 1);
                check(&typed)?;
            }
        }
    }

}

proptest! {
    #[test]
    fn a_flipped_bit_with_a_recomputed_checksum_is_never_a_checksum_error(
        bit in 8usize..1000, picks in picks(30),
    ) {
        let forms = [every_kind()];
        let sent = answer(&forms[0], 0, 80, 2, &picks);
        let mut data = payload(&encode(&forms[0], &sent));
        let bit = bit % (data.len() * 8 - 8) + 8;
        data[bit / 8] ^= 0x80 >> (bit % 8);
        match decode(&forms, &with_crc(&data)) {
            Ok(back) => prop_assert_ne!(Answer { id: sent.id, ..back }, expected(&sent)),
            Err(e) => prop_assert!(matches!(e, CodeError::DoesNotFit | CodeError::UnknownForm), "{e:?}"),
        }
    }
}

#[test]
fn the_code_follows_the_documented_layout_bit_by_bit() {
    let form = every_kind();
    let mut sent = answer(&form, 2, 0, 2, &[]);
    sent.month = YearMonth {
        year: 2026,
        month: 11,
    };
    sent.values = vec![
        Value::Scale(4),
        Value::YesNo(false),
        Value::Choice(2),
        Value::Text("نعم".into()),
        Value::Choice(30),
        Value::Skipped,
        Value::Skipped,
    ];
    let mut bits = Vec::new();
    push(&mut bits, 1, 8);
    fingerprint(&form)
        .iter()
        .for_each(|b| push(&mut bits, (*b).into(), 8));
    push(&mut bits, 2, 2); // end
    push(&mut bits, 6 * 12 + 10, 12); // 2026-11
    push(&mut bits, 2, 4); // ar
    push(&mut bits, sent.nonce, 40);
    push(&mut bits, 4, 3);
    push(&mut bits, 2, 2);
    push(&mut bits, 3, 5);
    push(&mut bits, 1, 1);
    push(&mut bits, "نعم".len() as u64, 9);
    "نعم".bytes().for_each(|b| push(&mut bits, b.into(), 8));
    push(&mut bits, 31, 5);
    push(&mut bits, 0, 3);
    push(&mut bits, 0, 1);
    while !bits.len().is_multiple_of(8) {
        bits.push(false);
    }
    let payload: Vec<u8> = bits
        .chunks(8)
        .map(|c| c.iter().fold(0, |b, x| b << 1 | u8::from(*x)))
        .collect();
    assert_eq!(encode(&form, &sent), with_crc(&payload));
}

#[test]
fn the_crc_used_by_these_tests_is_openpgp_crc24() {
    assert_eq!(crc24(b"123456789"), [0x21, 0xCF, 0x02]);
}

#[test]
fn a_typical_default_form_code_is_short_and_grouped_by_four() {
    let form = the_default();
    let code = encode(&form, &typical(&form));
    println!(
        "typical default-form code: {code} ({} characters)",
        code.len()
    );
    assert_eq!(code.len(), 38, "{code}");
    assert!(
        code.split('-').all(|g| (1..=4).contains(&g.len())),
        "{code}"
    );
    assert!(
        code.split('-').rev().skip(1).all(|g| g.len() == 4),
        "{code}"
    );
}

#[test]
fn long_free_text_is_cut_on_a_character_boundary() {
    let form = every_kind();
    for (text, chars) in [
        ("a".repeat(400), 300),
        ("å".repeat(400), 255),
        ("😀".repeat(200), 127),
    ] {
        let picks: Vec<(u8, String)> = (0..11).map(|_| (1, text.clone())).collect();
        let back = decode(
            std::slice::from_ref(&form),
            &encode(&form, &answer(&form, 0, 0, 0, &picks)),
        )
        .unwrap();
        let Value::Text(t) = &back.values[3] else {
            panic!("{:?}", back.values[3])
        };
        assert_eq!(t.chars().count(), chars);
        assert!(t.len() <= 511);
    }
}
