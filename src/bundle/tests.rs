//! Bundles: round trips, checksums, previews, and the merge's promises over random histories
//! of three offices (proptest): they converge, a second import changes nothing, a deletion
//! travels, and edit-versus-delete is a conflict.

use super::*;
use crate::domain::{Id, TaskStatus, Timestamp};
use crate::workspace::{Kind, Workspace};
use proptest::prelude::*;

fn device(n: u128) -> DeviceId {
    DeviceId(Id::from_random(1_000 + n))
}

fn sonv() -> Id {
    Id::parse("co-quan-so-noi-vu").unwrap()
}

/// Carries a bundle the way offices do: written to JSON and read back.
fn send(from: &Workspace, now: i64) -> Bundle {
    let bundle = Bundle::export(from, Scope::Workspace, Timestamp(now), "test");
    serde_json::from_str(&bundle.to_json()).expect("a bundle reads back")
}

#[test]
fn a_bundle_round_trips_and_its_checksum_covers_the_records() {
    let mut ws = Workspace::new(device(1));
    ws.set_office("Sở Nội vụ tỉnh Vĩnh Phúc", "Vĩnh Phúc")
        .unwrap();
    let plan = ws
        .add_plan(Id::from_random(1), "Kế hoạch CCHC 2026", Timestamp(1))
        .unwrap();
    ws.add_task(
        Id::from_random(2),
        &plan,
        "Rà soát thủ tục",
        Some(&sonv()),
        Timestamp(2),
    )
    .unwrap();
    let bundle = send(&ws, 3);
    assert_eq!(bundle.format, FORMAT);
    assert_eq!(bundle.counts.tasks, 1);
    assert_eq!(bundle.checksum, checksum(&bundle.records));
    assert!(bundle.checksum.starts_with("sha256:") && bundle.checksum.len() == 71);
    let mut changed = bundle.clone();
    changed.records.tasks[0] = {
        let mut other = Workspace::new(device(2));
        let p = other.add_plan(plan.clone(), "x", Timestamp(1)).unwrap();
        other
            .add_task(
                Id::from_random(2),
                &p,
                "Rà soát thủ tục!",
                Some(&sonv()),
                Timestamp(2),
            )
            .unwrap();
        other.records().tasks[0].clone()
    };
    assert_ne!(
        checksum(&changed.records),
        bundle.checksum,
        "one changed letter shows"
    );
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    assert_eq!(
        bundle.file_name(day),
        "sotay-so-noi-vu-tinh-vinh-phuc-toan-bo-2026-11-26.json"
    );
}

#[test]
fn a_plan_travels_with_what_it_refers_to_and_nothing_else() {
    let mut ws = Workspace::new(device(1));
    let plan = ws
        .add_plan(Id::from_random(1), "Kế hoạch A", Timestamp(1))
        .unwrap();
    let other = ws
        .add_plan(Id::from_random(2), "Kế hoạch B", Timestamp(1))
        .unwrap();
    ws.add_group(Id::from_random(3), &plan, "Nội dung I", Timestamp(2))
        .unwrap();
    let task = ws
        .add_task(
            Id::from_random(4),
            &plan,
            "Việc 1",
            Some(&sonv()),
            Timestamp(3),
        )
        .unwrap();
    ws.add_task(
        Id::from_random(5),
        &other,
        "Việc của B",
        Some(&sonv()),
        Timestamp(3),
    )
    .unwrap();
    ws.delete(Kind::Task, &task, Timestamp(4)).unwrap();
    let scope = Scope::Plan {
        id: plan.clone(),
        title: "Kế hoạch A".into(),
    };
    let bundle = Bundle::export(&ws, scope, Timestamp(5), "test");
    assert_eq!(bundle.records.plans.len(), 1);
    assert_eq!(bundle.records.groups.len(), 1);
    assert_eq!(
        bundle.records.tasks.len(),
        1,
        "the deleted task travels, B's does not"
    );
    assert!(bundle.records.tasks[0].is_deleted());
    assert_eq!(
        bundle.records.agencies.len(),
        1,
        "only the agency its tasks name"
    );
}

