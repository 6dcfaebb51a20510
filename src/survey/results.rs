//! Results of a form: distributions, means, medians, start-against-end change per dimension and
//! the free texts, all under the small-group rule: a group with fewer answers than the minimum
//! is never shown, only its size, so that no one's answers can be picked out.

use super::form::{Answer, Form, ItemKind, Moment, Text, Value};
use super::screening::{self, Flag};

/// The fewest answers a group must have to be shown; never below 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MinGroup(u8);

impl MinGroup {
    /// The smallest allowed minimum.
    pub const FLOOR: u8 = 3;

    /// `n`, raised to 3 if lower.
    pub fn new(n: u8) -> Self {
        MinGroup(n.max(Self::FLOOR))
    }

    pub fn get(self) -> usize {
        usize::from(self.0)
    }
}

impl Default for MinGroup {
    fn default() -> Self {
        MinGroup(5)
    }
}

/// A result, or the size of a group too small to show.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown<T> {
    Hidden { n: usize },
    Shown(T),
}

/// The answers to one item in one group.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemStats {
    /// Answers to this item, skipped ones not counted.
    pub n: usize,
    /// Scale: values 1..=5; yes/no: yes, no; choice: one per option; free text: empty.
    pub counts: Vec<u32>,
    /// Scale items only.
    pub mean: Option<f64>,
    /// Scale items only.
    pub median: Option<f64>,
}

/// The mean of one dimension's scale values at the start and at the end.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionChange {
    pub dimension: Text,
    pub start: f64,
    pub end: f64,
}

impl DimensionChange {
    pub fn change(&self) -> f64 {
        self.end - self.start
    }
}

/// One free-text answer, with what screening found in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FreeTextEntry {
    pub text: String,
    pub flags: Vec<Flag>,
}

/// This form's answers, all of them or those of one moment.
pub fn answers_for<'a>(
    answers: &'a [Answer],
    form: &Form,
    moment: Option<Moment>,
) -> Vec<&'a Answer> {
    answers
        .iter()
        .filter(|a| a.form_id == form.id && moment.is_none_or(|m| a.moment == m))
        .collect()
}

/// How this form's answers spread over the moments: start, during, end.
pub fn count_by_moment(form: &Form, answers: &[Answer]) -> [usize; 3] {
    Moment::ALL.map(|m| answers_for(answers, form, Some(m)).len())
}

/// The answers to item `item` (an index into the form's items) at `moment`. The group is all of
/// this form's answers at that moment. Values that do not fit the item are not counted; an index
/// past the last item gives empty stats.
pub fn item_stats(
    form: &Form,
    answers: &[Answer],
    item: usize,
    moment: Moment,
    min: MinGroup,
) -> Shown<ItemStats> {
    let group = answers_for(answers, form, Some(moment));
    if group.len() < min.get() {
        return Shown::Hidden { n: group.len() };
    }
    let values = group.iter().filter_map(|a| a.values.get(item));
    let mut stats = ItemStats {
        n: 0,
        counts: Vec::new(),
        mean: None,
        median: None,
    };
    match form.items.get(item).map(|i| &i.kind) {
        Some(ItemKind::Scale { .. }) => {
            stats.counts = vec![0; 5];
            let mut scale: Vec<u8> = values.filter_map(scale_value).collect();
            scale
                .iter()
                .for_each(|v| stats.counts[usize::from(*v) - 1] += 1);
            stats.n = scale.len();
            scale.sort_unstable();
            stats.mean = mean(scale.iter().map(|v| f64::from(*v)));
            stats.median = median(&scale);
        }
        Some(ItemKind::YesNo) => {
            stats.counts = vec![0; 2];
            for v in values {
                if let Value::YesNo(yes) = v {
                    stats.counts[if *yes { 0 } else { 1 }] += 1;
                    stats.n += 1;
                }
            }
        }
        Some(ItemKind::Choice { options }) => {
            stats.counts = vec![0; options.len()];
            for v in values {
                if let Value::Choice(c) = v {
                    if let Some(count) = stats.counts.get_mut(usize::from(*c)) {
                        *count += 1;
                        stats.n += 1;
                    }
                }
            }
        }
        Some(ItemKind::FreeText) => stats.n = values.filter(|v| text_value(v).is_some()).count(),
        None => {}
    }
    Shown::Shown(stats)
}

