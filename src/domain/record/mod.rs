//! The envelope every shared record wears: its id, its body, and the edits that made each of
//! its fields what it is.
//!
//! Every field of a record (and its tombstone) remembers the edit that last set it: the version
//! vector its author had seen (its own count included) and the time. So two offices that
//! changed different fields of one task both keep their change, and of two edits of the same
//! field, one that had seen the other replaces it. Two edits of one field made apart (neither
//! saw the other) are a conflict: one is shown, chosen the same way on every machine (the later
//! time), and the other is kept as a [`Rival`] until someone chooses, so nothing typed is lost.
//! A body can only change through [`Record::edit`] and its siblings, which record the edit.

mod edit;
mod merge;
mod read;
mod wire;

pub use read::read_body;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

use super::body::Body;
use super::id::{DeviceId, Id};
use super::version::Version;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// Milliseconds since 1970-01-01 UTC, as the browser's clock gives them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The last moment a browser's `Date` can show (8.64e15 ms, in the year 275760).
    pub const LAST: Timestamp = Timestamp(8_640_000_000_000_000);
    pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;
}

/// Who makes an edit and when: passed into every command, so rules never read a clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub device: DeviceId,
    pub now: Timestamp,
}

/// One place of a record an edit can set: a field of the body (by its index in
/// [`Body::FIELDS`]), the tombstone, or a field of a newer version of the app, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Slot<'a> {
    Field(usize),
    Deleted,
    Unknown(&'a str),
}

/// The name a slot has in files: the field's name, or "deleted".
pub const DELETED: &str = "deleted";

const DELETED_BIT: u64 = 1 << 63;

/// One edit as the record remembers it: what its author had seen (its own count included),
/// when, and the fields it set that no later edit has set again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Write {
    /// The device that made it; `None` for an edit of an earlier version's record, which did
    /// not say.
    by: Option<DeviceId>,
    seen: Version,
    at: Timestamp,
    /// Bit i for `Body::FIELDS[i]`, the top bit for the tombstone.
    known: u64,
    /// Fields of a newer version of the app, by name, in name order.
    unknown: Vec<String>,
}

impl Write {
    pub fn by(&self) -> Option<&DeviceId> {
        self.by.as_ref()
    }
    pub fn seen(&self) -> &Version {
        &self.seen
    }
    pub fn at(&self) -> Timestamp {
        self.at
    }
    fn has(&self, slot: Slot) -> bool {
        match slot {
            Slot::Field(i) => self.known & (1 << i) != 0,
            Slot::Deleted => self.known & DELETED_BIT != 0,
            Slot::Unknown(name) => self.unknown.iter().any(|n| n == name),
        }
    }
    fn is_empty(&self) -> bool {
        self.known == 0 && self.unknown.is_empty()
    }
}

/// A value of one field that an edit made apart from the one shown: neither had seen the other.
/// It is kept until someone chooses, so the conflict loses nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rival {
    pub by: Option<DeviceId>,
    pub seen: Version,
    pub at: Timestamp,
    /// The field's name (or "deleted").
    pub field: String,
    /// The value as JSON; `Null` for a field of a newer version that this edit left out.
    pub value: Value,
}

/// One shared record with what made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record<T> {
    id: Id,
    body: T,
    /// The tombstone as last set (see [`Record::is_deleted`] for what is shown).
    deleted: bool,
    /// In a canonical order (by time, then what was seen), each slot in at most one.
    writes: Vec<Write>,
    /// In a canonical order (by field, time, what was seen).
    rivals: Vec<Rival>,
    /// Fields of the body that a newer version of the app wrote: carried, never dropped.
    extra: BTreeMap<String, Value>,
    /// Keys of the record beside the body that a newer version wrote.
    more: BTreeMap<String, Value>,
    /// Every edit the record holds: the join of what its writes and rivals had seen.
    version: Version,
    /// Deleted, and no edit made apart from the deletion says otherwise.
    gone: bool,
}

