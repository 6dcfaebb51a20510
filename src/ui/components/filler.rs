//! The self-evaluation a participant fills in, on the coach's device or their own phone.
//!
//! The participant first picks a language (if the form has several) and whether to see one
//! statement at a time or all at once. Every answer is a native radio button, large, so
//! keyboards and screen readers work as they do everywhere; moving to the next statement moves
//! focus to its heading. `on_done` gets the language and the values; what happens to them
//! (stored in kiosk mode, turned into a code on a phone) is the caller's business.
//!
//! Built with plain DOM calls ([`crate::ui::dom`]), not Leptos, so that the phone form carries
//! none of Leptos (issue 15's budget). The state lives in one [`State`]; one listener per event
//! type on the filler's element reads what was clicked or changed from the element's `id`,
//! `name` and `data-act`, updates the state and redraws the screen. [`FormFiller`] puts it in a
//! Leptos view for the kiosk.

use crate::i18n::filler::{self, ParticipantTexts};
use crate::survey::form::MAX_FREE_TEXT;
use crate::survey::{Form, Item, ItemKind, Value};
use crate::ui::browser::focus;
use crate::ui::dom::{self, El};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, HtmlTextAreaElement};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    OneAtATime,
    AllAtOnce,
}

/// What the participant sees, and what they have answered so far.
struct State {
    form: Form,
    lang: String,
    layout: Layout,
    started: bool,
    step: usize,
    values: Vec<Value>,
    missing: bool,
}

/// What is called with the language and the values when the participant sends.
pub type OnDone = Rc<dyn Fn(String, Vec<Value>)>;

