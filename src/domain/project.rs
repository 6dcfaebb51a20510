//! A project (*insats*): its period, its goals, and the lists its participants are described by.
//!
//! Labels (referral sources, outcomes, sub-units) have their own ids, so a coach can rename,
//! reorder or retire one without touching the participants that use it. A retired label is
//! hidden from new choices but still names the old records.

use super::journey::PlannedLength;
use super::money::UsedFunds;
use super::narrative::ReportTexts;
use super::{Date, Id, Timestamp};
use serde::{Deserialize, Serialize};

/// A referral source (*remittent*) or any other plain choice in a project's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub retired: bool,
}

/// An outcome at discharge (*avslutsorsak*), marked as progression or not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeLabel {
    pub id: Id,
    pub name: String,
    /// Work, studies or other occupation: counts toward the project's outcome goal.
    pub progression: bool,
    #[serde(default)]
    pub retired: bool,
}

/// A sub-unit (*delinsats*: group, town or track) with its own volume target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubUnit {
    pub id: Id,
    pub name: String,
    pub volume_target: Option<u32>,
    #[serde(default)]
    pub retired: bool,
}

/// A project (*insats*) with its goals and lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub id: Id,
    pub name: String,
    pub start: Date,
    pub end: Option<Date>,
    /// Number of participants the project set out to reach.
    pub volume_target: Option<u32>,
    /// Target share of women, in percent; the rest is the target share of men.
    pub target_women_percent: Option<u8>,
    /// Share of the discharged who should leave for progression, in percent.
    pub outcome_goal_percent: Option<u8>,
    #[serde(default)]
    pub sub_units: Vec<SubUnit>,
    pub referral_sources: Vec<Label>,
    pub outcomes: Vec<OutcomeLabel>,
    /// Lower bounds of the age bands in reports, ascending (default 16, 30, 50, 65).
    #[serde(default = "default_age_bands")]
    pub age_bands: Vec<u8>,
    /// The planned length of a participation; a start sets the planned end from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_length: Option<PlannedLength>,
    /// Reasons for an extension (*förlängning*), the project's own list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extension_reasons: Vec<Label>,
    /// Months between check-ins (*avstämningar*), counted from the start or the last one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_in_months: Option<u8>,
    /// Follow-ups after the discharge, in months after it, ascending (e.g. 6 and 12).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_up_months: Vec<u8>,
    /// Days a referred participant may wait before "Att göra" lists them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_limit_days: Option<u16>,
    /// Funds granted to the project (*beviljade medel*), whole kronor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granted_funds: Option<u64>,
    /// Funds used (*utnyttjade medel*), per period; periods never overlap.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub used_funds: Vec<UsedFunds>,
    /// The coach's own texts for the final report.
    #[serde(default, skip_serializing_if = "ReportTexts::is_empty")]
    pub report_texts: ReportTexts,
    #[serde(default)]
    pub archived: bool,
    pub updated_at: Timestamp,
}

/// The default age bands: 16–29, 30–49, 50–64, 65+.
pub fn default_age_bands() -> Vec<u8> {
    vec![16, 30, 50, 65]
}

/// Default referral sources for a new project, as in DOMAIN.md.
pub const DEFAULT_REFERRAL_SOURCES: [&str; 8] = [
    "Socialsekreterare",
    "Eget initiativ",
    "Psykiatrisk öppenvård",
    "Vårdcentral/hälsocentral",
    "Arbetsförmedlingen",
    "Försäkringskassan",
    "LSS",
    "Annan",
];

/// Default outcomes for a new project, with whether each counts as progression.
pub const DEFAULT_OUTCOMES: [(&str, bool); 11] = [
    ("Arbete", true),
    ("Arbete med lönestöd", true),
    ("Studier", true),
    ("Annan sysselsättning", true),
    ("Praktik/arbetsträning", false),
    ("Fortsatt rehabilitering", false),
    ("Åter till myndighet", false),
    ("Till Arbetsförmedlingen/Försäkringskassan", false),
    ("Sjukdom", false),
    ("Flytt", false),
    ("Övrigt", false),
];

/// Default reasons for an extension.
pub const DEFAULT_EXTENSION_REASONS: [&str; 4] = [
    "Behöver mer tid i praktiken",
    "Väntar på beslut från myndighet",
    "Ohälsa under insatsen",
    "Annan",
];

pub fn default_referral_sources() -> Vec<Label> {
    labels(&DEFAULT_REFERRAL_SOURCES)
}

pub fn default_outcomes() -> Vec<OutcomeLabel> {
    outcome_labels(&DEFAULT_OUTCOMES)
}

/// New labels (random ids, none retired) with these names.
pub fn labels(names: &[&str]) -> Vec<Label> {
    names
        .iter()
        .map(|name| Label {
            id: Id::random(),
            name: (*name).to_owned(),
            retired: false,
        })
        .collect()
}

/// New outcome labels (random ids, none retired) with these names and progression flags.
pub fn outcome_labels(outcomes: &[(&str, bool)]) -> Vec<OutcomeLabel> {
    outcomes
        .iter()
        .map(|(name, progression)| OutcomeLabel {
            id: Id::random(),
            name: (*name).to_owned(),
            progression: *progression,
            retired: false,
        })
        .collect()
}

impl Project {
    /// A project with only what every project must have: its id, name and start, and
    /// everything else empty or at its default. Code that builds projects (the project form,
    /// the demo) starts here, so a new field with a default is added in this one place.
    pub fn new(id: Id, name: String, start: Date, updated_at: Timestamp) -> Self {
        Project {
            id,
            name,
            start,
            end: None,
            volume_target: None,
            target_women_percent: None,
            outcome_goal_percent: None,
            sub_units: Vec::new(),
            referral_sources: Vec::new(),
            outcomes: Vec::new(),
            age_bands: default_age_bands(),
            planned_length: None,
            extension_reasons: Vec::new(),
            check_in_months: None,
            follow_up_months: Vec::new(),
            wait_limit_days: None,
            granted_funds: None,
            used_funds: Vec::new(),
            report_texts: ReportTexts::default(),
            archived: false,
            updated_at,
        }
    }

    pub fn referral_name(&self, id: Id) -> Option<&str> {
        self.referral_sources
            .iter()
            .find(|l| l.id == id)
            .map(|l| l.name.as_str())
    }

    pub fn outcome(&self, id: Id) -> Option<&OutcomeLabel> {
        self.outcomes.iter().find(|l| l.id == id)
    }

    pub fn extension_reason(&self, id: Id) -> Option<&str> {
        self.extension_reasons
            .iter()
            .find(|l| l.id == id)
            .map(|l| l.name.as_str())
    }

    pub fn sub_unit_name(&self, id: Id) -> Option<&str> {
        self.sub_units
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.name.as_str())
    }

    /// Target share of men, in percent, implied by the target share of women.
    pub fn target_men_percent(&self) -> Option<u8> {
        self.target_women_percent.map(|w| 100 - w.min(100))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_cover_the_domain_lists_and_mark_progression() {
        let sources = default_referral_sources();
        assert!(sources.iter().any(|l| l.name == "Eget initiativ"));
        let outcomes = default_outcomes();
        let progression: Vec<_> = outcomes
            .iter()
            .filter(|o| o.progression)
            .map(|o| o.name.as_str())
            .collect();
        assert!(progression.contains(&"Arbete"));
        assert!(progression.contains(&"Studier"));
        assert!(!progression.contains(&"Sjukdom"));
    }
}
