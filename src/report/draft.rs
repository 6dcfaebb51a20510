//! The final report draft (*slutrapport*): the common structure of Swedish samordningsförbund
//! templates, filled with the report's own tables and the coach's own texts.
//!
//! The numbers are never computed here: every table in the draft is one of
//! [`super::tables::tables`], the very tables the report page, its print view and its exports
//! show, so the draft cannot disagree with them. The texts are the project's
//! [`ReportTexts`]; a section the coach has not written yet says so in a placeholder.
//!
//! [`Draft`] is plain data. The print view renders it as HTML and the file worker writes it as
//! `.docx` (`crate::formats::docx`).

use super::table::Table;
pub use super::words::DraftWord;
use super::words::{Word, Words};
use crate::domain::money::amount_text;
use crate::domain::narrative::{ReportTexts, TextKey};
use crate::domain::Project;
use serde::{Deserialize, Serialize};

/// A piece of a section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Block {
    /// A heading under the section's.
    Subheading(String),
    /// The coach's text: paragraphs split on blank lines by the writers.
    Text(String),
    /// A text not written yet: shown in italics as a prompt.
    Placeholder(String),
    /// Label and value pairs (a small two-column table).
    Facts(Vec<(String, String)>),
    Table(Table),
}

/// One numbered section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub title: String,
    /// Under the title: the project, the period, the day it was made.
    pub lines: Vec<String>,
    pub sections: Vec<Section>,
}

/// Tables of section 5, in this order; the report's other tables (the journey's) follow them.
const RESULT_TABLES: [&str; 9] = [
    "mal",
    "oversikt",
    "remittenter",
    "avslutsorsaker",
    "delinsatser",
    "tid",
    "alder-aktuella",
    "alder-avslut",
    "alder-start",
];

/// What the draft is made from.
pub struct Sources<'a> {
    pub project: &'a Project,
    pub report: &'a super::Report,
    /// `tables(report)`, as the report page has them.
    pub tables: &'a [Table],
    /// A start-against-end table per self-evaluation form, titled with the form's name.
    pub surveys: Vec<Table>,
    pub today: crate::domain::Date,
}

/// The draft of the final report.
pub fn draft(s: &Sources, t: &dyn Words) -> Draft {
    let w = |d: DraftWord| t.word(Word::Draft(d));
    let texts: &ReportTexts = &s.project.report_texts;
    let text = |key: TextKey| match texts.get(key) {
        "" => Block::Placeholder(w(DraftWord::Placeholder(key))),
        written => Block::Text(written.to_owned()),
    };
    let table = |key: &str| s.tables.iter().find(|t| t.key == key).cloned();
    let p = s.project;
    let r = s.report;
    let period = |from: String, to: String| format!("{from} – {to}");
    let kr = |x: Option<u64>| x.map_or_else(|| w(DraftWord::NotGiven), amount_text);
    let used = r.money.map(|m| m.used_to_end);

    let general = vec![Block::Facts(vec![
        (w(DraftWord::ProjectName), p.name.clone()),
        (
            w(DraftWord::ProjectPeriod),
            period(
                p.start.to_string(),
                p.end.map_or_else(|| w(DraftWord::NoEnd), |e| e.to_string()),
            ),
        ),
        (
            w(DraftWord::ReportPeriod),
            period(r.period.from.to_string(), r.period.to.to_string()),
        ),
        (w(DraftWord::GrantedFunds), kr(p.granted_funds)),
        (w(DraftWord::UsedFunds), kr(used)),
    ])];

    let percent = |x: Option<u8>| x.map_or_else(|| w(DraftWord::NotGiven), |x| format!("{x} %"));
    let description = vec![
        Block::Subheading(w(DraftWord::Purpose)),
        text(TextKey::Purpose),
        Block::Subheading(w(DraftWord::TargetGroup)),
        text(TextKey::TargetGroup),
        Block::Subheading(w(DraftWord::Method)),
        text(TextKey::Method),
        Block::Subheading(w(DraftWord::VolumeAndGender)),
        Block::Facts(vec![
            (
                w(DraftWord::VolumeTarget),
                p.volume_target
                    .map_or_else(|| w(DraftWord::NotGiven), |v| v.to_string()),
            ),
            (w(DraftWord::WomenTarget), percent(p.target_women_percent)),
            (w(DraftWord::OutcomeTarget), percent(p.outcome_goal_percent)),
        ]),
    ];

    let mut results: Vec<Block> = RESULT_TABLES
        .iter()
        .filter_map(|k| table(k))
        .map(Block::Table)
        .collect();
    results.extend(
        (s.tables.iter())
            .filter(|t| {
                !RESULT_TABLES.contains(&t.key.as_str())
                    && t.key != "ekonomi"
                    && t.key != "datakvalitet"
            })
            .cloned()
            .map(Block::Table),
    );
    results.push(Block::Subheading(w(DraftWord::SelfEvaluation)));
    if s.surveys.is_empty() {
        results.push(Block::Text(w(DraftWord::NoSelfEvaluation)));
    }
    results.extend(s.surveys.iter().cloned().map(Block::Table));
    results.extend(table("datakvalitet").map(Block::Table));
    results.push(Block::Subheading(w(DraftWord::Comment)));
    results.push(text(TextKey::Results));

    let mut economy: Vec<Block> = match table("ekonomi") {
        Some(t) => vec![Block::Table(t)],
        None => vec![Block::Text(w(DraftWord::NoMoney))],
    };
    economy.push(Block::Subheading(w(DraftWord::Comment)));
    economy.push(text(TextKey::Economy));

    let sections = vec![
        general,
        vec![text(TextKey::Responsible)],
        vec![text(TextKey::Partners)],
        description,
        results,
        vec![
            Block::Subheading(w(DraftWord::Lessons)),
            text(TextKey::Lessons),
            Block::Subheading(w(DraftWord::Implementation)),
            text(TextKey::Implementation),
        ],
        economy,
    ];
    Draft {
        title: w(DraftWord::Title),
        lines: vec![
            p.name.clone(),
            format!(
                "{}: {}",
                w(DraftWord::ReportPeriod),
                period(r.period.from.to_string(), r.period.to.to_string())
            ),
            format!("{}: {}", w(DraftWord::Generated), s.today),
        ],
        sections: (sections.into_iter().enumerate())
            .map(|(i, blocks)| Section {
                heading: format!("{} {}", i + 1, w(DraftWord::Section(i as u8 + 1))),
                blocks,
            })
            .collect(),
    }
}

impl Draft {
    /// The draft with every table cell as the text the report page shows (numbers and shares
    /// written in this language), ready for a writer that knows no language.
    pub fn rendered(mut self, t: &dyn Words) -> Draft {
        let render = |table: &mut Table| {
            for row in &mut table.rows {
                for cell in &mut row.cells {
                    *cell = super::table::Cell::Text(cell.text(t));
                }
            }
        };
        for section in &mut self.sections {
            for block in &mut section.blocks {
                if let Block::Table(table) = block {
                    render(table);
                }
            }
        }
        self
    }
}

/// A coach's text as paragraphs: split on blank lines, each paragraph's lines kept.
pub fn paragraphs(text: &str) -> Vec<Vec<&str>> {
    text.split("\n\n")
        .map(|p| p.lines().map(str::trim_end).collect::<Vec<_>>())
        .filter(|p| p.iter().any(|l| !l.trim().is_empty()))
        .collect()
}
