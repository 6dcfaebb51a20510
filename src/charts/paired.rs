//! Paired bars: for each dimension of a self-evaluation, the mean at the start and at the end
//! side by side on the 1–5 scale, so the change reads at a glance beside the star chart.
//!
//! The two bars differ in colour (grey, blue) and in position (the start above), and each
//! carries its number, so the chart reads in black and white.

use super::{FONT, INK, PALETTE, WIDTH};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The start's grey (5.4:1 on white), as in the star chart.
const START: RGBColor = RGBColor(0x5F, 0x6B, 0x75);
const LABEL_WIDTH: u32 = 250;
const TOP: u32 = 70;
const BAR: u32 = 16;
const ROW: u32 = 2 * BAR + 16;

/// One dimension: its name and the means at the start and at the end (1–5).
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    pub name: String,
    pub start: f64,
    pub end: f64,
}

/// The chart as SVG text; `names` are the two moments for the legend. Means print with one
/// decimal through `decimal` (the page's language).
pub fn paired_bars(
    title: &str,
    pairs: &[Pair],
    names: (&str, &str),
    decimal: &dyn Fn(f64) -> String,
) -> String {
    let height = TOP + ROW * pairs.len().max(1) as u32 + 40;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let bold = (FONT, 18).into_font().style(FontStyle::Bold).color(&INK);
        let _ = root.draw_text(title, &bold, (8, 10));
        let text = (FONT, 14).into_font().color(&INK);
        let space = (WIDTH - LABEL_WIDTH - 70) as f64;
        let x_of = |v: f64| LABEL_WIDTH as i32 + (space * (v.clamp(0.0, 5.0) / 5.0)).round() as i32;
        // The legend, then a scale line at 1 to 5.
        for (k, (name, colour)) in [(names.0, START), (names.1, PALETTE[0])]
            .into_iter()
            .enumerate()
        {
            let x = LABEL_WIDTH as i32 + 200 * k as i32;
            let _ = root.draw(&Rectangle::new([(x, 40), (x + 16, 56)], colour.filled()));
            let _ = root.draw_text(
                name,
                &text.pos(Pos::new(HPos::Left, VPos::Center)),
                (x + 22, 48),
            );
        }
        for level in 1..=5 {
            let x = x_of(f64::from(level));
            let bottom = (TOP + ROW * pairs.len().max(1) as u32) as i32;
            let _ = root.draw(&PathElement::new(
                vec![(x, TOP as i32 - 4), (x, bottom)],
                RGBColor(0xD8, 0xDC, 0xE0).stroke_width(1),
            ));
            let _ = root.draw_text(
                &level.to_string(),
                &text.pos(Pos::new(HPos::Center, VPos::Top)),
                (x, bottom + 4),
            );
        }
        for (i, pair) in pairs.iter().enumerate() {
            let y = (TOP + ROW * i as u32) as i32;
            let _ = root.draw_text(
                &pair.name,
                &text.pos(Pos::new(HPos::Right, VPos::Center)),
                (LABEL_WIDTH as i32 - 8, y + BAR as i32),
            );
            for (k, (value, colour)) in [(pair.start, START), (pair.end, PALETTE[0])]
                .into_iter()
                .enumerate()
            {
                let top = y + (k as i32) * BAR as i32;
                let end = x_of(value);
                let _ = root.draw(&Rectangle::new(
                    [(LABEL_WIDTH as i32, top), (end, top + BAR as i32 - 2)],
                    colour.filled(),
                ));
                let _ = root.draw_text(
                    &decimal(value),
                    &text.pos(Pos::new(HPos::Left, VPos::Center)),
                    (end + 6, top + BAR as i32 / 2),
                );
            }
        }
        let _ = root.present();
    }
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_dimension_gets_two_bars_with_their_numbers() {
        let pairs = [
            Pair {
                name: "Hälsa".into(),
                start: 2.0,
                end: 3.5,
            },
            Pair {
                name: "<b>Arbete</b>".into(),
                start: 3.0,
                end: 2.5,
            },
        ];
        let svg = paired_bars("Start och avslut", &pairs, ("Start", "Avslut"), &|x| {
            format!("{x:.1}")
        });
        assert!(svg.contains("3.5") && svg.contains("2.5") && svg.contains("Hälsa"));
        assert!(svg.contains("&lt;b&gt;Arbete"), "labels are escaped");
        // Two legend boxes and two bars per dimension.
        assert_eq!(svg.matches("<rect").count(), 1 + 2 + 2 * pairs.len());
    }
}
