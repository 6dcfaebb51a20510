//! The participant list of a project: filter, search, sort and page.
//!
//! Pure so that it is fast and testable: the UI renders only the rows of one page, which keeps
//! the list quick with tens of thousands of participants.

use super::participant::{Participant, Status};
use super::project::Project;
use super::Date;
use std::cmp::Ordering;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StatusFilter {
    #[default]
    Active,
    Discharged,
    /// Everyone but those registered by mistake.
    All,
    /// Those registered by mistake, whom nothing else shows.
    Mistaken,
    /// Referred, not started yet.
    Waiting,
    /// Referred, and never started.
    NeverStarted,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Code,
    Gender,
    Phase,
    Referral,
    Start,
    Days,
    Status,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListQuery {
    pub status: StatusFilter,
    pub search: String,
    pub sort: SortKey,
    pub descending: bool,
    /// Zero-based page number.
    pub page: usize,
    pub page_size: usize,
}

impl Default for ListQuery {
    fn default() -> Self {
        ListQuery {
            status: StatusFilter::default(),
            search: String::new(),
            sort: SortKey::default(),
            descending: false,
            page: 0,
            page_size: 50,
        }
    }
}

/// One page of the list, and how many rows matched in all.
#[derive(Debug)]
pub struct ListPage<'a> {
    pub rows: Vec<&'a Participant>,
    pub matching: usize,
    pub page: usize,
    pub pages: usize,
}

/// Orders codes the way people read them: `D-2` before `D-10`.
pub fn compare_codes(a: &str, b: &str) -> Ordering {
    fn split(code: &str) -> (String, Option<u64>, &str) {
        let digits_at = code
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(code.len());
        let (prefix, rest) = code.split_at(digits_at);
        let digits_end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let (digits, tail) = rest.split_at(digits_end);
        (prefix.to_lowercase(), digits.parse().ok(), tail)
    }
    split(a).cmp(&split(b)).then_with(|| a.cmp(b))
}

/// The order of statuses in a sorted list: from referral to the end.
fn status_order(s: Status) -> u8 {
    match s {
        Status::Waiting => 0,
        Status::Active => 1,
        Status::Discharged => 2,
        Status::NeverStarted => 3,
        Status::Mistaken => 4,
    }
}

/// Filters, searches (code, case-insensitive substring), sorts and pages the participants.
pub fn query<'a>(
    participants: &'a [Participant],
    project: &Project,
    q: &ListQuery,
    today: Date,
) -> ListPage<'a> {
    let needle = q.search.trim().to_lowercase();
    let mut rows: Vec<&Participant> = participants
        .iter()
        .filter(|p| match q.status {
            StatusFilter::Active => p.status() == Status::Active,
            StatusFilter::Discharged => p.status() == Status::Discharged,
            StatusFilter::All => p.status() != Status::Mistaken,
            StatusFilter::Mistaken => p.status() == Status::Mistaken,
            StatusFilter::Waiting => p.status() == Status::Waiting,
            StatusFilter::NeverStarted => p.status() == Status::NeverStarted,
        })
        .filter(|p| needle.is_empty() || p.code.to_lowercase().contains(&needle))
        .collect();
    let referral = |p: &Participant| {
        p.referral
            .and_then(|id| project.referral_name(id))
            .unwrap_or("")
            .to_lowercase()
    };
    rows.sort_by(|a, b| {
        let primary = match q.sort {
            SortKey::Code => Ordering::Equal,
            SortKey::Gender => a.gender.cmp(&b.gender),
            SortKey::Phase => a.current_phase().cmp(&b.current_phase()),
            SortKey::Referral => referral(a).cmp(&referral(b)),
            SortKey::Start => a.start.cmp(&b.start),
            SortKey::Days => a.days_in_project(today).cmp(&b.days_in_project(today)),
            SortKey::Status => status_order(a.status()).cmp(&status_order(b.status())),
        };
        let ordering = primary.then_with(|| compare_codes(&a.code, &b.code));
        if q.descending {
            ordering.reverse()
        } else {
            ordering
        }
    });
    let matching = rows.len();
    let size = q.page_size.max(1);
    let pages = matching.div_ceil(size).max(1);
    let page = q.page.min(pages - 1);
    let rows = rows.into_iter().skip(page * size).take(size).collect();
    ListPage {
        rows,
        matching,
        page,
        pages,
    }
}
