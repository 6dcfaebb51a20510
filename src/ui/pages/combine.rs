//! Combining report files (`/sammanstallning`): a project leader picks the JSON report files
//! of several coaches or projects and gets one summary, with the same tables and exports as a
//! report. Nothing is stored; a file that is not a report is named with the reason and left out.

use crate::i18n::combine::COMBINE as T;
use crate::i18n::report::REPORT;
use crate::report::combine::{combine, combined_tables};
use crate::report::json::{ReportFile, ReportFileError, MAX_BYTES};
use crate::report::tables::Table;
use crate::ui::components::export::{Export, ExportStatus};
use crate::ui::components::notice::StatusNotice;
use crate::ui::download;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn CombineReports() -> impl IntoView {
    super::set_title(T.title);
    let reading = RwSignal::new(false);
    let tables = RwSignal::new(Vec::<Table>::new());
    let problems = RwSignal::new(Vec::<String>::new());
    let done = RwSignal::new(None::<String>);
    let export = Export::new();

    let choose = move |ev: leptos::ev::Event| {
        let files = download::picked_files(&ev);
        if files.is_empty() {
            return;
        }
        reading.set(true);
        done.set(None);
        spawn_local(async move {
            let (mut reports, mut errors) = (Vec::new(), Vec::new());
            for file in &files {
                // The size is checked before the file is read into memory.
                let text = match download::read_file(file, MAX_BYTES).await {
                    Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                    Err(download::FileError::TooLarge) => {
                        errors.push(T.file_error(&file.name(), &ReportFileError::TooLarge));
                        continue;
                    }
                    Err(download::FileError::Unreadable) => String::new(),
                };
                match ReportFile::parse(&text) {
                    Ok(report) => reports.push(report),
                    Err(e) => errors.push(T.file_error(&file.name(), &e)),
                }
            }
            match combine(&reports) {
                Ok(combined) if !reports.is_empty() => {
                    tables.set(combined_tables(&combined, &*crate::i18n::words::WORDS));
                    done.set(Some((T.combined)(reports.len())));
                }
                Ok(_) => tables.set(Vec::new()),
                Err(_) => {
                    tables.set(Vec::new());
                    errors.push(T.too_large.to_owned());
                }
            }
            problems.set(errors);
            reading.set(false);
        });
    };
    let save = move |xlsx: bool| {
        let heading = vec![T.title.to_owned()];
        export.save(
            T.file_stem.to_owned(),
            xlsx,
            heading,
            tables.get_untracked(),
        );
    };

    view! {
        <h1>{T.title}</h1>
        {T.intro.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
        <div class="field">
            <label for="combine-files">{T.choose_files}</label>
            <input id="combine-files" type="file" multiple accept=".json,application/json" on:change=choose />
        </div>
        <p role="status" aria-live="polite" class="loading" class:empty=move || !reading.get()>
            {move || reading.get().then_some(T.reading)}
        </p>
        <StatusNotice text=done />
        {move || {
            let problems = problems.get();
            (!problems.is_empty()).then(|| view! {
                <div class="notice notice-error" role="alert">
                    {problems.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                </div>
            })
        }}
        <Show when=move || tables.with(|t| !t.is_empty())>
            <section class="export" aria-labelledby="combine-export-title">
                <h2 id="combine-export-title">{REPORT.export_title}</h2>
                <div class="actions">
                    <button type="button" class="button" disabled=move || export.busy() on:click=move |_| save(true)>{REPORT.export_xlsx}</button>
                    <button type="button" class="button" disabled=move || export.busy() on:click=move |_| save(false)>{REPORT.export_csv}</button>
                </div>
                <ExportStatus export />
            </section>
            {move || tables.get().iter().map(|t| super::report_parts::table_view(t, &REPORT)).collect_view()}
        </Show>
    }
}
