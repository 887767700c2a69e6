//! The envelope every shared record wears: id, version vector, time of last change, tombstone.
//!
//! A record's body can only change through [`Record::edit`], which bumps the version and stamps
//! the time, so no edit can escape the merge that bundles and a second tab rely on.

use super::id::{DeviceId, Id};
use super::version::Version;
use serde::{Deserialize, Serialize};

/// Milliseconds since 1970-01-01 UTC, as the browser's clock gives them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

/// Who makes an edit and when: passed into every command, so rules never read a clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub device: DeviceId,
    pub now: Timestamp,
}

/// One shared record with its metadata.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record<T> {
    id: Id,
    version: Version,
    changed_at: Timestamp,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    deleted: bool,
    body: T,
}

impl<T> Record<T> {
    /// A record just made on this device: its first edit.
    pub fn create(id: Id, body: T, stamp: &Stamp) -> Record<T> {
        let mut version = Version::default();
        version.bump(&stamp.device);
        Record {
            id,
            version,
            changed_at: stamp.now,
            deleted: false,
            body,
        }
    }

    /// A record the app ships, identical on every machine until someone edits it.
    pub fn shipped(id: Id, body: T) -> Record<T> {
        Record {
            id,
            version: Version::default(),
            changed_at: Timestamp(0),
            deleted: false,
            body,
        }
    }

    /// Changes the body and counts the edit. A change that leaves the body as it was is not an
    /// edit: counting it would make two offices' untouched copies look like a conflict.
    pub fn edit(&mut self, stamp: &Stamp, change: impl FnOnce(&mut T)) -> bool
    where
        T: Clone + PartialEq,
    {
        let before = self.body.clone();
        change(&mut self.body);
        let changed = self.body != before;
        if changed {
            self.touch(stamp);
        }
        changed
    }

    /// Counts an edit. The time never goes back, even when this device's clock is behind the
    /// one that made the last edit: so a later edit always sorts after the one it changed, which
    /// [`Record::merge`] relies on.
    fn touch(&mut self, stamp: &Stamp) {
        self.version.bump(&stamp.device);
        self.changed_at = stamp
            .now
            .max(Timestamp(self.changed_at.0.saturating_add(1)));
    }

    /// The deterministic merge of two copies of one record, as every office computes it: the
    /// versions joined, and the body (with its tombstone and time) of the copy that sorts last by
    /// (time of change, not deleted, body). That order is the same on every machine and follows
    /// causality (an edit sorts after what it changed), so merging is commutative, associative
    /// and idempotent: offices that exchange bundles in any order end with the same record.
    /// When the two were changed apart (a conflict) the later change wins and, at the same time,
    /// an edit wins over a deletion.
    pub fn merge(&self, other: &Record<T>) -> Record<T>
    where
        T: Clone + Serialize,
    {
        let key = |r: &Record<T>| {
            (
                r.changed_at,
                !r.deleted,
                serde_json::to_string(&r.body).ok(),
            )
        };
        let winner = if key(other) > key(self) { other } else { self };
        Record {
            id: self.id.clone(),
            version: self.version.join(&other.version),
            changed_at: winner.changed_at,
            deleted: winner.deleted,
            body: winner.body.clone(),
        }
    }

    /// Makes this copy the result of the user's own choices between two conflicting copies: it
    /// follows both (their versions joined) and counts as this device's edit.
    pub fn resolve(&mut self, other: &Record<T>, stamp: &Stamp, body: T, deleted: bool) {
        self.version = self.version.join(&other.version);
        self.changed_at = self.changed_at.max(other.changed_at);
        self.body = body;
        self.deleted = deleted;
        self.touch(stamp);
    }

    pub fn id(&self) -> &Id {
        &self.id
    }
    pub fn version(&self) -> &Version {
        &self.version
    }
    pub fn changed_at(&self) -> Timestamp {
        self.changed_at
    }
    pub fn is_deleted(&self) -> bool {
        self.deleted
    }
    pub fn body(&self) -> &T {
        &self.body
    }
}

/// Deleting and restoring, which work the same for every record kind.
pub trait Lifecycle {
    /// Marks the record deleted. The body stays, so the deletion can be undone and merged.
    fn delete(&mut self, stamp: &Stamp);
    /// Brings a deleted record back; this is an edit like any other.
    fn restore(&mut self, stamp: &Stamp);
}

