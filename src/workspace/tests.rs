//! Native tests of the workspace commands: every change is versioned, refusals change nothing.

use super::*;
use crate::domain::text::TextError;
use crate::domain::TaskStatus;
use chrono::NaiveDate;

pub(crate) use crate::fixtures::{device, sonv};
// The workspace tests number their records from 1,000 (`id(1)` is `record_id(1)`).
pub(crate) use crate::fixtures::record_id as id;

/// A workspace with one plan holding two tasks led by Sở Nội vụ.
pub(crate) fn sample() -> Workspace {
    let mut ws = Workspace::new(device(1));
    ws.add_plan(
        id(1),
        "Kế hoạch số 511/KH-UBND ngày 31/7/2023",
        Timestamp(10),
    )
    .unwrap();
    ws.add_task(
        id(2),
        &id(1),
        "Rà soát thủ tục hành chính",
        Some(&sonv()),
        Timestamp(11),
    )
    .unwrap();
    ws.add_task(
        id(3),
        &id(1),
        "Sắp xếp, tinh gọn bộ máy",
        Some(&sonv()),
        Timestamp(12),
    )
    .unwrap();
    ws
}

#[test]
fn a_new_workspace_has_the_starter_agencies_and_its_device() {
    let ws = Workspace::new(device(7));
    assert_eq!(ws.device(), &device(7));
    assert!(ws.agencies_by_name().len() >= 9);
    assert_eq!(ws.agency_name(&sonv()), Some("Sở Nội vụ"));
    assert_eq!(ws.plans().all().len(), 0);
}

#[test]
fn tasks_are_numbered_in_order_and_count_toward_progress() {
    let mut ws = sample();
    let tasks = ws.plan_tasks(&id(1));
    assert_eq!(
        tasks.iter().map(|t| t.body().position).collect::<Vec<_>>(),
        vec![1, 2]
    );
    assert_eq!(ws.plan_progress(&id(1)), Progress { done: 0, total: 2 });
    let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    ws.set_task_done(&id(2), Some(day), Timestamp(20)).unwrap();
    assert_eq!(ws.plan_progress(&id(1)), Progress { done: 1, total: 2 });
    assert_eq!(
        ws.tasks().get(&id(2)).unwrap().body().status,
        TaskStatus::Done { on: day }
    );
}

#[test]
fn every_change_bumps_the_version_of_the_changed_record_only() {
    let mut ws = sample();
    let before = |ws: &Workspace, n| ws.tasks().get_any(&id(n)).unwrap().version().total();
    assert_eq!((before(&ws, 2), before(&ws, 3)), (1, 1));
    ws.set_task_done(&id(2), NaiveDate::from_ymd_opt(2026, 1, 2), Timestamp(20))
        .unwrap();
    assert_eq!((before(&ws, 2), before(&ws, 3)), (2, 1));
    assert_eq!(ws.tasks().get(&id(2)).unwrap().changed_at(), Timestamp(20));
    ws.delete(Kind::Task, &id(3), Timestamp(21)).unwrap();
    assert_eq!(before(&ws, 3), 2);
    ws.rename_plan(&id(1), "Kế hoạch CCHC 2026", Timestamp(22))
        .unwrap();
    assert_eq!(
        ws.plans().get(&id(1)).unwrap().version().count(&device(1)),
        2
    );
    assert_eq!(
        before(&ws, 2),
        2,
        "renaming the plan leaves its tasks alone"
    );
}

#[test]
fn a_deleted_task_is_a_tombstone_hidden_from_the_plan_and_restorable() {
    let mut ws = sample();
    ws.delete(Kind::Task, &id(2), Timestamp(30)).unwrap();
    assert!(ws.tasks().get(&id(2)).is_none());
    assert!(ws.tasks().get_any(&id(2)).unwrap().is_deleted());
    assert_eq!(ws.plan_tasks(&id(1)).len(), 1);
    assert_eq!(
        ws.tasks().all().len(),
        2,
        "the tombstone is kept for merging"
    );
    ws.add_task(id(4), &id(1), "Việc mới", Some(&sonv()), Timestamp(31))
        .unwrap();
    assert_eq!(
        ws.tasks().get(&id(4)).unwrap().body().position,
        3,
        "numbers are never reused"
    );
    ws.restore(Kind::Task, &id(2), Timestamp(32)).unwrap();
    assert_eq!(ws.plan_tasks(&id(1)).len(), 3);
    let edited = ws.set_task_done(&id(2), None, Timestamp(33));
    assert_eq!(edited, Ok(()));
}