/// A listener of the filler's element, with the event type it listens to.
type Listener = (&'static str, Closure<dyn FnMut(Event)>);

/// A filler shown in an element: dropping it removes its listeners.
pub struct Filler {
    root: Element,
    listeners: Vec<Listener>,
}

impl Drop for Filler {
    fn drop(&mut self) {
        for (kind, listener) in &self.listeners {
            let _ = self
                .root
                .remove_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
        }
    }
}

/// Shows `form` inside `root` (which becomes the `.filler` element).
pub fn mount(root: &Element, form: Form, on_done: OnDone) -> Filler {
    let count = form.items.len();
    let lang = form.language_or_default("").to_owned();
    let state = Rc::new(RefCell::new(State {
        form,
        lang,
        layout: Layout::OneAtATime,
        started: false,
        step: 0,
        values: vec![Value::Skipped; count],
        missing: false,
    }));
    root.set_class_name("filler");
    set_language(root, &state.borrow().lang);
    draw(root, &state.borrow());
    let mut listeners = Vec::new();
    for kind in ["click", "change", "input", "submit"] {
        let (state, root_here, on_done) = (state.clone(), root.clone(), on_done.clone());
        let listener = Closure::<dyn FnMut(Event)>::new(move |ev: Event| {
            // Busy only if drawing made the browser send an event of its own (a removed,
            // focused field); the state is already being updated, so that one is left out.
            let Ok(mut s) = state.try_borrow_mut() else {
                return;
            };
            let done = handle(&root_here, &mut s, kind, &ev);
            drop(s);
            if let Some((lang, values)) = done {
                // After this listener has returned: the caller may remove the filler.
                let on_done = on_done.clone();
                wasm_bindgen_futures::spawn_local(async move { on_done(lang, values) });
            }
        });
        let _ = root.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
        listeners.push((kind, listener));
    }
    Filler {
        root: root.clone(),
        listeners,
    }
}

/// Sets `lang` and `dir` on the filler and on `<html>`.
fn set_language(root: &Element, lang: &str) {
    set_language_of(root, lang);
    set_page_language(lang);
}

/// Sets `lang` and `dir` on `<html>`.
pub fn set_page_language(lang: &str) {
    if let Some(html) = dom::document().document_element() {
        set_language_of(&html, lang);
    }
}

fn set_language_of(e: &Element, lang: &str) {
    let _ = e.set_attribute("lang", lang);
    let _ = e.set_attribute("dir", filler::dir(lang));
}

/// Acts on one event; returns the answer when the participant has sent it.
fn handle(root: &Element, s: &mut State, kind: &str, ev: &Event) -> Option<(String, Vec<Value>)> {
    let target: Element = ev.target()?.dyn_into().ok()?;
    match kind {
        "click" => {
            let act = target
                .closest("[data-act]")
                .ok()??
                .get_attribute("data-act")?;
            click(root, s, &act)
        }
        "change" => {
            let input: HtmlInputElement = target.dyn_into().ok()?;
            change(root, s, &input.name(), &input.value());
            None
        }
        "input" => {
            let area: HtmlTextAreaElement = target.dyn_into().ok()?;
            let i = question_index(&area.id())?;
            let text = area.value();
            let left = MAX_FREE_TEXT.saturating_sub(text.chars().count());
            *s.values.get_mut(i)? = if text.trim().is_empty() {
                Value::Skipped
            } else {
                Value::Text(text)
            };
            dom::set_text(&format!("q{i}-count"), &count_text(texts(s), left));
            None
        }
        "submit" => {
            ev.prevent_default();
            match (0..s.values.len()).find(|&i| unanswered_required(s, i)) {
                Some(i) => {
                    show_missing(s);
                    focus(&format!("q{i}-title"));
                    None
                }
                None => Some((s.lang.clone(), s.values.clone())),
            }
        }
        _ => None,
    }
}

fn click(root: &Element, s: &mut State, act: &str) -> Option<(String, Vec<Value>)> {
    let count = s.values.len();
    let focus_to = match act {
        "start" => {
            s.step = 0;
            s.started = true;
            "q0-title".to_owned()
        }
        "next" => {
            let i = s.step;
            if unanswered_required(s, i) {
                show_missing(s);
                focus("filler-missing");
                return None;
            }
            s.missing = false;
            if i + 1 >= count {
                return Some((s.lang.clone(), s.values.clone()));
            }
            s.step = i + 1;
            format!("q{}-title", i + 1)
        }
        "back" => {
            s.missing = false;
            if s.step > 0 {
                s.step -= 1;
                format!("q{}-title", s.step)
            } else {
                s.started = false;
                "filler-title".to_owned()
            }
        }
        "leave" => {
            s.missing = false;
            s.started = false;
            "filler-title".to_owned()
        }
        speak => {
            let i = question_index(speak.strip_prefix("speak-")?)?;
            let text = s.form.items.get(i)?.text.get(&s.lang).to_owned();
            crate::ui::speech::speak(&text, &s.lang);
            return None;
        }
    };
    draw(root, s);
    focus(&focus_to);
    None
}

fn change(root: &Element, s: &mut State, name: &str, value: &str) {
    match name {
        "language" => {
            s.lang = value.to_owned();
            set_language(root, value);
            for (id, text) in welcome_texts(texts(s)) {
                dom::set_text(id, text);
            }
        }
        "layout" => {
            s.layout = if value == "all" {
                Layout::AllAtOnce
            } else {
                Layout::OneAtATime
            };
        }
        _ => {
            let (Some(i), Some(v)) = (question_index(name), parse_value(value)) else {
                return;
            };
            if let Some(slot) = s.values.get_mut(i) {
                *slot = v;
            }
        }
    }
}

/// The index in "q3", "q3-title" or "3".
fn question_index(name: &str) -> Option<usize> {
    let rest = name.strip_prefix('q').unwrap_or(name);
    rest.split('-').next()?.parse().ok()
}

/// A radio button's value: "s1"–"s5" on a scale, "yes"/"no", "o0"… for a choice.
fn parse_value(value: &str) -> Option<Value> {
    match value {
        "yes" => Some(Value::YesNo(true)),
        "no" => Some(Value::YesNo(false)),
        _ => {
            if let Some(n) = value.strip_prefix('s') {
                n.parse()
                    .ok()
                    .filter(|n| (1..=5).contains(n))
                    .map(Value::Scale)
            } else {
                value.strip_prefix('o')?.parse().ok().map(Value::Choice)
            }
        }
    }
}

fn radio_value(v: &Value) -> String {
    match v {
        Value::Scale(n) => format!("s{n}"),
        Value::YesNo(true) => "yes".into(),
        Value::YesNo(false) => "no".into(),
        Value::Choice(o) => format!("o{o}"),
        _ => String::new(),
    }
}

fn texts(s: &State) -> &'static ParticipantTexts {
    filler::texts(&s.lang)
}

fn unanswered_required(s: &State, i: usize) -> bool {
    let optional = s.form.items.get(i).is_none_or(|item| item.optional);
    !optional && s.values.get(i) == Some(&Value::Skipped)
}

