//! English texts of the find page.

use super::FindTexts;
use crate::i18n::number;
use crate::workspace::{AgencyRole, StandingFilter};

pub const TEXTS: FindTexts = FindTexts {
    heading: "Find tasks",
    text_label: "Words (with or without accents)",
    text_example: "e.g. phan cap, qd 2866",
    filters_label: "Filter by agency, standing, plan, deadline",
    filter_agency: "Agency",
    filter_any: "Any",
    filter_role: "Role",
    role: |role| match role {
        AgencyRole::Either => "Leads or coordinates",
        AgencyRole::Lead => "Leads",
        AgencyRole::Coordinating => "Coordinates",
    },
    filter_standing: "Standing",
    standing_filter,
    filter_plan: "Plan",
    filter_due_from: "Due from",
    filter_due_to: "Due to",
    filters_clear: "Clear filters",
    found: |n| format!("{} task(s) found.", number(n, ',')),
};

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