#[test]
fn a_deleted_record_cannot_be_edited() {
    let mut ws = sample();
    ws.delete(Kind::Task, &id(2), Timestamp(30)).unwrap();
    let refused = ws.set_task_done(&id(2), None, Timestamp(31));
    assert_eq!(
        refused,
        Err(CommandError::NotFound {
            kind: Kind::Task,
            id: id(2)
        })
    );
}

#[test]
fn refused_commands_leave_the_workspace_exactly_as_it_was() {
    let mut ws = sample();
    let before = ws.clone();
    let empty = ws.add_task(id(9), &id(1), "   ", Some(&sonv()), Timestamp(40));
    assert_eq!(
        empty,
        Err(CommandError::Text {
            field: Field::TaskTitle,
            error: TextError::Empty
        })
    );
    assert!(ws
        .add_task(id(9), &id(99), "Việc", Some(&sonv()), Timestamp(40))
        .is_err());
    assert!(ws
        .add_task(id(9), &id(1), "Việc", Some(&id(99)), Timestamp(40))
        .is_err());
    assert_eq!(
        ws.add_plan(id(1), "Trùng id", Timestamp(40)),
        Err(CommandError::IdTaken { id: id(1) })
    );
    assert_eq!(ws, before);
}

#[test]
fn a_typed_name_finds_its_own_agency_first_never_a_longer_one() {
    let mut ws = Workspace::new(device(1));
    ws.add_agency(id(1), "Đảng ủy Sở Nội vụ", Timestamp(1))
        .unwrap();
    ws.add_agency(id(2), "Sở Tư pháp và Hộ tịch", Timestamp(2))
        .unwrap();
    let first = |ws: &Workspace, typed: &str| {
        ws.agencies_for(typed)
            .first()
            .map(|(a, how)| (a.body().name.clone(), *how))
    };
    // The bug of the issue: "Sở Nội vụ" + Enter set "Đảng ủy Sở Nội vụ".
    assert_eq!(
        first(&ws, "Sở Nội vụ"),
        Some(("Sở Nội vụ".into(), Found::Exact))
    );
    assert_eq!(
        first(&ws, "so noi vu"),
        Some(("Sở Nội vụ".into(), Found::Exact))
    );
    assert_eq!(
        first(&ws, "Sở KH&ĐT"),
        Some(("Sở Kế hoạch và Đầu tư".into(), Found::Exact))
    );
    assert_eq!(
        first(&ws, "VP UBND tỉnh"),
        Some(("Văn phòng UBND tỉnh".into(), Found::Exact))
    );
    // A beginning picks the shortest name that starts with it.
    assert_eq!(
        first(&ws, "Sở Tư"),
        Some(("Sở Tư pháp".into(), Found::Prefix))
    );
    // Words found inside a name are only suggested.
    let inside: Vec<_> = ws
        .agencies_for("nội vụ")
        .into_iter()
        .map(|(a, how)| (a.body().name.clone(), how))
        .collect();
    assert_eq!(
        inside,
        [
            ("Đảng ủy Sở Nội vụ".to_owned(), Found::Words),
            ("Sở Nội vụ".to_owned(), Found::Words)
        ]
    );
    assert!(ws.agencies_for("Sở Ngoại vụ").is_empty());
    assert!(ws.agencies_for("  ").is_empty());
    // A name written with abbreviations means the same agency: not added twice.
    assert_eq!(
        ws.add_agency(id(3), "Sở KHĐT", Timestamp(3)),
        Err(CommandError::AgencyExists {
            name: "Sở Kế hoạch và Đầu tư".into()
        })
    );
}

#[test]
fn agencies_are_unique_by_normalised_name() {
    let mut ws = Workspace::new(device(1));
    let clash = ws.add_agency(id(1), "  sở nội VỤ ", Timestamp(1));
    assert_eq!(
        clash,
        Err(CommandError::AgencyExists {
            name: "Sở Nội vụ".into()
        })
    );
    ws.add_agency(id(1), "Sở Y tế", Timestamp(2)).unwrap();
    assert!(ws
        .rename_agency(&id(1), "Sở Tư Pháp", Timestamp(3))
        .is_err());
    ws.rename_agency(&id(1), "Sở Y Tế", Timestamp(4)).unwrap();
    assert_eq!(
        ws.agency_name(&id(1)),
        Some("Sở Y Tế"),
        "an agency may change its own spelling"
    );
}

