//! Which key holds what, and how the workspace is read back (see docs/storage.md).
//!
//! Layout, schema 3 (2 with records of the field-by-field form): the records of each kind are split into [`BUCKETS`] chunks by a hash of
//! their id, each chunk packed (deflated JSON, `packed.rs`) under `sotay/<kind>/<bucket>`; then
//! `sotay/meta` (schema, device id, office profile), written last. An edit rewrites only the
//! chunk its record is in. A value that cannot be read is copied, untouched, to
//! `sotay/quarantine/<kind>-<bucket>/<time>` before anything may overwrite it, and the rest
//! loads. Schema 1 (one plain JSON key per kind) is migrated on load, and its keys are removed
//! only after the new form is saved. Schema 2 held the same chunks with records of the earlier
//! form (one version for the whole record); they read as one edit of every field, and every
//! chunk is written again in the new form on the first save.

use super::packed::{pack, unpack};
use super::{Store, StoreError};
use crate::domain::{DeviceId, Id, OfficeProfile, Record, Timestamp};
use crate::workspace::{for_each_kind, for_kind, Kind, Kinded, Records, Table, Tables, Workspace};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The version of this layout. Data with a higher number was written by a newer app.
pub const SCHEMA: u32 = 3;

/// Chunks per kind: at 5,000 tasks a chunk holds about 300 of them.
pub const BUCKETS: u32 = 16;

const META: &str = "sotay/meta";
const QUARANTINE: &str = "sotay/quarantine/";

/// The key of a chunk: `sotay/tasks/a`.
pub fn chunk_key(kind: &str, bucket: u32) -> String {
    format!("sotay/{kind}/{bucket:x}")
}

/// Every key the layout writes, meta last.
pub fn keys() -> Vec<String> {
    let chunks = Kind::ALL
        .iter()
        .flat_map(|kind| (0..BUCKETS).map(move |b| chunk_key(kind.key(), b)));
    chunks.chain([META.to_owned()]).collect()
}

