//! Native tests of meetings: the meeting form, items and conclusions, assignments as tasks
//! (an edit on either side shows on the other), counts, carry-over and the notice.

use super::tests::{device, id, sonv};
use super::*;
use super::{live_text, parse_time, parse_time_or_part};
use crate::domain::meeting::{DayPart, MeetingForm, MeetingKind};
use crate::domain::{Deadline, TaskStatus};
use crate::fixtures::d;
use crate::notice::{Block, Notice};
use chrono::NaiveTime;

fn t(n: u64) -> Timestamp {
    Timestamp(n as i64)
}

fn sotc() -> Id {
    Id::parse("co-quan-so-tai-chinh").unwrap()
}

fn sotp() -> Id {
    Id::parse("co-quan-so-tu-phap").unwrap()
}

/// A monthly reform meeting on 20/3/2026: two items, two conclusions, three assignments.
fn meeting() -> Workspace {
    let mut ws = Workspace::new(device(1));
    ws.set_office("UBND tỉnh Vĩnh Phúc", "Vĩnh Phúc").unwrap();
    let m = ws
        .add_meeting(
            id(1),
            "Giao ban cải cách hành chính tháng 3",
            Some(d(2026, 3, 20)),
            t(1),
        )
        .unwrap();
    let mut fields = MeetingFields::of(ws.meetings().get(&m).unwrap().body());
    fields.series = "Giao ban CCHC hằng tháng".into();
    fields.chairs = "Nguyễn Văn An, Phó Chủ tịch UBND tỉnh".into();
    fields.place = "Hội trường UBND tỉnh".into();
    fields.time = "8h30".into();
    ws.update_meeting(&m, &fields, t(2)).unwrap();

    ws.add_item(id(2), &m, t(3)).unwrap();
    ws.set_item(
        &id(2),
        Some(&sonv()),
        "Kết quả sắp xếp tổ chức bộ máy",
        t(4),
    )
    .unwrap();
    ws.add_item(id(3), &m, t(5)).unwrap();
    ws.set_item(
        &id(3),
        Some(&sotp()),
        "Tình hình kiểm soát thủ tục hành chính",
        t(6),
    )
    .unwrap();
    ws.add_conclusion(id(4), &m, Some(&id(2)), t(7)).unwrap();
    ws.set_conclusion(&id(4), Some(&id(2)), "Đánh giá cao kết quả sắp xếp", t(8))
        .unwrap();
    ws.add_conclusion(id(5), &m, None, t(9)).unwrap();
    ws.set_conclusion(&id(5), None, "Các sở đẩy nhanh tiến độ", t(10))
        .unwrap();
    for (n, lead, title, deadline) in [
        (
            6,
            sonv(),
            "Rà soát chức năng, nhiệm vụ các phòng",
            Deadline::By {
                day: d(2026, 4, 15),
            },
        ),
        (
            7,
            sotc(),
            "Bố trí kinh phí thực hiện",
            Deadline::Month {
                year: 2026,
                month: 5,
            },
        ),
        (
            8,
            sotp(),
            "Công bố thủ tục hành chính mới",
            Deadline::By {
                day: d(2026, 3, 31),
            },
        ),
    ] {
        ws.add_assignment(id(n), &m, &lead, t(11)).unwrap();
        let fields = TaskFields {
            title: title.into(),
            lead: Some(lead),
            deadline,
            ..TaskFields::default()
        };
        ws.update_task(&id(n), &fields, t(12)).unwrap();
    }
    ws
}

