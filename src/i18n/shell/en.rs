//! English texts of the app shell.

use super::ShellTexts;
use crate::i18n::date;

pub const TEXTS: ShellTexts = ShellTexts {
    title: "Sổ tay Cải cách (Reform handbook)",
    nav_plans: "Plans",
    nav_meetings: "Meetings",
    nav_agencies: "Agencies",
    nav_exchange: "Exchange",
    nav_settings: "Settings",
    office_unset: "Office name not set",
    nav_overview: "Overview",
    nav_find: "Find",
    clock_banner: |day| {
        format!(
            "Simulated date (for testing): today counts as {}.",
            date(day)
        )
    },
};
