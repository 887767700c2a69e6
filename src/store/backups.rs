//! Automatic snapshots of the whole workspace, kept beside it in the same store: at most one a
//! day, the last [`KEEP`], restorable from the settings. They are the first thing given up when
//! the store is full, before any edit is refused.

use super::packed::{unpack, Packer};
use super::Saver;
use super::{Store, StoreError};
use crate::domain::Timestamp;
use crate::workspace::Snapshot;
use crate::workspace::{AllRecords, SnapshotOf, Workspace};
use std::io::BufWriter;

/// How many snapshots are kept.
pub const KEEP: usize = 3;
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// A snapshot as the settings list it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub key: String,
    pub at: Timestamp,
    pub tasks: usize,
    pub meetings: usize,
}

/// Every snapshot kept, oldest first, with what it holds (unreadable ones are left out).
pub fn list(store: &impl Store) -> Result<Vec<Backup>, StoreError> {
    let mut list = Vec::new();
    for key in keys(store)? {
        if let Some(snapshot) = read(store, &key)? {
            list.push(Backup {
                key,
                at: snapshot.at,
                tasks: snapshot
                    .records
                    .tasks
                    .iter()
                    .filter(|r| !r.is_deleted())
                    .count(),
                meetings: snapshot
                    .records
                    .meetings
                    .iter()
                    .filter(|r| !r.is_deleted())
                    .count(),
            });
        }
    }
    Ok(list)
}

/// The snapshot under `key`, if it is there and readable.
pub fn read(store: &impl Store, key: &str) -> Result<Option<Snapshot>, StoreError> {
    let text = store.get(key)?;
    let json = text.and_then(|t| unpack(&t).ok());
    Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
}

/// Takes a snapshot of `ws` unless the newest is less than a day old (or `force`), then keeps
/// only the last [`KEEP`]. Returns the new snapshot's key. A workspace with nothing of the
/// user's in it is not worth a snapshot.
pub fn take(
    store: &mut impl Store,
    ws: &Workspace,
    now: Timestamp,
    force: bool,
) -> Result<Option<String>, StoreError> {
    let existing = keys(store)?;
    let newest = existing.last().and_then(|k| time_of(k));
    let recent = newest.is_some_and(|at| now.0 - at.0 < DAY_MS);
    let empty = ws.plans().all().len() + ws.meetings().all().len() == 0;
    if (recent && !force) || empty {
        return Ok(None);
    }
    // Written straight from the records into the deflater: at 20,000 tasks the records copied
    // and their 23 MB of JSON set the page's peak memory (docs/benchmarks.md).
    let snapshot = SnapshotOf {
        at: now,
        records: AllRecords(ws),
    };
    let mut writer = BufWriter::with_capacity(1 << 16, Packer::new());
    let written = serde_json::to_writer(&mut writer, &snapshot);
    written.map_err(|e| StoreError::Other(e.to_string()))?;
    let packer = writer
        .into_inner()
        .map_err(|e| StoreError::Other(e.to_string()))?;
    let text = packer.finish();
    let key = super::keys::snapshot(now);
    // Room for the new one is made by giving up the oldest, never the other way round.
    let mut existing = existing.into_iter();
    loop {
        match store.set(&key, &text) {
            Ok(()) => break,
            Err(StoreError::QuotaExceeded) => match existing.next() {
                Some(oldest) => store.remove(&oldest)?,
                None => return Err(StoreError::QuotaExceeded),
            },
            Err(other) => return Err(other),
        }
    }
    let all = keys(store)?;
    for old in &all[..all.len().saturating_sub(KEEP)] {
        store.remove(old)?;
    }
    Ok(Some(key))
}

/// Gives up the oldest snapshot to make room; returns when it was taken, `None` if there was
/// none.
pub fn make_room(store: &mut impl Store) -> Result<Option<Timestamp>, StoreError> {
    match keys(store)?.first() {
        Some(oldest) => store.remove(oldest).map(|()| time_of(oldest)),
        None => Ok(None),
    }
}

/// The time of the oldest snapshot, the one [`make_room`] would give up.
pub fn oldest(store: &impl Store) -> Result<Option<Timestamp>, StoreError> {
    Ok(keys(store)?.first().and_then(|k| time_of(k)))
}

/// What saving did about a full store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saving {
    /// Keys written, or why the store refused.
    pub result: Result<usize, StoreError>,
    /// The snapshots given up to make room (their times), oldest first.
    pub gave_up: Vec<Timestamp>,
    /// Still full, and not allowed to give up snapshots: the one that would go first.
    pub could_give_up: Option<Timestamp>,
}

/// Saves; when the store is full and `give_up` allows it, gives up the oldest snapshot and
/// tries again, until the save fits or no snapshot is left. Every snapshot given up is
/// reported, so the user can be told: a restore point never goes unannounced.
pub fn save_making_room(
    saver: &mut Saver,
    store: &mut impl Store,
    ws: &Workspace,
    give_up: bool,
) -> Saving {
    let mut gave_up = Vec::new();
    loop {
        let result = saver.save(store, ws);
        if result != Err(StoreError::QuotaExceeded) {
            return Saving {
                result,
                gave_up,
                could_give_up: None,
            };
        }
        if !give_up {
            let could_give_up = oldest(store).ok().flatten();
            return Saving {
                result,
                gave_up,
                could_give_up,
            };
        }
        match make_room(store) {
            Ok(Some(at)) => gave_up.push(at),
            _ => {
                return Saving {
                    result,
                    gave_up,
                    could_give_up: None,
                }
            }
        }
    }
}

