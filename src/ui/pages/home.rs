//! The start page: a welcome on first run, otherwise the coach's projects.

use crate::domain::Project;
use crate::i18n::projects::PROJECTS;
use crate::i18n::TEXTS;
use crate::routes::Page;
use crate::ui::components::link::A;
use crate::ui::components::reminders::{BackupReminder, SafariNotice};
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let state = use_state();
    view! {
        {move || {
            if state.projects.with(Vec::is_empty) {
                super::set_title(PROJECTS.welcome_title);
                view! { <Welcome /> }.into_any()
            } else {
                super::set_title(PROJECTS.projects_title);
                view! { <ProjectList /> }.into_any()
            }
        }}
    }
}

#[component]
fn Welcome() -> impl IntoView {
    view! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{PROJECTS.welcome_title}</h1>
            {PROJECTS.welcome_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <A href=Page::NewProject.path() attr:class="button button-primary">{PROJECTS.create_project}</A>
        </section>
        <SafariNotice />
        <crate::ui::components::demo::OpenDemo />
    }
}

fn period(p: &Project) -> String {
    match p.end {
        Some(end) => format!("{} – {}", p.start, end),
        None => format!("{} – {}", p.start, PROJECTS.period_open_end),
    }
}

fn project_items(projects: Vec<Project>) -> impl IntoView {
    projects
        .into_iter()
        .map(|p| {
            let href = Page::Participants(p.id).path();
            let when = period(&p);
            let name = p.name;
            view! {
                <li class="project-card">
                    <A href=href><span class="project-name">{name}</span></A>
                    <span class="project-period">{when}</span>
                </li>
            }
        })
        .collect_view()
}

#[component]
fn ProjectList() -> impl IntoView {
    let state = use_state();
    let split = move || {
        let mut all = state.projects.get();
        all.sort_by_key(|p| p.name.to_lowercase());
        all.into_iter().partition::<Vec<_>, _>(|p| !p.archived)
    };
    view! {
        <h1>{PROJECTS.projects_title}</h1>
        <SafariNotice />
        <BackupReminder always=true />
        <super::todo::AllTodo />
        <h2>{PROJECTS.open_projects}</h2>
        <ul class="project-list">{move || project_items(split().0)}</ul>
        <p><A href=Page::NewProject.path() attr:class="button button-primary">{PROJECTS.create_project}</A></p>
        <p><A href=Page::Combine.path()>{crate::i18n::combine::COMBINE.open}</A></p>
        {move || {
            let archived = split().1;
            (!archived.is_empty()).then(|| view! {
                <h2>{PROJECTS.archived_projects}</h2>
                <ul class="project-list archived">{project_items(archived)}</ul>
            })
        }}
        <crate::ui::components::demo::OpenDemo />
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    super::set_title(TEXTS.not_found_title);
    view! {
        <h1>{TEXTS.not_found_title}</h1>
        <p>{TEXTS.not_found_body}</p>
        <p><A href=Page::Home.path()>{TEXTS.back_to_projects}</A></p>
    }
}
