//! The IndexedDB store in a real browser, under the write path: the contract of the write path
//! (the same as natively over memory), the schema migrations from every earlier version, the
//! passphrase with WebCrypto (nothing readable stored, a wrong passphrase reads nothing, a
//! changed one shuts the old key out), and a kind of record declared by the test itself.
//! Runs in headless Chromium through wasm-bindgen-test (`scripts/test`).
#![cfg(target_arch = "wasm32")]

mod common;

use common::{participant, project, today};
use idb::{Factory, KeyPath, ObjectStoreParams, TransactionMode};
use stegvis::domain::*;
use stegvis::records::{Entry, Kind, Record};
use stegvis::repo::rows::row_of;
use stegvis::repo::{ProtectError, Repo};
use stegvis::storage::idb::{current_schema, IdbStore};
use stegvis::storage::webcrypto::WebCrypto;
use stegvis::storage::{StorageError, Store};
use stegvis::survey::Form;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A database name of its own for each test, deleted first in case a run was interrupted.
async fn fresh(name: &str) -> String {
    let name = format!("stegvis-test-{name}");
    IdbStore::delete_database(&name).await.unwrap();
    name
}

async fn repo(name: &str) -> Repo<IdbStore, WebCrypto> {
    Repo::new(IdbStore::open(name).await.unwrap(), WebCrypto)
}

fn kinds() -> Vec<Kind> {
    stegvis::records::KINDS.iter().map(|k| k.kind()).collect()
}

#[wasm_bindgen_test]
async fn a_write_follows_the_rules_of_every_store() {
    let name = fresh("rules").await;
    common::contract::store_rules(&IdbStore::open(&name).await.unwrap()).await;
}

#[wasm_bindgen_test]
async fn stale_edits_are_refused_only_when_another_tab_saved() {
    let name = fresh("stale").await;
    // Two connections, as two tabs have.
    common::contract::stale_edits(&repo(&name).await, &repo(&name).await).await;
}

#[wasm_bindgen_test]
async fn what_holds_across_records_holds_in_the_transaction() {
    let name = fresh("invariants").await;
    common::contract::invariants(&repo(&name).await, &repo(&name).await).await;
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
    let put = |store: &str, row: &stegvis::storage::Row| {
        let value = serde_wasm_bindgen::to_value(row).unwrap();
        tx.object_store(store).unwrap().put(&value, None).unwrap()
    };
    put("projects", &row_of(&Entry::of(&a))).await.unwrap();
    put("participants", &row_of(&Entry::of(&p))).await.unwrap();
    assert!(tx.await.unwrap().is_committed());
    v1.close();

    let store = IdbStore::open(&name).await.unwrap();
    assert_eq!(store.version(), current_schema());
    assert!(
        store.has_project_index(),
        "the migration adds the by_project index"
    );
    let r = Repo::new(store, WebCrypto);
    assert_eq!(r.load::<Project>(None).await.unwrap(), vec![a.clone()]);
    let snapshot = r.snapshot(a.id).await.unwrap();
    assert_eq!(
        snapshot.participants,
        vec![p],
        "old records are read through the new index"
    );
    assert_eq!(
        snapshot.revision,
        stegvis::storage::Revision(0),
        "a row from before revisions"
    );
    r.store().close();
}

#[wasm_bindgen_test]
async fn databases_of_schemas_2_to_4_gain_the_later_stores_and_keep_their_data() {
    for version in [2, 3, 4] {
        let name = fresh(&format!("migrate-from-{version}")).await;
        let a = project("Före");
        let p = participant(&a, "D-001");
        let old = Repo::new(
            IdbStore::open_at(&name, version, kinds()).await.unwrap(),
            WebCrypto,
        );
        old.save(a.clone(), None, today()).await.unwrap();
        old.save(p.clone(), None, today()).await.unwrap();
        old.store().close();
        let r = repo(&name).await;
        assert_eq!(r.store().version(), current_schema());
        assert_eq!(r.store().lock().await.unwrap(), None);
        assert!(r.access().await.unwrap().open);
        assert_eq!(r.load::<Participant>(Some(a.id)).await.unwrap(), vec![p]);
        let form = r
            .save(
                stegvis::survey::default_form::default_form(a.id, Timestamp(2)),
                None,
                today(),
            )
            .await
            .unwrap();
        assert_eq!(r.load::<Form>(Some(a.id)).await.unwrap(), vec![form]);
        r.store().close();
    }
}

