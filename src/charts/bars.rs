//! Horizontal bar charts: one bar per label, or stacked bars for referral source → outcome.

use super::{category_colour, is_hatched, FONT, INK, PALETTE, WIDTH};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// What a bar stands for, which decides its colour and whether it is marked in its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarKind {
    Plain,
    /// Counts as progression: green, and the mark after the label.
    Progression,
    /// Missing data (no outcome, no referral source): vermillion, so the hole stands out.
    Missing,
}

/// One bar: its label, its count and its kind.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub count: u32,
    pub kind: BarKind,
}

const ROW: u32 = 30;
const TOP: u32 = 44;
const LABEL_WIDTH: u32 = 300;

fn frame(
    height: u32,
    title: &str,
    draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>),
) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let _ = root.draw_text(
            title,
            &(FONT, 18).into_font().style(FontStyle::Bold).color(&INK),
            (8, 10),
        );
        draw(&root);
        let _ = root.present();
    }
    svg
}

/// Bars sorted by count (largest first), each with its count and its share of `total`.
/// `share` formats a share (so the language decides `36,8 %` or `36.8%`); `mark` is appended to
/// the labels of progression bars.
pub fn bar_chart(
    title: &str,
    bars: &[Bar],
    total: u32,
    share: &dyn Fn(u32, u32) -> String,
    mark: &str,
) -> String {
    let mut bars = bars.to_vec();
    bars.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    let height = TOP + ROW * bars.len().max(1) as u32 + 16;
    let max = bars.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let bar_space = WIDTH - LABEL_WIDTH - 150;
    frame(height, title, |root| {
        let text = (FONT, 14).into_font().color(&INK);
        for (i, b) in bars.iter().enumerate() {
            let y = (TOP + ROW * i as u32) as i32;
            let label = if b.kind == BarKind::Progression {
                format!("{} {mark}", b.label)
            } else {
                b.label.clone()
            };
            let right = text.pos(Pos::new(HPos::Right, VPos::Center));
            let _ = root.draw_text(&label, &right, (LABEL_WIDTH as i32 - 8, y + 11));
            let len = (bar_space * b.count / max) as i32;
            let colour = match b.kind {
                BarKind::Plain => PALETTE[0],
                BarKind::Progression => PALETTE[2],
                BarKind::Missing => PALETTE[3],
            };
            if len > 0 {
                let _ = root.draw(&Rectangle::new(
                    [(LABEL_WIDTH as i32, y), (LABEL_WIDTH as i32 + len, y + 22)],
                    colour.filled(),
                ));
            }
            let value = format!("{} ({})", b.count, share(b.count, total));
            let _ = root.draw_text(
                &value,
                &text.pos(Pos::new(HPos::Left, VPos::Center)),
                (LABEL_WIDTH as i32 + len + 6, y + 11),
            );
        }
    })
}

/// The outcomes in the flow chart's legend, in drawing order, with progression marked.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowLegend {
    pub outcome: String,
    pub progression: bool,
    /// The "no outcome recorded" segment: drawn in grey, never in a palette colour.
    pub missing: bool,
}

/// Neutral grey for missing data in stacked bars (contrast 5.4:1 on white).
const MISSING_GREY: RGBColor = RGBColor(0x5F, 0x6B, 0x75);

fn legend_colour(legend: &[FlowLegend], k: usize) -> RGBColor {
    if legend.get(k).is_some_and(|l| l.missing) {
        MISSING_GREY
    } else {
        category_colour(k)
    }
}

/// Thin white diagonal lines over a rectangle: the pattern of the lighter, hatched colours.
fn hatch(
    root: &DrawingArea<SVGBackend, plotters::coord::Shift>,
    (x0, y0): (i32, i32),
    (x1, y1): (i32, i32),
) {
    let mut d = 0;
    while d < (x1 - x0) + (y1 - y0) {
        // The line x - x0 + (y - y0) = d, clipped to the rectangle.
        let (ax, ay) = (x0 + d.min(x1 - x0), y0 + (d - (x1 - x0)).max(0));
        let (bx, by) = (x0 + (d - (y1 - y0)).max(0), y0 + d.min(y1 - y0));
        let _ = root.draw(&PathElement::new(
            vec![(ax, ay), (bx, by)],
            INK.stroke_width(1),
        ));
        d += 6;
    }
}

/// One stacked bar per referral source, split by outcome: which paths lead to work or studies.
/// `rows` are (referral source, counts per outcome in `legend` order).
pub fn flow_chart(
    title: &str,
    rows: &[(String, Vec<u32>)],
    legend: &[FlowLegend],
    mark: &str,
) -> String {
    let legend_rows = legend.len().div_ceil(2) as u32;
    let height = TOP + ROW * rows.len().max(1) as u32 + 24 + 22 * legend_rows;
    let max = rows
        .iter()
        .map(|(_, c)| c.iter().sum::<u32>())
        .max()
        .unwrap_or(0)
        .max(1);
    let bar_space = WIDTH - LABEL_WIDTH - 60;
    frame(height, title, |root| {
        let text = (FONT, 14).into_font().color(&INK);
        for (i, (referral, counts)) in rows.iter().enumerate() {
            let y = (TOP + ROW * i as u32) as i32;
            let _ = root.draw_text(
                referral,
                &text.pos(Pos::new(HPos::Right, VPos::Center)),
                (LABEL_WIDTH as i32 - 8, y + 11),
            );
            let mut x = LABEL_WIDTH as i32;
            for (k, count) in counts.iter().enumerate() {
                let len = (bar_space * count / max) as i32;
                if len > 0 {
                    let colour = legend_colour(legend, k);
                    let _ = root.draw(&Rectangle::new(
                        [(x, y), (x + len, y + 22)],
                        colour.filled(),
                    ));
                    if is_hatched(k) {
                        hatch(root, (x, y), (x + len, y + 22));
                    }
                    let _ = root.draw(&Rectangle::new(
                        [(x, y), (x + len, y + 22)],
                        WHITE.stroke_width(1),
                    ));
                    x += len;
                }
            }
            let total: u32 = counts.iter().sum();
            let _ = root.draw_text(
                &total.to_string(),
                &text.pos(Pos::new(HPos::Left, VPos::Center)),
                (x + 6, y + 11),
            );
        }
        let legend_top = (TOP + ROW * rows.len().max(1) as u32 + 12) as i32;
        for (k, item) in legend.iter().enumerate() {
            let x = 8 + (k as i32 % 2) * (WIDTH as i32 / 2);
            let y = legend_top + 22 * (k as i32 / 2);
            let colour = legend_colour(legend, k);
            let _ = root.draw(&Rectangle::new([(x, y), (x + 16, y + 16)], colour.filled()));
            if is_hatched(k) {
                hatch(root, (x, y), (x + 16, y + 16));
            }
            let name = if item.progression {
                format!("{} {mark}", item.outcome)
            } else {
                item.outcome.clone()
            };
            let _ = root.draw_text(
                &name,
                &text.pos(Pos::new(HPos::Left, VPos::Center)),
                (x + 22, y + 8),
            );
        }
    })
}
