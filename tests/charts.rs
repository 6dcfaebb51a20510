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
    let svg = bar_chart(
        "Avslutsorsaker för utskrivna",
        &bars(),
        19,
        &share,
        "✓",
        Typeset::Page,
    );
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains("Avslutsorsaker för utskrivna"));
    assert!(svg.contains("Övrigt"), "å, ä, ö survive");
    assert!(svg.contains("8 (42,1 %)"));
    assert!(svg.contains("0 (0,0 %)"), "zero rows are drawn too");
}

#[test]
fn bars_are_sorted_largest_first() {
    let svg = bar_chart("T", &bars(), 14, &share, "✓", Typeset::Page);
    let at = |s: &str| svg.find(s).unwrap();
    assert!(
        at("Övrigt") < at("Arbete")
            && at("Arbete") < at("Studier")
            && at("Studier") < at("Fortsatt")
    );
}

#[test]
fn progression_is_marked_in_text_not_only_by_colour() {
    let svg = bar_chart("T", &bars(), 14, &share, "(resultat)", Typeset::Page);
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
    let svg = bar_chart("<b>titel</b>", &bars, 1, &share, "✓", Typeset::Page);
    assert!(!svg.contains("<script>"));
    assert!(!svg.contains("<b>"));
    assert!(svg.contains("&lt;script&gt;"));
}

#[test]
fn the_flow_is_a_sankey_diagram_with_bands_as_wide_as_their_counts() {
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
    let groups = Groups {
        progression: "Till arbete eller studier",
        other: "Andra avslut",
    };
    let svg = sankey_chart(
        "Från remittent till avslut",
        &rows,
        &legend,
        "✓",
        &groups,
        Typeset::Page,
    );
    let texts: Vec<&str> = svg.lines().map(str::trim).collect();
    // Direct labels with counts at both ends, and the two groups' headings.
    for label in [
        "Socialsekreterare 4",
        "Eget initiativ 3",
        "Arbete ✓ 3",
        "Sjukdom 3",
        "Avslutsorsak saknas 1",
        "Till arbete eller studier",
        "Andra avslut",
    ] {
        assert!(texts.contains(&label), "{label} in {texts:?}");
    }
    assert!(svg.contains("#5F6B75"), "the missing outcome is grey");
    // One band per path that occurs (four), each a polygon; its height at the left end is
    // its count times the same scale.
    let bands: Vec<&str> = svg.lines().filter(|l| l.contains("<polygon")).collect();
    assert_eq!(bands.len(), 4, "{svg}");
    let heights: Vec<i32> = bands
        .iter()
        .map(|b| {
            let points: Vec<(i32, i32)> = b
                .split("points=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .split(' ')
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect();
            let x0 = points[0].0;
            let ys: Vec<i32> = points.iter().filter(|p| p.0 == x0).map(|p| p.1).collect();
            ys.iter().max().unwrap() - ys.iter().min().unwrap()
        })
        .collect();
    // Counts 3, 1, 2, 1: the first band is three times the second, the third twice.
    assert!((heights[0] - 3 * heights[1]).abs() <= 2, "{heights:?}");
    assert!((heights[2] - 2 * heights[1]).abs() <= 2, "{heights:?}");
}

#[test]
fn long_outcome_names_are_shortened_and_a_hostile_one_is_text() {
    let legend = vec![FlowLegend {
        outcome: "<script>Till Arbetsförmedlingen/Försäkringskassan efter lång tid</script>".into(),
        progression: false,
        missing: false,
    }];
    let rows = vec![("Socialsekreterare".to_string(), vec![2])];
    let groups = Groups {
        progression: "P",
        other: "O",
    };
    let svg = sankey_chart("Flöde", &rows, &legend, "✓", &groups, Typeset::Page);
    assert!(!svg.contains("<script>"));
    assert!(svg.contains("…"), "shortened");
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

#[test]
fn the_presenter_view_draws_larger_type_than_the_page() {
    // The type grows more than the canvas, so it is larger once both fill the same screen.
    let ratio = |svg: &str| {
        let width: f64 = svg
            .split("width=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let size: f64 = svg
            .split("font-size=\"")
            .nth(2)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        size / width
    };
    let share = |part: u32, of: u32| format!("{part}/{of}");
    let page = bar_chart("T", &bars(), 14, &share, "✓", Typeset::Page);
    let presenter = bar_chart("T", &bars(), 14, &share, "✓", Typeset::Presenter);
    assert!(
        ratio(&presenter) > 1.1 * ratio(&page),
        "{} vs {}",
        ratio(&presenter),
        ratio(&page)
    );
    let legend = vec![FlowLegend {
        outcome: "Arbete".into(),
        progression: true,
        missing: false,
    }];
    let rows = vec![("Socialsekreterare".to_string(), vec![2])];
    let groups = Groups {
        progression: "P",
        other: "O",
    };
    let page = sankey_chart("F", &rows, &legend, "✓", &groups, Typeset::Page);
    let presenter = sankey_chart("F", &rows, &legend, "✓", &groups, Typeset::Presenter);
    assert!(ratio(&presenter) > 1.1 * ratio(&page));
}
