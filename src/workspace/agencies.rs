//! Commands and queries on the agency list.

use super::{CommandError, Field, Kind, Workspace};
use crate::domain::text::one_line;
use crate::domain::{Agency, Id, Record, Timestamp};
use crate::search::fold;
use crate::sort::sort_by;

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

    /// Adds an agency. A name that differs from a live one only in case, marks or spaces is
    /// refused, so "Sở Nội Vụ " does not become a second "Sở Nội vụ".
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
        let key = fold(&name);
        let clash = self
            .tables
            .agencies
            .live()
            .find(|a| Some(a.id()) != renaming && fold(&a.body().name) == key);
        match clash {
            Some(existing) => Err(CommandError::AgencyExists {
                name: existing.body().name.clone(),
            }),
            None => Ok(name),
        }
    }
}