#[test]
fn an_assignment_is_a_task_seen_from_both_sides() {
    let mut ws = meeting();
    let m = id(1);
    // Edited on the checklist side: done, with a report.
    ws.set_task_status(&id(6), TaskStatus::Done { on: d(2026, 4, 10) }, t(20))
        .unwrap();
    let on_meeting = ws.meeting_tasks(&m);
    assert_eq!(on_meeting.len(), 3);
    assert!(on_meeting[0].body().status.is_done());
    assert_eq!(ws.meeting_progress(&m), Progress { done: 1, total: 3 });
    // Found by the checklist's search and counted by the office's dashboard.
    let query = TaskQuery {
        meeting: Some(m.clone()),
        ..TaskQuery::default()
    };
    assert_eq!(ws.find_tasks(&query, d(2026, 4, 1)).len(), 3);
    assert_eq!(ws.office_figures(d(2026, 4, 1)).total, 3);
    // Edited on the meeting side: what to do, typed live, shows in the task.
    ws.set_task_title(&id(7), "Bố trí kinh phí năm 2026 ", t(21))
        .unwrap();
    assert_eq!(
        ws.tasks().get(&id(7)).unwrap().body().title,
        "Bố trí kinh phí năm 2026 "
    );
}

#[test]
fn an_assignment_can_be_filed_under_a_plan_and_stays_on_its_meeting() {
    let mut ws = meeting();
    let plan = ws
        .add_plan(id(30), "Kế hoạch CCHC năm 2026", t(30))
        .unwrap();
    ws.file_task(&id(8), Some(&plan), t(31)).unwrap();
    let in_plan: Vec<_> = ws
        .plan_tasks(&plan)
        .iter()
        .map(|t| t.id().clone())
        .collect();
    assert_eq!(in_plan, [id(8)]);
    assert_eq!(ws.meeting_tasks(&id(1)).len(), 3);
    assert_eq!(ws.plan_progress(&plan), Progress { done: 0, total: 1 });
    // Back to the meeting's own list; a plan's own task cannot leave every list.
    ws.file_task(&id(8), None, t(32)).unwrap();
    assert!(ws.plan_tasks(&plan).is_empty());
    let own = ws
        .add_task(id(31), &plan, "Nhiệm vụ của kế hoạch", Some(&sonv()), t(33))
        .unwrap();
    assert_eq!(ws.file_task(&own, None, t(34)), Err(CommandError::NoList));
}

#[test]
fn a_meeting_counts_its_assignments_and_names_what_is_overdue() {
    let ws = meeting();
    let figures = ws.meeting_figures(&id(1), d(2026, 4, 2));
    assert_eq!((figures.total, figures.done, figures.overdue), (3, 0, 1));
    let figures = ws.meeting_figures(&id(1), d(2026, 4, 20));
    assert_eq!(figures.overdue, 2);
}

#[test]
fn deleting_a_meeting_hides_its_assignments_until_it_is_restored() {
    let mut ws = meeting();
    ws.delete(Kind::Meeting, &id(1), t(40)).unwrap();
    assert_eq!(ws.office_figures(d(2026, 4, 1)).total, 0);
    assert!(ws
        .find_tasks(&TaskQuery::default(), d(2026, 4, 1))
        .is_empty());
    ws.restore(Kind::Meeting, &id(1), t(41)).unwrap();
    assert_eq!(ws.office_figures(d(2026, 4, 1)).total, 3);
}

#[test]
fn the_next_meeting_of_a_series_carries_over_what_is_still_open() {
    let mut ws = meeting();
    ws.set_task_status(&id(6), TaskStatus::Done { on: d(2026, 4, 10) }, t(50))
        .unwrap();
    let april = ws
        .add_meeting(
            id(60),
            "Giao ban cải cách hành chính tháng 4",
            Some(d(2026, 4, 20)),
            t(51),
        )
        .unwrap();
    let mut fields = MeetingFields::of(ws.meetings().get(&april).unwrap().body());
    fields.series = "giao ban cchc HANG THANG".into(); // the same series, typed differently
    ws.update_meeting(&april, &fields, t(52)).unwrap();
    ws.add_assignment(id(61), &april, &sonv(), t(53)).unwrap();
    let carried: Vec<_> = ws
        .carried_over(&april)
        .iter()
        .map(|t| t.id().clone())
        .collect();
    assert_eq!(
        carried,
        [id(7), id(8)],
        "open ones of March, not April's own"
    );
    // The March meeting carries nothing over from April, which came later.
    assert!(ws.carried_over(&id(1)).is_empty());
    // Another series carries nothing.
    ws.add_meeting(id(70), "Họp chuyên đề", Some(d(2026, 5, 1)), t(54))
        .unwrap();
    assert!(ws.carried_over(&id(70)).is_empty());
    assert_eq!(ws.series_names(), ["Giao ban CCHC hằng tháng"]);
}

