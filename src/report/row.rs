//! One row of a report's table, from a task as it stood on the report's day, and the heading
//! of its section when a report is grouped by plan or meeting.

use super::{summary, words, Row};
use crate::domain::deadline::standing;
use crate::domain::{LogKind, Record, Task, TaskStatus};
use crate::i18n::Lang;
use crate::workspace::Workspace;
use chrono::NaiveDate;

/// The heading of a task's section in a report grouped by plan: the plan's title, else its
/// meeting's ("Nhiệm vụ giao tại …").
pub(super) fn heading_of(ws: &Workspace, task: &Task) -> String {
    let plans = ws.table::<crate::domain::Plan>();
    if let Some(plan) = task.plan.as_ref().and_then(|p| plans.get(p)) {
        return plan.body().title.clone();
    }
    let meetings = ws.table::<crate::domain::meeting::Meeting>();
    let meeting = task.meeting.as_ref().and_then(|m| meetings.get(m));
    match meeting.map(|m| m.body().title.as_str()) {
        Some(title) if !title.is_empty() => format!("{} {title}", words::MEETING_HEADING),
        _ => words::MEETING_HEADING_UNNAMED.to_owned(),
    }
}

/// One task's row, judged on `today`.
///
/// A task reported done after `today` (a period's report judged on its last day) is shown as
/// it stood then: in progress.
pub(super) fn row(ws: &Workspace, task: &Record<Task>, number: usize, today: NaiveDate) -> Row {
    let task = &*summary::as_on(task.body(), today);
    let texts = Lang::Vi.texts();
    let names = task.coordinating.iter().filter_map(|a| ws.agency_name(a));
    let coordinating: Vec<&str> = names.collect();
    let deadline = task.deadline.due_day();
    let deadline_text = match deadline {
        Some(_) => String::new(),
        None => {
            let next = task.deadline.current_due(&task.status, today);
            texts.task_deadline(task, next.filter(|_| task.deadline.is_recurring()))
        }
    };
    let latest = |kind: LogKind| {
        let mut entries = task.log.iter().rev();
        entries.find(|e| e.kind == kind).map(|e| e.text.clone())
    };
    let mut note = Vec::new();
    if task.on_request && deadline.is_some() {
        note.push(words::ON_REQUEST.to_owned());
    }
    if let Some(evidence) = latest(LogKind::Evidence) {
        note.push(format!("{} {evidence}", words::EVIDENCE));
    }
    Row {
        number,
        title: task.title.clone(),
        lead: ws.lead_name(task, texts.unled),
        coordinating: coordinating.join("; "),
        deadline,
        deadline_text,
        standing: words::standing(standing(&task.deadline, &task.status, today)),
        done_on: match task.status {
            TaskStatus::Done { on } => Some(on),
            _ => None,
        },
        progress: latest(LogKind::Report).unwrap_or_default(),
        note: note.join("; "),
    }
}
