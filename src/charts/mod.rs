//! Charts of a report, drawn as SVG text with plotters: outflows, referral sources, the flow
//! from referral source to outcome, and participants over time.
//!
//! Every chart has a title, uses the Okabe–Ito palette (told apart by colour-blind readers) and
//! after it colours that are never used twice ([`category_colour`]),
//! never lets colour alone carry meaning (progression is also marked in the text, series also
//! differ by marker), and is drawn on white so it prints well. Labels go through plotters' SVG
//! escaping, so a label such as `<script>` is drawn as text. The page shows each chart's table
//! beside it as the text alternative.

mod bars;
mod lines;
mod paired;
mod radar;
mod report_charts;
mod sankey;

pub use bars::{bar_chart, Bar, BarKind, FlowLegend};
pub use lines::{over_time_chart, Series};
pub use paired::{paired_bars, Pair};
pub use radar::{radar_chart, RadarSeries};
pub use report_charts::{report_charts, report_charts_in, Chart, MAX_CATEGORIES};
pub use sankey::{sankey_chart, Groups};

use plotters::style::RGBColor;

/// Okabe–Ito: blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow, black.
pub const PALETTE: [RGBColor; 8] = [
    RGBColor(0x00, 0x72, 0xB2),
    RGBColor(0xE6, 0x9F, 0x00),
    RGBColor(0x00, 0x9E, 0x73),
    RGBColor(0xD5, 0x5E, 0x00),
    RGBColor(0x56, 0xB4, 0xE9),
    RGBColor(0xCC, 0x79, 0xA7),
    RGBColor(0xF0, 0xE4, 0x42),
    RGBColor(0x00, 0x00, 0x00),
];

/// Paul Tol's muted scheme, for the categories after the first eight: rose, indigo, sand,
/// green, cyan, wine, teal, olive, purple.
const MORE: [RGBColor; 9] = [
    RGBColor(0xCC, 0x66, 0x77),
    RGBColor(0x33, 0x22, 0x88),
    RGBColor(0xDD, 0xCC, 0x77),
    RGBColor(0x11, 0x77, 0x33),
    RGBColor(0x88, 0xCC, 0xEE),
    RGBColor(0x88, 0x22, 0x55),
    RGBColor(0x44, 0xAA, 0x99),
    RGBColor(0x99, 0x99, 0x33),
    RGBColor(0xAA, 0x44, 0x99),
];

/// The colour of category `k` (from 0), never the same for two categories: the Okabe–Ito
/// palette, then Tol's muted scheme, then those seventeen half-way to white, which are also
/// drawn hatched ([`is_hatched`]) so they differ by more than colour.
pub fn category_colour(k: usize) -> RGBColor {
    let base = PALETTE.len() + MORE.len();
    let pick = |i: usize| {
        if i < PALETTE.len() {
            PALETTE[i]
        } else {
            MORE[i - PALETTE.len()]
        }
    };
    if k < base {
        return pick(k);
    }
    let RGBColor(r, g, b) = pick((k - base) % base);
    let light = |c: u8| c + (255 - c) / 2;
    // Past 34 categories a colour would repeat; the charts draw at most MAX_CATEGORIES.
    let shade = ((k - base) / base) as u8;
    RGBColor(light(r).saturating_sub(shade), light(g), light(b))
}

/// Whether category `k` is drawn with a hatch pattern over its colour.
pub fn is_hatched(k: usize) -> bool {
    k >= PALETTE.len() + MORE.len()
}

/// How large a chart's type is: on the page and in print, or in the presenter view, where it
/// must be read from the back of a room.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Typeset {
    Page,
    Presenter,
}

impl Typeset {
    /// `n` pixels of the page's layout, in this typeset.
    pub fn px(self, n: u32) -> u32 {
        match self {
            Typeset::Page => n,
            Typeset::Presenter => (n * 7).div_ceil(5),
        }
    }

    /// The canvas width for a chart laid out `width` wide on the page: wider in the presenter
    /// view, though less than its type grows, so the type is larger once the chart fills the
    /// screen.
    pub fn width(self, width: u32) -> u32 {
        match self {
            Typeset::Page => width,
            Typeset::Presenter => width * 6 / 5,
        }
    }
}

pub const INK: RGBColor = RGBColor(0x1B, 0x1F, 0x23);
pub const FONT: &str = "sans-serif";
pub const WIDTH: u32 = 760;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_categories_share_a_colour() {
        let colours: Vec<RGBColor> = (0..MAX_CATEGORIES + 1).map(category_colour).collect();
        for (i, a) in colours.iter().enumerate() {
            for (j, b) in colours.iter().enumerate().skip(i + 1) {
                assert_ne!(a, b, "categories {i} and {j}");
            }
        }
        assert!(!is_hatched(16) && is_hatched(17));
    }
}
