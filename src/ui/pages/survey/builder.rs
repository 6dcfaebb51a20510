//! The form builder: name, languages, and items (1–5 statements, yes/no, single choice, free
//! text) with their texts in every language, reordered with buttons; a preview that stores
//! nothing. A form that has answers is shown read-only, so its answers stay comparable; the
//! coach copies it to change it.

use super::{back_link, use_survey, with_form, Survey};
use crate::domain::Id;
use crate::i18n::filler::{self, LANGUAGES};
use crate::i18n::survey::{scale_words, SURVEY as T};
use crate::survey::check::problems;
use crate::survey::{results, Form, Item, ItemKind, Text};
use crate::ui::components::filler::FormFiller;
use crate::ui::components::notice::ErrorNotice;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

#[component]
pub fn FormBuilder() -> impl IntoView {
    super::super::set_title(T.builder_title);
    let survey = use_survey();
    with_form(survey, move |project, form| {
        let answered = survey
            .answers
            .with(|a| results::count_by_moment(&form, a).iter().sum::<usize>() > 0);
        view! {
            <div class="page-head">
                <h1>{if answered { T.view_form } else { T.builder_title }}</h1>
                {back_link(project.id)}
            </div>
            {if answered {
                view! {
                    <p class="notice notice-info">{T.locked_form}</p>
                    <Preview form=form />
                }.into_any()
            } else {
                view! { <Editor form survey /> }.into_any()
            }}
        }
    })
}

#[component]
fn Preview(form: Form) -> impl IntoView {
    view! {
        <section class="preview" aria-labelledby="preview-title">
            <h2 id="preview-title">{T.preview_title}</h2>
            <p class="hint">{T.preview_hint}</p>
            <div class="preview-frame">
                <FormFiller form on_done=Callback::new(|_| ()) />
            </div>
        </section>
    }
}

/// Applies `change` to the item with `id` in the draft.
fn edit_item(draft: RwSignal<Form>, id: Id, change: impl FnOnce(&mut Item)) {
    draft.update(|f| {
        if let Some(item) = f.items.iter_mut().find(|i| i.id == id) {
            change(item);
        }
    });
}

fn read_item<T>(draft: RwSignal<Form>, id: Id, read: impl FnOnce(&Item) -> T) -> Option<T> {
    draft.with(|f| f.items.iter().find(|i| i.id == id).map(read))
}

#[component]
fn Editor(form: Form, survey: Survey) -> impl IntoView {
    // A form not stored yet (a new one) is saved as new.
    let base = survey.form(form.id).map(|f| f.updated_at);
    let draft = RwSignal::new(form);
    let ids = Memo::new(move |_| draft.with(|f| f.items.iter().map(|i| i.id).collect::<Vec<_>>()));
    let languages = Memo::new(move |_| draft.with(|f| f.languages.clone()));
    let previewing = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let app = crate::ui::state::use_state();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut form = draft.get_untracked();
        let found = problems(&form);
        if !found.is_empty() {
            failed.set(Some(
                found
                    .iter()
                    .map(|p| T.form_problem(p))
                    .collect::<Vec<_>>()
                    .join(" "),
            ));
            crate::ui::browser::focus("builder-errors");
            return;
        }
        form.updated_at = crate::ui::browser::now();
        let to = crate::routes::Page::Surveys(form.project_id).path();
        let navigate = navigate.clone();
        spawn_local(async move {
            let name = form.name.clone();
            match survey.save_form(form, base).await {
                Ok(()) => {
                    app.flash(to.clone(), (T.saved)(&name));
                    navigate(&to, Default::default());
                }
                Err(e) => failed.set(Some(crate::i18n::TEXTS.storage_error_kept(&e))),
            }
        });
    };
    let add = move |kind: ItemKind| {
        let item = Item {
            id: Id::random(),
            text: Text::default(),
            kind,
            dimension: None,
            optional: false,
        };
        let id = item.id;
        draft.update(|f| f.items.push(item));
        crate::ui::browser::focus_soon(format!("item-{id}-text-0"));
    };
    view! {
        <form class="builder" on:submit=save novalidate>
            <p class="hint">{T.edit_warning}</p>
            <div id="builder-errors" tabindex="-1"><ErrorNotice text=failed /></div>
            <div class="field">
                <label for="form-name">{T.form_name}</label>
                <input id="form-name" type="text" prop:value=move || draft.with(|f| f.name.clone())
                    on:input=move |ev| draft.update(|f| f.name = event_target_value(&ev)) />
            </div>
            <LanguagesField draft languages />
            <ol class="item-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <ItemEditor id draft languages ids />
                </For>
            </ol>
            <div class="actions add-items">
                <button type="button" class="button button-small" on:click=move |_| { let (low, high) = scale_words(); add(ItemKind::Scale { low, high }) }>{T.add_scale}</button>
                <button type="button" class="button button-small" on:click=move |_| add(ItemKind::YesNo)>{T.add_yes_no}</button>
                <button type="button" class="button button-small" on:click=move |_| add(ItemKind::Choice { options: vec![Text::default(), Text::default()] })>{T.add_choice}</button>
                <button type="button" class="button button-small" on:click=move |_| add(ItemKind::FreeText)>{T.add_free_text}</button>
            </div>
            <div class="actions">
                <button type="submit" class="button button-primary">{T.save_form}</button>
                <button type="button" class="button" aria-expanded=move || previewing.get().to_string()
                    on:click=move |_| previewing.update(|p| *p = !*p)>{T.preview_title}</button>
            </div>
        </form>
        {move || previewing.get().then(|| view! { <Preview form=draft.get() /> })}
    }
}

