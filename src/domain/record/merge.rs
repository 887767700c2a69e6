//! The merge of two copies of one record, field by field, as every office computes it.
//!
//! For each field (and the tombstone) the values of both copies, shown or kept as rivals, are
//! the candidates; a candidate whose edit another one had seen is replaced by it. What is left
//! are edits made apart from each other: usually one, two in a conflict. The one shown is the
//! later (then by what it had seen, then by its value), the others are kept as rivals. The
//! result depends only on the set of edits, never on the order copies meet, so the merge is
//! commutative, associative and idempotent, and offices that exchange bundles in any order end
//! with the same records.

use super::{Body, Record, Rival, Slot, Timestamp, Write, DELETED_BIT};
use crate::domain::id::DeviceId;
use crate::domain::version::Version;
use serde_json::Value;
use std::cmp::Ordering;

static UNEDITED: Version = Version::EMPTY;

/// One value a field could end with.
struct Candidate<'a, T> {
    by: Option<&'a DeviceId>,
    seen: &'a Version,
    at: Timestamp,
    value: Source<'a, T>,
}

enum Source<'a, T> {
    /// The value a copy shows.
    Shown(&'a Record<T>),
    Rival(&'a Value),
}

impl<T: Body> Source<'_, T> {
    fn json(&self, slot: Slot) -> Value {
        match self {
            Source::Shown(r) => r.value(slot),
            Source::Rival(v) => (*v).clone(),
        }
    }

    fn same(&self, other: &Self, slot: Slot) -> bool {
        match (self, other) {
            (Source::Shown(a), Source::Shown(b)) => match slot {
                Slot::Field(i) => a.body.same_field(&b.body, i),
                Slot::Deleted => a.deleted == b.deleted,
                Slot::Unknown(n) => a.extra.get(n) == b.extra.get(n),
            },
            (Source::Rival(a), Source::Rival(b)) => a == b,
            (shown, Source::Rival(v)) | (Source::Rival(v), shown) => shown.json(slot) == **v,
        }
    }
}

impl<T: Body> Record<T> {
    /// The merge of this copy with `other` (the same record from elsewhere).
    pub fn merge(&self, other: &Record<T>) -> Record<T> {
        if self == other {
            return self.clone();
        }
        let mut out = self.clone();
        out.rivals.clear();
        out.writes.clear();
        let mut slots = self.slots();
        slots.extend(other.slots());
        crate::sort::sort_by(&mut slots, |a, b| a.cmp(b));
        slots.dedup();
        for slot in slots {
            // Both copies give a slot at least one candidate: there is always one to show.
            let Some((winner, rivals)) = settle_slot(self, other, slot) else {
                continue;
            };
            let name = slot.name::<T>().to_owned();
            out.rivals.extend(rivals.iter().map(|c| Rival {
                by: c.by.cloned(),
                seen: c.seen.clone(),
                at: c.at,
                field: name.clone(),
                value: c.value.json(slot),
            }));
            if !matches!(winner.value, Source::Shown(r) if std::ptr::eq(r, self)) {
                out.take(slot, &winner.value);
            }
            if !winner.seen.is_empty() {
                out.stamp_slot(slot, winner.by, winner.seen, winner.at);
            }
        }
        for (key, theirs) in &other.more {
            // Keys beside the body have no edits: the larger text is kept, on every side.
            let keep = match out.more.get(key) {
                Some(ours) => {
                    let (a, b) = (ours.to_string(), theirs.to_string());
                    a >= b
                }
                None => false,
            };
            if !keep {
                out.more.insert(key.clone(), theirs.clone());
            }
        }
        out.settle();
        out
    }

    /// Makes a slot show the candidate's value.
    fn take(&mut self, slot: Slot, value: &Source<T>) {
        let json = match value {
            Source::Shown(r) => match slot {
                Slot::Field(i) => return self.body.copy_field(&r.body, i),
                Slot::Deleted => return self.deleted = r.deleted,
                Slot::Unknown(_) => r.value(slot),
            },
            Source::Rival(v) => (*v).clone(),
        };
        match slot {
            // A rival was checked as this field's type when it was read.
            Slot::Field(i) => {
                let _ = self.body.set_field_value(i, &json);
            }
            Slot::Deleted => self.deleted = json.as_bool().unwrap_or(self.deleted),
            Slot::Unknown(name) => match json {
                Value::Null => {
                    self.extra.remove(name);
                }
                v => {
                    self.extra.insert(name.to_owned(), v);
                }
            },
        }
    }

    /// Puts a slot under the write (by, seen, at), made anew if no other slot has it yet.
    fn stamp_slot(&mut self, slot: Slot, by: Option<&DeviceId>, seen: &Version, at: Timestamp) {
        let same = |w: &Write| w.at == at && &w.seen == seen && w.by.as_ref() == by;
        let index = match self.writes.iter().position(same) {
            Some(i) => i,
            None => {
                self.writes.push(Write {
                    by: by.cloned(),
                    seen: seen.clone(),
                    at,
                    known: 0,
                    unknown: Vec::new(),
                });
                self.writes.len() - 1
            }
        };
        let write = &mut self.writes[index];
        match slot {
            Slot::Field(i) => write.known |= 1 << i,
            Slot::Deleted => write.known |= DELETED_BIT,
            Slot::Unknown(name) => {
                write.unknown.push(name.to_owned());
                crate::sort::sort_by(&mut write.unknown, |a, b| a.cmp(b));
            }
        }
    }