#[test]
fn the_preview_names_updates_deletions_and_conflicts_with_their_fields() {
    let mut a = Workspace::new(device(1));
    let plan = a
        .add_plan(Id::from_random(1), "Kế hoạch", Timestamp(1))
        .unwrap();
    let t1 = a
        .add_task(
            Id::from_random(2),
            &plan,
            "Việc 1",
            Some(&sonv()),
            Timestamp(2),
        )
        .unwrap();
    let t2 = a
        .add_task(
            Id::from_random(3),
            &plan,
            "Việc 2",
            Some(&sonv()),
            Timestamp(2),
        )
        .unwrap();
    let mut b = Workspace::new(device(2));
    b.merge_records(&send(&a, 3).records);
    // A finishes task 1 and deletes task 2; B edits task 2 meanwhile.
    a.set_task_status(
        &t1,
        TaskStatus::Done {
            on: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        },
        Timestamp(10),
    )
    .unwrap();
    a.delete(Kind::Task, &t2, Timestamp(11)).unwrap();
    b.set_task_title(&t2, "Việc 2 (B sửa)", Timestamp(12))
        .unwrap();
    let preview = send(&a, 13).preview(&b);
    let of = |id: &Id| preview.changes.iter().find(|c| &c.id == id).unwrap();
    assert_eq!(of(&t1).change, Change::Updated);
    assert_eq!(of(&t1).fields[0].field, "status");
    assert_eq!(of(&t2).change, Change::Conflict, "edit versus delete");
    assert!(of(&t2).fields.iter().any(|f| f.field == "deleted"));
    assert_eq!(of(&plan).change, Change::Unchanged);
    assert_eq!(preview.count(Kind::Task, Change::Conflict), 1);
    // The default keeps B's edit (later, and an edit), and A's completion arrives.
    b.merge_records(&send(&a, 14).records);
    assert!(!b.tasks().get_any(&t2).unwrap().is_deleted());
    assert!(b.tasks().get(&t1).unwrap().body().status.is_done());
}

/// One step of a random history.
#[derive(Clone, Debug)]
enum Step {
    AddPlan { at: usize, n: u8 },
    RenamePlan { at: usize, pick: usize, n: u8 },
    DeletePlan { at: usize, pick: usize },
    RestorePlan { at: usize, pick: usize },
    AddTask { at: usize, pick: usize, n: u8 },
    EditTask { at: usize, pick: usize, n: u8 },
    DeleteTask { at: usize, pick: usize },
    Send { from: usize, to: usize },
}

fn step() -> impl Strategy<Value = Step> {
    let at = 0..3usize;
    prop_oneof![
        (at.clone(), any::<u8>()).prop_map(|(at, n)| Step::AddPlan { at, n }),
        (at.clone(), any::<usize>(), any::<u8>()).prop_map(|(at, pick, n)| Step::RenamePlan {
            at,
            pick,
            n
        }),
        (at.clone(), any::<usize>()).prop_map(|(at, pick)| Step::DeletePlan { at, pick }),
        (at.clone(), any::<usize>()).prop_map(|(at, pick)| Step::RestorePlan { at, pick }),
        (at.clone(), any::<usize>(), any::<u8>()).prop_map(|(at, pick, n)| Step::AddTask {
            at,
            pick,
            n
        }),
        (at.clone(), any::<usize>(), any::<u8>()).prop_map(|(at, pick, n)| Step::EditTask {
            at,
            pick,
            n
        }),
        (at.clone(), any::<usize>()).prop_map(|(at, pick)| Step::DeleteTask { at, pick }),
        (at.clone(), 0..3usize).prop_map(|(from, to)| Step::Send { from, to }),
    ]
}

fn nth<T>(list: Vec<T>, pick: usize) -> Option<T> {
    let len = list.len();
    (len > 0)
        .then(|| list.into_iter().nth(pick % len))
        .flatten()
}

