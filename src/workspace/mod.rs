//! The whole document an office keeps: every record, the queries the pages ask, and the commands
//! that change it. Tables are private, so every change goes through a command that bumps the
//! record's version: nothing can edit a record behind the merge's back.

mod agencies;
mod assignments;
mod conflicts;
mod dashboard;
mod error;
mod example;
mod example_meeting;
mod filter;
mod forms;
mod indicators;
mod intake;
mod kinds;
mod meeting_form;
mod meeting_notes;
mod meetings;
mod order;
mod plans;
mod records;
mod references;
#[cfg(any(test, feature = "sample"))]
pub mod sample;
mod snapshot;
mod table;
mod tasks;
mod templates;
mod unify;

pub use agencies::Found;
pub use conflicts::{Conflicts, FieldConflict};
pub use dashboard::{AgencyFigures, Figures, LATER, SOON};
pub use error::{CommandError, Field};
pub use filter::{AgencyRole, StandingFilter, TaskIndex, TaskQuery};
pub use forms::{quick_deadlines, DateContext, DeadlineForm, DeadlineKind};
pub use indicators::IndicatorFields;
pub(crate) use intake::agency_choice;
pub use intake::{
    document_reference, AgencyChoice, Created, GroupReview, NoteReview, RefReview, Review, Target,
    TaskReview,
};
pub(crate) use kinds::{for_each_kind, for_kind};
pub use kinds::{Counts, Kind, Kinded, Records, Tables};
pub use meeting_form::{live_text, parse_time, parse_time_or_part, MeetingFields};
pub use meeting_notes::{NoteHit, NoteIndex, NoteKind};
pub use plans::{PlanFields, Progress};
pub use records::{export_overdue, AllRecords};
pub use references::{read_lines, ReadLine, Refused};
pub use snapshot::{Snapshot, SnapshotError, SnapshotOf};
pub use table::Table;
pub use tasks::TaskFields;
pub use unify::SameAgency;

use crate::domain::agency::starter_agencies;
use crate::domain::text::optional_line;
use crate::domain::{DeviceId, Id, Lifecycle, OfficeProfile, Stamp, Timestamp};

/// All records of one office, as this device knows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workspace {
    device: DeviceId,
    office: OfficeProfile,
    tables: Tables,
}

impl Workspace {
    /// The workspace of a device on its first start: the starter agencies and nothing else.
    pub fn new(device: DeviceId) -> Workspace {
        let tables = Tables {
            // The starter ids are distinct (a test checks it), so this never falls back to empty.
            agencies: Table::from_records(starter_agencies()).unwrap_or_default(),
            ..Tables::default()
        };
        Workspace::from_tables(device, OfficeProfile::default(), tables)
    }

    /// A workspace of these tables (read from storage, or put back from a snapshot).
    pub fn from_tables(device: DeviceId, office: OfficeProfile, tables: Tables) -> Workspace {
        Workspace {
            device,
            office,
            tables,
        }
    }

    pub fn device(&self) -> &DeviceId {
        &self.device
    }
    pub fn office(&self) -> &OfficeProfile {
        &self.office
    }
    /// The table of one kind.
    pub fn table<T: Kinded>(&self) -> &Table<T> {
        T::table(&self.tables)
    }

    /// The tables, for the import's steps (every change still goes through a record's edit).
    pub(crate) fn tables_mut(&mut self) -> &mut Tables {
        &mut self.tables
    }

    /// From now on this device makes its edits under a new id: when a file showed that another
    /// machine has been editing under this one (a copied browser profile), so that the two stop
    /// making edits that look the same.
    pub fn renew_device(&mut self, device: DeviceId) {
        self.device = device;
    }

    /// Sets the office profile (either part may be left empty). It is this browser's own
    /// setting, not a shared record: no version.
    pub fn set_office(&mut self, name: &str, province: &str) -> Result<(), CommandError> {
        self.office = OfficeProfile {
            name: optional_line(name).map_err(CommandError::text(Field::OfficeName))?,
            province: optional_line(province).map_err(CommandError::text(Field::Province))?,
        };
        Ok(())
    }

    /// Deletes a record (a tombstone). An agency that still leads tasks is refused.
    pub fn delete(&mut self, kind: Kind, id: &Id, now: Timestamp) -> Result<(), CommandError> {
        if kind == Kind::Agency {
            // Tasks of a deleted plan or meeting are out of sight, so they do not hold it.
            let tasks = self
                .current_tasks()
                .filter(|t| t.body().lead.as_ref() == Some(id))
                .count();
            if tasks > 0 {
                return Err(CommandError::AgencyInUse { tasks });
            }
        }
        if kind == Kind::Group {
            let tasks = self
                .tables
                .tasks
                .live()
                .filter(|t| t.body().group.as_ref() == Some(id));
            let tasks = tasks.count();
            if tasks > 0 {
                return Err(CommandError::GroupNotEmpty { tasks });
            }
        }
        let stamp = self.stamp(now);
        self.lifecycle(kind, id)?.delete(&stamp);
        Ok(())
    }

    /// Undoes a deletion.
    pub fn restore(&mut self, kind: Kind, id: &Id, now: Timestamp) -> Result<(), CommandError> {
        let stamp = self.stamp(now);
        self.lifecycle(kind, id)?.restore(&stamp);
        Ok(())
    }

    /// Settles a conflict kept on one field of a record: `value` (the one shown or a rival's)
    /// becomes the field's value as this device's edit, which follows every value it had, so
    /// the choice replaces them everywhere it travels.
    pub fn choose_value(
        &mut self,
        kind: Kind,
        id: &Id,
        field: &str,
        value: &serde_json::Value,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        fn choose<T: Kinded>(
            tables: &mut Tables,
            id: &Id,
            field: &str,
            value: &serde_json::Value,
            stamp: &Stamp,
        ) -> bool {
            let record = T::table_mut(tables).get_mut(id);
            record.is_some_and(|r| r.choose(stamp, field, value))
        }
        let stamp = self.stamp(now);
        match for_kind!(kind => choose(&mut self.tables, id, field, value, &stamp)) {
            true => Ok(()),
            false => Err(CommandError::NotFound {
                kind,
                id: id.clone(),
            }),
        }
    }

    fn lifecycle(&mut self, kind: Kind, id: &Id) -> Result<&mut dyn Lifecycle, CommandError> {
        fn find<'a, T: Kinded>(tables: &'a mut Tables, id: &Id) -> Option<&'a mut dyn Lifecycle> {
            T::table_mut(tables)
                .get_mut(id)
                .map(|r| r as &mut dyn Lifecycle)
        }
        let found = for_kind!(kind => find(&mut self.tables, id));
        found.ok_or_else(CommandError::not_found(kind, id))
    }

    fn stamp(&self, now: Timestamp) -> Stamp {
        Stamp {
            device: self.device.clone(),
            now,
        }
    }
}

#[cfg(test)]
mod checklist_tests;
#[cfg(test)]
mod meeting_tests;
#[cfg(test)]
pub(crate) mod tests;
