//! Finding tasks: by agency, standing, deadline range, plan or meeting, and by words typed
//! without accents ("phan cap" finds "phân cấp", "qd 2866" finds "QĐ 2866").

use super::Workspace;
use crate::domain::{Id, Record, Standing, Task};
use crate::search::{fold, fold_into};
use chrono::NaiveDate;
use std::collections::HashMap;

/// What the task filter holds. Empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaskQuery {
    /// Words to find, in any order, in the task, its agencies, its group or its plan.
    pub text: String,
    pub agency: Option<Id>,
    pub role: AgencyRole,
    /// Only the tasks no agency leads yet ("chưa giao cơ quan chủ trì").
    pub unled: bool,
    pub standing: Option<StandingFilter>,
    pub plan: Option<Id>,
    /// Only the tasks assigned at this meeting.
    pub meeting: Option<Id>,
    /// Due on or after this day.
    pub due_from: Option<NaiveDate>,
    /// Due on or before this day.
    pub due_to: Option<NaiveDate>,
}

/// How the chosen agency takes part in a task.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AgencyRole {
    /// Leads it or coordinates on it.
    #[default]
    Either,
    Lead,
    Coordinating,
}

impl AgencyRole {
    pub const ALL: [AgencyRole; 3] = [
        AgencyRole::Either,
        AgencyRole::Lead,
        AgencyRole::Coordinating,
    ];

    /// The role as the find page's `<option value>` names it.
    pub fn code(self) -> &'static str {
        match self {
            AgencyRole::Either => "either",
            AgencyRole::Lead => "lead",
            AgencyRole::Coordinating => "coordinating",
        }
    }

    /// The role a `<select>`'s value names.
    pub fn from_code(code: &str) -> Option<AgencyRole> {
        AgencyRole::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// The standings a filter can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StandingFilter {
    /// Not done and not paused.
    Open,
    NotStarted,
    InProgress,
    DueSoon,
    Overdue,
    Done,
    DoneOnTime,
    DoneLate,
    Paused,
}

impl StandingFilter {
    /// The standing as the find page's `<option value>` names it.
    pub fn code(self) -> &'static str {
        match self {
            StandingFilter::Open => "Open",
            StandingFilter::NotStarted => "NotStarted",
            StandingFilter::InProgress => "InProgress",
            StandingFilter::DueSoon => "DueSoon",
            StandingFilter::Overdue => "Overdue",
            StandingFilter::Done => "Done",
            StandingFilter::DoneOnTime => "DoneOnTime",
            StandingFilter::DoneLate => "DoneLate",
            StandingFilter::Paused => "Paused",
        }
    }

    /// The standing a `<select>`'s value names.
    pub fn from_code(code: &str) -> Option<StandingFilter> {
        StandingFilter::ALL.into_iter().find(|s| s.code() == code)
    }

    pub const ALL: [StandingFilter; 9] = [
        StandingFilter::Open,
        StandingFilter::Overdue,
        StandingFilter::DueSoon,
        StandingFilter::NotStarted,
        StandingFilter::InProgress,
        StandingFilter::Done,
        StandingFilter::DoneOnTime,
        StandingFilter::DoneLate,
        StandingFilter::Paused,
    ];

    fn accepts(self, task: &Task, standing: Standing) -> bool {
        use crate::domain::TaskStatus as S;
        match self {
            StandingFilter::Open => task.status.is_open(),
            StandingFilter::NotStarted => task.status == S::NotStarted,
            StandingFilter::InProgress => task.status == S::InProgress,
            StandingFilter::DueSoon => matches!(standing, Standing::DueSoon { .. }),
            StandingFilter::Overdue => matches!(standing, Standing::Overdue { .. }),
            StandingFilter::Done => task.status.is_done(),
            StandingFilter::DoneOnTime => standing == Standing::DoneOnTime,
            StandingFilter::DoneLate => matches!(standing, Standing::DoneLate { .. }),
            StandingFilter::Paused => task.status == S::Paused,
        }
    }
}

