//! A table of one record kind, keyed by id. Deleted records stay as tombstones.

use crate::domain::{Id, Record};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

/// All records of one kind, including tombstones (which bundles and merges need).
#[derive(Clone, Debug)]
pub struct Table<T> {
    rows: BTreeMap<Id, Record<T>>,
    /// Taken afresh from [`next_stamp`] whenever the rows may change: two tables with the same
    /// stamp hold the same records, so saving can pass over a kind nobody touched without
    /// looking at its records (see [`Table::stamp`]).
    stamp: u64,
}

/// A number never handed out before in this program.
fn next_stamp() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Tables are equal when their records are; the stamp only says where they came from.
impl<T: PartialEq> PartialEq for Table<T> {
    fn eq(&self, other: &Self) -> bool {
        self.rows == other.rows
    }
}

impl<T: Eq> Eq for Table<T> {}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            rows: BTreeMap::new(),
            stamp: next_stamp(),
        }
    }
}

impl<T> Table<T> {
    /// Builds a table from stored records; the first repeated id is an error.
    pub fn from_records(records: Vec<Record<T>>) -> Result<Table<T>, Id> {
        let mut rows = BTreeMap::new();
        for record in records {
            let id = record.id().clone();
            if rows.insert(id.clone(), record).is_some() {
                return Err(id);
            }
        }
        Ok(Table {
            rows,
            stamp: next_stamp(),
        })
    }

    /// A table of these rows, each under its own id.
    pub(crate) fn from_map(rows: BTreeMap<Id, Record<T>>) -> Table<T> {
        Table {
            rows,
            stamp: next_stamp(),
        }
    }

    /// Changes whenever the records may have changed: equal stamps, equal records.
    pub fn stamp(&self) -> u64 {
        self.stamp
    }

    /// A record that is not deleted.
    pub fn get(&self, id: &Id) -> Option<&Record<T>> {
        self.rows.get(id).filter(|r| !r.is_deleted())
    }

    /// A record, deleted or not.
    pub fn get_any(&self, id: &Id) -> Option<&Record<T>> {
        self.rows.get(id)
    }

    /// Records that are not deleted, in id order.
    pub fn live(&self) -> impl Iterator<Item = &Record<T>> {
        self.rows.values().filter(|r| !r.is_deleted())
    }

    /// Every record, tombstones included, in id order: what storage and bundles keep.
    pub fn all(&self) -> impl ExactSizeIterator<Item = &Record<T>> {
        self.rows.values()
    }

    /// The rows, to be changed: every change to them goes through here and takes a new stamp.
    fn rows_mut(&mut self) -> &mut BTreeMap<Id, Record<T>> {
        self.stamp = next_stamp();
        &mut self.rows
    }

    pub(super) fn get_mut(&mut self, id: &Id) -> Option<&mut Record<T>> {
        self.rows_mut().get_mut(id)
    }

    pub(super) fn live_mut(&mut self, id: &Id) -> Option<&mut Record<T>> {
        self.rows_mut().get_mut(id).filter(|r| !r.is_deleted())
    }

    /// Removes records outright, leaving no tombstone: only for data that never left this
    /// browser, such as the example workspace.
    pub(super) fn purge(&mut self, remove: impl Fn(&Id) -> bool) {
        self.rows_mut().retain(|id, _| !remove(id));
    }

    /// Adds a new record and returns its id; refused if the id is taken.
    pub(super) fn insert_new(&mut self, record: Record<T>) -> Result<Id, super::CommandError> {
        let id = record.id().clone();
        match self.insert(record) {
            true => Ok(id),
            false => Err(super::CommandError::IdTaken { id }),
        }
    }

    /// Merges copies of records in (see [`Record::merge`]); returns how many changed here.
    pub(super) fn merge_all(&mut self, incoming: &[Record<T>]) -> usize
    where
        T: Clone + PartialEq + serde::Serialize,
    {
        let mut changed = 0;
        for theirs in incoming {
            let merged = match self.rows.get(theirs.id()) {
                Some(ours) => ours.merge(theirs),
                None => theirs.clone(),
            };
            if self.rows.get(theirs.id()) != Some(&merged) {
                self.rows_mut().insert(theirs.id().clone(), merged);
                changed += 1;
            }
        }
        changed
    }

    /// Adds a new record; false if the id is taken.
    pub(super) fn insert(&mut self, record: Record<T>) -> bool {
        if self.rows.contains_key(record.id()) {
            return false;
        }
        self.rows_mut().insert(record.id().clone(), record);
        true
    }
}
