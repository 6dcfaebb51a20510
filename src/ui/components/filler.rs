//! The self-evaluation a participant fills in, on the coach's device or their own phone.
//!
//! The participant first picks a language (if the form has several) and whether to see one
//! statement at a time or all at once. Every answer is a native radio button, checkbox-free and
//! large, so keyboards and screen readers work as they do everywhere; moving to the next
//! statement moves focus to its heading. `on_done` gets the language and the values; what
//! happens to them (stored in kiosk mode, turned into a code on a phone) is the caller's business.

use crate::i18n::filler::{self, ParticipantTexts};
use crate::survey::form::MAX_FREE_TEXT;
use crate::survey::{Form, Item, ItemKind, Value};
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    OneAtATime,
    AllAtOnce,
}

/// Sets `<html lang dir>` to the participant's language.
fn set_document_language(lang: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang);
        let _ = html.set_attribute("dir", filler::dir(lang));
    }
}

#[component]
pub fn FormFiller(form: Form, on_done: Callback<(String, Vec<Value>)>) -> impl IntoView {
    let form = StoredValue::new(form);
    let first = form.with_value(|f| f.language_or_default("").to_owned());
    let lang = RwSignal::new(first);
    let layout = RwSignal::new(Layout::OneAtATime);
    let started = RwSignal::new(false);
    let step = RwSignal::new(0usize);
    let count = form.with_value(|f| f.items.len());
    let values = RwSignal::new(vec![Value::Skipped; count]);
    let missing = RwSignal::new(false);
    Effect::new(move |_| set_document_language(&lang.get()));
    let t = move || filler::texts(&lang.get());

    let unanswered_required = move |i: usize| {
        let optional = form.with_value(|f| f.items.get(i).is_none_or(|item| item.optional));
        !optional && values.with(|v| v.get(i) == Some(&Value::Skipped))
    };
    let next = move |_| {
        let i = step.get_untracked();
        if unanswered_required(i) {
            missing.set(true);
            crate::ui::browser::focus("filler-missing");
            return;
        }
        missing.set(false);
        if i + 1 < count {
            step.set(i + 1);
            crate::ui::browser::focus_soon(format!("q{}-title", i + 1));
        } else {
            on_done.run((lang.get_untracked(), values.get_untracked()));
        }
    };
    let back = move |_| {
        missing.set(false);
        let i = step.get_untracked();
        if i > 0 {
            step.set(i - 1);
            crate::ui::browser::focus_soon(format!("q{}-title", i - 1));
        } else {
            started.set(false);
        }
    };
    let send_all = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(i) = (0..count).find(|&i| unanswered_required(i)) {
            missing.set(true);
            crate::ui::browser::focus(&format!("q{i}-title"));
            return;
        }
        on_done.run((lang.get_untracked(), values.get_untracked()));
    };

    let start = Callback::new(move |()| {
        step.set(0);
        started.set(true);
        crate::ui::browser::focus_soon("q0-title".into());
    });
    let question = move |i: usize| {
        // Every form here passed the door check (at least one item); an index past the end
        // shows nothing rather than stopping the page.
        let item = form.with_value(|f| f.items.get(i).cloned())?;
        let l = lang.get();
        Some(view! { <Question index=i item lang=l values t=t() /> })
    };

    view! {
        <div class="filler" lang=move || lang.get() dir=move || filler::dir(&lang.get())>
            {move || if !started.get() {
                view! { <Welcome form lang layout on_start=start /> }.into_any()
            } else if layout.get() == Layout::OneAtATime {
                let i = step.get();
                view! {
                    <section class="filler-step">
                        <p class="filler-progress">{(t().progress)(i + 1, count)}</p>
                        <progress max=count.to_string() value=(i + 1).to_string() aria-hidden="true"></progress>
                        {question(i)}
                        <p id="filler-missing" class="error" role="alert" tabindex="-1">
                            {move || missing.get().then(|| t().choose_an_answer)}
                        </p>
                        <div class="filler-nav">
                            <button type="button" class="button button-large" on:click=back>{t().back}</button>
                            <button type="button" class="button button-primary button-large" on:click=next>
                                {if i + 1 < count { t().next } else { t().send }}
                            </button>
                        </div>
                    </section>
                }.into_any()
            } else {
                view! {
                    <form class="filler-all" on:submit=send_all novalidate>
                        {(0..count).map(question).collect_view()}
                        <p id="filler-missing" class="error" role="alert" tabindex="-1">
                            {move || missing.get().then(|| t().choose_an_answer)}
                        </p>
                        <div class="filler-nav">
                            <button type="button" class="button button-large" on:click=move |_| started.set(false)>{t().back}</button>
                            <button type="submit" class="button button-primary button-large">{t().send}</button>
                        </div>
                    </form>
                }.into_any()
            }}
        </div>
    }
}

