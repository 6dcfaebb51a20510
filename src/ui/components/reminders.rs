//! Reminders on the start page and a project's page that keep the only copy of the data safe:
//! download a backup after changes (and when the last one was made), and, on Safari, its rule
//! that deletes a site's data after seven days without a visit.

use crate::i18n::backup::BACKUP;
use crate::i18n::TEXTS;
use crate::repo::Change;
use crate::ui::components::link::A;
use leptos::prelude::*;

/// Follows the repository of this tab: every change this tab makes is noted for the reminder
/// (another tab notes its own; they share `localStorage`).
pub fn follow(repo: &crate::ui::data::AppRepo) {
    repo.subscribe(|change| match change {
        Change::Saved { here: true, .. } | Change::Protection { here: true } => {
            crate::settings::note_change()
        }
        _ => {}
    });
}

/// "You have changes that are in no backup yet", with a link to the backup page; on the start
/// page also when the last backup was made when there is nothing new. Never in the demo.
#[component]
pub fn BackupReminder(#[prop(optional)] always: bool) -> impl IntoView {
    if crate::settings::demo() {
        return ().into_any();
    }
    let last = match crate::settings::last_backup() {
        Some(when) => (BACKUP.last_backup)(&when),
        None => BACKUP.never_backed_up.to_owned(),
    };
    if crate::settings::changed_since_backup() {
        view! {
            <section class="notice notice-warning backup-reminder" aria-labelledby="backup-reminder-title">
                <h2 id="backup-reminder-title">{TEXTS.backup_reminder_title}</h2>
                <p>{TEXTS.backup_reminder_body}" "{last}</p>
                <p><A href=crate::routes::Page::Backup.path() attr:class="button">{BACKUP.download}</A></p>
            </section>
        }
        .into_any()
    } else if always {
        view! { <p class="last-backup-line">{last}</p> }.into_any()
    } else {
        ().into_any()
    }
}

/// Safari (and every browser on an iPhone or iPad) deletes a site's stored data after seven
/// days without a visit, unless the site was added to the home screen. Said once, until read.
#[component]
pub fn SafariNotice() -> impl IntoView {
    let shown = RwSignal::new(is_webkit_tab() && !crate::settings::safari_notice_read());
    view! {
        <Show when=move || shown.get()>
            <section class="notice notice-warning" aria-labelledby="safari-title">
                <h2 id="safari-title">{TEXTS.safari_title}</h2>
                {TEXTS.safari_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                <button type="button" class="button" on:click=move |_| {
                    crate::settings::set_safari_notice_read();
                    shown.set(false);
                }>{TEXTS.safari_read}</button>
            </section>
        </Show>
    }
}

/// Safari, or any browser on iOS (all use WebKit there), not opened from the home screen.
fn is_webkit_tab() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let agent = window.navigator().user_agent().unwrap_or_default();
    let ios = agent.contains("iPhone") || agent.contains("iPad");
    let safari = agent.contains("Safari")
        && !["Chrome", "Chromium", "Edg", "Firefox", "Android"]
            .iter()
            .any(|other| agent.contains(other));
    let standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    (ios || safari) && !standalone
}
