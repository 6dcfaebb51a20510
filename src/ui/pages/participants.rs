//! A project's participant list: filter, search by code, sort by column, one page at a time.

use crate::domain::due::past_planned_end;
use crate::domain::list::{query, ListQuery, SortKey, StatusFilter};
use crate::domain::{Participant, Project, Status};
use crate::i18n::journey::JOURNEY;
use crate::i18n::participants::PARTICIPANTS;
use crate::i18n::projects::PROJECTS;
use crate::i18n::TEXTS;
use crate::routes::Page;
use crate::ui::browser::today;
use crate::ui::components::link::A;
use crate::ui::state::{use_state, Load};
use leptos::prelude::*;

#[component]
pub fn Participants() -> impl IntoView {
    let state = use_state();
    let id = super::param_id(crate::routes::param::PROJECT);
    crate::ui::state::use_open_project(id);
    move || match id.get().and_then(|id| state.project(id)) {
        Some(p) => {
            super::set_title(&p.name);
            view! { <ProjectParticipants project=p /> }.into_any()
        }
        None => view! { <p role="alert">{PARTICIPANTS.project_not_found}</p> }.into_any(),
    }
}

#[component]
fn ProjectParticipants(project: Project) -> impl IntoView {
    let state = use_state();
    let q = RwSignal::new(ListQuery::default());
    let id = project.id;
    let project = StoredValue::new(project);
    let loading = move || {
        let id = project.with_value(|p| p.id);
        state.loaded_project.with(|l| match l {
            Some((pid, load)) if *pid == id => load.clone(),
            _ => Load::Loading,
        })
    };
    let filter = move |status: StatusFilter, label: &'static str, value: &'static str| {
        let id = format!("filter-{value}");
        view! {
            <input type="radio" name="status-filter" id=id.clone() value=value
                prop:checked=move || q.with(|q| q.status == status)
                on:change=move |_| q.update(|q| { q.status = status; q.page = 0; }) />
            <label for=id>{label}</label>
        }
    };
    view! {
        <div class="page-head">
            <h1>{project.with_value(|p| p.name.clone())}</h1>
            {project.with_value(|p| p.archived).then(|| view! { <p class="notice">{PROJECTS.archived_banner}</p> })}
            <div class="actions">
                <A href=Page::NewParticipant(id).path() attr:class="button button-primary">{PARTICIPANTS.register_participant}</A>
                <A href=Page::Import(id).path() attr:class="button">{crate::i18n::import::IMPORT.open_import}</A>
                <A href=Page::Report(id).path() attr:class="button">{crate::i18n::report::REPORT.open_report}</A>
                <A href=Page::Surveys(id).path() attr:class="button">{crate::i18n::survey::SURVEY.open}</A>
                <A href=Page::Money(id).path() attr:class="button">{crate::i18n::funds::FUNDS.money_title}</A>
                <A href=Page::FinalReport(id).path() attr:class="button">{crate::i18n::funds::FUNDS.draft_page_title}</A>
                <A href=Page::ProjectSettings(id).path() attr:class="button">{PROJECTS.project_settings}</A>
                <A href=Page::Home.path() attr:class="button">{TEXTS.back_to_projects}</A>
            </div>
        </div>
        <crate::ui::components::reminders::BackupReminder />
        <super::retention::RetentionReminder />
        {move || (loading() == Load::Ready).then(|| view! {
            <super::todo::ProjectTodo project />
            <super::todo::WaitingList project />
        })}
        <h2>{PARTICIPANTS.participants_title}</h2>
        <div class="list-controls">
            <fieldset class="segmented">
                <legend>{PARTICIPANTS.filter_label}</legend>
                {filter(StatusFilter::Waiting, JOURNEY.filter_waiting, "waiting")}
                {filter(StatusFilter::Active, PARTICIPANTS.filter_active, "active")}
                {filter(StatusFilter::Discharged, PARTICIPANTS.filter_discharged, "discharged")}
                {filter(StatusFilter::All, PARTICIPANTS.filter_all, "all")}
                {filter(StatusFilter::NeverStarted, JOURNEY.filter_never_started, "never-started")}
                {filter(StatusFilter::Mistaken, PARTICIPANTS.filter_mistaken, "mistaken")}
            </fieldset>
            <div class="field">
                <label for="search-code">{PARTICIPANTS.search_code}</label>
                <input id="search-code" type="search" autocomplete="off"
                    prop:value=move || q.with(|q| q.search.clone())
                    on:input=move |ev| q.update(|q| { q.search = event_target_value(&ev); q.page = 0; }) />
            </div>
        </div>
        {move || match loading() {
            Load::Loading | Load::Locked => view! { <p role="status">{TEXTS.loading}</p> }.into_any(),
            Load::Failed(e) => view! { <p class="notice notice-error" role="alert">{TEXTS.storage_error(&e)}</p> }.into_any(),
            Load::Ready => view! { <Table project q /> }.into_any(),
        }}
    }
}

