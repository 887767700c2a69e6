//! The texts of the settings page: the office, the language, the device and the example data.

pub(super) mod en;
pub(super) mod vi;

/// Every text of the settings page in one language.
pub struct SettingsTexts {
    pub heading: &'static str,
    pub office_name_label: &'static str,
    pub office_name_example: &'static str,
    pub province_label: &'static str,
    pub language_label: &'static str,
    pub saved: &'static str,
    pub device_label: &'static str,
    pub example_load: &'static str,
    pub example_remove: &'static str,
    pub example_heading: &'static str,
    pub example_intro: &'static str,
}