    /// The candidates of one slot in this copy: the value shown, then the rivals kept.
    fn candidates(&self, slot: Slot) -> Vec<Candidate<'_, T>> {
        let shown = match self.stamp(slot) {
            Some(w) => (w.by.as_ref(), &w.seen, w.at),
            None => (None, &UNEDITED, Timestamp(0)),
        };
        let name = slot.name::<T>();
        let rivals = self.rivals.iter().filter(|r| r.field == name);
        std::iter::once(Candidate {
            by: shown.0,
            seen: shown.1,
            at: shown.2,
            value: Source::Shown(self),
        })
        .chain(rivals.map(|r| Candidate {
            by: r.by.as_ref(),
            seen: &r.seen,
            at: r.at,
            value: Source::Rival(&r.value),
        }))
        .collect()
    }
}

impl<T: Body> Record<T> {
    /// Whether `merged` (this copy merged with another) holds an edit by `device` that this
    /// copy never held: when `device` is this machine's own, another machine has been editing
    /// under its id (a copied browser profile) or the other copy is forged.
    pub fn gains_edits_of(&self, merged: &Record<T>, device: &DeviceId) -> bool {
        merged.slots().into_iter().any(|slot| {
            let ours = self.candidates(slot);
            merged.candidates(slot).into_iter().any(|c| {
                c.by == Some(device)
                    && !ours
                        .iter()
                        .any(|o| o.seen == c.seen && o.by == c.by && o.value.same(&c.value, slot))
            })
        })
    }
}

/// The value a slot shows after the merge, and the rivals it keeps.
fn settle_slot<'a, T: Body>(
    a: &'a Record<T>,
    b: &'a Record<T>,
    slot: Slot,
) -> Option<(Candidate<'a, T>, Vec<Candidate<'a, T>>)> {
    let mut all = a.candidates(slot);
    all.extend(b.candidates(slot));
    let (winner, rivals) = choose(&Pool { all: &all, slot });
    let (mut shown, mut kept) = (None, Vec::new());
    for (i, candidate) in all.into_iter().enumerate() {
        if i == winner {
            shown = Some(candidate);
        } else if rivals.contains(&i) {
            kept.push(candidate);
        }
    }
    shown.map(|shown| (shown, kept))
}

/// The candidates of one slot, as the choosing sees them.
trait Candidates {
    fn len(&self) -> usize;
    fn by(&self, i: usize) -> Option<&DeviceId>;
    fn seen(&self, i: usize) -> &Version;
    fn at(&self, i: usize) -> Timestamp;
    /// Whether candidates `i` and `j` hold the same value.
    fn same(&self, i: usize, j: usize) -> bool;
    /// Candidate `i`'s value as JSON text, to break a tie.
    fn text(&self, i: usize) -> String;
}

struct Pool<'p, 'a, T> {
    all: &'p [Candidate<'a, T>],
    slot: Slot<'p>,
}

impl<T: Body> Candidates for Pool<'_, '_, T> {
    fn len(&self) -> usize {
        self.all.len()
    }
    fn by(&self, i: usize) -> Option<&DeviceId> {
        self.all[i].by
    }
    fn seen(&self, i: usize) -> &Version {
        self.all[i].seen
    }
    fn at(&self, i: usize) -> Timestamp {
        self.all[i].at
    }
    fn same(&self, i: usize, j: usize) -> bool {
        self.all[i].value.same(&self.all[j].value, self.slot)
    }
    fn text(&self, i: usize) -> String {
        self.all[i].value.json(self.slot).to_string()
    }
}

/// Which candidate a slot shows, and which it keeps as rivals (by index). Written once for
/// every kind of record: only the candidates' values depend on the kind.
fn choose(c: &dyn Candidates) -> (usize, Vec<usize>) {
    let n = c.len();
    // An edit that another candidate's author had seen is replaced by it.
    let replaced =
        |i: usize| (0..n).any(|j| c.seen(j) != c.seen(i) && c.seen(j).contains(c.seen(i)));
    let mut left: Vec<usize> = Vec::new();
    for i in (0..n).filter(|i| !replaced(*i)) {
        // The same edit met twice (its time may have been clamped on one side): once, at the
        // earlier time.
        match left
            .iter_mut()
            .find(|d| c.seen(**d) == c.seen(i) && c.same(**d, i))
        {
            Some(d) if (c.at(i), c.by(i)) < (c.at(*d), c.by(*d)) => *d = i,
            Some(_) => {}
            None => left.push(i),
        }
    }
    // The later edit is shown; ties are broken by what was seen, then by the value.
    let order = |x: usize, y: usize| {
        (c.at(x), c.seen(x), c.by(x))
            .cmp(&(c.at(y), c.seen(y), c.by(y)))
            .then_with(|| c.text(x).cmp(&c.text(y)))
    };
    if left.is_empty() {
        return (usize::MAX, Vec::new());
    }
    let mut best = 0;
    for k in 1..left.len() {
        if order(left[k], left[best]) == Ordering::Greater {
            best = k;
        }
    }
    let winner = left.swap_remove(best);
    (winner, left)
}