/// The first screen: the form's name, the language (if the form has several) and the layout.
#[component]
fn Welcome(
    form: StoredValue<Form>,
    lang: RwSignal<String>,
    layout: RwSignal<Layout>,
    on_start: Callback<()>,
) -> impl IntoView {
    let t = move || filler::texts(&lang.get());
    let languages = form.with_value(|f| f.languages.clone());
    let choose_language = (languages.len() > 1).then(|| {
        view! {
            <fieldset class="choice-group">
                <legend>{move || t().choose_language}</legend>
                {languages.into_iter().map(|code| {
                    let id = format!("lang-{code}");
                    let value = code.clone();
                    view! {
                        <label class="choice" for=id lang=code.clone() dir=filler::dir(&code)>
                            <input type="radio" id=format!("lang-{code}") name="language"
                                prop:checked={let c = code.clone(); move || lang.get() == c}
                                on:change=move |_| lang.set(value.clone()) />
                            <span>{filler::language_name(&code).to_owned()}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
        }
    });
    view! {
        <section class="filler-welcome" aria-labelledby="filler-title">
            <h1 id="filler-title" tabindex="-1">{form.with_value(|f| f.name.clone())}</h1>
            <p>{move || t().intro}</p>
            {choose_language}
            <fieldset class="choice-group">
                <legend>{move || t().layout_legend}</legend>
                <label class="choice" for="layout-one">
                    <input type="radio" id="layout-one" name="layout"
                        prop:checked=move || layout.get() == Layout::OneAtATime
                        on:change=move |_| layout.set(Layout::OneAtATime) />
                    <span>{move || t().one_at_a_time}</span>
                </label>
                <label class="choice" for="layout-all">
                    <input type="radio" id="layout-all" name="layout"
                        prop:checked=move || layout.get() == Layout::AllAtOnce
                        on:change=move |_| layout.set(Layout::AllAtOnce) />
                    <span>{move || t().all_at_once}</span>
                </label>
            </fieldset>
            <button type="button" class="button button-primary button-large"
                on:click=move |_| on_start.run(())>{move || t().start}</button>
        </section>
    }
}

/// One statement or question with its answer options.
#[component]
fn Question(
    index: usize,
    item: Item,
    lang: String,
    values: RwSignal<Vec<Value>>,
    t: &'static ParticipantTexts,
) -> impl IntoView {
    let title_id = format!("q{index}-title");
    let statement = item.text.get(&lang).to_owned();
    let set = move |v: Value| values.update(|vs| vs[index] = v);
    let is = move |v: Value| values.with(|vs| vs[index] == v);
    let radio = move |id: String, label: AnyView, v: Value| {
        let checked = v.clone();
        view! {
            <label class="choice" for=id.clone()>
                <input type="radio" id=id.clone() name=format!("q{index}")
                    prop:checked=move || is(checked.clone())
                    on:change=move |_| set(v.clone()) />
                {label}
            </label>
        }
    };
    let options = match &item.kind {
        ItemKind::Scale { low, high } => {
            let (low, high) = (low.get(&lang).to_owned(), high.get(&lang).to_owned());
            let scale = (1..=5u8)
                .map(|n| {
                    let words = match n {
                        1 => low.clone(),
                        5 => high.clone(),
                        _ => String::new(),
                    };
                    let label = view! {
                        <span class="scale-number">{n}</span>
                        <span class="scale-words">{words}</span>
                    }
                    .into_any();
                    radio(format!("q{index}-{n}"), label, Value::Scale(n))
                })
                .collect_view();
            view! { <div class="scale">{scale}</div> }.into_any()
        }
        ItemKind::YesNo => view! {
            <div class="options">
                {radio(format!("q{index}-yes"), view! { <span>{t.yes}</span> }.into_any(), Value::YesNo(true))}
                {radio(format!("q{index}-no"), view! { <span>{t.no}</span> }.into_any(), Value::YesNo(false))}
            </div>
        }
        .into_any(),
        ItemKind::Choice { options } => {
            let list = options
                .iter()
                .enumerate()
                .map(|(o, text)| {
                    let label = view! { <span>{text.get(&lang).to_owned()}</span> }.into_any();
                    radio(format!("q{index}-o{o}"), label, Value::Choice(o as u8))
                })
                .collect_view();
            view! { <div class="options">{list}</div> }.into_any()
        }
        ItemKind::FreeText => {
            let text = move || match values.with(|vs| vs[index].clone()) {
                Value::Text(s) => s,
                _ => String::new(),
            };
            view! {
                <label class="visually-hidden" for=format!("q{index}-text")>{statement.clone()}</label>
                <textarea id=format!("q{index}-text") rows="4" maxlength=MAX_FREE_TEXT.to_string()
                    aria-describedby=format!("q{index}-count")
                    prop:value=text
                    on:input=move |ev| {
                        let s = event_target_value(&ev);
                        set(if s.trim().is_empty() { Value::Skipped } else { Value::Text(s) });
                    }></textarea>
                <p class="hint" id=format!("q{index}-count")>
                    {move || (t.chars_left)(MAX_FREE_TEXT.saturating_sub(text().chars().count()))}
                    " " {t.longer_code}
                </p>
            }
            .into_any()
        }
    };
    let spoken = (statement.clone(), lang.clone());
    view! {
        <fieldset class="question" aria-labelledby=title_id.clone()>
            <h2 id=title_id.clone() tabindex="-1" class="question-text">
                {statement}
                {item.optional.then(|| view! { " " <span class="optional">{t.optional}</span> })}
            </h2>
            {crate::ui::speech::available().then(|| view! {
                <button type="button" class="button button-small read-aloud"
                    on:click=move |_| crate::ui::speech::speak(&spoken.0, &spoken.1)>
                    {t.read_aloud}
                </button>
            })}
            {options}
        </fieldset>
    }
}