/// The chunk a record lives in, by its [`Id::fnv`].
fn bucket(fnv: u32) -> u32 {
    fnv % BUCKETS
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

/// Writes the workspace to a store: only the chunks whose records changed since the last write.
#[derive(Debug, Default)]
pub struct Saver {
    /// Each chunk's fingerprint as last written or read.
    written: BTreeMap<String, Print>,
    /// Each kind's [`Table::stamp`] when all its chunks were last found saved: a kind whose
    /// table still has that stamp is passed over without fingerprinting its records.
    saved_stamps: BTreeMap<&'static str, u64>,
    meta: Option<String>,
    protected: BTreeSet<String>,
    /// Keys of an older layout, removed once the new form is saved.
    legacy: Vec<String>,
    /// Every chunk this saver tried to write, whether the store took it or not, until
    /// [`Saver::take_written`]: what the browser edge copies to its second store.
    outbox: Vec<(String, String)>,
}

impl Saver {
    /// Writes every changed chunk, then the meta key. On failure, chunks already written stay
    /// written, the rest keep their previous good value, and the next call tries again.
    /// Returns how many keys were written.
    pub fn save(&mut self, store: &mut impl Store, ws: &Workspace) -> Result<usize, StoreError> {
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
        let mut chunks: Vec<(Vec<&Record<T>>, Print)> = (0..BUCKETS)
            .map(|_| (Vec::new(), Print::default()))
            .collect();
        for row in table.marked() {
            let (records, print) = &mut chunks[bucket(row.fnv) as usize];
            records.push(row.record);
            print.add(row.touched);
        }
        let mut count = 0;
        for (b, (records, print)) in chunks.into_iter().enumerate() {
            let key = chunk_key(kind, b as u32);
            if self.protected.contains(&key) || self.written.get(&key) == Some(&print) {
                continue;
            }
            let text = pack(&json(&records)?);
            self.outbox.push((key.clone(), text.clone()));
            store.set(&key, &text)?;
            self.written.insert(key, print);
            count += 1;
        }
        self.saved_stamps.insert(kind, table.stamp());
        Ok(count)
    }

    /// The chunks tried since the last call, newest last.
    pub fn take_written(&mut self) -> Vec<(String, String)> {
        std::mem::take(&mut self.outbox)
    }

    /// Keys this session will never write, because their stored value could not be kept aside.
    pub fn protected(&self) -> impl Iterator<Item = &String> {
        self.protected.iter()
    }

    /// Forgets what was written, so the next save writes every chunk again (after the stored
    /// data was replaced from outside, e.g. by another tab).
    pub fn forget(&mut self, key: &str) {
        self.written.remove(key);
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
struct Print {
    records: usize,
    latest: u64,
}

impl Print {
    fn add(&mut self, touched: u64) {
        self.records += 1;
        self.latest = self.latest.max(touched);
    }
}

fn json(value: &impl Serialize) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Other(e.to_string()))
}

/// Reads the workspace from a store. Only a store that cannot be read at all is an error; bad
/// values are set aside and reported in [`Loaded::set_aside`].
pub fn load(
    store: &mut impl Store,
    new_device: DeviceId,
    now: Timestamp,
) -> Result<Loaded, StoreError> {
    let meta_text = store.get(META)?;
    let schema = meta_text
        .as_deref()
        .and_then(|t| serde_json::from_str::<SchemaOnly>(t).ok())
        .map(|s| s.schema);
    let mut reader = Reader {
        store,
        now,
        set_aside: Vec::new(),
        saver: Saver::default(),
        found: false,
        rewrite: false,
    };
    if let Some(schema) = schema.filter(|s| *s > SCHEMA) {
        // Nothing here may be read or written by this version: keep it all as it is.
        reader.saver.protected.extend(keys());
        reader.set_aside.push(SetAside {
            key: META.to_owned(),
            kind: "meta",
            kept_at: None,
            problem: Problem::NewerSchema(schema),
        });
        return Ok(reader.finish(Workspace::new(new_device), false, None));
    }
    let meta = match meta_text {
        Some(text) => reader.parse::<Meta>(META, "meta", &text),
        None => None,
    };
    let legacy = schema == Some(1);
    // Schema 2's records are of the earlier form: every chunk is written again, in the new one.
    reader.rewrite = schema == Some(2);
    fn table<T: Kinded>(
        reader: &mut Reader<'_, impl Store>,
        tables: &mut Tables,
        legacy: bool,
    ) -> Result<bool, StoreError> {
        let found = reader.table::<T>(T::KIND.key(), legacy)?;
        let any = found.is_some();
        if let Some(found) = found {
            *T::table_mut(tables) = found;
        }
        Ok(any)
    }
    let mut tables = Tables::default();
    let found = for_each_kind!(table(&mut reader, &mut tables, legacy));
    if !found[0].clone()? {
        tables.agencies = Workspace::new(new_device.clone()).agencies().clone();
    }
    for f in found {
        f?;
    }
    let office = meta.as_ref().map(|m| m.office.clone()).unwrap_or_default();
    let device = meta.as_ref().map_or(new_device, |m| m.device.clone());
    if let Some(meta) = &meta {
        // Read as it is: an unchanged profile is not written again.
        reader.saver.meta = json(meta).ok().filter(|_| schema == Some(SCHEMA));
    }
    let first_start = meta.is_none() && !reader.found;
    let migrated_from = schema.filter(|s| *s < SCHEMA);
    let workspace = Workspace::from_tables(device, office, tables);
    Ok(reader.finish(workspace, first_start, migrated_from))
}

struct Reader<'a, S> {
    store: &'a mut S,
    now: Timestamp,
    set_aside: Vec<SetAside>,
    saver: Saver,
    /// Some record key was there.
    found: bool,
    /// Every chunk read is to be written again (its records are of an earlier form).
    rewrite: bool,
}

