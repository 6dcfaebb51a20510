//! The door check of projects and participants: what every record must be before it is stored,
//! whichever door brought it in (a form, an import, a restore, a merge, the demo).
//!
//! The forms ([`super::validate`]) check what a coach typed and say it next to each field; this
//! checks finished records, as a backup or another tab may hand them over, against the same
//! rules: texts without personnummer, dates in 1900–2100, ends after starts, percentages up to
//! 100, labels named once, and a participant's labels found in its project. Rules that depend on
//! other records of the same kind (unique ids, unique codes in a project) are checked where a set
//! of records comes in (`crate::formats::backup::screen`) and again inside the storing
//! transaction.

use super::participant::Participant;
use super::project::Project;
use super::validate::{parse_age_bands, MAX_CODE_LEN};
use super::{key, personnummer, Date};
use std::collections::HashSet;

/// What is wrong with a stored record. Each says which part is wrong, never what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordProblem {
    /// A name or code is empty.
    Empty,
    /// A code longer than [`MAX_CODE_LEN`].
    CodeTooLong,
    /// A text looks like a personnummer.
    Personnummer,
    /// A date before 1900 or after 2100.
    DateOutOfRange,
    /// An end before its start.
    EndBeforeStart,
    /// A percentage above 100.
    Percent,
    /// Age bands that are not ascending whole numbers up to 120.
    AgeBands,
    /// Two labels of one list with the same name, or the same id.
    DuplicateLabel,
    /// A birth year outside 1900–2100 or after the start.
    BirthYear,
    /// The record's project is not there.
    NoProject,
    /// The participant names a referral source, outcome or sub-unit its project does not have.
    UnknownLabel,
    /// Another record of the same kind has this id.
    DuplicateId,
    /// Another participant of the project has this code.
    DuplicateCode,
    /// A self-evaluation form that could not be saved as it is (see `crate::survey::check`).
    BadForm,
    /// A self-evaluation answer that does not fit its form, or whose form is not there.
    BadAnswer,
    /// The same answer (form and nonce) twice.
    DuplicateAnswer,
    /// The record's data does not read as a record of its kind.
    Unreadable,
    /// A kind of record this version of Stegvis does not know (from a newer version).
    UnknownKind,
    /// A participant with neither a start nor a referral date, or with both a start and a
    /// never-start.
    NoStart,
    /// A referral date after the start.
    ReferralAfterStart,
    /// An extension that does not move the planned end later.
    ExtensionNotLater,
    /// A follow-up after exit dated before the discharge, of no discharge, or twice for the
    /// same month.
    FollowUpBeforeDischarge,
    /// A project's planned length, check-in interval, follow-ups or waiting limit outside
    /// what the project form accepts.
    JourneySettings,
    /// Two participations of one participant overlap.
    OverlappingParticipations,
    /// Granted or used funds the money forms would refuse: too large, overlapping periods,
    /// an end before its start.
    Funds,
    /// A final-report text with HTML in it, or longer than the form takes.
    ReportText,
}

impl RecordProblem {
    /// Every problem, for checking that each has a text.
    pub const ALL: [RecordProblem; 26] = [
        RecordProblem::Empty,
        RecordProblem::CodeTooLong,
        RecordProblem::Personnummer,
        RecordProblem::DateOutOfRange,
        RecordProblem::EndBeforeStart,
        RecordProblem::Percent,
        RecordProblem::AgeBands,
        RecordProblem::DuplicateLabel,
        RecordProblem::BirthYear,
        RecordProblem::NoProject,
        RecordProblem::UnknownLabel,
        RecordProblem::DuplicateId,
        RecordProblem::DuplicateCode,
        RecordProblem::BadForm,
        RecordProblem::BadAnswer,
        RecordProblem::DuplicateAnswer,
        RecordProblem::Unreadable,
        RecordProblem::UnknownKind,
        RecordProblem::NoStart,
        RecordProblem::ReferralAfterStart,
        RecordProblem::ExtensionNotLater,
        RecordProblem::FollowUpBeforeDischarge,
        RecordProblem::JourneySettings,
        RecordProblem::OverlappingParticipations,
        RecordProblem::Funds,
        RecordProblem::ReportText,
    ];
}

fn date(found: &mut Vec<RecordProblem>, d: Date) {
    if !d.in_range() {
        found.push(RecordProblem::DateOutOfRange);
    }
}

fn text(found: &mut Vec<RecordProblem>, t: &str) {
    if personnummer::contains(t) {
        found.push(RecordProblem::Personnummer);
    }
}

