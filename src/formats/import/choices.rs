//! The fixed lists a participant list may name in words: the income source and the
//! occupation, as coaches write them in Swedish or English (or by the keys Stegvis's own files
//! use). Matched ignoring case, surrounding spaces, and `/`, `_` or `-` versus a space.

use crate::domain::journey::{Income, Occupation};

fn normalise(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .replace(['_', '-', '/'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The names accepted for each income source, normalised.
fn income_names(i: Income) -> &'static [&'static str] {
    match i {
        Income::Salary => &["lön", "lon", "salary", "wages", "wage"],
        Income::SicknessBenefit => &[
            "sickness benefit",
            "sjukpenning",
            "rehabiliteringspenning",
            "sjukpenning eller rehabiliteringspenning",
            "sjukpenning rehabiliteringspenning",
            "sickness or rehabilitation benefit",
            "rehabilitation benefit",
        ],
        Income::SicknessCompensation => &["sjukersättning", "sickness compensation"],
        Income::ActivityCompensation => &["aktivitetsersättning", "activity compensation"],
        Income::UnemploymentInsurance => &[
            "a kassa",
            "akassa",
            "arbetslöshetsersättning",
            "unemployment insurance",
            "unemployment benefit",
        ],
        Income::ActivitySupport => &[
            "aktivitetsstöd",
            "utvecklingsersättning",
            "aktivitetsstöd eller utvecklingsersättning",
            "aktivitetsstöd utvecklingsersättning",
            "activity support",
            "activity support or development allowance",
            "development allowance",
        ],
        Income::EstablishmentBenefit => &["etableringsersättning", "establishment benefit"],
        Income::SocialAssistance => &[
            "försörjningsstöd",
            "ekonomiskt bistånd",
            "social assistance",
            "income support",
        ],
        Income::StudentAid => &["studiemedel", "csn", "student aid"],
        Income::NoPublicSupport => &[
            "ingen offentlig försörjning",
            "no public support",
            "none",
            "ingen",
        ],
        Income::Other => &["annan", "annat", "other"],
        Income::Unknown => &["okänd", "okänt", "vet ej", "unknown"],
    }
}

fn occupation_names(o: Occupation) -> &'static [&'static str] {
    match o {
        Occupation::Employment => &[
            "förvärvsarbete",
            "arbete",
            "anställning",
            "employment",
            "work",
        ],
        Occupation::Studies => &["studier", "studerar", "studies", "study"],
        Occupation::WorkTraining => &[
            "arbetsträning",
            "praktik",
            "arbetsträning eller praktik",
            "arbetsträning praktik",
            "work training",
            "work training or placement",
            "placement",
        ],
        Occupation::JobSeeking => &["arbetssökande", "job seeking", "job seeker", "jobseeker"],
        Occupation::NoOccupation => &["ingen", "ingen sysselsättning", "no occupation", "none"],
    }
}

/// What a cell of a fixed list's column says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice<T> {
    Empty,
    Known(T),
    /// Not a name of the list.
    NotInList,
}

fn choose<T: Copy>(
    text: &str,
    all: &[T],
    key: fn(T) -> &'static str,
    names: fn(T) -> &'static [&'static str],
) -> Choice<T> {
    let wanted = normalise(text);
    if wanted.is_empty() {
        return Choice::Empty;
    }
    all.iter()
        .copied()
        .find(|v| normalise(key(*v)) == wanted || names(*v).contains(&wanted.as_str()))
        .map_or(Choice::NotInList, Choice::Known)
}

pub fn income(text: &str) -> Choice<Income> {
    choose(text, Income::ALL, Income::key, income_names)
}

pub fn occupation(text: &str) -> Choice<Occupation> {
    choose(text, Occupation::ALL, Occupation::key, occupation_names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_either_language_and_the_keys_are_read() {
        assert_eq!(
            income(" Försörjningsstöd "),
            Choice::Known(Income::SocialAssistance)
        );
        assert_eq!(
            income("A-kassa"),
            Choice::Known(Income::UnemploymentInsurance)
        );
        assert_eq!(
            income("social_assistance"),
            Choice::Known(Income::SocialAssistance)
        );
        assert_eq!(
            income("Aktivitetsstöd/utvecklingsersättning"),
            Choice::Known(Income::ActivitySupport)
        );
        assert_eq!(income("lotteri"), Choice::NotInList);
        assert_eq!(income(""), Choice::Empty);
        assert_eq!(
            occupation("Arbetsträning/praktik"),
            Choice::Known(Occupation::WorkTraining)
        );
        assert_eq!(
            occupation("Job seeking"),
            Choice::Known(Occupation::JobSeeking)
        );
    }
}
