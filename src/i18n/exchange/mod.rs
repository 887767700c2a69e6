//! The texts of the exchange page: exporting bundles, importing them, the preview, undo and the
//! import history.

pub(super) mod en;
pub(super) mod vi;

use crate::bundle::{Change, Side};

/// Every text of the exchange page in one language.
pub struct ExchangeTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub link: &'static str,
    pub export_heading: &'static str,
    pub scope_label: &'static str,
    pub scope_workspace: &'static str,
    pub scope_plan: fn(&str) -> String,
    pub scope_meeting: fn(&str) -> String,
    pub download: &'static str,
    pub downloaded: &'static str,
    pub download_failed: &'static str,
    pub send_plan: &'static str,
    pub send_meeting: &'static str,
    pub send_plan_hint: &'static str,
    pub send_meeting_hint: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub show: &'static str,
    pub text_label: &'static str,
    pub last_export: fn(&str) -> String,
    pub never_exported: &'static str,
    pub import_heading: &'static str,
    pub file_label: &'static str,
    pub drop_hint: &'static str,
    pub paste_label: &'static str,
    pub paste_read: &'static str,
    pub reading: &'static str,
    pub preview_heading: &'static str,
    pub from: fn(&str, &str, &str) -> String,
    pub col_kind: &'static str,
    pub change: fn(Change) -> &'static str,
    /// The heading over the records of one change in the preview.
    pub change_heading: fn(Change) -> &'static str,
    pub nothing_to_do: &'static str,
    /// The file claims edits under this device's id (n records).
    pub own_device: fn(usize) -> String,
    /// n records with edits dated after tomorrow (the latest time, what they count as).
    pub future_times: fn(usize, &str, &str) -> String,
    pub col_field: &'static str,
    pub col_result: &'static str,
    pub result_theirs: &'static str,
    pub result_ours: &'static str,
    pub result_follows: &'static str,
    /// Their edit saw both values of a conflict: the value stays, the conflict ends.
    pub result_settled: &'static str,
    /// A conflict: which side is shown by default, or that the user chose.
    pub result_conflict: fn(Option<Side>, bool) -> &'static str,
    pub edited_at: fn(&str) -> String,
    pub unknown_field_value: &'static str,
    /// Over a record's conflicts kept since an import.
    pub conflicts_here: &'static str,
    /// A field (its name), the value shown and when it was set.
    pub conflict_shown: fn(&str, &str, &str) -> String,
    /// Another value kept and when it was set.
    pub conflict_other: fn(&str, &str) -> String,
    pub use_this: &'static str,
    pub keep_shown: &'static str,
    pub deleted_apart: &'static str,
    pub delete_it: &'static str,
    pub keep_it: &'static str,
    /// n more records of one change than the preview draws.
    pub more_rows: fn(usize) -> String,
    pub same_agencies_heading: &'static str,
    pub same_agency: fn(&str, &str) -> String,
    pub keep_apart: &'static str,
    pub field_ours: &'static str,
    pub field_theirs: &'static str,
    pub keep_default: &'static str,
    pub keep_ours: &'static str,
    pub keep_theirs: &'static str,
    pub apply: &'static str,
    pub cancel: &'static str,
    pub applied: fn(usize) -> String,
    pub undo: &'static str,
    pub undone: &'static str,
    pub history_heading: &'static str,
    pub history_empty: &'static str,
    /// When, from whom, and how many records were new, updated, merged, deleted, in conflict.
    pub history_line: fn(&str, &str, [usize; 5]) -> String,
    pub history_undone: fn(&str) -> String,
}
