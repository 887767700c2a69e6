//! All records of a workspace, kind by kind, tombstones included: what a bundle carries, what
//! export takes out and what import merges in.

use super::{for_each_kind, Kinded, Records, Table, Workspace};
use crate::domain::Record;
use crate::domain::Timestamp;
use serde::ser::{Serialize, SerializeStruct, Serializer};

/// Every record of a workspace, written exactly as its [`Workspace::records`] would be, without
/// copying a record: a snapshot of 20,000 tasks copied every one of them first.
pub struct AllRecords<'a>(pub &'a Workspace);

impl Serialize for AllRecords<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct List<'a, T>(&'a Table<T>);
        impl<T: Kinded> Serialize for List<'_, T> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_seq(self.0.all())
            }
        }
        fn field<T: Kinded>(
            out: &mut impl SerializeStruct<Error = impl serde::ser::Error>,
            ws: &Workspace,
        ) -> Result<(), String> {
            let list = List(ws.table::<T>());
            out.serialize_field(T::KIND.key(), &list)
                .map_err(|e| e.to_string())
        }
        let mut out = serializer.serialize_struct("Records", super::Kind::ALL.len())?;
        for written in for_each_kind!(field(&mut out, self.0)) {
            written.map_err(serde::ser::Error::custom)?;
        }
        out.end()
    }
}

impl Workspace {
    /// Every record of the workspace, tombstones included.
    pub fn records(&self) -> Records {
        fn copy<T: Kinded>(ws: &Workspace, out: &mut Records) {
            *T::list_mut(out) = ws.table::<T>().all().cloned().collect();
        }
        let mut records = Records::default();
        for_each_kind!(copy(self, &mut records));
        records
    }

    /// Merges records in, each by [`Record::merge`] with the copy here (or added if new), and
    /// returns how many records changed. Merging what is already here changes nothing.
    pub fn merge_records(&mut self, incoming: &Records) -> usize {
        fn merge<T: Kinded>(ws: &mut Workspace, incoming: &Records) -> usize {
            T::table_mut(&mut ws.tables).merge_all(T::list(incoming))
        }
        for_each_kind!(merge(self, incoming)).into_iter().sum()
    }

    /// The earliest change made after `exported` (or ever, if never exported) that no export has
    /// carried yet; `None` if everything is exported. Records nobody edited (starter agencies)
    /// do not count.
    pub fn oldest_unexported(&self, exported: Option<Timestamp>) -> Option<Timestamp> {
        fn oldest<T: Kinded>(ws: &Workspace, since: i64) -> Option<Timestamp> {
            let times = ws.table::<T>().all().map(Record::changed_at);
            times.filter(|t| t.0 > since).min()
        }
        let since = exported.map_or(0, |t| t.0);
        for_each_kind!(oldest(self, since))
            .into_iter()
            .flatten()
            .min()
    }
}

/// Whether to remind the user to export: a change has waited unexported for more than 7 days.
pub fn export_overdue(oldest_unexported: Option<Timestamp>, now: Timestamp) -> bool {
    const WEEK_MS: i64 = 7 * 24 * 60 * 60 * 1000;
    oldest_unexported.is_some_and(|t| now.0 - t.0 > WEEK_MS)
}

#[cfg(test)]
mod reminder_tests {
    use super::*;
    use crate::workspace::tests::{device, sample};

    const DAY: i64 = 24 * 60 * 60 * 1000;

    #[test]
    fn a_change_unexported_for_more_than_a_week_is_reminded() {
        let fresh = Workspace::new(device(1));
        assert_eq!(
            fresh.oldest_unexported(None),
            None,
            "starter agencies are not changes"
        );
        let mut ws = sample();
        let oldest = ws.oldest_unexported(None).expect("the sample's edits");
        assert!(!export_overdue(Some(oldest), Timestamp(oldest.0 + 7 * DAY)));
        assert!(export_overdue(
            Some(oldest),
            Timestamp(oldest.0 + 7 * DAY + 1)
        ));
        let exported = Timestamp(oldest.0 + 100 * DAY);
        assert_eq!(ws.oldest_unexported(Some(exported)), None, "all exported");
        let later = Timestamp(exported.0 + DAY);
        ws.add_plan(crate::domain::Id::from_random(77), "Mới", later)
            .unwrap();
        assert_eq!(ws.oldest_unexported(Some(exported)), Some(later));
        assert!(!export_overdue(
            ws.oldest_unexported(Some(exported)),
            Timestamp(later.0 + DAY)
        ));
        assert!(export_overdue(
            ws.oldest_unexported(Some(exported)),
            Timestamp(later.0 + 8 * DAY)
        ));
    }
}
