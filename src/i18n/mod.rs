//! The texts of the interface, Vietnamese first and English second, and the sentences that
//! explain errors. Every language is one `Texts` value; formatted sentences are functions.

mod en;
pub mod exchange;
pub mod fields;
mod format;
mod import_errors;
pub mod meeting;
pub mod storage;
mod vi;

use crate::domain::legal_ref::{LegalRef, RefError, RefWarning};
pub use format::{date, number};

use crate::domain::dates::DayError;
use crate::domain::{Deadline, Indicator, LogKind, PlanKind, Standing};
use crate::store::StoreError;
use crate::workspace::{CommandError, Field, Kind};
use crate::workspace::{DeadlineFormError, StandingFilter};
use chrono::NaiveDate;

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
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
    pub nav_exchange: &'static str,
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
    /// A task no agency leads yet.
    pub unled: &'static str,
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
    /// Meetings, meeting mode and the conclusion notice.
    pub meeting: meeting::MeetingTexts,
    /// The exchange page: export, import, preview, undo.
    pub exchange: exchange::ExchangeTexts,
    /// Keeping data: usage, persistence, snapshots, reminders.
    pub storage: storage::StorageTexts,
    /// Why a bundle was refused.
    pub import_error: fn(&crate::bundle::ImportError) -> String,

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

    pub nav_overview: &'static str,
    pub nav_find: &'static str,
    pub edit: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub clock_banner: fn(NaiveDate) -> String,
    pub standing: fn(Standing) -> String,
    pub deadline: fn(&Deadline, Option<NaiveDate>) -> String,
    pub figure_done: &'static str,
    pub figure_overdue: &'static str,
    pub figure_due_soon: &'static str,
    pub figure_due_later: &'static str,
    pub figure_in_progress: &'static str,
    pub figure_done_late: &'static str,
    pub overview_heading: &'static str,
    pub overview_empty: &'static str,
    pub overview_start: &'static str,
    pub example_load: &'static str,
    pub example_remove: &'static str,
    pub example_heading: &'static str,
    pub example_intro: &'static str,
    pub attention_heading: &'static str,
    pub attention_none: &'static str,
    pub agency_table_heading: &'static str,
    pub col_agency: &'static str,
    pub col_led: &'static str,
    pub col_on_time: &'static str,
    pub col_late: &'static str,
    pub col_overdue: &'static str,
    pub col_in_progress: &'static str,
    pub col_coordinating: &'static str,
    pub deadline_label: &'static str,
    pub deadline_kind: fn(&str) -> &'static str,
    pub deadline_first: &'static str,
    /// Under an empty first day of a recurring duty.
    pub deadline_first_hint: &'static str,
    /// Part of a deadline: "hoặc đột xuất khi có yêu cầu".
    pub on_request: &'static str,
    pub on_request_label: &'static str,
    /// The full day a day typed without its year was read as.
    pub day_read_as: fn(chrono::NaiveDate) -> String,
    pub deadline_day: &'static str,
    pub deadline_every: &'static str,
    pub every: fn(&str) -> &'static str,
    pub deadline_month: &'static str,
    pub deadline_quarter: &'static str,
    pub deadline_year: &'static str,
    pub coordinating_label: &'static str,
    pub task_missing: &'static str,
    pub task_delete: &'static str,
    pub status_label: &'static str,
    pub status_name: fn(&str) -> &'static str,
    pub done_on_label: &'static str,
    pub status_save: &'static str,
    pub day_error: fn(&DayError) -> String,
    pub deadline_error: fn(&DeadlineFormError) -> String,
    pub task_edit_heading: &'static str,
    pub task_title_label: &'static str,
    pub task_details_label: &'static str,
    pub group_label: &'static str,
    pub no_group: &'static str,
    pub log_heading: &'static str,
    pub log_kind: fn(LogKind) -> &'static str,
    pub log_kind_label: &'static str,
    pub log_day_label: &'static str,
    pub log_text_label: &'static str,
    pub log_add: &'static str,
    pub plan_edit: &'static str,
    pub plan_duplicate: &'static str,
    pub plan_kind: fn(PlanKind) -> &'static str,
    pub plan_title_label: &'static str,
    pub plan_kind_label: &'static str,
    pub plan_reference_label: &'static str,
    pub plan_reference_hint: &'static str,
    /// A references box's line as read: its number, and the reference's parts.
    pub reference_read: fn(usize, &LegalRef) -> String,
    /// A symbol kept as typed that looks mistaken.
    pub reference_warning: fn(&RefWarning) -> String,
    /// A line that cannot be read, and why; kept in the form, not saved.
    pub reference_refused: fn(usize, &RefError) -> String,
    /// After saving a form with lines that cannot be read.
    pub saved_but_refused: fn(usize) -> String,
    pub plan_bases_label: &'static str,
    pub plan_bases_heading: &'static str,
    pub plan_bases_hint: &'static str,
    pub plan_agencies_label: &'static str,
    pub plan_agencies_add: &'static str,
    pub plan_issuer_label: &'static str,
    pub plan_from_label: &'static str,
    pub plan_to_label: &'static str,
    pub plan_summary_label: &'static str,
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
    pub agencies_back: &'static str,
    pub agency_leads: &'static str,
    pub agency_coordinates: &'static str,
    pub none_found: &'static str,
    pub find_heading: &'static str,
    pub find_text_label: &'static str,
    pub find_text_example: &'static str,
    pub filters_label: &'static str,
    pub filter_agency: &'static str,
    pub filter_any: &'static str,
    pub filter_role: &'static str,
    pub role_either: &'static str,
    pub role_lead: &'static str,
    pub role_coordinating: &'static str,
    pub filter_standing: &'static str,
    pub standing_filter: fn(StandingFilter) -> &'static str,
    pub filter_plan: &'static str,
    pub filter_due_from: &'static str,
    pub filter_due_to: &'static str,
    pub filters_clear: &'static str,
    pub found: fn(usize) -> String,
    /// A long list shows a page at a time: "show the next n" and "show all n".
    pub show_more: fn(usize) -> String,
    pub show_all: fn(usize) -> String,
    pub overdue_count: fn(usize) -> String,
    pub due_before_plan: fn(NaiveDate) -> String,

    pub kind_name: fn(Kind) -> &'static str,
    pub field_name: fn(Field) -> &'static str,
    pub command_error: fn(&CommandError) -> String,
    pub store_error: fn(&StoreError) -> String,
    /// A stored value set aside: its kind's name, two records under one id (else unreadable),
    /// where the damaged copy is kept, whether the journal had a good copy.
    pub set_aside:
        fn(kind: &str, duplicate: bool, kept_at: Option<&str>, recovered: bool) -> String,
    pub newer_schema: fn(u32) -> String,
    pub key_name: fn(&str) -> &'static str,
}

