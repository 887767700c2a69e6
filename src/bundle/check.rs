//! The checks a bundle passes once it has been read: its checksum, unique ids, every rule the
//! forms enforce on every record (and on every value kept from a conflict), the links between
//! records, and the edits' clocks and counters. A file from another office is untrusted input:
//! what it claims about versions and times is checked, not believed.

use super::import::{ImportError, Link, Unverified};
use super::layers::QUOTED_CHARS;
use super::Bundle;
use crate::domain::json::quoted;
use crate::domain::meeting::Item;
use crate::domain::{Body, Group, Id, Record, Slot, Timestamp};
use crate::workspace::{for_each_kind, Kind, Kinded, Records, Workspace};
use std::collections::{BTreeMap, BTreeSet};

/// A bundle that passed every check, with what the preview must say about it beyond the
/// records' changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    pub bundle: Bundle,
    pub notes: Notes,
}

/// What a checked bundle claims that is not taken as it stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notes {
    /// Records with edits dated more than a day after this machine's clock (a clock set wrong,
    /// or a forged time), with the latest such time. They are taken as made a day from now, so
    /// that a wrong clock cannot win every conflict.
    pub future: Vec<(Kind, Id, Timestamp)>,
    /// Records that claim edits under this device's own id which this device never made: the
    /// browser profile was copied to another machine, or the file is forged. This device takes
    /// a new id on import, so its edits stay its own from then on.
    pub own_device: Vec<(Kind, Id)>,
}

impl Notes {
    pub fn is_empty(&self) -> bool {
        self.future.is_empty() && self.own_device.is_empty()
    }
}

impl Bundle {
    /// Reads and checks a file's bytes against the workspace it would go into, at `now`.
    pub fn read(bytes: &[u8], ws: &Workspace, now: Timestamp) -> Result<Checked, ImportError> {
        let unverified = Bundle::read_unverified(bytes)?;
        let digest = super::sha256_hex(unverified.canonical());
        unverified.verify(&digest, ws, now)
    }
}

impl Unverified {
    /// Compares the checksum with `sha256_hex` (the digest of [`Unverified::canonical`] in
    /// lower-case hex), then checks every record against the rules and the workspace.
    pub fn verify(
        self,
        sha256_hex: &str,
        ws: &Workspace,
        now: Timestamp,
    ) -> Result<Checked, ImportError> {
        let mut bundle = self.bundle;
        if bundle.checksum.strip_prefix("sha256:") != Some(sha256_hex) {
            return Err(ImportError::Checksum);
        }
        fn each<T: Kinded>(records: &Records) -> Result<(), ImportError> {
            let list = T::list(records);
            let mut seen = BTreeSet::new();
            if let Some(twice) = list.iter().map(Record::id).find(|id| !seen.insert(*id)) {
                let id = twice.clone();
                return Err(ImportError::DuplicateId { kind: T::KIND, id });
            }
            list.iter().try_for_each(rules)
        }
        for_each_kind!(each(&bundle.records))
            .into_iter()
            .collect::<Result<(), _>>()?;
        links(&bundle.records, ws)?;
        let mut notes = Notes::default();
        fn clocks<T: Kinded>(
            records: &mut Records,
            ws: &Workspace,
            now: Timestamp,
            notes: &mut Notes,
        ) -> Result<(), ImportError> {
            let latest = Timestamp(now.0.saturating_add(Timestamp::DAY_MS));
            for record in T::list_mut(records) {
                let outside = |w: Timestamp| w.0 < 0 || w > Timestamp::LAST;
                if let Some(at) = record.times().find(|t| outside(*t)) {
                    let (id, name) = (record.id().clone(), name(record));
                    return Err(ImportError::EditTime {
                        kind: T::KIND,
                        id,
                        name,
                        at: at.0,
                    });
                }
                if let Some(was) = record.clamp_times(latest) {
                    notes.future.push((T::KIND, record.id().clone(), was));
                }
                let ours = ws.table::<T>().get_any(record.id());
                let made_here = ours.map_or(0, |r| r.version().count(ws.device()));
                let foreign = match ours {
                    Some(ours) if ours == record => false,
                    Some(ours) => ours.gains_edits_of(&ours.merge(record), ws.device()),
                    None => record.version().count(ws.device()) > 0,
                };
                if foreign || record.version().count(ws.device()) > made_here {
                    notes.own_device.push((T::KIND, record.id().clone()));
                }
            }
            Ok(())
        }
        let records = &mut bundle.records;
        for_each_kind!(clocks(records, ws, now, &mut notes))
            .into_iter()
            .collect::<Result<(), _>>()?;
        Ok(Checked { bundle, notes })
    }
}

/// What a record is called in a message: its title, name or text, shortened; else nothing.
pub(super) fn name<T: Body>(record: &Record<T>) -> String {
    let named = ["title", "name", "text"].into_iter().find_map(|f| {
        let i = T::field_index(f)?;
        record
            .value(Slot::Field(i))
            .as_str()
            .map(|s| quoted(s, QUOTED_CHARS))
    });
    named.unwrap_or_default()
}

/// The rules of the forms, on the body and on every value a conflict kept.
fn rules<T: Kinded>(record: &Record<T>) -> Result<(), ImportError> {
    let invalid = |e: crate::domain::check::Invalid| ImportError::Invalid {
        kind: T::KIND,
        id: record.id().clone(),
        name: name(record),
        field: e.field,
        rule: e.rule,
        value: quoted(&e.value, QUOTED_CHARS),
    };
    record.body().check().map_err(invalid)?;
    for rival in record.rivals() {
        if let Some(Slot::Field(i)) = Slot::named::<T>(&rival.field) {
            let mut body = record.body().clone();
            if body.set_field_value(i, &rival.value).is_ok() {
                body.check().map_err(invalid)?;
            }
        }
    }
    Ok(())
}

/// Every id a record names is a record of that kind, in the bundle or here, and of the right
/// place: a task's group in its plan, a conclusion's item in its meeting, no live task of the
/// bundle led by an agency or listed in a group the bundle deletes.
fn links(records: &Records, ws: &Workspace) -> Result<(), ImportError> {
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
        let mut named: Vec<(&'static str, Kind, &Id)> = vec![("lead", Kind::Agency, &b.lead)];
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
        if look
            .theirs::<crate::domain::Agency>(&b.lead)
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
    theirs: BTreeMap<(Kind, &'a Id), usize>,
}

impl<'a> Lookup<'a> {
    fn new(records: &'a Records, ws: &'a Workspace) -> Lookup<'a> {
        fn index<'a, T: Kinded>(records: &'a Records, out: &mut BTreeMap<(Kind, &'a Id), usize>) {
            let list = T::list(records).iter().enumerate();
            out.extend(list.map(|(i, r)| ((T::KIND, r.id()), i)));
        }
        let mut theirs = BTreeMap::new();
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
