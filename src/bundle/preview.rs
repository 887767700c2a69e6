//! What importing a bundle would change, record by record and field by field, before anything
//! changes. It runs the import on a copy of the workspace with the user's choices and compares,
//! so what it shows is exactly what applying does: new, updated (their edits arrive), merged
//! (both sides' edits of different fields kept), deleted, in conflict (both edited one field,
//! or one deleted what the other edited), kept (ours already holds theirs), unchanged, and the
//! records of ours the import changes too (an agency merged into ours, say).

use super::apply::conflicting;
use super::{Checked, Choices};
use crate::domain::{DeviceId, Id, Record, Timestamp};
use crate::workspace::{for_each_kind, Kind, Kinded, Workspace};
use serde_json::Value;

/// How one record compares with ours after the import.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Change {
    /// We do not have it.
    New,
    /// Their edits arrive; we had not changed what they changed.
    Updated,
    /// Both sides changed different fields: both changes are kept.
    Merged,
    /// Their deletion arrives.
    Deleted,
    /// Both edited one field apart, or one deleted what the other edited.
    Conflict,
    /// Ours already holds everything theirs has: ours stays.
    Kept,
    /// Ours and theirs hold the same.
    Unchanged,
    /// Not in the bundle, but changed by the import: tasks of an agency merged into ours, an
    /// agency brought back because a task of theirs is led by it.
    Follows,
}

/// What the import does to one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldChange {
    /// Their value is taken.
    Theirs,
    /// Our value stays (ours is the later edit of it).
    Ours,
    /// Both edited it apart: `shown` is what the record shows by default (the later edit),
    /// unless the user chose; the other value is kept, not lost.
    Conflict {
        shown: Option<super::Side>,
        chosen: bool,
    },
    /// Changed by a step of the import (an agency merged into ours).
    Follows,
    /// The value stays, and the conflict ours kept on it ends: their edit saw both values.
    Settled,
}

/// One field that differs, as JSON of each side (the UI words it), and when each was edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldDiff {
    pub field: String,
    pub ours: String,
    pub theirs: String,
    pub change: FieldChange,
    pub ours_at: Option<Timestamp>,
    pub theirs_at: Option<Timestamp>,
}

/// One record and what the import does to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordChange {
    pub kind: Kind,
    pub id: Id,
    pub change: Change,
    /// The fields that differ, for every change but new, kept and unchanged.
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

    /// Whether importing would change nothing here that a person would see.
    pub fn is_empty(&self) -> bool {
        self.changes
            .iter()
            .all(|c| matches!(c.change, Change::Unchanged | Change::Kept))
    }
}

impl Checked {
    /// What applying this bundle into `ws` with `choices` at `now` would do.
    pub fn preview(&self, ws: &Workspace, choices: &Choices, now: Timestamp) -> Preview {
        self.preview_against(ws, choices, now, ws.device().clone())
    }

    pub(super) fn preview_against(
        &self,
        ws: &Workspace,
        choices: &Choices,
        now: Timestamp,
        device: DeviceId,
    ) -> Preview {
        let mut after = ws.clone();
        self.run(&mut after, ws, choices, now, device);
        fn compare<T: Kinded>(
            checked: &Checked,
            before: &Workspace,
            after: &Workspace,
            choices: &Choices,
        ) -> Vec<RecordChange> {
            let theirs = T::list(&checked.bundle.records);
            let (was, is) = (before.table::<T>(), after.table::<T>());
            // The copy was made from `before`: a record the import did not hand out to be
            // changed still has its mark, and is the same.
            let untouched = |id: &Id| is.touched(id) == was.touched(id);
            let mut out: Vec<RecordChange> = theirs
                .iter()
                .map(|their| {
                    let ours = was.get_any(their.id());
                    if ours == Some(their) && untouched(their.id()) {
                        let (kind, id) = (T::KIND, their.id().clone());
                        return RecordChange {
                            kind,
                            id,
                            change: Change::Unchanged,
                            fields: Vec::new(),
                        };
                    }
                    let now = is.get_any(their.id()).unwrap_or(their);
                    classify(ours, their, now, choices)
                })
                .collect();
            // Records of ours the import changed without carrying them.
            let carried: std::collections::BTreeSet<&Id> = theirs.iter().map(Record::id).collect();
            for now in is
                .all()
                .filter(|r| !untouched(r.id()) && !carried.contains(r.id()))
            {
                let Some(was) = was.get_any(now.id()).filter(|w| *w != now) else {
                    continue;
                };
                let fields = diffs(was, now, now, &[], FieldChange::Follows);
                if !fields.is_empty() {
                    out.push(RecordChange {
                        kind: T::KIND,
                        id: now.id().clone(),
                        change: Change::Follows,
                        fields,
                    });
                }
            }
            out
        }
        let per_kind = for_each_kind!(compare(self, ws, &after, choices));
        Preview {
            changes: per_kind.into_iter().flatten().collect(),
        }
    }
}

