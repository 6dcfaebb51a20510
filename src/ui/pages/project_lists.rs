//! Editing a project's lists (sub-units, referral sources, outcomes) inside its form.
//!
//! A label that is already saved can only be retired, never removed, so old records keep
//! their meaning; a label added in this edit can be removed again before saving.

use crate::domain::validate::{Field, Invalid, ProjectForm, SubUnitForm};
use crate::domain::{Id, Label, OutcomeLabel};
use crate::i18n::journey::JOURNEY;
use crate::i18n::participants::PARTICIPANTS;
use crate::i18n::projects::PROJECTS;
use crate::i18n::TEXTS;
use crate::ui::components::field::{CheckField, TextField};
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    SubUnits,
    ReferralSources,
    Outcomes,
    ExtensionReasons,
}

impl ListKind {
    fn len(self, f: &ProjectForm) -> usize {
        match self {
            ListKind::SubUnits => f.sub_units.len(),
            ListKind::ReferralSources => f.referral_sources.len(),
            ListKind::Outcomes => f.outcomes.len(),
            ListKind::ExtensionReasons => f.journey.extension_reasons.len(),
        }
    }

    fn name(self, f: &ProjectForm, i: usize) -> Option<String> {
        match self {
            ListKind::SubUnits => f.sub_units.get(i).map(|x| x.name.clone()),
            ListKind::ReferralSources => f.referral_sources.get(i).map(|x| x.name.clone()),
            ListKind::Outcomes => f.outcomes.get(i).map(|x| x.name.clone()),
            ListKind::ExtensionReasons => {
                (f.journey.extension_reasons.get(i)).map(|x| x.name.clone())
            }
        }
    }

    fn set_name(self, f: &mut ProjectForm, i: usize, name: String) {
        match self {
            ListKind::SubUnits => f.sub_units[i].name = name,
            ListKind::ReferralSources => f.referral_sources[i].name = name,
            ListKind::Outcomes => f.outcomes[i].name = name,
            ListKind::ExtensionReasons => f.journey.extension_reasons[i].name = name,
        }
    }

    fn retired(self, f: &ProjectForm, i: usize) -> bool {
        match self {
            ListKind::SubUnits => f.sub_units.get(i).is_some_and(|x| x.retired),
            ListKind::ReferralSources => f.referral_sources.get(i).is_some_and(|x| x.retired),
            ListKind::Outcomes => f.outcomes.get(i).is_some_and(|x| x.retired),
            ListKind::ExtensionReasons => {
                (f.journey.extension_reasons.get(i)).is_some_and(|x| x.retired)
            }
        }
    }

    fn toggle_retired(self, f: &mut ProjectForm, i: usize) {
        match self {
            ListKind::SubUnits => f.sub_units[i].retired ^= true,
            ListKind::ReferralSources => f.referral_sources[i].retired ^= true,
            ListKind::Outcomes => f.outcomes[i].retired ^= true,
            ListKind::ExtensionReasons => f.journey.extension_reasons[i].retired ^= true,
        }
    }

    fn id(self, f: &ProjectForm, i: usize) -> Option<Id> {
        match self {
            ListKind::SubUnits => f.sub_units.get(i).and_then(|x| x.id),
            ListKind::ReferralSources => f.referral_sources.get(i).map(|x| x.id),
            ListKind::Outcomes => f.outcomes.get(i).map(|x| x.id),
            ListKind::ExtensionReasons => f.journey.extension_reasons.get(i).map(|x| x.id),
        }
    }

    fn push(self, f: &mut ProjectForm) {
        let id = Id::random();
        match self {
            ListKind::SubUnits => f.sub_units.push(SubUnitForm {
                id: Some(id),
                ..Default::default()
            }),
            ListKind::ReferralSources => f.referral_sources.push(Label {
                id,
                name: String::new(),
                retired: false,
            }),
            ListKind::Outcomes => f.outcomes.push(OutcomeLabel {
                id,
                name: String::new(),
                progression: false,
                retired: false,
            }),
            ListKind::ExtensionReasons => f.journey.extension_reasons.push(Label {
                id,
                name: String::new(),
                retired: false,
            }),
        }
    }