#[component]
fn Table(project: StoredValue<Project>, q: RwSignal<ListQuery>) -> impl IntoView {
    let state = use_state();
    let today = today();
    let header = move |key: SortKey, label: &'static str| {
        let sort = move || {
            q.with(|q| {
                (q.sort == key).then_some(if q.descending {
                    "descending"
                } else {
                    "ascending"
                })
            })
        };
        view! {
            <th scope="col" aria-sort=sort>
                <button type="button" class="sort"
                    on:click=move |_| q.update(|q| {
                        q.descending = q.sort == key && !q.descending;
                        q.sort = key;
                    })>
                    {label}
                    <span class="sort-mark" aria-hidden="true">
                        {move || match sort() { Some("ascending") => " ▲", Some(_) => " ▼", None => "" }}
                    </span>
                </button>
            </th>
        }
    };
    let page = Memo::new(move |_| {
        state.participants.with(|all| {
            project.with_value(|p| {
                let page = query(all, p, &q.get(), today);
                let rows: Vec<Row> = page.rows.iter().map(|x| Row::new(x, p, today)).collect();
                (rows, page.page, page.pages, page.matching, all.is_empty())
            })
        })
    });
    view! {
        <table class="participants">
            <caption class="visually-hidden">{PARTICIPANTS.list_caption}</caption>
            <thead><tr>
                {header(SortKey::Code, PARTICIPANTS.col_code)}
                {header(SortKey::Gender, PARTICIPANTS.col_gender)}
                {header(SortKey::Phase, PARTICIPANTS.col_phase)}
                {header(SortKey::Referral, PARTICIPANTS.col_referral)}
                {header(SortKey::Start, PARTICIPANTS.col_start)}
                {header(SortKey::Days, PARTICIPANTS.col_days)}
                {header(SortKey::Status, PARTICIPANTS.col_status)}
            </tr></thead>
            <tbody>
                {move || page.with(|(rows, ..)| rows.iter().cloned().map(|r| r.view(project)).collect_view())}
            </tbody>
        </table>
        {move || page.with(|(rows, _, _, _, empty)| rows.is_empty().then(|| {
            view! { <p class="empty">{if *empty { PARTICIPANTS.no_participants } else { PARTICIPANTS.no_matches }}</p> }
        }))}
        <nav class="pager" aria-label=PARTICIPANTS.list_caption hidden=move || page.with(|p| p.2 <= 1)>
            <button type="button" class="button"
                disabled=move || page.with(|p| p.1 == 0)
                on:click=move |_| q.update(|q| q.page = q.page.saturating_sub(1))>{PARTICIPANTS.previous_page}</button>
            <span aria-live="polite">{move || page.with(|p| (PARTICIPANTS.page_of)(p.1 + 1, p.2, p.3))}</span>
            <button type="button" class="button"
                disabled=move || page.with(|p| p.1 + 1 >= p.2)
                on:click=move |_| q.update(|q| q.page += 1)>{PARTICIPANTS.next_page}</button>
        </nav>
    }
}

/// One row's texts, computed once per page.
#[derive(Clone, PartialEq)]
struct Row {
    id: crate::domain::Id,
    code: String,
    gender: &'static str,
    phase: &'static str,
    referral: String,
    start: String,
    days: i64,
    status: &'static str,
    past_planned_end: bool,
    /// Which participation this is (2 for one who came back once).
    participation: usize,
}

/// A status in words.
pub(super) fn status_text(s: Status) -> &'static str {
    match s {
        Status::Waiting => JOURNEY.status_waiting,
        Status::NeverStarted => JOURNEY.status_never_started,
        Status::Active => PARTICIPANTS.status_active,
        Status::Discharged => PARTICIPANTS.status_discharged,
        Status::Mistaken => PARTICIPANTS.status_mistaken,
    }
}

impl Row {
    fn new(p: &Participant, project: &Project, today: crate::domain::Date) -> Self {
        Row {
            id: p.id,
            code: p.code.clone(),
            gender: TEXTS.gender(p.gender),
            phase: p.current_phase().map(|ph| TEXTS.phase(ph)).unwrap_or(""),
            referral: p
                .referral
                .and_then(|r| project.referral_name(r))
                .unwrap_or(PARTICIPANTS.none_chosen)
                .to_owned(),
            start: p
                .start
                .map_or_else(|| JOURNEY.not_started_yet.to_owned(), |d| d.to_string()),
            days: p.days_in_project(today),
            status: status_text(p.status()),
            past_planned_end: past_planned_end(p, today),
            participation: p.earlier.len() + 1,
        }
    }

    fn view(self, project: StoredValue<Project>) -> impl IntoView {
        let href = Page::Participant(project.with_value(|p| p.id), self.id).path();
        view! {
            <tr>
                <th scope="row"><A href=href>{self.code}</A></th>
                <td data-label=PARTICIPANTS.col_gender>{self.gender}</td>
                <td data-label=PARTICIPANTS.col_phase>{self.phase}</td>
                <td data-label=PARTICIPANTS.col_referral>{self.referral}</td>
                <td data-label=PARTICIPANTS.col_start>{self.start}</td>
                <td data-label=PARTICIPANTS.col_days class="num">{self.days}</td>
                <td data-label=PARTICIPANTS.col_status>{self.status}
                    {self.past_planned_end.then(|| view! { " " <span class="badge badge-warning">{JOURNEY.past_planned_end}</span> })}
                    {(self.participation > 1).then(|| view! { " " <span class="badge">{(JOURNEY.participation_n)(self.participation)}</span> })}
                </td>
            </tr>
        }
    }
}
