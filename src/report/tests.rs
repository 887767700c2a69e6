//! The reports composed from a small workspace: sections and numbering, the words of each
//! cell, which tasks a period counts, the CSV's quoting and the workbook's parts.

use super::*;
use crate::domain::{Deadline, Every, Timestamp};
use crate::fixtures::{agency, d, device, record_id as id, sonv};
use crate::workspace::TaskFields;

const TODAY: (i32, u32, u32) = (2026, 12, 2);

fn today() -> NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

fn stp() -> Id {
    agency("so-tu-phap")
}

/// A plan of two groups and five tasks (one outside the groups), and a meeting's assignment.
fn workspace() -> Workspace {
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
    assert_eq!(rows[1].standing, "Đã hoàn thành quá hạn");
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

#[test]
fn periods_are_named_bounded_and_offered_as_officials_report_them() {
    let q3 = Period::Quarter(3, 2026);
    assert_eq!(q3.label(), "quý III năm 2026");
    assert_eq!(
        (q3.start(), q3.end()),
        (Some(d(2026, 7, 1)), Some(d(2026, 9, 30)))
    );
    assert_eq!(Period::FirstHalf(2026).label(), "6 tháng đầu năm 2026");
    assert_eq!(Period::NineMonths(2026).end(), Some(d(2026, 9, 30)));
    assert_eq!(Period::Year(2026).label(), "năm 2026");
    assert_eq!(Period::Year(2026).end(), Some(d(2026, 12, 31)));
    for p in Period::choices(today()) {
        assert_eq!(Period::from_code(&p.code()), Some(p));
    }
    assert_eq!(Period::from_code("q5-2026"), None);
    assert_eq!(Period::from_code("y-abc"), None);
    let choices = Period::choices(d(2026, 6, 10));
    assert_eq!(
        &choices[..3],
        [
            Period::FirstHalf(2026),
            Period::Quarter(2, 2026),
            Period::Quarter(1, 2026)
        ]
    );
    assert_eq!(choices[3], Period::Year(2025));
    assert_eq!(choices.len(), 10);
}

fn counts(line: &SummaryLine) -> [usize; 7] {
    let l = line;
    [
        l.assigned,
        l.done_on_time,
        l.done_late,
        l.overdue,
        l.in_progress,
        l.not_started,
        l.paused,
    ]
}

#[test]
fn a_period_counts_what_fell_due_was_done_or_stayed_overdue_in_it() {
    let ws = workspace();
    let q4 = Summary::of(&ws, Period::Quarter(4, 2026), "UBND tỉnh", today());
    assert_eq!(q4.day, today());
    assert_eq!(counts(&q4.total), [4, 0, 0, 1, 2, 1, 0]);
    let names: Vec<&str> = q4.lines.iter().map(|l| l.agency.as_str()).collect();
    assert_eq!(
        names,
        ["Sở Nội vụ", "Sở Tư pháp", "Chưa giao cơ quan chủ trì"]
    );
    assert_eq!(q4.total.done_text(), "00/04 nhiệm vụ đã hoàn thành");
    let year = Summary::of(&ws, Period::Year(2026), "UBND tỉnh", today());
    assert_eq!(counts(&year.total), [6, 1, 1, 1, 2, 1, 0]);
    assert_eq!(year.total.done_text(), "02/06 nhiệm vụ đã hoàn thành");
    assert_eq!(year.total.done_share(), "33%");
    // Judged on 30/6: the task done on 10/7 was still in progress, due that very day.
    let half = Summary::of(&ws, Period::FirstHalf(2026), "UBND tỉnh", today());
    assert_eq!(half.day, d(2026, 6, 30));
    assert_eq!(counts(&half.total), [3, 1, 0, 0, 2, 0, 0]);
    assert_eq!(half.tasks, [id(10), id(11), id(13)]);
    assert!(half
        .figures_text()
        .starts_with("Đã hoàn thành 01/03 nhiệm vụ"));
}

#[test]
fn csv_fields_are_quoted_as_rfc_4180_asks() {
    assert_eq!(csv::field("Sở Nội vụ"), "Sở Nội vụ");
    assert_eq!(csv::field("a, b"), "\"a, b\"");
    assert_eq!(csv::field("nói \"không\""), "\"nói \"\"không\"\"\"");
    assert_eq!(csv::field("1\n2"), "\"1\n2\"");
    let ws = workspace();
    let report = TaskReport::of_plan(&ws, &id(1), "Sở Nội vụ", today()).unwrap();
    let text = csv::tasks(&report);
    assert!(text.starts_with("\u{feff}Sở Nội vụ\r\n"));
    assert!(text.contains("\r\nSTT,Nội dung,Cơ quan chủ trì,"));
    assert!(text.contains("\r\n,I. Cải cách thể chế\r\n"));
    assert!(text.contains("\r\n2,\"Rà soát văn bản, \"\"quy phạm\"\"\",Sở Tư pháp,Sở Nội vụ; Sở Tài chính,30/06/2026,"));
    assert!(text.contains(",\"Dòng 1\nDòng 2\","));
}

#[test]
fn a_workbook_has_its_parts_and_the_same_bytes_each_time() {
    let ws = workspace();
    let report = TaskReport::of_plan(&ws, &id(1), "Sở Nội vụ", today()).unwrap();
    let bytes = xlsx::tasks(&report);
    assert!(bytes.starts_with(b"PK\x03\x04"));
    for part in [
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
        "docProps/core.xml",
        "docProps/app.xml",
    ] {
        let found = bytes.windows(part.len()).any(|w| w == part.as_bytes());
        assert!(found, "{part}");
    }
    assert_eq!(bytes, xlsx::tasks(&report));
    let sheet = xlsx::task_sheet(&report);
    assert!(sheet.contains("<mergeCell ref=\"A1:I1\"/>"));
    // 31/12/2026 is day 46387 of the spreadsheets' count.
    assert!(
        sheet.contains("<c r=\"E12\" s=\"6\"><v>46387</v></c>"),
        "{sheet}"
    );
    assert_eq!(serial(d(1900, 3, 1)), 61);
    let summary = Summary::of(&ws, Period::Year(2026), "Sở Nội vụ", today());
    let both = xlsx::summary(&summary, &report);
    assert!(both.windows(24).any(|w| w == b"xl/worksheets/sheet2.xml"));
}

#[test]
fn file_names_are_ascii_cut_at_a_word() {
    let name = file_name(
        "Tiến độ thực hiện Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh Vĩnh Phúc",
        "xlsx",
    );
    assert_eq!(
        name,
        "Tien-do-thuc-hien-Ke-hoach-so-511-KH-UBND-ngay-31-7.xlsx"
    );
    assert!(name.len() <= MAX_FILE_NAME);
    assert_eq!(file_name("Đề án: \"số hóa\"", "csv"), "De-an-so-hoa.csv");
    assert_eq!(file_name("…", "csv"), "Bao-cao.csv");
}
