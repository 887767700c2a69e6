//! How the workspace is laid out in the store (see docs/storage.md): reading it back
//! (`load.rs`), writing what changed (`saver.rs`), and reading what another tab wrote.
//!
//! Layout, schema 4: the records of each kind are split into chunks by a hash of their id, each
//! chunk packed (deflated JSON, `packed.rs`) under `sotay/<kind>/<bucket>`; then `sotay/meta`
//! (schema, device id, office profile), written last. A kind has [`buckets_for`] its count of
//! records: a power of two, at least 16, so that a chunk holds at most about [`PER_CHUNK`]
//! records and an edit rewrites a bounded amount however large the office grows. A value that
//! cannot be read is copied, untouched, to `sotay/quarantine/<kind>-<bucket>/<time>` before
//! anything may overwrite it, and the rest loads.
//!
//! Earlier schemas migrate on load. Schema 3 is this layout with 16 chunks a kind always: it reads
//! as it is (the chunk count is found from the keys), and a kind is split further when it grows.
//! Schema 2 held the same chunks with records of the earlier form (one version for the whole
//! record); they read as one edit of every field, and every chunk is written again in the new
//! form on the first save. Schema 1 (one plain JSON key per kind) is migrated too, and its keys
//! are removed only after the new form is saved.

mod load;
mod saver;

pub use load::load;
pub use saver::Saver;

use super::keys::{self, META, QUARANTINE};
use super::packed::unpack;
use super::{Store, StoreError};
use crate::domain::{DeviceId, Id, OfficeProfile};
use crate::workspace::{for_kind, Kind, Kinded, Records, Workspace};
use serde::{Deserialize, Serialize};

/// The version of this layout. Data with a higher number was written by a newer app.
pub const SCHEMA: u32 = 4;

/// The fewest chunks a kind has (all that schema 3 had).
pub const MIN_BUCKETS: u32 = 16;

/// The most records a chunk is meant to hold: a kind gets more chunks as it grows past this
/// many a chunk. Saving one edit at 20,000 tasks packed a chunk of 1,250 of them in 16 ms; a
/// chunk of at most 256 takes a few (docs/benchmarks.md).
pub const PER_CHUNK: usize = 256;

/// The most chunks a kind may have: 4,096 × 256 records is far beyond any office.
pub(super) const MAX_BUCKETS: u32 = 4096;

/// How many chunks a kind of `records` records is split into.
pub fn buckets_for(records: usize) -> u32 {
    let needed = records.div_ceil(PER_CHUNK).max(1);
    u32::try_from(needed.next_power_of_two())
        .unwrap_or(MAX_BUCKETS)
        .clamp(MIN_BUCKETS, MAX_BUCKETS)
}

/// The chunk a record lives in, by its [`Id::fnv`], when its kind has `buckets` chunks. With
/// power-of-two counts a record of chunk `b` goes to `b` or `b + n` when `n` chunks become `2n`.
fn bucket(fnv: u32, buckets: u32) -> u32 {
    fnv % buckets
}

#[derive(Serialize, Deserialize)]
struct Meta {
    schema: u32,
    device: DeviceId,
    #[serde(default)]
    office: OfficeProfile,
}

/// Only the schema number, read first so a newer layout is recognised even if nothing else parses.
#[derive(Deserialize)]
struct SchemaOnly {
    schema: u32,
}

/// What was wrong with a stored value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not valid JSON, not a readable packed chunk, or not the shape of the records.
    Unreadable(String),
    /// Two records with the same id.
    DuplicateId(Id),
    /// Written by a newer version of the app (its schema number); left as it is.
    NewerSchema(u32),
}

/// A stored value that could not be used. It is never overwritten before a copy is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    pub key: String,
    /// The kind of records it held (`tasks`), or `meta`.
    pub kind: &'static str,
    /// Where the untouched copy is, or `None` if the copy could not be written (then the
    /// original key is never written by this session).
    pub kept_at: Option<String>,
    pub problem: Problem,
}

impl SetAside {
    /// Whether the journal (IndexedDB, `journal` as its chunks) holds a readable copy of this
    /// chunk: then its records come back from there, as of the last save.
    pub fn recovered_by(&self, journal: &[(String, String)]) -> bool {
        let good =
            |(key, text): &(String, String)| key == &self.key && read_chunk(key, text).is_some();
        journal.iter().any(good)
    }
}

/// The workspace read back from a store, with what had to be set aside.
pub struct Loaded {
    pub workspace: Workspace,
    /// Nothing was stored: a new device id was made and the starter agencies seeded.
    pub first_start: bool,
    /// The schema the data was stored in, if older than [`SCHEMA`] (it is migrated on save).
    pub migrated_from: Option<u32>,
    pub set_aside: Vec<SetAside>,
    /// Writes the workspace back; knows which keys must not be touched.
    pub saver: Saver,
}

fn json(value: &impl Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Other(e.to_string()))
}

/// The records another tab wrote under `key`, to merge in; `None` if `key` is not a chunk of
/// this layout or its value does not read.
pub fn read_chunk(key: &str, text: &str) -> Option<Records> {
    let (kind, bucket) = keys::read_chunk(key)?;
    if bucket >= MAX_BUCKETS {
        return None;
    }
    let json = unpack(text).ok()?;
    fn read<T: Kinded>(json: &str) -> Option<Records> {
        let mut records = Records::default();
        *T::list_mut(&mut records) = serde_json::from_str(json).ok()?;
        Some(records)
    }
    let kind = Kind::from_key(kind)?;
    for_kind!(kind => read(&json))
}

/// The office profile another tab wrote, if `key` is the meta key of this schema.
pub fn read_office(key: &str, text: &str) -> Option<OfficeProfile> {
    let meta: Meta = serde_json::from_str(text).ok().filter(|_| key == META)?;
    (meta.schema == SCHEMA).then_some(meta.office)
}

/// UTF-16 code units of every key and value of the origin: what the browser counts against its
/// quota.
pub fn usage(store: &impl Store) -> Result<usize, StoreError> {
    let mut used = 0;
    for key in store.keys()? {
        let value = store.get(&key)?.unwrap_or_default();
        used += key.encode_utf16().count() + value.encode_utf16().count();
    }
    Ok(used)
}

/// The keys of values set aside in earlier sessions, oldest first.
pub fn quarantined(store: &impl Store) -> Result<Vec<String>, StoreError> {
    keys_under(store, QUARANTINE)
}

/// The values set aside, with their untouched text, oldest first.
pub fn quarantined_values(store: &impl Store) -> Result<Vec<(String, String)>, StoreError> {
    let mut kept = Vec::new();
    for key in quarantined(store)? {
        if let Some(text) = store.get(&key)? {
            kept.push((key, text));
        }
    }
    Ok(kept)
}

/// The keys that start with `prefix`, in text order (which is time order for keys ending in a
/// time).
pub fn keys_under(store: &impl Store, prefix: &str) -> Result<Vec<String>, StoreError> {
    let mut keys: Vec<_> = store
        .keys()?
        .into_iter()
        .filter(|k| k.starts_with(prefix))
        .collect();
    crate::sort::sort_by(&mut keys, |a, b| a.cmp(b));
    Ok(keys)
}

#[cfg(test)]
mod tests;
