//! English: the second language of the interface.

use super::{date, number, Texts};
use crate::domain::dates::DayError;
use crate::domain::deadline::DeadlineError;
use crate::domain::indicator::AmountError;
use crate::domain::legal_ref::{RefError, RefWarning};
use crate::domain::text::TextError;
use crate::domain::{roman, Deadline, Direction, Indicator, LogKind, PlanKind, Standing};
use crate::store::StoreError;
use crate::workspace::{every_code, DeadlineFormError, StandingFilter};
use crate::workspace::{CommandError, Field, Kind};
use chrono::NaiveDate;

pub const TEXTS: Texts = Texts {
    app_title: "Sổ tay Cải cách (Reform handbook)",
    nav_plans: "Plans",
    nav_meetings: "Meetings",
    nav_agencies: "Agencies",
    nav_exchange: "Exchange",
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
        _ => format!("{done}/{total} tasks done"),
    },

    tasks_heading: "Tasks",
    task_new_label: "New task",
    task_new_example: "e.g. Review and simplify administrative procedures",
    task_lead_label: "Lead agency",
    unled: "No lead agency yet",
    task_add: "Add task",
    tasks_empty: "This plan has no tasks yet.",
    task_done_label: "Done",
    status_not_started: "Not started",
    status_in_progress: "In progress",
    status_done_on: |day| format!("Done on {day}"),
    status_paused: "Paused",
    deleted: |kind, name| format!("Deleted {} “{name}”.", kind_name(kind)),

    meetings_heading: "Meetings",
    meetings_empty: "No meetings yet. Name a meeting above to start recording reports, conclusions and assigned tasks.",
    meeting: super::meeting::en::TEXTS,
    exchange: super::exchange::en::TEXTS,
    storage: super::storage::en::TEXTS,
    import_error: super::import_errors::en,

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

    nav_overview: "Overview",
    nav_find: "Find",
    edit: "Edit",
    move_up: "Move up",
    move_down: "Move down",
    clock_banner: |day| format!("Simulated date (for testing): today counts as {}.", date(day)),
    standing,
    deadline,
    figure_done: "tasks done",
    figure_overdue: "overdue",
    figure_due_soon: "due within 7 days",
    figure_due_later: "due within 30 days",
    figure_in_progress: "in progress",
    figure_done_late: "done late",
    overview_heading: "Overview",
    overview_empty: "No plans yet. Add your first plan, or load the example to see the app full of data.",
    overview_start: "Add a plan",
    example_load: "Load the example",
    example_remove: "Remove the example",
    example_heading: "Example data",
    example_intro: "An invented plan with content groups, tasks in every state and indicators, to learn the app. Removed with one button, without touching your own data.",
    attention_heading: "Needs attention",
    attention_none: "No task is overdue or due in the next 7 days.",
    agency_table_heading: "By lead agency",
    col_agency: "Agency",
    col_led: "Leads",
    col_on_time: "On time",
    col_late: "Done late",
    col_overdue: "Overdue",
    col_in_progress: "In progress",
    col_coordinating: "Coordinates",
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
    task_missing: "This task was not found; it may have been deleted.",
    task_delete: "Delete task",
    status_label: "Status",
    status_name,
    done_on_label: "Done on",
    status_save: "Update status",
    day_error,
    deadline_error: deadline_form_error,
    task_edit_heading: "Task details",
    task_title_label: "Task",
    task_details_label: "Details, expected product",
    group_label: "Content group",
    no_group: "(no group)",
    log_heading: "Progress and evidence",
    log_kind: |kind| match kind {
        LogKind::Report => "Progress report",
        LogKind::Evidence => "Evidence",
    },
    log_kind_label: "Kind",
    log_day_label: "Date",
    log_text_label: "Text (or the document's number)",
    log_add: "Add to progress",
    plan_edit: "Edit details",
    plan_duplicate: "Copy for next year",
    plan_kind,
    plan_title_label: "Title",
    plan_kind_label: "Kind of document",
    plan_reference_label: "Document reference",
    reference_read: |line, r| format!("Line {line}: {r}"),
    reference_warning: |w| match w {
        RefWarning::OddSymbol { symbol, meant: Some(meant) } => format!("odd symbol: {symbol} — did you mean {meant}?"),
        RefWarning::OddSymbol { symbol, meant: None } => format!("odd symbol: {symbol}"),
    },
    reference_refused: |line, e| format!("Line {line} cannot be read and was not saved: {}", reference_error(e)),
    saved_but_refused: |n| format!("Saved. {n} document line(s) could not be read and were not saved: see the marked lines above, fix them and save again."),
    plan_bases_heading: "Basis",
    plan_bases_label: "Basis documents (one a line)",
    plan_bases_hint: "E.g. Thực hiện Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền",
    plan_agencies_label: "Agencies concerned",
    plan_agencies_add: "Add an agency concerned",
    plan_reference_hint: "e.g. Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh",
    plan_issuer_label: "Issued by",
    plan_from_label: "From year",
    plan_to_label: "To year",
    plan_summary_label: "Summary",
    group_new_label: "New content group",
    group_new_example: "e.g. Cải cách thủ tục hành chính",
    group_add: "Add group",
    indicators_heading: "Indicators",
    indicators_empty: "This plan has no indicators yet.",
    indicator_add: "Add indicator",
    indicator_line,
    indicator_name_label: "Indicator",
    indicator_direction_label: "Direction",
    direction_reduce: "Reduce",
    direction_increase: "Increase",
    indicator_unit_label: "Unit",
    indicator_baseline_label: "Baseline",
    indicator_target_label: "Target",
    indicator_achieved_label: "Achieved",
    indicator_hint: "With a baseline, type the value to reach (500 → 419). Without one, type the amount to reduce or add (81). Numbers as 1.875 or 72,5.",
    agencies_back: "← Agencies",
    agency_leads: "Tasks it leads",
    agency_coordinates: "Tasks it coordinates on",
    none_found: "No tasks.",
    find_heading: "Find tasks",
    find_text_label: "Words (with or without accents)",
    find_text_example: "e.g. phan cap, qd 2866",
    filters_label: "Filter by agency, standing, plan, deadline",
    filter_agency: "Agency",
    filter_any: "Any",
    filter_role: "Role",
    role_either: "Leads or coordinates",
    role_lead: "Leads",
    role_coordinating: "Coordinates",
    filter_standing: "Standing",
    standing_filter,
    filter_plan: "Plan",
    filter_due_from: "Due from",
    filter_due_to: "Due to",
    filters_clear: "Clear filters",
    found: |n| format!("{} task(s) found.", number(n, ',')),
    show_more: |n| format!("Show {} more", number(n, ',')),
    show_all: |n| format!("Show all {}", number(n, ',')),
    overdue_count: |n| format!("{n} overdue"),
    due_before_plan: |day| format!("Note: the deadline is before the plan was issued ({}). Check it if it was a typing mistake.", date(day)),

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
            let every = every(every_code(*e));
            match next {
                Some(day) => format!("{every}, next due {}", date(day)),
                None => every.to_owned(),
            }
        }
    }
}

