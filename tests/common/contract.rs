//! The contract of the write path, against any store and cipher: natively over a shared
//! `MemoryStore` with the toy cipher (`tests/repo.rs`), in the browser over IndexedDB with
//! WebCrypto (`tests/idb_storage.rs`). `a` and `b` are two tabs: two repositories over one
//! store.

use super::{participant, project, today};
use stegvis::domain::check::RecordProblem;
use stegvis::domain::*;
use stegvis::formats::backup::BackupData;
use stegvis::repo::{Repo, SaveError};
use stegvis::storage::lock::Cipher;
use stegvis::storage::{Revision, StorageError, Store};
use stegvis::survey::default_form::default_form;
use stegvis::survey::Form;

fn stale<T: std::fmt::Debug>(r: Result<T, SaveError>) -> bool {
    matches!(r, Err(SaveError::Storage(StorageError::Stale)))
}

/// One coach saving section after section never meets the conflict message; an edit begun
/// before another tab saved the same record is refused and changes nothing.
pub async fn stale_edits<S: Store, C: Cipher>(a: &Repo<S, C>, b: &Repo<S, C>) {
    let p = a.save(project("Steget"), None, today()).await.unwrap();
    let mut d = participant(&p, "D-001");
    d.updated_at = Timestamp(1_000);
    let v1 = a.save(d, None, today()).await.unwrap();

    // One tab: the phase, then the details from the version the form was opened with.
    let mut phased = v1.clone();
    phased.phases.push(PhaseEntry {
        phase: Phase::Introduction,
        from: v1.start.unwrap(),
    });
    let v2 = a.save(phased, Some(v1.updated_at), today()).await.unwrap();
    let mut noted = v2.clone();
    noted.note = "Anteckning".into();
    let v3 = a.save(noted, Some(v1.updated_at), today()).await.unwrap();
    assert_eq!(v3.phases.len(), 2, "the phase change stands");
    assert!(v1.updated_at < v2.updated_at && v2.updated_at < v3.updated_at);
    // Discharge, undo, note again: still from the first version.
    let mut out = v3.clone();
    out.discharge = Some(Discharge {
        end: today(),
        outcome: Some(p.outcomes[0].id),
    });
    let v4 = a.save(out, Some(v1.updated_at), today()).await.unwrap();
    let mut undone = v4.clone();
    undone.discharge = None;
    let v5 = a.save(undone, Some(v2.updated_at), today()).await.unwrap();
    assert_eq!(a.get::<Participant>(v5.id).await.unwrap(), Some(v5.clone()));

    // Two tabs: B saves; A's edit from before is refused.
    let mut theirs = b.get::<Participant>(v5.id).await.unwrap().unwrap();
    theirs.note = "Andra fliken".into();
    let theirs = b
        .save(theirs.clone(), Some(theirs.updated_at), today())
        .await
        .unwrap();
    let mut mine = v5.clone();
    mine.note = "Den här fliken".into();
    assert!(stale(
        a.save(mine.clone(), Some(v5.updated_at), today()).await
    ));
    assert!(
        stale(a.save(mine.clone(), Some(v1.updated_at), today()).await),
        "own lineage does not cover theirs"
    );
    assert_eq!(
        a.get::<Participant>(v5.id).await.unwrap(),
        Some(theirs.clone())
    );
    // From the version B saved, it goes through.
    a.save(mine, Some(theirs.updated_at), today())
        .await
        .unwrap();
    // A record made elsewhere first, or deleted elsewhere, is not overwritten.
    assert!(stale(a.save(theirs.clone(), None, today()).await));
    b.delete::<Participant>(Some(p.id), &[theirs.id])
        .await
        .unwrap();
    assert!(stale(
        a.save(theirs.clone(), Some(theirs.updated_at), today())
            .await
    ));

    // Projects and forms follow the same rule.
    let mut renamed = p.clone();
    renamed.name = "Steget 2".into();
    let renamed = b.save(renamed, Some(p.updated_at), today()).await.unwrap();
    let mut other = p.clone();
    other.name = "Steget 3".into();
    assert!(stale(a.save(other, Some(p.updated_at), today()).await));
    assert_eq!(a.load::<Project>(None).await.unwrap(), vec![renamed]);
    let form = a
        .save(default_form(p.id, Timestamp(5_000)), None, today())
        .await
        .unwrap();
    let mut retired = form.clone();
    retired.retired = true;
    b.save(retired, Some(form.updated_at), today())
        .await
        .unwrap();
    let mut edited = form.clone();
    edited.name = "Ändrad här".into();
    assert!(stale(a.save(edited, Some(form.updated_at), today()).await));
    assert!(a.load::<Form>(Some(p.id)).await.unwrap()[0].retired);
}

