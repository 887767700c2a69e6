//! The texts of the interface, Vietnamese first and English second, and the sentences that
//! explain errors. Every language is one `Texts` value; formatted sentences are functions.

pub mod agencies;
mod en;
pub mod exchange;
pub mod fields;
pub mod files;
pub mod find;
mod format;
mod import_errors;
pub mod intake;
pub mod meeting;
pub mod overview;
pub mod plan;
pub mod settings;
pub mod shell;
pub mod storage;
pub mod task;
mod vi;

pub use format::{date, number};

use crate::domain::dates::DayError;
use crate::domain::deadline::DeadlineError;
use crate::domain::Deadline;
use crate::store::StoreError;
use crate::workspace::{CommandError, Field, Kind};

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

/// Every text of the interface in one language: first what every page uses, then one group
/// per page (`texts.plan.title_label`), each in its own folder with its Vietnamese and English.
pub struct Texts {
    // What every page or the app shell uses: buttons, notices, and the sentences of errors.
    pub save: &'static str,
    pub cancel: &'static str,
    pub rename: &'static str,
    pub delete: &'static str,
    pub undo: &'static str,
    pub dismiss: &'static str,
    /// A task no agency leads yet.
    pub unled: &'static str,
    pub deleted: fn(Kind, &str) -> String,
    /// Why a bundle was refused.
    pub import_error: fn(&crate::bundle::ImportError) -> String,
    pub edit: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub day_error: fn(&DayError) -> String,
    pub deadline_error: fn(&DeadlineError) -> String,
    /// A long list shows a page at a time: "show the next n" and "show all n".
    pub show_more: fn(usize) -> String,
    pub show_all: fn(usize) -> String,
    pub overdue_count: fn(usize) -> String,
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

    // One group per page, in the order of the navigation.
    /// Meetings, meeting mode and the conclusion notice.
    pub meeting: meeting::MeetingTexts,
    /// The exchange page: export, import, preview, undo.
    pub exchange: exchange::ExchangeTexts,
    /// Keeping data: usage, persistence, snapshots, reminders.
    pub storage: storage::StorageTexts,
    /// The app shell: title, navigation, clock banner.
    pub shell: shell::ShellTexts,
    /// The list of plans and one plan's page.
    pub plan: plan::PlanTexts,
    /// One task, and the words for its standing and deadline.
    pub task: task::TaskTexts,
    /// The find page.
    pub find: find::FindTexts,
    /// The overview.
    pub overview: overview::OverviewTexts,
    /// The agencies and one agency's tasks.
    pub agencies: agencies::AgenciesTexts,
    /// The settings page (its storage part is in `storage`).
    pub settings: settings::SettingsTexts,
    /// Reading a document into records (Nhập từ văn bản).
    pub intake: intake::IntakeTexts,
    /// The notice as .docx, the reports as .xlsx and CSV, saving and sharing them.
    pub files: files::FilesTexts,
}

impl Texts {
    /// A task's deadline as lists, pages and the notice say it: "Trước ngày 15/04/2026",
    /// followed by "hoặc đột xuất khi có yêu cầu" when the task is also due whenever asked.
    pub fn task_deadline(
        &self,
        task: &crate::domain::Task,
        next: Option<chrono::NaiveDate>,
    ) -> String {
        let due = (self.task.deadline)(&task.deadline, next);
        match (task.on_request, &task.deadline) {
            (false, _) => due,
            (true, Deadline::None) => upper_first(self.task.on_request),
            (true, _) => format!("{due} {}", self.task.on_request),
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
    use crate::domain::Indicator;

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
            ("shell/vi.rs", include_str!("shell/vi.rs")),
            ("plan/vi.rs", include_str!("plan/vi.rs")),
            ("task/vi.rs", include_str!("task/vi.rs")),
            ("find/vi.rs", include_str!("find/vi.rs")),
            ("overview/vi.rs", include_str!("overview/vi.rs")),
            ("agencies/vi.rs", include_str!("agencies/vi.rs")),
            ("settings/vi.rs", include_str!("settings/vi.rs")),
            ("intake/vi.rs", include_str!("intake/vi.rs")),
            ("files/vi.rs", include_str!("files/vi.rs")),
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
            (Lang::Vi.texts().plan.progress)(7, 11),
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
            (Lang::Vi.texts().plan.indicator_line)(&i),
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
