//! Commands and queries on meetings: the meeting itself, reported items, conclusions, and the
//! assignments (tasks that point back to the meeting) with their counts and carry-over.

use super::plans::{long_text, Progress};
use super::{CommandError, Field, Figures, Kind, Workspace};
use crate::domain::dates::parse_day;
use crate::domain::legal_ref::LegalRef;
use crate::domain::meeting::Person;
use crate::domain::meeting::{Conclusion, Item, Meeting, MeetingForm, MeetingKind, NoticeFields};
use crate::domain::text::{one_line, optional_line, TextError, MAX_TEXT_CHARS};
use crate::domain::{Deadline, Id, Record, Task, TaskStatus, Timestamp};
use crate::search::fold;
use chrono::{NaiveDate, NaiveTime};

/// What the meeting form holds, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MeetingFields {
    pub kind: MeetingKind,
    pub title: String,
    /// "20/3/2026", or empty.
    pub day: String,
    /// "8:00", "14h30", or empty.
    pub time: String,
    pub place: String,
    pub form: MeetingForm,
    /// Connected sites, as digits; empty for none.
    pub sites: String,
    /// One person a line, "name, title": the chair first, then co-chairs.
    pub chairs: String,
    pub agencies: Vec<Id>,
    pub attendees: String,
    /// One document reference a line, in the standard form.
    pub references: String,
    pub series: String,
    pub notice_number: String,
    pub notice_issuer: String,
    pub notice_place: String,
    pub notice_day: String,
    pub notice_summary: String,
    pub signer_title: String,
    pub signer_name: String,
    pub recipients: String,
}

impl MeetingFields {
    /// The form filled with a meeting as it is.
    pub fn of(m: &Meeting) -> MeetingFields {
        let day = |d: Option<NaiveDate>| d.map(crate::domain::dates::short).unwrap_or_default();
        let chairs = m.chairs.iter().map(|p| match p.title.as_str() {
            "" => p.name.clone(),
            title => format!("{}, {title}", p.name),
        });
        let references = m.references.iter().map(ToString::to_string);
        MeetingFields {
            kind: m.kind,
            title: m.title.clone(),
            day: day(m.day),
            time: m
                .time
                .map(|t| t.format("%H:%M").to_string())
                .unwrap_or_default(),
            place: m.place.clone(),
            form: m.form,
            sites: if m.sites == 0 {
                String::new()
            } else {
                m.sites.to_string()
            },
            chairs: chairs.collect::<Vec<_>>().join("\n"),
            agencies: m.agencies.clone(),
            attendees: m.attendees.clone(),
            references: references.collect::<Vec<_>>().join("\n"),
            series: m.series.clone(),
            notice_number: m.notice.number.clone(),
            notice_issuer: m.notice.issuer.clone(),
            notice_place: m.notice.place.clone(),
            notice_day: day(m.notice.day),
            notice_summary: m.notice.summary.clone(),
            signer_title: m.notice.signer_title.clone(),
            signer_name: m.notice.signer_name.clone(),
            recipients: m.notice.recipients.clone(),
        }
    }

    fn to_meeting(&self) -> Result<Meeting, CommandError> {
        let text = |t: &str, field| optional_line(t).map_err(CommandError::text(field));
        let lines = |t: &str, field| long_text(t).map_err(CommandError::text(field));
        let day = |t: &str| match t.trim() {
            "" => Ok(None),
            t => parse_day(t).map(Some).map_err(CommandError::Day),
        };
        let sites = match self.sites.trim() {
            "" => 0,
            t => t
                .parse::<u32>()
                .ok()
                .filter(|n| *n <= 10_000)
                .ok_or(CommandError::Sites)?,
        };
        Ok(Meeting {
            kind: self.kind,
            title: one_line(&self.title).map_err(CommandError::text(Field::MeetingTitle))?,
            day: day(&self.day)?,
            time: parse_time(&self.time)?,
            place: text(&self.place, Field::Place)?,
            form: self.form,
            sites: if self.form.has_sites() { sites } else { 0 },
            chairs: people(&self.chairs)?,
            agencies: self.agencies.clone(),
            attendees: lines(&self.attendees, Field::Attendees)?,
            references: references(&self.references)?,
            series: text(&self.series, Field::Series)?,
            notice: NoticeFields {
                number: text(&self.notice_number, Field::NoticeNumber)?,
                issuer: lines(&self.notice_issuer, Field::Issuer)?,
                place: text(&self.notice_place, Field::Place)?,
                day: day(&self.notice_day)?,
                summary: lines(&self.notice_summary, Field::Summary)?,
                signer_title: lines(&self.signer_title, Field::Signer)?,
                signer_name: text(&self.signer_name, Field::Signer)?,
                recipients: lines(&self.recipients, Field::Recipients)?,
            },
        })
    }
}

