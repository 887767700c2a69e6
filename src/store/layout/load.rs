//! Reading the workspace back from a store: every chunk of every kind, a value that cannot be
//! read set aside (copied untouched first), schemas 1 to 3 migrated.

use super::saver::Print;
use super::{json, Loaded, Meta, Problem, SchemaOnly, SetAside, MAX_BUCKETS, MIN_BUCKETS, SCHEMA};
use crate::domain::{DeviceId, Id, Record, Timestamp};
use crate::store::keys::{self, META};
use crate::store::packed::unpack;
use crate::store::{Saver, Store, StoreError};
use crate::workspace::{for_each_kind, Kind, Kinded, Table, Tables, Workspace};
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

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
    // The chunk keys there are, by kind: how many chunks each kind has is read from them.
    let mut chunks: Vec<(String, u32)> = Vec::new();
    for key in store.keys()? {
        let bucket = keys::read_chunk(&key).map(|(kind, b)| (kind.to_owned(), b));
        // A key past the most chunks a kind may have is no chunk of this layout: left alone.
        chunks
            .extend(bucket.filter(|(kind, b)| Kind::from_key(kind).is_some() && *b < MAX_BUCKETS));
    }
    let mut reader = Reader {
        chunks,
        store,
        now,
        set_aside: Vec::new(),
        saver: Saver::default(),
        found: false,
        rewrite: false,
    };
    if let Some(schema) = schema.filter(|s| *s > SCHEMA) {
        // Nothing here may be read or written by this version: keep it all as it is.
        reader.saver.frozen = true;
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
    /// The kind and bucket of every chunk key in the store.
    chunks: Vec<(String, u32)>,
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
        // A kind with n chunks (a power of two) has keys below n only; a chunk may be absent.
        let highest = self
            .chunks
            .iter()
            .filter(|(k, _)| k == kind)
            .map(|(_, b)| *b)
            .max();
        let buckets = highest.map_or(MIN_BUCKETS, |b| {
            (b + 1).next_power_of_two().max(MIN_BUCKETS)
        });
        let keys: Vec<String> = if legacy {
            vec![keys::schema_1(kind)]
        } else {
            self.saver.buckets.insert(kind, buckets);
            (0..buckets).map(|b| keys::chunk(kind, b)).collect()
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
        // Built in one go from the sorted records. A record found in two chunks (a split cut
        // off half-way, two tabs splitting a kind apart, a hand edit) is kept once, its copies
        // merged as an import merges them, so the newer edit of each field wins.
        crate::sort::sort_by(&mut all, |a, b| a.0.cmp(&b.0));
        let mut records: Vec<(Id, Record<T>)> = Vec::with_capacity(all.len());
        for (id, record) in all {
            match records.last_mut() {
                Some((last, kept)) if *last == id => *kept = kept.merge(&record),
                _ => records.push((id, record)),
            }
        }
        let records: BTreeMap<Id, Record<T>> = records.into_iter().collect();
        Ok(any.then(|| Table::loaded(records)))
    }

    fn keep_aside(&mut self, key: &str, kind: &'static str, text: &str, problem: Problem) {
        let copy = keys::quarantine(key, self.now);
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
