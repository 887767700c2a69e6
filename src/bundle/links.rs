//! The links between records a bundle must keep: every id a record names is a record of that
//! kind, in the bundle or here, and of the right place.

use super::check::name;
use super::import::{ImportError, Link};
use crate::domain::meeting::Item;
use crate::domain::{Body, Group, Id, Record};
use crate::workspace::{for_each_kind, Kind, Kinded, Records, Workspace};
use std::collections::HashMap;

/// Every id a record names is a record of that kind, in the bundle or here, and of the right
/// place: a task's group in its plan, a conclusion's item in its meeting, no live task of the
/// bundle led by an agency or listed in a group the bundle deletes.
pub(super) fn links(records: &Records, ws: &Workspace) -> Result<(), ImportError> {
    let look = Lookup::new(records, ws);
    let find = |kind: Kind, id: &Id| look.exists(kind, id);
    let dangling = |kind, record: &dyn Named, field, missing, target: &Id| ImportError::Dangling {
        kind,
        id: record.record_id().clone(),
        name: record.name(),
        field,
        missing,
        target: target.clone(),
    };
    let mismatch = |kind, record: &dyn Named, field, link| ImportError::Mismatch {
        kind,
        id: record.record_id().clone(),
        name: record.name(),
        field,
        link,
    };
    for t in &records.tasks {
        let b = t.body();
        let mut named: Vec<(&'static str, Kind, &Id)> =
            b.lead.iter().map(|a| ("lead", Kind::Agency, a)).collect();
        named.extend(
            b.coordinating
                .iter()
                .map(|a| ("coordinating", Kind::Agency, a)),
        );
        named.extend(b.plan.iter().map(|p| ("plan", Kind::Plan, p)));
        named.extend(b.meeting.iter().map(|m| ("meeting", Kind::Meeting, m)));
        named.extend(b.group.iter().map(|g| ("group", Kind::Group, g)));
        for (field, missing, target) in named {
            if !find(missing, target) {
                return Err(dangling(Kind::Task, t, field, missing, target));
            }
        }
    }
    for a in &records.agencies {
        if let Some(into) = a
            .body()
            .merged_into
            .as_ref()
            .filter(|i| !find(Kind::Agency, i))
        {
            return Err(dangling(Kind::Agency, a, "merged_into", Kind::Agency, into));
        }
    }
    for g in &records.groups {
        if !find(Kind::Plan, &g.body().plan) {
            return Err(dangling(Kind::Group, g, "plan", Kind::Plan, &g.body().plan));
        }
    }
    for i in &records.indicators {
        if !find(Kind::Plan, &i.body().plan) {
            return Err(dangling(
                Kind::Indicator,
                i,
                "plan",
                Kind::Plan,
                &i.body().plan,
            ));
        }
    }
    for m in &records.meetings {
        if let Some(a) = m.body().agencies.iter().find(|a| !find(Kind::Agency, a)) {
            return Err(dangling(Kind::Meeting, m, "agencies", Kind::Agency, a));
        }
    }
    for p in &records.plans {
        if let Some(a) = p.body().agencies.iter().find(|a| !find(Kind::Agency, a)) {
            return Err(dangling(Kind::Plan, p, "agencies", Kind::Agency, a));
        }
    }
    for i in &records.items {
        let b = i.body();
        if !find(Kind::Meeting, &b.meeting) {
            return Err(dangling(
                Kind::Item,
                i,
                "meeting",
                Kind::Meeting,
                &b.meeting,
            ));
        }
        if let Some(a) = b.agency.as_ref().filter(|a| !find(Kind::Agency, a)) {
            return Err(dangling(Kind::Item, i, "agency", Kind::Agency, a));
        }
    }
    for t in &records.tasks {
        let b = t.body();
        if let Some(group) = b.group.as_ref().and_then(|g| look.record::<Group>(g)) {
            if Some(&group.body().plan) != b.plan.as_ref() {
                return Err(mismatch(Kind::Task, t, "group", Link::GroupOfAnotherPlan));
            }
        }
        if t.is_deleted() {
            continue;
        }
        if b.lead
            .as_ref()
            .and_then(|lead| look.theirs::<crate::domain::Agency>(lead))
            .is_some_and(Record::is_deleted)
        {
            return Err(mismatch(Kind::Task, t, "lead", Link::DeletedLead));
        }
        let group = b.group.as_ref().and_then(|g| look.theirs::<Group>(g));
        if group.is_some_and(Record::is_deleted) {
            return Err(mismatch(Kind::Task, t, "group", Link::DeletedGroup));
        }
    }
    for c in &records.conclusions {
        let b = c.body();
        if !find(Kind::Meeting, &b.meeting) {
            return Err(dangling(
                Kind::Conclusion,
                c,
                "meeting",
                Kind::Meeting,
                &b.meeting,
            ));
        }
        if let Some(item) = &b.item {
            match look.record::<Item>(item) {
                None => return Err(dangling(Kind::Conclusion, c, "item", Kind::Item, item)),
                Some(i) if i.body().meeting != b.meeting => {
                    return Err(mismatch(
                        Kind::Conclusion,
                        c,
                        "item",
                        Link::ItemOfAnotherMeeting,
                    ))
                }
                Some(_) => {}
            }
        }
    }
    Ok(())
}

/// A record seen through what messages need of it.
trait Named {
    fn record_id(&self) -> &Id;
    fn name(&self) -> String;
}

impl<T: Body> Named for Record<T> {
    fn record_id(&self) -> &Id {
        self.id()
    }
    fn name(&self) -> String {
        name(self)
    }
}

/// Records by id: the bundle's copy first, then ours.
struct Lookup<'a> {
    records: &'a Records,
    ws: &'a Workspace,
    /// The bundle's records of each kind by id, made once (a bundle may hold 20,000 tasks).
    theirs: HashMap<(Kind, &'a Id), usize>,
}

impl<'a> Lookup<'a> {
    fn new(records: &'a Records, ws: &'a Workspace) -> Lookup<'a> {
        fn index<'a, T: Kinded>(records: &'a Records, out: &mut HashMap<(Kind, &'a Id), usize>) {
            let list = T::list(records).iter().enumerate();
            out.extend(list.map(|(i, r)| ((T::KIND, r.id()), i)));
        }
        let mut theirs = HashMap::new();
        for_each_kind!(index(records, &mut theirs));
        Lookup {
            records,
            ws,
            theirs,
        }
    }

    fn record<T: Kinded>(&self, id: &Id) -> Option<&'a Record<T>> {
        match self.theirs.get(&(T::KIND, id)) {
            Some(i) => T::list(self.records).get(*i),
            None => self.ws.table::<T>().get_any(id),
        }
    }

    /// The bundle's own copy, if it carries one.
    fn theirs<T: Kinded>(&self, id: &Id) -> Option<&'a Record<T>> {
        let i = self.theirs.get(&(T::KIND, id))?;
        T::list(self.records).get(*i)
    }

    fn exists(&self, kind: Kind, id: &Id) -> bool {
        fn has<T: Kinded>(look: &Lookup, id: &Id) -> bool {
            look.record::<T>(id).is_some()
        }
        crate::workspace::for_kind!(kind => has(self, id))
    }
}
