//! The texts of the app shell: its title, the navigation and the clock banner.

pub(super) mod en;
pub(super) mod vi;

use chrono::NaiveDate;

/// Every text of the app shell in one language.
pub struct ShellTexts {
    pub title: &'static str,
    pub nav_plans: &'static str,
    pub nav_meetings: &'static str,
    pub nav_agencies: &'static str,
    pub nav_exchange: &'static str,
    pub nav_settings: &'static str,
    pub office_unset: &'static str,
    pub nav_overview: &'static str,
    pub nav_find: &'static str,
    pub clock_banner: fn(NaiveDate) -> String,
}
