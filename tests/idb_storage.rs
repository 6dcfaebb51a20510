//! The IndexedDB store in a real browser: save, load, update, delete, and schema migration.
//! Runs in headless Chromium through wasm-bindgen-test (`scripts/test`).
#![cfg(target_arch = "wasm32")]

use idb::{Factory, KeyPath, ObjectStoreParams, TransactionMode};
mod common;

use common::{participant, project, today};
use stegvis::domain::*;
use stegvis::storage::idb::{IdbStore, SCHEMA_VERSION};
use stegvis::storage::record;
use stegvis::storage::Store;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A database name of its own for each test, deleted first in case a run was interrupted.
async fn fresh(name: &str) -> String {
    let name = format!("stegvis-test-{name}");
    IdbStore::delete_database(&name).await.unwrap();
    name
}

#[wasm_bindgen_test]
async fn saves_loads_updates_and_deletes() {
    let name = fresh("crud").await;
    let store = IdbStore::open(&name).await.unwrap();
    assert_eq!(store.version(), SCHEMA_VERSION);
    let a = project("Steget");
    let b = project("Ett hållbart arbetsliv");
    store.put_project(&a).await.unwrap();
    store.put_project(&b).await.unwrap();
    let mut p1 = participant(&a, "D-001");
    let p2 = participant(&a, "D-002");
    let p3 = participant(&b, "D-001");
    for p in [&p1, &p2, &p3] {
        store.put_participant(p).await.unwrap();
    }
    let mut projects = store.projects().await.unwrap();
    projects.sort_by(|x, y| x.name.cmp(&y.name));
    assert_eq!(
        projects,
        vec![b.clone(), a.clone()],
        "å, ä and ö survive the round trip"
    );

    p1.note = "Börjar på praktik i maj".into();
    p1.discharge = Some(Discharge {
        end: today(),
        outcome: Some(a.outcomes[0].id),
    });
    store.put_participant(&p1).await.unwrap();
    store.delete_participant(p2.id).await.unwrap();
    assert_eq!(store.participants(a.id).await.unwrap(), vec![p1.clone()]);
    assert_eq!(store.participants(b.id).await.unwrap(), vec![p3]);

    // A second connection (a reload) sees the same data.
    store.close();
    let again = IdbStore::open(&name).await.unwrap();
    assert_eq!(again.participants(a.id).await.unwrap(), vec![p1]);
    again.close();
}

#[wasm_bindgen_test]
async fn a_schema_1_database_opens_and_migrates() {
    let name = fresh("migrate").await;
    let a = project("Gammalt projekt");
    let p = participant(&a, "D-001");

    // Build a version-1 database by hand, as the first release left it: two stores, no index.
    let factory = Factory::new().unwrap();
    let mut request = factory.open(&name, Some(1)).unwrap();
    request.on_upgrade_needed(|event| {
        use idb::DatabaseEvent;
        let db = event.database().unwrap();
        let mut params = ObjectStoreParams::new();
        params.key_path(Some(KeyPath::new_single("id")));
        db.create_object_store("projects", params.clone()).unwrap();
        db.create_object_store("participants", params).unwrap();
    });
    let v1 = request.await.unwrap();
    let tx = v1
        .transaction(&["projects", "participants"], TransactionMode::ReadWrite)
        .unwrap();
    let put = |store: &str, row: &record::Row| {
        let value = serde_wasm_bindgen::to_value(row).unwrap();
        tx.object_store(store).unwrap().put(&value, None).unwrap()
    };
    put("projects", &record::project_row(&a)).await.unwrap();
    put("participants", &record::participant_row(&p))
        .await
        .unwrap();
    assert!(tx.await.unwrap().is_committed());
    assert_eq!(v1.version().unwrap(), 1);
    v1.close();

    let store = IdbStore::open(&name).await.unwrap();
    assert_eq!(store.version(), SCHEMA_VERSION);
    assert!(
        store.has_project_index(),
        "the migration adds the by_project index"
    );
    assert_eq!(store.projects().await.unwrap(), vec![a.clone()]);
    assert_eq!(
        store.participants(a.id).await.unwrap(),
        vec![p],
        "old records are read through the new index"
    );
    store.close();
}

#[wasm_bindgen_test]
async fn a_version_1_store_has_no_index_until_upgraded() {
    let name = fresh("v1-only").await;
    let store = IdbStore::open_at(&name, 1).await.unwrap();
    assert_eq!(store.version(), 1);
    assert!(!store.has_project_index());
    store.close();
    let upgraded = IdbStore::open(&name).await.unwrap();
    assert!(upgraded.has_project_index());
    upgraded.close();
}