impl<T: Body> Record<T> {
    /// The slot a field name stands for, if this record has it.
    pub fn slot<'n>(&self, name: &'n str) -> Option<Slot<'n>> {
        Slot::named::<T>(name).filter(|s| match s {
            Slot::Unknown(n) => self.extra.contains_key(*n) || self.stamp(*s).is_some(),
            _ => true,
        })
    }

    /// The edit that last set a slot; `None` for a value nobody has edited (as shipped).
    pub fn stamp(&self, slot: Slot) -> Option<&Write> {
        self.writes.iter().find(|w| w.has(slot))
    }

    /// A slot's value as JSON (`Null` for an absent field of a newer version).
    pub fn value(&self, slot: Slot) -> Value {
        match slot {
            Slot::Field(i) => self.body.field_value(i),
            Slot::Deleted => Value::Bool(self.deleted),
            Slot::Unknown(name) => self.extra.get(name).cloned().unwrap_or(Value::Null),
        }
    }

    /// Every slot this record has: the body's fields, the tombstone, then newer fields by name.
    pub fn slots(&self) -> Vec<Slot<'_>> {
        let mut names: Vec<&str> = self.extra.keys().map(String::as_str).collect();
        for w in &self.writes {
            names.extend(w.unknown.iter().map(String::as_str));
        }
        for r in &self.rivals {
            if let Some(Slot::Unknown(n)) = Slot::named::<T>(&r.field) {
                names.push(n);
            }
        }
        crate::sort::sort_by(&mut names, |a, b| a.cmp(b));
        names.dedup();
        let known = (0..T::FIELDS.len()).map(Slot::Field);
        known
            .chain([Slot::Deleted])
            .chain(names.into_iter().map(Slot::Unknown))
            .collect()
    }
}

impl<'a> Slot<'a> {
    /// The slot a field name stands for in a body of type `T`.
    pub fn named<T: Body>(name: &'a str) -> Option<Slot<'a>> {
        if name == DELETED {
            return Some(Slot::Deleted);
        }
        if let Some(i) = T::field_index(name) {
            return Some(Slot::Field(i));
        }
        let plain = !name.is_empty() && name.len() <= 64;
        plain.then_some(Slot::Unknown(name))
    }

    /// The slot's name in files.
    pub fn name<T: Body>(self) -> &'a str {
        match self {
            Slot::Field(i) => T::FIELDS[i],
            Slot::Deleted => DELETED,
            Slot::Unknown(name) => name,
        }
    }
}

impl<T> Record<T> {
    pub fn id(&self) -> &Id {
        &self.id
    }
    /// Every edit this copy holds.
    pub fn version(&self) -> &Version {
        &self.version
    }
    /// The time of the latest edit this copy holds (0 if none).
    pub fn changed_at(&self) -> Timestamp {
        self.writes.iter().map(|w| w.at).max().unwrap_or_default()
    }
    /// Whether the record is shown as deleted: its tombstone is set, and no edit made apart
    /// from the deletion keeps it (an edit over a deletion made at the same time wins).
    pub fn is_deleted(&self) -> bool {
        self.gone
    }
    pub fn body(&self) -> &T {
        &self.body
    }
    pub fn writes(&self) -> &[Write] {
        &self.writes
    }
    /// Values kept from edits made apart from the ones shown: conflicts nobody has chosen on.
    pub fn rivals(&self) -> &[Rival] {
        &self.rivals
    }
    /// Whether the record holds a conflict to choose on: a rival value, or a deletion made
    /// apart from an edit.
    pub fn has_conflict(&self) -> bool {
        !self.rivals.is_empty() || self.deleted_apart()
    }
    /// Deleted by an edit made apart from another edit of it: shown, as an edit over a
    /// deletion made at the same time wins, until someone chooses.
    pub fn deleted_apart(&self) -> bool {
        self.deleted && !self.gone
    }
    /// The times of every edit the record holds, shown or kept as a rival.
    pub fn times(&self) -> impl Iterator<Item = Timestamp> + '_ {
        let writes = self.writes.iter().map(|w| w.at);
        writes.chain(self.rivals.iter().map(|r| r.at))
    }

    /// Whether the record keeps JSON values as they came: fields or keys of a newer version, or
    /// values kept from a conflict.
    pub fn carries_values(&self) -> bool {
        !self.extra.is_empty() || !self.more.is_empty() || !self.rivals.is_empty()
    }

    /// Changes whenever the record does: what lists key their rows by.
    pub fn revision(&self) -> u64 {
        let rivals = self.rivals.len() as u64;
        self.version.total().wrapping_mul(31).wrapping_add(rivals)
    }
}

/// Deleting and restoring, which work the same for every record kind.
pub trait Lifecycle {
    /// Marks the record deleted. The body stays, so the deletion can be undone and merged.
    fn delete(&mut self, stamp: &Stamp);
    /// Brings a deleted record back; this is an edit like any other.
    fn restore(&mut self, stamp: &Stamp);
}

impl<T: Body> Lifecycle for Record<T> {
    fn delete(&mut self, stamp: &Stamp) {
        if !self.gone {
            self.deleted = true;
            self.write(stamp, DELETED_BIT, Vec::new());
        }
    }

    fn restore(&mut self, stamp: &Stamp) {
        if self.deleted {
            self.deleted = false;
            self.write(stamp, DELETED_BIT, Vec::new());
        }
    }
}
