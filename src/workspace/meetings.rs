//! Commands and queries on meetings: the meeting itself, its assignments (tasks that point back
//! to it) with their counts, and what earlier meetings of its series left open.

use super::plans::Progress;
use super::references::Refused;
use super::{CommandError, Field, Figures, Kind, MeetingFields, Workspace};
use crate::domain::meeting::{Meeting, MeetingForm, NoticeFields};
use crate::domain::text::one_line;
use crate::domain::{Deadline, Id, Record, Task, TaskStatus, Timestamp};
use crate::search::fold;
use crate::sort::{sort_by, sort_by_key};
use chrono::NaiveDate;

impl Workspace {
    /// Live meetings, the latest first; meetings without a day come first (still being set up).
    pub fn meetings_by_day(&self) -> Vec<&Record<Meeting>> {
        let mut list: Vec<_> = self.tables.meetings.live().collect();
        sort_by_key(&mut list, |m| {
            (m.body().day.map(std::cmp::Reverse), m.body().time, m.id())
        });
        list
    }

    /// The tasks a meeting assigned, in the order they were given.
    pub fn meeting_tasks(&self, meeting: &Id) -> Vec<&Record<Task>> {
        let mut list: Vec<_> = self
            .current_tasks()
            .filter(|t| t.body().meeting.as_ref() == Some(meeting))
            .collect();
        sort_as_in_meeting(&mut list);
        list
    }

    /// "x/y nhiệm vụ được giao đã hoàn thành".
    pub fn meeting_progress(&self, meeting: &Id) -> Progress {
        let tasks = self.meeting_tasks(meeting);
        Progress {
            done: tasks.iter().filter(|t| t.body().status.is_done()).count(),
            total: tasks.len(),
        }
    }

    pub fn meeting_figures(&self, meeting: &Id, today: NaiveDate) -> Figures {
        Figures::of(
            self.meeting_tasks(meeting).into_iter().map(Record::body),
            today,
        )
    }

    /// Assignments of earlier meetings of the same series that are not done yet, oldest meeting
    /// first: what the next meeting of the series follows up. A meeting without a day counts
    /// as the latest of its series.
    pub fn carried_over(&self, meeting: &Id) -> Vec<&Record<Task>> {
        let Some(this) = self.tables.meetings.get(meeting).map(Record::body) else {
            return Vec::new();
        };
        let series = fold(&this.series);
        if series.is_empty() {
            return Vec::new();
        }
        let earlier = |m: &Meeting| match (m.day, this.day) {
            (Some(theirs), Some(ours)) => theirs < ours,
            (Some(_), None) => true,
            (None, _) => false,
        };
        let mut list: Vec<(Option<NaiveDate>, &Record<Task>)> = self
            .current_tasks()
            .filter(|t| !t.body().status.is_done())
            .filter_map(|t| {
                let from = t.body().meeting.as_ref().filter(|m| *m != meeting)?;
                let m = self.tables.meetings.get(from)?.body();
                (fold(&m.series) == series && earlier(m)).then_some((m.day, t))
            })
            .collect();
        sort_by(&mut list, |a, b| {
            a.0.cmp(&b.0)
                .then(a.1.body().position.cmp(&b.1.body().position))
        });
        list.into_iter().map(|(_, t)| t).collect()
    }

    /// The series names in use, for the series field's suggestions.
    pub fn series_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for m in self.tables.meetings.live() {
            let name = &m.body().series;
            if !name.is_empty() && !names.iter().any(|n| fold(n) == fold(name)) {
                names.push(name.clone());
            }
        }
        sort_by_key(&mut names, |n| fold(n));
        names
    }

    /// Adds a meeting with only a title; the notice's issuing body and place start from the
    /// office profile.
    pub fn add_meeting(
        &mut self,
        id: Id,
        title: &str,
        day: Option<NaiveDate>,
        now: Timestamp,
    ) -> Result<Id, CommandError> {
        let title = one_line(title).map_err(CommandError::text(Field::MeetingTitle))?;
        let office = self.office();
        let meeting = Meeting {
            title,
            day,
            // Until the user says how it is held, nothing is asserted about it.
            form: MeetingForm::NotSaid,
            notice: NoticeFields {
                issuer: office.name.to_uppercase(),
                place: office.province.clone(),
                ..NoticeFields::default()
            },
            ..Meeting::default()
        };
        self.tables
            .meetings
            .insert_new(Record::create(id, meeting, &self.stamp(now)))
    }

    /// Sets every field of a meeting from its form.
    pub fn update_meeting(
        &mut self,
        id: &Id,
        fields: &MeetingFields,
        now: Timestamp,
    ) -> Result<Vec<Refused>, CommandError> {
        let was = (self.tables.meetings.get(id))
            .ok_or_else(CommandError::not_found(Kind::Meeting, id))?
            .body();
        let (new, refused) = fields.to_meeting(was)?;
        self.known_agencies(&new.agencies)?;
        let stamp = self.stamp(now);
        let meeting = self
            .tables
            .meetings
            .live_mut(id)
            .ok_or_else(CommandError::not_found(Kind::Meeting, id))?;
        meeting.edit(&stamp, |m| *m = new);
        Ok(refused)
    }

    /// Assigns a task at a meeting to a lead agency; what to do is typed next, so the title
    /// starts empty. The task is listed with the meeting's tasks until it is filed under a plan.
    pub fn add_assignment(
        &mut self,
        id: Id,
        meeting: &Id,
        lead: &Id,
        now: Timestamp,
    ) -> Result<Id, CommandError> {
        self.live_meeting(meeting)?;
        self.tables
            .agencies
            .get(lead)
            .ok_or_else(CommandError::not_found(Kind::Agency, lead))?;
        let task = Task {
            plan: None,
            meeting: Some(meeting.clone()),
            group: None,
            position: self.next_task_position(None, Some(meeting)),
            title: String::new(),
            details: String::new(),
            lead: Some(lead.clone()),
            coordinating: Vec::new(),
            deadline: Deadline::None,
            on_request: false,
            status: TaskStatus::NotStarted,
            log: Vec::new(),
        };
        self.tables
            .tasks
            .insert_new(Record::create(id, task, &self.stamp(now)))
    }

    pub(super) fn live_meeting(&self, id: &Id) -> Result<&Record<Meeting>, CommandError> {
        self.tables
            .meetings
            .get(id)
            .ok_or_else(CommandError::not_found(Kind::Meeting, id))
    }
}

/// Puts one meeting's assignments in the order they were given.
pub(super) fn sort_as_in_meeting(tasks: &mut [&Record<Task>]) {
    sort_by_key(tasks, |t| (t.body().position, t.id()));
}
