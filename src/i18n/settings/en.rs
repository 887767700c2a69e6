//! English texts of the settings page.

use super::SettingsTexts;

pub const TEXTS: SettingsTexts = SettingsTexts {
    heading: "Settings",
    office_name_label: "Your office",
    office_name_example: "e.g. Sở Nội vụ tỉnh Vĩnh Phúc",
    province_label: "Province or city",
    language_label: "Language",
    saved: "Saved.",
    device_label: "This device's id",
    example_load: "Load the example",
    example_remove: "Remove the example",
    example_heading: "Example data",
    example_intro: "An invented plan with content groups, tasks in every state and indicators, to learn the app. Removed with one button, without touching your own data.",
};
