//! Merging a colleague's backup: matched by id, the later edit wins, every conflict listed,
//! nothing deleted.

mod common;

use common::{participant, project, Records};
use proptest::prelude::*;
use stegvis::domain::*;
use stegvis::formats::backup::Counts;
use stegvis::formats::merge::{plan_merge, Winner};

fn shared(n: usize) -> Records {
    let p = project("Steget");
    let participants = (0..n)
        .map(|i| {
            let mut x = participant(&p, &format!("D-{i:03}"));
            x.updated_at = Timestamp(1_000);
            x
        })
        .collect();
    Records {
        projects: vec![p],
        participants,
        ..Records::default()
    }
}

/// `data` as it is after `plan` was written: written records replace by id, others stay.
fn apply(data: &Records, write: &stegvis::formats::backup::BackupData) -> Records {
    let mut out = data.clone();
    let write = Records::of(write);
    for w in &write.participants {
        out.participants.retain(|p| p.id != w.id);
        out.participants.push(w.clone());
    }
    for w in &write.projects {
        out.projects.retain(|p| p.id != w.id);
        out.projects.push(w.clone());
    }
    out
}

#[test]
fn the_later_edit_wins_and_each_conflict_says_which() {
    let base = shared(4);
    let here = {
        let mut d = base.clone();
        d.participants[0].note = "Mitt: ny praktikplats".into();
        d.participants[0].updated_at = Timestamp(3_000);
        d.participants[1].note = "Mitt: äldre".into();
        d.participants[1].updated_at = Timestamp(2_000);
        d
    };
    let theirs = {
        let mut d = base.clone();
        d.participants[0].note = "Deras: äldre".into();
        d.participants[0].updated_at = Timestamp(2_500);
        d.participants[1].note = "Deras: nyare".into();
        d.participants[1].updated_at = Timestamp(2_600);
        d.participants.push(participant(&d.projects[0], "D-NY"));
        d
    };
    let merge = plan_merge(&theirs.backup(), &here.data(), common::today());
    assert_eq!(
        merge.plan.counts("participants"),
        Counts {
            added: 1,
            changed: 1,
            unchanged: 3,
            kept: 0
        }
    );
    let written = Records::of(&merge.plan.write).participants;
    let written: Vec<&str> = written.iter().map(|p| p.note.as_str()).collect();
    assert_eq!(
        written,
        ["Deras: nyare", ""],
        "their newer edit and their new participant"
    );
    let conflicts: Vec<(&str, Winner)> = merge
        .conflicts
        .iter()
        .map(|c| (c.label.as_str(), c.winner))
        .collect();
    assert_eq!(
        conflicts,
        [("D-000", Winner::Here), ("D-001", Winner::Theirs)]
    );
    assert!(merge.conflicts.iter().all(|c| c.kind == "participants"));
    assert_eq!(merge.conflicts[0].here, Some(Timestamp(3_000)));
    assert_eq!(merge.conflicts[0].theirs, Some(Timestamp(2_500)));
}

#[test]
fn records_only_here_are_kept_and_never_deleted() {
    let here = shared(3);
    let mut theirs = here.clone();
    let gone = theirs.participants.remove(2);
    let merge = plan_merge(&theirs.backup(), &here.data(), common::today());
    assert_eq!(merge.plan.counts("participants").kept, 1);
    assert!(merge.conflicts.is_empty());
    let after = apply(&here, &merge.plan.write);
    assert!(after.participants.iter().any(|p| p.id == gone.id));
}

proptest! {
    /// Whatever the two sides did, after merging every record of either side is there, with
    /// the later of the two edits; merging the same file again changes nothing.
    #[test]
    fn nothing_is_lost_and_merging_twice_changes_nothing(
        edits in proptest::collection::vec((0i64..5, 0i64..5, any::<bool>()), 1..12),
        extra_here in 0usize..3,
        extra_theirs in 0usize..3,
    ) {
        let base = shared(edits.len());
        let (mut here, mut theirs) = (base.clone(), base.clone());
        for (i, (h, t, note)) in edits.iter().enumerate() {
            here.participants[i].updated_at = Timestamp(1_000 + h);
            theirs.participants[i].updated_at = Timestamp(1_000 + t);
            if *note {
                theirs.participants[i].note = format!("ändrad {t}");
            }
        }
        for i in 0..extra_here {
            here.participants.push(participant(&base.projects[0], &format!("H-{i}")));
        }
        for i in 0..extra_theirs {
            theirs.participants.push(participant(&base.projects[0], &format!("T-{i}")));
        }
        let merged = apply(&here, &plan_merge(&theirs.backup(), &here.data(), common::today()).plan.write);
        for side in [&here, &theirs] {
            for p in &side.participants {
                let m = merged.participants.iter().find(|m| m.id == p.id);
                prop_assert!(m.is_some(), "{} lost", p.code);
                prop_assert!(m.unwrap().updated_at >= p.updated_at);
            }
        }
        let again = plan_merge(&theirs.backup(), &merged.data(), common::today());
        prop_assert_eq!(again.plan.write.count("participants"), 0);
    }
}

#[test]
fn the_merge_texts_are_complete_in_english() {
    use stegvis::i18n::merge::{EN_MERGE, SV_MERGE};
    let (sv, en) = (&SV_MERGE, &EN_MERGE);
    let pairs = [
        (sv.title, en.title),
        (sv.intro, en.intro),
        (sv.choose_file, en.choose_file),
        (sv.plan_title, en.plan_title),
        (sv.conflicts_title, en.conflicts_title),
        (sv.conflicts_intro, en.conflicts_intro),
        (sv.no_conflicts, en.no_conflicts),
        (sv.column_what, en.column_what),
        (sv.column_here, en.column_here),
        (sv.column_theirs, en.column_theirs),
        (sv.column_kept, en.column_kept),
        (sv.merge, en.merge),
        (sv.merging, en.merging),
        (sv.merged, en.merged),
    ];
    for (s, e) in pairs {
        assert!(!e.trim().is_empty());
        assert_ne!(s, e);
    }
    for w in [Winner::Here, Winner::Theirs] {
        assert_ne!(sv.winner(w), en.winner(w));
    }
    assert_eq!(en.what("participants", "D-001"), "Participant D-001");
    assert_eq!(sv.what("participants", "D-001"), "Deltagare D-001");
}