/// What the search box looks through, prepared once per change of the workspace rather than
/// once per key: every current task in the unfiltered listing order, and its searchable text
/// already folded. Typing then only compares strings (docs/benchmarks.md#the-search-box-looks-through-a-prepared-index).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaskIndex {
    /// Each current task's id and folded text, in the unfiltered listing order.
    entries: Vec<(Id, String)>,
    /// Where each task is in `entries`.
    position: HashMap<Id, usize>,
}

impl TaskIndex {
    fn text_of(&self, id: &Id) -> Option<&str> {
        Some(&self.entries[*self.position.get(id)?].1)
    }
}

impl Workspace {
    /// The prepared search over the current tasks (see [`TaskIndex`]).
    pub fn task_index(&self) -> TaskIndex {
        let entries: Vec<(Id, String)> = self
            .listing_order()
            .map(|t| (t.id().clone(), self.searchable_text(t.body())))
            .collect();
        let position = entries
            .iter()
            .enumerate()
            .map(|(n, (id, _))| (id.clone(), n))
            .collect();
        TaskIndex { entries, position }
    }

    /// The ids of [`Workspace::find_tasks_in`]. A query of words alone (the search box as it is
    /// typed) is answered from the index without looking at a record.
    pub fn find_task_ids_in(
        &self,
        index: &TaskIndex,
        query: &TaskQuery,
        today: NaiveDate,
    ) -> Vec<Id> {
        let text_only = TaskQuery {
            text: query.text.clone(),
            ..TaskQuery::default()
        };
        if *query != text_only {
            let found = self.find(query, today, Some(index)).into_iter();
            return found.map(|t| t.id().clone()).collect();
        }
        let words = fold(&query.text);
        let words: Vec<&str> = words.split(' ').filter(|w| !w.is_empty()).collect();
        let found = index
            .entries
            .iter()
            .filter(|(_, text)| words.iter().all(|w| text.contains(w)));
        found.map(|(id, _)| id.clone()).collect()
    }

    /// Current tasks that pass every part of the query: plan by plan in the order of their
    /// documents, then the assignments kept only in their meetings' lists, latest meeting first.
    pub fn find_tasks(&self, query: &TaskQuery, today: NaiveDate) -> Vec<&Record<Task>> {
        self.find(query, today, None)
    }

    /// [`Workspace::find_tasks`] with the texts prepared in `index`, which must have been made
    /// from this workspace as it is now.
    pub fn find_tasks_in(
        &self,
        index: &TaskIndex,
        query: &TaskQuery,
        today: NaiveDate,
    ) -> Vec<&Record<Task>> {
        self.find(query, today, Some(index))
    }

    fn find(
        &self,
        query: &TaskQuery,
        today: NaiveDate,
        index: Option<&TaskIndex>,
    ) -> Vec<&Record<Task>> {
        let words = fold(&query.text);
        let words: Vec<&str> = words.split(' ').filter(|w| !w.is_empty()).collect();
        let tasks: Vec<&Record<Task>> = match (&query.plan, &query.meeting, index) {
            (Some(plan), _, _) => self.plan_tasks(plan),
            (None, Some(meeting), _) => self.meeting_tasks(meeting),
            (None, None, Some(index)) => {
                let ids = index.entries.iter().map(|(id, _)| id);
                ids.filter_map(|id| self.tables.tasks.get(id)).collect()
            }
            (None, None, None) => self.listing_order().collect(),
        };
        let has_words = |t: &Record<Task>| match index.and_then(|i| i.text_of(t.id())) {
            Some(text) => words.iter().all(|w| text.contains(w)),
            None => self.has_words(t.body(), &words),
        };
        tasks
            .into_iter()
            .filter(|t| query.meeting.is_none() || t.body().meeting == query.meeting)
            .filter(|t| self.passes(t.body(), query, today))
            .filter(|t| words.is_empty() || has_words(t))
            .collect()
    }

