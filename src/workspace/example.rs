//! The example workspace: an invented plan with content groups, tasks in every state and
//! indicators, and a meeting (`example_meeting.rs`), so a newcomer sees a full app. Its ids start with "vi-du-" and its title says
//! "Ví dụ", and one command removes it without a trace.

use super::{CommandError, IndicatorFields, PlanFields, TaskFields, Workspace};
use super::{Kinded, Tables};
use crate::domain::agency::starter_id as agency;
use crate::domain::{Deadline, Direction, Every, Id, LogKind, PlanKind, TaskStatus, Timestamp};
use chrono::{Datelike, Days, NaiveDate};

const PREFIX: &str = "vi-du-";

/// One example task: id, group, title, lead, coordinating agencies, deadline, status.
type ExampleTask = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    Deadline,
    Option<TaskStatus>,
);

pub(super) fn example_id(name: &str) -> Id {
    // The names below are fixed and valid ids; a test loads the example.
    Id::parse(&format!("{PREFIX}{name}")).unwrap_or_else(|_| Id::from_random(0))
}

impl Workspace {
    /// Whether the example workspace is loaded.
    pub fn has_example(&self) -> bool {
        self.tables.plans.get(&example_id("ke-hoach")).is_some()
    }

    /// Removes every record of the example, leaving no tombstones: it never left this browser.
    pub fn remove_example(&mut self) {
        fn purge<T: Kinded>(tables: &mut Tables) {
            T::table_mut(tables).purge(|id: &Id| id.as_str().starts_with(PREFIX));
        }
        super::for_each_kind!(purge(&mut self.tables));
    }

