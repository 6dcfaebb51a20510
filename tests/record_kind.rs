//! A kind of record declared by a test (`common::note::Note`) gets everything that keeps
//! records without a line of code of its own: storing, loading, stale edits and deleting through
//! the write path, batches, a backup file and its restore plan, merging, the door check of a
//! file (its project must be there), sealing with a passphrase, and going with its project.
//! Its schema step is tested in the browser (`tests/idb_storage.rs`).

mod common;
use common::run;

use common::note::{Note, NOTES};
use common::{project, today};
use stegvis::domain::check::RecordProblem;
use stegvis::domain::{Id, Timestamp};
use stegvis::formats::backup::{plan_restore_with, Backup, BackupData};
use stegvis::formats::merge::plan_merge_with;
use stegvis::records::{Ops, Record, KINDS};
use stegvis::repo::{Repo, SaveError};
use stegvis::storage::memory::MemoryStore;
use stegvis::storage::toy_cipher::ToyCipher;
use stegvis::storage::{StorageError, Store};

fn kinds() -> Vec<&'static dyn Ops> {
    let mut kinds = KINDS.to_vec();
    kinds.push(&NOTES);
    kinds
}

fn repo() -> Repo<MemoryStore, ToyCipher> {
    let store = MemoryStore::with_kinds(kinds().iter().map(|k| k.kind()).collect());
    Repo::with_kinds(store, ToyCipher::default(), kinds())
}

fn note(project: Id, text: &str) -> Note {
    Note {
        id: Id::random(),
        project_id: project,
        text: text.into(),
        updated_at: Timestamp(1),
    }
}

#[test]
fn a_declared_kind_is_stored_loaded_edited_and_deleted_through_the_write_path() {
    let r = repo();
    let p = run(r.save(project("P"), None, today())).unwrap();
    let n = run(r.save(note(p.id, "Första"), None, today())).unwrap();
    assert_eq!(run(r.load::<Note>(Some(p.id))).unwrap(), vec![n.clone()]);
    let mut edited = n.clone();
    edited.text = "Andra".into();
    let edited = run(r.save(edited, Some(n.updated_at), today())).unwrap();
    let mut stale = n.clone();
    stale.text = "Från förr".into();
    let other = Repo::with_kinds(r.store().clone(), ToyCipher::default(), kinds());
    assert_eq!(
        run(other.save(stale, Some(n.updated_at), today())).map(|_| ()),
        Err(SaveError::Storage(StorageError::Stale))
    );
    // A note of a project that is not there is refused, like a participant.
    let orphan = run(r.save(note(Id::random(), "Föräldralös"), None, today()));
    assert!(
        matches!(orphan, Err(SaveError::Refused(ref p)) if p.contains(&RecordProblem::NoProject))
    );
    run(r.delete::<Note>(Some(p.id), &[edited.id])).unwrap();
    assert_eq!(run(r.load::<Note>(None)).unwrap(), vec![]);
    // Batches, and going with the project.
    let batch = BackupData::new().with(&[note(p.id, "A"), note(p.id, "B")]);
    run(r.save_all(&batch, &[])).unwrap();
    assert_eq!(run(r.load::<Note>(None)).unwrap().len(), 2);
    run(r.delete_project(p.id)).unwrap();
    assert_eq!(run(r.load::<Note>(None)).unwrap(), vec![]);
}

#[test]
fn a_declared_kind_goes_into_backups_restore_plans_and_merges_and_is_sealed() {
    let r = repo();
    let p = run(r.save(project("P"), None, today())).unwrap();
    let n = run(r.save(note(p.id, "Hemlig"), None, today())).unwrap();
    run(r.protect("fyra ord som inte hör ihop")).unwrap();
    let rows = run(r.store().rows(<Note as Record>::KIND, None)).unwrap();
    assert!(rows
        .iter()
        .all(|row| row.sealed.is_some() && row.json.is_empty()));
    run(r.unprotect("fyra ord som inte hör ihop")).unwrap();
    // A backup file holds the kind's set, and a fresh device plans to restore it.
    let everything = run(r.everything()).unwrap();
    let json = Backup::new(everything.data, 5, "2026-12-01T10:00:00Z".into()).to_json();
    assert!(json.contains("\"notes\":["));
    let backup = Backup::parse_with(json.as_bytes(), &kinds()).unwrap();
    let fresh = repo();
    let stored = run(fresh.everything()).unwrap();
    let plan = plan_restore_with(&backup, &stored.data, today(), &kinds());
    assert_eq!(plan.counts("notes").added, 1);
    run(fresh.restore(&plan.write, &stored)).unwrap();
    assert_eq!(run(fresh.load::<Note>(None)).unwrap(), vec![n.clone()]);
    // A newer edit of the colleague's wins in a merge.
    let mut theirs = n.clone();
    theirs.text = "Nyare".into();
    theirs.updated_at = Timestamp(n.updated_at.0 + 10);
    let file = Backup::new(
        BackupData::new()
            .with(std::slice::from_ref(&p))
            .with(std::slice::from_ref(&theirs)),
        5,
        "x".into(),
    );
    let here = run(fresh.everything()).unwrap();
    let merge = plan_merge_with(&file, &here.data, today(), &kinds());
    assert_eq!(merge.plan.counts("notes").changed, 1);
    assert!(merge.conflicts.iter().any(|c| c.kind == "notes"));
    // A note whose project is in neither place is left out and named.
    let orphan = Backup::new(
        BackupData::new().with(&[note(Id::random(), "Ensam")]),
        5,
        "x".into(),
    );
    let plan = plan_restore_with(&orphan, &here.data, today(), &kinds());
    assert_eq!(plan.rejected.len(), 1);
    assert_eq!(plan.rejected[0].kind, "notes");
    assert_eq!(plan.rejected[0].problems, [RecordProblem::NoProject]);
    // Today's Stegvis, which does not know the kind, reads the file and lists the notes.
    let known_only = Backup::parse(json.as_bytes()).unwrap();
    assert_eq!(known_only.unread.len(), 1);
    assert_eq!(known_only.unread[0].problems, [RecordProblem::UnknownKind]);
}