/// Names of one list: none empty, none a personnummer, none twice, no id twice.
fn names<'a, I: Eq + std::hash::Hash>(
    found: &mut Vec<RecordProblem>,
    list: impl Iterator<Item = (I, &'a str)>,
) {
    let (mut ids, mut keys) = (HashSet::new(), HashSet::new());
    for (id, name) in list {
        if name.trim().is_empty() {
            found.push(RecordProblem::Empty);
        }
        text(found, name);
        if !ids.insert(id) || !keys.insert(key::key(name)) {
            found.push(RecordProblem::DuplicateLabel);
        }
    }
}

/// Everything wrong with a project record, in a stable order, each problem once.
pub fn project(p: &Project) -> Vec<RecordProblem> {
    let mut found = Vec::new();
    if p.name.trim().is_empty() {
        found.push(RecordProblem::Empty);
    }
    text(&mut found, &p.name);
    date(&mut found, p.start);
    if let Some(end) = p.end {
        // An end after 2100 is how coaches wrote "no end" (9999-12-31) before the forms refused
        // it: it reads as no end (every report holds periods within 2100), so such a project is
        // never left out of a restore for it. Only an end before 1900 is wrong.
        if end.year() < super::date::FIRST_YEAR {
            found.push(RecordProblem::DateOutOfRange);
        }
        if end < p.start {
            found.push(RecordProblem::EndBeforeStart);
        }
    }
    if p.target_women_percent.is_some_and(|x| x > 100)
        || p.outcome_goal_percent.is_some_and(|x| x > 100)
    {
        found.push(RecordProblem::Percent);
    }
    let bands = p.age_bands.iter().map(u8::to_string).collect::<Vec<_>>();
    if p.age_bands.is_empty() || parse_age_bands(&bands.join(",")).as_ref() != Some(&p.age_bands) {
        found.push(RecordProblem::AgeBands);
    }
    names(
        &mut found,
        (p.referral_sources.iter()).map(|l| (l.id, l.name.as_str())),
    );
    names(
        &mut found,
        p.outcomes.iter().map(|l| (l.id, l.name.as_str())),
    );
    names(
        &mut found,
        p.sub_units.iter().map(|l| (l.id, l.name.as_str())),
    );
    names(
        &mut found,
        (p.extension_reasons.iter()).map(|l| (l.id, l.name.as_str())),
    );
    let in_limits = (p.check_in_months)
        .is_none_or(|m| (1..=super::journey::MAX_MONTHS).contains(&u16::from(m)))
        && (p.wait_limit_days).is_none_or(|d| (1..=super::journey::MAX_WAIT_DAYS).contains(&d))
        && p.planned_length.is_none_or(|l| l.in_limits());
    if !super::journey_forms::follow_up_months_ok(&p.follow_up_months) || !in_limits {
        found.push(RecordProblem::JourneySettings);
    }
    if !super::money::funds_ok(p.granted_funds, &p.used_funds) {
        found.push(RecordProblem::Funds);
    }
    for (_, problem) in p.report_texts.problems() {
        found.push(match problem {
            super::form::Problem::LooksLikePersonnummer => RecordProblem::Personnummer,
            _ => RecordProblem::ReportText,
        });
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// A project's label ids, for checking many participants against it in linear time.
#[derive(Clone, Debug)]
pub struct ProjectLabels {
    id: super::Id,
    referrals: HashSet<super::Id>,
    outcomes: HashSet<super::Id>,
    sub_units: HashSet<super::Id>,
    extension_reasons: HashSet<super::Id>,
}

impl ProjectLabels {
    pub fn of(project: &Project) -> Self {
        ProjectLabels {
            id: project.id,
            referrals: project.referral_sources.iter().map(|l| l.id).collect(),
            outcomes: project.outcomes.iter().map(|l| l.id).collect(),
            sub_units: project.sub_units.iter().map(|l| l.id).collect(),
            extension_reasons: project.extension_reasons.iter().map(|l| l.id).collect(),
        }
    }
}

/// Everything wrong with a participant record of the project `labels` were taken from (`None`:
/// its project is not there), in a stable order, each problem once. Codes and ids are checked
/// against the other records where a set comes in.
pub fn participant(p: &Participant, labels: Option<&ProjectLabels>) -> Vec<RecordProblem> {
    let mut found = Vec::new();
    let code = p.code.trim();
    if code.is_empty() {
        found.push(RecordProblem::Empty);
    } else if code.chars().count() > MAX_CODE_LEN {
        found.push(RecordProblem::CodeTooLong);
    }
    text(&mut found, &p.code);
    text(&mut found, &p.note);
    participation(&mut found, p);
    participations(&mut found, p);
    // The same years as every date; the forms judge the age, which changes with time and so
    // cannot decide what a stored record may hold.
    let years = super::date::FIRST_YEAR..=super::date::LAST_YEAR;
    if p.birth_year.is_some_and(|y| !years.contains(&y)) {
        found.push(RecordProblem::BirthYear);
    }
    match labels {
        Some(l) if l.id == p.project_id => {
            let known = p.referral.is_none_or(|r| l.referrals.contains(&r))
                && p.sub_unit.is_none_or(|s| l.sub_units.contains(&s))
                && (p.discharge.and_then(|d| d.outcome)).is_none_or(|o| l.outcomes.contains(&o))
                && (p.extensions.iter().filter_map(|x| x.reason))
                    .all(|r| l.extension_reasons.contains(&r))
                && (p.earlier.iter())
                    .filter_map(|e| e.discharge.outcome)
                    .all(|o| l.outcomes.contains(&o))
                && (p.earlier.iter().flat_map(|e| &e.extensions))
                    .filter_map(|x| x.reason)
                    .all(|r| l.extension_reasons.contains(&r));
            if !known {
                found.push(RecordProblem::UnknownLabel);
            }
        }
        _ => found.push(RecordProblem::NoProject),
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// The rules of one participation: its phases' dates, its discharge after its start, and the
/// journey's rules: a start or a referral, the referral before the start, planned ends and
/// extensions after the start and each later than the last, check-ins during the
/// participation, extents up to 100, follow-ups after the discharge and once per month.
fn participation(found: &mut Vec<RecordProblem>, p: &Participant) {
    for phase in &p.phases {
        date(found, phase.from);
    }
    if let Some(d) = p.discharge {
        date(found, d.end);
        if p.start.is_none_or(|s| d.end < s) {
            found.push(RecordProblem::EndBeforeStart);
        }
    }
    let dates = (p.start.iter().chain(&p.referred_on).chain(&p.planned_end))
        .chain(p.never_started.as_ref().map(|n| &n.on))
        .chain(p.extensions.iter().flat_map(|x| [&x.on, &x.until]))
        .chain(&p.check_ins)
        .chain(p.follow_ups.iter().map(|f| &f.on));
    for d in dates {
        date(found, *d);
    }
    if (p.start.is_none() && p.referred_on.is_none())
        || (p.start.is_some() && p.never_started.is_some())
        || (p.start.is_none() && p.discharge.is_some())
    {
        found.push(RecordProblem::NoStart);
    }
    if let (Some(r), Some(s)) = (p.referred_on, p.start) {
        if r > s {
            found.push(RecordProblem::ReferralAfterStart);
        }
    }
    let before_start = |d: Date| p.start.is_none_or(|s| d < s);
    if p.planned_end.is_some_and(before_start) || p.check_ins.iter().any(|d| before_start(*d)) {
        found.push(RecordProblem::EndBeforeStart);
    }
    let mut last = p.planned_end;
    for x in &p.extensions {
        if before_start(x.until) || last.is_some_and(|l| x.until <= l) {
            found.push(RecordProblem::ExtensionNotLater);
        }
        last = Some(x.until);
    }
    if [p.at_start.extent, p.at_end.extent]
        .into_iter()
        .flatten()
        .any(|x| x > 100)
    {
        found.push(RecordProblem::Percent);
    }
    let mut months = HashSet::new();
    for f in &p.follow_ups {
        let after = p.discharge.is_some_and(|d| f.on >= d.end);
        if !after || !months.insert(f.months) {
            found.push(RecordProblem::FollowUpBeforeDischarge);
        }
    }
}

/// The earlier participations of a participant who came back: each valid on its own (as
/// [`participation`] has it), each begun after the one before ended, and the last ended before
/// the current one began.
fn participations(found: &mut Vec<RecordProblem>, p: &Participant) {
    let mut last_end: Option<Date> = None;
    let first_day = |x: &Participant| x.referred_on.or(x.start);
    for e in p.earlier_participations() {
        participation(found, &e);
        if last_end.zip(first_day(&e)).is_some_and(|(l, f)| f <= l) {
            found.push(RecordProblem::OverlappingParticipations);
        }
        last_end = e.discharge.map(|d| d.end);
    }
    if last_end.zip(first_day(p)).is_some_and(|(l, f)| f <= l) {
        found.push(RecordProblem::OverlappingParticipations);
    }
}