#[test]
fn the_meeting_form_reads_times_sites_chairs_and_references() {
    assert_eq!(
        parse_time("8h30"),
        Ok(Some(NaiveTime::from_hms_opt(8, 30, 0).unwrap()))
    );
    assert_eq!(
        parse_time("14:00"),
        Ok(Some(NaiveTime::from_hms_opt(14, 0, 0).unwrap()))
    );
    assert_eq!(
        parse_time("7h"),
        Ok(Some(NaiveTime::from_hms_opt(7, 0, 0).unwrap()))
    );
    assert_eq!(parse_time(""), Ok(None));
    assert_eq!(parse_time("25:00"), Err(CommandError::Time));
    assert_eq!(parse_time("sáng"), Err(CommandError::Time));

    let mut ws = meeting();
    let m = id(1);
    let mut fields = MeetingFields::of(ws.meetings().get(&m).unwrap().body());
    fields.kind = MeetingKind::Conference;
    fields.form = MeetingForm::Online;
    fields.sites = "9".into();
    fields.chairs =
        "Nguyễn Văn An, Phó Chủ tịch UBND tỉnh\nTrần Thị Bình, Giám đốc Sở Nội vụ".into();
    fields.references =
        "Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh\n\nNghị quyết 18".into();
    ws.update_meeting(&m, &fields, t(60)).unwrap();
    let saved = ws.meetings().get(&m).unwrap().body();
    assert_eq!(saved.sites, 9);
    assert_eq!(saved.chairs.len(), 2);
    assert_eq!(saved.chairs[1].title, "Giám đốc Sở Nội vụ");
    assert_eq!(saved.references.len(), 2);
    let shown = MeetingFields::of(saved);
    assert_eq!(
        shown.references, "Kế hoạch số 511/KH-UBND ngày 31/07/2023 của UBND tỉnh\nNghị quyết 18",
        "references come back in the standard form"
    );
    assert_eq!(shown.chairs, fields.chairs);

    fields.sites = "chín".into();
    assert_eq!(
        ws.update_meeting(&m, &fields, t(61)),
        Err(CommandError::Sites)
    );
    fields.sites = "9".into();
    fields.day = "31/2/2026".into();
    assert!(matches!(
        ws.update_meeting(&m, &fields, t(62)),
        Err(CommandError::Day(_))
    ));
}

#[test]
fn live_text_keeps_every_typed_character() {
    assert_eq!(live_text("Rà soát  các "), Ok("Rà soát  các ".to_owned()));
    assert_eq!(
        live_text("dòng 1\ndòng 2\u{7}"),
        Ok("dòng 1\ndòng 2".to_owned())
    );
    assert!(live_text(&"a".repeat(20_000)).is_err());
}

#[test]
fn items_to_choose_from_read_apart_by_their_first_words() {
    let mut ws = meeting();
    let m = id(1);
    ws.add_item(id(30), &m, t(40)).unwrap();
    ws.set_item(
        &id(30),
        Some(&sonv()),
        "Đề xuất phương án tổ chức hội nghị triển khai phân cấp, phân quyền cho cấp huyện",
        t(41),
    )
    .unwrap();
    ws.add_item(id(31), &m, t(42)).unwrap();
    let labels: Vec<String> = ws.item_labels(&m).into_iter().map(|(_, l)| l).collect();
    assert!(labels
        .iter()
        .all(|l| l.chars().count() <= super::meeting_notes::ITEM_LABEL));
    assert_eq!(
        labels,
        [
            "1. Sở Nội vụ — Kết quả sắp xếp tổ chức…",
            "2. Sở Tư pháp — Tình hình kiểm soát thủ…",
            "3. Sở Nội vụ — Đề xuất phương án tổ…",
            "4.",
        ]
    );
}

