//! How a record is written in bundles and storage, and read back:
//!
//! ```json
//! {"id": "…", "body": {"title": "…", …}, "deleted": true,
//!  "writes": [{"seen": {"<device>": 1}, "at": 1795583191643},
//!             {"by": "<device>", "seen": {"<device>": 3, "<other>": 1}, "at": …, "fields": ["title", "status"]}],
//!  "rivals": [{"seen": {…}, "at": …, "field": "title", "value": "…"}]}
//! ```
//!
//! Two things are left out where they say nothing, so that most records carry little beside
//! their body: the `fields` of the one edit that set every field (and the tombstone) no other
//! edit lists (usually the record's creation), and `by` where `seen` names that one device only.
//! `"by": null` marks an edit of an earlier version's record, which did not say. Fields and keys
//! of a newer version of the app are written back as they came. Reading is in `read.rs`.

use super::{Body, Record, Rival, Write, DELETED, DELETED_BIT};
use crate::domain::id::DeviceId;
use crate::domain::version::Version;
use crate::domain::Timestamp;
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

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
            let rest = rest_write::<T>(&self.writes, &self.extra);
            let writes: Vec<WireWrite> = (self.writes.iter().enumerate())
                .map(|(i, w)| WireWrite::of::<T>(w, Some(i) == rest))
                .collect();
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

/// Every field of a body of `T`, and the tombstone.
pub(super) fn all_slots<T: Body>() -> u64 {
    (0..T::FIELDS.len()).fold(DELETED_BIT, |set, i| set | (1 << i))
}

/// The write that is written without its `fields`: the one that sets exactly every known slot
/// and every field of a newer version in the body that no other write sets (the most slots if
/// two could; the first of those in canonical order). A reader that knows more fields reads the
/// same edit: what it knows and we do not is in the body, unlisted.
fn rest_write<T: Body>(writes: &[Write], extra: &BTreeMap<String, Value>) -> Option<usize> {
    let all = all_slots::<T>();
    let others = |i: usize| writes.iter().enumerate().filter(move |(j, _)| *j != i);
    let fits = |i: usize| {
        let w = &writes[i];
        let known = others(i).fold(0, |set, (_, w)| set | w.known);
        let listed = |n: &String| others(i).any(|(_, w)| w.unknown.contains(n));
        let rest: Vec<&String> = extra.keys().filter(|n| !listed(n)).collect();
        let unknown_is_rest =
            w.unknown.len() == rest.len() && rest.iter().all(|n| w.unknown.contains(n));
        w.known != 0 && w.known == all & !known && unknown_is_rest
    };
    let candidates = (0..writes.len()).filter(|i| fits(*i));
    candidates.fold(None, |best: Option<usize>, i| match best {
        Some(b) if writes[b].known.count_ones() >= writes[i].known.count_ones() => Some(b),
        _ => Some(i),
    })
}

/// Who made an edit, as files say it: left out when `seen` names that device alone, `null`
/// when nobody said (an edit of an earlier version's record).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) enum By {
    #[default]
    Unsaid,
    Unknown,
    Device(DeviceId),
}

impl Serialize for By {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            By::Device(d) => d.serialize(s),
            _ => s.serialize_none(),
        }
    }
}

impl<'de> Deserialize<'de> for By {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<By, D::Error> {
        Ok(match Option::<DeviceId>::deserialize(d)? {
            Some(device) => By::Device(device),
            None => By::Unknown,
        })
    }
}

impl By {
    fn of(by: &Option<DeviceId>, seen: &Version) -> By {
        let alone = |d: &DeviceId| seen.entries().count() == 1 && seen.count(d) > 0;
        match by {
            Some(d) if alone(d) => By::Unsaid,
            Some(d) => By::Device(d.clone()),
            None if seen.entries().count() == 1 => By::Unknown,
            None => By::Unsaid,
        }
    }

    /// The device, as the record keeps it.
    pub(super) fn device(self, seen: &Version) -> Option<DeviceId> {
        match self {
            By::Device(d) => Some(d),
            By::Unknown => None,
            By::Unsaid if seen.entries().count() == 1 => {
                seen.entries().next().map(|(d, _)| d.clone())
            }
            By::Unsaid => None,
        }
    }

    fn is_unsaid(&self) -> bool {
        *self == By::Unsaid
    }
}

/// An edit as files write it: the fields by name (none for the edit that set all the rest).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireWrite {
    #[serde(default, skip_serializing_if = "By::is_unsaid")]
    pub(super) by: By,
    pub(super) seen: Version,
    pub(super) at: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) fields: Option<Vec<String>>,
}

impl WireWrite {
    fn of<T: Body>(w: &Write, rest: bool) -> WireWrite {
        let fields = (!rest).then(|| {
            let known = (0..T::FIELDS.len()).filter(|i| w.known & (1 << i) != 0);
            let mut fields: Vec<String> = known.map(|i| T::FIELDS[i].to_owned()).collect();
            if w.known & DELETED_BIT != 0 {
                fields.push(DELETED.to_owned());
            }
            fields.extend(w.unknown.iter().cloned());
            fields
        });
        WireWrite {
            by: By::of(&w.by, &w.seen),
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
