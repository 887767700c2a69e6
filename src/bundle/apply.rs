//! Applying a bundle: the default merge for every record, or the user's choice of ours or theirs
//! for a conflicting record or one of its fields; a snapshot taken first, so the import can be
//! undone exactly; and the line the import history keeps.

use super::{Bundle, Change, Preview, Scope, Sender};
use crate::domain::{Id, Record, Stamp, Timestamp};
use crate::workspace::{Kind, Records, Table, Workspace};
use serde::de::DeserializeOwned;
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
    /// A whole record: (kind, id) → side.
    pub records: BTreeMap<(Kind, Id), Side>,
    /// One field of a record ("title", "deleted", …): (kind, id, field) → side.
    pub fields: BTreeMap<(Kind, Id, String), Side>,
    /// Agencies with one name typed apart are merged unless the user keeps them apart.
    pub keep_agencies_apart: bool,
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
}

/// What undoing an import puts back: every record as it was just before.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub at: Timestamp,
    pub records: Records,
}

impl Bundle {
    /// Merges this bundle into `ws` with the user's `choices`, and returns the snapshot to undo
    /// it with and the history line. Choices only matter for conflicting records.
    pub fn apply(
        &self,
        ws: &mut Workspace,
        choices: &Choices,
        now: Timestamp,
    ) -> (Snapshot, ImportEntry) {
        let snapshot = Snapshot {
            at: now,
            records: ws.records(),
        };
        let preview = self.preview(ws);
        ws.merge_records(&self.records);
        let stamp = Stamp {
            device: ws.device().clone(),
            now,
        };
        let mut chosen = ws.records();
        let theirs = &self.records;
        resolve(
            &mut chosen.agencies,
            &theirs.agencies,
            &snapshot.records.agencies,
            Kind::Agency,
            choices,
            &stamp,
        );
        resolve(
            &mut chosen.plans,
            &theirs.plans,
            &snapshot.records.plans,
            Kind::Plan,
            choices,
            &stamp,
        );
        resolve(
            &mut chosen.groups,
            &theirs.groups,
            &snapshot.records.groups,
            Kind::Group,
            choices,
            &stamp,
        );
        resolve(
            &mut chosen.tasks,
            &theirs.tasks,
            &snapshot.records.tasks,
            Kind::Task,
            choices,
            &stamp,
        );
        resolve(
            &mut chosen.indicators,
            &theirs.indicators,
            &snapshot.records.indicators,
            Kind::Indicator,
            choices,
            &stamp,
        );
        resolve(
            &mut chosen.meetings,
            &theirs.meetings,
            &snapshot.records.meetings,
            Kind::Meeting,
            choices,
            &stamp,
        );
        resolve(
            &mut chosen.items,
            &theirs.items,
            &snapshot.records.items,
            Kind::Item,
            choices,
            &stamp,
        );
        resolve(
            &mut chosen.conclusions,
            &theirs.conclusions,
            &snapshot.records.conclusions,
            Kind::Conclusion,
            choices,
            &stamp,
        );
        ws.merge_records(&chosen);
        if !choices.keep_agencies_apart {
            let pairs = ws.same_agencies();
            ws.unify_agencies(&pairs, now);
        }
        let entry = self.entry(&preview, now);
        (snapshot, entry)
    }

    fn entry(&self, preview: &Preview, now: Timestamp) -> ImportEntry {
        let count = |change| {
            preview
                .changes
                .iter()
                .filter(|c| c.change == change)
                .count()
        };
        ImportEntry {
            at: now,
            from: self.sender.clone(),
            scope: self.scope.clone(),
            exported_at: self.exported_at,
            new: count(Change::New),
            updated: count(Change::Updated),
            deleted: count(Change::Deleted),
            conflicts: count(Change::Conflict),
        }
    }
}

impl Workspace {
    /// Undoes an import: every record exactly as the snapshot holds it.
    pub fn undo_import(&mut self, snapshot: &Snapshot) {
        self.replace_records(&snapshot.records);
    }
}

/// For each record the user chose on, the body made of the chosen copies' fields, as this
/// device's edit (it follows both copies, so it wins everywhere the import travels next).
fn resolve<T>(
    merged: &mut [Record<T>],
    theirs: &[Record<T>],
    ours_before: &[Record<T>],
    kind: Kind,
    choices: &Choices,
    stamp: &Stamp,
) where
    T: Clone + PartialEq + Serialize + DeserializeOwned,
{
    let before: BTreeMap<&Id, &Record<T>> = ours_before.iter().map(|r| (r.id(), r)).collect();
    for their in theirs {
        let Some(our) = before.get(their.id()) else {
            continue;
        };
        let id = their.id();
        let record_choice = choices.records.get(&(kind, id.clone())).copied();
        let field_choices: Vec<(&String, Side)> = choices
            .fields
            .iter()
            .filter(|((k, i, _), _)| *k == kind && i == id)
            .map(|((_, _, f), s)| (f, *s))
            .collect();
        if record_choice.is_none() && field_choices.is_empty() {
            continue;
        }
        let Some(target) = merged.iter_mut().find(|r| r.id() == id) else {
            continue;
        };
        let base = match record_choice {
            Some(Side::Ours) => (*our).clone(),
            Some(Side::Theirs) => their.clone(),
            None => target.clone(),
        };
        let mut body = serde_json::to_value(base.body()).unwrap_or_default();
        let mut deleted = base.is_deleted();
        for (field, side) in field_choices {
            let from = if side == Side::Ours { *our } else { their };
            if field == "deleted" {
                deleted = from.is_deleted();
            } else if let (Some(map), Ok(serde_json::Value::Object(src))) =
                (body.as_object_mut(), serde_json::to_value(from.body()))
            {
                match src.get(field.as_str()) {
                    Some(v) => map.insert(field.clone(), v.clone()),
                    None => map.remove(field.as_str()),
                };
            }
        }
        // A mix of fields that does not make a valid record keeps the default merge.
        if let Ok(body) = super::from_value::<T>(&body) {
            let other = target.clone();
            target.resolve(&other, stamp, body, deleted);
        }
    }
}

/// The tables are rebuilt from records that came out of one workspace: ids are unique.
fn table<T>(records: &[Record<T>]) -> Table<T>
where
    T: Clone,
{
    Table::from_records(records.to_vec()).unwrap_or_default()
}

impl Workspace {
    /// Puts every table back to exactly these records (they came from `records()`).
    fn replace_records(&mut self, records: &Records) {
        let parts = crate::workspace::Parts {
            device: self.device().clone(),
            office: self.office().clone(),
            agencies: table(&records.agencies),
            plans: table(&records.plans),
            groups: table(&records.groups),
            tasks: table(&records.tasks),
            indicators: table(&records.indicators),
            meetings: table(&records.meetings),
            items: table(&records.items),
            conclusions: table(&records.conclusions),
        };
        *self = Workspace::from_parts(parts);
    }
}
