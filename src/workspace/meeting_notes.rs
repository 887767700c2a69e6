//! Commands and queries on what was said at a meeting: the reported items (nội dung báo cáo)
//! and the chair's conclusions (ý kiến kết luận), typed live in meeting mode.

use super::{live_text, CommandError, Field, Kind, Workspace};
use crate::domain::meeting::{Conclusion, Item};
use crate::domain::text::cut_between_words;
use crate::domain::{Id, Record, Timestamp};
use crate::sort::sort_by_key;

impl Workspace {
    /// The reported items of a meeting, in order.
    pub fn meeting_items(&self, meeting: &Id) -> Vec<&Record<Item>> {
        let mut list: Vec<_> = self
            .tables
            .items
            .live()
            .filter(|i| &i.body().meeting == meeting)
            .collect();
        sort_by_key(&mut list, |i| (i.body().position, i.id()));
        list
    }

    /// The reported items of a meeting as a list to choose from names them: number, agency and
    /// the first words of what was reported ("3. Sở Nội vụ — Đề xuất phương án tổ…"), so six
    /// items of one agency read apart. At most [`ITEM_LABEL`] characters, cut between words:
    /// a phone's drop-down shows no more (WebKit lets a longer one push the page sideways).
    pub fn item_labels(&self, meeting: &Id) -> Vec<(Id, String)> {
        let items = self.meeting_items(meeting).into_iter().enumerate();
        items
            .map(|(n, item)| {
                let body = item.body();
                let agency = body.agency.as_ref().and_then(|a| self.agency_name(a));
                let what = body.text.split_whitespace().collect::<Vec<_>>().join(" ");
                let label = match (agency, what.is_empty()) {
                    (Some(agency), false) => format!("{}. {agency} — {what}", n + 1),
                    (Some(agency), true) => format!("{}. {agency}", n + 1),
                    (None, _) => format!("{}. {what}", n + 1),
                };
                (
                    item.id().clone(),
                    cut_between_words(label.trim_end(), ITEM_LABEL),
                )
            })
            .collect()
    }

    /// The conclusions of a meeting, in order.
    pub fn meeting_conclusions(&self, meeting: &Id) -> Vec<&Record<Conclusion>> {
        let mut list: Vec<_> = self
            .tables
            .conclusions
            .live()
            .filter(|c| &c.body().meeting == meeting)
            .collect();
        sort_by_key(&mut list, |c| (c.body().position, c.id()));
        list
    }

    /// Adds an empty reported item at the end of a meeting: one tap in meeting mode.
    pub fn add_item(&mut self, id: Id, meeting: &Id, now: Timestamp) -> Result<Id, CommandError> {
        self.live_meeting(meeting)?;
        let last = self
            .tables
            .items
            .all()
            .filter(|i| &i.body().meeting == meeting);
        let item = Item {
            meeting: meeting.clone(),
            position: last.map(|i| i.body().position + 1).max().unwrap_or(1),
            agency: None,
            text: String::new(),
        };
        self.tables
            .items
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
            self.tables
                .agencies
                .get(agency)
                .ok_or_else(CommandError::not_found(Kind::Agency, agency))?;
        }
        let stamp = self.stamp(now);
        let item = self
            .tables
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
            .tables
            .conclusions
            .all()
            .filter(|c| &c.body().meeting == meeting);
        let conclusion = Conclusion {
            meeting: meeting.clone(),
            position: last.map(|c| c.body().position + 1).max().unwrap_or(1),
            item: item.cloned(),
            text: String::new(),
        };
        self.tables
            .conclusions
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
            .tables
            .conclusions
            .get(id)
            .ok_or_else(CommandError::not_found(Kind::Conclusion, id))?
            .body()
            .meeting
            .clone();
        self.check_item(&meeting, item)?;
        let stamp = self.stamp(now);
        if let Some(c) = self.tables.conclusions.live_mut(id) {
            c.edit(&stamp, |c| {
                c.item = item.cloned();
                c.text = text;
            });
        }
        Ok(())
    }

    fn check_item(&self, meeting: &Id, item: Option<&Id>) -> Result<(), CommandError> {
        let Some(item) = item else { return Ok(()) };
        let found = self
            .tables
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

/// The longest label of a reported item in a drop-down, in characters.
pub const ITEM_LABEL: usize = 40;

/// What a meeting note found by the search box is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteKind {
    Meeting,
    Item,
    Conclusion,
}

/// A meeting, reported item or conclusion whose text holds every word searched for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteHit {
    pub kind: NoteKind,
    pub meeting: Id,
    pub meeting_title: String,
    /// The text found in: the meeting's title (and documents), the item with its agency, the
    /// conclusion.
    pub text: String,
}

/// Every meeting's title and documents, reported items and conclusions with their text folded
/// once (see [`crate::search::fold`]): made when the workspace changes, so a keystroke in the
/// search box folds nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteIndex {
    entries: Vec<(NoteHit, String)>,
}

impl Workspace {
    /// The prepared search over meeting notes, meetings newest first.
    pub fn note_index(&self) -> NoteIndex {
        let mut entries = Vec::new();
        for m in self.meetings_by_day() {
            let body = m.body();
            let mut add = |kind, text: String| {
                let folded = crate::search::fold(&text);
                let hit = NoteHit {
                    kind,
                    meeting: m.id().clone(),
                    meeting_title: body.title.clone(),
                    text,
                };
                entries.push((hit, folded));
            };
            let references = body.references.iter().map(ToString::to_string);
            let about = std::iter::once(body.title.clone()).chain(references);
            add(NoteKind::Meeting, about.collect::<Vec<_>>().join(" · "));
            for item in self.meeting_items(m.id()) {
                let i = item.body();
                let agency = i.agency.as_ref().and_then(|a| self.agency_name(a));
                add(
                    NoteKind::Item,
                    match agency {
                        Some(a) => format!("{a}: {}", i.text.trim()),
                        None => i.text.trim().to_owned(),
                    },
                );
            }
            for c in self.meeting_conclusions(m.id()) {
                add(NoteKind::Conclusion, c.body().text.trim().to_owned());
            }
        }
        NoteIndex { entries }
    }

    /// Meetings, reported items and conclusions holding every word of `query` (marks and case
    /// ignored), meetings newest first, at most `max`; none for an empty query.
    pub fn find_notes(&self, query: &str, max: usize) -> Vec<NoteHit> {
        self.note_index().find(query, max)
    }
}

impl NoteIndex {
    /// What [`Workspace::find_notes`] finds, from the index.
    pub fn find(&self, query: &str, max: usize) -> Vec<NoteHit> {
        let query = crate::search::fold(query);
        let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let found = self.entries.iter().filter(|(hit, folded)| {
            !hit.text.trim().is_empty() && words.iter().all(|w| folded.contains(w))
        });
        found.take(max).map(|(hit, _)| hit.clone()).collect()
    }
}
