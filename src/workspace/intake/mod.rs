//! Creating what an official reviewed after a document was read (`crate::intake`): the
//! [`Review`] the page edits (seeded by [`Review::from_drafts`]), and the one command that turns
//! its ticked cards into records, all or none. The page takes a snapshot just before, so one
//! "Hoàn tác" takes the whole creation back, as it does an import.

mod seed;

pub(crate) use seed::choice as agency_choice;
pub use seed::document_reference;

use super::plans::lines_of;
use super::{CommandError, Kind, MeetingFields, PlanFields, TaskFields, Workspace};
use crate::domain::agency::agency_key;
use crate::domain::legal_ref::LegalRef;
use crate::domain::{Deadline, Id, Timestamp};
use crate::intake::{DocKind, Drafts};
use crate::search::fold;
use serde::{Deserialize, Serialize};

/// Where the reviewed records go.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    #[default]
    NewMeeting,
    NewPlan,
    /// Added to this meeting: its items, conclusions and assignments.
    Meeting(Id),
    /// Added to this plan: its groups and tasks.
    Plan(Id),
}

impl Target {
    /// What a document suggests when the page was opened for something new: a plan for a Kế
    /// hoạch (or a text with a plan's groups and no meeting), else a meeting.
    pub fn suggested(drafts: &Drafts) -> Target {
        let plan = drafts.document.kind == DocKind::Plan
            || (drafts.plan.is_some() && drafts.meeting.is_none());
        if plan {
            Target::NewPlan
        } else {
            Target::NewMeeting
        }
    }

    /// Whether the tasks become a meeting's assignments (else a plan's tasks).
    pub fn is_meeting(&self) -> bool {
        matches!(self, Target::NewMeeting | Target::Meeting(_))
    }
}

/// An agency of a card: one of the directory, or a name to add to it when the review is created.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgencyChoice {
    Known(Id),
    New(String),
}

/// A stretch of the cleaned text, in characters: where a card came from.
pub type Chars = (usize, usize);

/// One task card.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TaskReview {
    pub ticked: bool,
    /// The reader was unsure: shown marked "cần xem lại".
    pub unsure: bool,
    pub title: String,
    pub lead: Option<AgencyChoice>,
    pub coordinating: Vec<AgencyChoice>,
    pub deadline: Deadline,
    pub on_request: bool,
    /// The task's details: what a pasted table's other cells said (`crate::paste`).
    pub details: String,
    /// An index into [`Review::groups`].
    pub group: Option<usize>,
    pub span: Chars,
}

/// A reported item or a conclusion of the meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NoteReview {
    pub ticked: bool,
    pub text: String,
    pub agency: Option<AgencyChoice>,
    pub span: Chars,
}

/// A document the text cites: a reference of the meeting, or a basis (căn cứ) of the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefReview {
    pub ticked: bool,
    pub reference: LegalRef,
    #[serde(default)]
    pub span: Chars,
}

/// A content group of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GroupReview {
    pub title: String,
    pub span: Chars,
}

/// Everything the review page shows and the official edits.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Review {
    pub target: Target,
    /// The new meeting (its references are the ticked ones of `references`).
    pub meeting: MeetingFields,
    /// The new plan (its bases are the ticked ones of `references`).
    pub plan: PlanFields,
    pub groups: Vec<GroupReview>,
    pub tasks: Vec<TaskReview>,
    pub references: Vec<RefReview>,
    pub items: Vec<NoteReview>,
    pub conclusions: Vec<NoteReview>,
}

/// What [`Workspace::create_from_review`] made.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Created {
    /// The meeting made or added to.
    pub meeting: Option<Id>,
    /// The plan made or added to.
    pub plan: Option<Id>,
    pub agencies: Vec<Id>,
    pub tasks: Vec<Id>,
    /// Every record added, of every kind (the import history's count of new records).
    pub records: usize,
}

