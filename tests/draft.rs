//! The final report draft: every section in the common structure, the report's own tables in
//! it, the coach's texts or a prompt where none is written, and the `.docx` read back by an XML
//! reader of its own (zip + quick-xml), as Word would: headings by style, tables by cell.

mod common;

use quick_xml::events::Event;
use stegvis::domain::money::UsedFunds;
use stegvis::domain::narrative::TextKey;
use stegvis::domain::{Date, Discharge, Gender, Id, Participant, Project};
use stegvis::report::draft::{draft, Block, Draft, Sources};
use stegvis::report::tables::{tables, Table};
use stegvis::report::{compute, Period};

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn project_and_people() -> (Project, Vec<Participant>) {
    let mut p = common::project("Slutrapport Åby");
    p.start = d("2025-01-01");
    p.end = Some(d("2026-06-30"));
    p.volume_target = Some(12);
    p.target_women_percent = Some(50);
    p.granted_funds = Some(900_000);
    p.used_funds = vec![UsedFunds {
        id: Id::random(),
        from: d("2025-01-01"),
        to: d("2025-12-31"),
        amount: 610_000,
    }];
    p.report_texts.set(
        TextKey::Responsible,
        "Samordningsförbundet, projektledare.".into(),
    );
    p.report_texts.set(
        TextKey::Lessons,
        "Tidiga möten gav bättre start.\n\nPraktik behöver handledare.".into(),
    );
    let outcomes: Vec<Id> = p.outcomes.iter().map(|o| o.id).collect();
    let people = (0..9)
        .map(|i| {
            let mut x = common::participant(&p, &format!("S-{i:02}"));
            x.gender = if i % 2 == 0 {
                Gender::Woman
            } else {
                Gender::Man
            };
            x.referral = Some(p.referral_sources[i % 3].id);
            if i < 6 {
                x.discharge = Some(Discharge {
                    end: d("2026-03-31"),
                    outcome: Some(outcomes[i % 4 + (i % 2) * 5]),
                });
            }
            x
        })
        .collect();
    (p, people)
}

fn made() -> (Draft, Vec<Table>) {
    let (p, people) = project_and_people();
    let today = d("2026-11-23");
    let period = Period {
        from: p.start,
        to: p.end.unwrap(),
    };
    let r = compute(&p, &people, None, period, today);
    let words = stegvis::i18n::words::WORDS.sv;
    let all = tables(&r, words);
    let survey = Table {
        key: "forandring".into(),
        title: "Förändring från start till slut: Min vardag".into(),
        columns: vec!["Område".into(), "Förändring".into()],
        rows: Vec::new(),
        note: Some("För få svar".into()),
    };
    let sources = Sources {
        project: &p,
        report: &r,
        tables: &all,
        surveys: vec![survey],
        today,
    };
    (draft(&sources, words), all)
}

#[test]
fn the_draft_has_the_seven_sections_in_order() {
    let (draft, _) = made();
    let headings: Vec<&str> = draft.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "1 Allmänna uppgifter",
            "2 Ansvarig för genomförandet",
            "3 Samverkansparter",
            "4 Insatsbeskrivning",
            "5 Resultat och utfall",
            "6 Lärdomar och implementering",
            "7 Ekonomi",
        ]
    );
}

#[test]
fn every_report_table_is_in_the_draft_unchanged() {
    let (draft, all) = made();
    let in_draft: Vec<&Table> = (draft.sections.iter())
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect();
    for table in &all {
        assert!(
            in_draft.contains(&table),
            "{} is not in the draft as the report has it",
            table.key
        );
    }
    assert!(
        in_draft.iter().any(|t| t.key == "forandring"),
        "the self-evaluation"
    );
}

#[test]
fn written_texts_are_kept_and_unwritten_ones_prompt() {
    let (draft, _) = made();
    let section = |n: usize| &draft.sections[n - 1].blocks;
    assert_eq!(
        section(2),
        &vec![Block::Text("Samordningsförbundet, projektledare.".into())]
    );
    assert!(matches!(&section(3)[0], Block::Placeholder(p) if p.starts_with("[Skriv här")));
    let facts = match &section(1)[0] {
        Block::Facts(f) => f,
        other => panic!("{other:?}"),
    };
    assert!(facts.contains(&("Beviljade medel".into(), "900\u{a0}000 kr".into())));
    assert!(facts.contains(&("Utnyttjade medel".into(), "610\u{a0}000 kr".into())));
}

/// What a reader of `word/document.xml` finds: paragraphs with their style, and tables.
#[derive(Debug, Default)]
struct Read {
    paragraphs: Vec<(String, String)>,
    tables: Vec<Vec<Vec<String>>>,
}

