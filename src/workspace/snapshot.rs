//! Snapshots: every record of the workspace at one moment, and the device id it had, kept so an
//! import can be undone and the settings can put back an automatic copy. They stand beside the
//! records they hold, so the store keeps them without knowing about bundles.

use super::records::AllRecords;
use super::{for_each_kind, Kind, Kinded, Records, Table, Tables, Workspace};
use crate::domain::{DeviceId, Id, Timestamp};
use serde::{Deserialize, Serialize};

/// Every record as it was at `at`, and the device id then.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub at: Timestamp,
    pub records: Records,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<DeviceId>,
}

/// A snapshot of a workspace as it is now, written as [`Snapshot`] reads it back (no device),
/// without copying its records.
#[derive(Serialize)]
pub struct SnapshotOf<'a> {
    pub at: Timestamp,
    pub records: AllRecords<'a>,
}

/// Why a snapshot was not put back; the workspace is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnapshotError {
    /// The snapshot holds two records of one kind under one id: it did not come whole out of
    /// one workspace (a damaged copy in storage), and no choice between them would be honest.
    RepeatedId { kind: Kind, id: Id },
}

impl Workspace {
    /// The snapshot of this workspace as it is now, taken at `at`.
    pub fn snapshot(&self, at: Timestamp) -> Snapshot {
        Snapshot {
            at,
            records: self.records(),
            device: Some(self.device().clone()),
        }
    }

    /// Puts the workspace back exactly as the snapshot holds it: every record, and the device
    /// id it had (an import may have given it a new one). A snapshot with a repeated id is
    /// refused and nothing changes, rather than a table put back empty.
    pub fn restore_snapshot(&mut self, snapshot: &Snapshot) -> Result<(), SnapshotError> {
        fn table<T: Kinded>(records: &Records, tables: &mut Tables) -> Result<(), SnapshotError> {
            let rows = T::list(records).to_vec();
            *T::table_mut(tables) = Table::from_records(rows)
                .map_err(|id| SnapshotError::RepeatedId { kind: T::KIND, id })?;
            Ok(())
        }
        let mut tables = Tables::default();
        for_each_kind!(table(&snapshot.records, &mut tables))
            .into_iter()
            .collect::<Result<Vec<()>, _>>()?;
        let device = snapshot
            .device
            .clone()
            .unwrap_or_else(|| self.device().clone());
        *self = Workspace::from_tables(device, self.office().clone(), tables);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::tests::sample;

    #[test]
    fn a_snapshot_with_a_repeated_id_is_refused_and_nothing_changes() {
        let mut ws = sample();
        let before = ws.clone();
        let mut snapshot = ws.snapshot(Timestamp(1));
        let plan = snapshot.records.plans[0].clone();
        let id = plan.id().clone();
        snapshot.records.plans.push(plan);
        assert_eq!(
            ws.restore_snapshot(&snapshot),
            Err(SnapshotError::RepeatedId {
                kind: Kind::Plan,
                id
            })
        );
        assert_eq!(ws, before);
    }
}