impl Review {
    /// The names to add to the directory, once each (by [`agency_key`]), as the ticked cards
    /// name them, those the directory already has left out.
    pub fn new_agencies(&self, ws: &Workspace) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        for choice in self.chosen_agencies() {
            let AgencyChoice::New(name) = choice else {
                continue;
            };
            let key = agency_key(name);
            if name.trim().is_empty() || keys.contains(&key) || known(ws, &key).is_some() {
                continue;
            }
            keys.push(key);
            names.push(name.trim().to_owned());
        }
        names
    }

    fn chosen_agencies(&self) -> impl Iterator<Item = &AgencyChoice> {
        let tasks = self.tasks.iter().filter(|t| t.ticked);
        let tasks = tasks.flat_map(|t| t.lead.iter().chain(&t.coordinating));
        let items = self
            .items
            .iter()
            .filter(|i| i.ticked && self.target.is_meeting());
        tasks.chain(items.flat_map(|i| i.agency.iter()))
    }

    fn ticked_references(&self) -> Vec<LegalRef> {
        let ticked = self.references.iter().filter(|r| r.ticked);
        ticked.map(|r| r.reference.clone()).collect()
    }
}

/// The directory's live agency of this key.
pub(super) fn known(ws: &Workspace, key: &str) -> Option<Id> {
    let mut live = ws.agencies().live();
    live.find(|a| agency_key(&a.body().name) == key)
        .map(|a| a.id().clone())
}

impl Workspace {
    /// Creates every ticked card of `review`, the new agencies first: all of them, or, on any
    /// refusal, none (the work is done on a copy that replaces this workspace only at the end).
    /// A task's refusal says which card it was ([`CommandError::InTask`]).
    pub fn create_from_review(
        &mut self,
        review: &Review,
        ids: &mut dyn FnMut() -> Id,
        now: Timestamp,
    ) -> Result<Created, CommandError> {
        let mut ws = self.clone();
        let created = ws.create_on_copy(review, ids, now)?;
        *self = ws;
        Ok(created)
    }

    fn create_on_copy(
        &mut self,
        review: &Review,
        ids: &mut dyn FnMut() -> Id,
        now: Timestamp,
    ) -> Result<Created, CommandError> {
        let mut created = Created::default();
        let references = review.ticked_references();
        match &review.target {
            Target::NewMeeting => {
                let id = self.add_meeting(ids(), &review.meeting.title, None, now)?;
                let fields = MeetingFields {
                    references: lines_of(&references),
                    ..review.meeting.clone()
                };
                self.update_meeting(&id, &fields, now)?;
                created.meeting = Some(id);
                created.records += 1;
            }
            Target::Meeting(id) => {
                let mut fields = MeetingFields::of(self.live_meeting(id)?.body());
                if add_missing(&mut fields.references, &references) {
                    self.update_meeting(id, &fields, now)?;
                }
                created.meeting = Some(id.clone());
            }
            Target::NewPlan => {
                let id = self.add_plan(ids(), &review.plan.title, now)?;
                let fields = PlanFields {
                    bases: lines_of(&references),
                    ..review.plan.clone()
                };
                self.update_plan(&id, &fields, now)?;
                created.plan = Some(id);
                created.records += 1;
            }
            Target::Plan(id) => {
                let plan =
                    (self.plans().get(id)).ok_or_else(CommandError::not_found(Kind::Plan, id))?;
                let mut fields = PlanFields::of(plan.body());
                if add_missing(&mut fields.bases, &references) {
                    self.update_plan(id, &fields, now)?;
                }
                created.plan = Some(id.clone());
            }
        }
        for name in review.new_agencies(self) {
            created.agencies.push(self.add_agency(ids(), &name, now)?);
        }
        if let Some(meeting) = created.meeting.clone() {
            created.records += self.add_notes(review, &meeting, ids, now)?;
        }
        let (groups, added) = match &created.plan {
            Some(plan) => self.groups_for(review, plan, ids, now)?,
            None => (Vec::new(), 0),
        };
        created.records += added + created.agencies.len();
        for (n, task) in review.tasks.iter().enumerate().filter(|(_, t)| t.ticked) {
            let in_task = |error| CommandError::InTask {
                number: n + 1,
                error: Box::new(error),
            };
            let fields = TaskFields {
                title: task.title.clone(),
                details: task.details.trim().to_owned(),
                lead: task
                    .lead
                    .as_ref()
                    .map(|a| self.agency_of(a))
                    .transpose()
                    .map_err(in_task)?,
                coordinating: (task.coordinating.iter())
                    .map(|a| self.agency_of(a))
                    .collect::<Result<_, _>>()
                    .map_err(in_task)?,
                deadline: task.deadline.clone(),
                on_request: task.on_request,
            };
            let id = match (&created.meeting, &created.plan) {
                (Some(meeting), _) => {
                    let lead = fields
                        .lead
                        .clone()
                        .ok_or_else(|| in_task(CommandError::NoLead))?;
                    let id = self
                        .add_assignment(ids(), meeting, &lead, now)
                        .map_err(in_task)?;
                    self.update_task(&id, &fields, now).map_err(in_task)?;
                    id
                }
                (None, Some(plan)) => {
                    let group = task.group.and_then(|g| groups.get(g).cloned().flatten());
                    self.add_task_with(ids(), plan, group.as_ref(), &fields, now)
                        .map_err(in_task)?
                }
                (None, None) => unreachable_target()?,
            };
            created.tasks.push(id);
            created.records += 1;
        }
        Ok(created)
    }

