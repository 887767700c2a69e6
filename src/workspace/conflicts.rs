//! Conflicts kept on a record after an import: the fields that two offices edited apart, with
//! the value shown and the others kept, and a deletion made apart from an edit. A page shows
//! them where the record is, and the user settles each with one choice (`choose_value`).

use super::{for_kind, Kind, Kinded, Workspace};
use crate::domain::{Id, Slot, Timestamp};
use serde_json::Value;

/// The conflicts of one record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Conflicts {
    pub fields: Vec<FieldConflict>,
    /// Deleted by an edit made apart from another edit of it: shown, until someone chooses.
    pub deleted_apart: bool,
}

/// One field two edits set apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldConflict {
    pub field: String,
    pub shown: Value,
    pub shown_at: Option<Timestamp>,
    /// The other values kept, each with when it was set.
    pub others: Vec<(Value, Timestamp)>,
}

impl Conflicts {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && !self.deleted_apart
    }
}

impl Workspace {
    /// The conflicts record `id` of `kind` holds (none if it holds none or is not here).
    pub fn conflicts(&self, kind: Kind, id: &Id) -> Conflicts {
        fn of<T: Kinded>(ws: &Workspace, id: &Id) -> Conflicts {
            let Some(record) = ws.table::<T>().get_any(id) else {
                return Conflicts::default();
            };
            let mut fields: Vec<FieldConflict> = Vec::new();
            for rival in record.rivals() {
                let other = (rival.value.clone(), rival.at);
                match fields.iter_mut().find(|f| f.field == rival.field) {
                    Some(f) => f.others.push(other),
                    None => {
                        let slot = record.slot(&rival.field).unwrap_or(Slot::Deleted);
                        fields.push(FieldConflict {
                            field: rival.field.clone(),
                            shown: record.value(slot),
                            shown_at: record.stamp(slot).map(|w| w.at()),
                            others: vec![other],
                        });
                    }
                }
            }
            Conflicts {
                fields,
                deleted_apart: record.deleted_apart(),
            }
        }
        for_kind!(kind => of(self, id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::tests::{id, renamed_apart};

    #[test]
    fn a_record_lists_its_conflicts_with_the_value_shown_and_the_others() {
        let (mut a, b) = renamed_apart();
        assert!(a.conflicts(Kind::Task, &id(2)).is_empty());
        a.merge_records(&b.records());
        let found = a.conflicts(Kind::Task, &id(2));
        assert_eq!(found.fields.len(), 1);
        let title = &found.fields[0];
        assert_eq!(
            (title.field.as_str(), &title.shown),
            ("title", &Value::from("Tên của B"))
        );
        assert_eq!(title.others, [(Value::from("Tên của A"), Timestamp(20))]);
        assert_eq!(title.shown_at, Some(Timestamp(21)));
    }
}
