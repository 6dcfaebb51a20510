//! Charts of a report, drawn as SVG text with plotters: outflows, referral sources, the flow
//! from referral source to outcome, and participants over time.
//!
//! Every chart has a title, uses the Okabe–Ito palette (told apart by colour-blind readers),
//! never lets colour alone carry meaning (progression is also marked in the text, series also
//! differ by marker), and is drawn on white so it prints well. Labels go through plotters' SVG
//! escaping, so a label such as `<script>` is drawn as text. The page shows each chart's table
//! beside it as the text alternative.

mod bars;
mod lines;
mod radar;
mod report_charts;

pub use bars::{bar_chart, flow_chart, Bar, BarKind, FlowLegend};
pub use lines::{over_time_chart, Series};
pub use radar::{radar_chart, RadarSeries};
pub use report_charts::{report_charts, Chart, MAX_CATEGORIES};

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

pub const INK: RGBColor = RGBColor(0x1B, 0x1F, 0x23);
pub const FONT: &str = "sans-serif";
pub const WIDTH: u32 = 760;
