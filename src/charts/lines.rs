//! Participants over time: started and discharged per month, and active at each month's end.

use super::{FONT, INK, PALETTE, WIDTH};
use plotters::prelude::*;

/// One line of the chart: its name and one value per month.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<u32>,
}

/// A line chart with one point per month; `months` are the x-axis labels. Each series has its
/// own colour and its own marker shape (circle, triangle, cross).
pub fn over_time_chart(title: &str, months: &[String], series: &[Series]) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, 360)).into_drawing_area();
        let _ = root.fill(&WHITE);
        draw(&root, title, months, series);
        let _ = root.present();
    }
    svg
}

fn draw(
    root: &DrawingArea<SVGBackend, plotters::coord::Shift>,
    title: &str,
    months: &[String],
    series: &[Series],
) -> Option<()> {
    {
        let n = months.len().max(1) as i32;
        let max = series
            .iter()
            .flat_map(|s| s.values.iter().copied())
            .max()
            .unwrap_or(0)
            .max(1) as i32;
        let mut chart = ChartBuilder::on(root)
            .caption(
                title,
                (FONT, 18).into_font().style(FontStyle::Bold).color(&INK),
            )
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(44)
            .build_cartesian_2d(-1..n, 0..max + max / 10 + 1)
            .ok()?;
        let step = months.len().div_ceil(12).max(1);
        let label = |i: &i32| {
            let i = *i;
            if i >= 0 && (i as usize) < months.len() && (i as usize).is_multiple_of(step) {
                months[i as usize].clone()
            } else {
                String::new()
            }
        };
        let _ = chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(months.len().min(24) + 2)
            .x_label_formatter(&label)
            .label_style((FONT, 12).into_font().color(&INK))
            .light_line_style(RGBColor(0xE0, 0xE4, 0xE8))
            .draw();
        for (k, s) in series.iter().enumerate() {
            let colour = PALETTE[k % PALETTE.len()];
            let points: Vec<(i32, i32)> = s
                .values
                .iter()
                .enumerate()
                .map(|(i, v)| (i as i32, *v as i32))
                .collect();
            let style = colour.stroke_width(3);
            if let Ok(drawn) = chart.draw_series(LineSeries::new(points.clone(), style)) {
                drawn.label(s.name.clone()).legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 20, y)], colour.stroke_width(3))
                });
            }
            let _ = match k % 3 {
                0 => chart
                    .draw_series(points.iter().map(|p| Circle::new(*p, 4, colour.filled())))
                    .map(|_| ()),
                1 => chart
                    .draw_series(
                        points
                            .iter()
                            .map(|p| TriangleMarker::new(*p, 5, colour.filled())),
                    )
                    .map(|_| ()),
                _ => chart
                    .draw_series(
                        points
                            .iter()
                            .map(|p| Cross::new(*p, 4, colour.stroke_width(2))),
                    )
                    .map(|_| ()),
            };
        }
        let _ = chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.9))
            .border_style(INK)
            .label_font((FONT, 13).into_font().color(&INK))
            .position(SeriesLabelPosition::UpperLeft)
            .draw();
    }
    Some(())
}