impl<S: Store> Reader<'_, S> {
    fn finish(self, workspace: Workspace, first_start: bool, from: Option<u32>) -> Loaded {
        Loaded {
            workspace,
            first_start,
            migrated_from: from,
            set_aside: self.set_aside,
            saver: self.saver,
        }
    }

    /// Parses a stored value; `None` if it is set aside.
    fn parse<T: DeserializeOwned>(
        &mut self,
        key: &str,
        kind: &'static str,
        text: &str,
    ) -> Option<T> {
        let parsed =
            unpack(text).and_then(|json| serde_json::from_str(&json).map_err(|e| e.to_string()));
        match parsed {
            Ok(value) => Some(value),
            Err(why) => {
                self.keep_aside(key, kind, text, Problem::Unreadable(why));
                None
            }
        }
    }

    /// Every record of a kind: from its chunks, or from the one key of schema 1. `None` if none
    /// was stored.
    fn table<T: Kinded>(
        &mut self,
        kind: &'static str,
        legacy: bool,
    ) -> Result<Option<Table<T>>, StoreError> {
        let keys: Vec<String> = if legacy {
            vec![format!("sotay/{kind}")]
        } else {
            (0..BUCKETS).map(|b| chunk_key(kind, b)).collect()
        };
        let mut all: Vec<(Id, Record<T>)> = Vec::new();
        let mut any = false;
        for key in keys {
            let text = self.store.get(&key)?;
            if legacy {
                self.saver.legacy.extend(text.as_ref().map(|_| key.clone()));
            }
            let Some(text) = text else {
                // An absent chunk is an empty one: nothing to write until a record lands in it.
                if !legacy {
                    self.saver.written.insert(key, Print::default());
                }
                continue;
            };
            any = true;
            let Some(records) = self.parse::<Vec<Record<T>>>(&key, kind, &text) else {
                continue;
            };
            let mut ids: Vec<&Id> = records.iter().map(Record::id).collect();
            crate::sort::sort_by(&mut ids, |a, b| a.cmp(b));
            if let Some(twice) = ids.windows(2).find(|pair| pair[0] == pair[1]) {
                let twice = twice[0].clone();
                self.keep_aside(&key, kind, &text, Problem::DuplicateId(twice));
                continue;
            }
            if !legacy && !self.rewrite {
                let print = Print {
                    records: records.len(),
                    latest: 0,
                };
                self.saver.written.insert(key, print);
            }
            all.extend(records.into_iter().map(|r| (r.id().clone(), r)));
        }
        self.found |= any;
        // Built in one go from the sorted records (a record found in two chunks, which only a
        // hand edit makes, is kept once: the later chunk's copy).
        Ok(any.then(|| Table::loaded(all.into_iter().collect())))
    }

    fn keep_aside(&mut self, key: &str, kind: &'static str, text: &str, problem: Problem) {
        let name = key.trim_start_matches("sotay/").replace('/', "-");
        let copy = format!("{QUARANTINE}{name}/{}", self.now.0);
        let kept_at = match self.store.set(&copy, text) {
            Ok(()) => Some(copy),
            Err(_) => {
                self.saver.protected.insert(key.to_owned());
                None
            }
        };
        // Schema 1's key is left for the migration's clean-up only once its text is kept.
        if kept_at.is_none() {
            self.saver.legacy.retain(|k| k != key);
        }
        self.set_aside.push(SetAside {
            key: key.to_owned(),
            kind,
            kept_at,
            problem,
        });
    }
}

/// The records another tab wrote under `key`, to merge in; `None` if `key` is not a chunk of
/// this layout or its value does not read.
pub fn read_chunk(key: &str, text: &str) -> Option<Records> {
    let (kind, bucket) = key.strip_prefix("sotay/")?.split_once('/')?;
    if u32::from_str_radix(bucket, 16).ok()? >= BUCKETS {
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
