//! The texts of the interface, Vietnamese first and English second, and the sentences that
//! explain errors. Every language is one `Texts` value; formatted sentences are functions.

mod en;
mod format;
mod vi;

pub use format::{date, number};

use crate::store::{Problem, StoreError};
use crate::workspace::{CommandError, Field, Kind};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// The language a stored code names; Vietnamese for anything else.
    pub fn from_code(code: &str) -> Lang {
        if code == "en" {
            Lang::En
        } else {
            Lang::Vi
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Vi => &vi::TEXTS,
            Lang::En => &en::TEXTS,
        }
    }
}

/// Picks one fixed text out of [`Texts`], so a component can take "which text" as a value.
pub type Text = fn(&Texts) -> &'static str;

/// Every text of the interface in one language.
pub struct Texts {
    pub app_title: &'static str,
    pub nav_plans: &'static str,
    pub nav_meetings: &'static str,
    pub nav_agencies: &'static str,
    pub nav_settings: &'static str,
    pub office_unset: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub rename: &'static str,
    pub delete: &'static str,
    pub undo: &'static str,
    pub dismiss: &'static str,

    pub plans_heading: &'static str,
    pub plan_new_label: &'static str,
    pub plan_new_example: &'static str,
    pub plan_add: &'static str,
    pub plans_empty: &'static str,
    pub plan_back: &'static str,
    pub plan_delete: &'static str,
    pub plan_missing: &'static str,
    pub progress: fn(usize, usize) -> String,

    pub tasks_heading: &'static str,
    pub task_new_label: &'static str,
    pub task_new_example: &'static str,
    pub task_lead_label: &'static str,
    pub task_add: &'static str,
    pub tasks_empty: &'static str,
    pub task_done_label: &'static str,
    pub status_not_started: &'static str,
    pub status_in_progress: &'static str,
    pub status_done_on: fn(&str) -> String,
    pub status_paused: &'static str,
    pub deleted: fn(Kind, &str) -> String,

    pub meetings_heading: &'static str,
    pub meetings_empty: &'static str,

    pub agencies_heading: &'static str,
    pub agencies_intro: &'static str,
    pub agency_filter_label: &'static str,
    pub agency_new_label: &'static str,
    pub agency_new_example: &'static str,
    pub agency_add: &'static str,
    pub agencies_none_match: &'static str,

    pub settings_heading: &'static str,
    pub office_name_label: &'static str,
    pub office_name_example: &'static str,
    pub province_label: &'static str,
    pub language_label: &'static str,
    pub saved: &'static str,
    pub device_label: &'static str,
    pub storage_heading: &'static str,
    pub storage_browser: &'static str,
    pub storage_memory_only: &'static str,
    pub quarantine_list: fn(usize) -> String,

    pub kind_name: fn(Kind) -> &'static str,
    pub field_name: fn(Field) -> &'static str,
    pub command_error: fn(&CommandError) -> String,
    pub store_error: fn(&StoreError) -> String,
    pub set_aside: fn(kind: &str, problem: &Problem, kept_at: Option<&str>) -> String,
    pub key_name: fn(&str) -> &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::TextError;

    /// Vietnamese has a precomposed letter for every marked letter, so text with no combining
    /// mark is in NFC. Checks every literal of the texts' sources, not just a sample.
    #[test]
    fn every_text_is_composed_nfc() {
        for (file, source) in [
            ("vi.rs", include_str!("vi.rs")),
            ("en.rs", include_str!("en.rs")),
        ] {
            let mark = source
                .chars()
                .find(|c| ('\u{0300}'..='\u{036f}').contains(c));
            assert_eq!(mark, None, "{file} has a combining mark");
        }
    }

    #[test]
    fn errors_name_the_field_and_use_vietnamese_numbers() {
        let error = CommandError::Text {
            field: Field::TaskTitle,
            error: TextError::TooLong { chars: 1875 },
        };
        let message = (Lang::Vi.texts().command_error)(&error);
        assert_eq!(
            message,
            "Tên nhiệm vụ quá dài (1.875 ký tự, tối đa 1.000). Hãy rút gọn lại."
        );
        assert!((Lang::En.texts().command_error)(&error).contains("1,875"));
        assert_eq!(
            (Lang::Vi.texts().progress)(7, 11),
            "Đã hoàn thành 07/11 nhiệm vụ"
        );
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in [Lang::Vi, Lang::En] {
            assert_eq!(Lang::from_code(lang.code()), lang);
        }
        assert_eq!(Lang::from_code("fr"), Lang::Vi);
    }
}
