//! Which key holds what, and how the workspace is read back.
//!
//! Layout (schema 1; groups, indicators, meetings, items and conclusions were added without a
//! schema change, as an absent key reads as an empty table): one key per record kind, holding a JSON array of records with their
//! metadata, and `sotay/meta` (schema, device id, office profile), written last. A value that does
//! not parse is copied, untouched, to `sotay/quarantine/<kind>/<time>` before anything may
//! overwrite it, and the rest of the data still loads. See docs/storage.md.

use super::{Store, StoreError};
use crate::domain::{DeviceId, Id, OfficeProfile, Record, Timestamp};
use crate::workspace::{Parts, Table, Workspace};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The version of this layout. Data with a higher number was written by a newer app.
pub const SCHEMA: u32 = 1;

const META: &str = "sotay/meta";
const AGENCIES: &str = "sotay/agencies";
const PLANS: &str = "sotay/plans";
const GROUPS: &str = "sotay/groups";
const TASKS: &str = "sotay/tasks";
const INDICATORS: &str = "sotay/indicators";
const MEETINGS: &str = "sotay/meetings";
const ITEMS: &str = "sotay/items";
const CONCLUSIONS: &str = "sotay/conclusions";
const QUARANTINE: &str = "sotay/quarantine/";

/// Every key of the layout, in the order they are written: the meta key, which says the data is
/// there, comes last.
pub const KEYS: [&str; 9] = [
    AGENCIES,
    PLANS,
    GROUPS,
    TASKS,
    INDICATORS,
    MEETINGS,
    ITEMS,
    CONCLUSIONS,
    META,
];

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
    /// Not valid JSON, or not the shape of the records (serde's message, with line and column).
    Unreadable(String),
    /// Two records with the same id.
    DuplicateId(Id),
    /// Written by a newer version of the app (its schema number); left as it is.
    NewerSchema(u32),
}

/// A stored value that could not be used. It is never overwritten before a copy is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    pub key: &'static str,
    /// Where the untouched copy is, or `None` if the copy could not be written (then the
    /// original key is never written by this session).
    pub kept_at: Option<String>,
    pub problem: Problem,
}

/// The workspace read back from a store, with what had to be set aside.
pub struct Loaded {
    pub workspace: Workspace,
    /// Nothing was stored: a new device id was made and the starter agencies seeded.
    pub first_start: bool,
    pub set_aside: Vec<SetAside>,
    /// Writes the workspace back; knows which keys must not be touched.
    pub saver: Saver,
}

/// Writes the workspace to a store, only the keys whose text changed since the last write.
#[derive(Debug, Default)]
pub struct Saver {
    written: BTreeMap<&'static str, String>,
    protected: BTreeSet<&'static str>,
}

impl Saver {
    /// Writes every changed key. On failure, keys already written stay written, the rest keep
    /// their previous good value, and the next call tries again.
    pub fn save(&mut self, store: &mut impl Store, ws: &Workspace) -> Result<usize, StoreError> {
        let meta = Meta {
            schema: SCHEMA,
            device: ws.device().clone(),
            office: ws.office().clone(),
        };
        let texts = [
            (AGENCIES, json(&ws.agencies().all().collect::<Vec<_>>())?),
            (PLANS, json(&ws.plans().all().collect::<Vec<_>>())?),
            (GROUPS, json(&ws.groups().all().collect::<Vec<_>>())?),
            (TASKS, json(&ws.tasks().all().collect::<Vec<_>>())?),
            (
                INDICATORS,
                json(&ws.indicators().all().collect::<Vec<_>>())?,
            ),
            (MEETINGS, json(&ws.meetings().all().collect::<Vec<_>>())?),
            (ITEMS, json(&ws.items().all().collect::<Vec<_>>())?),
            (
                CONCLUSIONS,
                json(&ws.conclusions().all().collect::<Vec<_>>())?,
            ),
            (META, json(&meta)?),
        ];
        let mut count = 0;
        for (key, text) in texts {
            if self.protected.contains(key) || self.written.get(key) == Some(&text) {
                continue;
            }
            store.set(key, &text)?;
            self.written.insert(key, text);
            count += 1;
        }
        Ok(count)
    }

