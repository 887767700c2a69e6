//! The texts of the plans: the list of plans and one plan's page (its facts and references,
//! content groups, tasks and indicators).

pub(super) mod en;
pub(super) mod vi;

use crate::domain::legal_ref::LegalRef;
use crate::domain::legal_ref::RefError;
use crate::domain::legal_ref::RefWarning;
use crate::domain::Indicator;
use crate::domain::PlanKind;
use crate::paste::{Role, RowKind};

/// Every text of the plan pages in one language.
pub struct PlanTexts {
    pub list_heading: &'static str,
    pub new_label: &'static str,
    pub new_example: &'static str,
    pub add: &'static str,
    pub list_empty: &'static str,
    pub back: &'static str,
    pub delete: &'static str,
    pub missing: &'static str,
    pub progress: fn(usize, usize) -> String,
    pub tasks_heading: &'static str,
    pub task_new_label: &'static str,
    pub task_new_example: &'static str,
    pub task_add: &'static str,
    pub tasks_empty: &'static str,
    pub group_label: &'static str,
    pub no_group: &'static str,
    pub edit: &'static str,
    pub duplicate: &'static str,
    pub kind: fn(PlanKind) -> &'static str,
    pub title_label: &'static str,
    pub kind_label: &'static str,
    pub reference_label: &'static str,
    pub reference_hint: &'static str,
    /// A references box's line as read: its number, and the reference's parts.
    pub reference_read: fn(usize, &LegalRef) -> String,
    /// A symbol kept as typed that looks mistaken.
    pub reference_warning: fn(&RefWarning) -> String,
    /// A line that cannot be read, and why; kept in the form, not saved.
    pub reference_refused: fn(usize, &RefError) -> String,
    /// After saving a form with lines that cannot be read.
    pub saved_but_refused: fn(usize) -> String,
    pub bases_label: &'static str,
    pub bases_heading: &'static str,
    pub bases_hint: &'static str,
    pub agencies_label: &'static str,
    pub agencies_add: &'static str,
    pub issuer_label: &'static str,
    pub from_label: &'static str,
    pub to_label: &'static str,
    pub summary_label: &'static str,
    pub group_new_label: &'static str,
    pub group_new_example: &'static str,
    pub group_add: &'static str,
    pub indicators_heading: &'static str,
    pub indicators_empty: &'static str,
    pub indicator_add: &'static str,
    pub indicator_line: fn(&Indicator) -> String,
    pub indicator_name_label: &'static str,
    pub indicator_direction_label: &'static str,
    pub direction_reduce: &'static str,
    pub direction_increase: &'static str,
    pub indicator_unit_label: &'static str,
    pub indicator_baseline_label: &'static str,
    pub indicator_target_label: &'static str,
    pub indicator_achieved_label: &'static str,
    pub indicator_hint: &'static str,
    /// The button that opens the pasted table's panel.
    pub paste_open: &'static str,
    pub paste_heading: &'static str,
    pub paste_hint: &'static str,
    pub paste_area_label: &'static str,
    /// A column's role as its choice says it.
    pub paste_role: fn(Role) -> &'static str,
    /// The label of column `n`'s choice (from 1), with its heading.
    pub paste_column: fn(usize, &str) -> String,
    /// What a row is: "Nhóm", "Nhiệm vụ", "Bỏ qua".
    pub paste_kind: fn(RowKind) -> &'static str,
    /// The tick of the task in row `n` (from 1).
    pub paste_tick: fn(usize) -> String,
    /// The choice of what row `n` (from 1) is.
    pub paste_row: fn(usize) -> String,
    /// An agency the directory does not have: it will be added.
    pub paste_new_agency: fn(&str) -> String,
    /// A deadline cell that cannot be read: kept in the task's details.
    pub paste_unread: fn(&str) -> String,
    /// Tasks, groups, and how many tasks are ticked.
    pub paste_count: fn(usize, usize, usize) -> String,
    /// The create button, with the number of ticked tasks.
    pub paste_create: fn(usize) -> String,
    pub paste_close: &'static str,
    pub paste_nothing: &'static str,
    /// The notice after creating: tasks and new agencies made.
    pub paste_created: fn(usize, usize) -> String,
    /// The import history's name of a pasted table, with the plan's title.
    pub paste_document: fn(&str) -> String,
}
