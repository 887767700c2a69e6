//! Native tests of the checklist: plan fields, content groups, task fields and moves, the
//! progress log, dashboards and search.

use super::tests::{device, id, sonv};
use super::*;
use crate::domain::check::Check;
use crate::domain::{Deadline, LogKind, PlanKind, Record, Task, TaskStatus, Years};
use crate::fixtures::agency;
use crate::fixtures::d;

fn t(n: u64) -> Timestamp {
    Timestamp(n as i64)
}

fn fields(title: &str, lead: &Id, deadline: Deadline) -> TaskFields {
    TaskFields {
        title: title.into(),
        lead: Some(lead.clone()),
        deadline,
        ..TaskFields::default()
    }
}

/// A plan with two content groups; tasks 10–12 in group I, 13 in group II.
fn checklist() -> Workspace {
    let mut ws = Workspace::new(device(1));
    let plan = ws.add_plan(id(1), "Kế hoạch CCHC năm 2026", t(1)).unwrap();
    ws.add_group(id(2), &plan, "Cải cách thể chế", t(2))
        .unwrap();
    ws.add_group(id(3), &plan, "Cải cách thủ tục hành chính", t(3))
        .unwrap();
    let by = |day| Deadline::By { day };
    let tasks = [
        (
            10,
            2,
            "Rà soát văn bản quy phạm pháp luật",
            sonv(),
            by(d(2026, 3, 31)),
        ),
        (
            11,
            2,
            "Phân cấp, phân quyền cho cấp huyện",
            agency("so-tu-phap"),
            by(d(2026, 6, 30)),
        ),
        (
            12,
            2,
            "Kiểm tra công tác cải cách hành chính",
            sonv(),
            Deadline::None,
        ),
        (
            13,
            3,
            "Số hóa hồ sơ thủ tục hành chính",
            agency("so-tai-chinh"),
            Deadline::Quarter {
                year: 2026,
                quarter: 2,
            },
        ),
    ];
    for (n, group, title, lead, deadline) in tasks {
        let f = fields(title, &lead, deadline);
        ws.add_task_with(id(n), &plan, Some(&id(group)), &f, t(n as u64))
            .unwrap();
    }
    ws
}

fn titles(ws: &Workspace) -> Vec<&str> {
    ws.plan_tasks(&id(1))
        .iter()
        .map(|t| t.body().title.as_str())
        .collect()
}

#[test]
fn the_plan_form_reads_the_reference_and_years_and_shows_them_back() {
    let mut ws = checklist();
    let form = PlanFields {
        title: "Kế hoạch cải cách hành chính năm 2026".into(),
        kind: PlanKind::Plan,
        reference: "Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh".into(),
        summary: "  Triển khai   cải cách hành chính \n\n".into(),
        issuer: "UBND tỉnh".into(),
        from_year: "2026".into(),
        to_year: String::new(),
        bases: "Thực hiện Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền\nNghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII".into(),
        agencies: vec![sonv(), agency("so-tu-phap")],
    };
    assert_eq!(ws.update_plan(&id(1), &form, t(20)), Ok(Vec::new()));
    let plan = ws.plans().get(&id(1)).unwrap().body();
    assert_eq!(
        plan.period,
        Some(Years {
            from: 2026,
            to: 2026
        })
    );
    assert_eq!(plan.summary, "Triển khai cải cách hành chính");
    let reference = plan.reference.as_ref().unwrap();
    assert_eq!(reference.number, "511");
    let shown = PlanFields::of(plan);
    assert!(shown
        .reference
        .starts_with("Kế hoạch số 511/KH-UBND ngày 31/07/2023"));
    assert_eq!(
        (shown.from_year.as_str(), shown.to_year.as_str()),
        ("2026", "")
    );
    // Căn cứ: each its own reference, the summary apart from the issuer.
    assert_eq!(plan.bases.len(), 2);
    assert_eq!(plan.bases[0].issuer, "Chính phủ");
    assert_eq!(plan.bases[0].summary, "đẩy mạnh phân cấp, phân quyền");
    assert_eq!(plan.bases[1].name, "Đại hội Đảng bộ tỉnh lần thứ XVII");
    assert_eq!(plan.agencies, [sonv(), agency("so-tu-phap")]);
    assert_eq!(
        shown.bases,
        "Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền\nNghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII"
    );
}