/// The mean per dimension at the start and at the end, in the order the dimensions first appear
/// in the form. Scale items without a dimension are left out, and so is a dimension with no
/// answered value in one of the groups. Hidden (with the smaller group's size) if either group
/// is below the minimum.
pub fn start_end(form: &Form, answers: &[Answer], min: MinGroup) -> Shown<Vec<DimensionChange>> {
    let start = answers_for(answers, form, Some(Moment::Start));
    let end = answers_for(answers, form, Some(Moment::End));
    let smaller = start.len().min(end.len());
    if smaller < min.get() {
        return Shown::Hidden { n: smaller };
    }
    let mut dimensions: Vec<&Text> = Vec::new();
    for item in &form.items {
        if let (ItemKind::Scale { .. }, Some(d)) = (&item.kind, &item.dimension) {
            if !dimensions.contains(&d) {
                dimensions.push(d);
            }
        }
    }
    let dimension_mean = |group: &[&Answer], dimension: &Text| {
        let items: Vec<usize> = (form.items.iter().enumerate())
            .filter(|(_, i)| matches!(i.kind, ItemKind::Scale { .. }))
            .filter(|(_, i)| i.dimension.as_ref() == Some(dimension))
            .map(|(n, _)| n)
            .collect();
        mean(group.iter().flat_map(|a| {
            (items.iter())
                .filter_map(|i| a.values.get(*i).and_then(scale_value))
                .map(f64::from)
        }))
    };
    let changes = dimensions
        .into_iter()
        .filter_map(|d| {
            Some(DimensionChange {
                start: dimension_mean(&start, d)?,
                end: dimension_mean(&end, d)?,
                dimension: d.clone(),
            })
        })
        .collect();
    Shown::Shown(changes)
}

/// The non-blank free texts of item `item` at `moment`, each with its screening flags. They are
/// sorted and then shuffled from `seed`, so their order says nothing about who answered when.
pub fn free_texts(
    form: &Form,
    answers: &[Answer],
    item: usize,
    moment: Moment,
    min: MinGroup,
    seed: u64,
) -> Shown<Vec<FreeTextEntry>> {
    let group = answers_for(answers, form, Some(moment));
    if group.len() < min.get() {
        return Shown::Hidden { n: group.len() };
    }
    if !matches!(
        form.items.get(item).map(|i| &i.kind),
        Some(ItemKind::FreeText)
    ) {
        return Shown::Shown(Vec::new());
    }
    let mut texts: Vec<&str> = group
        .iter()
        .filter_map(|a| a.values.get(item).and_then(text_value))
        .collect();
    texts.sort_unstable();
    shuffle(&mut texts, seed);
    let entries = texts
        .into_iter()
        .map(|t| FreeTextEntry {
            text: t.to_owned(),
            flags: screening::flags(t),
        })
        .collect();
    Shown::Shown(entries)
}

fn scale_value(v: &Value) -> Option<u8> {
    match v {
        Value::Scale(s @ 1..=5) => Some(*s),
        _ => None,
    }
}

fn text_value(v: &Value) -> Option<&str> {
    match v {
        Value::Text(t) if !t.trim().is_empty() => Some(t),
        _ => None,
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / f64::from(n))
}

/// The middle of sorted values, or the mean of the two middle ones.
fn median(sorted: &[u8]) -> Option<f64> {
    let mid = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(f64::from(sorted[mid])),
        _ => Some((f64::from(sorted[mid - 1]) + f64::from(sorted[mid])) / 2.0),
    }
}

/// Fisher–Yates with splitmix64.
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    for i in (1..items.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}
