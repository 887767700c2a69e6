//! Every key the app keeps in the browser's store, spelled once. docs/storage.md lists the same
//! keys with what each holds; the module named beside each one reads and writes it.

use crate::domain::Timestamp;

/// What every key starts with, so the app's keys never collide with another page's on the
/// same origin.
pub const PREFIX: &str = "sotay/";

/// The layout's schema, device id and office profile, written after the chunks (`layout`).
pub const META: &str = "sotay/meta";
/// Untouched copies of values that could not be read: `sotay/quarantine/<kind>-<bucket>/<time>`
/// (`layout`, listed in the settings).
pub const QUARANTINE: &str = "sotay/quarantine/";
/// Automatic snapshots: `sotay/snapshot/<time, 13 digits>` (`backups`).
pub const SNAPSHOTS: &str = "sotay/snapshot/";
/// Agency names typed but not yet added (`drafts`).
pub const DRAFTS: &str = "sotay/drafts";
/// The document being read into records, and its cards as edited, per page (`intake`).
pub const INTAKE: &str = "sotay/intake";
/// What the store had to do, for the settings (`log`).
pub const STORAGE_LOG: &str = "sotay/storage-log";
/// Every import this browser made (`imports`).
pub const IMPORTS: &str = "sotay/imports";
/// The snapshot that undoes the last import; empty once undone (`imports`).
pub const UNDO: &str = "sotay/undo";
/// The interface language, `vi` or `en` (`marks`).
pub const LANG: &str = "sotay/lang";
/// When everything was last exported, in milliseconds (`marks`).
pub const LAST_EXPORT: &str = "sotay/last-export";
/// Set once the note for a page opened from a file was shown (`marks`).
pub const FILE_NOTE_SHOWN: &str = "sotay/file-note-shown";
/// A date that replaces today ("2026-06-25"), for tests and demonstrations; read by the browser
/// edge (`ui::edge`), never written by the app.
pub const CLOCK: &str = "sotay/clock";
/// Written and removed at once when the store is opened, to find a store that refuses writes
/// (`browser`).
pub const PROBE: &str = "sotay/probe";

/// The key of a chunk of records: `sotay/tasks/a` (`layout`).
pub fn chunk(kind: &str, bucket: u32) -> String {
    format!("{PREFIX}{kind}/{bucket:x}")
}

/// The kind and bucket of a chunk's key, if `key` has that shape (the bucket is not checked
/// against the layout's count).
pub fn read_chunk(key: &str) -> Option<(&str, u32)> {
    let (kind, bucket) = key.strip_prefix(PREFIX)?.split_once('/')?;
    Some((kind, u32::from_str_radix(bucket, 16).ok()?))
}

/// The one key per kind of schema 1: `sotay/tasks`, read only to migrate it.
pub fn schema_1(kind: &str) -> String {
    format!("{PREFIX}{kind}")
}

/// Where the untouched copy of the value under `key` is kept when it is set aside at `at`.
pub fn quarantine(key: &str, at: Timestamp) -> String {
    let name = key.trim_start_matches(PREFIX).replace('/', "-");
    format!("{QUARANTINE}{name}/{}", at.0)
}

/// A quarantined value's key as a file name part: `tasks-a-1700000000000`.
pub fn quarantine_name(key: &str) -> String {
    key.trim_start_matches(QUARANTINE).replace('/', "-")
}

/// The key of the snapshot taken at `at` (zero-padded, so text order is time order).
pub fn snapshot(at: Timestamp) -> String {
    format!("{SNAPSHOTS}{:013}", at.0)
}

/// When the snapshot under `key` was taken.
pub fn snapshot_time(key: &str) -> Option<Timestamp> {
    key.strip_prefix(SNAPSHOTS)?.parse().ok().map(Timestamp)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXED: [&str; 13] = [
        META,
        QUARANTINE,
        SNAPSHOTS,
        DRAFTS,
        INTAKE,
        STORAGE_LOG,
        IMPORTS,
        UNDO,
        LANG,
        LAST_EXPORT,
        FILE_NOTE_SHOWN,
        CLOCK,
        PROBE,
    ];

    #[test]
    fn every_key_is_the_apps_own_and_reads_back() {
        assert!(FIXED.iter().all(|k| k.starts_with(PREFIX)));
        assert_eq!(chunk("tasks", 10), "sotay/tasks/a");
        assert_eq!(read_chunk("sotay/tasks/a"), Some(("tasks", 10)));
        assert_eq!(read_chunk("sotay/tasks"), None);
        assert_eq!(read_chunk("sotay/meta"), None);
        let kept = quarantine("sotay/tasks/a", Timestamp(7));
        assert_eq!(kept, "sotay/quarantine/tasks-a/7");
        assert_eq!(quarantine_name(&kept), "tasks-a-7");
        let snap = snapshot(Timestamp(42));
        assert_eq!(snap, "sotay/snapshot/0000000000042");
        assert_eq!(snapshot_time(&snap), Some(Timestamp(42)));
    }

    /// docs/storage.md's table of keys and this file name the same keys: each key here is a
    /// row there, and each row there is a key (or a key's pattern) here.
    #[test]
    fn the_storage_document_lists_exactly_these_keys() {
        let doc = include_str!("../../docs/storage.md");
        let rows: Vec<&str> = doc
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| l.split('`').next())
            .collect();
        for key in FIXED {
            assert!(rows.iter().any(|r| r.starts_with(key)), "{key} has no row");
        }
        let chunks = chunk("<kind>", 0).replace("/0", "/<b>");
        for row in &rows {
            let known = FIXED.contains(row)
                || row == &chunks
                || [QUARANTINE, SNAPSHOTS].iter().any(|p| row.starts_with(p));
            assert!(
                known,
                "docs/storage.md names {row}, which src/store/keys.rs does not"
            );
        }
        assert_eq!(
            rows.len(),
            FIXED.len() + 1,
            "one row per key, and one for the chunks"
        );
    }
}