#[wasm_bindgen_test]
async fn an_import_writes_the_project_and_its_participants_in_one_go() {
    let name = fresh("import").await;
    let store = IdbStore::open(&name).await.unwrap();
    let mut a = project("Import");
    store.put_project(&a).await.unwrap();
    a.outcomes.push(OutcomeLabel {
        id: Id::random(),
        name: "Nystartsjobb".into(),
        progression: true,
        retired: false,
    });
    let people: Vec<Participant> = (1..=250)
        .map(|i| participant(&a, &format!("D-{i:03}")))
        .collect();
    store
        .put_many(std::slice::from_ref(&a), &people)
        .await
        .unwrap();
    assert_eq!(store.projects().await.unwrap(), vec![a.clone()]);
    let mut loaded = store.participants(a.id).await.unwrap();
    loaded.sort_by(|x, y| x.code.cmp(&y.code));
    assert_eq!(loaded, people);
    store.close();
}

#[wasm_bindgen_test]
async fn a_restore_writes_several_projects_and_all_participants_are_read_back() {
    let name = fresh("restore").await;
    let store = IdbStore::open(&name).await.unwrap();
    let a = project("Första");
    let b = project("Andra");
    let people = vec![
        participant(&a, "D-001"),
        participant(&b, "D-001"),
        participant(&b, "D-002"),
    ];
    store
        .put_many(&[a.clone(), b.clone()], &people)
        .await
        .unwrap();
    let mut projects = store.projects().await.unwrap();
    projects.sort_by(|x, y| x.name.cmp(&y.name));
    assert_eq!(projects, vec![b, a]);
    let mut all = store.all_participants().await.unwrap();
    all.sort_by_key(|p| (p.project_id, p.code.clone()));
    let mut expected = people.clone();
    expected.sort_by_key(|p| (p.project_id, p.code.clone()));
    assert_eq!(all, expected);
    store.close();
}

#[wasm_bindgen_test]
async fn deleting_a_project_takes_its_participants_in_one_transaction() {
    let name = fresh("delete").await;
    let store = IdbStore::open(&name).await.unwrap();
    let (a, b) = (project("Bort"), project("Kvar"));
    let people: Vec<Participant> = (1..=30)
        .map(|i| participant(if i % 3 == 0 { &b } else { &a }, &format!("D-{i:03}")))
        .collect();
    store
        .put_many(&[a.clone(), b.clone()], &people)
        .await
        .unwrap();
    store.delete_project(a.id).await.unwrap();
    assert_eq!(store.projects().await.unwrap(), vec![b.clone()]);
    assert!(store.participants(a.id).await.unwrap().is_empty());
    assert_eq!(store.all_participants().await.unwrap().len(), 10);
    store.delete_everything().await.unwrap();
    assert!(store.projects().await.unwrap().is_empty());
    assert!(store.all_participants().await.unwrap().is_empty());
    store.close();
}

/// An anonymous answer to `form`, every value skipped.
fn answer(form: &stegvis::survey::Form) -> stegvis::survey::Answer {
    let skipped = vec![stegvis::survey::Value::Skipped; form.items.len()];
    common::answer(form, stegvis::survey::Moment::Start, 11, skipped)
}