    /// Loads the example, dated around `today` so that some tasks are late and some due soon.
    /// Loading it twice gives it once.
    pub fn load_example(&mut self, today: NaiveDate, now: Timestamp) -> Result<Id, CommandError> {
        self.remove_example();
        let year = today.year();
        let plan = example_id("ke-hoach");
        self.add_plan(plan.clone(), "Ví dụ", now)?;
        let fields = PlanFields {
            title: format!("[Ví dụ] Kế hoạch cải cách hành chính năm {year}"),
            kind: PlanKind::Plan,
            reference: format!("Kế hoạch số 15/KH-UBND ngày 10/01/{year} của UBND tỉnh"),
            summary: "Dữ liệu mẫu để làm quen với ứng dụng. Xóa bằng nút «Xóa dữ liệu ví dụ» trong Cài đặt.".into(),
            issuer: "UBND tỉnh".into(),
            from_year: year.to_string(),
            to_year: String::new(),
            bases: "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030".into(),
            agencies: Vec::new(),
        };
        self.update_plan(&plan, &fields, now)?;
        let groups = [
            ("nd-1", "Cải cách thể chế"),
            ("nd-2", "Cải cách thủ tục hành chính"),
            ("nd-3", "Cải cách tổ chức bộ máy"),
        ];
        for (name, title) in groups {
            self.add_group(example_id(name), &plan, title, now)?;
        }
        let day = |offset: i64| {
            match offset {
                o if o >= 0 => today.checked_add_days(Days::new(o as u64)),
                o => today.checked_sub_days(Days::new(o.unsigned_abs())),
            }
            .unwrap_or(today)
        };
        let tasks: [ExampleTask; 8] = [
            (
                "nv-1",
                "nd-1",
                "Rà soát văn bản quy phạm pháp luật của tỉnh",
                "so-tu-phap",
                &["so-noi-vu"],
                Deadline::By { day: day(-40) },
                Some(TaskStatus::Done { on: day(-45) }),
            ),
            (
                "nv-2",
                "nd-1",
                "Xây dựng quy định phân cấp, phân quyền cho cấp huyện",
                "so-noi-vu",
                &["so-tu-phap", "van-phong-ubnd-tinh"],
                Deadline::By { day: day(-10) },
                Some(TaskStatus::InProgress),
            ),
            (
                "nv-3",
                "nd-2",
                "Rà soát, đơn giản hóa thủ tục hành chính",
                "van-phong-ubnd-tinh",
                &[],
                Deadline::By { day: day(3) },
                Some(TaskStatus::InProgress),
            ),
            (
                "nv-4",
                "nd-2",
                "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
                "so-khoa-hoc-cong-nghe",
                &["van-phong-ubnd-tinh"],
                Deadline::By { day: day(20) },
                None,
            ),
            (
                "nv-5",
                "nd-2",
                "Báo cáo tình hình giải quyết thủ tục hành chính",
                "van-phong-ubnd-tinh",
                &[],
                Deadline::Recurring {
                    every: Every::Quarter,
                    first: NaiveDate::from_ymd_opt(year, 3, 20),
                    years: None,
                },
                None,
            ),
            (
                "nv-6",
                "nd-3",
                "Sắp xếp, tinh gọn các phòng, ban, chi cục",
                "so-noi-vu",
                &["so-tai-chinh"],
                Deadline::Year { year },
                Some(TaskStatus::InProgress),
            ),
            (
                "nv-7",
                "nd-3",
                "Rà soát vị trí việc làm, biên chế",
                "so-noi-vu",
                &[],
                Deadline::By { day: day(-30) },
                Some(TaskStatus::Done { on: day(-20) }),
            ),
            (
                "nv-8",
                "nd-3",
                "Kiểm tra công tác cải cách hành chính tại các huyện",
                "so-noi-vu",
                &["ubnd-cap-huyen"],
                Deadline::None,
                Some(TaskStatus::Paused),
            ),
        ];
        for (name, group, title, lead, coordinating, deadline, status) in tasks {
            let fields = TaskFields {
                title: title.into(),
                details: String::new(),
                lead: Some(agency(lead)),
                coordinating: coordinating.iter().map(|a| agency(a)).collect(),
                deadline,
                on_request: false,
            };
            let id = self.add_task_with(
                example_id(name),
                &plan,
                Some(&example_id(group)),
                &fields,
                now,
            )?;
            if let Some(status) = status {
                self.set_task_status(&id, status, now)?;
            }
        }
        let report = "Đã ban hành dự thảo, đang lấy ý kiến các sở, ngành.";
        self.add_log(
            &example_id("nv-2"),
            day(-15),
            LogKind::Report,
            report,
            today,
            now,
        )?;
        let evidence = "Công văn số 120/SNV-CCHC gửi các sở, ngành";
        self.add_log(
            &example_id("nv-2"),
            day(-12),
            LogKind::Evidence,
            evidence,
            today,
            now,
        )?;
        let indicators = [
            (
                "ct-1",
                "Giảm phòng, ban, chi cục",
                "đơn vị",
                Direction::Reduce,
                "",
                "81",
                "40",
            ),
            (
                "ct-2",
                "Tỷ lệ hồ sơ trực tuyến toàn trình",
                "%",
                Direction::Increase,
                "60",
                "80",
                "72,5",
            ),
        ];
        for (name, title, unit, direction, baseline, target, achieved) in indicators {
            let fields = IndicatorFields {
                name: title.into(),
                unit: unit.into(),
                direction,
                baseline: baseline.into(),
                target: target.into(),
                achieved: achieved.into(),
            };
            self.add_indicator(example_id(name), &plan, &fields, now)?;
        }
        self.load_example_meeting(today, now)?;
        Ok(plan)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::tests::device;

    #[test]
    fn the_example_loads_once_shows_every_state_and_leaves_no_trace() {
        let mut ws = Workspace::new(device(1));
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let before = ws.clone();
        ws.load_example(today, Timestamp(1)).unwrap();
        ws.load_example(today, Timestamp(2)).unwrap();
        assert!(ws.has_example());
        assert_eq!(ws.plans().live().count(), 1);
        let plan = ws.plans().live().next().unwrap().id().clone();
        let f = ws.plan_figures(&plan, today);
        assert_eq!(f.total, 8);
        assert_eq!(
            (f.done_on_time, f.done_late, f.overdue, f.due_soon, f.paused),
            (1, 1, 1, 1, 1)
        );
        assert_eq!(ws.plan_indicators(&plan).len(), 2);
        let meeting = ws.meetings().live().next().unwrap().id().clone();
        assert_eq!(
            ws.meeting_progress(&meeting),
            crate::workspace::Progress { done: 1, total: 2 }
        );
        assert_eq!(ws.meeting_items(&meeting).len(), 2);
        assert_eq!(ws.meeting_conclusions(&meeting).len(), 2);
        ws.remove_example();
        assert!(!ws.has_example());
        assert_eq!(ws, before);
    }
}
