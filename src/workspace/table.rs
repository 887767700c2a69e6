//! A table of one record kind, keyed by id. Deleted records stay as tombstones.

use crate::domain::{Id, Record};
use std::collections::BTreeMap;

/// All records of one kind, including tombstones (which bundles and merges need).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table<T> {
    rows: BTreeMap<Id, Record<T>>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            rows: BTreeMap::new(),
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
        Ok(Table { rows })
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

    pub(super) fn get_mut(&mut self, id: &Id) -> Option<&mut Record<T>> {
        self.rows.get_mut(id)
    }

    pub(super) fn live_mut(&mut self, id: &Id) -> Option<&mut Record<T>> {
        self.rows.get_mut(id).filter(|r| !r.is_deleted())
    }

    /// Removes records outright, leaving no tombstone: only for data that never left this
    /// browser, such as the example workspace.
    pub(super) fn purge(&mut self, remove: impl Fn(&Id) -> bool) {
        self.rows.retain(|id, _| !remove(id));
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
                self.rows.insert(theirs.id().clone(), merged);
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
        self.rows.insert(record.id().clone(), record);
        true
    }
}