#[test]
fn bad_years_and_references_are_refused_and_change_nothing() {
    let mut ws = checklist();
    let before = ws.clone();
    let mut form = PlanFields::of(ws.plans().get(&id(1)).unwrap().body());
    for (from, to) in [("2025", "2021"), ("26", ""), ("năm nay", "")] {
        form.from_year = from.into();
        form.to_year = to.into();
        assert_eq!(
            ws.update_plan(&id(1), &form, t(20)),
            Err(CommandError::Period)
        );
    }
    assert_eq!(ws, before);
    form.agencies = vec![id(999)];
    assert!(
        ws.update_plan(&id(1), &form, t(20)).is_err(),
        "an unknown agency"
    );
    assert_eq!(ws, before);
}

#[test]
fn a_reference_that_cannot_be_read_is_named_and_never_blocks_the_rest() {
    let mut ws = checklist();
    let was = ws.plans().get(&id(1)).unwrap().body().reference.clone();
    let mut form = PlanFields::of(ws.plans().get(&id(1)).unwrap().body());
    form.title = "Kế hoạch đã sửa".into();
    form.reference = "Quyết định số 2866/QĐ-UBND ngày 31/02/2021".into();
    form.bases = "Nghị quyết số 04/NQ-CP\nKế hoạch số 1/KH-UBND ngày 30/02/2022".into();
    let refused = ws.update_plan(&id(1), &form, t(20)).unwrap();
    let named: Vec<(&str, usize)> = refused.iter().map(|r| (r.field, r.line)).collect();
    assert_eq!(named, [("reference", 1), ("bases", 2)]);
    let plan = ws.plans().get(&id(1)).unwrap().body();
    assert_eq!(plan.title, "Kế hoạch đã sửa", "the rest is saved");
    assert_eq!(plan.reference, was, "the plan's reference is not lost");
    assert_eq!(plan.bases.len(), 1);
}

#[test]
fn tasks_are_listed_group_by_group_and_move_within_their_group() {
    let mut ws = checklist();
    assert_eq!(ws.plan_groups(&id(1)).len(), 2);
    assert_eq!(titles(&ws)[3], "Số hóa hồ sơ thủ tục hành chính");
    ws.move_task(&id(12), true, t(30)).unwrap();
    assert_eq!(titles(&ws)[1], "Kiểm tra công tác cải cách hành chính");
    // The first of a group does not jump into the group before it.
    ws.move_task(&id(13), true, t(31)).unwrap();
    assert_eq!(titles(&ws)[3], "Số hóa hồ sơ thủ tục hành chính");
    // Groups move with their tasks.
    ws.move_group(&id(3), true, t(32)).unwrap();
    assert_eq!(titles(&ws)[0], "Số hóa hồ sơ thủ tục hành chính");
}

#[test]
fn a_task_moved_to_another_group_goes_to_its_end() {
    let mut ws = checklist();
    ws.move_task_to_group(&id(10), Some(&id(3)), t(30)).unwrap();
    assert_eq!(
        titles(&ws).last(),
        Some(&"Rà soát văn bản quy phạm pháp luật")
    );
    ws.move_task_to_group(&id(11), None, t(31)).unwrap();
    assert_eq!(titles(&ws)[0], "Phân cấp, phân quyền cho cấp huyện");
    let other = ws.add_plan(id(50), "Kế hoạch khác", t(32)).unwrap();
    ws.add_group(id(51), &other, "Nội dung khác", t(33))
        .unwrap();
    assert_eq!(
        ws.move_task_to_group(&id(12), Some(&id(51)), t(34)),
        Err(CommandError::GroupOfAnotherPlan)
    );
}

