//! Applying a checked bundle: the field-by-field merge of every record, the user's choices on
//! conflicting fields (each an edit of this device that follows both sides), agencies of one
//! name made one (the receiver's own agency kept), and the line the import history keeps. The
//! preview runs exactly these steps on a copy, so it shows what applying will do. Undoing is
//! [`Workspace::restore_snapshot`].

use super::{Checked, Scope, Sender};
use crate::domain::{DeviceId, Id, Record, Stamp, Timestamp};
use crate::workspace::{for_each_kind, Kind, Kinded, Records, Snapshot, Tables, Workspace};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which copy the user keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Side {
    Ours,
    Theirs,
}

/// The user's choices for conflicts; anything not chosen takes the default merge.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choices {
    /// Every conflicting field of a record: (kind, id) → side.
    pub records: BTreeMap<(Kind, Id), Side>,
    /// One field of a record ("title", "deleted", …): (kind, id, field) → side.
    pub fields: BTreeMap<(Kind, Id, String), Side>,
    /// Agencies with one name typed apart are merged unless the user keeps them apart.
    pub keep_agencies_apart: bool,
}

impl Choices {
    /// The side chosen for one field, by itself or through its record.
    pub fn side(&self, kind: Kind, id: &Id, field: &str) -> Option<Side> {
        let key = (kind, id.clone(), field.to_owned());
        let field = self.fields.get(&key).copied();
        field.or_else(|| self.records.get(&(kind, id.clone())).copied())
    }
}

/// One import, as the history lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportEntry {
    pub at: Timestamp,
    pub from: Sender,
    pub scope: Scope,
    pub exported_at: Timestamp,
    /// Records that changed here, by what happened to them.
    pub new: usize,
    pub updated: usize,
    pub deleted: usize,
    pub conflicts: usize,
    /// Both sides' edits of different fields kept.
    #[serde(default)]
    pub merged: usize,
    /// When the import was undone, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undone_at: Option<Timestamp>,
    /// Set when the records came from a document read on this device (Nhập từ văn bản), not a
    /// bundle: the document as its number or title names it. Absent in older histories.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub document: String,
}

impl Checked {
    /// Merges this bundle into `ws` with the user's `choices`, and returns the snapshot to undo
    /// it with and the history line. `fresh_device` is the id this device takes if the bundle
    /// shows another machine editing under its own (see [`super::Notes::own_device`]).
    pub fn apply(
        &self,
        ws: &mut Workspace,
        choices: &Choices,
        now: Timestamp,
        fresh_device: DeviceId,
    ) -> (Snapshot, ImportEntry) {
        let snapshot = ws.snapshot(now);
        let preview = self.preview_against(ws, choices, now, fresh_device.clone());
        let before = ws.clone();
        self.run(ws, &before, choices, now, fresh_device);
        let count = |change| {
            preview
                .changes
                .iter()
                .filter(|c| c.change == change)
                .count()
        };
        use super::Change;
        let entry = ImportEntry {
            at: now,
            from: self.bundle.sender.clone(),
            scope: self.bundle.scope.clone(),
            exported_at: self.bundle.exported_at,
            new: count(Change::New),
            updated: count(Change::Updated) + count(Change::Follows),
            deleted: count(Change::Deleted),
            conflicts: count(Change::Conflict),
            merged: count(Change::Merged),
            undone_at: None,
            document: String::new(),
        };
        (snapshot, entry)
    }

    /// The steps of an import, on `ws` (which was `before`).
    pub(super) fn run(
        &self,
        ws: &mut Workspace,
        before: &Workspace,
        choices: &Choices,
        now: Timestamp,
        fresh_device: DeviceId,
    ) {
        if !self.notes.own_device.is_empty() {
            ws.renew_device(fresh_device);
        }
        ws.merge_records(&self.bundle.records);
        let stamp = Stamp {
            device: ws.device().clone(),
            now,
        };
        fn choose<T: Kinded>(
            tables: &mut Tables,
            before: &Workspace,
            theirs: &Records,
            choices: &Choices,
            stamp: &Stamp,
        ) {
            for their in T::list(theirs) {
                let Some(our) = before.table::<T>().get_any(their.id()) else {
                    continue;
                };
                let Some(merged) = T::table_mut(tables).get_any(their.id()) else {
                    continue;
                };
                let picks: Vec<(String, serde_json::Value)> = conflicting(our, merged)
                    .into_iter()
                    .filter_map(|field| {
                        let side = choices.side(T::KIND, their.id(), &field)?;
                        let from = if side == Side::Ours { our } else { their };
                        let value = from.value(from.slot(&field)?);
                        Some((field, value))
                    })
                    .collect();
                if picks.is_empty() {
                    continue;
                }
                if let Some(record) = T::table_mut(tables).get_mut(their.id()) {
                    for (field, value) in picks {
                        record.choose(stamp, &field, &value);
                    }
                }
            }
        }
        let theirs = &self.bundle.records;
        if !choices.records.is_empty() || !choices.fields.is_empty() {
            let tables = ws.tables_mut();
            for_each_kind!(choose(tables, before, theirs, choices, &stamp));
        }
        ws.repair_references(now);
        if !choices.keep_agencies_apart {
            let pairs = ws.same_agencies_after(before);
            ws.unify_agencies(&pairs, now);
        }
    }
}

/// The fields the merge of `ours` and `theirs` left in conflict that `ours` did not already
/// hold: what the user may choose on.
pub(super) fn conflicting<T: Kinded>(ours: &Record<T>, merged: &Record<T>) -> Vec<String> {
    let mut fields: Vec<String> = merged
        .rivals()
        .iter()
        .filter(|r| !ours.rivals().contains(r))
        .map(|r| r.field.clone())
        .collect();
    if merged.deleted_apart() && !ours.deleted_apart() {
        fields.push(crate::domain::record::DELETED.to_owned());
    }
    crate::sort::sort_by(&mut fields, |a, b| a.cmp(b));
    fields.dedup();
    fields
}

impl Checked {
    /// Agencies that would stand twice under one name after this import, each with the one it
    /// would be merged into (the receiver's own).
    pub fn same_agencies(&self, ws: &Workspace) -> Vec<crate::workspace::SameAgency> {
        let mut after = ws.clone();
        after.merge_records(&self.bundle.records);
        after.repair_references(Timestamp(0));
        after.same_agencies_after(ws)
    }
}
