//! The final report (*slutrapport*) page: the coach's texts, saved on the project; the draft
//! as a Word file (made in the file worker) and as a print view. The draft itself is
//! [`crate::report::draft`], made from the report's own tables.

use super::report_parts::table_view;
use crate::domain::narrative::{ReportTexts, TextKey};
use crate::domain::{form::Field, form::Invalid, Id, Participant, Project};
use crate::i18n::funds::FUNDS as F;
use crate::i18n::report::REPORT;
use crate::i18n::words::WORDS;
use crate::i18n::TEXTS;
use crate::report::draft::{draft, paragraphs, Block, Draft, Sources};
use crate::report::{compute, tables::tables, PeriodChoice};
use crate::routes::Page;
use crate::survey::{Answer, Form};
use crate::ui::browser::{focus_soon, now, today};
use crate::ui::components::field::TextArea;
use crate::ui::components::link::A;
use crate::ui::components::notice::{ErrorNotice, StatusNotice};
use crate::ui::state::use_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The draft for the whole project, with a start-against-end table per form that has answers.
fn make_draft(
    project: &Project,
    people: &[Participant],
    forms: &[Form],
    answers: &[Answer],
) -> Draft {
    let today = today();
    let words = &*WORDS;
    let period = PeriodChoice::WholeProject.resolve(project, people, today);
    let report = compute(project, people, None, period, today);
    let all = tables(&report, words);
    let min = crate::settings::min_group();
    let surveys = (forms.iter())
        .filter_map(|form| {
            let of_form: Vec<Answer> = (answers.iter())
                .filter(|a| a.form_id == form.id)
                .cloned()
                .collect();
            (!of_form.is_empty()).then(|| {
                let mut t = crate::report::survey::change_table(form, &of_form, min, words);
                t.title = (F.change_of)(&form.name);
                t
            })
        })
        .collect();
    let sources = Sources {
        project,
        report: &report,
        tables: &all,
        surveys,
        today,
    };
    draft(&sources, words)
}

/// The project's forms and answers, read once (never creating a default form).
fn use_surveys(id: Id) -> RwSignal<Option<(Vec<Form>, Vec<Answer>)>> {
    let data = RwSignal::new(None);
    spawn_local(async move {
        // A store that cannot be read gives a draft without self-evaluations, not no draft.
        let read = crate::ui::state::survey_data(id).await.unwrap_or_default();
        data.set(Some(read));
    });
    data
}

fn file_name(project: &Project) -> String {
    format!(
        "slutrapport-{}.docx",
        crate::ui::download::file_slug(&project.name)
    )
}

#[component]
pub fn FinalReportPage() -> impl IntoView {
    super::with_project_id(|id| view! { <FinalReportView id /> })
}

#[component]
fn FinalReportView(id: Id) -> impl IntoView {
    let state = use_state();
    let project = Memo::new(move |_| state.project(id));
    let name = move || project.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    super::set_title(&format!("{} – {}", F.draft_page_title, name()));
    let ready = Memo::new(move |_| super::participants_loaded(state, id));
    let surveys = use_surveys(id);
    let making = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let download = move |_| {
        let (Some(p), Some((forms, answers))) = (project.get_untracked(), surveys.get_untracked())
        else {
            return;
        };
        let draft = state
            .participants
            .with_untracked(|people| make_draft(&p, people, &forms, &answers))
            .rendered(&*WORDS);
        making.set(true);
        failure.set(None);
        spawn_local(async move {
            match crate::ui::tools::write_document(draft).await {
                Ok(bytes) => {
                    let mime =
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                    if crate::ui::download::save(&file_name(&p), mime, &bytes).is_err() {
                        failure.set(Some(F.docx_failed.to_owned()));
                    }
                }
                Err(_) => failure.set(Some(F.docx_failed.to_owned())),
            }
            making.set(false);
        });
    };
    let busy = move || making.get() || !ready.get() || surveys.with(Option::is_none);
    view! {
        <div class="page-head">
            <h1>{F.draft_page_title}</h1>
            <p class="lead"><A href=Page::Participants(id).path()>{name}</A></p>
        </div>
        <p>{F.draft_intro}</p>
        <p class="hint">{F.period_note}</p>
        <div class="actions">
            <button type="button" class="button button-primary" id="download-docx"
                aria-disabled=move || busy().then_some("true")
                on:click=move |ev| if !busy() { download(ev) }>
                {move || if making.get() { F.making_docx } else { F.download_docx }}
            </button>
            <A href=Page::FinalReportPrint(id).path() attr:class="button">{F.open_print}</A>
            <A href=Page::Money(id).path() attr:class="button">{F.money_title}</A>
        </div>
        <p role="status" aria-live="polite" class="progress-line">
            {move || making.get().then_some(F.making_docx)}
        </p>
        <ErrorNotice text=failure />
        {move || project.with_untracked(|p| p.as_ref().map(|p| p.report_texts.clone()))
            .map(|texts| view! { <TextsForm id texts /> })}
    }
}