/// The database `name` at whatever version it is, without the app's store around it.
async fn open_as_it_is(name: &str) -> idb::Database {
    Factory::new()
        .unwrap()
        .open(name, None)
        .unwrap()
        .await
        .unwrap()
}

/// Every stored row of `name`, packs included, as the JSON text IndexedDB holds.
async fn raw_rows(name: &str) -> Vec<String> {
    stored(name).await.into_iter().map(|(_, row)| row).collect()
}

/// Every stored row of `name` outside `meta`, as (store, JSON text).
async fn stored(name: &str) -> Vec<(String, String)> {
    let db = open_as_it_is(name).await;
    let mut out = Vec::new();
    for store in db.store_names().iter().filter(|s| *s != "meta") {
        let tx = db
            .transaction(&[store.as_str()], TransactionMode::ReadOnly)
            .unwrap();
        let values = tx
            .object_store(store)
            .unwrap()
            .get_all(None, None)
            .unwrap()
            .await
            .unwrap();
        for v in values {
            let mut text = String::from(js_sys::JSON::stringify(&v).unwrap());
            // A pack keeps its text as bytes: what they say is what must not be readable.
            let bytes = js_sys::Reflect::get(&v, &"bytes".into()).unwrap();
            if let Some(bytes) = bytes.dyn_ref::<js_sys::Uint8Array>() {
                text.push_str(&String::from_utf8_lossy(&bytes.to_vec()));
            }
            out.push((store.clone(), text));
        }
    }
    db.close();
    out
}

const RIGHT: &str = "fyra ord som inte hör ihop";

