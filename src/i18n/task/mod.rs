//! The texts of one task: its form, deadline and status, its progress log, and the words
//! lists use for a task's standing and deadline.

pub(super) mod en;
pub(super) mod vi;

use crate::domain::LogKind;
use crate::domain::Standing;
use crate::domain::{Deadline, Every, StatusKind};
use crate::workspace::DeadlineKind;
use chrono::NaiveDate;

/// Every text of the task page in one language.
pub struct TaskTexts {
    pub lead_label: &'static str,
    pub done_label: &'static str,
    pub status_not_started: &'static str,
    pub status_in_progress: &'static str,
    pub status_done_on: fn(&str) -> String,
    pub status_paused: &'static str,
    pub standing: fn(Standing) -> String,
    pub deadline: fn(&Deadline, Option<NaiveDate>) -> String,
    pub deadline_label: &'static str,
    pub deadline_kind: fn(DeadlineKind) -> &'static str,
    pub deadline_first: &'static str,
    /// Under an empty first day of a recurring duty.
    pub deadline_first_hint: &'static str,
    /// Part of a deadline: "hoặc đột xuất khi có yêu cầu".
    pub on_request: &'static str,
    pub on_request_label: &'static str,
    /// The full day a day typed without its year was read as.
    pub day_read_as: fn(chrono::NaiveDate) -> String,
    pub deadline_day: &'static str,
    pub deadline_every: &'static str,
    pub every: fn(Every) -> &'static str,
    pub deadline_month: &'static str,
    pub deadline_quarter: &'static str,
    pub deadline_year: &'static str,
    pub coordinating_label: &'static str,
    pub missing: &'static str,
    pub delete: &'static str,
    pub status_label: &'static str,
    pub status_name: fn(StatusKind) -> &'static str,
    pub done_on_label: &'static str,
    pub status_save: &'static str,
    pub edit_heading: &'static str,
    pub title_label: &'static str,
    pub details_label: &'static str,
    pub log_heading: &'static str,
    pub log_kind: fn(LogKind) -> &'static str,
    pub log_kind_label: &'static str,
    pub log_day_label: &'static str,
    pub log_text_label: &'static str,
    pub log_add: &'static str,
    pub due_before_plan: fn(NaiveDate) -> String,
}