impl<T> Lifecycle for Record<T> {
    fn delete(&mut self, stamp: &Stamp) {
        if !self.deleted {
            self.deleted = true;
            self.touch(stamp);
        }
    }

    fn restore(&mut self, stamp: &Stamp) {
        if self.deleted {
            self.deleted = false;
            self.touch(stamp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(device: u128, now: i64) -> Stamp {
        Stamp {
            device: DeviceId(Id::from_random(device)),
            now: Timestamp(now),
        }
    }

    #[test]
    fn every_edit_bumps_the_version_and_stamps_the_time() {
        let mut r = Record::create(Id::from_random(9), String::from("a"), &stamp(1, 10));
        assert_eq!(r.version().total(), 1);
        assert!(r.edit(&stamp(1, 20), |b| b.push('b')));
        assert_eq!(r.version().total(), 2);
        assert_eq!(r.changed_at(), Timestamp(20));
        assert_eq!(r.body(), "ab");
    }

    #[test]
    fn time_never_goes_back_so_an_edit_sorts_after_what_it_changed() {
        let mut r = Record::create(Id::from_random(9), 1u8, &stamp(1, 1_000));
        // Device 2's clock is an hour behind.
        r.edit(&stamp(2, 1_000 - 3_600_000), |b| *b = 2);
        assert_eq!(r.changed_at(), Timestamp(1_001));
    }

    #[test]
    fn merging_is_the_same_in_any_order_and_follows_edits() {
        let base = Record::create(Id::from_random(9), String::from("gốc"), &stamp(1, 10));
        let mut a = base.clone();
        a.edit(&stamp(1, 20), |b| *b = String::from("A"));
        let mut b = base.clone();
        b.edit(&stamp(2, 15), |b| *b = String::from("B"));
        let mut c = a.clone();
        c.edit(&stamp(3, 12), |b| *b = String::from("C, sau A")); // a slow clock
        for (x, y) in [(&a, &b), (&b, &c), (&a, &c)] {
            assert_eq!(x.merge(y), y.merge(x), "commutative");
            assert_eq!(x.merge(x), x.clone(), "idempotent");
        }
        assert_eq!(a.merge(&b).merge(&c), a.merge(&b.merge(&c)), "associative");
        assert_eq!(
            a.merge(&c).body(),
            "C, sau A",
            "an edit beats what it changed"
        );
        assert_eq!(
            a.merge(&b).body(),
            "A",
            "of two conflicting edits, the later"
        );
        let mut gone = b.clone();
        gone.delete(&stamp(2, 20));
        let mut edited = b.clone();
        edited.edit(&stamp(1, 20), |b| *b = String::from("sửa"));
        assert_eq!(
            gone.merge(&edited).body(),
            "sửa",
            "an edit beats a deletion made at the same time"
        );
        assert!(!gone.merge(&edited).is_deleted());
    }

    #[test]
    fn an_edit_that_changes_nothing_is_not_counted() {
        let mut r = Record::create(Id::from_random(9), String::from("a"), &stamp(1, 10));
        assert!(!r.edit(&stamp(1, 20), |b| *b = String::from("a")));
        assert_eq!(r.version().total(), 1);
        assert_eq!(r.changed_at(), Timestamp(10));
    }

    #[test]
    fn delete_is_a_tombstone_that_keeps_the_body_and_can_be_undone() {
        let mut r = Record::shipped(Id::from_random(9), String::from("Sở Nội vụ"));
        assert_eq!(r.version().total(), 0);
        r.delete(&stamp(2, 30));
        r.delete(&stamp(2, 31));
        assert!(r.is_deleted());
        assert_eq!(r.version().total(), 1, "deleting twice is one edit");
        assert_eq!(r.body(), "Sở Nội vụ");
        r.restore(&stamp(2, 40));
        assert!(!r.is_deleted());
        assert_eq!(r.version().total(), 2);
    }

    #[test]
    fn tombstone_survives_a_round_trip_and_is_omitted_when_absent() {
        let mut r = Record::create(Id::from_random(9), 5u8, &stamp(1, 10));
        assert!(!serde_json::to_string(&r).unwrap().contains("deleted"));
        r.delete(&stamp(1, 11));
        let back: Record<u8> = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        assert_eq!(back, r);
    }
}
