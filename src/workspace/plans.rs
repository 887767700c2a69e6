//! Commands and queries on plans and their content groups.

use super::references::Refused;
use super::{CommandError, Field, Kind, Workspace};
use crate::domain::legal_ref::LegalRef;
use crate::domain::text::{one_line, optional_line, TextError, MAX_TEXT_CHARS};
use crate::domain::{Group, Id, Plan, PlanKind, Record, Task, Timestamp, Years};
use crate::search::fold;
use crate::sort::{sort_by, sort_by_key};

/// How far a plan has come: "Đã hoàn thành 7/11 nhiệm vụ".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// What the plan form holds, as typed. Serde: a document's review keeps one as a draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct PlanFields {
    pub title: String,
    pub kind: PlanKind,
    /// "Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh", or empty.
    pub reference: String,
    pub summary: String,
    pub issuer: String,
    /// "2026", or "2021" and "2025"; both empty for none.
    pub from_year: String,
    pub to_year: String,
    /// Căn cứ: one document reference a line.
    pub bases: String,
    pub agencies: Vec<Id>,
}

impl PlanFields {
    /// The form filled with a plan as it is.
    pub fn of(plan: &Plan) -> PlanFields {
        let year = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
        PlanFields {
            title: plan.title.clone(),
            kind: plan.kind,
            reference: plan
                .reference
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            summary: plan.summary.clone(),
            issuer: plan.issuer.clone(),
            from_year: year(plan.period.map(|p| p.from)),
            to_year: year(plan.period.filter(|p| p.to != p.from).map(|p| p.to)),
            bases: lines_of(&plan.bases),
            agencies: plan.agencies.clone(),
        }
    }

    /// The plan these fields describe, or why they do not. A reference that cannot be read
    /// keeps the one `was` had and is listed as refused: it never stops the rest being saved.
    fn to_plan(&self, was: &Plan) -> Result<(Plan, Vec<Refused>), CommandError> {
        let mut refused = Vec::new();
        let reference = match self.reference.trim() {
            "" => None,
            typed => match LegalRef::parse(typed) {
                Ok(r) => Some(r),
                Err(error) => {
                    let line = 1;
                    refused.push(Refused {
                        field: "reference",
                        line,
                        error,
                    });
                    was.reference.clone()
                }
            },
        };
        let (bases, bases_refused) = super::references::kept(&self.bases, "bases");
        refused.extend(bases_refused);
        let plan = Plan {
            title: one_line(&self.title).map_err(CommandError::text(Field::PlanTitle))?,
            kind: self.kind,
            reference,
            summary: long_text(&self.summary).map_err(CommandError::text(Field::Summary))?,
            issuer: optional_line(&self.issuer).map_err(CommandError::text(Field::Issuer))?,
            period: years(&self.from_year, &self.to_year)?,
            bases,
            agencies: self.agencies.clone(),
        };
        Ok((plan, refused))
    }
}

/// References a line, in the standard form: what a references box shows.
pub(super) fn lines_of(references: &[LegalRef]) -> String {
    let lines: Vec<String> = references.iter().map(ToString::to_string).collect();
    lines.join("\n")
}

/// A text of several lines: each line cleaned, empty lines at the ends dropped.
pub(super) fn long_text(typed: &str) -> Result<String, TextError> {
    let lines: Result<Vec<String>, _> = typed.lines().map(optional_line).collect();
    let text = lines?.join("\n");
    let text = text.trim_matches('\n').to_owned();
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        let max = MAX_TEXT_CHARS;
        return Err(TextError::TooLong { chars, max });
    }
    Ok(text)
}

fn years(from: &str, to: &str) -> Result<Option<Years>, CommandError> {
    let year = |typed: &str| -> Result<Option<i32>, CommandError> {
        match typed.trim() {
            "" => Ok(None),
            t => t
                .parse::<i32>()
                .ok()
                .filter(|y| crate::domain::dates::YEARS.contains(y))
                .map(Some)
                .ok_or(CommandError::Period),
        }
    };
    match (year(from)?, year(to)?) {
        (None, None) => Ok(None),
        (Some(y), None) | (None, Some(y)) => Ok(Some(Years { from: y, to: y })),
        (Some(from), Some(to)) if from <= to => Ok(Some(Years { from, to })),
        _ => Err(CommandError::Period),
    }
}

impl Workspace {
    /// Live plans in alphabetical order of their titles (marks ignored).
    pub fn plans_by_title(&self) -> Vec<&Record<Plan>> {
        let mut list: Vec<_> = self
            .tables
            .plans
            .live()
            .map(|p| (fold(&p.body().title), p))
            .collect();
        sort_by(&mut list, |a, b| a.0.cmp(&b.0));
        list.into_iter().map(|(_, p)| p).collect()
    }

