//! What the lead agency reports of a task ([`TaskStatus`]) and where the task stands against
//! its deadline today ([`Standing`]), computed from both and the date; never typed or stored.

use super::Deadline;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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

/// Which status is reported, without the day a task was done: the choice of the status
/// `<select>`, whose day field shows for [`StatusKind::Done`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusKind {
    NotStarted,
    InProgress,
    Done,
    Paused,
}

impl StatusKind {
    /// Every status, in the order the form offers them.
    pub const ALL: [StatusKind; 4] = [
        StatusKind::NotStarted,
        StatusKind::InProgress,
        StatusKind::Done,
        StatusKind::Paused,
    ];

    /// The status as its `<option value>` names it: the same word it is stored under.
    pub fn code(self) -> &'static str {
        match self {
            StatusKind::NotStarted => "not_started",
            StatusKind::InProgress => "in_progress",
            StatusKind::Done => "done",
            StatusKind::Paused => "paused",
        }
    }

    /// The status a `<select>`'s value names.
    pub fn from_code(code: &str) -> Option<StatusKind> {
        StatusKind::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

impl TaskStatus {
    pub fn kind(&self) -> StatusKind {
        match self {
            TaskStatus::NotStarted => StatusKind::NotStarted,
            TaskStatus::InProgress => StatusKind::InProgress,
            TaskStatus::Done { .. } => StatusKind::Done,
            TaskStatus::Paused => StatusKind::Paused,
        }
    }

    pub fn is_done(&self) -> bool {
        matches!(self, TaskStatus::Done { .. })
    }

    /// Still to be done: neither done nor paused.
    pub fn is_open(&self) -> bool {
        matches!(self, TaskStatus::NotStarted | TaskStatus::InProgress)
    }
}

/// Where a task stands today, as officials report it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Chưa thực hiện, and not due within [`DUE_SOON_DAYS`] (or no deadline).
    NotStarted,
    /// Đang thực hiện, and not due within [`DUE_SOON_DAYS`] (or no deadline).
    InProgress,
    /// Sắp đến hạn: not done, due in `days` days (0 = due today).
    DueSoon { days: i64 },
    /// Quá hạn: not done, `days` days past the due day.
    Overdue { days: i64 },
    /// Đã hoàn thành đúng hạn (also: done, with no deadline; or a recurring duty done for the
    /// current period).
    DoneOnTime,
    /// Đã hoàn thành quá hạn: done `days` days after the due day.
    DoneLate { days: i64 },
    /// Tạm dừng: neither late nor due while paused.
    Paused,
}

/// A task due within this many days (today included) is "sắp đến hạn".
pub const DUE_SOON_DAYS: i64 = 7;

impl Deadline {
    /// The due day that matters now. One-off: its due day (also once done, to judge lateness).
    /// Recurring, not done: the next occurrence from today, so a duty is never overdue before
    /// it was ever reported; recurring, done on a day: the occurrence after that day (the
    /// "rollover": reporting once does not cover the next period). Paused: none.
    pub fn current_due(&self, status: &TaskStatus, today: NaiveDate) -> Option<NaiveDate> {
        match (self, status) {
            (_, TaskStatus::Paused) => None,
            (Deadline::Recurring { .. }, TaskStatus::Done { on }) => {
                self.occurrence_on_or_after(on.succ_opt()?)
            }
            (Deadline::Recurring { .. }, _) => self.occurrence_on_or_after(today),
            _ => self.due_day(),
        }
    }
}

/// Whole days from `today` to `due` (negative when `due` has passed).
pub fn days_until(due: NaiveDate, today: NaiveDate) -> i64 {
    (due - today).num_days()
}

/// Where a task stands today: computed from its deadline, its reported status and the date.
pub fn standing(deadline: &Deadline, status: &TaskStatus, today: NaiveDate) -> Standing {
    let open_standing =
        |due: Option<NaiveDate>, waiting: Standing| match due.map(|d| days_until(d, today)) {
            Some(days) if days < 0 => Standing::Overdue { days: -days },
            Some(days) if days < DUE_SOON_DAYS => Standing::DueSoon { days },
            _ => waiting,
        };
    match status {
        TaskStatus::Paused => Standing::Paused,
        TaskStatus::NotStarted => {
            open_standing(deadline.current_due(status, today), Standing::NotStarted)
        }
        TaskStatus::InProgress => {
            open_standing(deadline.current_due(status, today), Standing::InProgress)
        }
        TaskStatus::Done { on } if deadline.is_recurring() => {
            open_standing(deadline.current_due(status, today), Standing::DoneOnTime)
        }
        TaskStatus::Done { on } => match deadline.due_day() {
            Some(due) if *on > due => Standing::DoneLate {
                days: days_until(*on, due),
            },
            _ => Standing::DoneOnTime,
        },
    }
}

impl Standing {
    pub fn is_done(&self) -> bool {
        matches!(self, Standing::DoneOnTime | Standing::DoneLate { .. })
    }

    /// Still to be done: not done and not paused.
    pub fn is_open(&self) -> bool {
        !self.is_done() && *self != Standing::Paused
    }
}