/// The form's languages: the first is the default, the others can be removed.
#[component]
fn LanguagesField(draft: RwSignal<Form>, languages: Memo<Vec<String>>) -> impl IntoView {
    let add_language = move |ev: leptos::ev::Event| {
        let tag = event_target_value(&ev);
        if !tag.is_empty() {
            draft.update(|f| {
                if !f.languages.contains(&tag) {
                    f.languages.push(tag)
                }
            });
        }
    };
    view! {
        <fieldset class="languages">
            <legend>{T.languages}</legend>
            <ul>
                {move || languages.get().into_iter().enumerate().map(|(i, tag)| {
                    let removable = languages.with(|l| l.len() > 1) && i > 0;
                    let name = filler::language_name(&tag).to_owned();
                    let label = (T.remove_language)(&name);
                    view! {
                        <li>
                            <span lang=tag.clone()>{name}</span>{(i == 0).then(|| view! { " " <span class="tag">{T.first_language}</span> })}
                            {removable.then(|| view! {
                                " " <button type="button" class="button button-small" aria-label=label
                                    on:click=move |_| draft.update(|f| f.languages.retain(|l| *l != tag))>{T.remove}</button>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <label for="add-language">{T.add_language}</label>
            <select id="add-language" on:change=add_language prop:value="">
                <option value="">{T.choose_language}</option>
                {LANGUAGES.iter().map(|(tag, name)| view! { <option value=*tag lang=*tag>{*name}</option> }).collect_view()}
            </select>
        </fieldset>
    }
}

/// A text input for one language of a [`Text`], with the language's direction.
fn text_input(
    id: String,
    label: String,
    lang: String,
    read: impl Fn() -> String + Send + Sync + 'static,
    write: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="field field-inline">
            <label for=id.clone()>{label}</label>
            <input id=id type="text" lang=lang.clone() dir=filler::dir(&lang)
                prop:value=read on:input=move |ev| write(event_target_value(&ev)) />
        </div>
    }
}

/// Inputs for one [`Text`] field of an item, in every language of the form.
fn texts_for(
    draft: RwSignal<Form>,
    languages: Memo<Vec<String>>,
    id: Id,
    field: &'static str,
    label: &'static str,
    get: fn(&Item) -> Option<&Text>,
    get_mut: fn(&mut Item) -> Option<&mut Text>,
) -> impl IntoView {
    move || {
        languages
            .get()
            .into_iter()
            .enumerate()
            .map(|(n, lang)| {
                let l = lang.clone();
                let l2 = lang.clone();
                text_input(
                    format!("item-{id}-{field}-{n}"),
                    format!("{label} ({})", filler::language_name(&lang)),
                    lang,
                    move || {
                        read_item(draft, id, |i| {
                            get(i)
                                .map(|t| t.0.get(&l).cloned().unwrap_or_default())
                                .unwrap_or_default()
                        })
                        .unwrap_or_default()
                    },
                    move |v| {
                        edit_item(draft, id, |i| {
                            if let Some(t) = get_mut(i) {
                                t.set(&l2, v)
                            }
                        })
                    },
                )
            })
            .collect_view()
    }
}

#[component]
fn ItemEditor(
    id: Id,
    draft: RwSignal<Form>,
    languages: Memo<Vec<String>>,
    ids: Memo<Vec<Id>>,
) -> impl IntoView {
    let kind = read_item(draft, id, |i| i.kind.clone()).unwrap_or(ItemKind::FreeText);
    let position = move || ids.with(|ids| ids.iter().position(|x| *x == id).unwrap_or(0));
    let move_by = move |delta: isize| {
        draft.update(|f| {
            let Some(i) = f.items.iter().position(|x| x.id == id) else {
                return;
            };
            let j = i as isize + delta;
            if j >= 0 && (j as usize) < f.items.len() {
                f.items.swap(i, j as usize);
            }
        });
    };
    let kind_name = T.kind_name(&kind);
    let is_scale = matches!(kind, ItemKind::Scale { .. });
    let is_choice = matches!(kind, ItemKind::Choice { .. });
    let option_count = Memo::new(move |_| {
        read_item(draft, id, |i| match &i.kind {
            ItemKind::Choice { options } => options.len(),
            _ => 0,
        })
        .unwrap_or(0)
    });
    view! {
        <li class="item-editor">
            <h3>{move || (T.item_heading)(position() + 1, kind_name)}</h3>
            {texts_for(draft, languages, id, "text", T.item_text, |i| Some(&i.text), |i| Some(&mut i.text))}
            {is_scale.then(|| view! {
                {texts_for(draft, languages, id, "low", T.low_label, |i| match &i.kind { ItemKind::Scale { low, .. } => Some(low), _ => None }, |i| match &mut i.kind { ItemKind::Scale { low, .. } => Some(low), _ => None })}
                {texts_for(draft, languages, id, "high", T.high_label, |i| match &i.kind { ItemKind::Scale { high, .. } => Some(high), _ => None }, |i| match &mut i.kind { ItemKind::Scale { high, .. } => Some(high), _ => None })}
                {texts_for(draft, languages, id, "dim", T.dimension_label, |i| i.dimension.as_ref(), |i| Some(i.dimension.get_or_insert_with(Text::default)))}
            })}
            {is_choice.then(|| view! {
                {move || (0..option_count.get()).map(|o| {
                    let label: &'static str = T.option_label(o);
                    view! {
                        <div class="option-editor">
                            {move || languages.get().into_iter().enumerate().map(|(n, lang)| {
                                let (l, l2) = (lang.clone(), lang.clone());
                                text_input(
                                    format!("item-{id}-opt{o}-{n}"),
                                    format!("{label} ({})", filler::language_name(&lang)),
                                    lang,
                                    move || read_item(draft, id, |i| match &i.kind { ItemKind::Choice { options } => options.get(o).map(|t| t.0.get(&l).cloned().unwrap_or_default()).unwrap_or_default(), _ => String::new() }).unwrap_or_default(),
                                    move |v| edit_item(draft, id, |i| if let ItemKind::Choice { options } = &mut i.kind { if let Some(t) = options.get_mut(o) { t.set(&l2, v) } }),
                                )
                            }).collect_view()}
                        </div>
                    }
                }).collect_view()}
                <div class="actions">
                    <button type="button" class="button button-small" on:click=move |_| edit_item(draft, id, |i| if let ItemKind::Choice { options } = &mut i.kind { options.push(Text::default()) })>{T.add_option}</button>
                    <button type="button" class="button button-small" disabled=move || { option_count.get() <= 2 }
                        on:click=move |_| edit_item(draft, id, |i| if let ItemKind::Choice { options } = &mut i.kind { if options.len() > 2 { options.pop(); } })>{T.remove_option}</button>
                </div>
            })}
            <div class="field field-check">
                <input type="checkbox" id=format!("item-{id}-optional")
                    prop:checked=move || read_item(draft, id, |i| i.optional).unwrap_or(false)
                    on:change=move |ev| { let on = event_target_checked(&ev); edit_item(draft, id, |i| i.optional = on) } />
                <label for=format!("item-{id}-optional")>{T.optional_item}</label>
            </div>
            <div class="actions">
                <button type="button" class="button button-small" disabled=move || position() == 0
                    aria-label=move || (T.move_up_label)(position() + 1) on:click=move |_| move_by(-1)>{T.move_up}</button>
                <button type="button" class="button button-small" disabled=move || { position() + 1 >= ids.with(|i| i.len()) }
                    aria-label=move || (T.move_down_label)(position() + 1) on:click=move |_| move_by(1)>{T.move_down}</button>
                <button type="button" class="button button-small button-danger"
                    aria-label=move || (T.remove_item_label)(position() + 1)
                    on:click=move |_| draft.update(|f| f.items.retain(|i| i.id != id))>{T.remove}</button>
            </div>
        </li>
    }
}