/// What must hold across records holds inside the transaction: a record never outlives its
/// project, a code is never taken twice, an import planned on an old revision writes nothing,
/// and a deleted project is not brought back by one.
pub async fn invariants<S: Store, C: Cipher>(a: &Repo<S, C>, b: &Repo<S, C>) {
    let p = a.save(project("Raderas"), None, today()).await.unwrap();
    let keep = a.save(project("Finns kvar"), None, today()).await.unwrap();
    b.delete_project(p.id).await.unwrap();
    let orphan = participant(&p, "D-001");
    let gone = a.save(orphan.clone(), None, today()).await;
    assert!(
        matches!(gone, Err(SaveError::Refused(ref why)) if why.contains(&RecordProblem::NoProject)),
        "{gone:?}"
    );
    assert!(matches!(
        a.save(default_form(p.id, Timestamp(1)), None, today())
            .await,
        Err(SaveError::Refused(_))
    ));
    let batch = BackupData::new().with(std::slice::from_ref(&orphan));
    assert_eq!(
        a.save_all(&batch, &[]).await,
        Err(StorageError::ProjectGone)
    );
    assert_eq!(a.load::<Participant>(None).await.unwrap(), vec![]);

    // The same code in two tabs: the second is refused, though neither tab saw the other's.
    b.snapshot(keep.id).await.unwrap();
    a.save(participant(&keep, "D-001"), None, today())
        .await
        .unwrap();
    let twice = b.save(participant(&keep, "d-001 "), None, today()).await;
    assert_eq!(
        twice,
        Err(SaveError::Refused(vec![RecordProblem::DuplicateCode]))
    );

    // Two imports planned on the same revision: the second writes nothing.
    let planned = a.snapshot(keep.id).await.unwrap();
    assert_eq!(
        planned.revision,
        b.snapshot(keep.id).await.unwrap().revision
    );
    assert_ne!(planned.revision, Revision::default());
    let mut theirs = keep.clone();
    theirs.referral_sources.push(Label {
        id: Id::random(),
        name: "Källa B".into(),
        retired: false,
    });
    let their_people = vec![participant(&theirs, "I-001")];
    let data = BackupData::new()
        .with(std::slice::from_ref(&theirs))
        .with(&their_people);
    b.save_all(&data, &[(keep.id, planned.revision)])
        .await
        .unwrap();
    let mut mine = keep.clone();
    mine.referral_sources.push(Label {
        id: Id::random(),
        name: "Källa A".into(),
        retired: false,
    });
    let data = BackupData::new()
        .with(std::slice::from_ref(&mine))
        .with(&[participant(&mine, "I-001")]);
    assert_eq!(
        a.save_all(&data, &[(keep.id, planned.revision)]).await,
        Err(StorageError::Stale)
    );
    let now = a.snapshot(keep.id).await.unwrap();
    assert_eq!(
        now.project,
        Some(theirs.clone()),
        "the other tab's import stands whole"
    );
    assert_eq!(now.participants.len(), 2, "D-001 and I-001, each once");
    assert!(now.revision > planned.revision);

    // A project deleted after the preview is not brought back by the import.
    let old = a.snapshot(keep.id).await.unwrap();
    b.delete_project(keep.id).await.unwrap();
    let data = BackupData::new()
        .with(std::slice::from_ref(&theirs))
        .with(&[participant(&theirs, "I-009")]);
    assert_eq!(
        a.save_all(&data, &[(keep.id, old.revision)]).await,
        Err(StorageError::ProjectGone)
    );
    assert_eq!(a.load::<Project>(None).await.unwrap(), vec![]);
}

