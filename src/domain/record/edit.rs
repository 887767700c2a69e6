//! Making and changing a record: its first edit, an edit of the fields that changed, a choice
//! between conflicting values, the tombstone's clamped times, and the canonical order its
//! edits are kept in.

use super::{Body, Record, Rival, Slot, Stamp, Timestamp, Write, DELETED_BIT};
use crate::domain::id::Id;
use crate::domain::version::Version;
use serde_json::Value;
use std::collections::BTreeMap;

impl<T: Body> Record<T> {
    /// A record just made on this device: its first edit sets every field, and the tombstone
    /// (not deleted).
    pub fn create(id: Id, body: T, stamp: &Stamp) -> Record<T> {
        let mut record = Record::shipped(id, body);
        record.write(stamp, super::wire::all_slots::<T>(), Vec::new());
        record
    }

    /// A record the app ships, identical on every machine until someone edits it: no edit.
    pub fn shipped(id: Id, body: T) -> Record<T> {
        Record {
            id,
            body,
            deleted: false,
            writes: Vec::new(),
            rivals: Vec::new(),
            extra: BTreeMap::new(),
            more: BTreeMap::new(),
            version: Version::default(),
            gone: false,
        }
    }

    /// Changes the body and records the edit of the fields that changed. A change that leaves
    /// the body as it was is not an edit: counting it would make two offices' untouched copies
    /// look like a conflict.
    pub fn edit(&mut self, stamp: &Stamp, change: impl FnOnce(&mut T)) -> bool {
        let before = self.body.clone();
        change(&mut self.body);
        let changed = (0..T::FIELDS.len())
            .filter(|i| !before.same_field(&self.body, *i))
            .fold(0u64, |set, i| set | (1 << i));
        if changed != 0 {
            self.write(stamp, changed, Vec::new());
        }
        changed != 0
    }

    /// Sets one field to `value` as this device's edit, even if it already shows that value:
    /// what choosing between two conflicting values does (the choice follows both, so it
    /// replaces them everywhere it travels). `false` if the value is not of the field's type.
    pub fn choose(&mut self, stamp: &Stamp, field: &str, value: &Value) -> bool {
        match self.slot(field) {
            Some(Slot::Field(i)) => {
                if self.body.set_field_value(i, value).is_err() {
                    return false;
                }
                self.write(stamp, 1 << i, Vec::new());
            }
            Some(Slot::Deleted) => {
                let Some(deleted) = value.as_bool() else {
                    return false;
                };
                self.deleted = deleted;
                self.write(stamp, DELETED_BIT, Vec::new());
            }
            Some(Slot::Unknown(name)) => {
                let name = name.to_owned();
                match value {
                    Value::Null => self.extra.remove(&name),
                    v => self.extra.insert(name.clone(), v.clone()),
                };
                self.write(stamp, 0, vec![name]);
            }
            None => return false,
        }
        true
    }

    /// Records an edit of these slots by `stamp`'s device: it has seen everything this copy
    /// holds, so it replaces the slots' earlier values and any rivals they had.
    pub(super) fn write(&mut self, stamp: &Stamp, known: u64, unknown: Vec<String>) {
        self.version.bump(&stamp.device);
        for w in &mut self.writes {
            w.known &= !known;
            w.unknown.retain(|n| !unknown.contains(n));
        }
        self.writes.retain(|w| !w.is_empty());
        let replaced = |r: &Rival| match Slot::named::<T>(&r.field) {
            Some(Slot::Field(i)) => known & (1 << i) != 0,
            Some(Slot::Deleted) => known & DELETED_BIT != 0,
            _ => unknown.contains(&r.field),
        };
        self.rivals.retain(|r| !replaced(r));
        self.writes.push(Write {
            by: Some(stamp.device.clone()),
            seen: self.version.clone(),
            at: stamp.now,
            known,
            unknown,
        });
        self.settle();
    }

    /// Takes every edit dated after `latest` as made at `latest` (a clock set wrong must not
    /// win every conflict); returns the latest time it had, if any was later.
    pub fn clamp_times(&mut self, latest: Timestamp) -> Option<Timestamp> {
        let was = self.times().max().filter(|t| *t > latest)?;
        for w in &mut self.writes {
            w.at = w.at.min(latest);
        }
        for r in &mut self.rivals {
            r.at = r.at.min(latest);
        }
        // Two edits may now share a time: the record is put back in its canonical form.
        let plain = Record::shipped(self.id.clone(), self.body.clone());
        *self = self.merge(&plain);
        Some(was)
    }

    /// Puts writes and rivals in their canonical order and works out what follows from them.
    pub(super) fn settle(&mut self) {
        // Most records hold one or two writes and no rival: nothing to sort (a record is read
        // and settled for every one of a large office's at start-up).
        if self.writes.len() > 1 {
            crate::sort::sort_by(&mut self.writes, |a, b| {
                (a.at, &a.seen, &a.by).cmp(&(b.at, &b.seen, &b.by))
            });
        }
        if self.rivals.len() > 1 {
            crate::sort::sort_by(&mut self.rivals, |a, b| {
                let key = |r: &Rival| {
                    (
                        r.field.clone(),
                        r.at,
                        r.seen.clone(),
                        r.by.clone(),
                        r.value.to_string(),
                    )
                };
                key(a).cmp(&key(b))
            });
        }
        let mut version = match self.writes.iter().max_by_key(|w| w.seen.total()) {
            Some(w) => w.seen.clone(),
            None => Version::default(),
        };
        for seen in self.writes.iter().map(|w| &w.seen) {
            version.join_in(seen);
        }
        for seen in self.rivals.iter().map(|r| &r.seen) {
            version.join_in(seen);
        }
        self.version = version;
        self.gone = self.deleted && !self.edited_apart_from_deletion();
    }

    /// Whether some field was set by an edit made apart from the deletion (neither saw the
    /// other): then the record is shown, and the deletion is a conflict to choose on.
    fn edited_apart_from_deletion(&self) -> bool {
        let Some(deletion) = self.writes.iter().find(|w| w.has(Slot::Deleted)) else {
            return false;
        };
        let apart =
            |seen: &Version| !seen.contains(&deletion.seen) && !deletion.seen.contains(seen);
        self.writes.iter().any(|w| apart(&w.seen)) || self.rivals.iter().any(|r| apart(&r.seen))
    }
}
