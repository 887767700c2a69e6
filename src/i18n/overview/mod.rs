//! The texts of the overview: its figures, what needs attention and the table by lead agency.

pub(super) mod en;
pub(super) mod vi;

/// Every text of the overview in one language.
pub struct OverviewTexts {
    pub figure_done: &'static str,
    pub figure_overdue: &'static str,
    pub figure_due_soon: &'static str,
    pub figure_due_later: &'static str,
    pub figure_in_progress: &'static str,
    pub figure_done_late: &'static str,
    pub heading: &'static str,
    pub empty: &'static str,
    pub start: &'static str,
    pub attention_heading: &'static str,
    pub attention_none: &'static str,
    pub agency_table_heading: &'static str,
    pub col_agency: &'static str,
    pub col_led: &'static str,
    pub col_on_time: &'static str,
    pub col_late: &'static str,
    pub col_overdue: &'static str,
    pub col_in_progress: &'static str,
    pub col_coordinating: &'static str,
}
