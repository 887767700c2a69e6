//! Commands on tasks.

use super::{CommandError, Field, Kind, Workspace};
use crate::domain::text::one_line;
use crate::domain::{Id, Record, Task, TaskStatus, Timestamp};
use chrono::NaiveDate;

impl Workspace {
    /// Adds a task at the end of a plan, led by one agency from the list.
    pub fn add_task(
        &mut self,
        id: Id,
        plan: &Id,
        title: &str,
        lead: Option<&Id>,
        now: Timestamp,
    ) -> Result<Id, CommandError> {
        let title = one_line(title).map_err(CommandError::text(Field::TaskTitle))?;
        let lead = lead.ok_or(CommandError::LeadRequired)?;
        self.plans
            .get(plan)
            .ok_or_else(CommandError::not_found(Kind::Plan, plan))?;
        self.agencies
            .get(lead)
            .ok_or_else(CommandError::not_found(Kind::Agency, lead))?;
        // Deleted tasks keep their numbers, so restoring one never makes two tasks share a number.
        let last = self
            .tasks
            .all()
            .filter(|t| &t.body().plan == plan)
            .map(|t| t.body().number)
            .max();
        let task = Task {
            plan: plan.clone(),
            number: last.unwrap_or(0) + 1,
            title,
            lead: lead.clone(),
            status: TaskStatus::NotStarted,
        };
        if !self
            .tasks
            .insert(Record::create(id.clone(), task, &self.stamp(now)))
        {
            return Err(CommandError::IdTaken { id });
        }
        Ok(id)
    }

    /// Marks a task done on `done_on`, or not started again when `done_on` is `None`.
    pub fn set_task_done(
        &mut self,
        id: &Id,
        done_on: Option<NaiveDate>,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let stamp = self.stamp(now);
        let task = self
            .tasks
            .live_mut(id)
            .ok_or_else(CommandError::not_found(Kind::Task, id))?;
        task.edit(&stamp, |t| {
            t.status = match done_on {
                Some(on) => TaskStatus::Done { on },
                None => TaskStatus::NotStarted,
            }
        });
        Ok(())
    }
}
