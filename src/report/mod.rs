//! Progress reports (báo cáo tiến độ thực hiện) as officials send them: a table of tasks with
//! their agencies, deadlines, standing and latest progress, written as an Excel workbook
//! (`xlsx`) or a CSV file (`csv`); and the period report (`period`, `summary`): per lead agency, how many
//! of the tasks of a quarter, half-year, nine months or year are done on time, late, overdue.
//!
//! A report is an official paper, always in Vietnamese like `crate::notice`: its headings and
//! words are constants of this module (`words.rs`), not texts of the interface's `i18n` tables.
//! The deadlines are worded by `i18n` (the Vietnamese `task_deadline`), as every page words them.
//!
//! The model is plain data, composed from the [`Workspace`] and a "today" passed in:
//! - [`TaskReport::of_plan`]: one plan, section by section of its content groups.
//! - [`TaskReport::of_agency`]: the tasks one agency leads, a section per plan, then per meeting.
//! - [`TaskReport::of_tasks`]: any list of tasks (a search's results), grouped the same way.
//!
//! Which tasks a period counts (see [`Summary::of`], and docs/reports.md): the tasks are judged
//! as they stood on the day J = min(today, the period's last day); a task done after J counts as
//! still in progress on J. A current task counts when
//! 1. it was done by J, on a day within the period; or
//! 2. its due day on J falls within the period (the one-off due day; for a recurring duty the
//!    occurrence `domain::deadline::standing` judges it by, see `Deadline::current_due`); or
//! 3. it was not done by J and its due day is before the period (still overdue on J).
//!
//! A task with no deadline counts only in the period it is done in; a paused one only when its
//! one-off due day falls in the period.

pub mod csv;
mod period;
mod row;
mod summary;
#[cfg(test)]
mod tests;
mod words;
pub mod xlsx;
mod xlsx_sheet;
mod xlsx_styles;

pub use period::Period;
pub use summary::{Summary, SummaryLine};
pub use words::{
    file_name, AS_OF, COLUMNS, FOUND_TITLE, MAX_FILE_NAME, SHEET_SUMMARY, SHEET_TASKS,
    SUMMARY_COLUMNS,
};
pub use xlsx_sheet::serial;

use row::{heading_of, row};

use crate::domain::{roman, Id, Task};
use crate::workspace::{AgencyRole, TaskQuery, Workspace};
use chrono::NaiveDate;

/// A progress report: the office that sends it, its title and day, and its table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskReport {
    /// "Tiến độ thực hiện Kế hoạch cải cách hành chính năm 2026".
    pub title: String,
    /// The office that sends it, the first line of the sheet ("Sở Nội vụ tỉnh Vĩnh Phúc").
    pub office: String,
    /// The day the standings are judged on ("Tính đến ngày 02/12/2026").
    pub day: NaiveDate,
    /// The table, section by section.
    pub sections: Vec<Section>,
}

/// One part of the table: a content group, a plan or a meeting, with its rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// The heading row: "I. Cải cách thể chế", a plan's title; `None` for tasks under no heading.
    pub group: Option<String>,
    /// Its tasks, in the order of the report.
    pub rows: Vec<Row>,
}

/// One task of the table, every cell already in words or dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// STT: 1, 2, … running through all sections.
    pub number: usize,
    /// Nội dung: the task's title.
    pub title: String,
    /// Cơ quan chủ trì: the lead's name, or "Chưa giao cơ quan chủ trì".
    pub lead: String,
    /// Cơ quan phối hợp: the names joined by "; ".
    pub coordinating: String,
    /// Thời hạn, when it is one day: the one-off due day (a month's, quarter's, year's last day).
    pub deadline: Option<NaiveDate>,
    /// Thời hạn in words when it is not one day: "Định kỳ hằng quý, kỳ tới 31/12/2026",
    /// "Không có thời hạn"; empty when [`Row::deadline`] holds it.
    pub deadline_text: String,
    /// Tình trạng: "Quá hạn 12 ngày", "Đã hoàn thành đúng hạn", … judged on the report's day.
    pub standing: String,
    /// Ngày hoàn thành.
    pub done_on: Option<NaiveDate>,
    /// Kết quả/tiến độ: the latest progress report of the task's log.
    pub progress: String,
    /// Ghi chú: "Hoặc đột xuất khi có yêu cầu", the latest evidence.
    pub note: String,
}

