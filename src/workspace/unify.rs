//! Agencies typed apart in two offices ("Sở Nội vụ" and "Sở Nội Vụ ") are one agency. When an
//! import brings such a pair, one of them is kept and the other's references move to it. The one
//! kept is chosen the same way everywhere (a shipped id first, then the smaller id), and the
//! moves are ordinary edits, so offices that exchange bundles converge on the same agency.

use super::Workspace;
use crate::domain::{Id, Lifecycle, Record, Timestamp};
use crate::search::fold;
use crate::sort::sort_by_key;
use std::collections::BTreeMap;

/// Two live agencies with one name: the one that stays, and the one merged into it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SameAgency {
    pub kept: Id,
    pub merged: Id,
    pub name: String,
}

/// The order that picks the agency kept: shipped starter ids ("co-quan-…") first, then by id.
fn rank(id: &Id) -> (bool, &str) {
    (!id.as_str().starts_with("co-quan-"), id.as_str())
}

/// Drops repeats, keeping the first of each in place.
fn dedup(ids: &mut Vec<Id>) {
    let mut seen = Vec::new();
    ids.retain(|a| {
        let first = !seen.contains(a);
        seen.push(a.clone());
        first
    });
}

impl Workspace {
    /// Live agencies whose names differ only in case, marks or spaces, as pairs to merge.
    pub fn same_agencies(&self) -> Vec<SameAgency> {
        let mut by_name: BTreeMap<String, Vec<&Record<crate::domain::Agency>>> = BTreeMap::new();
        for a in self.agencies.live() {
            by_name.entry(fold(&a.body().name)).or_default().push(a);
        }
        let mut pairs = Vec::new();
        for mut group in by_name.into_values().filter(|g| g.len() > 1) {
            sort_by_key(&mut group, |a| rank(a.id()));
            let kept = group[0];
            for other in &group[1..] {
                pairs.push(SameAgency {
                    kept: kept.id().clone(),
                    merged: other.id().clone(),
                    name: other.body().name.clone(),
                });
            }
        }
        pairs
    }

    /// Merges each pair: every task, item and meeting that names the merged agency names the one
    /// kept instead, and the merged agency is deleted. Returns how many records changed.
    pub fn unify_agencies(&mut self, pairs: &[SameAgency], now: Timestamp) -> usize {
        let stamp = self.stamp(now);
        let mut changed = 0;
        for SameAgency { kept, merged, .. } in pairs {
            let swap = |id: &mut Id| {
                if id == merged {
                    *id = kept.clone();
                }
            };
            let ids: Vec<Id> = self.tasks.all().map(|t| t.id().clone()).collect();
            for id in ids {
                if let Some(t) = self.tasks.get_mut(&id) {
                    let edited = t.edit(&stamp, |t| {
                        swap(&mut t.lead);
                        t.coordinating.iter_mut().for_each(swap);
                        let lead = t.lead.clone();
                        t.coordinating.retain(|a| a != &lead);
                        dedup(&mut t.coordinating);
                    });
                    changed += usize::from(edited);
                }
            }
            let ids: Vec<Id> = self.items.all().map(|i| i.id().clone()).collect();
            for id in ids {
                if let Some(i) = self.items.get_mut(&id) {
                    changed += usize::from(i.edit(&stamp, |i| i.agency.iter_mut().for_each(swap)));
                }
            }
            let ids: Vec<Id> = self.meetings.all().map(|m| m.id().clone()).collect();
            for id in ids {
                if let Some(m) = self.meetings.get_mut(&id) {
                    let edited = m.edit(&stamp, |m| {
                        m.agencies.iter_mut().for_each(swap);
                        dedup(&mut m.agencies);
                    });
                    changed += usize::from(edited);
                }
            }
            if let Some(a) = self.agencies.get_mut(merged).filter(|a| !a.is_deleted()) {
                a.delete(&stamp);
                changed += 1;
            }
        }
        changed
    }
}