    /// The live content groups of a plan, in order.
    pub fn plan_groups(&self, plan: &Id) -> Vec<&Record<Group>> {
        let mut list: Vec<_> = self
            .tables
            .groups
            .live()
            .filter(|g| &g.body().plan == plan)
            .collect();
        sort_by_key(&mut list, |g| (g.body().position, g.id()));
        list
    }

    /// The live tasks of a plan in the order the document lists them: tasks outside any group
    /// first, then group by group; each with the number shown for it (1, 2, …).
    pub fn plan_tasks(&self, plan: &Id) -> Vec<&Record<Task>> {
        let mut list: Vec<_> = self
            .current_tasks()
            .filter(|t| t.body().plan.as_ref() == Some(plan))
            .collect();
        self.sort_as_in_plan(&mut list);
        list
    }

    /// Puts one plan's tasks in the order its document lists them (see [`Workspace::plan_tasks`]).
    pub(super) fn sort_as_in_plan(&self, tasks: &mut [&Record<Task>]) {
        let group_rank = |g: &Option<Id>| match g {
            None => 0,
            Some(id) => self
                .tables
                .groups
                .get(id)
                .map_or(u64::MAX, |g| 1 + u64::from(g.body().position)),
        };
        sort_by_key(tasks, |t| {
            (group_rank(&t.body().group), t.body().position, t.id())
        });
    }

    pub fn plan_progress(&self, plan: &Id) -> Progress {
        let tasks = self.plan_tasks(plan).into_iter();
        tasks.fold(Progress::default(), |p, t| Progress {
            done: p.done + usize::from(t.body().status.is_done()),
            total: p.total + 1,
        })
    }

    pub fn add_plan(&mut self, id: Id, title: &str, now: Timestamp) -> Result<Id, CommandError> {
        let title = one_line(title).map_err(CommandError::text(Field::PlanTitle))?;
        let plan = Plan {
            title,
            ..Plan::default()
        };
        self.tables
            .plans
            .insert_new(Record::create(id, plan, &self.stamp(now)))
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
            .tables
            .plans
            .live_mut(id)
            .ok_or_else(CommandError::not_found(Kind::Plan, id))?;
        plan.edit(&stamp, |p| p.title = title);
        Ok(())
    }

    /// Sets every field of a plan from its form.
    pub fn update_plan(
        &mut self,
        id: &Id,
        fields: &PlanFields,
        now: Timestamp,
    ) -> Result<Vec<Refused>, CommandError> {
        let was = (self.tables.plans.get(id))
            .ok_or_else(CommandError::not_found(Kind::Plan, id))?
            .body();
        let (new, refused) = fields.to_plan(was)?;
        self.known_agencies(&new.agencies)?;
        let stamp = self.stamp(now);
        let plan = self
            .tables
            .plans
            .live_mut(id)
            .ok_or_else(CommandError::not_found(Kind::Plan, id))?;
        plan.edit(&stamp, |p| *p = new);
        Ok(refused)
    }

    /// Adds a content group at the end of a plan.
    pub fn add_group(
        &mut self,
        id: Id,
        plan: &Id,
        title: &str,
        now: Timestamp,
    ) -> Result<Id, CommandError> {
        let title = one_line(title).map_err(CommandError::text(Field::GroupTitle))?;
        self.tables
            .plans
            .get(plan)
            .ok_or_else(CommandError::not_found(Kind::Plan, plan))?;
        let last = self.tables.groups.all().filter(|g| &g.body().plan == plan);
        let position = last.map(|g| g.body().position + 1).max().unwrap_or(1);
        let group = Group {
            plan: plan.clone(),
            position,
            title,
        };
        self.tables
            .groups
            .insert_new(Record::create(id, group, &self.stamp(now)))
    }

    pub fn rename_group(
        &mut self,
        id: &Id,
        title: &str,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let title = one_line(title).map_err(CommandError::text(Field::GroupTitle))?;
        let stamp = self.stamp(now);
        let group = self
            .tables
            .groups
            .live_mut(id)
            .ok_or_else(CommandError::not_found(Kind::Group, id))?;
        group.edit(&stamp, |g| g.title = title);
        Ok(())
    }

    /// Moves a content group one place up (`earlier`) or down among its plan's groups.
    pub fn move_group(
        &mut self,
        id: &Id,
        earlier: bool,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let plan = self
            .tables
            .groups
            .get(id)
            .ok_or_else(CommandError::not_found(Kind::Group, id))?
            .body()
            .plan
            .clone();
        let order: Vec<(Id, u32)> = self
            .plan_groups(&plan)
            .iter()
            .map(|g| (g.id().clone(), g.body().position))
            .collect();
        let stamp = self.stamp(now);
        for (id, position) in super::order::move_one(&order, id, earlier) {
            if let Some(g) = self.tables.groups.live_mut(&id) {
                g.edit(&stamp, |g| g.position = position);
            }
        }
        Ok(())
    }
}
