//! English: the second language of the interface.

use super::{number, Texts};
use crate::domain::dates::DayError;
use crate::domain::deadline::DeadlineError;
use crate::domain::indicator::AmountError;
use crate::domain::legal_ref::RefError;
use crate::domain::text::TextError;
use crate::store::StoreError;
use crate::workspace::{CommandError, Field, Kind, SnapshotError};

pub const TEXTS: Texts = Texts {
    save: "Save",
    cancel: "Cancel",
    rename: "Rename",
    delete: "Delete",
    undo: "Undo",
    dismiss: "Close",
    unled: "No lead agency yet",
    deleted: |kind, name| format!("Deleted {} “{name}”.", kind_name(kind)),
    import_error: super::import_errors::en,
    edit: "Edit",
    move_up: "Move up",
    move_down: "Move down",
    day_error,
    deadline_error,
    show_more: |n| format!("Show {} more", number(n, ',')),
    show_all: |n| format!("Show all {}", number(n, ',')),
    overdue_count: |n| format!("{n} overdue"),
    kind_name,
    field_name: |field| match field {
        Field::AgencyName => "The agency's name",
        Field::PlanTitle => "The plan's name",
        Field::TaskTitle => "The task's name",
        Field::OfficeName => "Your office's name",
        Field::Province => "The province",
        Field::GroupTitle => "The content group's name",
        Field::Summary => "The summary",
        Field::Issuer => "The issuing body",
        Field::Details => "The details",
        Field::LogText => "The report",
        Field::IndicatorName => "The indicator's name",
        Field::Unit => "The unit",
        Field::Baseline => "The baseline",
        Field::Target => "The target",
        Field::Achieved => "The achieved value",
        Field::MeetingTitle => "The meeting's title",
        Field::Place => "The place",
        Field::Chairs => "The chairs",
        Field::Attendees => "The attendees",
        Field::Series => "The series",
        Field::NoticeNumber => "The notice's number",
        Field::Signer => "The signer",
        Field::Recipients => "The recipients",
        Field::ItemText => "The reported item",
        Field::ConclusionText => "The conclusion",
        Field::Figures => "The figures reported",
    },
    command_error,
    store_error,
    set_aside,
    newer_schema,
    key_name: |key| match key {
        "agencies" => "Agencies",
        "plans" => "Plans",
        "tasks" => "Tasks",
        "groups" => "Content groups",
        "indicators" => "Indicators",
        "meetings" => "Meetings",
        "items" => "Reported items",
        "conclusions" => "Conclusions",
        _ => "General information",
    },

    meeting: super::meeting::en::TEXTS,
    exchange: super::exchange::en::TEXTS,
    storage: super::storage::en::TEXTS,
    shell: super::shell::en::TEXTS,
    plan: super::plan::en::TEXTS,
    task: super::task::en::TEXTS,
    find: super::find::en::TEXTS,
    overview: super::overview::en::TEXTS,
    agencies: super::agencies::en::TEXTS,
    settings: super::settings::en::TEXTS,
    intake: super::intake::en::TEXTS,
    files: super::files::en::TEXTS,
};

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Agency => "agency",
        Kind::Plan => "plan",
        Kind::Task => "task",
        Kind::Group => "content group",
        Kind::Indicator => "indicator",
        Kind::Meeting => "meeting",
        Kind::Item => "reported item",
        Kind::Conclusion => "conclusion",
    }
}

fn command_error(error: &CommandError) -> String {
    match error {
        CommandError::Text { field, error: TextError::Empty } => {
            format!("{} cannot be empty.", (TEXTS.field_name)(*field))
        }
        CommandError::Text { field, error: TextError::TooLong { chars, max } } => format!(
            "{} is too long ({} characters, at most {}). Please shorten it.",
            (TEXTS.field_name)(*field),
            number(*chars, ','),
            number(*max, ',')
        ),
        CommandError::NotFound { kind, .. } => {
            format!("This {} was not found; it may have just been deleted elsewhere.", kind_name(*kind))
        }
        CommandError::AgencyExists { name } => format!("“{name}” is already in the list."),
        CommandError::AgencyInUse { tasks } => format!(
            "Not deleted: this agency leads {tasks} task(s). Give them another lead agency or delete them first."
        ),
        CommandError::Reference(error) => reference_error(error),
        CommandError::Period => "Not a valid year: type four digits (e.g. 2026), with the end not before the start.".to_owned(),
        CommandError::Amount { field, error } => amount_error((TEXTS.field_name)(*field), error),
        CommandError::Deadline(error) => deadline_error(error),
        CommandError::GroupNotEmpty { tasks } => format!(
            "Not deleted: this content group still lists {tasks} task(s). Move them to another group or delete them first."
        ),
        CommandError::GroupOfAnotherPlan => "That content group belongs to another plan.".to_owned(),
        CommandError::FutureDay => "A report cannot be dated after today.".to_owned(),
        CommandError::IdTaken { .. } => "Could not make a new record id. Please try again.".to_owned(),
        CommandError::Day(error) => day_error(error),
        CommandError::Time => "Not a time: type it like 8:00, 8h30 or 14:00.".to_owned(),
        CommandError::Sites => "The number of connected sites must be a number, such as 9.".to_owned(),
        CommandError::NoList => "A plan's task must stay in a plan: choose another plan instead of none.".to_owned(),
        CommandError::Snapshot(SnapshotError::RepeatedId { kind, id }) => format!(
            "Could not restore: the snapshot holds two {} records with the id {id}; it may be damaged. Nothing was changed.",
            kind_name(*kind)
        ),
        CommandError::NoLead => "An assignment of a meeting needs a lead agency: choose one.".to_owned(),
        CommandError::InTask { number, error } => format!(
            "Task {number}: {} Nothing was created.",
            command_error(error)
        ),
    }
}

