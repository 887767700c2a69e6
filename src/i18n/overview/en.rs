//! English texts of the overview.

use super::OverviewTexts;

pub const TEXTS: OverviewTexts = OverviewTexts {
    figure_done: "tasks done",
    figure_overdue: "overdue",
    figure_due_soon: "due within 7 days",
    figure_due_later: "due within 30 days",
    figure_in_progress: "in progress",
    figure_done_late: "done late",
    heading: "Overview",
    empty: "No plans yet. Add your first plan, or load the example to see the app full of data.",
    start: "Add a plan",
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
};
