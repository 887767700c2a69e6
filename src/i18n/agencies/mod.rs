//! The texts of the agencies: their list and one agency's tasks.

pub(super) mod en;
pub(super) mod vi;

/// Every text of the agency pages in one language.
pub struct AgenciesTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub filter_label: &'static str,
    pub new_label: &'static str,
    pub new_example: &'static str,
    pub add: &'static str,
    pub none_match: &'static str,
    pub back: &'static str,
    pub leads: &'static str,
    pub coordinates: &'static str,
    pub none_found: &'static str,
}
