//! Horizontal bar charts: one bar per label, and the colours and hatching the flow shares.

use super::{category_colour, Typeset, FONT, INK, PALETTE, WIDTH};
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

/// A white canvas with the chart's title, on which `draw` draws the rest.
pub(super) fn frame(
    (width, height): (u32, u32),
    title: &str,
    set: Typeset,
    draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>),
) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let _ = root.draw_text(
            title,
            &(FONT, set.px(18))
                .into_font()
                .style(FontStyle::Bold)
                .color(&INK),
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
    set: Typeset,
) -> String {
    let mut bars = bars.to_vec();
    bars.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    let (row, top, label_width) = (set.px(ROW), set.px(TOP), set.px(LABEL_WIDTH));
    let bar_height = set.px(22) as i32;
    let width = set.width(WIDTH);
    let height = top + row * bars.len().max(1) as u32 + 16;
    let max = bars.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let bar_space = width - label_width - set.px(150);
    frame((width, height), title, set, |root| {
        let text = (FONT, set.px(14)).into_font().color(&INK);
        for (i, b) in bars.iter().enumerate() {
            let y = (top + row * i as u32) as i32;
            let label = if b.kind == BarKind::Progression {
                format!("{} {mark}", b.label)
            } else {
                b.label.clone()
            };
            let right = text.pos(Pos::new(HPos::Right, VPos::Center));
            let middle = y + bar_height / 2;
            let _ = root.draw_text(&label, &right, (label_width as i32 - 8, middle));
            let len = (bar_space * b.count / max) as i32;
            let colour = match b.kind {
                BarKind::Plain => PALETTE[0],
                BarKind::Progression => PALETTE[2],
                BarKind::Missing => PALETTE[3],
            };
            if len > 0 {
                let _ = root.draw(&Rectangle::new(
                    [
                        (label_width as i32, y),
                        (label_width as i32 + len, y + bar_height),
                    ],
                    colour.filled(),
                ));
            }
            let value = format!("{} ({})", b.count, share(b.count, total));
            let _ = root.draw_text(
                &value,
                &text.pos(Pos::new(HPos::Left, VPos::Center)),
                (label_width as i32 + len + 6, middle),
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

pub(super) fn legend_colour(legend: &[FlowLegend], k: usize) -> RGBColor {
    if legend.get(k).is_some_and(|l| l.missing) {
        MISSING_GREY
    } else {
        category_colour(k)
    }
}

/// Thin white diagonal lines over a rectangle: the pattern of the lighter, hatched colours.
pub(super) fn hatch(
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
