//! The money page: a project's granted funds, and its used funds as periods or as a running
//! total. Each change is one save of the project through the write path; the report and the
//! final report draft read the money from there.

use crate::domain::form::{Field, Invalid};
use crate::domain::money::{
    amount_text, next_from, total, validate_granted, validate_running_total, validate_used,
    RunningTotalForm, UsedFunds, UsedFundsForm,
};
use crate::domain::{Id, Project};
use crate::i18n::funds::FUNDS as F;
use crate::i18n::TEXTS;
use crate::routes::Page;
use crate::ui::browser::{focus_soon, now, today};
use crate::ui::components::field::TextField;
use crate::ui::components::link::A;
use crate::ui::components::notice::{ErrorNotice, StatusNotice};
use crate::ui::state::use_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn MoneyPage() -> impl IntoView {
    super::with_project_id(|id| view! { <MoneyView id /> })
}

/// What every part of the money page shares: the project, where it is saved, and the page's
/// one pair of notices.
#[derive(Clone, Copy)]
struct Ledger {
    state: crate::ui::state::AppState,
    id: Id,
    project: Memo<Option<Project>>,
    status: RwSignal<Option<String>>,
    failure: RwSignal<Option<String>>,
}

impl Ledger {
    /// Saves `change` applied to the project's stored version; says how it went.
    fn save(self, change: impl FnOnce(&mut Project) + 'static, done: &'static str) {
        let Some(mut project) = self.state.project_untracked(self.id) else {
            return;
        };
        let base = Some(project.updated_at);
        change(&mut project);
        project.updated_at = now();
        self.status.set(None);
        self.failure.set(None);
        spawn_local(async move {
            match self.state.save_project(project, base).await {
                Ok(()) => self.status.set(Some(done.to_owned())),
                Err(e) => self.failure.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
        });
    }

    /// What a form's submit does with its checked entry: adds it and empties the form, or
    /// shows its problems and moves to the first.
    fn add<T: Default + Send + Sync + 'static>(
        self,
        checked: Result<UsedFunds, Invalid>,
        form: RwSignal<T>,
        errors: RwSignal<Invalid>,
    ) {
        match checked {
            Ok(entry) => {
                errors.set(Invalid::default());
                form.set(T::default());
                self.save(move |p| p.used_funds.push(entry), F.period_added);
            }
            Err(invalid) => {
                focus_soon(field_id(invalid.0[0].field).to_owned());
                errors.set(invalid);
            }
        }
    }
}

#[component]
fn MoneyView(id: Id) -> impl IntoView {
    let state = use_state();
    let project = Memo::new(move |_| state.project(id));
    let name = move || project.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    super::set_title(&format!("{} – {}", F.money_title, name()));
    let (status, failure) = (RwSignal::new(None), RwSignal::new(None));
    let ledger = Ledger {
        state,
        id,
        project,
        status,
        failure,
    };
    view! {
        <div class="page-head">
            <h1>{F.money_title}</h1>
            <p class="lead"><A href=Page::Participants(id).path()>{name}</A></p>
        </div>
        <p>{F.money_intro}</p>
        <StatusNotice text=status />
        <ErrorNotice text=failure detail=TEXTS.storage.kept_typed />
        <GrantedForm ledger />
        <UsedList ledger />
        <AddPeriod ledger />
        <AddRunningTotal ledger />
        <div class="actions">
            <A href=Page::Report(id).path() attr:class="button">{crate::i18n::report::REPORT.open_report}</A>
            <A href=Page::FinalReport(id).path() attr:class="button">{F.draft_page_title}</A>
        </div>
    }
}

/// A text of a form as a signal, and the callback that changes it.
fn bound<T: Send + Sync + 'static>(
    form: RwSignal<T>,
    get: fn(&T) -> &String,
    put: fn(&mut T, String),
) -> (Signal<String>, Callback<String>) {
    (
        Signal::derive(move || form.with(|f| get(f).clone())),
        Callback::new(move |v: String| form.update(|f| put(f, v))),
    )
}

fn problem_of(errors: RwSignal<Invalid>, field: Field) -> Signal<Option<&'static str>> {
    Signal::derive(move || errors.with(|e| e.problem(field).map(|p| TEXTS.problem(p))))
}

fn field_id(field: Field) -> &'static str {
    match field {
        Field::GrantedFunds => "granted-funds",
        Field::UsedFrom => "used-from",
        Field::UsedTo => "used-to",
        Field::UsedAmount => "used-amount",
        Field::UsedThrough => "used-through",
        _ => "used-total",
    }
}

#[component]
fn GrantedForm(ledger: Ledger) -> impl IntoView {
    let project = ledger.project;
    let typed = RwSignal::new(project.with_untracked(|p| {
        (p.as_ref().and_then(|p| p.granted_funds))
            .map(crate::domain::money::thousands)
            .unwrap_or_default()
    }));
    let errors = RwSignal::new(Invalid::default());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match validate_granted(&typed.get_untracked()) {
            Ok(granted) => {
                errors.set(Invalid::default());
                ledger.save(move |p| p.granted_funds = granted, F.granted_saved);
            }
            Err(invalid) => {
                errors.set(invalid);
                focus_soon(field_id(Field::GrantedFunds).to_owned());
            }
        }
    };
    view! {
        <form class="form" novalidate on:submit=submit>
            <fieldset>
                <legend>{F.granted_legend}</legend>
                <TextField id=field_id(Field::GrantedFunds) label=F.granted_label hint=F.granted_hint inputmode="decimal"
                    value=typed on_input=Callback::new(move |v| typed.set(v)) error=problem_of(errors, Field::GrantedFunds) />
                <button type="submit" class="button button-primary">{F.save_granted}</button>
            </fieldset>
        </form>
    }
}