    fn swap(self, f: &mut ProjectForm, a: usize, b: usize) {
        match self {
            ListKind::SubUnits => f.sub_units.swap(a, b),
            ListKind::ReferralSources => f.referral_sources.swap(a, b),
            ListKind::Outcomes => f.outcomes.swap(a, b),
            ListKind::ExtensionReasons => f.journey.extension_reasons.swap(a, b),
        }
    }

    fn remove(self, f: &mut ProjectForm, i: usize) {
        match self {
            ListKind::SubUnits => drop(f.sub_units.remove(i)),
            ListKind::ReferralSources => drop(f.referral_sources.remove(i)),
            ListKind::Outcomes => drop(f.outcomes.remove(i)),
            ListKind::ExtensionReasons => drop(f.journey.extension_reasons.remove(i)),
        }
    }

    fn field(self, i: usize) -> Field {
        match self {
            ListKind::SubUnits => Field::SubUnitName(i),
            ListKind::ReferralSources => Field::ReferralSource(i),
            ListKind::Outcomes => Field::Outcome(i),
            ListKind::ExtensionReasons => Field::ExtensionReason(i),
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            ListKind::SubUnits => "subunit",
            ListKind::ReferralSources => "referral",
            ListKind::Outcomes => "outcome",
            ListKind::ExtensionReasons => "extension-reason",
        }
    }

    fn legend(self) -> &'static str {
        match self {
            ListKind::SubUnits => PROJECTS.sub_units_legend,
            ListKind::ReferralSources => PROJECTS.referral_sources_legend,
            ListKind::Outcomes => PROJECTS.outcomes_legend,
            ListKind::ExtensionReasons => JOURNEY.extension_reasons_legend,
        }
    }

    fn item_label(self) -> &'static str {
        match self {
            ListKind::SubUnits => PARTICIPANTS.sub_unit,
            ListKind::ReferralSources => PARTICIPANTS.referral,
            ListKind::Outcomes => PARTICIPANTS.outcome,
            ListKind::ExtensionReasons => JOURNEY.reason,
        }
    }
}

/// The element id of a field of the project form, for focusing the first problem.
pub fn field_id(field: Field) -> String {
    match field {
        Field::Name => "project-name".into(),
        Field::Start => "project-start".into(),
        Field::End => "project-end".into(),
        Field::VolumeTarget => "project-volume".into(),
        Field::TargetWomen => "project-women".into(),
        Field::OutcomeGoal => "project-goal".into(),
        Field::AgeBands => "project-age-bands".into(),
        Field::SubUnitName(i) => format!("subunit-{i}"),
        Field::SubUnitTarget(i) => format!("subunit-target-{i}"),
        Field::ReferralSource(i) => format!("referral-{i}"),
        Field::Outcome(i) => format!("outcome-{i}"),
        Field::ExtensionReason(i) => format!("extension-reason-{i}"),
        Field::PlannedLength => "project-planned-length".into(),
        Field::CheckInMonths => "project-check-in".into(),
        Field::FollowUpMonths => "project-follow-ups".into(),
        Field::WaitLimit => "project-wait-limit".into(),
        _ => "project-name".into(),
    }
}