#[test]
fn an_unnumbered_notice_leaves_blanks_and_never_names_the_kind_twice() {
    let mut ws = meeting();
    let m = id(1);
    let mut fields = MeetingFields::of(ws.meetings().get(&m).unwrap().body());
    fields.kind = MeetingKind::Conference;
    fields.title = "Hội nghị triển khai phân cấp, phân quyền".into();
    fields.notice_issuer = "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC".into();
    fields.notice_place = "Vĩnh Phúc".into();
    ws.update_meeting(&m, &fields, t(70)).unwrap();
    let notice = Notice::of(&ws, &m).unwrap();
    let blank = crate::notice::BLANK;
    assert_eq!(notice.number, format!("Số:{blank}/TB-UBND"));
    assert_eq!(
        notice.place_date,
        format!("Vĩnh Phúc, ngày{blank}tháng{blank}năm 2026"),
        "the year is the meeting's"
    );
    assert_eq!(
        notice.summary,
        "Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Văn An tại Hội nghị triển khai phân cấp, phân quyền"
    );
    let Block::Paragraph(opening) = &notice.body[0] else {
        panic!()
    };
    assert!(
        opening.contains("chủ trì Hội nghị triển khai phân cấp, phân quyền."),
        "{opening}"
    );
    // A department under its governing body takes its own symbol.
    fields.notice_issuer = "UBND TỈNH VĨNH PHÚC\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ".into();
    ws.update_meeting(&m, &fields, t(71)).unwrap();
    let notice = Notice::of(&ws, &m).unwrap();
    assert_eq!(notice.number, format!("Số:{blank}/TB-SKHĐT"));
    // An issuer it cannot tell leaves the symbol to the clerk.
    fields.notice_issuer = "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH".into();
    ws.update_meeting(&m, &fields, t(72)).unwrap();
    let notice = Notice::of(&ws, &m).unwrap();
    assert_eq!(notice.number, format!("Số:{blank}/TB-"));
}

