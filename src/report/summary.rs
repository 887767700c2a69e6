//! The period summary: which tasks a period counts (see the module doc of `report`), and the
//! per-agency lines, counted by the dashboard's own [`Figures`].

use super::{words, Period};
use crate::domain::{Id, Record, Task, TaskStatus};
use crate::workspace::{Figures, Workspace};
use chrono::NaiveDate;
use std::borrow::Cow;

/// One line of the summary: an agency's tasks of the period by where they stood.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SummaryLine {
    /// The lead agency's name, "Chưa giao cơ quan chủ trì", or "Tổng cộng".
    pub agency: String,
    /// The tasks of the period it leads.
    pub assigned: usize,
    /// Done by the due day (or with none).
    pub done_on_time: usize,
    /// Done after the due day.
    pub done_late: usize,
    /// Not done and past the due day.
    pub overdue: usize,
    /// Reported "đang thực hiện", not overdue.
    pub in_progress: usize,
    /// The rest of the open ones: reported "chưa thực hiện", not overdue.
    pub not_started: usize,
    /// Reported "tạm dừng".
    pub paused: usize,
}

impl SummaryLine {
    fn of(agency: String, f: Figures) -> SummaryLine {
        let counted = f.done + f.overdue + f.in_progress + f.paused;
        SummaryLine {
            agency,
            assigned: f.total,
            done_on_time: f.done_on_time,
            done_late: f.done_late,
            overdue: f.overdue,
            in_progress: f.in_progress,
            not_started: f.total.saturating_sub(counted),
            paused: f.paused,
        }
    }

    /// The counts in the order of the summary's columns, from "Tổng số nhiệm vụ" to "Tạm dừng".
    pub fn counts(&self) -> [usize; 7] {
        [
            self.assigned,
            self.done_on_time,
            self.done_late,
            self.overdue,
            self.in_progress,
            self.not_started,
            self.paused,
        ]
    }

    /// Done, on time or late.
    pub fn done(&self) -> usize {
        self.done_on_time + self.done_late
    }

    /// "07/11 nhiệm vụ đã hoàn thành" (two digits at least, as reports write it).
    pub fn done_text(&self) -> String {
        format!(
            "{:02}/{:02} nhiệm vụ đã hoàn thành",
            self.done(),
            self.assigned
        )
    }

    /// The share done, in whole per cent ("64%"); "-" with no task.
    pub fn done_share(&self) -> String {
        match self.assigned {
            0 => "-".to_owned(),
            n => format!("{}%", (self.done() * 100 + n / 2) / n),
        }
    }
}

/// The period report: one line per lead agency, the office's total, and the tasks counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// "Tổng hợp kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026".
    pub title: String,
    /// The office that sends it, the first line of the sheet.
    pub office: String,
    /// The period it reports on.
    pub period: Period,
    /// The day the tasks are judged on: today, or the period's last day if it is over.
    pub day: NaiveDate,
    /// One line per agency leading tasks of the period, by name; then, if any, the tasks no
    /// agency leads yet.
    pub lines: Vec<SummaryLine>,
    /// The whole office ("Tổng cộng").
    pub total: SummaryLine,
    /// The tasks counted, in the find page's order: the rows of the "Chi tiết" sheet.
    pub tasks: Vec<Id>,
}

