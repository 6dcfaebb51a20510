//! The in-memory store keeps the rules the write path relies on (the browser tests check the
//! same rules against IndexedDB).

mod common;
use common::run;

use stegvis::storage::memory::MemoryStore;
use stegvis::storage::{StorageError, Store, Write};

#[test]
fn a_write_follows_the_rules_of_every_store() {
    run(common::contract::store_rules(&MemoryStore::new()));
}

#[test]
fn a_failed_write_changes_nothing() {
    let store = MemoryStore::new();
    store.fail_next_write(StorageError::QuotaExceeded);
    assert_eq!(
        run(store.write(&Write::default())),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(run(store.write(&Write::default())), Ok(()));
}

#[test]
fn clones_are_one_store_as_tabs_share_one_database() {
    let a = MemoryStore::new();
    let b = a.clone();
    let p = common::project("Delad");
    let repo = stegvis::repo::Repo::new(a, stegvis::storage::toy_cipher::ToyCipher::default());
    run(repo.save(p.clone(), None, common::today())).unwrap();
    let kind = <stegvis::domain::Project as stegvis::records::Record>::KIND;
    assert_eq!(run(b.rows(kind, None)).unwrap().len(), 1);
}
