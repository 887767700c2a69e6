//! Commands on tasks: add, edit, report, move. Filing a task under a plan and the edits meeting
//! mode makes are in `assignments.rs`.

use super::forms::DateContext;
use super::plans::long_text;
use super::{CommandError, Field, Kind, Workspace};
use crate::domain::text::one_line;
use crate::domain::{Deadline, Id, LogEntry, LogKind, Record, Task, TaskStatus, Timestamp};
use chrono::NaiveDate;

/// What the task form holds. Texts are as typed; the deadline is already structured.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaskFields {
    pub title: String,
    pub details: String,
    pub lead: Option<Id>,
    pub coordinating: Vec<Id>,
    pub deadline: Deadline,
    /// "hoặc đột xuất khi có yêu cầu".
    pub on_request: bool,
}

impl TaskFields {
    pub fn of(task: &Task) -> TaskFields {
        TaskFields {
            title: task.title.clone(),
            details: task.details.clone(),
            lead: task.lead.clone(),
            coordinating: task.coordinating.clone(),
            deadline: task.deadline.clone(),
            on_request: task.on_request,
        }
    }
}

impl Workspace {
    /// Adds a task at the end of a plan (in a content group, or outside any), led by one
    /// agency from the list.
    pub fn add_task(
        &mut self,
        id: Id,
        plan: &Id,
        title: &str,
        lead: Option<&Id>,
        now: Timestamp,
    ) -> Result<Id, CommandError> {
        let fields = TaskFields {
            title: title.to_owned(),
            lead: lead.cloned(),
            ..TaskFields::default()
        };
        self.add_task_with(id, plan, None, &fields, now)
    }

    /// Adds a task with all its fields, at the end of `group` (or of the tasks outside groups).
    pub fn add_task_with(
        &mut self,
        id: Id,
        plan: &Id,
        group: Option<&Id>,
        fields: &TaskFields,
        now: Timestamp,
    ) -> Result<Id, CommandError> {
        self.tables
            .plans
            .get(plan)
            .ok_or_else(CommandError::not_found(Kind::Plan, plan))?;
        self.check_group(Some(plan), group)?;
        let mut task = Task {
            plan: Some(plan.clone()),
            meeting: None,
            group: group.cloned(),
            // Deleted tasks keep their places, so restoring one never collides with another.
            position: self.next_task_position(Some(plan), None),
            title: String::new(),
            details: String::new(),
            lead: None,
            coordinating: Vec::new(),
            deadline: Deadline::None,
            on_request: false,
            status: TaskStatus::NotStarted,
            log: Vec::new(),
        };
        self.apply_fields(&mut task, fields)?;
        self.tables
            .tasks
            .insert_new(Record::create(id, task, &self.stamp(now)))
    }

    /// Sets the title, details, agencies and deadline of a task from its form.
    pub fn update_task(
        &mut self,
        id: &Id,
        fields: &TaskFields,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let mut task = self.live_task(id)?.body().clone();
        self.apply_fields(&mut task, fields)?;
        self.replace_task(id, task, now)
    }

    /// Sets what the lead agency reports: not started, in progress, done on a day, paused.
    pub fn set_task_status(
        &mut self,
        id: &Id,
        status: TaskStatus,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let mut task = self.live_task(id)?.body().clone();
        task.status = status;
        self.replace_task(id, task, now)
    }

    /// Marks a task done on `done_on`, or not started again when `done_on` is `None`.
    pub fn set_task_done(
        &mut self,
        id: &Id,
        done_on: Option<NaiveDate>,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let status = match done_on {
            Some(on) => TaskStatus::Done { on },
            None => TaskStatus::NotStarted,
        };
        self.set_task_status(id, status, now)
    }

    /// Adds a dated progress report or evidence to a task's log, kept in date order.
    pub fn add_log(
        &mut self,
        id: &Id,
        day: NaiveDate,
        kind: LogKind,
        text: &str,
        today: NaiveDate,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let text = long_text(text).map_err(CommandError::text(Field::LogText))?;
        if text.is_empty() {
            return Err(CommandError::Text {
                field: Field::LogText,
                error: crate::domain::text::TextError::Empty,
            });
        }
        if day > today {
            return Err(CommandError::FutureDay);
        }
        let mut task = self.live_task(id)?.body().clone();
        let at = task.log.partition_point(|e| e.day <= day);
        task.log.insert(at, LogEntry { day, kind, text });
        self.replace_task(id, task, now)
    }

    /// Removes the log line at `index` (as listed, oldest first).
    pub fn remove_log(
        &mut self,
        id: &Id,
        index: usize,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let mut task = self.live_task(id)?.body().clone();
        if index < task.log.len() {
            task.log.remove(index);
        }
        self.replace_task(id, task, now)
    }

    /// Moves a task one place up (`earlier`) or down within its content group.
    pub fn move_task(
        &mut self,
        id: &Id,
        earlier: bool,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let task = self.live_task(id)?.body();
        let list = match (&task.plan, &task.meeting) {
            (Some(plan), _) => self.plan_tasks(plan),
            (None, Some(meeting)) => self.meeting_tasks(meeting),
            (None, None) => Vec::new(),
        };
        let order: Vec<(Id, u32)> = list
            .into_iter()
            .filter(|t| t.body().group == task.group)
            .map(|t| (t.id().clone(), t.body().position))
            .collect();
        let stamp = self.stamp(now);
        for (id, position) in super::order::move_one(&order, id, earlier) {
            if let Some(t) = self.tables.tasks.live_mut(&id) {
                t.edit(&stamp, |t| t.position = position);
            }
        }
        Ok(())
    }

