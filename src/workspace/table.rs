//! A table of one record kind, keyed by id. Deleted records stay as tombstones.

use crate::domain::{Body, Id, Record};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// All records of one kind, including tombstones (which bundles and merges need).
#[derive(Clone, Debug)]
pub struct Table<T> {
    rows: BTreeMap<Id, Row<T>>,
    /// Taken afresh from [`next_stamp`] whenever the rows may change: two tables with the same
    /// stamp hold the same records, so saving can pass over a kind nobody touched without
    /// looking at its records (see [`Table::stamp`]).
    stamp: u64,
}

/// A record, and when it may last have changed in this program: 0 for a record as it was read
/// from storage, else a stamp taken when it was handed out to be changed. Saving compares
/// these, never the records' versions: a body can change without its version (two edits
/// under one version are a conflict, see `Record::merge`), and the saver must notice.
///
/// The record is shared between copies of the table: the import's preview and undo copy the
/// whole workspace, and a copy costs a pointer per record until a record is changed.
#[derive(Clone, Debug)]
struct Row<T> {
    record: Arc<Record<T>>,
    touched: u64,
    /// [`Id::fnv`], made once: saving files every record by it without reading its id.
    fnv: u32,
}

impl<T> Row<T> {
    fn new(record: Record<T>, touched: u64) -> Row<T> {
        let fnv = record.id().fnv();
        let record = Arc::new(record);
        Row {
            record,
            touched,
            fnv,
        }
    }
}

/// A record as saving sees it: with its [`Table::touched`] mark and [`Id::fnv`].
pub struct Marked<'a, T> {
    pub record: &'a Record<T>,
    pub touched: u64,
    pub fnv: u32,
}

/// A number never handed out before in this program.
fn next_stamp() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Tables are equal when their records are; the stamps only say where they came from.
impl<T: PartialEq> PartialEq for Table<T> {
    fn eq(&self, other: &Self) -> bool {
        self.rows.len() == other.rows.len()
            && self
                .rows
                .iter()
                .zip(&other.rows)
                .all(|((a, x), (b, y))| a == b && x.record == y.record)
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
    /// Builds a table from records (a snapshot, an example); the first repeated id is an error.
    pub fn from_records(records: Vec<Record<T>>) -> Result<Table<T>, Id> {
        let touched = next_stamp();
        let mut rows = BTreeMap::new();
        for record in records {
            let id = record.id().clone();
            if rows.insert(id.clone(), Row::new(record, touched)).is_some() {
                return Err(id);
            }
        }
        Ok(Table {
            rows,
            stamp: next_stamp(),
        })
    }

    /// A table of records exactly as storage holds them (see [`Table::touched`]).
    pub(crate) fn loaded(rows: BTreeMap<Id, Record<T>>) -> Table<T> {
        let rows = rows
            .into_iter()
            .map(|(id, record)| (id, Row::new(record, 0)))
            .collect();
        Table {
            rows,
            stamp: next_stamp(),
        }
    }

    /// Changes whenever the records may have changed: equal stamps, equal records.
    pub fn stamp(&self) -> u64 {
        self.stamp
    }

    /// When a record may last have changed here: 0 if it is as storage held it.
    pub fn touched(&self, id: &Id) -> u64 {
        self.rows.get(id).map_or(0, |r| r.touched)
    }

    /// Every record with its marks, in id order, read without looking into the records.
    pub fn marked(&self) -> impl Iterator<Item = Marked<'_, T>> {
        self.rows.values().map(|r| Marked {
            record: &r.record,
            touched: r.touched,
            fnv: r.fnv,
        })
    }

    /// A record that is not deleted.
    pub fn get(&self, id: &Id) -> Option<&Record<T>> {
        self.get_any(id).filter(|r| !r.is_deleted())
    }

    /// A record, deleted or not.
    pub fn get_any(&self, id: &Id) -> Option<&Record<T>> {
        self.rows.get(id).map(|r| &*r.record)
    }

    /// Records that are not deleted, in id order.
    pub fn live(&self) -> impl Iterator<Item = &Record<T>> {
        self.all().filter(|r| !r.is_deleted())
    }

    /// Every record, tombstones included, in id order: what storage and bundles keep.
    pub fn all(&self) -> impl ExactSizeIterator<Item = &Record<T>> {
        self.rows.values().map(|r| &*r.record)
    }

    /// A record handed out to be changed: it, and the table, are marked as touched.
    pub(crate) fn get_mut(&mut self, id: &Id) -> Option<&mut Record<T>>
    where
        T: Clone,
    {
        self.stamp = next_stamp();
        let row = self.rows.get_mut(id)?;
        row.touched = next_stamp();
        Some(Arc::make_mut(&mut row.record))
    }

    pub(super) fn live_mut(&mut self, id: &Id) -> Option<&mut Record<T>>
    where
        T: Clone,
    {
        self.get_mut(id).filter(|r| !r.is_deleted())
    }

    /// Removes records outright, leaving no tombstone: only for data that never left this
    /// browser, such as the example workspace.
    pub(super) fn purge(&mut self, remove: impl Fn(&Id) -> bool) {
        self.stamp = next_stamp();
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

    /// Adds a new record; false if the id is taken.
    pub(super) fn insert(&mut self, record: Record<T>) -> bool {
        if self.rows.contains_key(record.id()) {
            return false;
        }
        self.put(record);
        true
    }

    fn put(&mut self, record: Record<T>) {
        self.stamp = next_stamp();
        let touched = next_stamp();
        self.rows
            .insert(record.id().clone(), Row::new(record, touched));
    }
}

impl<T: Body> Table<T> {
    /// Merges copies of records in (see [`Record::merge`]); returns how many changed here.
    pub(super) fn merge_all(&mut self, incoming: &[Record<T>]) -> usize {
        let mut changed = 0;
        for theirs in incoming {
            let merged = match self.get_any(theirs.id()) {
                Some(ours) if ours == theirs => continue,
                Some(ours) => ours.merge(theirs),
                None => theirs.clone(),
            };
            if self.get_any(theirs.id()) != Some(&merged) {
                self.put(merged);
                changed += 1;
            }
        }
        changed
    }
}
