//! The flow from referral source to outcome as a Sankey diagram: referral sources on the left,
//! outcomes on the right, and a band for every path whose width is its count.
//!
//! Outcomes that count as progression are drawn first, under a heading of their own, the other
//! outcomes after a gap, the missing outcome last (grey). Every outcome has its own colour
//! ([`super::category_colour`]; the lighter ones are also hatched on their node), and both ends
//! carry a direct label with the count, so no legend needs to be matched by colour. Labels that
//! would overlap are moved apart and joined to their node by a short line. The chart's table
//! (the same numbers) is its text alternative on the page.

use super::bars::{legend_colour, FlowLegend};
use super::{is_hatched, Typeset, FONT, INK};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The diagram is wider than the other charts, so outcome names fit beside their nodes.
const WIDTH: u32 = 960;
const TOP: i32 = 64;
/// The left nodes' x, and the room right of the right nodes, on the page.
const LEFT_NODE: u32 = 250;
const RIGHT_ROOM: u32 = 270;
const LEFT_NODE_WIDTH: i32 = 10;
/// The right nodes are as wide as a legend square (the tests find the outcomes' colours there).
const RIGHT_NODE_WIDTH: i32 = 16;
const GAP: f64 = 6.0;
/// The gap between progression outcomes and the others.
const GROUP_GAP: f64 = 30.0;
const LABEL_STEP: i32 = 18;
/// Longest label drawn in full; longer ones end in "…" (the table has them whole).
const MAX_LABEL: usize = 34;

/// Headings of the two groups of outcomes.
pub struct Groups<'a> {
    pub progression: &'a str,
    pub other: &'a str,
}