impl Texts {
    /// A task's deadline as lists, pages and the notice say it: "Trước ngày 15/04/2026",
    /// followed by "hoặc đột xuất khi có yêu cầu" when the task is also due whenever asked.
    pub fn task_deadline(
        &self,
        task: &crate::domain::Task,
        next: Option<chrono::NaiveDate>,
    ) -> String {
        let due = (self.deadline)(&task.deadline, next);
        match (task.on_request, &task.deadline) {
            (false, _) => due,
            (true, Deadline::None) => upper_first(self.on_request),
            (true, _) => format!("{due} {}", self.on_request),
        }
    }
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
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
            ("import_errors/vi.rs", include_str!("import_errors/vi.rs")),
            ("import_errors/en.rs", include_str!("import_errors/en.rs")),
            ("meeting/vi.rs", include_str!("meeting/vi.rs")),
            ("exchange/vi.rs", include_str!("exchange/vi.rs")),
            ("storage/vi.rs", include_str!("storage/vi.rs")),
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
            error: TextError::TooLong {
                chars: 1875,
                max: 1000,
            },
        };
        let message = (Lang::Vi.texts().command_error)(&error);
        assert_eq!(
            message,
            "Tên nhiệm vụ quá dài (1.875 ký tự, tối đa 1.000). Hãy rút gọn lại."
        );
        assert!((Lang::En.texts().command_error)(&error).contains("1,875"));
        assert_eq!(
            (Lang::Vi.texts().progress)(7, 11),
            "Đã hoàn thành 7/11 nhiệm vụ"
        );
    }

    #[test]
    fn an_indicator_reads_as_an_office_says_it() {
        use crate::domain::indicator::{Amount, Direction};
        let amount = |t: &str| Amount::parse(t).unwrap();
        let i = Indicator {
            plan: crate::domain::Id::from_random(1),
            name: "Nhiệm vụ được giao".into(),
            unit: "nhiệm vụ".into(),
            direction: Direction::Increase,
            baseline: None,
            target: amount("11"),
            achieved: Some(amount("7")),
        };
        assert_eq!(
            (Lang::Vi.texts().indicator_line)(&i),
            "Nhiệm vụ được giao: chỉ tiêu 11 nhiệm vụ; đã đạt 7 (64%)"
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