    /// Keys this session will never write, because their stored value could not be kept aside.
    pub fn protected(&self) -> impl Iterator<Item = &&'static str> {
        self.protected.iter()
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
    let mut texts = BTreeMap::new();
    for key in KEYS {
        texts.insert(key, store.get(key)?);
    }
    let first_start = texts.values().all(Option::is_none);
    let mut reader = Reader {
        store,
        texts,
        now,
        set_aside: Vec::new(),
        saver: Saver::default(),
    };

    let newer = reader.texts[META]
        .as_deref()
        .and_then(|t| serde_json::from_str::<SchemaOnly>(t).ok());
    if let Some(SchemaOnly { schema }) = newer.filter(|s| s.schema > SCHEMA) {
        // Nothing here may be read or written by this version: keep it all as it is.
        reader.saver.protected.extend(KEYS);
        reader.set_aside.push(SetAside {
            key: META,
            kept_at: None,
            problem: Problem::NewerSchema(schema),
        });
        return Ok(reader.finish(Workspace::new(new_device), false));
    }
    let meta = reader.parse::<Meta>(META);
    let agencies = reader.table(AGENCIES);
    let parts = Parts {
        plans: reader.table(PLANS).unwrap_or_default(),
        groups: reader.table(GROUPS).unwrap_or_default(),
        tasks: reader.table(TASKS).unwrap_or_default(),
        indicators: reader.table(INDICATORS).unwrap_or_default(),
        meetings: reader.table(MEETINGS).unwrap_or_default(),
        items: reader.table(ITEMS).unwrap_or_default(),
        conclusions: reader.table(CONCLUSIONS).unwrap_or_default(),
        agencies: agencies.unwrap_or_else(|| Workspace::new(new_device.clone()).agencies().clone()),
        office: meta.as_ref().map(|m| m.office.clone()).unwrap_or_default(),
        device: meta.map_or(new_device, |m| m.device),
    };
    Ok(reader.finish(Workspace::from_parts(parts), first_start))
}

struct Reader<'a, S> {
    store: &'a mut S,
    texts: BTreeMap<&'static str, Option<String>>,
    now: Timestamp,
    set_aside: Vec<SetAside>,
    saver: Saver,
}

impl<S: Store> Reader<'_, S> {
    fn finish(self, workspace: Workspace, first_start: bool) -> Loaded {
        Loaded {
            workspace,
            first_start,
            set_aside: self.set_aside,
            saver: self.saver,
        }
    }

    /// Parses a stored value; `None` if absent or set aside.
    fn parse<T: DeserializeOwned>(&mut self, key: &'static str) -> Option<T> {
        let text = self.texts.get(key).cloned().flatten()?;
        match serde_json::from_str(&text) {
            Ok(value) => Some(value),
            Err(e) => {
                self.keep_aside(key, &text, Problem::Unreadable(e.to_string()));
                None
            }
        }
    }

    fn table<T: DeserializeOwned>(&mut self, key: &'static str) -> Option<Table<T>> {
        let records: Vec<Record<T>> = self.parse(key)?;
        match Table::from_records(records) {
            Ok(table) => Some(table),
            Err(id) => {
                let text = self.texts.get(key).cloned().flatten().unwrap_or_default();
                self.keep_aside(key, &text, Problem::DuplicateId(id));
                None
            }
        }
    }

    fn keep_aside(&mut self, key: &'static str, text: &str, problem: Problem) {
        let copy = format!(
            "{QUARANTINE}{}/{}",
            key.trim_start_matches("sotay/"),
            self.now.0
        );
        let kept_at = match self.store.set(&copy, text) {
            Ok(()) => Some(copy),
            Err(_) => {
                self.saver.protected.insert(key);
                None
            }
        };
        self.set_aside.push(SetAside {
            key,
            kept_at,
            problem,
        });
    }
}

/// The keys of values set aside in earlier sessions, oldest first.
pub fn quarantined(store: &impl Store) -> Result<Vec<String>, StoreError> {
    let mut keys: Vec<_> = store
        .keys()?
        .into_iter()
        .filter(|k| k.starts_with(QUARANTINE))
        .collect();
    keys.sort();
    Ok(keys)
}

#[cfg(test)]
mod tests;
