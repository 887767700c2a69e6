//! Bundles: round trips, checksums, previews that say what applying does, choices and undo.
//! The import's distrust of what a file claims is in `trust.rs` (versions, clocks, counters,
//! agencies, earlier schemas), the merge's promises over random histories in `histories.rs`.

mod histories;
mod trust;

use super::*;
use crate::domain::{Id, TaskStatus, Timestamp};
use crate::workspace::{Kind, Workspace};
use proptest::prelude::*;

pub(super) use crate::fixtures::{exchange_device, sonv};

pub(super) fn day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

/// Carries a bundle the way offices do: written to JSON and read back.
pub(super) fn send(from: &Workspace, now: i64) -> Bundle {
    let bundle = Bundle::export(from, Scope::Workspace, Timestamp(now), "test").unwrap();
    serde_json::from_str(&bundle.to_json().unwrap()).expect("a bundle reads back")
}

/// A bundle from `from` as `to` reads and checks it.
pub(super) fn receive(from: &Workspace, to: &Workspace, now: i64) -> Checked {
    let text = Bundle::export(from, Scope::Workspace, Timestamp(now), "test")
        .unwrap()
        .to_json()
        .unwrap();
    Bundle::read(text.as_bytes(), to, Timestamp(now))
        .expect("a bundle of the app passes its checks")
}

/// Imports everything `from` has into `to` with the default choices, as the page does.
pub(super) fn import(from: &Workspace, to: &mut Workspace, now: i64) -> ImportEntry {
    let checked = receive(from, to, now);
    let fresh = DeviceId(Id::from_random(now as u128 * 31 + 7));
    checked
        .apply(to, &Choices::default(), Timestamp(now), fresh)
        .1
}