#[test]
fn a_group_with_tasks_cannot_be_deleted() {
    let mut ws = checklist();
    assert_eq!(
        ws.delete(Kind::Group, &id(3), t(40)),
        Err(CommandError::GroupNotEmpty { tasks: 1 })
    );
    ws.delete(Kind::Task, &id(13), t(41)).unwrap();
    ws.delete(Kind::Group, &id(3), t(42)).unwrap();
    assert_eq!(ws.plan_groups(&id(1)).len(), 1);
}

#[test]
fn coordinators_never_include_the_lead_or_repeat_and_edits_bump_once() {
    let mut ws = checklist();
    let mut f = TaskFields::of(ws.tasks().get(&id(10)).unwrap().body());
    f.coordinating = vec![agency("so-tu-phap"), sonv(), agency("so-tu-phap")];
    let before = ws.tasks().get(&id(10)).unwrap().version().total();
    ws.update_task(&id(10), &f, t(50)).unwrap();
    let task = ws.tasks().get(&id(10)).unwrap();
    assert_eq!(task.body().coordinating, [agency("so-tu-phap")]);
    assert_eq!(task.version().total(), before + 1);
    // Saving the same form again changes nothing, so the version stays.
    ws.update_task(&id(10), &f, t(51)).unwrap();
    assert_eq!(
        ws.tasks().get(&id(10)).unwrap().version().total(),
        before + 1
    );
}

#[test]
fn a_task_needs_known_agencies_and_a_real_deadline() {
    let mut ws = checklist();
    let mut f = fields(
        "Nhiệm vụ mới",
        &sonv(),
        Deadline::Month {
            year: 2026,
            month: 13,
        },
    );
    assert!(matches!(
        ws.add_task_with(id(60), &id(1), None, &f, t(60)),
        Err(CommandError::Deadline(_))
    ));
    f.deadline = Deadline::None;
    f.coordinating = vec![id(999)];
    assert!(matches!(
        ws.add_task_with(id(60), &id(1), None, &f, t(60)),
        Err(CommandError::NotFound {
            kind: Kind::Agency,
            ..
        })
    ));
}

#[test]
fn the_progress_log_keeps_reports_in_date_order_and_refuses_the_future() {
    let mut ws = checklist();
    let today = d(2026, 5, 10);
    ws.add_log(
        &id(11),
        d(2026, 5, 1),
        LogKind::Report,
        "Đã dự thảo",
        today,
        t(70),
    )
    .unwrap();
    ws.add_log(
        &id(11),
        d(2026, 4, 1),
        LogKind::Report,
        "Đã khảo sát",
        today,
        t(71),
    )
    .unwrap();
    ws.add_log(
        &id(11),
        d(2026, 5, 2),
        LogKind::Evidence,
        "Công văn số 12/SNV-CCHC",
        today,
        t(72),
    )
    .unwrap();
    let log = &ws.tasks().get(&id(11)).unwrap().body().log;
    let texts: Vec<_> = log.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Đã khảo sát", "Đã dự thảo", "Công văn số 12/SNV-CCHC"]
    );
    assert_eq!(
        ws.add_log(
            &id(11),
            d(2026, 5, 11),
            LogKind::Report,
            "Ngày mai",
            today,
            t(73)
        ),
        Err(CommandError::FutureDay)
    );
    assert!(ws
        .add_log(&id(11), today, LogKind::Report, "  \n ", today, t(74))
        .is_err());
    ws.remove_log(&id(11), 0, t(75)).unwrap();
    assert_eq!(ws.tasks().get(&id(11)).unwrap().body().log.len(), 2);
}