#[test]
fn the_notice_reads_like_the_office_writes_it() {
    let mut ws = meeting();
    let m = id(1);
    let mut fields = MeetingFields::of(ws.meetings().get(&m).unwrap().body());
    fields.notice_number = "45/TB-UBND".into();
    fields.notice_issuer = "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC".into();
    fields.notice_day = "1/4/2026".into();
    fields.signer_title = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH".into();
    fields.signer_name = "Nguyễn Văn An".into();
    fields.recipients = "- Như trên;\n- Lưu: VT.".into();
    fields.form = MeetingForm::Online;
    fields.sites = "9".into();
    fields.agencies = vec![sonv(), sotc()];
    ws.update_meeting(&m, &fields, t(70)).unwrap();

    let notice = Notice::of(&ws, &m).unwrap();
    assert_eq!(notice.issuer, ["ỦY BAN NHÂN DÂN", "TỈNH VĨNH PHÚC"]);
    assert_eq!(notice.number, "Số: 45/TB-UBND");
    assert_eq!(notice.place_date, "Vĩnh Phúc, ngày 01 tháng 4 năm 2026");
    assert_eq!(notice.signer_title, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
    assert_eq!(
        notice.summary,
        "Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Văn An tại cuộc họp Giao ban cải cách hành chính tháng 3"
    );
    let Block::Paragraph(opening) = &notice.body[0] else {
        panic!()
    };
    assert!(opening.starts_with("Vào lúc 08 giờ 30 ngày 20/03/2026, tại Hội trường UBND tỉnh, đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp"), "{opening}");
    assert!(
        opening.ends_with(
            "Cuộc họp được tổ chức theo hình thức trực tuyến với 9 điểm cầu. Tham dự có đại diện lãnh đạo Sở Nội vụ, Sở Tài chính."
        ),
        "{opening}"
    );
    assert_eq!(
        notice.body[1],
        Block::Paragraph("Sau khi nghe các cơ quan báo cáo và ý kiến phát biểu của các đại biểu dự họp, đồng chí Phó Chủ tịch UBND tỉnh kết luận như sau:".into()),
        "the chair is named by role"
    );
    assert_eq!(notice.recipients, ["- Như trên;", "- Lưu: VT."]);
    assert_eq!(
        notice.governing_lines, 0,
        "ỦY BAN NHÂN DÂN / TỈNH VĨNH PHÚC is one body"
    );
    let numbered: Vec<String> = notice
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Numbered(n, text) => Some(format!("{n}. {text}")),
            Block::Heading(text) => Some(text.clone()),
            Block::Lettered(..) | Block::Paragraph(_) => None,
        })
        .collect();
    assert_eq!(
        numbered,
        [
            "I. NỘI DUNG BÁO CÁO",
            "1. Sở Nội vụ báo cáo: Kết quả sắp xếp tổ chức bộ máy.",
            "2. Sở Tư pháp báo cáo: Tình hình kiểm soát thủ tục hành chính.",
            "II. KẾT LUẬN CỦA NGƯỜI CHỦ TRÌ CUỘC HỌP",
            "1. Về kết quả sắp xếp tổ chức bộ máy (Sở Nội vụ báo cáo): Đánh giá cao kết quả sắp xếp.",
            "2. Các sở đẩy nhanh tiến độ.",
            "III. GIAO NHIỆM VỤ",
            "1. Giao Sở Nội vụ chủ trì rà soát chức năng, nhiệm vụ các phòng; thời hạn: trước ngày 15/04/2026.",
            "2. Giao Sở Tài chính chủ trì bố trí kinh phí thực hiện; thời hạn: tháng 5/2026.",
            "3. Giao Sở Tư pháp chủ trì công bố thủ tục hành chính mới; thời hạn: trước ngày 31/03/2026.",
        ]
    );
    let text = notice.body_text();
    assert!(text.starts_with("THÔNG BÁO\nKết luận của Phó Chủ tịch"));
    assert!(text.contains("\n3. Giao Sở Tư pháp chủ trì"));
    assert!(text.ends_with("thực hiện./."));
}

#[test]
fn an_assignment_names_its_coordinating_agencies() {
    let mut ws = meeting();
    let fields = TaskFields {
        title: "Tổng hợp, báo cáo UBND tỉnh".into(),
        lead: Some(sotc()),
        coordinating: vec![sonv(), sotp()],
        deadline: Deadline::Quarter {
            year: 2026,
            quarter: 2,
        },
        ..TaskFields::default()
    };
    ws.update_task(&id(7), &fields, t(80)).unwrap();
    let text = crate::notice::assignment(&ws, ws.tasks().get(&id(7)).unwrap().body());
    assert_eq!(
        text,
        "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ, Sở Tư pháp tổng hợp, báo cáo UBND tỉnh; thời hạn: quý II/2026."
    );
}

