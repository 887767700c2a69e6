//! Writing the workspace back: only the chunks whose records changed since the last write,
//! then the meta key.

use super::{bucket, buckets_for, json, Meta, MAX_BUCKETS, MIN_BUCKETS, SCHEMA};
use crate::domain::Record;
use crate::store::keys::{self, META};
use crate::store::packed::pack;
use crate::store::{Store, StoreError};
use crate::workspace::{for_each_kind, Kind, Kinded, Table, Workspace};
use std::collections::{BTreeMap, BTreeSet};
use std::hash::{DefaultHasher, Hash, Hasher};

/// Writes the workspace to a store: only the chunks whose records changed since the last write.
#[derive(Debug, Default)]
pub struct Saver {
    /// Each chunk's fingerprint as last written or read.
    pub(super) written: BTreeMap<String, Print>,
    /// Each kind's [`Table::stamp`] when all its chunks were last found saved: a kind whose
    /// table still has that stamp is passed over without fingerprinting its records.
    pub(super) saved_stamps: BTreeMap<&'static str, u64>,
    /// Each kind's count of chunks as read or last written; it only grows.
    pub(super) buckets: BTreeMap<&'static str, u32>,
    pub(super) meta: Option<String>,
    pub(super) protected: BTreeSet<String>,
    /// The store was written by a newer app: nothing in it is written by this one.
    pub(super) frozen: bool,
    /// Keys of an older layout, removed once the new form is saved.
    pub(super) legacy: Vec<String>,
    /// For each key this saver has written, a print of the text stored there before its first
    /// write: what the store held when this page started, for [`Saver::held_at_start`].
    pub(super) replaced: BTreeMap<String, Option<u64>>,
    /// Every chunk this saver tried to write, whether the store took it or not, until
    /// [`Saver::take_written`]: what the browser edge copies to its second store.
    pub(super) outbox: Vec<(String, String)>,
}

impl Saver {
    /// Writes every changed chunk, then the meta key. On failure, chunks already written stay
    /// written, the rest keep their previous good value, and the next call tries again.
    /// Returns how many keys were written.
    pub fn save(&mut self, store: &mut impl Store, ws: &Workspace) -> Result<usize, StoreError> {
        if self.frozen {
            return Ok(0);
        }
        fn kind<T: Kinded>(
            saver: &mut Saver,
            store: &mut impl Store,
            ws: &Workspace,
        ) -> Result<usize, StoreError> {
            saver.save_kind(store, T::KIND.key(), ws.table::<T>())
        }
        let mut count = 0;
        for written in for_each_kind!(kind(self, store, ws)) {
            count += written?;
        }
        let meta = json(&Meta {
            schema: SCHEMA,
            device: ws.device().clone(),
            office: ws.office().clone(),
        })?;
        if !self.protected.contains(META) && self.meta.as_ref() != Some(&meta) {
            store.set(META, &meta)?;
            self.meta = Some(meta);
            count += 1;
        }
        // The old form is the copy kept until the new one is whole: only now may it go.
        for key in std::mem::take(&mut self.legacy) {
            store.remove(&key)?;
        }
        Ok(count)
    }

    fn save_kind<T: Kinded>(
        &mut self,
        store: &mut impl Store,
        kind: &'static str,
        table: &Table<T>,
    ) -> Result<usize, StoreError> {
        if self.saved_stamps.get(kind) == Some(&table.stamp()) {
            return Ok(0);
        }
        // A kind that grew past its chunks is split into more (never fewer: a kind rarely
        // shrinks, since deleted records stay as tombstones).
        let known = self.buckets.get(kind).copied().unwrap_or(MIN_BUCKETS);
        let buckets = known.max(buckets_for(table.all().len()));
        let mut chunks: Vec<(Vec<&Record<T>>, Print)> = (0..buckets)
            .map(|_| (Vec::new(), Print::default()))
            .collect();
        for row in table.marked() {
            let (records, print) = &mut chunks[bucket(row.fnv, buckets) as usize];
            records.push(row.record);
            print.add(row.touched);
        }
        let mut count = 0;
        // The highest chunks first: when a kind is split, a record moves from chunk b up to
        // b + n, so writing the new chunk before the old one is rewritten means a save cut off
        // half-way leaves a record in two chunks (read once), never in none.
        for (b, (records, print)) in chunks.into_iter().enumerate().rev() {
            let key = keys::chunk(kind, b as u32);
            if self.protected.contains(&key) || self.written.get(&key) == Some(&print) {
                continue;
            }
            let text = pack(&json(&records)?);
            if !self.replaced.contains_key(&key) {
                let before = store.get(&key)?.map(|t| print_of(&t));
                self.replaced.insert(key.clone(), before);
            }
            self.outbox.push((key.clone(), text.clone()));
            store.set(&key, &text)?;
            self.written.insert(key, print);
            count += 1;
        }
        self.buckets.insert(kind, buckets);
        self.saved_stamps.insert(kind, table.stamp());
        Ok(count)
    }

    /// The chunks tried since the last call, newest last.
    pub fn take_written(&mut self) -> Vec<(String, String)> {
        std::mem::take(&mut self.outbox)
    }

    /// Whether `text` is what the store held under `key` when this page started, though this
    /// page has written the key since. A copy of the journal read late (IndexedDB answers after
    /// the page has started and the user may already have acted) holds nothing the page did
    /// not load, then: merging it would bring back what was removed since, such as the tasks an
    /// undone import had made.
    pub fn held_at_start(&self, key: &str, text: &str) -> bool {
        self.replaced.get(key) == Some(&Some(print_of(text)))
    }

    /// Keys this session will never write, because their stored value could not be kept aside.
    pub fn protected(&self) -> impl Iterator<Item = &String> {
        self.protected.iter()
    }

    /// Forgets what was written, so the next save writes every chunk again (after the stored
    /// data was replaced from outside, e.g. by another tab).
    pub fn forget(&mut self, key: &str) {
        self.written.remove(key);
        // Another tab may have split the kind into more chunks: write in as many from now on,
        // or a record this tab changes would land in a chunk the other tab emptied.
        let chunk = keys::read_chunk(key).and_then(|(kind, b)| Some((Kind::from_key(kind)?, b)));
        if let Some((kind, b)) = chunk.filter(|(_, b)| *b < MAX_BUCKETS) {
            let known = self.buckets.entry(kind.key()).or_insert(MIN_BUCKETS);
            *known = (*known).max((b + 1).next_power_of_two());
        }
        self.saved_stamps.clear();
        if key == META {
            self.meta = None;
        }
    }
}

/// What identifies a chunk's content: how many records it holds, and the latest
/// [`Table::touched`] mark among them (0 as read). Every change of a record goes through the
/// table and gives it a mark later than any before, so a chunk whose records changed has a later
/// latest mark, or, if records only went, fewer records: equal prints, equal records. Made from
/// the table's rows alone, without reading a record (at 20,000 tasks, reading every id on every
/// save took longer than writing the chunk).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Print {
    pub(super) records: usize,
    pub(super) latest: u64,
}

impl Print {
    fn add(&mut self, touched: u64) {
        self.records += 1;
        self.latest = self.latest.max(touched);
    }
}

/// A print of a stored text, to recognise it again within this page's life.
fn print_of(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}
