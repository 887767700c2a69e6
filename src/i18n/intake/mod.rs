//! The texts of "Nhập từ văn bản": pasting or dropping a document, the marked text, the cards
//! of what was found, creating them, and why a file gives no text.

pub(super) mod en;
pub(super) mod vi;

use crate::intake::{DocKind, FileError};

/// Every text of the document reader in one language.
pub struct IntakeTexts {
    /// The page's heading, and the links to it from the lists and pages.
    pub heading: &'static str,
    pub back_meeting: &'static str,
    pub back_plan: &'static str,
    pub intro: &'static str,
    pub text_label: &'static str,
    pub text_placeholder: &'static str,
    pub file_label: &'static str,
    pub drop_hint: &'static str,
    pub read: &'static str,
    /// The read button once cards are shown: reading again replaces them.
    pub read_again: &'static str,
    pub nothing_to_read: &'static str,
    pub file_taken: fn(&str) -> String,
    pub file_error: fn(&FileError) -> String,
    pub target_label: &'static str,
    pub target_meeting: &'static str,
    pub target_plan: &'static str,
    pub marked_heading: &'static str,
    pub tap_hint: &'static str,
    pub cards_heading: &'static str,
    pub nothing_found: &'static str,
    pub document_heading: &'static str,
    pub doc_kind: fn(DocKind) -> &'static str,
    pub number_label: &'static str,
    pub date_label: &'static str,
    pub issuer_label: &'static str,
    pub summary_label: &'static str,
    pub meeting_heading: &'static str,
    pub meeting_title_label: &'static str,
    pub day_label: &'static str,
    pub time_label: &'static str,
    pub place_label: &'static str,
    pub chairs_label: &'static str,
    pub plan_heading: &'static str,
    pub plan_title_label: &'static str,
    pub groups_label: &'static str,
    /// "Nhiệm vụ (chọn 5/6)".
    pub tasks_heading: fn(usize, usize) -> String,
    pub task_number: fn(usize) -> String,
    pub task_title_label: &'static str,
    pub lead_label: &'static str,
    pub coordinating_label: &'static str,
    pub coordinating_add: &'static str,
    pub remove_agency: fn(&str) -> String,
    /// An agency to be added: "mới: Ban Dân tộc".
    pub new_agency: fn(&str) -> String,
    pub use_new: fn(&str) -> String,
    pub no_lead: &'static str,
    pub check_mark: &'static str,
    pub group_label: &'static str,
    pub no_group: &'static str,
    pub show_sentence: &'static str,
    pub items_heading: &'static str,
    pub conclusions_heading: &'static str,
    pub references_heading: &'static str,
    pub new_agencies_heading: &'static str,
    pub new_agencies_hint: &'static str,
    pub create_meeting: &'static str,
    pub create_plan: &'static str,
    pub add_to: fn(&str) -> String,
    pub nothing_ticked: &'static str,
    pub discard: &'static str,
    pub created: fn(usize, usize) -> String,
    pub undone: &'static str,
    /// The import history's line of a creation from a document.
    pub history_line: fn(&str, &str, usize) -> String,
}
