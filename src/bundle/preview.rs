//! What importing a bundle would change, record by record, before anything changes: new,
//! unchanged, updated (theirs is newer), kept (ours is newer), deleted, or in conflict (both
//! changed), with the fields that differ, ours beside theirs.

use super::Bundle;
use crate::domain::{Causality, Id, Record};
use crate::workspace::{Kind, Table, Workspace};
use serde::Serialize;

/// How one incoming record compares with ours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Change {
    /// We do not have it.
    New,
    /// Ours is the same.
    Unchanged,
    /// Theirs follows ours: it will replace it.
    Updated,
    /// Theirs follows ours and deletes it.
    Deleted,
    /// Ours follows theirs: ours stays.
    Kept,
    /// Both were changed apart: the default keeps the later change (an edit over a deletion).
    Conflict,
}

/// One field that differs, as compact JSON of each side (the UI words it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldDiff {
    pub field: String,
    pub ours: String,
    pub theirs: String,
}

/// One incoming record and what it would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordChange {
    pub kind: Kind,
    pub id: Id,
    pub change: Change,
    /// For updated, deleted and conflicting records: the fields that differ.
    pub fields: Vec<FieldDiff>,
}

/// Everything a bundle would do to a workspace.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    pub changes: Vec<RecordChange>,
}

impl Preview {
    /// How many records of `kind` would see `change`.
    pub fn count(&self, kind: Kind, change: Change) -> usize {
        let same = |c: &&RecordChange| c.kind == kind && c.change == change;
        self.changes.iter().filter(same).count()
    }

    /// Whether importing would change nothing here.
    pub fn is_empty(&self) -> bool {
        self.changes
            .iter()
            .all(|c| matches!(c.change, Change::Unchanged | Change::Kept))
    }
}

impl Bundle {
    /// Agencies that would stand twice under one name after this import, and which one stays.
    pub fn same_agencies(&self, ws: &Workspace) -> Vec<crate::workspace::SameAgency> {
        let mut after = ws.clone();
        after.merge_records(&self.records);
        after.same_agencies()
    }

    /// What merging this bundle into `ws` would do.
    pub fn preview(&self, ws: &Workspace) -> Preview {
        let r = &self.records;
        let mut changes = Vec::new();
        compare(Kind::Agency, ws.agencies(), &r.agencies, &mut changes);
        compare(Kind::Plan, ws.plans(), &r.plans, &mut changes);
        compare(Kind::Group, ws.groups(), &r.groups, &mut changes);
        compare(Kind::Task, ws.tasks(), &r.tasks, &mut changes);
        compare(
            Kind::Indicator,
            ws.indicators(),
            &r.indicators,
            &mut changes,
        );
        compare(Kind::Meeting, ws.meetings(), &r.meetings, &mut changes);
        compare(Kind::Item, ws.items(), &r.items, &mut changes);
        compare(
            Kind::Conclusion,
            ws.conclusions(),
            &r.conclusions,
            &mut changes,
        );
        Preview { changes }
    }
}

fn compare<T: Serialize + PartialEq>(
    kind: Kind,
    ours: &Table<T>,
    theirs: &[Record<T>],
    out: &mut Vec<RecordChange>,
) {
    for their in theirs {
        let (change, fields) = match ours.get_any(their.id()) {
            None => (Change::New, Vec::new()),
            // Most of a bundle is usually what is here already: no field to compare.
            Some(our) if our == their => (Change::Unchanged, Vec::new()),
            Some(our) => {
                let fields = differing(our, their);
                let change = match our.version().compare(their.version()) {
                    _ if fields.is_empty() => Change::Unchanged,
                    Causality::Same => Change::Unchanged,
                    Causality::Older if their.is_deleted() && !our.is_deleted() => Change::Deleted,
                    Causality::Older => Change::Updated,
                    Causality::Newer => Change::Kept,
                    Causality::Concurrent => Change::Conflict,
                };
                (change, fields)
            }
        };
        out.push(RecordChange {
            kind,
            id: their.id().clone(),
            change,
            fields,
        });
    }
}

/// The top-level fields of the two bodies that differ, and "deleted" if one is a tombstone.
fn differing<T: Serialize>(ours: &Record<T>, theirs: &Record<T>) -> Vec<FieldDiff> {
    let object = |r: &Record<T>| match serde_json::to_value(r.body()) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    let (a, b) = (object(ours), object(theirs));
    let mut names: Vec<&String> = a.keys().chain(b.keys()).collect();
    crate::sort::sort_by(&mut names, |a, b| a.cmp(b));
    names.dedup();
    let shown = |v: Option<&serde_json::Value>| v.map(|v| v.to_string()).unwrap_or_default();
    let mut out: Vec<FieldDiff> = names
        .into_iter()
        .filter(|n| a.get(*n) != b.get(*n))
        .map(|n| FieldDiff {
            field: n.clone(),
            ours: shown(a.get(n)),
            theirs: shown(b.get(n)),
        })
        .collect();
    if ours.is_deleted() != theirs.is_deleted() {
        out.push(FieldDiff {
            field: "deleted".to_owned(),
            ours: ours.is_deleted().to_string(),
            theirs: theirs.is_deleted().to_string(),
        });
    }
    out
}