fn shortened(label: &str) -> String {
    if label.chars().count() <= MAX_LABEL {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(MAX_LABEL - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Label positions: each wanted at its node's middle, but at least `step` below the one
/// before.
fn spread(wanted: &[i32], step: i32) -> Vec<i32> {
    let mut out: Vec<i32> = Vec::with_capacity(wanted.len());
    for &y in wanted {
        let y = out.last().map_or(y, |&prev| y.max(prev + step));
        out.push(y);
    }
    out
}

/// A node's place: its top and its height, in pixels.
#[derive(Clone, Copy)]
struct Node {
    top: f64,
    height: f64,
}

fn stack(counts: &[u32], scale: f64, gap_before: impl Fn(usize) -> f64) -> Vec<Node> {
    let mut y = TOP as f64;
    (counts.iter().enumerate())
        .map(|(i, &n)| {
            if i > 0 {
                y += gap_before(i);
            }
            let node = Node {
                top: y,
                height: f64::from(n) * scale,
            };
            y += node.height;
            node
        })
        .collect()
}

/// The band from `(x0, a0..b0)` to `(x1, a1..b1)`: two smooth curves and the straight ends.
fn band(x0: i32, (a0, b0): (f64, f64), x1: i32, (a1, b1): (f64, f64)) -> Vec<(i32, i32)> {
    const STEPS: usize = 24;
    let curve = |from: f64, to: f64| {
        (0..=STEPS).map(move |s| {
            let t = s as f64 / STEPS as f64;
            let ease = t * t * (3.0 - 2.0 * t);
            let x = f64::from(x0) + (f64::from(x1 - x0)) * t;
            (x.round() as i32, (from + (to - from) * ease).round() as i32)
        })
    };
    let mut points: Vec<(i32, i32)> = curve(a0, a1).collect();
    let mut bottom: Vec<(i32, i32)> = curve(b0, b1).collect();
    bottom.reverse();
    points.extend(bottom);
    points
}

/// Draws the diagram. `rows` are (referral source, counts per outcome in `legend` order), as
/// for the stacked bars; `mark` follows the names of progression outcomes.
pub fn sankey_chart(
    title: &str,
    rows: &[(String, Vec<u32>)],
    legend: &[FlowLegend],
    mark: &str,
    groups: &Groups,
    set: Typeset,
) -> String {
    let width = set.width(WIDTH);
    let left_node = set.px(LEFT_NODE) as i32;
    let right_node = (width - set.px(RIGHT_ROOM)) as i32;
    let step = set.px(LABEL_STEP as u32) as i32;
    let sources: Vec<u32> = rows.iter().map(|(_, c)| c.iter().sum()).collect();
    let outcomes: Vec<u32> = (0..legend.len())
        .map(|k| {
            rows.iter()
                .map(|(_, c)| c.get(k).copied().unwrap_or(0))
                .sum()
        })
        .collect();
    let total: u32 = sources.iter().sum();
    let nodes = rows.len().max(legend.len()).max(1);
    // Room for every label at its step, and at least 240 px of bands.
    let bands = (nodes as f64 * f64::from(step)).max(240.0);
    let first_other = legend.iter().position(|l| !l.progression);
    let has_groups = first_other.is_some_and(|k| k > 0);
    let gap_right = move |k: usize| {
        if has_groups && Some(k) == first_other {
            GROUP_GAP
        } else {
            GAP
        }
    };
    let gaps = |n: usize, extra: f64| GAP * n.saturating_sub(1) as f64 + extra;
    let used =
        gaps(rows.len(), 0.0).max(gaps(legend.len(), if has_groups { GROUP_GAP } else { 0.0 }));
    let scale = (bands - used).max(40.0) / f64::from(total.max(1));
    let left = stack(&sources, scale, |_| GAP);
    let right = stack(&outcomes, scale, gap_right);

    let middle = |n: &Node| (n.top + n.height / 2.0).round() as i32;
    let left_labels = spread(&left.iter().map(middle).collect::<Vec<_>>(), step);
    let right_labels = spread(&right.iter().map(middle).collect::<Vec<_>>(), step);
    let bottom = (left.iter().chain(&right))
        .map(|n| (n.top + n.height) as i32)
        .chain(left_labels.iter().chain(&right_labels).copied())
        .max()
        .unwrap_or(TOP);
    let height = (bottom + 24) as u32;

    super::bars::frame((width, height), title, set, |root| {
        let text = (FONT, set.px(14)).into_font().color(&INK);
        let small = (FONT, set.px(13))
            .into_font()
            .style(FontStyle::Bold)
            .color(&INK);
        if has_groups {
            let heading_at = |k: usize| right.get(k).map_or(TOP, |n| n.top as i32) - 8;
            let _ = root.draw_text(
                groups.progression,
                &small.pos(Pos::new(HPos::Left, VPos::Bottom)),
                (right_node, heading_at(0).min(TOP - 8)),
            );
            if let Some(k) = first_other {
                let _ = root.draw_text(
                    groups.other,
                    &small.pos(Pos::new(HPos::Left, VPos::Bottom)),
                    (right_node, heading_at(k)),
                );
            }
        }
        // Bands: each source's share leaves its node in outcome order, and arrives at the
        // outcome's node in source order.
        let mut arrived = vec![0.0f64; legend.len()];
        for (i, (_, counts)) in rows.iter().enumerate() {
            let mut left_offset = 0.0;
            for (k, &n) in counts.iter().enumerate().take(legend.len()) {
                if n == 0 {
                    continue;
                }
                let h = f64::from(n) * scale;
                let from = left[i].top + left_offset;
                let to = right[k].top + arrived[k];
                let colour = legend_colour(legend, k);
                let _ = root.draw(&Polygon::new(
                    band(
                        left_node + LEFT_NODE_WIDTH,
                        (from, from + h),
                        right_node,
                        (to, to + h),
                    ),
                    colour.mix(0.55).filled(),
                ));
                left_offset += h;
                arrived[k] += h;
            }
        }
        for (i, ((name, _), node)) in rows.iter().zip(&left).enumerate() {
            let (y0, y1) = (node.top as i32, (node.top + node.height).ceil() as i32);
            let _ = root.draw(&Rectangle::new(
                [
                    (left_node, y0),
                    (left_node + LEFT_NODE_WIDTH, y1.max(y0 + 1)),
                ],
                INK.filled(),
            ));
            let y = left_labels[i];
            if y != middle(node) {
                let _ = root.draw(&PathElement::new(
                    vec![(left_node - 6, y), (left_node, middle(node))],
                    INK.stroke_width(1),
                ));
            }
            let _ = root.draw_text(
                &format!("{} {}", shortened(name), sources[i]),
                &text.pos(Pos::new(HPos::Right, VPos::Center)),
                (left_node - 8, y),
            );
        }
        for (k, (item, node)) in legend.iter().zip(&right).enumerate() {
            let (y0, y1) = (node.top as i32, (node.top + node.height).ceil() as i32);
            let corners = [
                (right_node, y0),
                (right_node + RIGHT_NODE_WIDTH, y1.max(y0 + 1)),
            ];
            let _ = root.draw(&Rectangle::new(corners, legend_colour(legend, k).filled()));
            if is_hatched(k) {
                super::bars::hatch(root, corners[0], corners[1]);
            }
            let y = right_labels[k];
            let x = right_node + RIGHT_NODE_WIDTH;
            if y != middle(node) {
                let _ = root.draw(&PathElement::new(
                    vec![(x, middle(node)), (x + 6, y)],
                    INK.stroke_width(1),
                ));
            }
            let name = if item.progression {
                format!("{} {mark}", shortened(&item.outcome))
            } else {
                shortened(&item.outcome)
            };
            let _ = root.draw_text(
                &format!("{name} {}", outcomes[k]),
                &text.pos(Pos::new(HPos::Left, VPos::Center)),
                (x + 8, y),
            );
        }
    })
}