/// Runs a history; commands that a device refuses (a deleted plan, say) are simply skipped.
fn run(steps: &[Step]) -> Vec<Workspace> {
    let mut offices: Vec<Workspace> = (0..3).map(|d| Workspace::new(device(d))).collect();
    for (time, step) in (10..).zip(steps) {
        let now = Timestamp(time);
        let fresh = Id::from_random(time as u128 * 7 + 1);
        let plans = |ws: &Workspace| ws.plans().all().map(|p| p.id().clone()).collect::<Vec<_>>();
        let tasks = |ws: &Workspace| ws.tasks().all().map(|t| t.id().clone()).collect::<Vec<_>>();
        match step.clone() {
            Step::AddPlan { at, n } => {
                let _ = offices[at].add_plan(fresh, &format!("Kế hoạch {n}"), now);
            }
            Step::RenamePlan { at, pick, n } => {
                if let Some(p) = nth(plans(&offices[at]), pick) {
                    let _ = offices[at].rename_plan(&p, &format!("Kế hoạch {n}"), now);
                }
            }
            Step::DeletePlan { at, pick } => {
                if let Some(p) = nth(plans(&offices[at]), pick) {
                    let _ = offices[at].delete(Kind::Plan, &p, now);
                }
            }
            Step::RestorePlan { at, pick } => {
                if let Some(p) = nth(plans(&offices[at]), pick) {
                    let _ = offices[at].restore(Kind::Plan, &p, now);
                }
            }
            Step::AddTask { at, pick, n } => {
                if let Some(p) = nth(plans(&offices[at]), pick) {
                    let _ =
                        offices[at].add_task(fresh, &p, &format!("Việc {n}"), Some(&sonv()), now);
                }
            }
            Step::EditTask { at, pick, n } => {
                if let Some(t) = nth(tasks(&offices[at]), pick) {
                    let _ = offices[at].set_task_title(&t, &format!("Việc {n}"), now);
                }
            }
            Step::DeleteTask { at, pick } => {
                if let Some(t) = nth(tasks(&offices[at]), pick) {
                    let _ = offices[at].delete(Kind::Task, &t, now);
                }
            }
            Step::Send { from, to } => {
                let bundle = send(&offices[from], time);
                offices[to].merge_records(&bundle.records);
            }
        }
    }
    offices
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn offices_that_exchange_everything_converge_whatever_the_order(
        steps in prop::collection::vec(step(), 0..40),
        order in Just([0usize, 1, 2]).prop_shuffle(),
    ) {
        let mut offices = run(&steps);
        // Everyone sends to everyone, in a random order, twice round.
        for _ in 0..2 {
            for &from in &order {
                for to in 0..3 {
                    let bundle = send(&offices[from], 1_000);
                    offices[to].merge_records(&bundle.records);
                }
            }
        }
        prop_assert_eq!(offices[0].records(), offices[1].records());
        prop_assert_eq!(offices[1].records(), offices[2].records());
    }

    #[test]
    fn importing_the_same_bundle_twice_changes_nothing_the_second_time(
        steps in prop::collection::vec(step(), 0..40),
    ) {
        let mut offices = run(&steps);
        let bundle = send(&offices[0], 1_000);
        offices[1].merge_records(&bundle.records);
        let after_once = offices[1].records();
        prop_assert_eq!(offices[1].merge_records(&bundle.records), 0);
        prop_assert_eq!(offices[1].records(), after_once);
        prop_assert!(bundle.preview(&offices[1]).is_empty());
    }

    #[test]
    fn export_then_import_into_an_empty_workspace_gives_the_same_records(
        steps in prop::collection::vec(step(), 0..40),
    ) {
        let offices = run(&steps);
        let mut empty = Workspace::new(device(9));
        empty.merge_records(&send(&offices[2], 1_000).records);
        prop_assert_eq!(empty.records(), offices[2].records());
        // Edits, deletions and merges of every kind: still the form the format defines.
        let records = offices[2].records();
        let canonical = super::canonical::canonical(&records).unwrap();
        prop_assert_eq!(String::from_utf8(canonical).unwrap(), serde_json::to_value(&records).unwrap().to_string());
    }

    #[test]
    fn edit_versus_delete_is_a_conflict_and_the_edit_is_kept(
        steps in prop::collection::vec(step(), 0..30),
    ) {
        let mut offices = run(&steps);
        let plan = offices[0].add_plan(Id::from_random(88), "Kế hoạch chung", Timestamp(2_000)).unwrap();
        let task = offices[0].add_task(Id::from_random(89), &plan, "Việc chung", Some(&sonv()), Timestamp(2_001)).unwrap();
        let shared = send(&offices[0], 2_002);
        offices[1].merge_records(&shared.records);
        offices[0].delete(Kind::Task, &task, Timestamp(2_003)).unwrap();
        offices[1].set_task_title(&task, "Việc chung (đã sửa)", Timestamp(2_004)).unwrap();
        let bundle = send(&offices[0], 2_005);
        let preview = bundle.preview(&offices[1]);
        let change = preview.changes.iter().find(|c| c.id == task).map(|c| c.change);
        prop_assert_eq!(change, Some(Change::Conflict));
        offices[1].merge_records(&bundle.records);
        prop_assert!(offices[1].tasks().get(&task).is_some(), "nothing is lost by default");
    }

    #[test]
    fn a_deletion_travels(steps in prop::collection::vec(step(), 0..30)) {
        let mut offices = run(&steps);
        let plan = offices[0].add_plan(Id::from_random(77), "Sẽ bị xóa", Timestamp(2_000)).unwrap();
        let first = send(&offices[0], 2_001);
        offices[1].merge_records(&first.records);
        offices[0].delete(Kind::Plan, &plan, Timestamp(2_002)).unwrap();
        let bundle = send(&offices[0], 2_003);
        let preview = bundle.preview(&offices[1]);
        prop_assert_eq!(preview.count(Kind::Plan, Change::Deleted), 1);
        offices[1].merge_records(&bundle.records);
        prop_assert!(offices[1].plans().get(&plan).is_none());
    }
}

