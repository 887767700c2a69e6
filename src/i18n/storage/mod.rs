//! The texts about keeping data: the storage section of the settings, the full-store banner,
//! snapshots, the export reminder and the note for pages opened from a file.

pub(super) mod en;
pub(super) mod vi;

/// Every storage text in one language.
pub struct StorageTexts {
    pub export_everything: &'static str,
    /// Used units, the share of the smallest quota in percent.
    pub usage: fn(usize, usize) -> String,
    pub persisted_yes: &'static str,
    pub persisted_no: &'static str,
    pub persisted_unknown: &'static str,
    pub persisted_file: &'static str,
    pub persist_ask: &'static str,
    pub backups_heading: &'static str,
    pub backups_intro: &'static str,
    pub backups_empty: &'static str,
    /// When, tasks, meetings.
    pub backup_line: fn(&str, usize, usize) -> String,
    pub backup_restore: &'static str,
    pub backup_restored: fn(&str) -> String,
    pub quarantine_download: &'static str,
    pub file_note: &'static str,
    /// Days since the oldest unexported change.
    pub export_reminder: fn(i64) -> String,
    pub nowhere_file: &'static str,
    /// Snapshots given up to make room (their days, joined).
    pub gave_up: fn(&str) -> String,
    /// Added to the full-store banner when a snapshot could make room (its day).
    pub room_offer: fn(&str) -> String,
    pub make_room: &'static str,
    pub log_heading: &'static str,
    pub log_intro: &'static str,
    /// When a snapshot of that day was given up.
    pub log_gave_up: fn(&str) -> String,

    pub heading: &'static str,
    pub browser: &'static str,
    pub memory_only: &'static str,
    pub quarantine_list: fn(usize) -> String,
}
