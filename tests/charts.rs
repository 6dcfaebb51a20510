//! The SVG charts: titles, Swedish letters, escaping, order, and marks that do not rely on colour.

use stegvis::charts::*;

fn share(part: u32, of: u32) -> String {
    format!("{:.1} %", 100.0 * f64::from(part) / f64::from(of.max(1))).replace('.', ",")
}

fn bars() -> Vec<Bar> {
    vec![
        Bar {
            label: "Övrigt".into(),
            count: 8,
            kind: BarKind::Plain,
        },
        Bar {
            label: "Arbete".into(),
            count: 4,
            kind: BarKind::Progression,
        },
        Bar {
            label: "Studier".into(),
            count: 2,
            kind: BarKind::Progression,
        },
        Bar {
            label: "Fortsatt rehabilitering".into(),
            count: 0,
            kind: BarKind::Plain,
        },
    ]
}

#[test]
fn a_bar_chart_has_its_title_labels_counts_and_shares() {
    let svg = bar_chart("Avslutsorsaker för utskrivna", &bars(), 19, &share, "✓");
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains("Avslutsorsaker för utskrivna"));
    assert!(svg.contains("Övrigt"), "å, ä, ö survive");
    assert!(svg.contains("8 (42,1 %)"));
    assert!(svg.contains("0 (0,0 %)"), "zero rows are drawn too");
}

#[test]
fn bars_are_sorted_largest_first() {
    let svg = bar_chart("T", &bars(), 14, &share, "✓");
    let at = |s: &str| svg.find(s).unwrap();
    assert!(
        at("Övrigt") < at("Arbete")
            && at("Arbete") < at("Studier")
            && at("Studier") < at("Fortsatt")
    );
}

#[test]
fn progression_is_marked_in_text_not_only_by_colour() {
    let svg = bar_chart("T", &bars(), 14, &share, "(resultat)");
    assert!(svg.contains("Arbete (resultat)"));
    assert!(!svg.contains("Övrigt (resultat)"));
    assert!(
        svg.contains("#009E73"),
        "progression bars use the palette's green"
    );
}

#[test]
fn hostile_labels_are_drawn_as_text() {
    let bars = vec![Bar {
        label: "<script>alert(1)</script>".into(),
        count: 1,
        kind: BarKind::Plain,
    }];
    let svg = bar_chart("<b>titel</b>", &bars, 1, &share, "✓");
    assert!(!svg.contains("<script>"));
    assert!(!svg.contains("<b>"));
    assert!(svg.contains("&lt;script&gt;"));
}

#[test]
fn the_flow_chart_stacks_outcomes_per_referral_source_with_a_legend() {
    let legend = vec![
        FlowLegend {
            outcome: "Arbete".into(),
            progression: true,
            missing: false,
        },
        FlowLegend {
            outcome: "Sjukdom".into(),
            progression: false,
            missing: false,
        },
        FlowLegend {
            outcome: "Avslutsorsak saknas".into(),
            progression: false,
            missing: true,
        },
    ];
    let rows = vec![
        ("Socialsekreterare".to_string(), vec![3, 1, 0]),
        ("Eget initiativ".to_string(), vec![0, 2, 1]),
    ];
    let svg = flow_chart("Från remittent till avslut", &rows, &legend, "✓");
    assert!(svg.contains("Socialsekreterare") && svg.contains("Eget initiativ"));
    let texts: Vec<&str> = svg.lines().map(str::trim).collect();
    assert!(texts.contains(&"Arbete ✓") && texts.contains(&"Sjukdom"));
    assert!(
        texts.contains(&"4") && texts.contains(&"3"),
        "total per referral source"
    );
    assert!(
        svg.contains("#5F6B75"),
        "the missing outcome is grey, not a palette colour"
    );
}

#[test]
fn the_over_time_chart_draws_each_series_with_its_name() {
    let months: Vec<String> = ["jan", "feb", "mar"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let series = vec![
        Series {
            name: "Nya".into(),
            values: vec![1, 2, 0],
        },
        Series {
            name: "Utskrivna".into(),
            values: vec![0, 1, 1],
        },
        Series {
            name: "Pågående vid månadens slut".into(),
            values: vec![1, 2, 1],
        },
    ];
    let svg = over_time_chart("Deltagare över tid", &months, &series);
    for text in [
        "Deltagare över tid",
        "Nya",
        "Utskrivna",
        "Pågående vid månadens slut",
        "feb",
    ] {
        assert!(svg.contains(text), "{text} is drawn");
    }
    assert!(svg.contains("<circle"), "first series has circle markers");
}
