//! The whole document an office keeps: every record, the queries the pages ask, and the commands
//! that change it. Tables are private, so every change goes through a command that bumps the
//! record's version: nothing can edit a record behind the merge's back.

mod agencies;
mod assignments;
mod dashboard;
mod error;
mod example;
mod example_meeting;
mod filter;
mod forms;
mod indicators;
mod meeting_form;
mod meeting_notes;
mod meetings;
mod order;
mod plans;
mod records;
#[cfg(any(test, feature = "sample"))]
pub mod sample;
mod table;
mod tasks;
mod templates;
mod unify;

pub use dashboard::{AgencyFigures, Figures, LATER, SOON};
pub use error::{CommandError, Field, Kind};
pub use filter::{AgencyRole, StandingFilter, TaskIndex, TaskQuery};
pub use forms::{every_code, quick_deadlines, DeadlineForm, DeadlineFormError};
pub use indicators::IndicatorFields;
pub use meeting_form::{live_text, parse_time, MeetingFields};
pub use plans::{PlanFields, Progress};
pub use records::{export_overdue, Records, KINDS};
pub use table::Table;
pub use tasks::TaskFields;
pub use unify::SameAgency;

use crate::domain::agency::starter_agencies;
use crate::domain::meeting::{Conclusion, Item, Meeting};
use crate::domain::text::optional_line;
use crate::domain::{
    Agency, DeviceId, Group, Id, Indicator, Lifecycle, OfficeProfile, Plan, Stamp, Task, Timestamp,
};

/// All records of one office, as this device knows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workspace {
    device: DeviceId,
    office: OfficeProfile,
    agencies: Table<Agency>,
    plans: Table<Plan>,
    groups: Table<Group>,
    tasks: Table<Task>,
    indicators: Table<Indicator>,
    meetings: Table<Meeting>,
    items: Table<Item>,
    conclusions: Table<Conclusion>,
}

/// The stored pieces a workspace is rebuilt from.
pub struct Parts {
    pub device: DeviceId,
    pub office: OfficeProfile,
    pub agencies: Table<Agency>,
    pub plans: Table<Plan>,
    pub groups: Table<Group>,
    pub tasks: Table<Task>,
    pub indicators: Table<Indicator>,
    pub meetings: Table<Meeting>,
    pub items: Table<Item>,
    pub conclusions: Table<Conclusion>,
}

impl Workspace {
    /// The workspace of a device on its first start: the starter agencies and nothing else.
    pub fn new(device: DeviceId) -> Workspace {
        Workspace {
            device,
            office: OfficeProfile::default(),
            // The starter ids are distinct (a test checks it), so this never falls back to empty.
            agencies: Table::from_records(starter_agencies()).unwrap_or_default(),
            plans: Table::default(),
            groups: Table::default(),
            tasks: Table::default(),
            indicators: Table::default(),
            meetings: Table::default(),
            items: Table::default(),
            conclusions: Table::default(),
        }
    }

    pub fn from_parts(parts: Parts) -> Workspace {
        let Parts {
            device,
            office,
            agencies,
            plans,
            groups,
            tasks,
            indicators,
            meetings,
            items,
            conclusions,
        } = parts;
        Workspace {
            device,
            office,
            agencies,
            plans,
            groups,
            tasks,
            indicators,
            meetings,
            items,
            conclusions,
        }
    }

    pub fn device(&self) -> &DeviceId {
        &self.device
    }
    pub fn office(&self) -> &OfficeProfile {
        &self.office
    }
    pub fn agencies(&self) -> &Table<Agency> {
        &self.agencies
    }
    pub fn plans(&self) -> &Table<Plan> {
        &self.plans
    }
    pub fn groups(&self) -> &Table<Group> {
        &self.groups
    }
    pub fn tasks(&self) -> &Table<Task> {
        &self.tasks
    }
    pub fn indicators(&self) -> &Table<Indicator> {
        &self.indicators
    }
    pub fn meetings(&self) -> &Table<Meeting> {
        &self.meetings
    }
    pub fn items(&self) -> &Table<Item> {
        &self.items
    }
    pub fn conclusions(&self) -> &Table<Conclusion> {
        &self.conclusions
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
                .filter(|t| &t.body().lead == id)
                .count();
            if tasks > 0 {
                return Err(CommandError::AgencyInUse { tasks });
            }
        }
        if kind == Kind::Group {
            let tasks = self
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

    fn lifecycle(&mut self, kind: Kind, id: &Id) -> Result<&mut dyn Lifecycle, CommandError> {
        let found: Option<&mut dyn Lifecycle> = match kind {
            Kind::Agency => self.agencies.get_mut(id).map(|r| r as _),
            Kind::Plan => self.plans.get_mut(id).map(|r| r as _),
            Kind::Group => self.groups.get_mut(id).map(|r| r as _),
            Kind::Task => self.tasks.get_mut(id).map(|r| r as _),
            Kind::Indicator => self.indicators.get_mut(id).map(|r| r as _),
            Kind::Meeting => self.meetings.get_mut(id).map(|r| r as _),
            Kind::Item => self.items.get_mut(id).map(|r| r as _),
            Kind::Conclusion => self.conclusions.get_mut(id).map(|r| r as _),
        };
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