/// Two offices share a plan with one task, then each changes it apart.
fn conflict() -> (Workspace, Workspace, Id) {
    let mut a = Workspace::new(device(1));
    let plan = a
        .add_plan(Id::from_random(1), "Kế hoạch", Timestamp(1))
        .unwrap();
    let task = a
        .add_task(
            Id::from_random(2),
            &plan,
            "Việc",
            Some(&sonv()),
            Timestamp(2),
        )
        .unwrap();
    let mut b = Workspace::new(device(2));
    b.merge_records(&send(&a, 3).records);
    a.set_task_title(&task, "Việc (A sửa tên)", Timestamp(10))
        .unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    b.set_task_status(&task, TaskStatus::Done { on: day }, Timestamp(11))
        .unwrap();
    (a, b, task)
}

#[test]
fn an_import_is_undone_exactly_and_listed_in_the_history() {
    let (a, mut b, _) = conflict();
    let before = b.records();
    let bundle = send(&a, 20);
    let (snapshot, entry) = bundle.apply(&mut b, &Choices::default(), Timestamp(21));
    assert_ne!(b.records(), before);
    assert_eq!((entry.new, entry.updated, entry.conflicts), (0, 0, 1));
    assert_eq!(entry.from.device, *a.device());
    b.undo_import(&snapshot);
    assert_eq!(b.records(), before);
    // Applying again after the undo gives the same result as the first time.
    let (_, again) = bundle.apply(&mut b, &Choices::default(), Timestamp(22));
    assert_eq!(again.conflicts, 1);
}