fn store_error(error: &StoreError) -> String {
    match error {
        StoreError::Unavailable(_) => "This browser does not let the page save data (private window, policy, or a \
             page opened from a file). Changes live only on screen and are lost when the page closes: open the app \
             from its web address, or download all data before closing."
            .to_owned(),
        StoreError::QuotaExceeded => "The browser's storage is full: the latest changes are not saved in it yet. What \
             was saved before is intact, and the app keeps working and tries again every few seconds. Download all \
             data now to be safe, then free some space (clear other sites' data in the browser's settings)."
            .to_owned(),
        StoreError::Other(why) => {
            format!("The change is not saved yet ({why}). It is still on screen; the app will try again at the next change.")
        }
    }
}

fn set_aside(kind: &str, duplicate: bool, kept_at: Option<&str>, recovered: bool) -> String {
    let what = match duplicate {
        false => format!("The stored “{kind}” data is damaged and could not be opened."),
        true => {
            format!("The stored “{kind}” data has two records with one id and could not be opened.")
        }
    };
    let back = match recovered {
        true => " Its records were recovered in full from the browser's backup copy (IndexedDB), as of the last save.",
        false => " The browser's backup copy has no good copy of it: its records are not open yet; restore an automatic snapshot under Settings › Storage, or import an exported file again.",
    };
    let kept = match kept_at {
        Some(key) => format!(" The damaged original is kept aside, not deleted (key {key}); everything else opened normally."),
        None => " There is no room to keep a copy, so the app will not overwrite it.".to_owned(),
    };
    format!("{what}{back}{kept}")
}

fn newer_schema(n: u32) -> String {
    format!(
        "The data in this browser was written by a newer version of the app (schema {n}). This version \
         neither reads nor overwrites it: open the newest version."
    )
}

fn day_error(error: &DayError) -> String {
    match error {
        DayError::Empty => "Type the date as day/month/year, e.g. 15/4/2024.".to_owned(),
        DayError::NotADate => "Not a date: type it as day/month/year, e.g. 15/4/2024.".to_owned(),
        DayError::Impossible { day, month, year } => {
            format!("{day}/{month}/{year} is not in the calendar. Check the day and the month.")
        }
        DayError::YearOutOfRange { year } => {
            format!("{year} is not a valid year: type four digits.")
        }
    }
}

fn deadline_error(error: &DeadlineError) -> String {
    match error {
        DeadlineError::Day(e) => day_error(e),
        DeadlineError::YearOutOfRange => {
            "The deadline's year is not valid: type four digits, e.g. 2026.".to_owned()
        }
        DeadlineError::MonthOutOfRange => "The deadline's month must be 1 to 12.".to_owned(),
        DeadlineError::QuarterOutOfRange => "The deadline's quarter must be 1 to 4.".to_owned(),
    }
}

/// Also the plan page's, for a references box's line that cannot be read.
pub(super) fn reference_error(error: &RefError) -> String {
    match error {
        RefError::Empty => "Type the document's number and symbol.".to_owned(),
        RefError::NoNumber => "The document reference has no number. Type it as: Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh (or leave it empty).".to_owned(),
        RefError::Date(e) => format!("The document's date: {}", day_error(e)),
        RefError::TooLong => "The reference is too long: type only the number, symbol, date and issuer.".to_owned(),
    }
}

fn amount_error(field: &str, error: &AmountError) -> String {
    match error {
        AmountError::Empty => format!("{field} cannot be empty."),
        AmountError::NotANumber => format!("{field} must be a number, e.g. 81, 1,875 or 72.5."),
        AmountError::TooLarge => format!("{field} is too large."),
    }
}
