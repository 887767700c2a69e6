//! Tasks (nhiệm vụ): one line of a plan, led by exactly one agency.

use super::id::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One task of a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    /// The plan the task belongs to.
    pub plan: Id,
    /// Its number within the plan, from 1, as the plan's document numbers it.
    pub number: u32,
    pub title: String,
    /// The lead agency (cơ quan chủ trì): exactly one.
    pub lead: Id,
    pub status: TaskStatus,
}

/// What the lead agency reports. Whether a task is late is computed from dates, never stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum TaskStatus {
    /// Chưa thực hiện.
    NotStarted,
    /// Đang thực hiện.
    InProgress,
    /// Đã hoàn thành, on the given day.
    Done { on: NaiveDate },
    /// Tạm dừng.
    Paused,
}

impl TaskStatus {
    pub fn is_done(&self) -> bool {
        matches!(self, TaskStatus::Done { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_is_stored_as_a_tagged_object() {
        let on = NaiveDate::from_ymd_opt(2024, 4, 15).unwrap();
        let text = serde_json::to_string(&TaskStatus::Done { on }).unwrap();
        assert_eq!(text, r#"{"state":"done","on":"2024-04-15"}"#);
        assert_eq!(
            serde_json::from_str::<TaskStatus>(&text).unwrap(),
            TaskStatus::Done { on }
        );
        assert!(serde_json::from_str::<TaskStatus>(r#"{"state":"finished"}"#).is_err());
    }
}