#[test]
fn the_user_can_keep_ours_theirs_or_a_field_of_each() {
    let (a, b, task) = conflict();
    let bundle = send(&a, 20);
    let pick = |choices: Choices| {
        let mut b = b.clone();
        bundle.apply(&mut b, &choices, Timestamp(21));
        let t = b.tasks().get(&task).unwrap().clone();
        // The choice is an edit that follows both copies: importing again changes nothing.
        assert!(bundle.preview(&b).is_empty());
        t
    };
    let mut ours = Choices::default();
    ours.records.insert((Kind::Task, task.clone()), Side::Ours);
    let t = pick(ours);
    assert_eq!(
        (t.body().title.as_str(), t.body().status.is_done()),
        ("Việc", true)
    );

    let mut theirs = Choices::default();
    theirs
        .records
        .insert((Kind::Task, task.clone()), Side::Theirs);
    let t = pick(theirs);
    assert_eq!(
        (t.body().title.as_str(), t.body().status.is_done()),
        ("Việc (A sửa tên)", false)
    );

    let mut both = Choices::default();
    both.fields
        .insert((Kind::Task, task.clone(), "title".into()), Side::Theirs);
    both.fields
        .insert((Kind::Task, task.clone(), "status".into()), Side::Ours);
    let t = pick(both);
    assert_eq!(
        (t.body().title.as_str(), t.body().status.is_done()),
        ("Việc (A sửa tên)", true)
    );
}

#[test]
fn an_agency_typed_apart_in_two_offices_becomes_one_in_both() {
    let mut a = Workspace::new(device(1));
    let mut b = Workspace::new(device(2));
    let va = a
        .add_agency(Id::from_random(500), "Sở Văn hóa", Timestamp(1))
        .unwrap();
    let vb = b
        .add_agency(Id::from_random(600), "  sở văn HÓA ", Timestamp(1))
        .unwrap();
    let pa = a
        .add_plan(Id::from_random(501), "Kế hoạch A", Timestamp(2))
        .unwrap();
    let pb = b
        .add_plan(Id::from_random(601), "Kế hoạch B", Timestamp(2))
        .unwrap();
    let ta = a
        .add_task(Id::from_random(502), &pa, "Việc A", Some(&va), Timestamp(3))
        .unwrap();
    let tb = b
        .add_task(Id::from_random(602), &pb, "Việc B", Some(&vb), Timestamp(3))
        .unwrap();

    let to_b = send(&a, 4);
    let proposed = to_b.same_agencies(&b);
    assert_eq!(
        proposed.len(),
        1,
        "proposed for merging, not silently duplicated"
    );
    let kept = proposed[0].kept.clone();
    to_b.apply(&mut b, &Choices::default(), Timestamp(5));
    send(&b, 6).apply(&mut a, &Choices::default(), Timestamp(7));
    send(&a, 8).apply(&mut b, &Choices::default(), Timestamp(9));
    for ws in [&a, &b] {
        let live: Vec<_> = ws
            .agencies()
            .live()
            .filter(|x| crate::search::fold(&x.body().name) == "so van hoa")
            .collect();
        assert_eq!(live.len(), 1);
        assert_eq!(live[0].id(), &kept);
        assert_eq!(ws.tasks().get(&ta).unwrap().body().lead, kept);
        assert_eq!(ws.tasks().get(&tb).unwrap().body().lead, kept);
    }
    assert_eq!(
        a.records(),
        b.records(),
        "both offices hold the same records"
    );

    // Kept apart when the user says so.
    let mut c = Workspace::new(device(3));
    c.add_agency(Id::from_random(700), "Sở Văn Hóa", Timestamp(1))
        .unwrap();
    let apart = Choices {
        keep_agencies_apart: true,
        ..Choices::default()
    };
    send(&a, 10).apply(&mut c, &apart, Timestamp(11));
    assert_eq!(c.same_agencies().len(), 1);
}

#[test]
fn the_canonical_form_is_what_a_json_value_of_the_records_writes() {
    use crate::workspace::sample::{workspace, Scale};
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let ws = workspace(5, Scale::of(500), day);
    let records = ws.records();
    let through_value = serde_json::to_value(&records).unwrap().to_string();
    let canonical = super::canonical::canonical(&records).unwrap();
    assert_eq!(String::from_utf8(canonical).unwrap(), through_value);
}