fn read_docx(bytes: &[u8]) -> Read {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    for name in ["[Content_Types].xml", "word/styles.xml", "_rels/.rels"] {
        assert!(zip.by_name(name).is_ok(), "{name} is in the package");
    }
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut out = Read::default();
    let (mut style, mut text) = (String::new(), String::new());
    let mut in_text = false;
    let mut depth = 0usize; // table nesting
    let (mut row, mut cell): (Vec<String>, String) = (Vec::new(), String::new());
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "w:pStyle" => {
                let val = e.try_get_attribute("w:val").unwrap().unwrap();
                style = val.value.to_string();
            }
            Event::Start(e) => match e.name().as_ref() {
                "w:t" => in_text = true,
                "w:tbl" => {
                    depth += 1;
                    out.tables.push(Vec::new());
                }
                "w:tr" => row.clear(),
                "w:tc" => cell.clear(),
                "w:p" => {
                    style.clear();
                    text.clear();
                }
                _ => {}
            },
            Event::Empty(e) if e.name().as_ref() == "w:br" => text.push('\n'),
            Event::Text(t) if in_text => {
                let t = t.xml10_content();
                text.push_str(&t);
                cell.push_str(&t);
            }
            Event::GeneralRef(r) if in_text => {
                let entity = match &*r.xml10_content() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                };
                text.push_str(entity);
                cell.push_str(entity);
            }
            Event::End(e) => match e.name().as_ref() {
                "w:t" => in_text = false,
                "w:p" if depth == 0 => out.paragraphs.push((style.clone(), text.clone())),
                "w:tc" => row.push(cell.clone()),
                "w:tr" => out.tables.last_mut().unwrap().push(row.clone()),
                "w:tbl" => depth -= 1,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn the_docx_has_real_headings_and_the_outcome_table() {
    let (draft, all) = made();
    let words = stegvis::i18n::words::WORDS.sv;
    let bytes = stegvis::formats::docx::write(&draft.clone().rendered(words)).unwrap();
    let read = read_docx(&bytes);
    let headings: Vec<&str> = (read.paragraphs.iter())
        .filter(|(style, _)| style == "Heading1")
        .map(|(_, text)| text.as_str())
        .collect();
    let expected: Vec<&str> = draft.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(headings, expected);

    // The outcome table, cell by cell as the report page writes it.
    let outcomes = all.iter().find(|t| t.key == "avslutsorsaker").unwrap();
    let mut want = vec![outcomes.columns.clone()];
    want.extend((outcomes.rows.iter()).map(|r| r.cells.iter().map(|c| c.text(words)).collect()));
    assert!(
        read.tables.contains(&want),
        "the outcome table is in the document as in the report"
    );
    assert!(
        (read.paragraphs.iter()).any(|(s, t)| s == "Heading2" && *t == outcomes.title),
        "the table's title is a heading"
    );
    // The coach's two paragraphs, and a prompt for what is not written.
    let texts: Vec<&str> = read.paragraphs.iter().map(|(_, t)| t.as_str()).collect();
    assert!(texts.contains(&"Tidiga möten gav bättre start."));
    assert!(texts.contains(&"Praktik behöver handledare."));
    assert!(texts.iter().any(|t| t.starts_with("[Skriv här")));
}

#[test]
fn texts_that_look_like_markup_are_written_as_text() {
    let (mut p, people) = project_and_people();
    // Stored texts passed the door check; a lone "<" and "&" still reach the writer.
    p.report_texts
        .set(TextKey::Method, "Möten < 5 & uppföljning > 2".into());
    let r = compute(
        &p,
        &people,
        None,
        Period {
            from: p.start,
            to: p.end.unwrap(),
        },
        d("2026-11-23"),
    );
    let words = stegvis::i18n::words::WORDS.en;
    let all = tables(&r, words);
    let sources = Sources {
        project: &p,
        report: &r,
        tables: &all,
        surveys: Vec::new(),
        today: d("2026-11-23"),
    };
    let draft = draft(&sources, words);
    assert_eq!(draft.sections[0].heading, "1 General information");
    let bytes = stegvis::formats::docx::write(&draft.rendered(words)).unwrap();
    let read = read_docx(&bytes);
    assert!(read
        .paragraphs
        .iter()
        .any(|(_, t)| t == "Möten < 5 & uppföljning > 2"));
    assert!(read
        .paragraphs
        .iter()
        .any(|(_, t)| t == "No self-evaluations were made in the project."));
}

#[test]
fn the_docx_job_runs_in_the_worker_format() {
    let (draft, _) = made();
    let job = stegvis::formats::jobs::Job::WriteDocument {
        draft: draft.rendered(stegvis::i18n::words::WORDS.sv),
    };
    let (outcome, bytes) =
        stegvis::formats::jobs::run_json(&serde_json::to_string(&job).unwrap(), &[]);
    assert_eq!(outcome, "\"Document\"");
    assert!(bytes.starts_with(b"PK"), "a zip file");
}
