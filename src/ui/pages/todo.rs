//! "Att göra": what is due this week and what is overdue, for one project (on its page) or for
//! every open project (on the start page); and a project's waiting list.

use crate::domain::due::{due, Due, DueKind};
use crate::domain::{Participant, Project, Status};
use crate::i18n::journey::JOURNEY;
use crate::i18n::TEXTS;
use crate::routes::Page;
use crate::ui::browser::today;
use crate::ui::components::link::A;
use crate::ui::state::use_state;
use leptos::prelude::*;

fn what(kind: DueKind) -> String {
    match kind {
        DueKind::CheckIn => JOURNEY.due_check_in.to_owned(),
        DueKind::PlannedEnd => JOURNEY.due_planned_end.to_owned(),
        DueKind::FollowUp(m) => (JOURNEY.due_follow_up)(u32::from(m)),
        DueKind::Waiting => JOURNEY.due_waiting.to_owned(),
    }
}

/// The table of due things; `names` gives each project's name when several are listed.
/// How many things due a list shows at first, and how many more each "Visa fler" adds: the
/// oldest first, so the overdue come before this week's.
const SHOWN_AT_FIRST: usize = 25;
const SHOWN_MORE: usize = 100;

/// The table of due things, its first `shown`, and a button for more.
fn todo_table(
    items: Vec<Due>,
    names: Option<Vec<(crate::domain::Id, String)>>,
    shown: RwSignal<usize>,
) -> AnyView {
    if items.is_empty() {
        return view! { <p class="empty">{JOURNEY.todo_empty}</p> }.into_any();
    }
    let all = items.len();
    let limit = shown.get();
    let more = (all > limit).then(|| {
        view! {
            <p class="hint" aria-live="polite">{(JOURNEY.todo_shown)(limit, all)}</p>
            <button type="button" class="button" on:click=move |_| shown.update(|n| *n += SHOWN_MORE)>
                {JOURNEY.todo_more}</button>
        }
    });
    let with_projects = names.is_some();
    let name_of = move |id| {
        (names.iter().flatten())
            .find(|(p, _)| *p == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    };
    let rows = items
        .into_iter()
        .take(limit)
        .map(|d| {
            let href = Page::Participant(d.project, d.participant).path();
            let when = if d.overdue {
                JOURNEY.overdue
            } else {
                JOURNEY.this_week
            };
            let project = with_projects.then(|| name_of(d.project));
            // The link names what is due and for whom ("Avstämning – D-001"), so it is never
            // taken for the participant list's link of the same code.
            view! {
                <tr class=d.overdue.then_some("overdue")>
                    <th scope="row">{d.code.clone()}</th>
                    <td data-label=JOURNEY.col_when>{d.date.to_string()}" "
                        <span class=if d.overdue { "badge badge-warning" } else { "badge" }>{when}</span></td>
                    <td data-label=JOURNEY.col_what><A href=href>{what(d.kind)}
                        <span class="visually-hidden">" – "{d.code}</span></A></td>
                    {project.map(|n| view! { <td data-label=JOURNEY.col_project>{n}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="todo stacked">
            <caption class="visually-hidden">{JOURNEY.todo_caption}</caption>
            <thead><tr>
                <th scope="col">{JOURNEY.col_participant}</th>
                <th scope="col">{JOURNEY.col_when}</th>
                <th scope="col">{JOURNEY.col_what}</th>
                {with_projects.then(|| view! { <th scope="col">{JOURNEY.col_project}</th> })}
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        {more}
    }
    .into_any()
}

/// A project's "Att göra", from its loaded participants.
#[component]
pub fn ProjectTodo(project: StoredValue<Project>) -> impl IntoView {
    let state = use_state();
    let shown = RwSignal::new(SHOWN_AT_FIRST);
    let items = Memo::new(move |_| {
        state
            .participants
            .with(|ps| project.with_value(|p| due(p, ps, today())))
    });
    view! {
        <section aria-labelledby="todo-title" class="todo-section">
            <h2 id="todo-title">{JOURNEY.todo_title}</h2>
            <p class="hint">{JOURNEY.todo_intro}</p>
            {move || todo_table(items.get(), None, shown)}
        </section>
    }
}

/// Every open project's "Att göra", for the start page. Reads every participant once.
#[component]
pub fn AllTodo() -> impl IntoView {
    let state = use_state();
    let shown = RwSignal::new(SHOWN_AT_FIRST);
    // Read again when anything is saved, here or in another tab; not when a project's
    // participants are loaded (opening a project from this page started a second read of
    // every participant, as long as the first).
    let loaded = LocalResource::new(move || {
        state.projects.track();
        state.saved_here.track();
        state.changed_elsewhere.track();
        crate::ui::state::all_participants()
    });
    let items = move || {
        let participants: Vec<Participant> = match loaded.get() {
            Some(Ok(ps)) => ps,
            Some(Err(e)) => return Err(TEXTS.storage_error(&e)),
            None => return Ok(None),
        };
        let projects: Vec<Project> = state.projects.get();
        let mut all: Vec<Due> = (projects.iter())
            .filter(|p| !p.archived)
            .flat_map(|p| due(p, &participants, today()))
            .collect();
        all.sort_by_key(|d| d.date);
        let names = projects.iter().map(|p| (p.id, p.name.clone())).collect();
        Ok(Some((all, names)))
    };
    view! {
        <section aria-labelledby="todo-title" class="todo-section">
            <h2 id="todo-title">{JOURNEY.todo_title}</h2>
            <p class="hint">{JOURNEY.todo_intro}</p>
            {move || match items() {
                Ok(None) => view! { <p role="status">{JOURNEY.todo_loading}</p> }.into_any(),
                Ok(Some((all, names))) => todo_table(all, Some(names), shown),
                Err(e) => view! { <p class="notice notice-error" role="alert">{e}</p> }.into_any(),
            }}
        </section>
    }
}

/// The participants waiting to start, the longest wait first.
#[component]
pub fn WaitingList(project: StoredValue<Project>) -> impl IntoView {
    let state = use_state();
    let project_id = project.with_value(|p| p.id);
    let shown = RwSignal::new(SHOWN_AT_FIRST);
    let rows = Memo::new(move |_| {
        let today = today();
        let mut rows: Vec<(crate::domain::Id, String, String, i64)> =
            state.participants.with(|ps| {
                (ps.iter())
                    .filter(|p| p.status() == Status::Waiting)
                    .map(|p| {
                        let referred = p.referred_on.map(|d| d.to_string()).unwrap_or_default();
                        (
                            p.id,
                            p.code.clone(),
                            referred,
                            p.days_waited(today).unwrap_or(0),
                        )
                    })
                    .collect()
            });
        rows.sort_by_key(|r| std::cmp::Reverse(r.3));
        rows
    });
    view! {
        <section aria-labelledby="waiting-title">
            <h2 id="waiting-title">{JOURNEY.waiting_title}</h2>
            {move || rows.with(|rows| if rows.is_empty() {
                view! { <p class="empty">{JOURNEY.no_waiting}</p> }.into_any()
            } else {
                view! {
                    <p class="hint">{JOURNEY.waiting_intro}</p>
                    <table class="waiting stacked">
                        <caption class="visually-hidden">{JOURNEY.waiting_title}</caption>
                        <thead><tr>
                            <th scope="col">{JOURNEY.col_participant}</th>
                            <th scope="col">{JOURNEY.col_referred_on}</th>
                            <th scope="col">{JOURNEY.col_days_waited}</th>
                            <th scope="col"><span class="visually-hidden">{JOURNEY.open}</span></th>
                        </tr></thead>
                        <tbody>
                            {rows.iter().take(shown.get()).cloned().map(|(id, code, referred, days)| view! {
                                <tr>
                                    <th scope="row">{code.clone()}</th>
                                    <td data-label=JOURNEY.col_referred_on>{referred}</td>
                                    <td data-label=JOURNEY.col_days_waited class="num">{days}</td>
                                    <td><A href=Page::Participant(project_id, id).path()>{JOURNEY.open}
                                        <span class="visually-hidden">" "{code}</span></A></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    {(rows.len() > shown.get()).then(|| view! {
                        <p class="hint" aria-live="polite">{(JOURNEY.todo_shown)(shown.get(), rows.len())}</p>
                        <button type="button" class="button" on:click=move |_| shown.update(|n| *n += SHOWN_MORE)>
                            {JOURNEY.todo_more}</button>
                    })}
                }.into_any()
            })}
        </section>
    }
}
