//! How a record is written in bundles and storage, and read back:
//!
//! ```json
//! {"id": "…", "body": {"title": "…", …}, "deleted": true,
//!  "writes": [{"at": 1795583191643, "seen": {"<device>": 1}},
//!             {"at": …, "by": "<device>", "fields": ["title", "status"], "seen": {"<device>": 3, "<other>": 1}}],
//!  "rivals": [{"at": …, "field": "title", "seen": {…}, "value": "…"}]}
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
use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// Writes a record's entries in file order with `$put` (`serialize_field` of a struct, or
/// `serialize_entry` of a map).
macro_rules! record_entries {
    ($record:expr, $out:ident . $put:ident) => {{
        let r = $record;
        $out.$put("id", &r.id)?;
        if r.extra.is_empty() {
            $out.$put("body", &r.body)?;
        } else {
            let mut body = serde_json::to_value(&r.body).map_err(serde::ser::Error::custom)?;
            if let Some(fields) = body.as_object_mut() {
                fields.extend(r.extra.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
            $out.$put("body", &body)?;
        }
        if r.deleted {
            $out.$put(DELETED, &true)?;
        }
        if !r.writes.is_empty() {
            let rest = rest_write::<T>(&r.writes, &r.extra);
            let writes: Vec<WriteOut> = (r.writes.iter().enumerate())
                .map(|(i, w)| WriteOut {
                    write: w,
                    fields: T::FIELDS,
                    rest: Some(i) == rest,
                })
                .collect();
            $out.$put("writes", &writes)?;
        }
        if !r.rivals.is_empty() {
            $out.$put("rivals", &r.rivals)?;
        }
    }};
}

impl<T: Body> Serialize for Record<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // A struct's keys are static: the canonical writer (the checksum) copies nothing for
        // them. Keys of a newer version beside the body need a map.
        if self.more.is_empty() {
            let mut out = s.serialize_struct("Record", 5)?;
            record_entries!(self, out.serialize_field);
            out.end()
        } else {
            let mut out = s.serialize_map(None)?;
            record_entries!(self, out.serialize_entry);
            for (key, value) in &self.more {
                out.serialize_entry(key, value)?;
            }
            out.end()
        }
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

impl<'de> Deserialize<'de> for By {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<By, D::Error> {
        Ok(match Option::<DeviceId>::deserialize(d)? {
            Some(device) => By::Device(device),
            None => By::Unknown,
        })
    }
}

impl By {
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
}

/// An edit as files hold it, read: the fields by name (none for the edit that set all the
/// rest).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WireWrite {
    #[serde(default)]
    pub(super) by: By,
    pub(super) seen: Version,
    pub(super) at: Timestamp,
    #[serde(default)]
    pub(super) fields: Option<Vec<String>>,
}

/// An edit as files hold it, written straight from the record (nothing copied).
struct WriteOut<'a> {
    write: &'a Write,
    fields: &'static [&'static str],
    rest: bool,
}

impl Serialize for WriteOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let w = self.write;
        // Keys in sorted order: the canonical writer (the checksum) then moves nothing.
        let mut out = s.serialize_struct("Write", 4)?;
        out.serialize_field("at", &w.at)?;
        let alone = w.seen.entries().count() == 1;
        match &w.by {
            Some(d) if alone && w.seen.count(d) > 0 => {}
            Some(d) => out.serialize_field("by", d)?,
            None if alone => out.serialize_field("by", &None::<DeviceId>)?,
            None => {}
        }
        if !self.rest {
            let names = Names {
                write: w,
                fields: self.fields,
            };
            out.serialize_field("fields", &names)?;
        }
        out.serialize_field("seen", &w.seen)?;
        out.end()
    }
}

/// The names of the slots a write sets, in the body's order, then the tombstone, then newer
/// fields.
struct Names<'a> {
    write: &'a Write,
    fields: &'static [&'static str],
}

impl Serialize for Names<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let w = self.write;
        let known = (0..self.fields.len()).filter(|i| w.known & (1 << i) != 0);
        let deleted = (w.known & DELETED_BIT != 0).then_some(DELETED);
        let names = known.map(|i| self.fields[i]).chain(deleted);
        s.collect_seq(names.chain(w.unknown.iter().map(String::as_str)))
    }
}

impl Serialize for Rival {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("Rival", 5)?;
        out.serialize_field("at", &self.at)?;
        if let Some(by) = &self.by {
            out.serialize_field("by", by)?;
        }
        out.serialize_field("field", &self.field)?;
        out.serialize_field("seen", &self.seen)?;
        out.serialize_field("value", &self.value)?;
        out.end()
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