impl Checked {
    /// What a record is called in the preview: its title, name or text (the bundle's copy, else
    /// ours), else its id.
    pub fn record_name(&self, ws: &Workspace, kind: Kind, id: &Id) -> String {
        fn find<T: Kinded>(checked: &Checked, ws: &Workspace, id: &Id) -> Option<String> {
            let theirs = T::list(&checked.bundle.records)
                .iter()
                .find(|r| r.id() == id);
            let record = theirs.or_else(|| ws.table::<T>().get_any(id))?;
            Some(super::check::name(record))
        }
        let name = crate::workspace::for_kind!(kind => find(self, ws, id));
        name.filter(|n| !n.is_empty())
            .unwrap_or_else(|| id.to_string())
    }
}

fn classify<T: Kinded>(
    ours: Option<&Record<T>>,
    theirs: &Record<T>,
    after: &Record<T>,
    choices: &Choices,
) -> RecordChange {
    let (kind, id) = (T::KIND, theirs.id().clone());
    let Some(ours) = ours else {
        return RecordChange {
            kind,
            id,
            change: Change::New,
            fields: Vec::new(),
        };
    };
    let conflicts = {
        let merged = ours.merge(theirs);
        conflicting(ours, &merged)
    };
    let fields = diffs(ours, theirs, after, &conflicts, FieldChange::Theirs);
    let chosen = |f: &FieldDiff| choices.side(kind, &id, &f.field).is_some();
    let fields: Vec<FieldDiff> = fields
        .into_iter()
        .map(|mut f| {
            let picked = chosen(&f);
            if let FieldChange::Conflict { chosen: c, .. } = &mut f.change {
                *c = picked;
            }
            f
        })
        .collect();
    let has = |c: fn(&FieldChange) -> bool| fields.iter().any(|f| c(&f.change));
    let theirs_arrive = |c: &FieldChange| matches!(c, FieldChange::Theirs | FieldChange::Settled);
    let change = if !conflicts.is_empty() {
        Change::Conflict
    } else if fields.is_empty() {
        Change::Unchanged
    } else if after.is_deleted() && !ours.is_deleted() {
        Change::Deleted
    } else if !has(theirs_arrive) {
        Change::Kept
    } else if has(|c| *c == FieldChange::Ours) {
        Change::Merged
    } else {
        Change::Updated
    };
    let fields = match change {
        Change::Kept | Change::Unchanged | Change::New => Vec::new(),
        _ => fields,
    };
    RecordChange {
        kind,
        id,
        change,
        fields,
    }
}

/// The fields whose values differ between `ours`, `theirs` and `after`, each with what the
/// import does to it. `conflicts` are the fields the merge left in conflict.
fn diffs<T: Kinded>(
    ours: &Record<T>,
    theirs: &Record<T>,
    after: &Record<T>,
    conflicts: &[String],
    taken: FieldChange,
) -> Vec<FieldDiff> {
    let mut slots = ours.slots();
    slots.extend(theirs.slots());
    slots.extend(after.slots());
    crate::sort::sort_by(&mut slots, |a, b| a.cmp(b));
    slots.dedup();
    let mut out = Vec::new();
    for slot in slots {
        let name = slot.name::<T>();
        let (o, t, a) = (seen(ours, slot), seen(theirs, slot), seen(after, slot));
        let conflict = conflicts.iter().any(|c| c == name);
        let in_conflict = |r: &Record<T>| r.rivals().iter().any(|rival| rival.field == name);
        let settled = in_conflict(ours) && !in_conflict(after);
        if o == t && o == a && !conflict && !settled {
            continue;
        }
        let change = if conflict {
            let shown = if a == o && a != t {
                Some(super::Side::Ours)
            } else if a == t && a != o {
                Some(super::Side::Theirs)
            } else {
                None
            };
            FieldChange::Conflict {
                shown,
                chosen: false,
            }
        } else if a == o && settled {
            FieldChange::Settled
        } else if a == o {
            FieldChange::Ours
        } else {
            taken
        };
        let at = |r: &Record<T>| r.stamp(slot).map(|w| w.at());
        out.push(FieldDiff {
            field: name.to_owned(),
            ours: shown(&o.0),
            theirs: shown(if taken == FieldChange::Follows {
                &a.0
            } else {
                &t.0
            }),
            change,
            ours_at: at(ours),
            theirs_at: at(if taken == FieldChange::Follows {
                after
            } else {
                theirs
            }),
        });
    }
    out
}

/// A slot as a person sees it: its value and, for the tombstone, whether the record shows as
/// deleted (a deletion made apart from an edit leaves it shown, in conflict).
fn seen<T: Kinded>(record: &Record<T>, slot: crate::domain::Slot) -> (Value, bool) {
    let gone = matches!(slot, crate::domain::Slot::Deleted) && record.is_deleted();
    (record.value(slot), gone)
}

fn shown(value: &Value) -> String {
    value.to_string()
}