    /// Moves a task to the end of another content group of its plan (or out of any group).
    pub fn move_task_to_group(
        &mut self,
        id: &Id,
        group: Option<&Id>,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let mut task = self.live_task(id)?.body().clone();
        if task.group.as_ref() == group {
            return Ok(());
        }
        self.check_group(task.plan.as_ref(), group)?;
        task.group = group.cloned();
        task.position = self.next_task_position(task.plan.as_ref(), task.meeting.as_ref());
        self.replace_task(id, task, now)
    }

    pub(super) fn live_task(&self, id: &Id) -> Result<&Record<Task>, CommandError> {
        self.tables
            .tasks
            .get(id)
            .ok_or_else(CommandError::not_found(Kind::Task, id))
    }

    /// Writes a changed task body back; the version is bumped only if something changed.
    pub(super) fn replace_task(
        &mut self,
        id: &Id,
        task: Task,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let stamp = self.stamp(now);
        let record = self
            .tables
            .tasks
            .live_mut(id)
            .ok_or_else(CommandError::not_found(Kind::Task, id))?;
        record.edit(&stamp, |t| *t = task);
        Ok(())
    }

    /// After every task of the plan and of the meeting, so a task filed from a meeting keeps
    /// its order among both lists.
    pub(super) fn next_task_position(&self, plan: Option<&Id>, meeting: Option<&Id>) -> u32 {
        let positions = self.tables.tasks.all().filter(|t| {
            let t = t.body();
            (plan.is_some() && t.plan.as_ref() == plan)
                || (meeting.is_some() && t.meeting.as_ref() == meeting)
        });
        positions.map(|t| t.body().position + 1).max().unwrap_or(1)
    }

    fn check_group(&self, plan: Option<&Id>, group: Option<&Id>) -> Result<(), CommandError> {
        let Some(group) = group else { return Ok(()) };
        let found = self
            .tables
            .groups
            .get(group)
            .ok_or_else(CommandError::not_found(Kind::Group, group))?;
        if Some(&found.body().plan) != plan {
            return Err(CommandError::GroupOfAnotherPlan);
        }
        Ok(())
    }

    /// Checks the form's fields and writes them into `task`.
    fn apply_fields(&self, task: &mut Task, fields: &TaskFields) -> Result<(), CommandError> {
        task.title = one_line(&fields.title).map_err(CommandError::text(Field::TaskTitle))?;
        task.details = long_text(&fields.details).map_err(CommandError::text(Field::Details))?;
        fields.deadline.validate().map_err(CommandError::Deadline)?;
        self.apply_agencies(task, fields)?;
        task.deadline = fields.deadline.clone();
        task.on_request = fields.on_request;
        Ok(())
    }

    /// Checks the lead (if one is given yet) and coordinating agencies of the form and writes
    /// them into `task`.
    pub(super) fn apply_agencies(
        &self,
        task: &mut Task,
        fields: &TaskFields,
    ) -> Result<(), CommandError> {
        let lead = fields.lead.as_ref();
        for agency in fields.coordinating.iter().chain(lead) {
            self.tables
                .agencies
                .get(agency)
                .ok_or_else(CommandError::not_found(Kind::Agency, agency))?;
        }
        task.lead = lead.cloned();
        // The lead is never also a coordinator, and nobody coordinates twice.
        task.coordinating.clear();
        for agency in &fields.coordinating {
            if Some(agency) != lead && !task.coordinating.contains(agency) {
                task.coordinating.push(agency.clone());
            }
        }
        Ok(())
    }
}

impl Workspace {
    /// Where a deadline of a task in `plan` or assigned at `meeting` is typed: a day without its
    /// year is near the meeting's day (or the date of the document it was entered from), else
    /// the plan's date (or its first year's 1 January), else today; a recurring duty with no
    /// first day runs through the plan's years.
    pub fn date_context(
        &self,
        plan: Option<&Id>,
        meeting: Option<&Id>,
        today: NaiveDate,
    ) -> DateContext {
        let plan = plan
            .and_then(|p| self.tables.plans.get_any(p))
            .map(|p| p.body());
        let meeting = meeting
            .and_then(|m| self.tables.meetings.get_any(m))
            .map(|m| m.body());
        let of_meeting =
            meeting.and_then(|m| m.day.or_else(|| m.source.as_ref().and_then(|s| s.date)));
        let of_plan = plan.and_then(|p| {
            let first_year = p.period.and_then(|y| NaiveDate::from_ymd_opt(y.from, 1, 1));
            p.reference.as_ref().and_then(|r| r.date).or(first_year)
        });
        DateContext {
            near: of_meeting.or(of_plan).unwrap_or(today),
            years: plan.and_then(|p| p.period),
        }
    }

    /// The plan's date when a task falls due before it: likely a typing mistake, so the user
    /// is warned, but not stopped (a plan may take over older duties).
    pub fn due_before_plan(&self, task: &Task) -> Option<NaiveDate> {
        let plan = self.tables.plans.get(task.plan.as_ref()?)?.body();
        let issued = plan.reference.as_ref()?.date?;
        let due = task.deadline.due_day().or(match task.deadline {
            Deadline::Recurring { first, .. } => first,
            _ => None,
        })?;
        (due < issued).then_some(issued)
    }
}
