//! Commands and queries on the agency list.

use super::{CommandError, Field, Kind, Workspace};
use crate::domain::agency::agency_key;
use crate::domain::text::one_line;
use crate::domain::{Agency, Id, Record, Timestamp};
use crate::search::fold;
use crate::sort::sort_by;

/// How a typed name matches an agency's, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Found {
    /// The same name: picked when the user leaves the field.
    Exact,
    /// The name begins with what was typed: picked by Enter when nothing is exact.
    Prefix,
    /// The name holds every word typed: only suggested.
    Words,
}

impl Workspace {
    /// Live agencies in Vietnamese alphabetical order (marks ignored), for lists and pickers.
    pub fn agencies_by_name(&self) -> Vec<&Record<Agency>> {
        let mut list: Vec<_> = self
            .tables
            .agencies
            .live()
            .map(|a| (fold(&a.body().name), a))
            .collect();
        sort_by(&mut list, |a, b| a.0.cmp(&b.0));
        list.into_iter().map(|(_, a)| a).collect()
    }

    /// The name of an agency, deleted or not: old tasks still show who led them.
    pub fn agency_name(&self, id: &Id) -> Option<&str> {
        self.tables
            .agencies
            .get_any(id)
            .map(|a| a.body().name.as_str())
    }

    /// Every agency of the list is one this office knows (deleted ones included: an old
    /// record may still name them).
    pub(super) fn known_agencies(&self, list: &[Id]) -> Result<(), CommandError> {
        for agency in list {
            (self.tables.agencies.get_any(agency))
                .ok_or_else(CommandError::not_found(Kind::Agency, agency))?;
        }
        Ok(())
    }

    /// Who leads a task, as its rows and pages name it: the lead's name, or the words for a
    /// task given to no agency yet ("Chưa giao cơ quan chủ trì").
    pub fn lead_name(&self, task: &crate::domain::Task, none: &'static str) -> String {
        let name = task.lead.as_ref().and_then(|l| self.agency_name(l));
        name.unwrap_or(none).to_owned()
    }

    /// Live agencies a typed name may mean, best first: the one of that name (abbreviations
    /// written out, see [`agency_key`]), then those whose name begins with it, shortest first,
    /// then those that hold every word of it; each group in alphabetical order.
    pub fn agencies_for(&self, typed: &str) -> Vec<(&Record<Agency>, Found)> {
        let typed = agency_key(typed);
        if typed.is_empty() {
            return Vec::new();
        }
        let words: Vec<&str> = typed.split(' ').collect();
        let mut found: Vec<_> = self
            .tables
            .agencies
            .live()
            .filter_map(|a| {
                let key = agency_key(&a.body().name);
                let how = if key == typed {
                    Found::Exact
                } else if key.starts_with(&typed) {
                    Found::Prefix
                } else if words.iter().all(|w| key.contains(w)) {
                    Found::Words
                } else {
                    return None;
                };
                let length = if how == Found::Prefix { key.len() } else { 0 };
                Some(((how, length, fold(&a.body().name)), a))
            })
            .collect();
        sort_by(&mut found, |a, b| a.0.cmp(&b.0));
        found.into_iter().map(|((how, ..), a)| (a, how)).collect()
    }

    /// Adds an agency. A name that means a live one (differing only in case, marks, spaces or
    /// abbreviations) is refused, so "Sở Nội Vụ " does not become a second "Sở Nội vụ".
    pub fn add_agency(&mut self, id: Id, name: &str, now: Timestamp) -> Result<Id, CommandError> {
        let name = self.new_agency_name(None, name)?;
        let record = Record::create(
            id.clone(),
            Agency {
                name,
                merged_into: None,
            },
            &self.stamp(now),
        );
        if !self.tables.agencies.insert(record) {
            return Err(CommandError::IdTaken { id });
        }
        Ok(id)
    }

    pub fn rename_agency(
        &mut self,
        id: &Id,
        name: &str,
        now: Timestamp,
    ) -> Result<(), CommandError> {
        let name = self.new_agency_name(Some(id), name)?;
        let stamp = self.stamp(now);
        let agency = self
            .tables
            .agencies
            .live_mut(id)
            .ok_or_else(CommandError::not_found(Kind::Agency, id))?;
        agency.edit(&stamp, |a| a.name = name);
        Ok(())
    }

    fn new_agency_name(&self, renaming: Option<&Id>, typed: &str) -> Result<String, CommandError> {
        let name = one_line(typed).map_err(CommandError::text(Field::AgencyName))?;
        let key = agency_key(&name);
        let clash = self
            .tables
            .agencies
            .live()
            .find(|a| Some(a.id()) != renaming && agency_key(&a.body().name) == key);
        match clash {
            Some(existing) => Err(CommandError::AgencyExists {
                name: existing.body().name.clone(),
            }),
            None => Ok(name),
        }
    }
}
