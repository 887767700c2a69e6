//! The texts of the find page: the words typed, the filters and what was found.

pub(super) mod en;
pub(super) mod vi;

use crate::workspace::{AgencyRole, StandingFilter};

/// Every text of the find page in one language.
pub struct FindTexts {
    pub heading: &'static str,
    pub text_label: &'static str,
    pub text_example: &'static str,
    pub filters_label: &'static str,
    pub filter_agency: &'static str,
    pub filter_any: &'static str,
    pub filter_role: &'static str,
    pub role: fn(AgencyRole) -> &'static str,
    pub filter_standing: &'static str,
    pub standing_filter: fn(StandingFilter) -> &'static str,
    pub filter_plan: &'static str,
    pub filter_due_from: &'static str,
    pub filter_due_to: &'static str,
    pub filters_clear: &'static str,
    pub found: fn(usize) -> String,
}