#[test]
fn a_bundle_round_trips_and_its_checksum_covers_the_records() {
    let mut ws = Workspace::new(exchange_device(1));
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
    assert_eq!((bundle.format.as_str(), bundle.schema), (FORMAT, SCHEMA));
    assert_eq!(bundle.counts.tasks, 1);
    assert_eq!(bundle.checksum, checksum(&bundle.records).unwrap());
    assert!(bundle.checksum.starts_with("sha256:") && bundle.checksum.len() == 71);
    let text = bundle
        .to_json()
        .unwrap()
        .replacen("Rà soát thủ tục", "Rà soát thủ tục!", 1);
    assert_eq!(
        Bundle::read(text.as_bytes(), &ws, Timestamp(3)),
        Err(ImportError::Checksum),
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
    let mut ws = Workspace::new(exchange_device(1));
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
    let bundle = Bundle::export(&ws, scope, Timestamp(5), "test").unwrap();
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

/// Two offices share a plan with one task, then A renames it while B ticks it done.
pub(super) fn rename_and_tick() -> (Workspace, Workspace, Id) {
    let mut a = Workspace::new(exchange_device(1));
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
    let mut b = Workspace::new(exchange_device(2));
    import(&a, &mut b, 3);
    a.set_task_title(&task, "Việc (A sửa tên)", Timestamp(10))
        .unwrap();
    b.set_task_status(&task, TaskStatus::Done { on: day() }, Timestamp(11))
        .unwrap();
    (a, b, task)
}

#[test]
fn a_rename_and_a_tick_made_apart_are_both_kept_in_both_offices() {
    let (mut a, mut b, task) = rename_and_tick();
    let preview = receive(&a, &b, 20).preview(&b, &Choices::default(), Timestamp(20));
    let change = preview.changes.iter().find(|c| c.id == task).unwrap();
    assert_eq!(
        change.change,
        Change::Merged,
        "both kept, nothing to choose"
    );
    let fields: Vec<(&str, FieldChange)> = change
        .fields
        .iter()
        .map(|f| (f.field.as_str(), f.change))
        .collect();
    assert_eq!(
        fields,
        [
            ("title", FieldChange::Theirs),
            ("status", FieldChange::Ours)
        ]
    );
    import(&a, &mut b, 20);
    import(&b, &mut a, 21);
    for ws in [&a, &b] {
        let t = ws.tasks().get(&task).unwrap();
        assert_eq!(t.body().title, "Việc (A sửa tên)");
        assert!(t.body().status.is_done());
        assert!(!t.has_conflict());
    }
    assert_eq!(a.records(), b.records());
}

#[test]
fn the_preview_says_exactly_what_applying_does() {
    let mut a = Workspace::new(exchange_device(1));
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
    let t3 = a
        .add_task(
            Id::from_random(4),
            &plan,
            "Việc 3",
            Some(&sonv()),
            Timestamp(2),
        )
        .unwrap();
    let mut b = Workspace::new(exchange_device(2));
    import(&a, &mut b, 3);
    // A finishes task 1, deletes task 2 and renames task 3; B edits task 2 and renames task 3.
    a.set_task_status(&t1, TaskStatus::Done { on: day() }, Timestamp(10))
        .unwrap();
    a.delete(Kind::Task, &t2, Timestamp(11)).unwrap();
    a.set_task_title(&t3, "Việc 3 (A)", Timestamp(13)).unwrap();
    b.set_task_title(&t2, "Việc 2 (B sửa)", Timestamp(12))
        .unwrap();
    b.set_task_title(&t3, "Việc 3 (B)", Timestamp(12)).unwrap();
    let checked = receive(&a, &b, 14);
    let preview = checked.preview(&b, &Choices::default(), Timestamp(14));
    let of = |id: &Id| preview.changes.iter().find(|c| &c.id == id).unwrap();
    assert_eq!(of(&t1).change, Change::Updated);
    assert_eq!(of(&t1).fields[0].field, "status");
    assert_eq!(of(&t2).change, Change::Conflict, "edit versus delete");
    assert!(of(&t2).fields.iter().any(|f| f.field == "deleted"));
    assert_eq!(of(&t3).change, Change::Conflict, "both renamed");
    let title = of(&t3).fields.iter().find(|f| f.field == "title").unwrap();
    assert_eq!(
        (title.ours_at, title.theirs_at),
        (Some(Timestamp(12)), Some(Timestamp(13))),
        "both times shown"
    );
    assert!(matches!(
        title.change,
        FieldChange::Conflict {
            shown: Some(Side::Theirs),
            ..
        }
    ));
    assert_eq!(of(&plan).change, Change::Unchanged);
    let fresh = DeviceId(Id::from_random(5));
    checked.apply(&mut b, &Choices::default(), Timestamp(14), fresh);
    let t2_after = b.tasks().get(&t2).unwrap();
    assert_eq!(
        t2_after.body().title,
        "Việc 2 (B sửa)",
        "nothing is lost by default"
    );
    let t3_after = b.tasks().get(&t3).unwrap();
    assert_eq!(
        t3_after.body().title,
        "Việc 3 (A)",
        "the later rename is shown"
    );
    assert_eq!(
        t3_after.rivals()[0].value,
        serde_json::Value::from("Việc 3 (B)"),
        "the other kept"
    );
    assert!(b.tasks().get(&t1).unwrap().body().status.is_done());
}

/// How the preview heads the record `id` of `kind`, and what it says of each field.
fn previewed(
    checked: &Checked,
    ws: &Workspace,
    kind: Kind,
    id: &Id,
) -> (Change, Vec<(String, FieldChange)>) {
    let preview = checked.preview(ws, &Choices::default(), Timestamp(1_000));
    let record = preview
        .changes
        .iter()
        .find(|c| c.kind == kind && &c.id == id)
        .unwrap();
    let fields = record
        .fields
        .iter()
        .map(|f| (f.field.clone(), f.change))
        .collect();
    (record.change, fields)
}

#[test]
fn a_deletion_that_settles_an_edit_versus_delete_is_previewed_as_a_deletion() {
    // Found by the 10,000-case run of the histories: the tombstone was set on both sides, so the
    // preview said "Không đổi" while applying took away a plan the page still showed.
    let mut a = Workspace::new(exchange_device(1));
    let plan = a
        .add_plan(Id::from_random(1), "Kế hoạch 1", Timestamp(1))
        .unwrap();
    let mut b = Workspace::new(exchange_device(2));
    import(&a, &mut b, 2);
    b.delete(Kind::Plan, &plan, Timestamp(3)).unwrap();
    a.rename_plan(&plan, "Kế hoạch CCHC", Timestamp(4)).unwrap();
    import(&a, &mut b, 5);
    import(&b, &mut a, 6);
    assert!(
        !a.plans().get_any(&plan).unwrap().is_deleted(),
        "an edit apart keeps it shown"
    );
    // B deletes it again, having seen the rename: the deletion settles it.
    b.delete(Kind::Plan, &plan, Timestamp(7)).unwrap();
    let checked = receive(&b, &a, 1_000);
    let (change, fields) = previewed(&checked, &a, Kind::Plan, &plan);
    assert_eq!(change, Change::Deleted);
    assert_eq!(fields, [("deleted".to_owned(), FieldChange::Theirs)]);
    import(&b, &mut a, 1_000);
    assert!(a.plans().get_any(&plan).unwrap().is_deleted());
}

#[test]
fn an_edit_that_settles_a_conflict_on_the_value_shown_is_previewed_as_an_update() {
    let mut a = Workspace::new(exchange_device(1));
    let plan = a
        .add_plan(Id::from_random(1), "Kế hoạch 1", Timestamp(1))
        .unwrap();
    let mut b = Workspace::new(exchange_device(2));
    import(&a, &mut b, 2);
    a.rename_plan(&plan, "Tên của A", Timestamp(3)).unwrap();
    b.rename_plan(&plan, "Tên của B", Timestamp(4)).unwrap();
    import(&b, &mut a, 5);
    import(&a, &mut b, 6);
    assert!(a.plans().get_any(&plan).unwrap().has_conflict());
    // B settles it on the value both show: the value stays, the conflict ends.
    let shown = serde_json::json!("Tên của B");
    b.choose_value(Kind::Plan, &plan, "title", &shown, Timestamp(7))
        .unwrap();
    let checked = receive(&b, &a, 1_000);
    let (change, fields) = previewed(&checked, &a, Kind::Plan, &plan);
    assert_eq!(change, Change::Updated);
    assert_eq!(fields, [("title".to_owned(), FieldChange::Settled)]);
    import(&b, &mut a, 1_000);
    let now = a.plans().get_any(&plan).unwrap();
    assert_eq!(
        (now.body().title.as_str(), now.has_conflict()),
        ("Tên của B", false)
    );
}

#[test]
fn a_restore_over_two_deletions_made_apart_is_previewed_as_their_change() {
    // Found by the 10,000-case run too: two offices deleted a plan apart, a third restored it
    // having seen one deletion. The tombstone went from "deleted, in conflict" to "shown, in
    // conflict with a deletion", and the preview said "Không đổi".
    let mut a = Workspace::new(exchange_device(1));
    let plan = a
        .add_plan(Id::from_random(1), "Kế hoạch 1", Timestamp(1))
        .unwrap();
    let mut b = Workspace::new(exchange_device(2));
    import(&a, &mut b, 2);
    a.delete(Kind::Plan, &plan, Timestamp(3)).unwrap();
    b.delete(Kind::Plan, &plan, Timestamp(4)).unwrap();
    let mut c = Workspace::new(exchange_device(3));
    import(&b, &mut c, 5);
    c.restore(Kind::Plan, &plan, Timestamp(6)).unwrap();
    import(&a, &mut b, 7);
    let checked = receive(&c, &b, 1_000);
    let (change, fields) = previewed(&checked, &b, Kind::Plan, &plan);
    assert_eq!(fields, [("deleted".to_owned(), FieldChange::Theirs)]);
    assert_ne!(change, Change::Unchanged);
    import(&c, &mut b, 1_000);
    assert!(!b.plans().get_any(&plan).unwrap().is_deleted());
}

#[test]
fn an_import_is_undone_exactly_and_marked_in_its_line() {
    let (a, mut b, _) = rename_and_tick();
    let before = b.records();
    let entry = import(&a, &mut b, 20);
    assert_ne!(b.records(), before);
    assert_eq!(
        (entry.new, entry.updated, entry.merged, entry.conflicts),
        (0, 0, 1, 0)
    );
    assert_eq!(entry.from.device, *a.device());
    let checked = receive(&a, &b, 21);
    let mut c = b.clone();
    let (snapshot, _) = checked.apply(
        &mut c,
        &Choices::default(),
        Timestamp(22),
        exchange_device(9),
    );
    c.restore_snapshot(&snapshot).unwrap();
    assert_eq!(c.records(), b.records());
    assert_eq!(c.device(), b.device());
}

/// Two offices rename one task apart: a conflict to choose on.
pub(super) fn both_rename() -> (Workspace, Workspace, Id) {
    let (mut a, mut b, task) = rename_and_tick();
    import(&a, &mut b, 20);
    import(&b, &mut a, 21);
    a.set_task_title(&task, "Tên của A", Timestamp(30)).unwrap();
    b.set_task_title(&task, "Tên của B", Timestamp(31)).unwrap();
    (a, b, task)
}

#[test]
fn the_user_can_keep_ours_or_theirs_for_a_field_and_the_choice_travels() {
    let (a, b, task) = both_rename();
    let checked = receive(&a, &b, 40);
    let pick = |choices: Choices| {
        let mut b = b.clone();
        checked.apply(&mut b, &choices, Timestamp(41), exchange_device(9));
        let t = b.tasks().get(&task).unwrap().clone();
        // The choice is an edit that follows both copies: importing again changes nothing.
        let again = receive(&a, &b, 42).preview(&b, &Choices::default(), Timestamp(42));
        assert!(again.is_empty(), "{:?}", again.changes);
        let mut a = a.clone();
        import(&b, &mut a, 43);
        assert_eq!(
            a.tasks().get(&task).unwrap().body().title,
            t.body().title,
            "a choice travels"
        );
        t
    };
    let t = pick(Choices::default());
    assert_eq!(t.body().title, "Tên của B", "by default, the later edit");
    assert!(t.has_conflict());
    let mut ours = Choices::default();
    ours.records
        .insert((Kind::Task, task.clone()), Side::Theirs);
    let t = pick(ours);
    assert_eq!(t.body().title, "Tên của A");
    assert!(!t.has_conflict());
    let mut field = Choices::default();
    field
        .fields
        .insert((Kind::Task, task.clone(), "title".into()), Side::Ours);
    let t = pick(field);
    assert_eq!(
        (t.body().title.as_str(), t.has_conflict()),
        ("Tên của B", false)
    );
    assert!(
        t.body().status.is_done(),
        "a choice on one field leaves the others merged"
    );
}