#[test]
fn dashboard_counts_on_time_late_overdue_and_due_soon() {
    let mut ws = checklist();
    let today = d(2026, 6, 25);
    // 10 (due 31/3) done late, 13 (due 30/6) done on time, 11 (due 30/6) open: due in 5 days.
    ws.set_task_done(&id(10), Some(d(2026, 4, 2)), t(80))
        .unwrap();
    ws.set_task_done(&id(13), Some(d(2026, 6, 1)), t(81))
        .unwrap();
    ws.set_task_status(&id(12), TaskStatus::InProgress, t(82))
        .unwrap();
    let figures = ws.plan_figures(&id(1), today);
    assert_eq!(figures.total, 4);
    assert_eq!(
        (figures.done, figures.done_on_time, figures.done_late),
        (2, 1, 1)
    );
    assert_eq!(
        (figures.overdue, figures.due_soon, figures.due_later),
        (0, 1, 1)
    );
    assert_eq!(figures.in_progress, 1);
    // A week later the open one is overdue.
    let later = ws.plan_figures(&id(1), d(2026, 7, 2));
    assert_eq!((later.overdue, later.due_soon), (1, 0));
    assert_eq!(ws.office_figures(today), figures);
    let attention: Vec<_> = ws
        .needs_attention(today, SOON)
        .iter()
        .map(|t| t.id().clone())
        .collect();
    assert_eq!(attention, [id(11)]);
}

#[test]
fn each_agency_reports_what_it_leads_and_coordinates() {
    let mut ws = checklist();
    let mut f = TaskFields::of(ws.tasks().get(&id(11)).unwrap().body());
    f.coordinating = vec![sonv()];
    ws.update_task(&id(11), &f, t(90)).unwrap();
    ws.set_task_done(&id(10), Some(d(2026, 3, 30)), t(91))
        .unwrap();
    let today = d(2026, 4, 15);
    let noi_vu = ws.agency_figures(&sonv(), today);
    assert_eq!(noi_vu.led.total, 2);
    assert_eq!(noi_vu.led.done_on_time, 1);
    assert_eq!(noi_vu.coordinating, 1);
    let names: Vec<_> = ws
        .agencies_at_work(today)
        .into_iter()
        .map(|a| a.name)
        .collect();
    assert_eq!(names, ["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp"]);
    // Tasks of a deleted plan no longer count.
    ws.delete(Kind::Plan, &id(1), t(92)).unwrap();
    assert_eq!(ws.office_figures(today).total, 0);
}

#[test]
fn search_ignores_accents_case_and_the_bar_of_d() {
    let mut ws = checklist();
    let mut form = PlanFields::of(ws.plans().get(&id(1)).unwrap().body());
    form.reference = "Quyết định số 2866/QĐ-UBND ngày 14/10/2021".into();
    ws.update_plan(&id(1), &form, t(100)).unwrap();
    let today = d(2026, 1, 1);
    let find = |ws: &Workspace, text: &str| -> Vec<Id> {
        let query = TaskQuery {
            text: text.into(),
            ..TaskQuery::default()
        };
        ws.find_tasks(&query, today)
            .iter()
            .map(|t| t.id().clone())
            .collect()
    };
    assert_eq!(find(&ws, "phan cap"), [id(11)]);
    assert_eq!(find(&ws, "PHÂN CẤP"), [id(11)]);
    assert_eq!(
        find(&ws, "qd 2866").len(),
        4,
        "the plan's reference is searched"
    );
    assert_eq!(
        find(&ws, "so tu phap"),
        [id(11)],
        "agency names are searched"
    );
    assert_eq!(find(&ws, "thu tuc so hoa"), [id(13)], "words in any order");
    assert!(find(&ws, "phan cap tai chinh").is_empty());
}

#[test]
fn filters_combine_agency_role_standing_and_deadline_range() {
    let mut ws = checklist();
    ws.set_task_done(&id(10), Some(d(2026, 4, 2)), t(110))
        .unwrap();
    let today = d(2026, 6, 25);
    let query = |q: TaskQuery| -> Vec<Id> {
        ws.find_tasks(&q, today)
            .iter()
            .map(|t| t.id().clone())
            .collect()
    };
    let lead = TaskQuery {
        agency: Some(sonv()),
        role: AgencyRole::Lead,
        ..TaskQuery::default()
    };
    assert_eq!(query(lead.clone()), [id(10), id(12)]);
    let late = TaskQuery {
        standing: Some(StandingFilter::DoneLate),
        ..lead
    };
    assert_eq!(query(late), [id(10)]);
    let june = TaskQuery {
        due_from: Some(d(2026, 6, 1)),
        due_to: Some(d(2026, 6, 30)),
        ..TaskQuery::default()
    };
    assert_eq!(query(june), [id(11), id(13)]);
    let soon = TaskQuery {
        standing: Some(StandingFilter::DueSoon),
        ..TaskQuery::default()
    };
    assert_eq!(query(soon), [id(11), id(13)]);
}