#[wasm_bindgen_test]
async fn a_passphrase_seals_every_row_and_only_the_right_one_reads_or_writes() {
    let name = fresh("protected").await;
    let a = repo(&name).await;
    let p = a.save(project("Steget"), None, today()).await.unwrap();
    let mut d = participant(&p, "D-001");
    d.note = "Börjar på praktik i maj".into();
    let d = a.save(d, None, today()).await.unwrap();
    a.save(
        stegvis::survey::default_form::default_form(p.id, Timestamp(2)),
        None,
        today(),
    )
    .await
    .unwrap();
    a.protect(RIGHT).await.unwrap();
    let rows = stored(&name).await;
    let records = rows.iter().filter(|(store, _)| store != "packs").count();
    assert_eq!(records, 3);
    assert!(rows.iter().any(|(store, _)| store == "packs"), "packed too");
    for (_, row) in &rows {
        for secret in ["Steget", "D-001", "praktik", "Självskattning"] {
            assert!(!row.contains(secret), "{secret} is readable in {row}");
        }
    }
    // A second tab has no key: it reads and writes nothing.
    let b = repo(&name).await;
    assert!(!b.access().await.unwrap().open);
    assert_eq!(b.load::<Participant>(None).await, Err(StorageError::Locked));
    assert_eq!(
        b.unlock("fel lösenfras").await,
        Err(ProtectError::WrongPassphrase)
    );
    b.unlock(RIGHT).await.unwrap();
    assert_eq!(b.load::<Participant>(None).await.unwrap(), vec![d.clone()]);
    // A changed passphrase shuts out the key of the old one.
    a.change_passphrase(RIGHT, "en annan lösenfras")
        .await
        .unwrap();
    assert_eq!(b.load::<Participant>(None).await, Err(StorageError::Locked));
    assert!(!b.access().await.unwrap().open);
    b.unlock("en annan lösenfras").await.unwrap();
    // A sealed body moved to another row does not open.
    a.unprotect("en annan lösenfras").await.unwrap();
    assert!(
        raw_rows(&name).await.iter().any(|r| r.contains("praktik")),
        "readable again"
    );
    a.protect(RIGHT).await.unwrap();
    let kind = <Participant as Record>::KIND;
    let mut rows = a.store().rows(kind, None).await.unwrap();
    let other = a
        .save(participant(&p, "D-002"), None, today())
        .await
        .unwrap();
    let mut moved = rows.remove(0);
    moved.id = stegvis::storage::key(other.id);
    let write = stegvis::storage::Write {
        lock: a.key().map(|(l, _)| l),
        puts: vec![(kind, moved)],
        ..Default::default()
    };
    a.store().write(&write).await.unwrap();
    assert!(matches!(
        a.get::<Participant>(other.id).await,
        Err(StorageError::Corrupt(_))
    ));
    // Forgotten: only starting over from nothing.
    a.erase().await.unwrap();
    assert!(raw_rows(&name).await.is_empty());
    assert_eq!(a.store().lock().await.unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_kind_declared_by_a_test_gets_its_store_by_migration_and_is_sealed_like_the_rest() {
    let name = fresh("notes").await;
    let old = repo(&name).await;
    let p = old
        .save(project("Med anteckningar"), None, today())
        .await
        .unwrap();
    old.store().close();
    let mut kinds: Vec<&'static dyn stegvis::records::Ops> = stegvis::records::KINDS.to_vec();
    kinds.push(&common::note::NOTES);
    let store = IdbStore::open_with(&name, kinds.iter().map(|k| k.kind()).collect())
        .await
        .unwrap();
    assert_eq!(store.version(), 6, "the kind's own schema step ran");
    let r = Repo::with_kinds(store, WebCrypto, kinds);
    let note = common::note::Note {
        id: Id::random(),
        project_id: p.id,
        text: "Hemligt".into(),
        updated_at: Timestamp(1),
    };
    let note = r.save(note, None, today()).await.unwrap();
    r.protect(RIGHT).await.unwrap();
    let raw = raw_rows(&name).await.join(" ");
    assert!(!raw.contains("Hemligt"));
    assert_eq!(
        r.load::<common::note::Note>(Some(p.id)).await.unwrap(),
        vec![note]
    );
    r.delete_project(p.id).await.unwrap();
    assert_eq!(r.load::<common::note::Note>(None).await.unwrap(), vec![]);
}

#[wasm_bindgen_test]
async fn webcrypto_locks_open_with_the_right_passphrase_only_and_catch_every_change() {
    use stegvis::storage::lock::{new_lock, open, seal, unlock, Cipher, CryptoError, ITERATIONS};
    let c = WebCrypto;
    let (lock, key) = new_lock(&c, "rätt lösenfras").await.unwrap();
    assert!(lock.iterations >= 600_000 && lock.iterations == ITERATIONS);
    assert_eq!(lock.salt.len(), 16);
    let record = "{\"code\":\"D-001\",\"note\":\"Börjar i maj\"}".as_bytes();
    let sealed = seal(&c, &key, record).await.unwrap();
    assert!(
        !sealed.windows(5).any(|w| w == b"D-001"),
        "no plain text in what is stored"
    );
    // The same record sealed twice looks different (a fresh nonce each time).
    assert_ne!(seal(&c, &key, record).await.unwrap(), sealed);
    let again = unlock(&c, &lock, "rätt lösenfras").await.unwrap();
    assert_eq!(open(&c, &again, &sealed).await.unwrap(), record);
    assert_eq!(
        unlock(&c, &lock, "fel lösenfras").await.err(),
        Some(CryptoError::WrongPassphrase)
    );
    // A changed byte, a cut, or another record's id is caught, not decrypted into garbage.
    let mut tampered = sealed.clone();
    *tampered.last_mut().unwrap() ^= 1;
    assert_eq!(open(&c, &key, &tampered).await, Err(CryptoError::Damaged));
    assert_eq!(
        open(&c, &key, &sealed[..10]).await,
        Err(CryptoError::Damaged)
    );
    let bound = c.seal_many(&key, &[(b"id-1", record)]).await.unwrap();
    assert!(c.open_many(&key, &[(b"id-1", &bound[0])]).await.is_ok());
    assert_eq!(
        c.open_many(&key, &[(b"id-2", &bound[0])]).await,
        Err(CryptoError::Damaged)
    );
}

#[wasm_bindgen_test]
async fn every_versions_sealed_backup_opens_with_its_passphrase_to_the_plain_backup() {
    // The fixtures of each released version (tests/fixtures/README.md).
    let fixtures = [
        (
            include_str!("fixtures/v0.1.0/backup-sealed.json"),
            include_str!("fixtures/v0.1.0/passphrase.txt"),
            include_str!("fixtures/v0.1.0/backup.json"),
        ),
        (
            include_str!("fixtures/v0.2.0/backup-sealed.json"),
            include_str!("fixtures/v0.2.0/passphrase.txt"),
            include_str!("fixtures/v0.2.0/backup.json"),
        ),
        (
            include_str!("fixtures/v0.3.0/backup-sealed.json"),
            include_str!("fixtures/v0.3.0/passphrase.txt"),
            include_str!("fixtures/v0.3.0/backup.json"),
        ),
        (
            include_str!("fixtures/v0.4.0/backup-sealed.json"),
            include_str!("fixtures/v0.4.0/passphrase.txt"),
            include_str!("fixtures/v0.4.0/backup.json"),
        ),
        (
            include_str!("fixtures/v0.5.0/backup-sealed.json"),
            include_str!("fixtures/v0.5.0/passphrase.txt"),
            include_str!("fixtures/v0.5.0/backup.json"),
        ),
    ];
    let r = repo(&fresh("fixtures").await).await;
    for (sealed, passphrase, plain) in fixtures {
        let stegvis::formats::sealed::BackupFile::Sealed(sealed) =
            stegvis::formats::sealed::BackupFile::parse(sealed.as_bytes()).unwrap()
        else {
            panic!("not sealed");
        };
        let wrong = r.open_sealed(&sealed, Some("fel lösenfras")).await;
        assert!(matches!(
            wrong,
            Err(stegvis::repo::SealedError::WrongPassphrase)
        ));
        let opened = r
            .open_sealed(&sealed, Some(passphrase.trim()))
            .await
            .unwrap();
        let plain = stegvis::formats::backup::Backup::parse(plain.as_bytes()).unwrap();
        assert_eq!(opened.data, plain.data);
        assert_eq!(opened.unread, []);
    }
}

/// The rows of `store` in `name` read straight from their own store, as (id, JSON) in id order:
/// what the packs must give back.
async fn rows_beside_the_packs(name: &str, store: &str) -> Vec<(String, String)> {
    let db = open_as_it_is(name).await;
    let tx = db.transaction(&[store], TransactionMode::ReadOnly).unwrap();
    let values = (tx.object_store(store).unwrap())
        .get_all(None, None)
        .unwrap()
        .await
        .unwrap();
    db.close();
    let mut rows: Vec<(String, String)> = values
        .iter()
        .map(|v| {
            let field = |f: &str| {
                js_sys::Reflect::get(v, &f.into())
                    .unwrap()
                    .as_string()
                    .unwrap_or_default()
            };
            (field("id"), field("json"))
        })
        .collect();
    rows.sort();
    rows
}

async fn via_the_store(store: &IdbStore, kind: Kind, project: Option<Id>) -> Vec<(String, String)> {
    (store.rows(kind, project).await.unwrap())
        .into_iter()
        .map(|r| (r.id, r.json))
        .collect()
}

#[wasm_bindgen_test]
async fn the_packs_give_back_exactly_the_rows_after_every_kind_of_write() {
    let name = fresh("packs").await;
    let r = repo(&name).await;
    let kind = Participant::KIND;
    let a = r.save(project("Packat"), None, today()).await.unwrap();
    let b = r.save(project("Annat"), None, today()).await.unwrap();
    let mut people = Vec::new();
    for i in 0..40 {
        let owner = if i % 3 == 0 { &b } else { &a };
        people.push(
            r.save(participant(owner, &format!("P-{i:03}")), None, today())
                .await
                .unwrap(),
        );
    }
    // An edit, a deletion, many at once, a project deleted with its records.
    let mut edited = people[1].clone();
    edited.note = "Ändrad, med \"citat\" och \\".into();
    r.save(edited.clone(), people[1].updated_at.into(), today())
        .await
        .unwrap();
    r.delete::<Participant>(Some(a.id), &[people[2].id])
        .await
        .unwrap();
    let data = common::Records {
        participants: (0..10)
            .map(|i| participant(&a, &format!("M-{i:03}")))
            .collect(),
        ..Default::default()
    }
    .data();
    let revision = r.snapshot(a.id).await.unwrap().revision;
    r.save_all(&data, &[(a.id, revision)]).await.unwrap();
    let store = r.store();
    for project in [Some(a.id), Some(b.id), None] {
        let mut beside = rows_beside_the_packs(&name, kind.name).await;
        if let Some(p) = project {
            let of_p: Vec<Id> = r
                .load::<Participant>(Some(p))
                .await
                .unwrap()
                .iter()
                .map(|x| x.id)
                .collect();
            beside.retain(|(id, _)| of_p.iter().any(|x| x.to_string() == *id));
        }
        assert_eq!(
            via_the_store(store, kind, project).await,
            beside,
            "{project:?}"
        );
    }
    let (_, rows) = store.project_rows(a.id, kind).await.unwrap();
    assert_eq!(rows.len(), 40 - 14 - 1 + 10);
    assert!(rows.iter().any(|row| row.json.contains("Ändrad")));
    r.delete_project(b.id).await.unwrap();
    assert!(via_the_store(store, kind, Some(b.id)).await.is_empty());
    assert_eq!(
        via_the_store(store, kind, None).await,
        rows_beside_the_packs(&name, kind.name).await
    );
    r.erase().await.unwrap();
    assert!(via_the_store(store, kind, None).await.is_empty());
    let again = r.save(project("Efter"), None, today()).await.unwrap();
    let one = r
        .save(participant(&again, "E-001"), None, today())
        .await
        .unwrap();
    assert_eq!(
        r.load::<Participant>(Some(again.id)).await.unwrap(),
        vec![one]
    );
}

/// A pack's text as it might be stored.
#[derive(Debug)]
enum PackValue<'a> {
    Text(&'a str),
    Bytes(&'a [u8]),
}

/// Puts `value` as the text of every pack of `name`, as a damaged or foreign database, or an
/// earlier version, might hold it: a string (as 0.5.0 kept packs) or bytes.
async fn spoil_the_packs(name: &str, value_of: &PackValue<'_>) {
    let db = open_as_it_is(name).await;
    let tx = db
        .transaction(&["packs"], TransactionMode::ReadWrite)
        .unwrap();
    let store = tx.object_store("packs").unwrap();
    for key in store.get_all_keys(None, None).unwrap().await.unwrap() {
        let value = js_sys::Object::new();
        js_sys::Reflect::set(&value, &"id".into(), &key).unwrap();
        let (field, text): (&str, JsValue) = match value_of {
            PackValue::Text(text) => ("text", (*text).into()),
            PackValue::Bytes(bytes) => ("bytes", js_sys::Uint8Array::from(*bytes).into()),
        };
        js_sys::Reflect::set(&value, &field.into(), &text).unwrap();
        store.put(&value, None).unwrap();
    }
    tx.commit().unwrap().await.unwrap();
    db.close();
}

/// Saves `n` participants of `project` (codes S-000…, each changed by `edit` first), and gives
/// them back in the order of their ids, as the store reads them.
async fn saved_in_id_order(
    r: &Repo<IdbStore, WebCrypto>,
    project: &Project,
    n: usize,
    edit: impl Fn(usize, &mut Participant),
) -> Vec<Participant> {
    let mut people = Vec::new();
    for i in 0..n {
        let mut p = participant(project, &format!("S-{i:03}"));
        edit(i, &mut p);
        people.push(r.save(p, None, today()).await.unwrap());
    }
    people.sort_by_key(|p| p.id.to_string());
    people
}

#[wasm_bindgen_test]
async fn packs_kept_as_strings_by_0_5_0_are_read_and_made_again_as_bytes() {
    let name = fresh("string-packs").await;
    let r = repo(&name).await;
    let a = r.save(project("Strängar"), None, today()).await.unwrap();
    let people = saved_in_id_order(&r, &a, 9, |i, p| {
        p.note = format!("Rad {i}\tmed tabb och \\");
    })
    .await;
    r.store().close();
    // As 0.5.0 left the database: each pack's text as a string, and `packed` without a format.
    let db = open_as_it_is(&name).await;
    let tx = db
        .transaction(&["packs", "meta"], TransactionMode::ReadWrite)
        .unwrap();
    let packs = tx.object_store("packs").unwrap();
    let mut strings = 0;
    for value in packs.get_all(None, None).unwrap().await.unwrap() {
        let bytes: js_sys::Uint8Array = js_sys::Reflect::get(&value, &"bytes".into())
            .unwrap()
            .dyn_into()
            .unwrap();
        let text = String::from_utf8(bytes.to_vec()).unwrap();
        stegvis::storage::pack::Pack::decode(&text).unwrap();
        let old = js_sys::Object::new();
        js_sys::Reflect::set(
            &old,
            &"id".into(),
            &js_sys::Reflect::get(&value, &"id".into()).unwrap(),
        )
        .unwrap();
        js_sys::Reflect::set(&old, &"text".into(), &text.into()).unwrap();
        packs.put(&old, None).unwrap();
        strings += 1;
    }
    let marker = js_sys::Object::new();
    js_sys::Reflect::set(&marker, &"id".into(), &"packed".into()).unwrap();
    tx.object_store("meta").unwrap().put(&marker, None).unwrap();
    tx.commit().unwrap().await.unwrap();
    db.close();
    assert!(strings > 0);

    let r = repo(&name).await;
    assert_eq!(r.load::<Participant>(Some(a.id)).await.unwrap(), people);
    r.store().close();
    let db = open_as_it_is(&name).await;
    let tx = db
        .transaction(&["packs", "meta"], TransactionMode::ReadOnly)
        .unwrap();
    for value in (tx.object_store("packs").unwrap())
        .get_all(None, None)
        .unwrap()
        .await
        .unwrap()
    {
        let bytes = js_sys::Reflect::get(&value, &"bytes".into()).unwrap();
        assert!(
            bytes.is_instance_of::<js_sys::Uint8Array>(),
            "made again as bytes"
        );
        assert!(js_sys::Reflect::get(&value, &"text".into())
            .unwrap()
            .is_undefined());
    }
    let marker = (tx.object_store("meta").unwrap())
        .get(idb::Query::Key("packed".into()))
        .unwrap()
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        js_sys::Reflect::get(&marker, &"format".into())
            .unwrap()
            .as_f64(),
        Some(2.0)
    );
    db.close();
}

#[wasm_bindgen_test]
async fn damaged_packs_are_made_again_from_the_rows_and_nothing_is_lost() {
    let name = fresh("spoiled-packs").await;
    let r = repo(&name).await;
    let a = r.save(project("Skadat"), None, today()).await.unwrap();
    let mut people = saved_in_id_order(&r, &a, 12, |_, _| {}).await;
    r.store().close();
    for spoiled in [
        PackValue::Text(""),
        PackValue::Text("["),
        PackValue::Text("{\"id\":1}"),
        PackValue::Text("[{\"json\":{}}]"),
        PackValue::Text("<script>alert(1)</script>"),
        PackValue::Text("stegvis-pack 1\nx\ty\n"),
        PackValue::Bytes(b""),
        PackValue::Bytes(b"stegvis-pack 1\nx\ty\n"),
        PackValue::Bytes(b"stegvis-pack 1\n\xff\xfe\t\t{}\t\n"),
        PackValue::Bytes(b"stegvis-pack 1\nb\t\t{}\t\na\t\t{}\t\n"),
    ] {
        let text = format!("{spoiled:?}");
        spoil_the_packs(&name, &spoiled).await;
        let r = repo(&name).await;
        let mut loaded = r.load::<Participant>(Some(a.id)).await.unwrap();
        loaded.sort_by_key(|p| p.id.to_string());
        assert_eq!(loaded, people, "after packs of {text:?}");
        r.store().close();
    }
    // A save meeting a damaged pack is made, and the next read has it and the rest.
    spoil_the_packs(&name, &PackValue::Bytes(b"[")).await;
    let r = repo(&name).await;
    // Straight to the store, so that nothing reads (and so mends) the packs first.
    let added = participant(&a, "S-100");
    let write = stegvis::storage::Write {
        puts: vec![(Participant::KIND, row_of(&Entry::of(&added)))],
        ..Default::default()
    };
    r.store().write(&write).await.unwrap();
    people.push(added);
    people.sort_by_key(|p| p.id.to_string());
    let mut loaded = r.load::<Participant>(Some(a.id)).await.unwrap();
    loaded.sort_by_key(|p| p.id.to_string());
    assert_eq!(loaded, people);
}
