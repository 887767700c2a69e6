//! English texts of the agency pages.

use super::AgenciesTexts;

pub const TEXTS: AgenciesTexts = AgenciesTexts {
    heading: "Agencies",
    intro: "Lead and coordinating agencies. Rename them to match your province.",
    filter_label: "Find an agency",
    new_label: "New agency",
    new_example: "e.g. Sở Y tế",
    add: "Add agency",
    none_match: "No agency matches the search.",
    back: "← Agencies",
    leads: "Tasks it leads",
    coordinates: "Tasks it coordinates on",
    none_found: "No tasks.",
};