fn deadline_kind(code: &str) -> &'static str {
    match code {
        "by" => "By a day",
        "month" => "Within a month",
        "quarter" => "Within a quarter",
        "year" => "Within a year",
        "recurring" => "Recurring",
        _ => "No deadline",
    }
}

fn every(code: &str) -> &'static str {
    match code {
        "month" => "Monthly",
        "half_year" => "Every 6 months",
        "year" => "Yearly",
        _ => "Quarterly",
    }
}

fn status_name(code: &str) -> &'static str {
    match code {
        "in_progress" => "In progress",
        "done" => "Done",
        "paused" => "Paused",
        _ => "Not started",
    }
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

fn deadline_form_error(error: &DeadlineFormError) -> String {
    match error {
        DeadlineFormError::Day(e) => day_error(e),
        DeadlineFormError::Year => {
            "The deadline's year is not valid: type four digits, e.g. 2026.".to_owned()
        }
        DeadlineFormError::Month => "The deadline's month must be 1 to 12.".to_owned(),
        DeadlineFormError::Quarter => "The deadline's quarter must be 1 to 4.".to_owned(),
    }
}

fn deadline_error(error: &DeadlineError) -> String {
    match error {
        DeadlineError::MonthOutOfRange => "The deadline's month must be 1 to 12.".to_owned(),
        DeadlineError::QuarterOutOfRange => "The deadline's quarter must be 1 to 4.".to_owned(),
        DeadlineError::YearOutOfRange => {
            "The deadline's year is not valid: type four digits.".to_owned()
        }
    }
}

fn reference_error(error: &RefError) -> String {
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

fn plan_kind(kind: PlanKind) -> &'static str {
    match kind {
        PlanKind::Plan => "Plan",
        PlanKind::Programme => "Programme",
        PlanKind::Scheme => "Scheme",
        PlanKind::Decision => "Decision",
        PlanKind::Other => "Other document",
    }
}

fn indicator_line(i: &Indicator) -> String {
    let verb = match i.direction {
        Direction::Reduce => "Reduce by",
        Direction::Increase => "Reach",
    };
    let unit = if i.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", i.unit)
    };
    let target = match (i.baseline, i.direction) {
        (Some(base), Direction::Reduce) => format!("from {base} down to {}{unit}", i.target),
        (Some(base), Direction::Increase) => format!("from {base} up to {}{unit}", i.target),
        (None, _) => format!("{verb} {}{unit}", i.target),
    };
    let achieved = match (i.achieved, i.percent()) {
        (Some(a), Some(p)) => format!("achieved {a}{unit} ({p}% of target)"),
        (Some(a), None) => format!("achieved {a}{unit}"),
        (None, _) => "nothing reported yet".to_owned(),
    };
    format!("{}: {target}; {achieved}", i.name)
}

fn standing_filter(filter: StandingFilter) -> &'static str {
    match filter {
        StandingFilter::Open => "Open (not paused)",
        StandingFilter::NotStarted => "Not started",
        StandingFilter::InProgress => "In progress",
        StandingFilter::DueSoon => "Due within 7 days",
        StandingFilter::Overdue => "Overdue",
        StandingFilter::Done => "Done",
        StandingFilter::DoneOnTime => "Done on time",
        StandingFilter::DoneLate => "Done late",
        StandingFilter::Paused => "Paused",
    }
}
