//! The addresses of the app's pages, in one place.
//!
//! [`Page`] names every page; [`Page::path`] builds its address and every link and redirect in
//! the app is made that way. The route table in `ui` is built from the same [`segment`] and
//! [`param`] names, so a page's address is written once. The words are Swedish, since coaches
//! see them in the address bar, and they are a promise like a file format: a bookmark or a
//! printed link to a page must keep working, so a segment is never renamed.
//!
//! Plain Rust: [`Page::parse`] reads an address back, which lets native tests check that every
//! page's address leads back to that page.

use crate::domain::{Date, Id};
use std::fmt;

/// The fixed words of the addresses.
pub mod segment {
    pub const PROJECT: &str = "projekt";
    pub const NEW: &str = "ny";
    pub const BACKUP: &str = "sakerhetskopia";
    pub const COMBINE: &str = "sammanstallning";
    pub const SETTINGS: &str = "installningar";
    pub const NEW_PARTICIPANT: &str = "ny-deltagare";
    pub const PARTICIPANT: &str = "deltagare";
    pub const IMPORT: &str = "importera";
    pub const REPORT: &str = "rapport";
    pub const PRINT: &str = "utskrift";
    pub const PRESENT: &str = "presentation";
    pub const SURVEY: &str = "sjalvskattning";
    pub const SHARE: &str = "dela";
    pub const RESULTS: &str = "resultat";
    pub const MONEY: &str = "ekonomi";
    pub const FINAL_REPORT: &str = "slutrapport";

    /// Every fixed word above.
    pub const ALL: &[&str] = &[
        PROJECT,
        NEW,
        BACKUP,
        COMBINE,
        SETTINGS,
        NEW_PARTICIPANT,
        PARTICIPANT,
        IMPORT,
        REPORT,
        PRINT,
        PRESENT,
        SURVEY,
        SHARE,
        RESULTS,
        MONEY,
        FINAL_REPORT,
    ];
}

/// The names of the route parameters, as the pages read them.
pub mod param {
    pub const PROJECT: &str = "project";
    pub const PARTICIPANT: &str = "participant";
    /// A form's id, or [`super::segment::NEW`] for a form not made yet.
    pub const FORM: &str = "form";
}

/// The names in a report address's query (`?fran=…&till=…&del=…`).
pub mod query {
    pub const FROM: &str = "fran";
    pub const TO: &str = "till";
    pub const SCOPE: &str = "del";
}

/// The period and part of a project that the print and presenter views show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportQuery {
    pub from: Date,
    pub to: Date,
    /// A sub-unit of the project, or the whole project.
    pub scope: Option<Id>,
}

/// Every page of the coach's app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// The first-run welcome, or the list of projects.
    Home,
    NewProject,
    /// Download a backup, restore one, storage use.
    Backup,
    /// Combine report files of several coaches or projects.
    Combine,
    /// A project's participants.
    Participants(Id),
    ProjectSettings(Id),
    NewParticipant(Id),
    /// One participant of a project.
    Participant(Id, Id),
    /// Import a participant list (.csv, .xlsx).
    Import(Id),
    /// The report: period, tables, charts, exports.
    Report(Id),
    /// The report's print view; the whole project without a query.
    ReportPrint(Id, Option<ReportQuery>),
    /// The charts one at a time, for a projector.
    ReportPresenter(Id, Option<ReportQuery>),
    /// Self-evaluation forms, the kiosk start, answer codes in.
    Surveys(Id),
    /// The builder with a blank form, stored when first saved.
    NewForm(Id),
    /// Edit (or view) a form.
    Form(Id, Id),
    /// The link and QR code for phones.
    ShareForm(Id, Id),
    /// A form's results, exports, print.
    Results(Id, Id),
    /// Granted and used funds.
    Money(Id),
    /// The final report draft: the coach's texts, the .docx download.
    FinalReport(Id),
    /// The final report draft's print view.
    FinalReportPrint(Id),
}

