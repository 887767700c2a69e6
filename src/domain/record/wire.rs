//! How a record is written in bundles and storage, and read back:
//!
//! ```json
//! {"id": "…", "body": {"title": "…", …}, "deleted": true,
//!  "writes": [{"seen": {"<device>": 3}, "at": 1795583191643, "fields": ["title", "status"]}],
//!  "rivals": [{"seen": {…}, "at": …, "field": "title", "value": "…"}]}
//! ```
//!
//! Fields and keys of a newer version of the app are written back as they came. Reading is in
//! `read.rs`.

use super::{Body, Record, Rival, Write, DELETED, DELETED_BIT};
use crate::domain::id::DeviceId;
use crate::domain::version::Version;
use crate::domain::Timestamp;
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;

impl<T: Body> Serialize for Record<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if self.extra.is_empty() {
            map.serialize_entry("body", &self.body)?;
        } else {
            let mut body = serde_json::to_value(&self.body).map_err(serde::ser::Error::custom)?;
            if let Some(fields) = body.as_object_mut() {
                fields.extend(self.extra.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
            map.serialize_entry("body", &body)?;
        }
        if self.deleted {
            map.serialize_entry(DELETED, &true)?;
        }
        if !self.writes.is_empty() {
            let writes: Vec<WireWrite> = self.writes.iter().map(WireWrite::of::<T>).collect();
            map.serialize_entry("writes", &writes)?;
        }
        if !self.rivals.is_empty() {
            map.serialize_entry("rivals", &self.rivals)?;
        }
        for (key, value) in &self.more {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// An edit as files write it: the fields by name.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireWrite {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) by: Option<DeviceId>,
    pub(super) seen: Version,
    pub(super) at: Timestamp,
    pub(super) fields: Vec<String>,
}

impl WireWrite {
    fn of<T: Body>(w: &Write) -> WireWrite {
        let known = (0..T::FIELDS.len()).filter(|i| w.known & (1 << i) != 0);
        let mut fields: Vec<String> = known.map(|i| T::FIELDS[i].to_owned()).collect();
        if w.known & DELETED_BIT != 0 {
            fields.push(DELETED.to_owned());
        }
        fields.extend(w.unknown.iter().cloned());
        WireWrite {
            by: w.by.clone(),
            seen: w.seen.clone(),
            at: w.at,
            fields,
        }
    }
}

impl Serialize for Rival {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        if let Some(by) = &self.by {
            map.serialize_entry("by", by)?;
        }
        map.serialize_entry("seen", &self.seen)?;
        map.serialize_entry("at", &self.at)?;
        map.serialize_entry("field", &self.field)?;
        map.serialize_entry("value", &self.value)?;
        map.end()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireRival {
    #[serde(default)]
    pub(super) by: Option<DeviceId>,
    pub(super) seen: Version,
    pub(super) at: Timestamp,
    pub(super) field: String,
    pub(super) value: Value,
}