/// The coach's texts, each with its label and hint; saved together.
#[component]
fn TextsForm(id: Id, texts: ReportTexts) -> impl IntoView {
    let state = use_state();
    let form = RwSignal::new(texts);
    let errors = RwSignal::new(Invalid::default());
    let status = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.get_untracked() {
            return;
        }
        status.set(None);
        failure.set(None);
        let texts = match form.get_untracked().validated() {
            Ok(texts) => texts,
            Err(invalid) => {
                if let Field::ReportText(key) = invalid.0[0].field {
                    focus_soon(format!("text-{}", key.key()));
                }
                errors.set(invalid);
                failure.set(Some(TEXTS.fix_errors.to_owned()));
                return;
            }
        };
        errors.set(Invalid::default());
        let Some(mut project) = state.project_untracked(id) else {
            return;
        };
        let base = Some(project.updated_at);
        project.report_texts = texts;
        project.updated_at = now();
        saving.set(true);
        spawn_local(async move {
            match state.save_project(project, base).await {
                Ok(()) => status.set(Some(F.texts_saved.to_owned())),
                Err(e) => failure.set(Some(TEXTS.storage_error(&e).to_owned())),
            }
            saving.set(false);
        });
    };
    view! {
        <form class="form" novalidate on:submit=submit>
            <fieldset>
                <legend>{F.texts_legend}</legend>
                {TextKey::ALL.iter().enumerate().map(|(i, key)| {
                    let key = *key;
                    view! {
                        <TextArea id=format!("text-{}", key.key()) label=F.text_labels[i] hint=F.text_hints[i] rows=6
                            value=Signal::derive(move || form.with(|t| t.get(key).to_owned()))
                            on_input=Callback::new(move |v: String| form.update(|t| t.set(key, v)))
                            error=Signal::derive(move || errors.with(|e| e.problem(Field::ReportText(key)).map(|p| TEXTS.problem(p)))) />
                    }
                }).collect_view()}
            </fieldset>
            <StatusNotice text=status />
            <ErrorNotice text=failure detail=TEXTS.storage.kept_typed />
            <div class="actions">
                <button type="submit" class="button button-primary" aria-disabled=move || saving.get().then_some("true")>
                    {move || if saving.get() { TEXTS.saving } else { F.save_texts }}
                </button>
            </div>
        </form>
    }
}

/// The draft as a page to print.
#[component]
pub fn FinalReportPrint() -> impl IntoView {
    super::with_loaded_project(REPORT.computing, |project| {
        super::set_title(&format!("{} – {}", F.draft_title, project.name));
        let surveys = use_surveys(project.id);
        let state = use_state();
        let id = project.id;
        let project = StoredValue::new(project);
        view! {
            <div class="print-view">
                <div class="actions no-print">
                    <button type="button" class="button button-primary"
                        on:click=move |_| { let _ = window().print(); }>{REPORT.print_now}</button>
                    <A href=Page::FinalReport(id).path() attr:class="button">{F.back_to_draft}</A>
                </div>
                {move || match surveys.get() {
                    None => view! { <p role="status">{REPORT.computing}</p> }.into_any(),
                    Some((forms, answers)) => {
                        let draft = state.participants.with_untracked(|people| {
                            project.with_value(|p| make_draft(p, people, &forms, &answers))
                        });
                        draft_view(draft).into_any()
                    }
                }}
            </div>
        }
    })
}

fn text_view(text: &str) -> impl IntoView {
    paragraphs(text)
        .into_iter()
        .map(|lines| {
            let n = lines.len();
            let lines: Vec<String> = lines.into_iter().map(str::to_owned).collect();
            view! {
                <p>{lines.into_iter().enumerate().map(|(i, l)| view! {
                    {l}{(i + 1 < n).then(|| view! { <br /> })}
                }).collect_view()}</p>
            }
        })
        .collect_view()
}

fn draft_view(draft: Draft) -> impl IntoView {
    view! {
        <article class="final-report">
            <h1>{draft.title}</h1>
            {draft.lines.into_iter().map(|l| view! { <p class="print-meta">{l}</p> }).collect_view()}
            {draft.sections.into_iter().map(|s| view! {
                <section>
                    <h2>{s.heading}</h2>
                    {s.blocks.into_iter().map(|b| match b {
                        Block::Subheading(h) => view! { <h3>{h}</h3> }.into_any(),
                        Block::Text(t) => text_view(&t).into_any(),
                        Block::Placeholder(p) => view! { <p class="placeholder"><em>{p}</em></p> }.into_any(),
                        Block::Facts(facts) => view! {
                            <table class="draft-facts">
                                <tbody>{facts.into_iter().map(|(k, v)| view! {
                                    <tr><th scope="row">{k}</th><td>{v}</td></tr>
                                }).collect_view()}</tbody>
                            </table>
                        }.into_any(),
                        Block::Table(t) => table_view(&t, &REPORT).into_any(),
                    }).collect_view()}
                </section>
            }).collect_view()}
        </article>
    }
}