impl Page {
    /// The page's address inside the app (the host's sub-path is added by the link).
    pub fn path(&self) -> String {
        use segment::*;
        let project = |id: &Id| format!("/{PROJECT}/{id}");
        let report = |id: &Id, view: &str, q: &Option<ReportQuery>| {
            let query = q.map(|q| q.to_query()).unwrap_or_default();
            format!("{}/{REPORT}/{view}{query}", project(id))
        };
        let form = |p: &Id, f: &Id| format!("{}/{SURVEY}/{f}", project(p));
        match self {
            Page::Home => "/".to_owned(),
            Page::NewProject => format!("/{PROJECT}/{NEW}"),
            Page::Backup => format!("/{BACKUP}"),
            Page::Combine => format!("/{COMBINE}"),
            Page::Participants(p) => project(p),
            Page::ProjectSettings(p) => format!("{}/{SETTINGS}", project(p)),
            Page::NewParticipant(p) => format!("{}/{NEW_PARTICIPANT}", project(p)),
            Page::Participant(p, who) => format!("{}/{PARTICIPANT}/{who}", project(p)),
            Page::Import(p) => format!("{}/{IMPORT}", project(p)),
            Page::Report(p) => format!("{}/{REPORT}", project(p)),
            Page::ReportPrint(p, q) => report(p, PRINT, q),
            Page::ReportPresenter(p, q) => report(p, PRESENT, q),
            Page::Surveys(p) => format!("{}/{SURVEY}", project(p)),
            Page::NewForm(p) => format!("{}/{SURVEY}/{NEW}", project(p)),
            Page::Form(p, f) => form(p, f),
            Page::ShareForm(p, f) => format!("{}/{SHARE}", form(p, f)),
            Page::Results(p, f) => format!("{}/{RESULTS}", form(p, f)),
            Page::Money(p) => format!("{}/{MONEY}", project(p)),
            Page::FinalReport(p) => format!("{}/{FINAL_REPORT}", project(p)),
            Page::FinalReportPrint(p) => format!("{}/{FINAL_REPORT}/{PRINT}", project(p)),
        }
    }

    /// The page an address inside the app leads to, if any.
    pub fn parse(address: &str) -> Option<Page> {
        use segment::*;
        let (path, query) = match address.split_once('?') {
            Some((path, query)) => (path, Some(query)),
            None => (address, None),
        };
        let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
        let id = |s: &str| Id::parse(s);
        let report_query = || query.and_then(ReportQuery::parse);
        let page = match parts.as_slice() {
            [""] => Page::Home,
            [BACKUP] => Page::Backup,
            [COMBINE] => Page::Combine,
            [PROJECT, NEW] => Page::NewProject,
            [PROJECT, p] => Page::Participants(id(p)?),
            [PROJECT, p, SETTINGS] => Page::ProjectSettings(id(p)?),
            [PROJECT, p, NEW_PARTICIPANT] => Page::NewParticipant(id(p)?),
            [PROJECT, p, PARTICIPANT, who] => Page::Participant(id(p)?, id(who)?),
            [PROJECT, p, IMPORT] => Page::Import(id(p)?),
            [PROJECT, p, REPORT] => Page::Report(id(p)?),
            [PROJECT, p, REPORT, PRINT] => Page::ReportPrint(id(p)?, report_query()),
            [PROJECT, p, REPORT, PRESENT] => Page::ReportPresenter(id(p)?, report_query()),
            [PROJECT, p, SURVEY] => Page::Surveys(id(p)?),
            [PROJECT, p, SURVEY, NEW] => Page::NewForm(id(p)?),
            [PROJECT, p, SURVEY, f] => Page::Form(id(p)?, id(f)?),
            [PROJECT, p, SURVEY, f, SHARE] => Page::ShareForm(id(p)?, id(f)?),
            [PROJECT, p, SURVEY, f, RESULTS] => Page::Results(id(p)?, id(f)?),
            [PROJECT, p, MONEY] => Page::Money(id(p)?),
            [PROJECT, p, FINAL_REPORT] => Page::FinalReport(id(p)?),
            [PROJECT, p, FINAL_REPORT, PRINT] => Page::FinalReportPrint(id(p)?),
            _ => return None,
        };
        Some(page)
    }
}

impl fmt::Display for Page {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path())
    }
}