#[test]
fn a_deadline_before_the_plans_date_is_warned_about_but_kept() {
    let mut ws = checklist();
    let mut form = PlanFields::of(ws.plans().get(&id(1)).unwrap().body());
    form.reference = "Kế hoạch số 15/KH-UBND ngày 15/04/2026".into();
    ws.update_plan(&id(1), &form, t(120)).unwrap();
    let early = ws.tasks().get(&id(10)).unwrap().body().clone();
    assert_eq!(ws.due_before_plan(&early), Some(d(2026, 4, 15)));
    let later = ws.tasks().get(&id(11)).unwrap().body().clone();
    assert_eq!(ws.due_before_plan(&later), None);
}

#[test]
fn next_years_copy_has_new_ids_reset_statuses_and_later_deadlines() {
    let mut ws = checklist();
    ws.set_task_done(&id(10), Some(d(2026, 3, 1)), t(130))
        .unwrap();
    let mut form = PlanFields::of(ws.plans().get(&id(1)).unwrap().body());
    form.reference = "Kế hoạch số 15/KH-UBND ngày 15/01/2026".into();
    form.from_year = "2026".into();
    ws.update_plan(&id(1), &form, t(131)).unwrap();
    let fields = IndicatorFields {
        name: "Giảm phòng, ban".into(),
        target: "81".into(),
        achieved: "40".into(),
        ..IndicatorFields::default()
    };
    ws.add_indicator(id(20), &id(1), &fields, t(132)).unwrap();
    let mut n = 500;
    let mut fresh = || {
        n += 1;
        id(n)
    };
    let copy = ws.duplicate_plan(&id(1), &mut fresh, t(133)).unwrap();
    let plan = ws.plans().get(&copy).unwrap().body();
    assert_eq!(plan.title, "Kế hoạch CCHC năm 2027");
    assert_eq!(
        plan.period,
        Some(Years {
            from: 2027,
            to: 2027
        })
    );
    assert_eq!(plan.reference, None);
    assert_eq!(ws.plan_groups(&copy).len(), 2);
    let tasks = ws.plan_tasks(&copy);
    assert_eq!(tasks.len(), 4);
    assert!(tasks
        .iter()
        .all(|t| t.body().status == TaskStatus::NotStarted));
    assert_eq!(
        tasks[0].body().deadline,
        Deadline::By {
            day: d(2027, 3, 31)
        }
    );
    let groups: Vec<_> = ws
        .plan_groups(&copy)
        .iter()
        .map(|g| g.id().clone())
        .collect();
    assert!(tasks
        .iter()
        .all(|t| t.body().group.as_ref().is_some_and(|g| groups.contains(g))));
    let indicators = ws.plan_indicators(&copy);
    assert_eq!(indicators[0].body().achieved, None);
    // The original is untouched.
    assert_eq!(ws.plan_tasks(&id(1)).len(), 4);
    assert!(ws.tasks().get(&id(10)).unwrap().body().status.is_done());
}

