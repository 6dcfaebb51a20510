//! The coach's self-evaluation pages: the forms of a project, the form builder, the link for
//! phones, and the results.
//!
//! Forms and answers are loaded when one of these pages opens ([`use_survey`]), not with the
//! project, so the participant list never waits for them. A project without forms gets the
//! ready default form the first time.

mod builder;
mod list;
mod receive;
mod results;
mod share;

pub use builder::FormBuilder;
pub use list::SurveyPage;
pub use results::SurveyResults;
pub use share::ShareForm;

use crate::domain::{Id, Timestamp};
use crate::repo::SaveError;
use crate::routes::{param, segment, Page};
use crate::storage::StorageError;
use crate::survey::{default_form::default_form, Answer, Form};
use crate::ui::state::{self, Load};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The forms and answers of the project in the route.
#[derive(Clone, Copy)]
pub struct Survey {
    pub load: RwSignal<Load>,
    pub forms: RwSignal<Vec<Form>>,
    pub answers: RwSignal<Vec<Answer>>,
}

impl Survey {
    pub fn form(&self, id: Id) -> Option<Form> {
        self.forms
            .with(|fs| fs.iter().find(|f| f.id == id).cloned())
    }

    /// Saves a form, then shows it. `base` is the `updated_at` of the stored form an edit
    /// started from (`None` for a new form): if another tab saved it since, nothing is written.
    pub async fn save_form(self, form: Form, base: Option<Timestamp>) -> Result<(), SaveError> {
        let saved = state::save_form(form, base).await?;
        self.forms.update(|fs| state::upsert(fs, saved, |f| f.id));
        Ok(())
    }

    /// Saves an answer, then counts it.
    pub async fn save_answer(self, answer: Answer) -> Result<(), SaveError> {
        let saved = state::save_answer(answer).await?;
        self.answers.update(|a| a.push(saved));
        Ok(())
    }
}

async fn load(project: Id) -> Result<(Vec<Form>, Vec<Answer>), StorageError> {
    let (mut forms, answers) = state::survey_data(project).await?;
    if forms.is_empty() {
        let form = default_form(project, crate::ui::browser::now());
        let saved = state::save_form(form, None).await.map_err(|e| match e {
            SaveError::Storage(e) => e,
            SaveError::Refused(_) => StorageError::Failed("the default form was refused".into()),
        })?;
        forms.push(saved);
    }
    Ok((forms, answers))
}

/// Loads the forms and answers of the project in the route (and again if it changes).
pub fn use_survey() -> Survey {
    let project = super::param_id(param::PROJECT);
    let survey = Survey {
        load: RwSignal::new(Load::Loading),
        forms: RwSignal::new(Vec::new()),
        answers: RwSignal::new(Vec::new()),
    };
    let state = crate::ui::state::use_state();
    Effect::new(move |previous: Option<Option<crate::domain::Id>>| {
        let id = project.get();
        // Read again, without a loading state, when another tab changed something.
        let again = state.changed_elsewhere.get() > 0 && previous == Some(id);
        let id = id?;
        if !again {
            survey.load.set(Load::Loading);
        }
        spawn_local(async move {
            match load(id).await {
                Ok((forms, answers)) => {
                    state::set_if_changed(survey.forms, forms);
                    state::set_if_changed(survey.answers, answers);
                    state::set_if_changed(survey.load, Load::Ready);
                }
                Err(e) => survey.load.set(Load::Failed(e)),
            }
        });
        Some(id)
    });
    survey
}

/// Shows `body` once the project's participants and its forms are loaded.
fn with_survey<V: IntoView + 'static>(
    survey: Survey,
    body: impl Fn(crate::domain::Project) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let t = &crate::i18n::survey::SURVEY;
    super::with_loaded_project(t.loading, move |project| match survey.load.get() {
        Load::Loading | Load::Locked => view! { <p role="status">{t.loading}</p> }.into_any(),
        Load::Failed(e) => view! {
            <p role="alert">{crate::i18n::TEXTS.storage_error(&e)}</p>
        }
        .into_any(),
        Load::Ready => body(project).into_any(),
    })
}

/// The form in route parameter `form`, once loaded; a clear message if there is none. For
/// [`Page::NewForm`] a blank form, stored only when the coach saves it (a blank form would not
/// pass the door check).
fn with_form<V: IntoView + 'static>(
    survey: Survey,
    body: impl Fn(crate::domain::Project, Form) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let form_id = super::param_id(param::FORM);
    let params = leptos_router::hooks::use_params_map();
    let is_new =
        Memo::new(move |_| params.with(|p| p.get(param::FORM)).as_deref() == Some(segment::NEW));
    let blank = StoredValue::new(None::<Form>);
    with_survey(survey, move |project| {
        let blank_form = || {
            blank.update_value(|b| {
                b.get_or_insert_with(|| {
                    let t = &*crate::i18n::survey::SURVEY;
                    let words = crate::i18n::survey::scale_words();
                    let (lang, now) = (t.lang.tag(), crate::ui::browser::now());
                    Form::blank(project.id, lang, t.new_form.into(), words, now)
                });
            });
            blank.get_value()
        };
        let form = if is_new.get() {
            blank_form()
        } else {
            form_id.get().and_then(|id| survey.form(id))
        };
        match form {
            Some(form) => body(project, form).into_any(),
            None => view! {
                <p role="alert">{crate::i18n::survey::SURVEY.form_not_found}</p>
            }
            .into_any(),
        }
    })
}

/// The link back to the project's forms.
fn back_link(project: Id) -> impl IntoView {
    let t = &crate::i18n::survey::SURVEY;
    view! {
        <p class="lead">
            <crate::ui::components::link::A href=Page::Surveys(project).path()>{t.back_to_forms}</crate::ui::components::link::A>
        </p>
    }
}
