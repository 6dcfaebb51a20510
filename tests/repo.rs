//! The write path natively: two "tabs" (two repositories) over one in-memory store, with the
//! toy cipher and a channel between them. Stale edits, the rules that hold across records,
//! change events, the passphrase lock; the same contract runs in the browser over IndexedDB
//! (`tests/idb_storage.rs`).

mod common;
use common::run;

use std::rc::Rc;

use common::{participant, project, today};
use stegvis::domain::*;
use stegvis::repo::{Change, LocalChannel, ProtectError, Repo, SaveError};
use stegvis::storage::memory::MemoryStore;
use stegvis::storage::toy_cipher::ToyCipher;
use stegvis::storage::StorageError;

type Tab = Rc<Repo<MemoryStore, ToyCipher>>;

/// Two tabs over one store, joined by a channel.
fn tabs() -> (Tab, Tab) {
    let store = MemoryStore::new();
    let line = LocalChannel::new();
    let tab = || {
        let repo = Rc::new(Repo::new(store.clone(), ToyCipher::default()));
        let hearing = Rc::downgrade(&repo);
        let end = line.join(Rc::new(move |m| {
            if let Some(r) = hearing.upgrade() {
                r.received(m)
            }
        }));
        repo.connect(Rc::new(end));
        repo
    };
    (tab(), tab())
}

#[test]
fn stale_edits_are_refused_only_when_another_tab_saved() {
    let (a, b) = tabs();
    run(common::contract::stale_edits(&a, &b));
}

#[test]
fn what_holds_across_records_holds_in_the_transaction() {
    let (a, b) = tabs();
    run(common::contract::invariants(&a, &b));
}

#[test]
fn every_change_is_announced_here_and_in_the_other_tab() {
    let (a, b) = tabs();
    let heard = Rc::new(std::cell::RefCell::new(Vec::new()));
    for (name, tab) in [("a", &a), ("b", &b)] {
        let heard = heard.clone();
        tab.subscribe(move |c| heard.borrow_mut().push((name, c.clone())));
    }
    let p = run(a.save(project("P"), None, today())).unwrap();
    run(a.save(participant(&p, "D-001"), None, today())).unwrap();
    let heard = heard.borrow();
    let here = |n: &str| {
        heard
            .iter()
            .filter(|(who, c)| *who == n && matches!(c, Change::Saved { here: true, .. }))
            .count()
    };
    let elsewhere = |n: &str| {
        heard
            .iter()
            .filter(|(who, c)| *who == n && matches!(c, Change::Saved { here: false, .. }))
            .count()
    };
    assert_eq!((here("a"), elsewhere("a")), (2, 0));
    assert_eq!((here("b"), elsewhere("b")), (0, 2));
    assert!(heard.contains(&(
        "a",
        Change::Saved {
            here: true,
            kinds: vec!["participants"],
            projects: vec![p.id]
        }
    )));
}

#[test]
fn a_refused_or_failed_save_announces_nothing_and_writes_nothing() {
    let (a, _) = tabs();
    let p = run(a.save(project("P"), None, today())).unwrap();
    let count = Rc::new(std::cell::Cell::new(0));
    let c = count.clone();
    a.subscribe(move |_| c.set(c.get() + 1));
    let mut bad = participant(&p, "D-001");
    bad.note = "Personnummer 19800101-1234".into();
    assert!(matches!(
        run(a.save(bad, None, today())),
        Err(SaveError::Refused(_))
    ));
    a.store().fail_next_write(StorageError::QuotaExceeded);
    assert_eq!(
        run(a.save(participant(&p, "D-002"), None, today())),
        Err(SaveError::Storage(StorageError::QuotaExceeded))
    );
    assert_eq!(count.get(), 0);
    assert_eq!(run(a.load::<Participant>(None)).unwrap(), vec![]);
}

#[test]
fn a_passphrase_seals_everything_locks_other_tabs_out_and_can_be_changed_and_removed() {
    let (a, b) = tabs();
    let p = run(a.save(project("Skyddat"), None, today())).unwrap();
    let d = run(a.save(participant(&p, "D-001"), None, today())).unwrap();
    run(a.protect("fyra ord som inte hör ihop")).unwrap();
    assert_eq!(run(a.protect("igen")), Err(ProtectError::AlreadyProtected));
    // Nothing readable is stored.
    let rows = run(stegvis::storage::Store::rows(
        a.store(),
        <Participant as stegvis::records::Record>::KIND,
        None,
    ))
    .unwrap();
    assert!(rows.iter().all(|r| r.json.is_empty() && r.sealed.is_some()));
    // The other tab is locked out until it unlocks.
    assert!(!run(b.access()).unwrap().open);
    assert_eq!(run(b.load::<Participant>(None)), Err(StorageError::Locked));
    assert_eq!(run(b.unlock("fel")), Err(ProtectError::WrongPassphrase));
    run(b.unlock("fyra ord som inte hör ihop")).unwrap();
    assert_eq!(run(b.load::<Participant>(None)).unwrap(), vec![d.clone()]);
    // A changes the passphrase: B's key is of a lock that is gone.
    run(a.change_passphrase("fyra ord som inte hör ihop", "en annan fras")).unwrap();
    let mut edit = d.clone();
    edit.note = "B".into();
    assert_eq!(
        run(b.save(edit, Some(d.updated_at), today())).map(|_| ()),
        Err(SaveError::Storage(StorageError::Locked))
    );
    assert!(!run(b.access()).unwrap().open);
    // "Lås nu" in A locks B too.
    run(b.unlock("en annan fras")).unwrap();
    a.lock_everywhere();
    assert!(a.key().is_none() && b.key().is_none());
    run(a.unlock("en annan fras")).unwrap();
    run(a.unprotect("en annan fras")).unwrap();
    let rows = run(stegvis::storage::Store::rows(
        a.store(),
        <Participant as stegvis::records::Record>::KIND,
        None,
    ))
    .unwrap();
    assert!(rows
        .iter()
        .all(|r| !r.json.is_empty() && r.sealed.is_none()));
    assert!(run(b.access()).unwrap().open, "nothing to unlock any more");
}

#[test]
fn a_sealed_backup_opens_here_without_asking_and_elsewhere_with_the_passphrase() {
    let (a, _) = tabs();
    let p = run(a.save(project("Kopia"), None, today())).unwrap();
    run(a.save(participant(&p, "D-001"), None, today())).unwrap();
    run(a.protect("fyra ord som inte hör ihop")).unwrap();
    let file = run(a.backup_file(4, "2026-12-01T10:00:00Z".into())).unwrap();
    let sealed = match stegvis::formats::sealed::BackupFile::parse(file.as_bytes()).unwrap() {
        stegvis::formats::sealed::BackupFile::Sealed(s) => s,
        _ => panic!("a protected device writes sealed backups"),
    };
    assert_eq!(
        run(a.open_sealed(&sealed, None))
            .unwrap()
            .data
            .count("participants"),
        1
    );
    let (elsewhere, _) = tabs();
    assert!(matches!(
        run(elsewhere.open_sealed(&sealed, None)),
        Err(stegvis::repo::SealedError::NeedsPassphrase)
    ));
    assert!(matches!(
        run(elsewhere.open_sealed(&sealed, Some("fel"))),
        Err(stegvis::repo::SealedError::WrongPassphrase)
    ));
    let backup = run(elsewhere.open_sealed(&sealed, Some("fyra ord som inte hör ihop"))).unwrap();
    assert_eq!(backup.data.records::<Project>(), vec![p]);
}
