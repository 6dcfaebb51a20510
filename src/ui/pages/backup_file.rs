//! Reading a backup file the coach picked, for the restore and the merge sections of the
//! backup page: plain or sealed (a sealed one of another passphrase asks for it), checked, and
//! handed over with what is stored now, to plan. Nothing is changed here.

use crate::formats::backup::{Backup, BackupError};
use crate::formats::sealed::{BackupFile, SealedBackup};
use crate::i18n::backup::BACKUP as T;
use crate::i18n::protect::PROTECT;
use crate::i18n::TEXTS;
use crate::repo::{Everything, SealedError};
use crate::ui::browser::focus_soon;
use crate::ui::components::passphrase::PassphraseForm;
use crate::ui::data;
use crate::ui::download;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A picked backup with what is stored now, or the text of why it cannot be used.
pub type Read = Result<(Backup, Everything), String>;

/// A backup file the coach picked, read and checked.
enum Picked {
    /// Readable (or sealed under this device's passphrase), with what is stored now.
    Ready(Backup, Everything),
    /// Sealed with another passphrase: [`SealedPrompt`] asks for it.
    Sealed(SealedBackup),
}

/// What the restore and the merge sections do with a backup file the coach picked: a file
/// sealed with another passphrase goes to `sealed` (to ask for it); any other, with what is
/// stored now, or the text of why it cannot be used, goes to `planned`. Focus then moves to
/// `result_id`. Nothing is changed.
pub fn read_picked(
    state: AppState,
    file: web_sys::File,
    result_id: &'static str,
    sealed: impl FnOnce(SealedBackup) + 'static,
    planned: impl FnOnce(Read) + 'static,
) {
    spawn_local(async move {
        match read_with_stored(state, &file).await {
            Ok(Picked::Sealed(backup)) => sealed(backup),
            Ok(Picked::Ready(backup, stored)) => planned(Ok((backup, stored))),
            Err(e) => planned(Err(e)),
        }
        focus_soon(result_id.into());
    });
}

/// [`read_picked`]'s `planned` step for a sealed backup that [`SealedPrompt`] has opened.
pub fn plan_opened(
    state: AppState,
    backup: Backup,
    result_id: &'static str,
    planned: impl FnOnce(Read) + 'static,
) {
    spawn_local(async move {
        planned(with_stored(state, backup).await);
        focus_soon(result_id.into());
    });
}

/// Reads and checks a backup file the coach picked, and what is stored now, to plan a restore
/// or a merge. `Err` is the text to show; nothing has been changed.
async fn read_with_stored(state: AppState, file: &web_sys::File) -> Result<Picked, String> {
    let max = crate::formats::backup::MAX_BYTES as u64;
    let file = match download::read_file(file, max).await {
        Ok(bytes) => BackupFile::parse(&bytes).map_err(|e| T.error(&e))?,
        Err(download::FileError::TooLarge) => return Err(T.error(&BackupError::TooLarge)),
        Err(download::FileError::Unreadable) => return Err(T.error(&BackupError::NotJson)),
    };
    let backup = match file {
        BackupFile::Plain(backup) => *backup,
        BackupFile::Sealed(sealed) => match open_sealed(&sealed, None).await {
            Ok(backup) => backup,
            Err(SealedError::NeedsPassphrase) => return Ok(Picked::Sealed(sealed)),
            Err(e) => return Err(sealed_error(&e)),
        },
    };
    let (backup, stored) = with_stored(state, backup).await?;
    Ok(Picked::Ready(backup, stored))
}

/// `backup` with what is stored now.
async fn with_stored(state: AppState, backup: Backup) -> Read {
    let stored = state
        .everything()
        .await
        .map_err(|e| TEXTS.storage_error(&e).to_owned())?;
    Ok((backup, stored))
}

/// Opens a sealed backup with this tab's key, or with `passphrase`.
async fn open_sealed(
    sealed: &SealedBackup,
    passphrase: Option<&str>,
) -> Result<Backup, SealedError> {
    let repo = data::repo().map_err(|_| SealedError::Unavailable)?;
    repo.open_sealed(sealed, passphrase).await
}

fn sealed_error(e: &SealedError) -> String {
    match e {
        SealedError::NeedsPassphrase | SealedError::WrongPassphrase => {
            PROTECT.backup_wrong.to_owned()
        }
        SealedError::Unavailable => PROTECT.unavailable.to_owned(),
        SealedError::Backup(e) => T.error(e),
    }
}

/// Asks for the passphrase of a sealed backup and opens it; a wrong one changes nothing.
#[component]
pub fn SealedPrompt(
    /// The passphrase input's id.
    id: &'static str,
    sealed: SealedBackup,
    on_open: Callback<Backup>,
) -> impl IntoView {
    let sealed = StoredValue::new(sealed);
    let open = move |passphrase: String| async move {
        let backup = open_sealed(&sealed.get_value(), Some(&passphrase))
            .await
            .map_err(|e| sealed_error(&e))?;
        on_open.run(backup);
        Ok(())
    };
    view! {
        <p>{PROTECT.backup_needs_passphrase}</p>
        <PassphraseForm id label=PROTECT.backup_passphrase autocomplete="off"
            button=PROTECT.backup_open busy_text=PROTECT.backup_opening class="sealed-prompt"
            try_passphrase=open />
    }
}