impl Summary {
    /// The summary of `period` as it stood on min(`today`, its last day).
    pub fn of(ws: &Workspace, period: Period, office: &str, today: NaiveDate) -> Summary {
        let start = period.start().unwrap_or(NaiveDate::MIN);
        let end = period.end().unwrap_or(NaiveDate::MAX);
        let day = today.min(end);
        let all = ws.find_tasks(&crate::workspace::TaskQuery::default(), today);
        let counted: Vec<(&Record<Task>, Cow<Task>)> = all
            .into_iter()
            .map(|t| (t, as_on(t.body(), day)))
            .filter(|(_, task)| counts(task, start, end, day))
            .map(|(t, task)| (t, reported_for_period(task, start)))
            .collect();
        let of = |keep: &dyn Fn(&Task) -> bool| {
            let tasks = counted.iter().map(|(_, t)| t.as_ref());
            Figures::of(tasks.filter(|t| keep(t)), day)
        };
        let mut lines = Vec::new();
        for agency in ws.agencies_by_name() {
            let figures = of(&|t| t.lead.as_ref() == Some(agency.id()));
            if figures.total > 0 {
                lines.push(SummaryLine::of(agency.body().name.clone(), figures));
            }
        }
        let unled = of(&|t| t.lead.is_none());
        if unled.total > 0 {
            let name = crate::i18n::Lang::Vi.texts().unled.to_owned();
            lines.push(SummaryLine::of(name, unled));
        }
        Summary {
            title: format!("{} {}", words::SUMMARY_TITLE, period.label()),
            office: office.to_owned(),
            period,
            day,
            lines,
            total: SummaryLine::of(words::TOTAL.to_owned(), of(&|_| true)),
            tasks: counted.iter().map(|(t, _)| t.id().clone()).collect(),
        }
    }

    /// The table of the tasks it counts (the "Chi tiết" sheet), judged on the summary's day:
    /// a task done after that day is shown in progress, as it was counted.
    pub fn details(&self, ws: &Workspace) -> super::TaskReport {
        let title = self.title.clone();
        super::TaskReport::of_tasks(ws, title, &self.tasks, &self.office, self.day)
    }

    /// "Đã hoàn thành 07/11 nhiệm vụ (đúng hạn 05, quá hạn 02); 01 nhiệm vụ quá hạn chưa hoàn
    /// thành; 03 nhiệm vụ đang thực hiện": the figures of the report's text.
    pub fn figures_text(&self) -> String {
        let t = &self.total;
        format!(
            "Đã hoàn thành {:02}/{:02} nhiệm vụ (đúng hạn {:02}, quá hạn {:02}); {:02} nhiệm vụ \
             quá hạn chưa hoàn thành; {:02} nhiệm vụ đang thực hiện; {:02} nhiệm vụ chưa thực hiện",
            t.done(),
            t.assigned,
            t.done_on_time,
            t.done_late,
            t.overdue,
            t.in_progress,
            t.not_started
        )
    }
}

/// The task as it stood on `day`: one done after it was still in progress then.
pub(super) fn as_on(task: &Task, day: NaiveDate) -> Cow<'_, Task> {
    match task.status {
        TaskStatus::Done { on } if on > day => {
            let mut then = task.clone();
            then.status = TaskStatus::InProgress;
            Cow::Owned(then)
        }
        _ => Cow::Borrowed(task),
    }
}

/// A recurring duty reported done within the period is done for it: counted without its
/// next occurrence, which the dashboard would show as due again soon (and `Figures` count
/// neither done nor open).
fn reported_for_period(task: Cow<'_, Task>, start: NaiveDate) -> Cow<'_, Task> {
    match task.status {
        TaskStatus::Done { on } if task.deadline.is_recurring() && on >= start => {
            let mut done = task.into_owned();
            done.deadline = crate::domain::Deadline::None;
            Cow::Owned(done)
        }
        _ => task,
    }
}

/// Whether a task (as it stood on `day`) counts in the period `start..=end`.
fn counts(task: &Task, start: NaiveDate, end: NaiveDate, day: NaiveDate) -> bool {
    let within = |d: NaiveDate| start <= d && d <= end;
    let due = match task.status {
        TaskStatus::Paused => task.deadline.due_day(),
        _ => task.deadline.current_due(&task.status, day),
    };
    match task.status {
        TaskStatus::Done { on } if within(on) => true,
        TaskStatus::Done { .. } | TaskStatus::Paused => due.is_some_and(within),
        TaskStatus::NotStarted | TaskStatus::InProgress => due.is_some_and(|d| d <= end),
    }
}