/// Says that an answer is missing.
fn show_missing(s: &mut State) {
    s.missing = true;
    dom::set_text("filler-missing", missing_text(s));
}

fn missing_text(s: &State) -> &'static str {
    if s.missing {
        texts(s).choose_an_answer
    } else {
        ""
    }
}

fn count_text(t: &ParticipantTexts, left: usize) -> String {
    format!("{} {}", (t.chars_left)(left), t.longer_code)
}

/// Redraws the screen the state is on.
fn draw(root: &Element, s: &State) {
    let screen = if !s.started {
        welcome(s)
    } else if s.layout == Layout::OneAtATime {
        one_at_a_time(s)
    } else {
        all_at_once(s)
    };
    dom::replace_children(root, screen);
}

/// The welcome screen's texts that follow the chosen language, by element id.
fn welcome_texts(t: &'static ParticipantTexts) -> [(&'static str, &'static str); 6] {
    [
        ("filler-intro", t.intro),
        ("filler-language-legend", t.choose_language),
        ("filler-layout-legend", t.layout_legend),
        ("layout-one-text", t.one_at_a_time),
        ("layout-all-text", t.all_at_once),
        ("filler-start", t.start),
    ]
}

fn welcome(s: &State) -> El {
    let t = texts(s);
    let [intro, language_legend, layout_legend, one, all, start] = welcome_texts(t);
    let choice = |id: &str, name: &str, value: &str, checked: bool, label: El| {
        El::new("label").class("choice").attr("for", id).children([
            El::new("input")
                .attr("type", "radio")
                .id(id)
                .attr("name", name)
                .attr("value", value)
                .flag("checked", checked),
            label,
        ])
    };
    let languages = (s.form.languages.len() > 1).then(|| {
        let legend = El::new("legend")
            .id(language_legend.0)
            .text(language_legend.1);
        El::new("fieldset")
            .class("choice-group")
            .child(legend)
            .children(s.form.languages.iter().map(|code| {
                let name = El::new("span").text(filler::language_name(code));
                choice(
                    &format!("lang-{code}"),
                    "language",
                    code,
                    *code == s.lang,
                    name,
                )
                .attr("lang", code)
                .attr("dir", filler::dir(code))
            }))
    });
    let text = |(id, text): (&str, &str)| El::new("span").id(id).text(text);
    El::new("section")
        .class("filler-welcome")
        .attr("aria-labelledby", "filler-title")
        .children([
            El::new("h1")
                .id("filler-title")
                .attr("tabindex", "-1")
                .text(&s.form.name),
            El::new("p").id(intro.0).text(intro.1),
        ])
        .maybe(languages)
        .child(El::new("fieldset").class("choice-group").children([
            El::new("legend").id(layout_legend.0).text(layout_legend.1),
            choice(
                "layout-one",
                "layout",
                "one",
                s.layout == Layout::OneAtATime,
                text(one),
            ),
            choice(
                "layout-all",
                "layout",
                "all",
                s.layout == Layout::AllAtOnce,
                text(all),
            ),
        ]))
        .child(button("button button-primary button-large", "start", start.1).id(start.0))
}

fn button(class: &str, act: &str, text: &str) -> El {
    El::new("button")
        .attr("type", "button")
        .class(class)
        .attr("data-act", act)
        .text(text)
}

fn missing_line(s: &State) -> El {
    El::new("p")
        .id("filler-missing")
        .class("error")
        .attr("role", "alert")
        .attr("tabindex", "-1")
        .text(missing_text(s))
}

fn one_at_a_time(s: &State) -> El {
    let t = texts(s);
    let (i, count) = (s.step, s.values.len());
    El::new("section")
        .class("filler-step")
        .child(
            El::new("p")
                .class("filler-progress")
                .text(&(t.progress)(i + 1, count)),
        )
        .child(
            El::new("progress")
                .attr("max", &count.to_string())
                .attr("value", &(i + 1).to_string())
                .attr("aria-hidden", "true"),
        )
        .maybe(question(s, i))
        .child(missing_line(s))
        .child(El::new("div").class("filler-nav").children([
            button("button button-large", "back", t.back),
            button(
                "button button-primary button-large",
                "next",
                if i + 1 < count { t.next } else { t.send },
            ),
        ]))
}