    /// Every current task, plan by plan in the order of their documents, then the assignments
    /// kept only in their meetings' lists, latest meeting first. Tasks are grouped in one pass
    /// (asking each plan for its tasks would walk all tasks once per plan).
    fn listing_order(&self) -> impl Iterator<Item = &Record<Task>> {
        let mut by_plan: HashMap<&Id, Vec<&Record<Task>>> = HashMap::new();
        let mut by_meeting: HashMap<&Id, Vec<&Record<Task>>> = HashMap::new();
        for task in self.current_tasks() {
            match (&task.body().plan, &task.body().meeting) {
                (Some(plan), _) => by_plan.entry(plan).or_default().push(task),
                (None, Some(meeting)) => by_meeting.entry(meeting).or_default().push(task),
                (None, None) => {}
            }
        }
        let plans = self.plans_by_title().into_iter();
        let in_plans = plans.flat_map(move |p| {
            let mut tasks = by_plan.remove(p.id()).unwrap_or_default();
            self.sort_as_in_plan(&mut tasks);
            tasks
        });
        let meetings = self.meetings_by_day().into_iter();
        let in_meetings = meetings.flat_map(move |m| {
            let mut tasks = by_meeting.remove(m.id()).unwrap_or_default();
            super::meetings::sort_as_in_meeting(&mut tasks);
            tasks
        });
        in_plans.chain(in_meetings)
    }

    fn passes(&self, task: &Task, query: &TaskQuery, today: NaiveDate) -> bool {
        let agency_ok = query.agency.as_ref().is_none_or(|a| {
            let leads = task.lead.as_ref() == Some(a);
            let helps = task.coordinating.contains(a);
            match query.role {
                AgencyRole::Either => leads || helps,
                AgencyRole::Lead => leads,
                AgencyRole::Coordinating => helps,
            }
        });
        let agency_ok = agency_ok && (!query.unled || task.lead.is_none());
        let standing = self.task_standing(task, today);
        let standing_ok = query.standing.is_none_or(|s| s.accepts(task, standing));
        let due = task.deadline.current_due(&task.status, today);
        let range_ok = match (query.due_from, query.due_to, due) {
            (None, None, _) => true,
            (_, _, None) => false,
            (from, to, Some(due)) => from.is_none_or(|f| due >= f) && to.is_none_or(|t| due <= t),
        };
        agency_ok && standing_ok && range_ok
    }

    /// Whether every word appears in what a person would search the task by.
    fn has_words(&self, task: &Task, words: &[&str]) -> bool {
        let haystack = self.searchable_text(task);
        words.iter().all(|w| haystack.contains(w))
    }

    /// The task's title and details, its agencies, its group, its meeting, its plan's title and
    /// reference and its progress reports, folded (see [`fold`]) into one text, " · " between.
    fn searchable_text(&self, task: &Task) -> String {
        let mut out = String::with_capacity(512);
        let mut add = |text: &str| {
            if !out.is_empty() {
                out.push_str(" · ");
            }
            fold_into(&mut out, text);
        };
        add(&task.title);
        add(&task.details);
        let agencies = task.lead.iter().chain(&task.coordinating);
        agencies
            .filter_map(|a| self.agency_name(a))
            .for_each(&mut add);
        if let Some(group) = task.group.as_ref().and_then(|g| self.tables.groups.get(g)) {
            add(&group.body().title);
        }
        if let Some(meeting) = task
            .meeting
            .as_ref()
            .and_then(|m| self.tables.meetings.get(m))
        {
            add(&meeting.body().title);
        }
        if let Some(plan) = task.plan.as_ref().and_then(|p| self.tables.plans.get(p)) {
            let plan = plan.body();
            add(&plan.title);
            if let Some(reference) = &plan.reference {
                add(&reference.to_string());
            }
        }
        task.log.iter().for_each(|e| add(&e.text));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_filter_choice_reads_back_from_its_code() {
        for role in AgencyRole::ALL {
            assert_eq!(AgencyRole::from_code(role.code()), Some(role));
        }
        for standing in StandingFilter::ALL {
            assert_eq!(StandingFilter::from_code(standing.code()), Some(standing));
        }
        assert_eq!(AgencyRole::from_code("owner"), None);
        assert_eq!(StandingFilter::from_code(""), None);
    }
}