/// "8:00", "08:00", "8h", "14h30", "14g30" → a time of day.
pub fn parse_time(typed: &str) -> Result<Option<NaiveTime>, CommandError> {
    let t = typed.trim().to_lowercase();
    if t.is_empty() {
        return Ok(None);
    }
    let mut parts = t.splitn(2, [':', 'h', 'g']);
    let hour = parts.next().unwrap_or_default().trim();
    let minute = parts.next().unwrap_or_default().trim();
    let minute = if minute.is_empty() { "0" } else { minute };
    let number = |s: &str| s.parse::<u32>().ok();
    match (number(hour), number(minute)) {
        (Some(h), Some(m)) => NaiveTime::from_hms_opt(h, m, 0)
            .map(Some)
            .ok_or(CommandError::Time),
        _ => Err(CommandError::Time),
    }
}

/// "Nguyễn Văn A, Phó Chủ tịch UBND tỉnh" a line → people; the title is after the first comma.
fn people(typed: &str) -> Result<Vec<Person>, CommandError> {
    let mut list = Vec::new();
    for line in typed.lines() {
        let line = optional_line(line).map_err(CommandError::text(Field::Chairs))?;
        if line.is_empty() {
            continue;
        }
        let (name, title) = line.split_once(',').unwrap_or((&line, ""));
        list.push(Person {
            name: name.trim().to_owned(),
            title: title.trim().to_owned(),
        });
    }
    Ok(list)
}

fn references(typed: &str) -> Result<Vec<LegalRef>, CommandError> {
    let lines = typed.lines().filter(|l| !l.trim().is_empty());
    lines
        .map(|l| LegalRef::parse(l).map_err(CommandError::Reference))
        .collect()
}

/// Text typed live in meeting mode: kept exactly as typed (spaces and line breaks included, so
/// a reload in mid-word finds every character), minus control characters, within the limit.
pub fn live_text(typed: &str) -> Result<String, TextError> {
    let text: String = typed
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect();
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(TextError::TooLong {
            chars,
            max: MAX_TEXT_CHARS,
        });
    }
    Ok(text)
}

impl Workspace {
    /// Live meetings, the latest first; meetings without a day come first (still being set up).
    pub fn meetings_by_day(&self) -> Vec<&Record<Meeting>> {
        let mut list: Vec<_> = self.meetings.live().collect();
        list.sort_by(|a, b| {
            let key = |m: &Record<Meeting>| (m.body().day.map(std::cmp::Reverse), m.body().time);
            key(a).cmp(&key(b)).then_with(|| a.id().cmp(b.id()))
        });
        list
    }

    /// The reported items of a meeting, in order.
    pub fn meeting_items(&self, meeting: &Id) -> Vec<&Record<Item>> {
        let mut list: Vec<_> = self
            .items
            .live()
            .filter(|i| &i.body().meeting == meeting)
            .collect();
        list.sort_by_key(|i| (i.body().position, i.id().clone()));
        list
    }

    /// The conclusions of a meeting, in order.
    pub fn meeting_conclusions(&self, meeting: &Id) -> Vec<&Record<Conclusion>> {
        let mut list: Vec<_> = self
            .conclusions
            .live()
            .filter(|c| &c.body().meeting == meeting)
            .collect();
        list.sort_by_key(|c| (c.body().position, c.id().clone()));
        list
    }

