//! Agencies typed apart in two offices ("Sở Nội vụ" and "Sở Nội Vụ ") are one agency. When an
//! import brings such a pair, the receiver's own agency is kept and the incoming one is merged
//! into it: it is deleted with `merged_into` naming ours, and every reference follows. Both are
//! ordinary edits, and the tombstone travels with the agency it was merged into, so the sender,
//! importing them back, moves its own references the same way instead of keeping a second
//! agency: the offices converge. A file can never give a receiver's agency (and its tasks) away
//! to one it brings, whatever id it chose.

use super::Workspace;
use crate::domain::agency::agency_key;
use crate::domain::{Agency, Id, Lifecycle, Record, Timestamp};
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
    /// Live agencies whose names differ only in case, marks, spaces or abbreviations, by key.
    fn agencies_by_key(&self) -> Vec<Vec<&Record<Agency>>> {
        let mut by_name: BTreeMap<String, Vec<&Record<Agency>>> = BTreeMap::new();
        for a in self.tables.agencies.live() {
            by_name
                .entry(agency_key(&a.body().name))
                .or_default()
                .push(a);
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
        for mut group in self.agencies_by_key() {
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

    /// Merges each pair: the merged agency is deleted, naming the one kept, and every task, item
    /// and meeting that names it names the one kept instead. Returns how many records changed.
    pub fn unify_agencies(&mut self, pairs: &[SameAgency], now: Timestamp) -> usize {
        let stamp = self.stamp(now);
        let mut changed = 0;
        for SameAgency { kept, merged, .. } in pairs {
            if let Some(a) = self
                .tables
                .agencies
                .get_mut(merged)
                .filter(|a| !a.is_deleted())
            {
                a.edit(&stamp, |a| a.merged_into = Some(kept.clone()));
                a.delete(&stamp);
                changed += 1;
            }
        }
        changed + self.repair_references(now)
    }

    /// Where a reference to agency `id` points now: `Ok` with itself if it is live, or with the
    /// live agency it was merged into (following merges); `Err` with the agency to bring back
    /// when the chain ends in a deletion (two offices that merged a pair each into the other
    /// bring back the smaller id, the same on both).
    fn resolve_agency(&self, id: &Id) -> Result<Id, Id> {
        let mut passed: Vec<Id> = Vec::new();
        let mut at = id.clone();
        loop {
            let Some(agency) = self.tables.agencies.get_any(&at) else {
                return Ok(id.clone());
            };
            if !agency.is_deleted() {
                return Ok(at);
            }
            passed.push(at.clone());
            match &agency.body().merged_into {
                Some(next) if !passed.contains(next) => at = next.clone(),
                Some(_) => return Err(passed.into_iter().min().unwrap_or(at)),
                None => return Err(at),
            }
        }
    }

    /// A list of agencies with each merged one replaced by the one it was merged into (and no
    /// repeats), if that changes it.
    fn followed(&self, list: &[Id]) -> Option<Vec<Id>> {
        let mut agencies: Vec<Id> = list
            .iter()
            .map(|a| self.resolve_agency(a).unwrap_or_else(|_| a.clone()))
            .collect();
        dedup(&mut agencies);
        (agencies != list).then_some(agencies)
    }

    /// After an import, no live record names a merged agency, and no live task is led by a
    /// deleted one: references follow merges to the agency kept; a deletion that arrived while
    /// a task is led by the agency is undone (as the Cơ quan page refuses to delete an agency
    /// that leads tasks). The same on every office, so they still converge. Returns how many
    /// records changed.
    pub fn repair_references(&mut self, now: Timestamp) -> usize {
        // One pass finds the live records that name an agency not live: nearly always none,
        // and only these can change.
        let gone = |id: &Id| self.tables.agencies.get(id).is_none();
        let tasks: Vec<Id> = (self.tables.tasks.live())
            .filter(|t| t.body().lead.iter().chain(&t.body().coordinating).any(gone))
            .map(|t| t.id().clone())
            .collect();
        let items: Vec<Id> = (self.tables.items.live())
            .filter(|i| i.body().agency.as_ref().is_some_and(gone))
            .map(|i| i.id().clone())
            .collect();
        let meetings: Vec<Id> = (self.tables.meetings.live())
            .filter(|m| m.body().agencies.iter().any(gone))
            .map(|m| m.id().clone())
            .collect();
        let plans: Vec<Id> = (self.tables.plans.live())
            .filter(|p| p.body().agencies.iter().any(gone))
            .map(|p| p.id().clone())
            .collect();
        let stamp = self.stamp(now);
        let mut changed = 0;
        // Leads first: an agency a live task cannot do without is brought back.
        let leads = tasks.iter().filter_map(|id| self.tables.tasks.get(id));
        let mut back: Vec<Id> = leads
            .filter_map(|t| t.body().lead.as_ref().filter(|l| gone(l)))
            .filter_map(|lead| self.resolve_agency(lead).err())
            .collect();
        crate::sort::sort_by(&mut back, |a, b| a.cmp(b));
        back.dedup();
        for id in back {
            if let Some(a) = self.tables.agencies.get_mut(&id) {
                a.edit(&stamp, |a| a.merged_into = None);
                a.restore(&stamp);
                changed += 1;
            }
        }
        let follow = |ws: &Workspace, id: &Id| ws.resolve_agency(id).unwrap_or_else(|_| id.clone());
        for id in tasks {
            let Some(t) = self.tables.tasks.get(&id) else {
                continue;
            };
            let lead = t.body().lead.as_ref().map(|l| follow(self, l));
            let mut coordinating: Vec<Id> = t
                .body()
                .coordinating
                .iter()
                .map(|a| follow(self, a))
                .collect();
            coordinating.retain(|a| Some(a) != lead.as_ref());
            dedup(&mut coordinating);
            if t.body().lead == lead && t.body().coordinating == coordinating {
                continue;
            }
            if let Some(t) = self.tables.tasks.get_mut(&id) {
                changed += usize::from(t.edit(&stamp, |t| {
                    t.lead = lead;
                    t.coordinating = coordinating;
                }));
            }
        }
        for id in items {
            let Some(was) = (self.tables.items.get(&id)).and_then(|i| i.body().agency.clone())
            else {
                continue;
            };
            let agency = follow(self, &was);
            if agency == was {
                continue;
            }
            if let Some(i) = self.tables.items.get_mut(&id) {
                changed += usize::from(i.edit(&stamp, |i| i.agency = Some(agency)));
            }
        }
        for id in meetings {
            let agencies =
                (self.tables.meetings.get(&id)).and_then(|m| self.followed(&m.body().agencies));
            if let (Some(agencies), Some(m)) = (agencies, self.tables.meetings.get_mut(&id)) {
                changed += usize::from(m.edit(&stamp, |m| m.agencies = agencies));
            }
        }
        for id in plans {
            let agencies =
                (self.tables.plans.get(&id)).and_then(|p| self.followed(&p.body().agencies));
            if let (Some(agencies), Some(p)) = (agencies, self.tables.plans.get_mut(&id)) {
                changed += usize::from(p.edit(&stamp, |p| p.agencies = agencies));
            }
        }
        changed
    }
}