impl TaskReport {
    /// The report of one live plan: the tasks outside any group first (without a heading), then
    /// each content group in order ("I. …", "II. …"), the tasks as the plan lists them.
    pub fn of_plan(
        ws: &Workspace,
        plan: &Id,
        office: &str,
        today: NaiveDate,
    ) -> Option<TaskReport> {
        let title = &ws.table::<crate::domain::Plan>().get(plan)?.body().title;
        let tasks = ws.plan_tasks(plan);
        let mut sections = vec![Section {
            group: None,
            rows: Vec::new(),
        }];
        let groups = ws.plan_groups(plan);
        for (n, group) in groups.iter().enumerate() {
            let heading = format!("{}. {}", roman(n as u32 + 1), group.body().title);
            sections.push(Section {
                group: Some(heading),
                rows: Vec::new(),
            });
        }
        let mut number = 0;
        for task in tasks {
            let at = task.body().group.as_ref().and_then(|g| {
                let n = groups.iter().position(|x| x.id() == g)?;
                Some(n + 1)
            });
            number += 1;
            sections[at.unwrap_or(0)]
                .rows
                .push(row(ws, task, number, today));
        }
        if sections[0].rows.is_empty() {
            sections.remove(0);
        }
        let title = format!("{} {title}", words::PLAN_TITLE);
        Some(TaskReport::new(title, office, today, sections))
    }

    /// The tasks one agency leads, a section per plan (by title), then one per meeting for the
    /// assignments filed under no plan (latest meeting first): the find page's order.
    pub fn of_agency(
        ws: &Workspace,
        agency: &Id,
        office: &str,
        today: NaiveDate,
    ) -> Option<TaskReport> {
        let name = ws.agency_name(agency)?;
        let query = TaskQuery {
            agency: Some(agency.clone()),
            role: AgencyRole::Lead,
            ..TaskQuery::default()
        };
        let found = ws.find_tasks(&query, today).into_iter();
        let ids: Vec<Id> = found.map(|t| t.id().clone()).collect();
        let title = format!("{} {name} chủ trì", words::AGENCY_TITLE);
        Some(TaskReport::of_tasks(ws, title, &ids, office, today))
    }

    /// A report of these tasks (the results of a search), in their order, a section per plan
    /// (or per meeting, for tasks under no plan) where each first appears. Ids of tasks that are
    /// not current are left out.
    pub fn of_tasks(
        ws: &Workspace,
        title: String,
        tasks: &[Id],
        office: &str,
        today: NaiveDate,
    ) -> TaskReport {
        let mut keys: Vec<Option<&Id>> = Vec::new();
        let mut sections: Vec<Section> = Vec::new();
        let mut number = 0;
        let table = ws.table::<Task>();
        let current = tasks.iter().filter_map(|id| table.get(id));
        for task in current.filter(|t| ws.is_current(t.body())) {
            let key = task.body().plan.as_ref().or(task.body().meeting.as_ref());
            let at = match keys.iter().position(|k| *k == key) {
                Some(at) => at,
                None => {
                    keys.push(key);
                    sections.push(Section {
                        group: Some(heading_of(ws, task.body())),
                        rows: Vec::new(),
                    });
                    sections.len() - 1
                }
            };
            number += 1;
            sections[at].rows.push(row(ws, task, number, today));
        }
        TaskReport::new(title, office, today, sections)
    }

    fn new(title: String, office: &str, day: NaiveDate, sections: Vec<Section>) -> TaskReport {
        TaskReport {
            title,
            office: office.to_owned(),
            day,
            sections,
        }
    }

    /// Every row, section after section.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.sections.iter().flat_map(|s| &s.rows)
    }
}