/// One list of the project form.
#[component]
pub fn ListEditor(
    kind: ListKind,
    form: RwSignal<ProjectForm>,
    errors: RwSignal<Invalid>,
    /// Ids already saved in the project: these can be retired but not removed.
    saved: Vec<Id>,
) -> impl IntoView {
    let len = Memo::new(move |_| form.with(|f| kind.len(f)));
    let saved = StoredValue::new(saved);
    let hint = if kind == ListKind::SubUnits {
        PROJECTS.sub_units_hint
    } else {
        PROJECTS.lists_hint
    };
    let add = move |_| {
        form.update(|f| kind.push(f));
        let last = len.get_untracked().saturating_sub(1);
        crate::ui::browser::focus_soon(format!("{}-{last}", kind.prefix()));
    };
    let row = move |i: usize| {
        let name = move || form.with(|f| kind.name(f, i)).unwrap_or_default();
        let retired = move || form.with(|f| kind.retired(f, i));
        let is_saved = move || {
            form.with(|f| kind.id(f, i))
                .is_some_and(|id| saved.with_value(|s| s.contains(&id)))
        };
        let error = move || errors.with(|e| e.problem(kind.field(i)).map(|p| TEXTS.problem(p)));
        let label = format!("{} {}", kind.item_label(), i + 1);
        view! {
            <li class="list-row" class:retired=retired>
                <TextField
                    id=format!("{}-{i}", kind.prefix())
                    label=label
                    value=Signal::derive(name)
                    on_input=Callback::new(move |v: String| form.update(|f| kind.set_name(f, i, v)))
                    error=Signal::derive(error)
                />
                {(kind == ListKind::Outcomes).then(|| view! {
                    <CheckField
                        id=format!("outcome-progression-{i}")
                        label=PROJECTS.progression
                        checked=Signal::derive(move || form.with(|f| f.outcomes.get(i).is_some_and(|o| o.progression)))
                        on_change=Callback::new(move |v: bool| form.update(|f| f.outcomes[i].progression = v))
                    />
                })}
                {(kind == ListKind::SubUnits).then(|| view! {
                    <TextField
                        id=format!("subunit-target-{i}")
                        label=PROJECTS.sub_unit_target
                        inputmode="numeric"
                        value=Signal::derive(move || form.with(|f| f.sub_units.get(i).map(|s| s.volume_target.clone()).unwrap_or_default()))
                        on_input=Callback::new(move |v: String| form.update(|f| f.sub_units[i].volume_target = v))
                        error=Signal::derive(move || errors.with(|e| e.problem(Field::SubUnitTarget(i)).map(|p| TEXTS.problem(p))))
                    />
                })}
                <div class="row-actions">
                    <span class="retired-marker">{move || retired().then_some(PROJECTS.retired_marker)}</span>
                    <button type="button" class="button button-small" disabled=i == 0
                        aria-label=move || format!("{}: {}", PROJECTS.move_up, name())
                        on:click=move |_| form.update(|f| kind.swap(f, i, i - 1))>{PROJECTS.move_up}</button>
                    <button type="button" class="button button-small" disabled=move || { i + 1 >= len.get() }
                        aria-label=move || format!("{}: {}", PROJECTS.move_down, name())
                        on:click=move |_| form.update(|f| kind.swap(f, i, i + 1))>{PROJECTS.move_down}</button>
                    {move || if is_saved() {
                        view! {
                            <button type="button" class="button button-small"
                                aria-label=move || format!("{}: {}", if retired() { PROJECTS.restore } else { PROJECTS.retire }, name())
                                on:click=move |_| form.update(|f| kind.toggle_retired(f, i))>
                                {move || if retired() { PROJECTS.restore } else { PROJECTS.retire }}
                            </button>
                        }.into_any()
                    } else {
                        view! {
                            <button type="button" class="button button-small"
                                aria-label=move || format!("{}: {}", PROJECTS.remove, name())
                                on:click=move |_| form.update(|f| kind.remove(f, i))>{PROJECTS.remove}</button>
                        }.into_any()
                    }}
                </div>
            </li>
        }
    };
    view! {
        <fieldset class="list-editor">
            <legend>{kind.legend()}</legend>
            <p class="hint">{hint}</p>
            <ol class="list-rows">{move || (0..len.get()).map(row).collect_view()}</ol>
            <button type="button" class="button" on:click=add>
                {if kind == ListKind::SubUnits { PROJECTS.add_sub_unit } else { PROJECTS.add_label }}
            </button>
        </fieldset>
    }
}