#[test]
fn a_meeting_keeps_a_part_of_the_day_its_source_and_the_figures_reported() {
    let mut ws = meeting();
    let parts = [
        ("sáng", None, Some(DayPart::Morning)),
        ("Chiều", None, Some(DayPart::Afternoon)),
        ("buổi tối", None, Some(DayPart::Evening)),
        (
            "2 giờ chiều",
            NaiveTime::from_hms_opt(14, 0, 0),
            Some(DayPart::Afternoon),
        ),
        ("8 giờ 30", NaiveTime::from_hms_opt(8, 30, 0), None),
        ("14h30", NaiveTime::from_hms_opt(14, 30, 0), None),
    ];
    for (typed, time, part) in parts {
        assert_eq!(parse_time_or_part(typed), Ok((time, part)), "{typed}");
    }
    let mut fields = MeetingFields::of(ws.meetings().get(&id(1)).unwrap().body());
    fields.time = "chiều".into();
    fields.form = MeetingForm::NotSaid;
    fields.source = "Báo cáo số 25/BC-SNV ngày 02/4/2022 của Sở Nội vụ".into();
    fields.figures = "Đã hoàn thành 07/11 nhiệm vụ\n590 nhiệm vụ được giao năm 2020".into();
    fields.references = "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII\nKế hoạch số 5/KH-UBND ngày 31/02/2022\nĐề án phân cấp, ủy quyền".into();
    let refused = ws.update_meeting(&id(1), &fields, t(50)).unwrap();
    assert_eq!(
        refused
            .iter()
            .map(|r| (r.field, r.line))
            .collect::<Vec<_>>(),
        [("references", 2)]
    );
    let m = ws.meetings().get(&id(1)).unwrap().body();
    assert_eq!((m.time, m.part), (None, Some(DayPart::Afternoon)));
    assert_eq!(m.references.len(), 2, "the lines that read are saved");
    assert_eq!(m.source.as_ref().and_then(|s| s.date), Some(d(2022, 4, 2)));
    assert_eq!(
        m.figures.lines().next(),
        Some("Đã hoàn thành 07/11 nhiệm vụ"),
        "as typed"
    );
    let shown = MeetingFields::of(m);
    assert_eq!(shown.time, "chiều");
    // The notice says the part of the day, and nothing of a form not said.
    let notice = Notice::of(&ws, &id(1)).unwrap();
    let opening = notice.body_text();
    assert!(opening.contains("Chiều ngày 20/03/2026"), "{opening}");
    assert!(!opening.contains("hình thức"), "{opening}");
}

#[test]
fn a_deadline_typed_without_its_year_takes_the_meetings_and_says_or_on_request() {
    let mut ws = meeting();
    let context = ws.date_context(None, Some(&id(1)), d(2026, 11, 30));
    assert_eq!(context.near, d(2026, 3, 20), "the meeting's day, not today");
    let mut form = DeadlineForm::blank(d(2026, 11, 30));
    (form.kind, form.day) = (DeadlineKind::By, "15/4".into());
    assert_eq!(
        form.read(&context),
        Ok(Deadline::By {
            day: d(2026, 4, 15)
        })
    );
    form.day = "31/1".into();
    assert_eq!(
        form.read(&context),
        Ok(Deadline::By {
            day: d(2027, 1, 31)
        })
    );
    let task = ws.meeting_tasks(&id(1))[0].id().clone();
    ws.set_task_on_request(&task, true, t(60)).unwrap();
    let text = Notice::of(&ws, &id(1)).unwrap().body_text();
    assert!(
        text.contains("thời hạn: trước ngày 15/04/2026 hoặc đột xuất khi có yêu cầu."),
        "{text}"
    );
}

#[test]
fn conclusions_are_grouped_under_their_items_topic_and_parts_number_from_one() {
    let mut ws = meeting();
    let m = id(1);
    // Six items by one agency, each with its own topic; three conclusions on the first.
    for (n, text) in [
        "Đề xuất phương án tổ chức hội nghị. Kèm dự thảo kế hoạch.",
        "Kết quả rà soát thủ tục",
    ]
    .iter()
    .enumerate()
    {
        let item = id(200 + n as u128);
        ws.add_item(item.clone(), &m, t(100)).unwrap();
        ws.set_item(&item, Some(&sonv()), text, t(101)).unwrap();
    }
    for (n, text) in [
        "Thống nhất phương án",
        "Giao hoàn thiện dự thảo",
        "Báo cáo trước ngày 15/4",
    ]
    .iter()
    .enumerate()
    {
        let c = id(300 + n as u128);
        ws.add_conclusion(c.clone(), &m, Some(&id(200)), t(102))
            .unwrap();
        ws.set_conclusion(&c, Some(&id(200)), text, t(103)).unwrap();
    }
    let body = Notice::of(&ws, &m).unwrap().body;
    let at = body
        .iter()
        .position(|b| matches!(b, Block::Numbered(_, t) if t.starts_with("Về đề xuất phương án")))
        .expect("a group headed by the item's topic");
    assert_eq!(
        body[at],
        Block::Numbered(
            2,
            "Về đề xuất phương án tổ chức hội nghị (Sở Nội vụ báo cáo):".into()
        )
    );
    assert_eq!(
        body[at + 1],
        Block::Lettered('a', "Thống nhất phương án.".into())
    );
    assert_eq!(
        body[at + 3],
        Block::Lettered('c', "Báo cáo trước ngày 15/4.".into())
    );
    let prefixed = body.iter().filter(|b| matches!(b, Block::Lettered(_, t) | Block::Numbered(_, t) if t.contains("Về nội dung"))).count();
    assert_eq!(
        prefixed, 0,
        "never \"Về nội dung … báo cáo:\" line after line"
    );

    // A meeting with only assignments numbers its one part I, after the chair's words.
    let only = ws
        .add_meeting(
            id(400),
            "Buổi làm việc với UBND huyện",
            Some(d(2026, 3, 25)),
            t(110),
        )
        .unwrap();
    ws.add_assignment(id(401), &only, &sonv(), t(111)).unwrap();
    ws.set_task_title(&id(401), "Rà soát thủ tục", t(112))
        .unwrap();
    let body = Notice::of(&ws, &only).unwrap().body;
    assert_eq!(
        body[1],
        Block::Paragraph("Người chủ trì kết luận như sau:".into())
    );
    assert_eq!(body[2], Block::Heading("I. GIAO NHIỆM VỤ".into()));
}

