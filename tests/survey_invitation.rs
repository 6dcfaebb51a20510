//! The default form, and invitations: a form in a link's fragment, its size, and damaged,
//! hostile and newer links refused.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use stegvis::domain::{Id, Timestamp};
use stegvis::survey::default_form::default_form;
use stegvis::survey::invitation::*;
use stegvis::survey::{Form, ItemKind, Moment, Text};

fn the_default() -> Form {
    default_form(Id::random(), Timestamp(1_790_000_000_000))
}

/// A fragment holding exactly `json`, packed the way invitations are.
fn packed(json: &[u8]) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(json, 9);
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(deflated))
}

#[test]
fn the_default_form_has_ten_statements_in_nine_dimensions_and_one_optional_free_text() {
    let form = the_default();
    assert_eq!(form.name, "Självskattning (standard)");
    assert_eq!(form.languages, ["sv", "en"]);
    assert_eq!(form.items.len(), 11);
    let scales: Vec<_> = form
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Scale { .. }))
        .collect();
    assert_eq!(scales.len(), 10);
    assert!(scales.iter().all(|i| !i.optional));
    let last = form.items.last().unwrap();
    assert_eq!(last.kind, ItemKind::FreeText);
    assert!(last.optional);
    assert_eq!(last.text.get("sv"), "Vill du säga något mer?");
    assert_eq!(
        last.text.get("en"),
        "Is there anything else you would like to say?"
    );
    let mut dimensions: Vec<(&str, &str)> = Vec::new();
    for item in &scales {
        let d = item
            .dimension
            .as_ref()
            .expect("every statement has a dimension");
        if !dimensions.contains(&(d.get("sv"), d.get("en"))) {
            dimensions.push((d.get("sv"), d.get("en")));
        }
    }
    assert_eq!(
        dimensions,
        [
            ("Mående", "Well-being"),
            ("Vardag", "Daily life"),
            ("Tilltro", "Confidence"),
            ("Styrkor", "Strengths"),
            ("Riktning", "Direction"),
            ("Hälsa", "Health"),
            ("Nätverk", "Network"),
            ("Stöd", "Support"),
            ("Bemötande", "Being heard"),
        ]
    );
    let confidence = |i: usize| scales[i].dimension.as_ref().unwrap().get("en").to_owned();
    assert_eq!(
        (confidence(2), confidence(3)),
        ("Confidence".into(), "Confidence".into())
    );
}

#[test]
fn every_text_of_the_default_form_is_in_both_languages() {
    let form = the_default();
    let both = |t: &Text, what: &str| {
        assert!(t.has("sv") && t.has("en"), "{what}: {t:?}");
        assert_ne!(t.get("sv"), t.get("en"), "{what}: {t:?}");
    };
    for (n, item) in form.items.iter().enumerate() {
        both(&item.text, &format!("item {n}"));
        if let Some(d) = &item.dimension {
            both(d, &format!("dimension of item {n}"));
        }
        if let ItemKind::Scale { low, high } = &item.kind {
            both(low, "low end");
            both(high, "high end");
            assert_eq!(low.get("sv"), "Stämmer inte alls");
            assert_eq!(high.get("en"), "Completely true");
        }
    }
    let ids: std::collections::BTreeSet<_> = form.items.iter().map(|i| i.id).collect();
    assert_eq!(ids.len(), form.items.len(), "item ids are unique");
}

