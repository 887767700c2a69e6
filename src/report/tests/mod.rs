//! The reports composed from a small workspace: sections and numbering and the words of each
//! cell here; which tasks a period counts in `period.rs`; the files in `files.rs`.

mod files;
mod period;

use super::*;
use crate::domain::{Deadline, Every, TaskStatus, Timestamp};
use crate::fixtures::{agency, d, device, record_id as id, sonv};
use crate::workspace::TaskFields;

pub(super) const TODAY: (i32, u32, u32) = (2026, 12, 2);

pub(super) fn today() -> NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

pub(super) fn stp() -> Id {
    agency("so-tu-phap")
}

/// A plan of two groups and five tasks (one outside the groups), and a meeting's assignment.
pub(super) fn workspace() -> Workspace {
    let mut ws = Workspace::new(device(1));
    let now = Timestamp(10);
    let plan = ws
        .add_plan(id(1), "Kế hoạch cải cách hành chính năm 2026", now)
        .unwrap();
    let g1 = ws.add_group(id(2), &plan, "Cải cách thể chế", now).unwrap();
    let g2 = ws
        .add_group(id(3), &plan, "Cải cách thủ tục hành chính", now)
        .unwrap();
    let mut add = |n, group: Option<&Id>, title: &str, lead: Option<Id>, deadline| {
        let fields = TaskFields {
            title: title.to_owned(),
            lead,
            deadline,
            ..TaskFields::default()
        };
        ws.add_task_with(id(n), &plan, group, &fields, now).unwrap();
    };
    add(10, None, "Ban hành kế hoạch", Some(sonv()), by(2026, 1, 31));
    add(
        11,
        Some(&g1),
        "Rà soát văn bản, \"quy phạm\"",
        Some(stp()),
        by(2026, 6, 30),
    );
    add(12, Some(&g1), "Đánh giá thể chế", None, by(2026, 11, 15));
    let quarterly = Deadline::Recurring {
        every: Every::Quarter,
        first: None,
        years: None,
    };
    add(13, Some(&g2), "Báo cáo định kỳ", Some(sonv()), quarterly);
    add(
        14,
        Some(&g2),
        "Số hóa hồ sơ",
        Some(sonv()),
        Deadline::Quarter {
            year: 2026,
            quarter: 4,
        },
    );
    ws.update_task(
        &id(11),
        &TaskFields {
            coordinating: vec![sonv(), agency("so-tai-chinh")],
            ..TaskFields::of(ws.table::<Task>().get(&id(11)).unwrap().body())
        },
        now,
    )
    .unwrap();
    ws.set_task_done(&id(10), Some(d(2026, 1, 20)), now)
        .unwrap();
    ws.set_task_done(&id(11), Some(d(2026, 7, 10)), now)
        .unwrap();
    for n in [13, 14] {
        ws.set_task_status(&id(n), TaskStatus::InProgress, now)
            .unwrap();
    }
    let report = crate::domain::LogKind::Report;
    ws.add_log(
        &id(13),
        d(2026, 9, 30),
        report,
        "Đã báo cáo quý III",
        today(),
        now,
    )
    .unwrap();
    ws.add_log(
        &id(13),
        d(2026, 10, 5),
        report,
        "Dòng 1\nDòng 2",
        today(),
        now,
    )
    .unwrap();
    let meeting = ws
        .add_meeting(id(20), "Hội nghị sơ kết", Some(d(2026, 11, 1)), now)
        .unwrap();
    ws.add_assignment(id(21), &meeting, &stp(), now).unwrap();
    let fields = TaskFields {
        title: "Hoàn thiện dự thảo".to_owned(),
        lead: Some(stp()),
        deadline: by(2026, 12, 5),
        ..TaskFields::default()
    };
    ws.update_task(&id(21), &fields, now).unwrap();
    ws
}

fn by(y: i32, m: u32, day: u32) -> Deadline {
    Deadline::By { day: d(y, m, day) }
}

fn headings(report: &TaskReport) -> Vec<(Option<&str>, Vec<usize>)> {
    let sections = report.sections.iter();
    sections
        .map(|s| {
            (
                s.group.as_deref(),
                s.rows.iter().map(|r| r.number).collect(),
            )
        })
        .collect()
}

#[test]
fn a_plan_s_report_follows_its_groups_and_numbers_through_them() {
    let ws = workspace();
    let report = TaskReport::of_plan(&ws, &id(1), "Sở Nội vụ tỉnh Vĩnh Phúc", today()).unwrap();
    assert_eq!(
        report.title,
        "Tiến độ thực hiện Kế hoạch cải cách hành chính năm 2026"
    );
    assert_eq!(
        headings(&report),
        [
            (None, vec![1]),
            (Some("I. Cải cách thể chế"), vec![2, 3]),
            (Some("II. Cải cách thủ tục hành chính"), vec![4, 5]),
        ]
    );
    let rows: Vec<&Row> = report.rows().collect();
    assert_eq!(rows[0].standing, "Đã hoàn thành đúng hạn");
    assert!(
        rows[1].standing.starts_with("Đã hoàn thành quá hạn "),
        "{}",
        rows[1].standing
    );
    assert_eq!(rows[1].coordinating, "Sở Nội vụ; Sở Tài chính");
    assert_eq!(rows[1].done_on, Some(d(2026, 7, 10)));
    assert_eq!(
        (rows[2].lead.as_str(), rows[2].standing.as_str()),
        ("Chưa giao cơ quan chủ trì", "Quá hạn 17 ngày")
    );
    assert_eq!(rows[3].deadline, None);
    assert_eq!(
        rows[3].deadline_text,
        "Định kỳ hằng quý (hạn cuối mỗi kỳ), kỳ tới 31/12/2026"
    );
    assert_eq!(rows[3].progress, "Dòng 1\nDòng 2");
    assert_eq!(rows[4].deadline, Some(d(2026, 12, 31)));
    assert_eq!(rows[4].standing, "Đang thực hiện");
    assert!(TaskReport::of_plan(&ws, &id(99), "", today()).is_none());
}

#[test]
fn an_agency_s_report_has_a_section_per_plan_then_per_meeting() {
    let ws = workspace();
    let report = TaskReport::of_agency(&ws, &stp(), "UBND tỉnh", today()).unwrap();
    assert_eq!(
        report.title,
        "Tiến độ thực hiện các nhiệm vụ do Sở Tư pháp chủ trì"
    );
    assert_eq!(
        headings(&report),
        [
            (Some("Kế hoạch cải cách hành chính năm 2026"), vec![1]),
            (Some("Nhiệm vụ giao tại Hội nghị sơ kết"), vec![2]),
        ]
    );
    assert_eq!(
        report.rows().nth(1).unwrap().standing,
        "Sắp đến hạn (còn 3 ngày)"
    );
    let searched = TaskReport::of_tasks(
        &ws,
        "Kết quả tìm".into(),
        &[id(21), id(10), id(14)],
        "",
        today(),
    );
    assert_eq!(searched.sections.len(), 2);
    assert_eq!(
        headings(&searched)[1],
        (Some("Kế hoạch cải cách hành chính năm 2026"), vec![2, 3])
    );
}
