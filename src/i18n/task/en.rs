//! English texts of the task page.

use super::TaskTexts;
use crate::domain::roman;
use crate::domain::Deadline;
use crate::domain::LogKind;
use crate::domain::Standing;
use crate::domain::{Every, StatusKind};
use crate::i18n::date;
use crate::workspace::DeadlineKind;
use chrono::NaiveDate;

pub const TEXTS: TaskTexts = TaskTexts {
    lead_label: "Lead agency",
    done_label: "Done",
    status_not_started: "Not started",
    status_in_progress: "In progress",
    status_done_on: |day| format!("Done on {day}"),
    status_paused: "Paused",
    standing,
    deadline,
    deadline_label: "Deadline",
    deadline_kind,
    deadline_first: "First due day (dd/mm/yyyy)",
    deadline_first_hint: "Leave empty if the document does not say: due at the end of each period, through the plan's years.",
    on_request: "or whenever requested",
    on_request_label: "Or whenever requested",
    day_read_as: |d| format!("Read as {}", crate::domain::dates::short(d)),
    deadline_day: "By (dd/mm/yyyy)",
    deadline_every: "Every",
    every,
    deadline_month: "Month",
    deadline_quarter: "Quarter",
    deadline_year: "Year",
    coordinating_label: "Coordinating agencies",
    missing: "This task was not found; it may have been deleted.",
    delete: "Delete task",
    status_label: "Status",
    status_name,
    done_on_label: "Done on",
    status_save: "Update status",
    edit_heading: "Task details",
    title_label: "Task",
    details_label: "Details, expected product",
    log_heading: "Progress and evidence",
    log_kind: |kind| match kind {
        LogKind::Report => "Progress report",
        LogKind::Evidence => "Evidence",
    },
    log_kind_label: "Kind",
    log_day_label: "Date",
    log_text_label: "Text (or the document's number)",
    log_add: "Add to progress",
    due_before_plan: |day| format!("Note: the deadline is before the plan was issued ({}). Check it if it was a typing mistake.", date(day)),
};

fn standing(standing: Standing) -> String {
    match standing {
        Standing::NotStarted => "Not started".to_owned(),
        Standing::InProgress => "In progress".to_owned(),
        Standing::DueSoon { days: 0 } => "Due today".to_owned(),
        Standing::DueSoon { days } => format!("Due in {days} day(s)"),
        Standing::Overdue { days } => format!("Overdue by {days} day(s)"),
        Standing::DoneOnTime => "Done on time".to_owned(),
        Standing::DoneLate { days } => format!("Done {days} day(s) late"),
        Standing::Paused => "Paused".to_owned(),
    }
}

fn deadline(deadline: &Deadline, next: Option<NaiveDate>) -> String {
    match deadline {
        Deadline::None => "No deadline".to_owned(),
        Deadline::By { day } => format!("By {}", date(*day)),
        Deadline::Month { year, month } => format!("Month {month}/{year}"),
        Deadline::Quarter { year, quarter } => format!("Quarter {}/{year}", roman(*quarter)),
        Deadline::Year { year } => format!("Year {year}"),
        Deadline::Recurring { every: e, .. } => {
            let every = every(*e);
            match next {
                Some(day) => format!("{every}, next due {}", date(day)),
                None => every.to_owned(),
            }
        }
    }
}

fn deadline_kind(kind: DeadlineKind) -> &'static str {
    match kind {
        DeadlineKind::By => "By a day",
        DeadlineKind::Month => "Within a month",
        DeadlineKind::Quarter => "Within a quarter",
        DeadlineKind::Year => "Within a year",
        DeadlineKind::Recurring => "Recurring",
        DeadlineKind::None => "No deadline",
    }
}

fn every(every: Every) -> &'static str {
    match every {
        Every::Month => "Monthly",
        Every::HalfYear => "Every 6 months",
        Every::Year => "Yearly",
        Every::Quarter => "Quarterly",
    }
}

fn status_name(status: StatusKind) -> &'static str {
    match status {
        StatusKind::InProgress => "In progress",
        StatusKind::Done => "Done",
        StatusKind::Paused => "Paused",
        StatusKind::NotStarted => "Not started",
    }
}
