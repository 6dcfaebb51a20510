//! QR codes: what is drawn can be read back (an answer code and a long invitation link), and the
//! SVG scales with CSS.

mod common;

use stegvis::domain::{Id, Timestamp};
use stegvis::survey::code::encode;
use stegvis::survey::default_form::default_form;
use stegvis::survey::qr::*;
use stegvis::survey::{Moment, Value};

const PIXELS_PER_MODULE: usize = 4;

/// The code as a greyscale picture: 4×4 pixels per module, with the quiet zone.
fn picture(text: &str) -> (usize, Vec<u8>) {
    let (width, dark) = modules(text).unwrap();
    assert_eq!(dark.len(), width * width);
    let side = (width + 2 * QUIET_ZONE) * PIXELS_PER_MODULE;
    let luma = (0..side * side)
        .map(|p| {
            let (x, y) = (p % side / PIXELS_PER_MODULE, p / side / PIXELS_PER_MODULE);
            let inside = (QUIET_ZONE..QUIET_ZONE + width).contains(&x)
                && (QUIET_ZONE..QUIET_ZONE + width).contains(&y);
            if inside && dark[(y - QUIET_ZONE) * width + x - QUIET_ZONE] {
                0
            } else {
                255
            }
        })
        .collect();
    (side, luma)
}

fn answer_code() -> String {
    let form = default_form(Id::random(), Timestamp(1));
    let mut values: Vec<Value> = (0..10).map(|i| Value::Scale(i % 5 + 1)).collect();
    values.push(Value::Text("Tack för stödet!".into()));
    let answer = common::answer(&form, Moment::End, 11, values);
    encode(&form, &answer)
}

#[test]
fn an_answer_code_read_from_its_qr_code_is_the_same_text() {
    let code = answer_code();
    let (side, luma) = picture(&code);
    assert_eq!(read(side, side, &luma), Some(code));
}

#[test]
fn a_long_invitation_link_read_from_its_qr_code_is_the_same_text() {
    let mut link = "https://stegvis.example/#svar=".to_owned();
    while link.len() < 1_500 {
        link.push_str("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_");
    }
    link.truncate(1_500);
    let (side, luma) = picture(&link);
    assert_eq!(read(side, side, &luma).as_deref(), Some(link.as_str()));
}

#[test]
fn a_picture_without_a_code_reads_as_nothing() {
    assert_eq!(read(64, 64, &[255; 64 * 64]), None);
    assert_eq!(read(64, 64, &[0; 10]), None, "too few pixels for the size");
    assert_eq!(read(0, 0, &[]), None);
}

#[test]
fn the_svg_has_a_view_box_and_no_fixed_size() {
    let code = answer_code();
    let (width, dark) = modules(&code).unwrap();
    let svg = svg(&code).unwrap();
    let side = width + 2 * QUIET_ZONE;
    let open_tag = &svg[..svg.find('>').unwrap()];
    assert!(open_tag.starts_with("<svg "), "{open_tag}");
    assert!(
        open_tag.contains(&format!(r#"viewBox="0 0 {side} {side}""#)),
        "{open_tag}"
    );
    assert!(
        !open_tag.contains("width=") && !open_tag.contains("height="),
        "{open_tag}"
    );
    assert!(svg.contains(r##"fill="#fff""##) && svg.contains(r##"fill="#000""##));
    assert!(svg.ends_with("</svg>"));
    // Every dark module is drawn once, as part of a horizontal run of height 1.
    let drawn: usize = svg
        .split('M')
        .skip(1)
        .map(|run| {
            run.split('h')
                .nth(1)
                .unwrap()
                .split('v')
                .next()
                .unwrap()
                .parse::<usize>()
                .unwrap()
        })
        .sum();
    assert_eq!(drawn, dark.iter().filter(|d| **d).count());
}

#[test]
fn long_text_uses_a_lower_error_correction_level_to_stay_small() {
    let short = "x".repeat(600);
    let long = "x".repeat(601);
    let (w_short, _) = modules(&short).unwrap();
    let (w_long, _) = modules(&long).unwrap();
    assert!(
        w_long < w_short,
        "601 bytes at level L ({w_long}) is smaller than 600 at M ({w_short})"
    );
}

#[test]
fn text_too_long_for_any_qr_code_is_refused() {
    assert_eq!(svg(&"x".repeat(5_000)), Err(TooLong));
    assert_eq!(modules(&"x".repeat(5_000)), Err(TooLong));
}