#[test]
fn an_agency_that_leads_tasks_cannot_be_deleted_until_they_are_gone() {
    let mut ws = sample();
    assert_eq!(
        ws.delete(Kind::Agency, &sonv(), Timestamp(50)),
        Err(CommandError::AgencyInUse { tasks: 2 })
    );
    ws.delete(Kind::Task, &id(2), Timestamp(51)).unwrap();
    ws.delete(Kind::Task, &id(3), Timestamp(52)).unwrap();
    ws.delete(Kind::Agency, &sonv(), Timestamp(53)).unwrap();
    assert!(ws.agencies_by_name().iter().all(|a| a.id() != &sonv()));
    assert_eq!(
        ws.agency_name(&sonv()),
        Some("Sở Nội vụ"),
        "old tasks still name their lead"
    );
    let edited = ws.agencies().get_any(&sonv()).unwrap();
    assert_eq!(
        edited.version().count(&device(1)),
        1,
        "a starter agency's first edit"
    );
}

#[test]
fn lists_are_in_vietnamese_alphabetical_order() {
    let mut ws = Workspace::new(device(1));
    ws.add_plan(id(1), "Đề án 06", Timestamp(1)).unwrap();
    ws.add_plan(id(2), "Chương trình hành động", Timestamp(2))
        .unwrap();
    ws.add_plan(id(3), "Kế hoạch 511", Timestamp(3)).unwrap();
    let titles: Vec<_> = ws
        .plans_by_title()
        .iter()
        .map(|p| p.body().title.clone())
        .collect();
    assert_eq!(
        titles,
        ["Chương trình hành động", "Đề án 06", "Kế hoạch 511"]
    );
}

#[test]
fn tasks_of_a_deleted_plan_do_not_hold_their_agency() {
    let mut ws = sample();
    let plan = ws.tasks().get(&id(2)).unwrap().body().plan.clone().unwrap();
    ws.delete(Kind::Plan, &plan, Timestamp(60)).unwrap();
    ws.delete(Kind::Agency, &sonv(), Timestamp(61)).unwrap();
    // Restoring the plan brings its tasks back, still showing who leads them.
    ws.restore(Kind::Plan, &plan, Timestamp(62)).unwrap();
    assert_eq!(ws.plan_tasks(&plan).len(), 2);
    assert_eq!(ws.agency_name(&sonv()), Some("Sở Nội vụ"));
}

#[test]
fn the_office_profile_is_cleaned_and_may_be_cleared() {
    let mut ws = sample();
    let before = ws.clone();
    ws.set_office("  Sở Nội vụ   tỉnh Vĩnh Phúc ", "Vĩnh Phúc")
        .unwrap();
    assert_eq!(ws.office().name, "Sở Nội vụ tỉnh Vĩnh Phúc");
    assert_eq!(ws.office().province, "Vĩnh Phúc");
    assert_eq!(
        ws.plans(),
        before.plans(),
        "no record changes with the profile"
    );
    ws.set_office("", " ").unwrap();
    assert_eq!(ws.office(), &OfficeProfile::default());
    let pasted = "x".repeat(5000);
    assert!(matches!(
        ws.set_office(&pasted, ""),
        Err(CommandError::Text {
            field: Field::OfficeName,
            ..
        })
    ));
}

/// Two copies of the sample on two devices that renamed task 2 apart ("Tên của A" at 20,
/// "Tên của B" at 21), not merged yet.
pub fn renamed_apart() -> (Workspace, Workspace) {
    let mut a = sample();
    let mut b = a.clone();
    b.renew_device(device(2));
    a.set_task_title(&id(2), "Tên của A", Timestamp(20))
        .unwrap();
    b.set_task_title(&id(2), "Tên của B", Timestamp(21))
        .unwrap();
    (a, b)
}

#[test]
fn a_conflict_kept_on_a_field_is_settled_by_choosing_a_value() {
    let (mut a, mut b) = renamed_apart();
    a.merge_records(&b.records());
    let task = a.tasks().get(&id(2)).unwrap();
    assert_eq!(task.body().title, "Tên của B");
    let rival = task.rivals()[0].value.clone();
    a.choose_value(Kind::Task, &id(2), "title", &rival, Timestamp(30))
        .unwrap();
    let task = a.tasks().get(&id(2)).unwrap();
    assert_eq!(
        (task.body().title.as_str(), task.has_conflict()),
        ("Tên của A", false)
    );
    // The choice follows both: merged with either side again, it stays.
    b.merge_records(&a.records());
    assert_eq!(b.tasks().get(&id(2)).unwrap().body().title, "Tên của A");
    let not_a_title = serde_json::json!(5);
    assert!(a
        .choose_value(Kind::Task, &id(2), "title", &not_a_title, Timestamp(31))
        .is_err());
}
