//! A form's results as tables (page, CSV, Excel) and its star chart.

mod common;

use stegvis::charts::{radar_chart, RadarSeries};
use stegvis::domain::{Id, Timestamp};
use stegvis::i18n::survey::SURVEY;
use stegvis::report::survey::{answers_table, change_table, summary_table};
use stegvis::report::tables::Cell;
use stegvis::survey::default_form::default_form;
use stegvis::survey::results::MinGroup;
use stegvis::survey::{Answer, Form, Moment, Value};

fn answer(form: &Form, moment: Moment, value: u8) -> Answer {
    let mut values = vec![Value::Scale(value); form.items.len()];
    *values.last_mut().unwrap() = Value::Skipped;
    common::answer(form, moment, 2, values)
}

#[test]
fn the_summary_hides_small_groups_and_shows_the_rest() {
    let form = default_form(Id::random(), Timestamp(1));
    let mut answers: Vec<_> = [1, 2, 2, 5, 5]
        .map(|v| answer(&form, Moment::Start, v))
        .into();
    answers.push(answer(&form, Moment::End, 4));
    let table = summary_table(
        &form,
        &answers,
        MinGroup::default(),
        stegvis::i18n::words::WORDS.sv,
    );
    // Ten scale statements × three moments; the free-text question has no row.
    assert_eq!(table.rows.len(), 30);
    let start = &table.rows[0].cells;
    assert_eq!(start[1], Cell::Text("Start".into()));
    assert_eq!(start[2], Cell::Int(5));
    assert_eq!(&start[3..8], &[1, 2, 0, 0, 2].map(Cell::Int));
    assert_eq!(start[8], Cell::Decimal(3.0));
    assert_eq!(start[9], Cell::Decimal(2.0));
    let end = &table.rows[2].cells;
    assert_eq!(end[2], Cell::Int(1));
    assert_eq!(end[3], Cell::Text(SURVEY.too_few_short.into()));
    assert!(
        end.len() == table.columns.len() && end[4..].iter().all(|c| *c == Cell::Empty),
        "a hidden group shows its size and nothing else"
    );
}

#[test]
fn the_change_table_waits_for_both_groups() {
    let form = default_form(Id::random(), Timestamp(1));
    let mut answers: Vec<_> = (0..5).map(|_| answer(&form, Moment::Start, 2)).collect();
    let hidden = change_table(
        &form,
        &answers,
        MinGroup::default(),
        stegvis::i18n::words::WORDS.sv,
    );
    assert!(hidden.rows.is_empty());
    assert!(hidden.note.unwrap().contains("minst 5 svar"));
    answers.extend((0..5).map(|_| answer(&form, Moment::End, 4)));
    let shown = change_table(
        &form,
        &answers,
        MinGroup::default(),
        stegvis::i18n::words::WORDS.sv,
    );
    assert_eq!(shown.rows.len(), 9, "one row per dimension");
    assert_eq!(shown.rows[0].cells[3], Cell::Decimal(2.0));
}

#[test]
fn the_answers_table_has_one_row_per_answer_of_a_shown_group_and_no_participant() {
    let form = default_form(Id::random(), Timestamp(1));
    let mut answers: Vec<_> = (0..3).map(|_| answer(&form, Moment::End, 3)).collect();
    answers.push(answer(&form, Moment::Start, 1));
    let table = answers_table(
        &form,
        &answers,
        MinGroup::new(3),
        7,
        stegvis::i18n::words::WORDS.sv,
    );
    // The moment and the values: no month, no language, and the free-text question is not
    // among the columns (its answers are listed apart).
    assert_eq!(table.columns.len(), 1 + form.items.len() - 1);
    assert_eq!(
        table.rows.len(),
        3,
        "the one start answer is below the minimum"
    );
    assert_eq!(table.rows[0].cells[0], Cell::Text("Avslut".into()));
    assert_eq!(table.rows[1].cells[1], Cell::Int(3));
    assert!(table
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .all(|c| *c != Cell::Text("2026-02".into())));
    assert!(table.note.unwrap().starts_with("Start: "));
}

#[test]
fn the_star_chart_names_every_axis_and_both_moments_as_text() {
    let axes = ["Mående", "Vardag", "<script>"].map(String::from);
    let series = [
        RadarSeries {
            name: "Start".into(),
            values: vec![2.0, 3.0, 1.0],
        },
        RadarSeries {
            name: "Avslut".into(),
            values: vec![4.0, 4.5, 3.0],
        },
    ];
    let svg = radar_chart("Från start till avslut", &axes, &series);
    for text in ["Mående", "Vardag", "&lt;script&gt;", "Start", "Avslut"] {
        assert!(svg.contains(text), "{text} is in the chart");
    }
    assert!(!svg.contains("<script>"));
    assert_eq!(
        svg.matches("<circle").count(),
        3 + 1,
        "start points and the legend marker"
    );
}
