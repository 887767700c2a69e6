//! Commands and queries on plans.

use super::{CommandError, Field, Kind, Workspace};
use crate::domain::text::one_line;
use crate::domain::{Id, Plan, Record, Task, Timestamp};
use crate::search::fold;

/// How far a plan has come: "đã hoàn thành 07/11 nhiệm vụ".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Workspace {
    /// Live plans in alphabetical order of their titles (marks ignored).
    pub fn plans_by_title(&self) -> Vec<&Record<Plan>> {
        let mut list: Vec<_> = self
            .plans
            .live()
            .map(|p| (fold(&p.body().title), p))
            .collect();
        list.sort_by(|a, b| a.0.cmp(&b.0));
        list.into_iter().map(|(_, p)| p).collect()
    }

    /// The live tasks of a plan, by their number.
    pub fn plan_tasks(&self, plan: &Id) -> Vec<&Record<Task>> {
        let mut list: Vec<_> = self
            .tasks
            .live()
            .filter(|t| &t.body().plan == plan)
            .collect();
        list.sort_by_key(|t| t.body().number);
        list
    }

    pub fn plan_progress(&self, plan: &Id) -> Progress {
        let tasks = self.tasks.live().filter(|t| &t.body().plan == plan);
        tasks.fold(Progress::default(), |p, t| Progress {
            done: p.done + usize::from(t.body().status.is_done()),
            total: p.total + 1,
        })
    }

    pub fn add_plan(&mut self, id: Id, title: &str, now: Timestamp) -> Result<Id, CommandError> {
        let title = one_line(title).map_err(CommandError::text(Field::PlanTitle))?;
        let record = Record::create(id.clone(), Plan { title }, &self.stamp(now));
        if !self.plans.insert(record) {
            return Err(CommandError::IdTaken { id });
        }
        Ok(id)
    }

    pub fn rename_plan(
        &mut self,
        id: &Id,
        title: &str,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let title = one_line(title).map_err(CommandError::text(Field::PlanTitle))?;
        let stamp = self.stamp(now);
        let plan = self
            .plans
            .live_mut(id)
            .ok_or_else(CommandError::not_found(Kind::Plan, id))?;
        plan.edit(&stamp, |p| p.title = title);
        Ok(())
    }
}