    /// The id of a card's agency: a known one that is still there, or the one of that name
    /// (added just before, or already in the directory).
    fn agency_of(&self, choice: &AgencyChoice) -> Result<Id, CommandError> {
        match choice {
            AgencyChoice::Known(id) => (self.agencies().get(id))
                .map(|a| a.id().clone())
                .ok_or_else(CommandError::not_found(Kind::Agency, id)),
            AgencyChoice::New(name) => known(self, &agency_key(name)).ok_or(CommandError::Text {
                field: super::Field::AgencyName,
                error: crate::domain::text::TextError::Empty,
            }),
        }
    }

    fn add_notes(
        &mut self,
        review: &Review,
        meeting: &Id,
        ids: &mut dyn FnMut() -> Id,
        now: Timestamp,
    ) -> Result<usize, CommandError> {
        let mut added = 0;
        for item in review.items.iter().filter(|i| i.ticked) {
            let agency = item
                .agency
                .as_ref()
                .map(|a| self.agency_of(a))
                .transpose()?;
            let id = self.add_item(ids(), meeting, now)?;
            self.set_item(&id, agency.as_ref(), item.text.trim(), now)?;
            added += 1;
        }
        for conclusion in review.conclusions.iter().filter(|c| c.ticked) {
            let id = self.add_conclusion(ids(), meeting, None, now)?;
            self.set_conclusion(&id, None, conclusion.text.trim(), now)?;
            added += 1;
        }
        Ok(added)
    }

    /// The group id of each of the review's groups that a ticked task is listed under: one of
    /// the plan's of that title, else a new one. `None` for a group no ticked task uses. And
    /// how many were added.
    fn groups_for(
        &mut self,
        review: &Review,
        plan: &Id,
        ids: &mut dyn FnMut() -> Id,
        now: Timestamp,
    ) -> Result<(Vec<Option<Id>>, usize), CommandError> {
        let mut made = Vec::with_capacity(review.groups.len());
        let mut added = 0;
        for (n, group) in review.groups.iter().enumerate() {
            let used = review.tasks.iter().any(|t| t.ticked && t.group == Some(n));
            if !used {
                made.push(None);
                continue;
            }
            let key = fold(group.title.trim());
            let same = self
                .plan_groups(plan)
                .into_iter()
                .find(|g| fold(&g.body().title) == key);
            let id = match same {
                Some(g) => g.id().clone(),
                None => {
                    added += 1;
                    self.add_group(ids(), plan, &group.title, now)?
                }
            };
            made.push(Some(id));
        }
        Ok((made, added))
    }
}

/// A meeting or a plan is always made or found above; kept as an error, never a panic.
fn unreachable_target() -> Result<Id, CommandError> {
    Err(CommandError::NoList)
}

/// Adds to `lines` (references a line) each of `references` it does not have; true if any.
fn add_missing(lines: &mut String, references: &[LegalRef]) -> bool {
    let have: Vec<String> = lines.lines().map(|l| fold(l.trim())).collect();
    let mut added = false;
    for r in references {
        let text = r.to_string();
        if !have.contains(&fold(&text)) {
            if !lines.trim().is_empty() {
                lines.push('\n');
            }
            lines.push_str(&text);
            added = true;
        }
    }
    added
}

#[cfg(test)]
mod tests;