#[test]
fn an_invitation_comes_back_equal_with_or_without_the_hash() {
    for moment in Moment::ALL {
        let inv = Invitation {
            form: the_default(),
            moment,
        };
        let fragment = to_fragment(&inv);
        assert!(fragment.starts_with("svar="));
        assert!(fragment[5..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(from_fragment(&fragment), Ok(inv.clone()));
        assert_eq!(from_fragment(&format!("#{fragment}")), Ok(inv));
    }
}

#[test]
fn the_default_form_fits_in_a_short_link() {
    let fragment = to_fragment(&Invitation {
        form: the_default(),
        moment: Moment::Start,
    });
    println!(
        "default form invitation fragment: {} characters",
        fragment.len()
    );
    assert!(
        fragment.len() <= 1_800,
        "the fragment is {} characters",
        fragment.len()
    );
}

#[test]
fn the_fragment_holds_version_moment_and_form_as_compact_json() {
    let inv = Invitation {
        form: the_default(),
        moment: Moment::End,
    };
    let fragment = to_fragment(&inv);
    let deflated = URL_SAFE_NO_PAD.decode(&fragment[PREFIX.len()..]).unwrap();
    let json = miniz_oxide::inflate::decompress_to_vec(&deflated).unwrap();
    let text = String::from_utf8(json).unwrap();
    assert!(
        text.starts_with(r#"{"v":1,"m":"slut","f":{"#),
        "{}",
        &text[..40]
    );
    assert!(!text.contains(": ") && !text.contains('\n'));
}

#[test]
fn a_link_without_an_invitation_is_told_apart() {
    for fragment in ["", "#", "#/projekt", "svar", "#svar"] {
        assert_eq!(
            from_fragment(fragment),
            Err(InvitationError::NotAnInvitation),
            "{fragment}"
        );
    }
}

#[test]
fn a_truncated_or_garbled_invitation_is_damaged() {
    let fragment = to_fragment(&Invitation {
        form: the_default(),
        moment: Moment::Start,
    });
    for cut in [
        fragment.len() - 1,
        fragment.len() - 7,
        fragment.len() / 2,
        PREFIX.len() + 1,
    ] {
        assert_eq!(
            from_fragment(&fragment[..cut]),
            Err(InvitationError::Damaged),
            "cut at {cut}"
        );
    }
    assert_eq!(from_fragment("svar="), Err(InvitationError::Damaged));
    assert_eq!(from_fragment("svar=!!!!"), Err(InvitationError::Damaged));
    assert_eq!(
        from_fragment(&packed(b"not json")),
        Err(InvitationError::Damaged)
    );
    assert_eq!(
        from_fragment(&packed(br#"{"v":1,"m":"start"}"#)),
        Err(InvitationError::Damaged)
    );
    assert_eq!(
        from_fragment(&packed(br#"{"v":0}"#)),
        Err(InvitationError::Damaged)
    );
}

#[test]
fn an_unknown_moment_is_damaged() {
    let inv = Invitation {
        form: the_default(),
        moment: Moment::Start,
    };
    let mut json: serde_json::Value = serde_json::from_slice(
        &miniz_oxide::inflate::decompress_to_vec(
            &URL_SAFE_NO_PAD
                .decode(&to_fragment(&inv)[PREFIX.len()..])
                .unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    json["m"] = "sometime".into();
    assert_eq!(
        from_fragment(&packed(json.to_string().as_bytes())),
        Err(InvitationError::Damaged)
    );
    json["m"] = "start".into();
    assert_eq!(from_fragment(&packed(json.to_string().as_bytes())), Ok(inv));
}

#[test]
fn a_zip_bomb_is_refused() {
    let mut bomb = br#"{"v":1,"m":"start","f":{"name":""#.to_vec();
    bomb.extend(std::iter::repeat_n(b'a', 10 * 1024 * 1024));
    bomb.extend(br#""}}"#);
    let fragment = packed(&bomb);
    assert!(
        fragment.len() < 30_000,
        "it is small in the link: {}",
        fragment.len()
    );
    assert_eq!(from_fragment(&fragment), Err(InvitationError::Damaged));
}

#[test]
fn an_invitation_from_a_newer_version_says_so() {
    assert_eq!(
        from_fragment(&packed(br#"{"v":2,"whatever":[]}"#)),
        Err(InvitationError::NewerVersion(2))
    );
}

#[test]
fn a_form_that_no_answer_code_can_carry_is_refused() {
    let mut form = the_default();
    form.languages = (0..17).map(|i| format!("x{i}")).collect();
    let inv = Invitation {
        form,
        moment: Moment::Start,
    };
    assert_eq!(
        from_fragment(&to_fragment(&inv)),
        Err(InvitationError::BadForm)
    );
    let mut form = the_default();
    form.languages.clear();
    let inv = Invitation {
        form,
        moment: Moment::Start,
    };
    assert_eq!(
        from_fragment(&to_fragment(&inv)),
        Err(InvitationError::BadForm)
    );
    let mut form = the_default();
    form.items[0].kind = ItemKind::Choice {
        options: vec![Text::of(&[("sv", "x")]); 32],
    };
    let inv = Invitation {
        form,
        moment: Moment::Start,
    };
    assert_eq!(
        from_fragment(&to_fragment(&inv)),
        Err(InvitationError::BadForm)
    );
}