    /// The tasks a meeting assigned, in the order they were given.
    pub fn meeting_tasks(&self, meeting: &Id) -> Vec<&Record<Task>> {
        let mut list: Vec<_> = self
            .current_tasks()
            .filter(|t| t.body().meeting.as_ref() == Some(meeting))
            .collect();
        list.sort_by_key(|t| (t.body().position, t.id().clone()));
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
        let Some(this) = self.meetings.get(meeting).map(Record::body) else {
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
                let m = self.meetings.get(from)?.body();
                (fold(&m.series) == series && earlier(m)).then_some((m.day, t))
            })
            .collect();
        list.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then(a.1.body().position.cmp(&b.1.body().position))
        });
        list.into_iter().map(|(_, t)| t).collect()
    }

    /// The series names in use, for the series field's suggestions.
    pub fn series_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for m in self.meetings.live() {
            let name = &m.body().series;
            if !name.is_empty() && !names.iter().any(|n| fold(n) == fold(name)) {
                names.push(name.clone());
            }
        }
        names.sort_by_key(|n| fold(n));
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
            notice: NoticeFields {
                issuer: office.name.to_uppercase(),
                place: office.province.clone(),
                ..NoticeFields::default()
            },
            ..Meeting::default()
        };
        self.meetings
            .insert_new(Record::create(id, meeting, &self.stamp(now)))
    }

    /// Sets every field of a meeting from its form.
    pub fn update_meeting(
        &mut self,
        id: &Id,
        fields: &MeetingFields,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let new = fields.to_meeting()?;
        for agency in &new.agencies {
            self.agencies
                .get_any(agency)
                .ok_or_else(CommandError::not_found(Kind::Agency, agency))?;
        }
        let stamp = self.stamp(now);
        let meeting = self
            .meetings
            .live_mut(id)
            .ok_or_else(CommandError::not_found(Kind::Meeting, id))?;
        meeting.edit(&stamp, |m| *m = new);
        Ok(())
    }

    /// Adds an empty reported item at the end of a meeting: one tap in meeting mode.
    pub fn add_item(&mut self, id: Id, meeting: &Id, now: Timestamp) -> Result<Id, CommandError> {
        self.live_meeting(meeting)?;
        let last = self.items.all().filter(|i| &i.body().meeting == meeting);
        let item = Item {
            meeting: meeting.clone(),
            position: last.map(|i| i.body().position + 1).max().unwrap_or(1),
            agency: None,
            text: String::new(),
        };
        self.items
            .insert_new(Record::create(id, item, &self.stamp(now)))
    }

    /// Sets who reported an item and what, as typed so far.
    pub fn set_item(
        &mut self,
        id: &Id,
        agency: Option<&Id>,
        text: &str,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let text = live_text(text).map_err(CommandError::text(Field::ItemText))?;
        if let Some(agency) = agency {
            self.agencies
                .get(agency)
                .ok_or_else(CommandError::not_found(Kind::Agency, agency))?;
        }
        let stamp = self.stamp(now);
        let item = self
            .items
            .live_mut(id)
            .ok_or_else(CommandError::not_found(Kind::Item, id))?;
        item.edit(&stamp, |i| {
            i.agency = agency.cloned();
            i.text = text;
        });
        Ok(())
    }

    /// Adds an empty conclusion, on an item of the meeting or on the whole meeting.
    pub fn add_conclusion(
        &mut self,
        id: Id,
        meeting: &Id,
        item: Option<&Id>,
        now: Timestamp,
    ) -> Result<Id, CommandError> {
        self.live_meeting(meeting)?;
        self.check_item(meeting, item)?;
        let last = self
            .conclusions
            .all()
            .filter(|c| &c.body().meeting == meeting);
        let conclusion = Conclusion {
            meeting: meeting.clone(),
            position: last.map(|c| c.body().position + 1).max().unwrap_or(1),
            item: item.cloned(),
            text: String::new(),
        };
        self.conclusions
            .insert_new(Record::create(id, conclusion, &self.stamp(now)))
    }

    /// Sets what a conclusion answers and says, as typed so far.
    pub fn set_conclusion(
        &mut self,
        id: &Id,
        item: Option<&Id>,
        text: &str,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let text = live_text(text).map_err(CommandError::text(Field::ConclusionText))?;
        let meeting = self
            .conclusions
            .get(id)
            .ok_or_else(CommandError::not_found(Kind::Conclusion, id))?
            .body()
            .meeting
            .clone();
        self.check_item(&meeting, item)?;
        let stamp = self.stamp(now);
        if let Some(c) = self.conclusions.live_mut(id) {
            c.edit(&stamp, |c| {
                c.item = item.cloned();
                c.text = text;
            });
        }
        Ok(())
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
        self.agencies
            .get(lead)
            .ok_or_else(CommandError::not_found(Kind::Agency, lead))?;
        let task = Task {
            plan: None,
            meeting: Some(meeting.clone()),
            group: None,
            position: self.next_task_position(None, Some(meeting)),
            title: String::new(),
            details: String::new(),
            lead: lead.clone(),
            coordinating: Vec::new(),
            deadline: Deadline::None,
            status: TaskStatus::NotStarted,
            log: Vec::new(),
        };
        self.tasks
            .insert_new(Record::create(id, task, &self.stamp(now)))
    }

    fn live_meeting(&self, id: &Id) -> Result<&Record<Meeting>, CommandError> {
        self.meetings
            .get(id)
            .ok_or_else(CommandError::not_found(Kind::Meeting, id))
    }

    fn check_item(&self, meeting: &Id, item: Option<&Id>) -> Result<(), CommandError> {
        let Some(item) = item else { return Ok(()) };
        let found = self
            .items
            .get(item)
            .ok_or_else(CommandError::not_found(Kind::Item, item))?;
        if &found.body().meeting != meeting {
            return Err(CommandError::NotFound {
                kind: Kind::Item,
                id: item.clone(),
            });
        }
        Ok(())
    }
}
