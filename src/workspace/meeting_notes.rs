//! Commands and queries on what was said at a meeting: the reported items (nội dung báo cáo)
//! and the chair's conclusions (ý kiến kết luận), typed live in meeting mode.

use super::{live_text, CommandError, Field, Kind, Workspace};
use crate::domain::meeting::{Conclusion, Item};
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

/// `text` if it has at most `max` characters, else its words that fit, then "…".
fn cut_between_words(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + word.chars().count() + 2 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let out = out.trim_end_matches([' ', '—', ',', ';', ':']).trim_end();
    format!("{out}…")
}
