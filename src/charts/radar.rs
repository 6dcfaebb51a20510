//! A star (radar) chart: one axis per dimension from 1 to 5, one closed line per moment.
//!
//! The two series differ in colour (grey, blue), in marker (circle against square) and in line width, so
//! the chart reads in black and white and for colour-blind readers. The page puts the numbers
//! beside it as a table, which is also its text alternative.

use super::{FONT, INK, PALETTE};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One closed line: a name for the legend and one value (1–5) per axis.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarSeries {
    pub name: String,
    pub values: Vec<f64>,
}

const SIZE: (u32, u32) = (760, 560);
const GRID: RGBColor = RGBColor(0xB8, 0xBF, 0xC6);
/// The first series: dark grey (5.4:1 on white); the second is the palette's blue (5.1:1).
const START: RGBColor = RGBColor(0x5F, 0x6B, 0x75);

/// The chart as SVG text. `axes` name the dimensions, clockwise from the top.
pub fn radar_chart(title: &str, axes: &[String], series: &[RadarSeries]) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        let _ = root.fill(&WHITE);
        let bold = (FONT, 18).into_font().style(FontStyle::Bold).color(&INK);
        let _ = root.draw_text(title, &bold, (8, 10));
        let n = axes.len().max(3);
        let (cx, cy, r) = (300.0_f64, 300.0_f64, 200.0_f64);
        let point = |axis: usize, value: f64| {
            let angle =
                -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * axis as f64 / n as f64;
            let d = r * (value.clamp(0.0, 5.0) / 5.0);
            (
                (cx + d * angle.cos()).round() as i32,
                (cy + d * angle.sin()).round() as i32,
            )
        };
        let text = (FONT, 13).into_font().color(&INK);
        for level in 1..=5 {
            let mut ring: Vec<_> = (0..n).map(|a| point(a, f64::from(level))).collect();
            ring.push(ring[0]);
            let _ = root.draw(&PathElement::new(ring, GRID.stroke_width(1)));
            let (x, y) = point(0, f64::from(level));
            let _ = root.draw_text(&level.to_string(), &text, (x + 4, y - 14));
        }
        for (a, name) in axes.iter().enumerate() {
            let _ = root.draw(&PathElement::new(
                vec![point(a, 0.0), point(a, 5.0)],
                GRID.stroke_width(1),
            ));
            let (x, y) = point(a, 5.7);
            let h = if x < cx as i32 - 10 {
                HPos::Right
            } else if x > cx as i32 + 10 {
                HPos::Left
            } else {
                HPos::Center
            };
            let _ = root.draw_text(name, &text.pos(Pos::new(h, VPos::Center)), (x, y));
        }
        for (k, s) in series.iter().enumerate() {
            let colour = if k == 0 { START } else { PALETTE[0] };
            let width = if k == 0 { 2 } else { 3 };
            let mut line: Vec<_> = s
                .values
                .iter()
                .enumerate()
                .map(|(a, v)| point(a, *v))
                .collect();
            if let Some(first) = line.first().copied() {
                line.push(first);
            }
            let _ = root.draw(&PathElement::new(line.clone(), colour.stroke_width(width)));
            for p in line.iter().take(s.values.len()) {
                let _ = if k == 0 {
                    root.draw(&Circle::new(*p, 5, colour.filled()))
                } else {
                    root.draw(&Rectangle::new(
                        [(p.0 - 5, p.1 - 5), (p.0 + 5, p.1 + 5)],
                        colour.filled(),
                    ))
                };
            }
            let ly = 60 + 28 * k as i32;
            let _ = root.draw(&PathElement::new(
                vec![(560, ly), (600, ly)],
                colour.stroke_width(width),
            ));
            let _ = if k == 0 {
                root.draw(&Circle::new((580, ly), 5, colour.filled()))
            } else {
                root.draw(&Rectangle::new(
                    [(575, ly - 5), (585, ly + 5)],
                    colour.filled(),
                ))
            };
            let _ = root.draw_text(
                &s.name,
                &text.pos(Pos::new(HPos::Left, VPos::Center)),
                (608, ly),
            );
        }
        let _ = root.present();
    }
    svg
}