/// Snapshot keys, oldest first (the time is zero-padded, so text order is time order).
fn keys(store: &impl Store) -> Result<Vec<String>, StoreError> {
    super::layout::keys_under(store, super::keys::SNAPSHOTS)
}

fn time_of(key: &str) -> Option<Timestamp> {
    super::keys::snapshot_time(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;
    use crate::workspace::tests::sample;

    const T0: i64 = 1_795_000_000_000;

    #[test]
    fn a_snapshot_is_written_from_the_records_as_a_copy_of_them_would_be() {
        let ws = sample();
        let copied = Snapshot {
            at: Timestamp(T0),
            records: ws.records(),
            device: None,
        };
        let written = SnapshotOf {
            at: Timestamp(T0),
            records: AllRecords(&ws),
        };
        assert_eq!(
            serde_json::to_string(&written).unwrap(),
            serde_json::to_string(&copied).unwrap()
        );
        let mut store = MemoryStore::default();
        let key = take(&mut store, &ws, Timestamp(T0), false)
            .unwrap()
            .unwrap();
        assert_eq!(read(&store, &key), Ok(Some(copied)));
    }

    #[test]
    fn one_a_day_the_last_three_and_each_restores_exactly() {
        let mut store = MemoryStore::default();
        let mut ws = sample();
        let first = take(&mut store, &ws, Timestamp(T0), false).unwrap();
        assert!(first.is_some());
        assert_eq!(
            take(&mut store, &ws, Timestamp(T0 + 1000), false),
            Ok(None),
            "one a day"
        );
        let kept = ws.clone();
        for day in 1..=4 {
            ws.add_plan(
                crate::domain::Id::from_random(day as u128),
                &format!("Kế hoạch {day}"),
                Timestamp(T0 + day * DAY_MS),
            )
            .unwrap();
            take(&mut store, &ws, Timestamp(T0 + day * DAY_MS), false).unwrap();
        }
        let list = list(&store).unwrap();
        assert_eq!(list.len(), KEEP);
        assert_eq!(
            list[0].at,
            Timestamp(T0 + 2 * DAY_MS),
            "the oldest went first"
        );
        assert!(read(&store, first.as_deref().unwrap()).unwrap().is_none());
        let newest = read(&store, &list[2].key).unwrap().unwrap();
        assert_eq!(newest.records, ws.records());
        let mut restored = ws.clone();
        restored
            .restore_snapshot(&read(&store, &list[0].key).unwrap().unwrap())
            .unwrap();
        assert_ne!(restored.records(), kept.records());
        assert_eq!(restored.plans().all().len(), kept.plans().all().len() + 2);
    }

    #[test]
    fn a_full_store_gives_up_old_snapshots_first() {
        let ws = sample();
        let mut roomy = MemoryStore::default();
        take(&mut roomy, &ws, Timestamp(T0), false).unwrap();
        let one = roomy.used();
        let mut store = MemoryStore::with_capacity(one * 2 + 10);
        take(&mut store, &ws, Timestamp(T0), false).unwrap();
        take(&mut store, &ws, Timestamp(T0 + DAY_MS), false).unwrap();
        assert_eq!(list(&store).unwrap().len(), 2);
        // A third does not fit: the oldest makes room for it.
        take(&mut store, &ws, Timestamp(T0 + 2 * DAY_MS), false).unwrap();
        let at: Vec<_> = list(&store).unwrap().iter().map(|b| b.at).collect();
        assert_eq!(at, [Timestamp(T0 + DAY_MS), Timestamp(T0 + 2 * DAY_MS)]);
        assert_eq!(make_room(&mut store), Ok(Some(Timestamp(T0 + DAY_MS))));
        assert_eq!(make_room(&mut store), Ok(Some(Timestamp(T0 + 2 * DAY_MS))));
        assert_eq!(make_room(&mut store), Ok(None));
    }

    #[test]
    fn a_full_store_gives_up_a_snapshot_only_when_allowed_and_says_which() {
        let ws = sample();
        let mut data = MemoryStore::default();
        let mut saver = crate::store::load(&mut data, ws.device().clone(), Timestamp(T0))
            .unwrap()
            .saver;
        let mut probe = crate::store::load(&mut data, ws.device().clone(), Timestamp(T0))
            .unwrap()
            .saver;
        probe.save(&mut data, &ws).unwrap();
        let mut snapshot = MemoryStore::default();
        take(&mut snapshot, &ws, Timestamp(T0), false).unwrap();
        // Room for the snapshot or for the data saved, not for both.
        let mut store = MemoryStore::with_capacity(snapshot.used() + data.used() - 1);
        take(&mut store, &ws, Timestamp(T0), false).unwrap();
        let held = save_making_room(&mut saver, &mut store, &ws, false);
        assert_eq!(held.result, Err(StoreError::QuotaExceeded));
        assert_eq!(
            (held.gave_up.len(), held.could_give_up),
            (0, Some(Timestamp(T0)))
        );
        assert_eq!(
            list(&store).unwrap().len(),
            1,
            "kept until the user allows it"
        );
        let made = save_making_room(&mut saver, &mut store, &ws, true);
        assert!(made.result.is_ok(), "{:?}", made.result);
        assert_eq!(
            made.gave_up,
            [Timestamp(T0)],
            "the snapshot given up is named"
        );
        assert!(list(&store).unwrap().is_empty());
    }

    #[test]
    fn an_empty_workspace_is_not_kept() {
        let mut store = MemoryStore::default();
        let ws = Workspace::new(crate::workspace::tests::device(1));
        assert_eq!(take(&mut store, &ws, Timestamp(T0), true), Ok(None));
    }
}
