//! The import history and the snapshot that undoes the last import, kept beside the workspace
//! in the same store: recorded when an import is applied, read by the exchange page, marked
//! when the import is undone (the line stays, saying when it was undone).

use super::packed::{pack, unpack};
use super::{Store, StoreError};
use crate::bundle::ImportEntry;
use crate::domain::Timestamp;
use crate::workspace::Snapshot;

// `keys::IMPORTS` holds a JSON list of `ImportEntry`, oldest first; `keys::UNDO` the
// packed `Snapshot` of every record just before the last import, empty once undone.
use super::keys::{IMPORTS as HISTORY, UNDO};

/// Every import this browser made, oldest first (an unreadable history reads as empty).
pub fn history(store: &impl Store) -> Result<Vec<ImportEntry>, StoreError> {
    let text = store.get(HISTORY)?;
    Ok(text
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default())
}

/// The snapshot that undoes the last import, while there is one.
pub fn undo_snapshot(store: &impl Store) -> Result<Option<Snapshot>, StoreError> {
    let text = store.get(UNDO)?;
    let json = text.filter(|t| !t.is_empty()).and_then(|t| unpack(&t).ok());
    Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
}

/// Keeps the snapshot of an import just applied and adds its line to the history. The
/// snapshot is packed like the records: a copy of everything must not take a second full
/// copy's room.
pub fn record(
    store: &mut impl Store,
    snapshot: &Snapshot,
    entry: ImportEntry,
) -> Result<(), StoreError> {
    let json = serde_json::to_string(snapshot).map_err(|e| StoreError::Other(e.to_string()))?;
    store.set(UNDO, &pack(&json))?;
    let mut list = history(store)?;
    list.push(entry);
    write_history(store, &list)
}

/// Marks the last import undone at `now` and lets its snapshot go.
pub fn mark_undone(store: &mut impl Store, now: Timestamp) -> Result<(), StoreError> {
    let mut list = history(store)?;
    if let Some(last) = list.iter_mut().rev().find(|e| e.undone_at.is_none()) {
        last.undone_at = Some(now);
    }
    write_history(store, &list)?;
    store.set(UNDO, "")
}

fn write_history(store: &mut impl Store, list: &[ImportEntry]) -> Result<(), StoreError> {
    let text = serde_json::to_string(list).map_err(|e| StoreError::Other(e.to_string()))?;
    store.set(HISTORY, &text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::{Scope, Sender};
    use crate::domain::{DeviceId, Id, OfficeProfile};
    use crate::store::MemoryStore;
    use crate::workspace::Records;

    fn entry(at: i64) -> ImportEntry {
        ImportEntry {
            at: Timestamp(at),
            from: Sender {
                office: OfficeProfile::default(),
                device: DeviceId(Id::from_random(1)),
            },
            scope: Scope::Workspace,
            exported_at: Timestamp(at - 1),
            new: 1,
            updated: 0,
            deleted: 0,
            conflicts: 0,
            merged: 0,
            undone_at: None,
            document: String::new(),
        }
    }

    #[test]
    fn an_import_is_recorded_then_marked_undone_and_its_snapshot_let_go() {
        let mut store = MemoryStore::default();
        assert!(history(&store).unwrap().is_empty());
        let snapshot = Snapshot {
            at: Timestamp(10),
            records: Records::default(),
            device: None,
        };
        record(&mut store, &snapshot, entry(10)).unwrap();
        record(&mut store, &snapshot, entry(20)).unwrap();
        assert_eq!(undo_snapshot(&store).unwrap(), Some(snapshot));
        mark_undone(&mut store, Timestamp(30)).unwrap();
        let list = history(&store).unwrap();
        assert_eq!(list.len(), 2, "the line stays");
        assert_eq!(
            (list[0].undone_at, list[1].undone_at),
            (None, Some(Timestamp(30)))
        );
        assert_eq!(undo_snapshot(&store).unwrap(), None);
    }

    #[test]
    fn a_history_written_before_merges_were_counted_still_reads() {
        let mut store = MemoryStore::default();
        let old = r#"[{"at":5,"from":{"office":{"name":"","province":""},"device":"x"},"scope":{"kind":"workspace"},"exported_at":4,"new":2,"updated":1,"deleted":0,"conflicts":1}]"#;
        store.set(HISTORY, old).unwrap();
        let list = history(&store).unwrap();
        assert_eq!(
            (list[0].new, list[0].merged, list[0].undone_at),
            (2, 0, None)
        );
    }
}