#[component]
fn UsedList(ledger: Ledger) -> impl IntoView {
    let project = ledger.project;
    let used = move || {
        let mut used: Vec<UsedFunds> =
            project.with(|p| p.as_ref().map(|p| p.used_funds.clone()).unwrap_or_default());
        used.sort_by_key(|u| u.from);
        used
    };
    let remove = move |entry: Id| {
        ledger.save(move |p| p.used_funds.retain(|u| u.id != entry), F.removed);
    };
    view! {
        <section aria-labelledby="used-title">
            <h2 id="used-title">{F.used_title}</h2>
            {move || {
                let used = used();
                if used.is_empty() {
                    return view! { <p class="empty-state">{F.used_none}</p> }.into_any();
                }
                let sum = total(&used);
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="used-title">
                        <table class="report-table" id="used-funds">
                            <thead><tr>
                                <th scope="col">{F.used_col_period}</th>
                                <th scope="col" class="num">{F.used_col_amount}</th>
                                <th scope="col"><span class="visually-hidden">{F.remove}</span></th>
                            </tr></thead>
                            <tbody>
                                {used.into_iter().map(|u| {
                                    let period = format!("{} – {}", u.from, u.to);
                                    view! {
                                        <tr>
                                            <th scope="row">{period.clone()}</th>
                                            <td class="num">{amount_text(u.amount)}</td>
                                            <td><button type="button" class="button button-small"
                                                aria-label=(F.remove_period)(&period)
                                                on:click=move |_| remove(u.id)>{F.remove}</button></td>
                                        </tr>
                                    }
                                }).collect_view()}
                                <tr class="total">
                                    <th scope="row">{F.used_sum}</th>
                                    <td class="num">{amount_text(sum)}</td>
                                    <td></td>
                                </tr>
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn AddPeriod(ledger: Ledger) -> impl IntoView {
    let project = ledger.project;
    let form = RwSignal::new(UsedFundsForm::default());
    let errors = RwSignal::new(Invalid::default());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let recorded = project.with_untracked(|p| p.as_ref().map(|p| p.used_funds.clone()));
        let Some(recorded) = recorded else { return };
        let checked = validate_used(&form.get_untracked(), &recorded, today());
        ledger.add(checked, form, errors);
    };
    let (from, set_from) = bound(form, |f| &f.from, |f, v| f.from = v);
    let (to, set_to) = bound(form, |f| &f.to, |f, v| f.to = v);
    let (amount, set_amount) = bound(form, |f| &f.amount, |f, v| f.amount = v);
    view! {
        <form class="form" novalidate on:submit=submit>
            <fieldset>
                <legend>{F.add_period_legend}</legend>
                <div class="field-pair">
                    <TextField id=field_id(Field::UsedFrom) label=F.from_label kind="date" required=true
                        value=from on_input=set_from error=problem_of(errors, Field::UsedFrom) />
                    <TextField id=field_id(Field::UsedTo) label=F.to_label kind="date" required=true
                        value=to on_input=set_to error=problem_of(errors, Field::UsedTo) />
                </div>
                <TextField id=field_id(Field::UsedAmount) label=F.amount_label hint=F.amount_hint inputmode="decimal" required=true
                    value=amount on_input=set_amount error=problem_of(errors, Field::UsedAmount) />
                <button type="submit" class="button button-primary">{F.add_period}</button>
            </fieldset>
        </form>
    }
}

#[component]
fn AddRunningTotal(ledger: Ledger) -> impl IntoView {
    let project = ledger.project;
    let form = RwSignal::new(RunningTotalForm::default());
    let errors = RwSignal::new(Invalid::default());
    let from = move || {
        project.with(|p| {
            p.as_ref()
                .map(|p| next_from(&p.used_funds, p.start).to_string())
                .unwrap_or_default()
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(p) = project.get_untracked() else {
            return;
        };
        let checked =
            validate_running_total(&form.get_untracked(), &p.used_funds, p.start, today());
        ledger.add(checked, form, errors);
    };
    let (through, set_through) = bound(form, |f| &f.through, |f, v| f.through = v);
    let (total, set_total) = bound(form, |f| &f.total, |f, v| f.total = v);
    view! {
        <form class="form" novalidate on:submit=submit>
            <fieldset aria-describedby="running-hint">
                <legend>{F.running_legend}</legend>
                <p class="hint" id="running-hint">{move || (F.running_hint)(&from())}</p>
                <TextField id=field_id(Field::UsedThrough) label=F.through_label kind="date" required=true
                    value=through on_input=set_through error=problem_of(errors, Field::UsedThrough) />
                <TextField id=field_id(Field::UsedTotal) label=F.total_label hint=F.amount_hint inputmode="decimal" required=true
                    value=total on_input=set_total error=problem_of(errors, Field::UsedTotal) />
                <button type="submit" class="button">{F.add_running}</button>
            </fieldset>
        </form>
    }
}
