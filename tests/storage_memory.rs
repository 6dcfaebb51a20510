//! The in-memory store keeps the contract the app relies on (the browser tests check the same
//! contract against IndexedDB).

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
mod common;

use common::{participant, project};
use stegvis::domain::*;
use stegvis::storage::memory::MemoryStore;
use stegvis::storage::{StorageError, Store};

/// Runs a future that never waits (the memory store's futures are ready at once).
fn run<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(value) => value,
        Poll::Pending => panic!("the memory store never waits"),
    }
}

#[test]
fn saves_loads_updates_and_deletes() {
    let store = MemoryStore::new();
    let a = project("A");
    let b = project("B");
    run(store.put_project(&a)).unwrap();
    run(store.put_project(&b)).unwrap();
    let mut p1 = participant(&a, "D-001");
    let p2 = participant(&a, "D-002");
    let p3 = participant(&b, "D-001");
    for p in [&p1, &p2, &p3] {
        run(store.put_participant(p)).unwrap();
    }
    assert_eq!(run(store.projects()).unwrap().len(), 2);
    assert_eq!(run(store.participants(a.id)).unwrap().len(), 2);

    p1.gender = Gender::Other;
    p1.updated_at = Timestamp(2);
    run(store.put_participant(&p1)).unwrap();
    let loaded = run(store.participants(a.id)).unwrap();
    assert_eq!(loaded.iter().find(|p| p.id == p1.id), Some(&p1));

    run(store.delete_participant(p2.id)).unwrap();
    assert_eq!(run(store.participants(a.id)).unwrap(), vec![p1]);
    assert_eq!(run(store.participants(b.id)).unwrap(), vec![p3]);
}

#[test]
fn a_failed_write_changes_nothing() {
    let store = MemoryStore::new();
    let a = project("A");
    run(store.put_project(&a)).unwrap();
    let mut renamed = a.clone();
    renamed.name = "B".into();
    store.fail_next_write(StorageError::QuotaExceeded);
    assert_eq!(
        run(store.put_project(&renamed)),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(run(store.projects()).unwrap(), vec![a]);
}

#[test]
fn an_import_writes_the_project_and_all_participants_or_nothing() {
    let store = MemoryStore::new();
    let a = project("A");
    run(store.put_project(&a)).unwrap();
    let mut grown = a.clone();
    grown.referral_sources.push(Label {
        id: Id::random(),
        name: "Ny remittent".into(),
        retired: false,
    });
    let people: Vec<_> = (1..=3)
        .map(|i| participant(&a, &format!("D-{i:03}")))
        .collect();

    store.fail_next_write(StorageError::QuotaExceeded);
    assert!(run(store.put_many(std::slice::from_ref(&grown), &people)).is_err());
    assert_eq!(run(store.projects()).unwrap(), vec![a.clone()]);
    assert!(run(store.participants(a.id)).unwrap().is_empty());

    run(store.put_many(std::slice::from_ref(&grown), &people)).unwrap();
    assert_eq!(run(store.projects()).unwrap(), vec![grown]);
    assert_eq!(run(store.participants(a.id)).unwrap().len(), 3);
}

#[test]
fn deleting_a_project_takes_its_participants_and_nothing_else() {
    let store = MemoryStore::new();
    let (a, b) = (project("A"), project("B"));
    let people = vec![
        participant(&a, "D-001"),
        participant(&a, "D-002"),
        participant(&b, "D-001"),
    ];
    run(store.put_many(&[a.clone(), b.clone()], &people)).unwrap();
    run(store.delete_project(a.id)).unwrap();
    assert_eq!(run(store.projects()).unwrap(), vec![b.clone()]);
    assert_eq!(
        run(store.all_participants()).unwrap(),
        vec![people[2].clone()]
    );
    run(store.delete_everything()).unwrap();
    assert!(run(store.projects()).unwrap().is_empty());
    assert!(run(store.all_participants()).unwrap().is_empty());
}

#[test]
fn an_edit_from_an_older_version_is_refused_and_changes_nothing() {
    let store = MemoryStore::new();
    run(common::stale_edits_are_refused(&store, &store));
}

#[test]
fn a_record_never_outlives_its_project_and_a_stale_import_writes_nothing() {
    let store = MemoryStore::new();
    run(common::project_invariants_hold_in_the_transaction(
        &store, &store,
    ));
}