fn all_at_once(s: &State) -> El {
    let t = texts(s);
    El::new("form")
        .class("filler-all")
        .flag("novalidate", true)
        .children((0..s.values.len()).filter_map(|i| question(s, i)))
        .child(missing_line(s))
        .child(
            El::new("div").class("filler-nav").children([
                button("button button-large", "leave", t.back),
                El::new("button")
                    .attr("type", "submit")
                    .class("button button-primary button-large")
                    .text(t.send),
            ]),
        )
}

/// One statement or question with its answer options; none for an index past the end (every
/// form here passed the door check, so that does not happen).
fn question(s: &State, index: usize) -> Option<El> {
    let item: &Item = s.form.items.get(index)?;
    let (t, lang) = (texts(s), s.lang.as_str());
    let value = s.values.get(index)?;
    let title_id = format!("q{index}-title");
    let statement = item.text.get(lang);
    let radio = |id: String, labels: Vec<El>, v: Value| {
        let input = El::new("input")
            .attr("type", "radio")
            .id(&id)
            .attr("name", &format!("q{index}"))
            .attr("value", &radio_value(&v))
            .flag("checked", *value == v);
        El::new("label")
            .class("choice")
            .attr("for", &id)
            .child(input)
            .children(labels)
    };
    let span = |text: &str| El::new("span").text(text);
    let options = match &item.kind {
        ItemKind::Scale { low, high } => {
            vec![El::new("div").class("scale").children((1..=5u8).map(|n| {
                let words = match n {
                    1 => low.get(lang),
                    5 => high.get(lang),
                    _ => "",
                };
                let labels = vec![
                    span(&n.to_string()).class("scale-number"),
                    span(words).class("scale-words"),
                ];
                radio(format!("q{index}-{n}"), labels, Value::Scale(n))
            }))]
        }
        ItemKind::YesNo => vec![El::new("div").class("options").children([
            radio(
                format!("q{index}-yes"),
                vec![span(t.yes)],
                Value::YesNo(true),
            ),
            radio(
                format!("q{index}-no"),
                vec![span(t.no)],
                Value::YesNo(false),
            ),
        ])],
        ItemKind::Choice { options } => {
            vec![El::new("div")
                .class("options")
                .children(options.iter().enumerate().map(|(o, text)| {
                    let labels = vec![span(text.get(lang))];
                    radio(format!("q{index}-o{o}"), labels, Value::Choice(o as u8))
                }))]
        }
        ItemKind::FreeText => {
            let text = match value {
                Value::Text(s) => s.as_str(),
                _ => "",
            };
            let area = El::new("textarea")
                .id(&format!("q{index}-text"))
                .attr("rows", "4")
                .attr("maxlength", &MAX_FREE_TEXT.to_string())
                .attr("aria-describedby", &format!("q{index}-count"))
                .text(text);
            let left = MAX_FREE_TEXT.saturating_sub(text.chars().count());
            vec![
                El::new("label")
                    .class("visually-hidden")
                    .attr("for", &format!("q{index}-text"))
                    .text(statement),
                area,
                El::new("p")
                    .class("hint")
                    .id(&format!("q{index}-count"))
                    .text(&count_text(t, left)),
            ]
        }
    };
    let optional = item.optional.then(|| span(t.optional).class("optional"));
    let title = El::new("h2")
        .id(&title_id)
        .attr("tabindex", "-1")
        .class("question-text")
        .text(statement);
    let title = match optional {
        Some(o) => title.text(" ").child(o),
        None => title,
    };
    let speak = crate::ui::speech::available().then(|| {
        button(
            "button button-small read-aloud",
            &format!("speak-{index}"),
            t.read_aloud,
        )
    });
    Some(
        El::new("fieldset")
            .class("question")
            .attr("aria-labelledby", &title_id)
            .child(title)
            .maybe(speak)
            .children(options),
    )
}

/// The filler in a Leptos view, for the kiosk: `on_done` is run with the language and values.
#[leptos::component]
pub fn FormFiller(
    form: Form,
    on_done: leptos::prelude::Callback<(String, Vec<Value>)>,
) -> impl leptos::IntoView {
    use leptos::prelude::*;
    let node = NodeRef::<leptos::html::Div>::new();
    // Dropped, with its listeners, when the kiosk shows something else.
    let filler = StoredValue::new_local(None::<Filler>);
    node.on_load(move |div| {
        let done: OnDone = Rc::new(move |lang, values| on_done.run((lang, values)));
        filler.set_value(Some(mount(&div, form, done)));
    });
    view! { <div class="filler" node_ref=node></div> }
}
