//! The checks a bundle passes once it has been read: its checksum, unique ids, every rule the
//! forms enforce on every record (and on every value kept from a conflict), the links between
//! records (`links.rs`), and the edits' clocks and counters. A file from another office is untrusted input:
//! what it claims about versions and times is checked, not believed.

use super::import::{ImportError, Unverified};
use super::layers::QUOTED_CHARS;
use super::Bundle;
use crate::domain::json::quoted;
use crate::domain::{Body, Id, Record, Slot, Timestamp};
use crate::workspace::{for_each_kind, Kind, Kinded, Records, Workspace};
use std::collections::HashSet;

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
            let mut seen = HashSet::with_capacity(list.len());
            if let Some(twice) = list.iter().map(Record::id).find(|id| !seen.insert(*id)) {
                let id = twice.clone();
                return Err(ImportError::DuplicateId { kind: T::KIND, id });
            }
            list.iter().try_for_each(rules)
        }
        for_each_kind!(each(&bundle.records))
            .into_iter()
            .collect::<Result<(), _>>()?;
        super::links::links(&bundle.records, ws)?;
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
