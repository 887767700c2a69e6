//! English: the second language of the interface.

use super::{number, Texts};
use crate::domain::text::{TextError, MAX_TITLE_CHARS};
use crate::store::{Problem, StoreError};
use crate::workspace::{CommandError, Field, Kind};

pub const TEXTS: Texts = Texts {
    app_title: "Sổ tay Cải cách (Reform handbook)",
    nav_plans: "Plans",
    nav_meetings: "Meetings",
    nav_agencies: "Agencies",
    nav_settings: "Settings",
    office_unset: "Office name not set",
    save: "Save",
    cancel: "Cancel",
    rename: "Rename",
    delete: "Delete",
    undo: "Undo",
    dismiss: "Close",

    plans_heading: "Plans",
    plan_new_label: "New plan",
    plan_new_example: "e.g. Kế hoạch số 511/KH-UBND ngày 31/7/2023",
    plan_add: "Add plan",
    plans_empty: "No plans yet. Type a plan's name above to start.",
    plan_back: "← All plans",
    plan_delete: "Delete plan",
    plan_missing: "This plan was not found; it may have been deleted.",
    progress: |done, total| match total {
        0 => "No tasks yet".to_owned(),
        _ => format!("{done:02}/{total:02} tasks done"),
    },

    tasks_heading: "Tasks",
    task_new_label: "New task",
    task_new_example: "e.g. Review and simplify administrative procedures",
    task_lead_label: "Lead agency",
    task_add: "Add task",
    tasks_empty: "This plan has no tasks yet.",
    task_done_label: "Done",
    status_not_started: "Not started",
    status_in_progress: "In progress",
    status_done_on: |day| format!("Done on {day}"),
    status_paused: "Paused",
    deleted: |kind, name| format!("Deleted {} “{name}”.", kind_name(kind)),

    meetings_heading: "Meetings",
    meetings_empty:
        "No meetings yet. Recording meeting conclusions and following up assignments comes in \
                     the next version.",

    agencies_heading: "Agencies",
    agencies_intro: "Lead and coordinating agencies. Rename them to match your province.",
    agency_filter_label: "Find an agency",
    agency_new_label: "New agency",
    agency_new_example: "e.g. Sở Y tế",
    agency_add: "Add agency",
    agencies_none_match: "No agency matches the search.",

    settings_heading: "Settings",
    office_name_label: "Your office",
    office_name_example: "e.g. Sở Nội vụ tỉnh Vĩnh Phúc",
    province_label: "Province or city",
    language_label: "Language",
    saved: "Saved.",
    device_label: "This device's id",
    storage_heading: "Storage",
    storage_browser: "Data is saved in this browser, on this machine.",
    storage_memory_only:
        "This browser does not allow saving: every change is lost when the page closes.",
    quarantine_list: |n| format!("{n} damaged stored value(s) are kept aside, not deleted."),

    kind_name,
    field_name: |field| match field {
        Field::AgencyName => "The agency's name",
        Field::PlanTitle => "The plan's name",
        Field::TaskTitle => "The task's name",
        Field::OfficeName => "Your office's name",
        Field::Province => "The province",
    },
    command_error,
    store_error,
    set_aside,
    key_name: |key| match key {
        "sotay/agencies" => "Agencies",
        "sotay/plans" => "Plans",
        "sotay/tasks" => "Tasks",
        _ => "General information",
    },
};

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Agency => "agency",
        Kind::Plan => "plan",
        Kind::Task => "task",
    }
}

fn command_error(error: &CommandError) -> String {
    match error {
        CommandError::Text { field, error: TextError::Empty } => {
            format!("{} cannot be empty.", (TEXTS.field_name)(*field))
        }
        CommandError::Text { field, error: TextError::TooLong { chars } } => format!(
            "{} is too long ({} characters, at most {}). Please shorten it.",
            (TEXTS.field_name)(*field),
            number(*chars, ','),
            number(MAX_TITLE_CHARS, ',')
        ),
        CommandError::NotFound { kind, .. } => {
            format!("This {} was not found; it may have just been deleted elsewhere.", kind_name(*kind))
        }
        CommandError::LeadRequired => "Choose the lead agency: every task has exactly one.".to_owned(),
        CommandError::AgencyExists { name } => format!("“{name}” is already in the list."),
        CommandError::AgencyInUse { tasks } => format!(
            "Not deleted: this agency leads {tasks} task(s). Give them another lead agency or delete them first."
        ),
        CommandError::IdTaken { .. } => "Could not make a new record id. Please try again.".to_owned(),
    }
}

fn store_error(error: &StoreError) -> String {
    match error {
        StoreError::Unavailable(_) => "This browser does not let the page save data (private window, policy, or a \
             page opened from a file). Changes live only on screen and are lost when the page closes: open the app \
             from its web address."
            .to_owned(),
        StoreError::QuotaExceeded => "The browser's storage is full: the latest change is not saved. What was saved \
             before is intact; the app will try again at the next change."
            .to_owned(),
        StoreError::Other(why) => {
            format!("The change is not saved yet ({why}). It is still on screen; the app will try again at the next change.")
        }
    }
}

fn set_aside(kind: &str, problem: &Problem, kept_at: Option<&str>) -> String {
    let what = match problem {
        Problem::Unreadable(_) => format!("The stored “{kind}” data is damaged and could not be opened."),
        Problem::DuplicateId(id) => format!("The stored “{kind}” data has two records with id {id}."),
        Problem::NewerSchema(n) => {
            return format!(
                "The data in this browser was written by a newer version of the app (schema {n}). This version \
                 neither reads nor overwrites it: open the newest version."
            )
        }
    };
    match kept_at {
        Some(key) => format!("{what} The original is kept aside, not deleted (key {key}); everything else opened normally."),
        None => format!("{what} There is no room to keep a copy, so the app will not overwrite it."),
    }
}