#[test]
fn the_governing_body_is_in_regular_type_and_recipients_end_with_the_archive() {
    let mut ws = meeting();
    let mut fields = MeetingFields::of(ws.meetings().get(&id(1)).unwrap().body());
    fields.notice_issuer = "UBND TỈNH VĨNH PHÚC\nSỞ NỘI VỤ".into();
    fields.recipients = "Các sở, ban, ngành\n• UBND các huyện.\nLưu: VT, CCHC\n- Như trên".into();
    ws.update_meeting(&id(1), &fields, t(120)).unwrap();
    let notice = Notice::of(&ws, &id(1)).unwrap();
    assert_eq!(notice.governing_lines, 1);
    assert_eq!(
        notice.recipients,
        [
            "- Các sở, ban, ngành;",
            "- UBND các huyện;",
            "- Như trên;",
            "- Lưu: VT, CCHC."
        ]
    );
}

#[test]
fn the_search_box_finds_meetings_items_and_conclusions() {
    let ws = meeting();
    let hits = ws.find_notes("sap xep", 10);
    let kinds: Vec<NoteKind> = hits.iter().map(|h| h.kind).collect();
    assert_eq!(kinds, [NoteKind::Item, NoteKind::Conclusion]);
    assert_eq!(hits[0].text, "Sở Nội vụ: Kết quả sắp xếp tổ chức bộ máy");
    assert_eq!(ws.find_notes("giao ban", 10)[0].kind, NoteKind::Meeting);
    assert!(ws.find_notes("  ", 10).is_empty());
    assert_eq!(ws.find_notes("sap xep", 1).len(), 1);
}

#[test]
fn a_notice_day_without_its_year_takes_the_meetings() {
    let mut ws = meeting();
    let mut fields = MeetingFields::of(ws.meetings().get(&id(1)).unwrap().body());
    fields.notice_day = "25/3".into();
    ws.update_meeting(&id(1), &fields, t(130)).unwrap();
    let m = ws.meetings().get(&id(1)).unwrap().body();
    assert_eq!(
        m.notice.day,
        Some(d(2026, 3, 25)),
        "the meeting was on 20/3/2026"
    );
    // A meeting's own day takes the year of the report it was entered from.
    fields.source = "Báo cáo số 25/BC-SNV ngày 01/4/2022".into();
    fields.day = "2/4".into();
    fields.notice_day = "5/4".into();
    ws.update_meeting(&id(1), &fields, t(131)).unwrap();
    let m = ws.meetings().get(&id(1)).unwrap().body();
    assert_eq!(
        (m.day, m.notice.day),
        (Some(d(2022, 4, 2)), Some(d(2022, 4, 5)))
    );
}
