//! The texts of the plans: the list of plans and one plan's page (its facts and references,
//! content groups, tasks and indicators).

pub(super) mod en;
pub(super) mod vi;

use crate::domain::legal_ref::LegalRef;
use crate::domain::legal_ref::RefError;
use crate::domain::legal_ref::RefWarning;
use crate::domain::Indicator;
use crate::domain::PlanKind;

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
}
