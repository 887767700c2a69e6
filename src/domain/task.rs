//! Tasks (nhiệm vụ): one line of a plan, or one assignment of a meeting, led by one agency
//! once it is given one ("chưa giao cơ quan chủ trì" until then).

use super::deadline::{Deadline, TaskStatus};
use super::id::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One task of a plan, or assigned at a meeting (or both, once filed under a plan).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    /// The plan the task is listed in. An assignment may have none: it is then listed with its
    /// meeting's tasks. Every task has a plan, a meeting, or both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<Id>,
    /// The meeting that assigned it (giao), if it came from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Id>,
    /// The content group it is listed under, if the plan has groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Id>,
    /// Sort key within the plan (or the meeting). The number shown (1, 2, … through all groups)
    /// follows this order; it is not stored, so moving a task renumbers the rest.
    #[serde(alias = "number")]
    pub position: u32,
    /// What to do. An assignment typed live at a meeting may be empty for a moment.
    pub title: String,
    /// What exactly is to be done, the expected product, notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub details: String,
    /// The lead agency (cơ quan chủ trì): one, or none yet when the document names none
    /// ("chưa giao cơ quan chủ trì"). Stored forms before this always name one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<Id>,
    /// Coordinating agencies (cơ quan phối hợp): any number, never the lead, no repeats.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coordinating: Vec<Id>,
    #[serde(default)]
    pub deadline: Deadline,
    /// "hoặc đột xuất khi có yêu cầu": also to be reported whenever asked.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub on_request: bool,
    pub status: TaskStatus,
    /// Dated progress reports and evidence, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<LogEntry>,
}

crate::body_fields!(Task {
    plan, meeting, group, position, title, details, lead, coordinating, deadline, on_request,
    status, log
} aliases [("number", "position")]);

/// One line of a task's progress log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    pub day: NaiveDate,
    pub kind: LogKind,
    pub text: String,
}

/// What a log line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogKind {
    /// Báo cáo tiến độ: what was done so far.
    Report,
    /// Sản phẩm, minh chứng: a document reference or a note proving the work.
    Evidence,
}

impl LogKind {
    pub const ALL: [LogKind; 2] = [LogKind::Report, LogKind::Evidence];

    /// The kind as the log form's `<option value>` names it: the word it is stored under.
    pub fn code(self) -> &'static str {
        match self {
            LogKind::Report => "report",
            LogKind::Evidence => "evidence",
        }
    }

    /// The kind a `<select>`'s value names.
    pub fn from_code(code: &str) -> Option<LogKind> {
        LogKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// A task of plan "ke-hoach" led by Sở Nội vụ, for the core's tests.
#[cfg(test)]
pub(crate) fn example_task(title: &str) -> Task {
    Task {
        plan: Id::parse("ke-hoach").ok(),
        meeting: None,
        group: None,
        position: 1,
        title: title.to_owned(),
        details: String::new(),
        lead: Id::parse("co-quan-so-noi-vu").ok(),
        coordinating: Vec::new(),
        deadline: Deadline::None,
        on_request: false,
        status: TaskStatus::NotStarted,
        log: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_stored_before_meetings_existed_still_loads() {
        let text = r#"{"plan":"ke-hoach-1","number":2,"title":"Rà soát","lead":"co-quan-so-noi-vu","status":{"state":"not_started"}}"#;
        let task: Task = serde_json::from_str(text).unwrap();
        assert_eq!(task.plan, Id::parse("ke-hoach-1").ok());
        assert_eq!((task.meeting, task.position), (None, 2));
    }

    #[test]
    fn a_log_kinds_code_is_its_stored_name() {
        for kind in LogKind::ALL {
            let stored = serde_json::to_string(&kind).unwrap();
            assert_eq!(stored, format!("\"{}\"", kind.code()));
            assert_eq!(LogKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(LogKind::from_code("note"), None);
    }
}