#[wasm_bindgen_test]
async fn forms_and_answers_are_kept_per_project_and_go_with_their_project() {
    use stegvis::survey::default_form::default_form;
    let name = fresh("survey").await;
    let store = IdbStore::open(&name).await.unwrap();
    let (a, b) = (project("Med formulär"), project("Också"));
    let (fa, fb) = (
        default_form(a.id, Timestamp(1)),
        default_form(b.id, Timestamp(1)),
    );
    let answers: Vec<_> = (1..=6)
        .map(|n| answer(if n % 2 == 0 { &fa } else { &fb }))
        .collect();
    store
        .put_batch(stegvis::storage::Batch {
            projects: &[a.clone(), b.clone()],
            forms: &[fa.clone(), fb.clone()],
            answers: &answers,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(store.forms(a.id).await.unwrap(), vec![fa.clone()]);
    assert_eq!(store.answers(a.id).await.unwrap().len(), 3);
    let mut renamed = fa.clone();
    renamed.name = "Självskattning, våren".into();
    store.put_form(&renamed).await.unwrap();
    store.put_answer(&answer(&fa)).await.unwrap();
    assert_eq!(store.forms(a.id).await.unwrap(), vec![renamed]);
    assert_eq!(store.answers(a.id).await.unwrap().len(), 4);

    store.delete_project(a.id).await.unwrap();
    assert!(store.forms(a.id).await.unwrap().is_empty());
    assert!(store.answers(a.id).await.unwrap().is_empty());
    assert_eq!(store.all_forms().await.unwrap(), vec![fb]);
    assert_eq!(store.all_answers().await.unwrap().len(), 3);
    store.delete_everything().await.unwrap();
    assert!(store.all_forms().await.unwrap().is_empty());
    assert!(store.all_answers().await.unwrap().is_empty());
    store.close();
}

#[wasm_bindgen_test]
async fn a_schema_2_database_gains_the_survey_stores_and_keeps_its_data() {
    let name = fresh("migrate-3").await;
    let a = project("Före formulären");
    let p = participant(&a, "D-001");
    let old = IdbStore::open_at(&name, 2).await.unwrap();
    // One store per transaction: the schema-3 stores do not exist yet.
    old.put_project(&a).await.unwrap();
    old.put_participant(&p).await.unwrap();
    old.close();
    let store = IdbStore::open(&name).await.unwrap();
    assert_eq!(store.version(), SCHEMA_VERSION);
    assert_eq!(store.participants(a.id).await.unwrap(), vec![p]);
    assert!(store.forms(a.id).await.unwrap().is_empty());
    let form = stegvis::survey::default_form::default_form(a.id, Timestamp(2));
    store.put_form(&form).await.unwrap();
    assert_eq!(store.forms(a.id).await.unwrap(), vec![form]);
    store.close();
}

#[wasm_bindgen_test]
async fn a_schema_3_database_gains_the_meta_store_unprotected_and_keeps_its_data() {
    let name = fresh("migrate-4").await;
    let a = project("Före lösenfrasen");
    let p = participant(&a, "D-001");
    let old = IdbStore::open_at(&name, 3).await.unwrap();
    old.put_project(&a).await.unwrap();
    old.put_participant(&p).await.unwrap();
    old.close();
    let store = IdbStore::open(&name).await.unwrap();
    assert_eq!(store.version(), SCHEMA_VERSION);
    assert_eq!(store.lock().await.unwrap(), None);
    assert_eq!(store.check_open().await.unwrap(), (true, false));
    assert_eq!(store.participants(a.id).await.unwrap(), vec![p]);
    store.close();
}

#[wasm_bindgen_test]
async fn an_edit_from_an_older_version_is_refused_in_one_transaction() {
    let name = fresh("stale").await;
    let store = IdbStore::open(&name).await.unwrap();
    // A second connection, as another tab has.
    let other = IdbStore::open(&name).await.unwrap();
    common::stale_edits_are_refused(&store, &other).await;
}

#[wasm_bindgen_test]
async fn a_record_never_outlives_its_project_and_a_stale_import_writes_nothing() {
    let name = fresh("invariants").await;
    let store = IdbStore::open(&name).await.unwrap();
    let other = IdbStore::open(&name).await.unwrap();
    common::project_invariants_hold_in_the_transaction(&store, &other).await;
}

mod encryption {
    use stegvis::storage::crypto::{new_lock, open, seal, unlock, CryptoError, ITERATIONS};
    use wasm_bindgen_test::*;

    #[wasm_bindgen_test]
    async fn a_lock_opens_with_the_right_passphrase_only_and_shows_nothing_otherwise() {
        let (lock, key) = new_lock("rätt lösenfras").await.unwrap();
        assert!(lock.iterations >= 600_000 && lock.iterations == ITERATIONS);
        assert_eq!(lock.salt.len(), 16);
        let record = "{\"code\":\"D-001\",\"note\":\"Börjar i maj\"}".as_bytes();
        let sealed = seal(&key, record).await.unwrap();
        assert!(
            !sealed.windows(5).any(|w| w == b"D-001"),
            "no plain text in what is stored"
        );
        // The same record sealed twice looks different (a fresh nonce each time).
        assert_ne!(seal(&key, record).await.unwrap(), sealed);

        let again = unlock(&lock, "rätt lösenfras").await.unwrap();
        assert_eq!(open(&again, &sealed).await.unwrap(), record);
        assert_eq!(
            unlock(&lock, "fel lösenfras").await.err(),
            Some(CryptoError::WrongPassphrase)
        );
        // A changed byte is caught, not decrypted into garbage.
        let mut tampered = sealed.clone();
        *tampered.last_mut().unwrap() ^= 1;
        assert_eq!(open(&key, &tampered).await, Err(CryptoError::Damaged));
        assert_eq!(open(&key, &sealed[..10]).await, Err(CryptoError::Damaged));
    }
}

/// The passphrase in the store: what is kept is sealed, and only the right passphrase reads or
/// writes it.
mod protected_store {
    use super::{answer, fresh};
    use crate::common::{self, participant, project};
    use idb::{Factory, TransactionMode};
    use stegvis::storage::idb::{IdbStore, ProtectError};
    use stegvis::storage::{StorageError, Store};
    use wasm_bindgen_test::*;

    const RIGHT: &str = "fyra ord som inte hör ihop";

    /// Every stored row of `name`, as the JSON text IndexedDB holds, store by store.
    async fn raw_rows(name: &str) -> Vec<String> {
        let db = Factory::new()
            .unwrap()
            .open(name, None)
            .unwrap()
            .await
            .unwrap();
        let mut out = Vec::new();
        for store in ["projects", "participants", "forms", "answers"] {
            let tx = db.transaction(&[store], TransactionMode::ReadOnly).unwrap();
            let values = tx
                .object_store(store)
                .unwrap()
                .get_all(None, None)
                .unwrap()
                .await
                .unwrap();
            for v in values {
                out.push(String::from(js_sys::JSON::stringify(&v).unwrap()));
            }
        }
        db.close();
        out
    }

    /// A store with a project, two participants (one with a note), a form and an answer.
    async fn filled(name: &str) -> (IdbStore, stegvis::domain::Project) {
        let store = IdbStore::open(name).await.unwrap();
        let a = project("Steget");
        let mut p = participant(&a, "D-001");
        p.note = "Börjar på praktik i maj".into();
        let form = stegvis::survey::default_form::default_form(a.id, stegvis::domain::Timestamp(2));
        store.put_project(&a).await.unwrap();
        store.put_participant(&p).await.unwrap();
        store
            .put_participant(&participant(&a, "D-002"))
            .await
            .unwrap();
        store.put_answer(&answer(&form)).await.unwrap();
        store.put_form(&form).await.unwrap();
        (store, a)
    }

    #[wasm_bindgen_test]
    async fn protecting_seals_every_record_and_a_wrong_passphrase_opens_nothing() {
        let name = fresh("protect").await;
        let (store, a) = filled(&name).await;
        let before = store.participants(a.id).await.unwrap();
        assert!(raw_rows(&name).await.iter().any(|r| r.contains("D-001")));

        store.protect(RIGHT).await.unwrap();
        let rows = raw_rows(&name).await;
        assert_eq!(rows.len(), 5);
        for row in &rows {
            assert!(row.contains("\"sealed\""), "{row}");
            for secret in ["D-001", "D-002", "Steget", "praktik", "\"json\""] {
                assert!(!row.contains(secret), "{secret} readable in {row}");
            }
        }
        assert_eq!(
            store.protect(RIGHT).await,
            Err(ProtectError::AlreadyProtected)
        );
        // This tab keeps working with its key.
        assert_eq!(store.participants(a.id).await.unwrap(), before);

        // A reload has no key: nothing is read or written until the passphrase is given.
        let other = IdbStore::open(&name).await.unwrap();
        assert_eq!(other.check_open().await.unwrap(), (false, true));
        assert_eq!(other.projects().await, Err(StorageError::Locked));
        assert_eq!(
            other.unlock("fel lösenfras").await,
            Err(ProtectError::WrongPassphrase)
        );
        assert_eq!(other.participants(a.id).await, Err(StorageError::Locked));
        let intruder = participant(&a, "D-999");
        assert_eq!(
            other.put_participant(&intruder).await,
            Err(StorageError::Locked)
        );
        assert_eq!(
            raw_rows(&name).await,
            rows,
            "a wrong passphrase changes nothing"
        );

        other.unlock(RIGHT).await.unwrap();
        assert_eq!(other.participants(a.id).await.unwrap(), before);
        other.put_participant(&intruder).await.unwrap();
        assert!(!raw_rows(&name).await.iter().any(|r| r.contains("D-999")));
        assert_eq!(store.participants(a.id).await.unwrap().len(), 3);
        store.close();
        other.close();
    }

    #[wasm_bindgen_test]
    async fn changing_the_passphrase_seals_everything_again_and_shuts_out_the_old_one() {
        let name = fresh("rekey").await;
        let (store, a) = filled(&name).await;
        store.protect(RIGHT).await.unwrap();
        let before = store.participants(a.id).await.unwrap();
        let other = IdbStore::open(&name).await.unwrap();
        other.unlock(RIGHT).await.unwrap();
        let sealed = raw_rows(&name).await;

        assert_eq!(
            store.change_passphrase("fel", "en helt ny lösenfras").await,
            Err(ProtectError::WrongPassphrase)
        );
        assert_eq!(raw_rows(&name).await, sealed, "nothing changed");

        store
            .change_passphrase(RIGHT, "en helt ny lösenfras")
            .await
            .unwrap();
        let resealed = raw_rows(&name).await;
        assert_eq!(resealed.len(), sealed.len());
        assert!(
            resealed.iter().all(|r| !sealed.contains(r)),
            "every row sealed again"
        );
        assert_eq!(store.participants(a.id).await.unwrap(), before);

        // The other tab's key belongs to the old lock: it may neither write nor read.
        assert_eq!(
            other.put_participant(&participant(&a, "D-003")).await,
            Err(StorageError::Locked)
        );
        // Reading with the old key says "locked", not "damaged".
        assert_eq!(other.participants(a.id).await, Err(StorageError::Locked));
        assert_eq!(other.check_open().await.unwrap(), (false, true));
        assert_eq!(
            other.unlock(RIGHT).await,
            Err(ProtectError::WrongPassphrase)
        );
        other.unlock("en helt ny lösenfras").await.unwrap();
        assert_eq!(other.participants(a.id).await.unwrap(), before);
        store.close();
        other.close();
    }

    #[wasm_bindgen_test]
    async fn removing_the_protection_stores_everything_readable_again() {
        let name = fresh("unprotect").await;
        let (store, a) = filled(&name).await;
        store.protect(RIGHT).await.unwrap();
        let before = store.participants(a.id).await.unwrap();
        assert_eq!(
            store.unprotect("fel").await,
            Err(ProtectError::WrongPassphrase)
        );
        store.unprotect(RIGHT).await.unwrap();
        assert!(raw_rows(&name)
            .await
            .iter()
            .all(|r| !r.contains("\"sealed\"")));
        let reload = IdbStore::open(&name).await.unwrap();
        assert_eq!(reload.check_open().await.unwrap(), (true, false));
        assert_eq!(reload.participants(a.id).await.unwrap(), before);
        assert_eq!(reload.unlock(RIGHT).await, Err(ProtectError::NotProtected));
        store.close();
        reload.close();
    }

    #[wasm_bindgen_test]
    async fn a_forgotten_passphrase_can_only_start_over_from_nothing() {
        let name = fresh("erase").await;
        let (store, _) = filled(&name).await;
        store.protect(RIGHT).await.unwrap();
        store.close();
        let locked = IdbStore::open(&name).await.unwrap();
        locked.erase_protected().await.unwrap();
        assert!(raw_rows(&name).await.is_empty());
        assert_eq!(locked.check_open().await.unwrap(), (true, false));
        assert!(locked.projects().await.unwrap().is_empty());
        locked.close();
    }

    #[wasm_bindgen_test]
    async fn a_sealed_body_moved_to_another_record_does_not_open() {
        let name = fresh("swap").await;
        let (store, a) = filled(&name).await;
        store.protect(RIGHT).await.unwrap();
        // Swap the sealed bodies of the two participants, as someone with the device might.
        let db = Factory::new()
            .unwrap()
            .open(&name, None)
            .unwrap()
            .await
            .unwrap();
        let tx = db
            .transaction(&["participants"], TransactionMode::ReadWrite)
            .unwrap();
        let participants = tx.object_store("participants").unwrap();
        let rows = participants.get_all(None, None).unwrap().await.unwrap();
        let body =
            |row: &wasm_bindgen::JsValue| js_sys::Reflect::get(row, &"sealed".into()).unwrap();
        let (first, second) = (body(&rows[0]), body(&rows[1]));
        js_sys::Reflect::set(&rows[0], &"sealed".into(), &second).unwrap();
        js_sys::Reflect::set(&rows[1], &"sealed".into(), &first).unwrap();
        for row in &rows {
            participants.put(row, None).unwrap().await.unwrap();
        }
        tx.await.unwrap();
        db.close();
        assert!(matches!(
            store.participants(a.id).await,
            Err(StorageError::Corrupt(_))
        ));
        store.close();
    }

    #[wasm_bindgen_test]
    async fn stale_edits_are_refused_when_the_data_is_sealed_too() {
        let name = fresh("stale-sealed").await;
        let store = IdbStore::open(&name).await.unwrap();
        store.protect(RIGHT).await.unwrap();
        let other = IdbStore::open(&name).await.unwrap();
        other.unlock(RIGHT).await.unwrap();
        common::stale_edits_are_refused(&store, &other).await;
    }
}
