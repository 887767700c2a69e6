//! Agencies typed apart in two offices ("Sở Nội vụ" and "Sở Nội Vụ ") are one agency. When an
//! import brings such a pair, the receiver's own agency is kept and the incoming one is merged
//! into it: its references move to ours and it is deleted, as ordinary edits, so that the
//! sender, on importing them back, converges on the same agency. A file can therefore never
//! give a receiver's agency (and its tasks) away to one it brings, whatever id it chose.

use super::Workspace;
use crate::domain::{Agency, Id, Lifecycle, Record, Timestamp};
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

/// Among agencies none of which is the receiver's own: shipped starter ids ("co-quan-…")
/// first, then by id.
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
    /// Live agencies whose names differ only in case, marks or spaces, by folded name.
    fn agencies_by_folded_name(&self) -> Vec<Vec<&Record<Agency>>> {
        let mut by_name: BTreeMap<String, Vec<&Record<Agency>>> = BTreeMap::new();
        for a in self.tables.agencies.live() {
            by_name.entry(fold(&a.body().name)).or_default().push(a);
        }
        by_name.into_values().filter(|g| g.len() > 1).collect()
    }

    /// Live agencies of one name that an import made meet, as pairs to merge: for each name,
    /// the agency this workspace had (live) before the import is kept, and the ones the import
    /// brought are merged into it. Names that this workspace already held twice are left as
    /// they were (the user kept them apart).
    pub fn same_agencies_after(&self, before: &Workspace) -> Vec<SameAgency> {
        let ours = |a: &Record<Agency>| before.tables.agencies.get(a.id()).is_some();
        let mut pairs = Vec::new();
        for mut group in self.agencies_by_folded_name() {
            let mine = group.iter().filter(|a| ours(a)).count();
            if mine > 1 {
                continue;
            }
            sort_by_key(&mut group, |a| (!ours(a), rank(a.id())));
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
            let ids: Vec<Id> = self.tables.tasks.all().map(|t| t.id().clone()).collect();
            for id in ids {
                if let Some(t) = self.tables.tasks.get_mut(&id) {
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
            let ids: Vec<Id> = self.tables.items.all().map(|i| i.id().clone()).collect();
            for id in ids {
                if let Some(i) = self.tables.items.get_mut(&id) {
                    changed += usize::from(i.edit(&stamp, |i| i.agency.iter_mut().for_each(swap)));
                }
            }
            let ids: Vec<Id> = self.tables.meetings.all().map(|m| m.id().clone()).collect();
            for id in ids {
                if let Some(m) = self.tables.meetings.get_mut(&id) {
                    let edited = m.edit(&stamp, |m| {
                        m.agencies.iter_mut().for_each(swap);
                        dedup(&mut m.agencies);
                    });
                    changed += usize::from(edited);
                }
            }
            if let Some(a) = self
                .tables
                .agencies
                .get_mut(merged)
                .filter(|a| !a.is_deleted())
            {
                a.delete(&stamp);
                changed += 1;
            }
        }
        changed
    }

    /// After an import, no live task is led by a deleted agency: a deletion that arrived while
    /// a task here (or one the file brings) is led by the agency is undone, as the Cơ quan page
    /// refuses to delete an agency that leads tasks. Nothing of ours moves to another agency.
    /// The same on every office, so they still converge. Returns how many agencies came back.
    pub fn repair_leads(&mut self, now: Timestamp) -> usize {
        let stamp = self.stamp(now);
        let mut orphaned: Vec<Id> = self
            .tables
            .tasks
            .live()
            .map(|t| t.body().lead.clone())
            .filter(|lead| self.tables.agencies.get(lead).is_none())
            .collect();
        orphaned.sort();
        orphaned.dedup();
        let mut changed = 0;
        for lead in orphaned {
            if let Some(a) = self.tables.agencies.get_mut(&lead) {
                a.restore(&stamp);
                changed += 1;
            }
        }
        changed
    }
}