/// The rules of [`Store::write`] itself, against any store: checks come first and a failed one
/// writes nothing; a record of a project needs its project; every write to a project's records
/// moves its revision on; a project goes with its records; the lock must be the expected one.
pub async fn store_rules<S: Store>(store: &S) {
    use stegvis::records::{Entry, Record};
    use stegvis::repo::rows::row_of;
    use stegvis::storage::{Check, Delete, Lock, Row, Write};
    let projects = <Project as Record>::KIND;
    let people = <Participant as Record>::KIND;
    let p = project("Rader");
    let d = participant(&p, "D-001");
    let put = |kind, row: Row| Write {
        puts: vec![(kind, row)],
        ..Write::default()
    };
    // A record of a project that is not stored.
    assert_eq!(
        store.write(&put(people, row_of(&Entry::of(&d)))).await,
        Err(StorageError::ProjectGone)
    );
    // With its project in the same write it goes in, and the revision is 1.
    let both = Write {
        puts: vec![
            (projects, row_of(&Entry::of(&p))),
            (people, row_of(&Entry::of(&d))),
        ],
        ..Write::default()
    };
    store.write(&both).await.unwrap();
    let (row, rows) = store.project_rows(p.id, people).await.unwrap();
    assert_eq!(Revision::of(row.as_ref()), Revision(1));
    assert_eq!(rows.len(), 1);
    // A failed check writes nothing; a passing one writes and moves the revision on.
    let mut d2 = d.clone();
    d2.note = "ny".into();
    let guarded = |revision| Write {
        checks: vec![Check::Revision {
            project: p.id,
            revision,
        }],
        puts: vec![(people, row_of(&Entry::of(&d2)))],
        ..Write::default()
    };
    assert_eq!(
        store.write(&guarded(Revision(7))).await,
        Err(StorageError::Stale)
    );
    assert_eq!(
        store.row(people, d.id).await.unwrap(),
        Some(row_of(&Entry::of(&d)))
    );
    store.write(&guarded(Revision(1))).await.unwrap();
    let (row, _) = store.project_rows(p.id, people).await.unwrap();
    assert_eq!(Revision::of(row.as_ref()), Revision(2));
    // A row check sees through the revision: the project's body is what was read.
    let check = Write {
        checks: vec![Check::Row {
            kind: projects,
            id: p.id,
            row: Some(row_of(&Entry::of(&p))),
        }],
        ..Write::default()
    };
    store.write(&check).await.unwrap();
    // A deleted record moves its project's revision on too.
    let delete = Write {
        deletes: vec![Delete::Rows {
            kind: people,
            project: Some(p.id),
            ids: vec![d.id],
        }],
        ..Write::default()
    };
    store.write(&delete).await.unwrap();
    let (row, rows) = store.project_rows(p.id, people).await.unwrap();
    assert_eq!((Revision::of(row.as_ref()), rows.len()), (Revision(3), 0));
    // The wrong lock writes nothing.
    let lock = Lock {
        salt: vec![1; 16],
        iterations: 100_000,
        check: vec![2; 28],
    };
    let locked = Write {
        lock: Some(lock.clone()),
        ..put(people, row_of(&Entry::of(&d)))
    };
    assert_eq!(store.write(&locked).await, Err(StorageError::Locked));
    let set = Write {
        new_lock: Some(Some(lock.clone())),
        ..Write::default()
    };
    store.write(&set).await.unwrap();
    assert_eq!(store.lock().await.unwrap(), Some(lock.clone()));
    assert_eq!(
        store.write(&put(people, row_of(&Entry::of(&d)))).await,
        Err(StorageError::Locked)
    );
    let unset = Write {
        lock: Some(lock),
        new_lock: Some(None),
        ..Write::default()
    };
    store.write(&unset).await.unwrap();
    // A project goes with its records, and nothing else does.
    let other = project("Annan");
    let e = participant(&other, "E-001");
    let more = Write {
        puts: vec![
            (people, row_of(&Entry::of(&d))),
            (projects, row_of(&Entry::of(&other))),
            (people, row_of(&Entry::of(&e))),
        ],
        ..Write::default()
    };
    store.write(&more).await.unwrap();
    store
        .write(&Write {
            deletes: vec![Delete::Project(p.id)],
            ..Write::default()
        })
        .await
        .unwrap();
    assert_eq!(
        store.rows(people, None).await.unwrap(),
        vec![row_of(&Entry::of(&e))]
    );
    assert_eq!(store.rows(projects, None).await.unwrap().len(), 1);
}
