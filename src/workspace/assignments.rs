//! Commands on tasks that meeting mode makes as the secretary types (what to do, agencies,
//! a deadline from a quick pick), and filing an assignment under a plan.

use super::{live_text, CommandError, Field, Kind, TaskFields, Workspace};
use crate::domain::{Deadline, Id, Timestamp};

impl Workspace {
    /// Files a task under a plan (at its end, outside any group), or, for an assignment, back
    /// into its meeting's list alone (`None`).
    pub fn file_task(
        &mut self,
        id: &Id,
        plan: Option<&Id>,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let mut task = self.live_task(id)?.body().clone();
        if task.plan.as_ref() == plan {
            return Ok(());
        }
        match plan {
            Some(plan) => {
                self.tables
                    .plans
                    .get(plan)
                    .ok_or_else(CommandError::not_found(Kind::Plan, plan))?;
            }
            None if task.meeting.is_none() => return Err(CommandError::NoList),
            None => {}
        }
        task.plan = plan.cloned();
        task.group = None;
        task.position = self.next_task_position(plan, task.meeting.as_ref());
        self.replace_task(id, task, now)
    }

    /// Sets what to do, as typed so far (meeting mode: may be empty for a moment, and keeps
    /// every character, spaces included).
    pub fn set_task_title(
        &mut self,
        id: &Id,
        text: &str,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let mut task = self.live_task(id)?.body().clone();
        task.title = live_text(text).map_err(CommandError::text(Field::TaskTitle))?;
        self.replace_task(id, task, now)
    }

    /// Sets the lead agency and the coordinating ones (the lead is dropped from them).
    pub fn set_task_agencies(
        &mut self,
        id: &Id,
        lead: Option<&Id>,
        coordinating: &[Id],
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let mut task = self.live_task(id)?.body().clone();
        let fields = TaskFields {
            lead: lead.cloned(),
            coordinating: coordinating.to_vec(),
            ..TaskFields::of(&task)
        };
        self.apply_agencies(&mut task, &fields)?;
        self.replace_task(id, task, now)
    }

    pub fn set_task_deadline(
        &mut self,
        id: &Id,
        deadline: Deadline,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        deadline.validate().map_err(CommandError::Deadline)?;
        let mut task = self.live_task(id)?.body().clone();
        task.deadline = deadline;
        self.replace_task(id, task, now)
    }

    /// Sets whether the task is also due "đột xuất khi có yêu cầu".
    pub fn set_task_on_request(
        &mut self,
        id: &Id,
        on_request: bool,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let mut task = self.live_task(id)?.body().clone();
        task.on_request = on_request;
        self.replace_task(id, task, now)
    }
}