impl ReportQuery {
    /// `?fran=…&till=…`, and `&del=…` for a sub-unit.
    fn to_query(self) -> String {
        let scope = self
            .scope
            .map(|s| format!("&{}={s}", query::SCOPE))
            .unwrap_or_default();
        format!(
            "?{}={}&{}={}{scope}",
            query::FROM,
            self.from,
            query::TO,
            self.to
        )
    }

    /// Reads what [`ReportQuery::to_query`] wrote (without the `?`); `None` for an address
    /// without a whole period, which the views show as the whole project.
    fn parse(text: &str) -> Option<ReportQuery> {
        let value = |name: &str| {
            text.split('&')
                .filter_map(|pair| pair.split_once('='))
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value)
        };
        Some(ReportQuery {
            from: Date::parse_iso(value(query::FROM)?)?,
            to: Date::parse_iso(value(query::TO)?)?,
            scope: value(query::SCOPE).and_then(Id::parse),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_page() -> Vec<Page> {
        let (p, q) = (Id::from_bits(1), Id::from_bits(2));
        let period = ReportQuery {
            from: Date::parse_iso("2025-01-01").unwrap(),
            to: Date::parse_iso("2025-06-30").unwrap(),
            scope: None,
        };
        let scoped = ReportQuery {
            scope: Some(q),
            ..period
        };
        vec![
            Page::Home,
            Page::NewProject,
            Page::Backup,
            Page::Combine,
            Page::Participants(p),
            Page::ProjectSettings(p),
            Page::NewParticipant(p),
            Page::Participant(p, q),
            Page::Import(p),
            Page::Report(p),
            Page::ReportPrint(p, None),
            Page::ReportPrint(p, Some(period)),
            Page::ReportPresenter(p, Some(scoped)),
            Page::Surveys(p),
            Page::NewForm(p),
            Page::Form(p, q),
            Page::ShareForm(p, q),
            Page::Results(p, q),
            Page::Money(p),
            Page::FinalReport(p),
            Page::FinalReportPrint(p),
        ]
    }

    #[test]
    fn every_address_leads_back_to_its_page() {
        for page in every_page() {
            let path = page.path();
            assert!(path.starts_with('/'), "{path}");
            assert_eq!(Page::parse(&path), Some(page), "{path}");
        }
    }

    #[test]
    fn addresses_are_the_ones_coaches_have_bookmarked() {
        let (p, q) = (Id::from_bits(1), Id::from_bits(2));
        assert_eq!(Page::Home.path(), "/");
        assert_eq!(Page::Backup.path(), "/sakerhetskopia");
        assert_eq!(
            Page::Participant(p, q).path(),
            format!("/projekt/{p}/deltagare/{q}")
        );
        let period = ReportQuery {
            from: Date::parse_iso("2025-01-01").unwrap(),
            to: Date::parse_iso("2025-12-31").unwrap(),
            scope: Some(q),
        };
        assert_eq!(
            Page::ReportPrint(p, Some(period)).path(),
            format!("/projekt/{p}/rapport/utskrift?fran=2025-01-01&till=2025-12-31&del={q}")
        );
        assert_eq!(
            Page::NewForm(p).path(),
            format!("/projekt/{p}/sjalvskattning/ny")
        );
    }

    #[test]
    fn every_fixed_word_is_used_and_listed() {
        let used: std::collections::BTreeSet<String> = every_page()
            .iter()
            .flat_map(|page| {
                let path = page.path();
                let path = path.split('?').next().unwrap_or_default().to_owned();
                path.split('/')
                    .filter(|s| !s.is_empty() && Id::parse(s).is_none())
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect();
        let listed = segment::ALL.iter().map(|s| s.to_string()).collect();
        assert_eq!(used, listed);
    }

    #[test]
    fn a_strange_address_is_no_page() {
        for address in [
            "/projekt",
            "/projekt/not-an-id",
            "/projekt/ny/extra",
            "/okand",
            "/projekt/00000000000040008000000000000001/deltagare/x",
        ] {
            assert_eq!(Page::parse(address), None, "{address}");
        }
    }
}