#[test]
fn the_prepared_index_finds_what_the_plain_search_finds_in_the_same_order() {
    let today = d(2026, 6, 25);
    let ws = super::sample::workspace(3, super::sample::Scale::of(300), today);
    let index = ws.task_index();
    // The unfiltered order, asked plan by plan and meeting by meeting.
    let plans = ws.plans_by_title().into_iter();
    let mut expected: Vec<Id> = plans
        .flat_map(|p| ws.plan_tasks(p.id()))
        .map(|t| t.id().clone())
        .collect();
    for meeting in ws.meetings_by_day() {
        let tasks = ws.meeting_tasks(meeting.id()).into_iter();
        let outside_plans = tasks.filter(|t| t.body().plan.is_none());
        expected.extend(outside_plans.map(|t| t.id().clone()));
    }
    assert_eq!(
        expected.len(),
        300,
        "plans' tasks and meetings' own assignments"
    );
    let ids =
        |found: Vec<&Record<Task>>| -> Vec<Id> { found.iter().map(|t| t.id().clone()).collect() };
    assert_eq!(
        ids(ws.find_tasks_in(&index, &TaskQuery::default(), today)),
        expected
    );
    let first_plan = ws.plans_by_title()[0].id().clone();
    let first_meeting = ws.meetings_by_day()[0].id().clone();
    let queries = [
        TaskQuery {
            text: "so".into(),
            ..TaskQuery::default()
        },
        TaskQuery {
            text: "thủ TỤC  hanh".into(),
            ..TaskQuery::default()
        },
        TaskQuery {
            text: "ra soat".into(),
            standing: Some(StandingFilter::Open),
            ..TaskQuery::default()
        },
        TaskQuery {
            plan: Some(first_plan),
            text: "a".into(),
            ..TaskQuery::default()
        },
        TaskQuery {
            meeting: Some(first_meeting),
            ..TaskQuery::default()
        },
        TaskQuery {
            text: "không có ở đâu cả".into(),
            ..TaskQuery::default()
        },
    ];
    for query in queries {
        let plain = ids(ws.find_tasks(&query, today));
        let nowhere = query.text.starts_with("không");
        assert_eq!(plain.is_empty(), nowhere, "{query:?} finds something");
        assert_eq!(
            ids(ws.find_tasks_in(&index, &query, today)),
            plain,
            "{query:?}"
        );
        assert_eq!(
            ws.find_task_ids_in(&index, &query, today),
            plain,
            "{query:?}"
        );
    }
}

#[test]
fn the_agency_table_has_each_agencys_own_figures() {
    let today = d(2026, 6, 25);
    let ws = super::sample::workspace(4, super::sample::Scale::of(500), today);
    let table = ws.agencies_at_work(today);
    assert!(table.len() > 5);
    for line in table {
        assert_eq!(
            line,
            ws.agency_figures(&line.agency, today),
            "{}",
            line.name
        );
    }
}

#[test]
fn a_task_given_to_no_agency_yet_is_kept_listed_found_and_counted_apart() {
    let mut ws = checklist();
    let today = d(2026, 6, 25);
    let before = ws.office_figures(today);
    let unled = TaskFields {
        title: "Xây dựng Đề án phân cấp, ủy quyền".into(),
        coordinating: vec![agency("so-tu-phap")],
        ..TaskFields::default()
    };
    ws.add_task_with(id(70), &id(1), None, &unled, t(200))
        .unwrap();
    let task = ws.tasks().get(&id(70)).unwrap().body();
    assert_eq!(task.lead, None);
    assert!(task.check().is_ok(), "a task without a lead is valid");
    assert_eq!(ws.lead_name(task, "chưa giao"), "chưa giao");
    // Listed with the plan's tasks, and found by the filter for tasks nobody leads.
    assert!(ws.plan_tasks(&id(1)).iter().any(|t| t.id() == &id(70)));
    let found = ws.find_tasks(
        &TaskQuery {
            unled: true,
            ..TaskQuery::default()
        },
        today,
    );
    assert_eq!(found.iter().map(|t| t.id()).collect::<Vec<_>>(), [&id(70)]);
    // The office counts it; no agency's line does; it has its own line.
    assert_eq!(ws.office_figures(today).total, before.total + 1);
    assert_eq!(ws.unled_figures(today).total, 1);
    let lines = ws.agencies_at_work(today);
    let led: usize = lines.iter().map(|l| l.led.total).sum();
    assert_eq!(led, before.total, "no agency's line holds it");
    // Giving it a lead later is an ordinary edit.
    let given = TaskFields {
        lead: Some(sonv()),
        ..TaskFields::of(ws.tasks().get(&id(70)).unwrap().body())
    };
    ws.update_task(&id(70), &given, t(201)).unwrap();
    assert_eq!(ws.unled_figures(today).total, 0);
}
