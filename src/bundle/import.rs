//! Reading a bundle someone sent, in layers, before anything changes: size, text, nesting depth,
//! JSON syntax, format and schema, the shape of every record, counts, checksum, duplicate ids,
//! and references between records. Each refusal says what is wrong and where; the workspace is
//! only read.

use super::canonical::canonical;
use super::{Bundle, Counts, FORMAT, SCHEMA};
use crate::domain::meeting::{Conclusion, Item, Meeting};
use crate::domain::{Agency, Group, Id, Indicator, Plan, Record, Task};
use crate::workspace::{Kind, Records, Workspace};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::BTreeSet;

/// The largest file accepted: a whole province's workspace is a few MB.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// The deepest nesting accepted; a real bundle is about 8 deep.
pub const MAX_DEPTH: usize = 64;

/// Why a file is not a bundle that can be imported. Nothing has changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
        max: usize,
    },
    Empty,
    /// Not text: another kind of file (a Word document, a picture) named .json.
    NotText,
    TooDeep {
        max: usize,
        line: usize,
    },
    /// Not valid JSON; `cut` when the text ends in the middle (a file cut short).
    Syntax {
        line: usize,
        column: usize,
        cut: bool,
    },
    /// Valid JSON, but not a bundle of this app.
    NotABundle,
    /// Made by a newer version of the app.
    NewerSchema {
        schema: u32,
    },
    /// A record (or the envelope, with `kind` None) does not have the shape it must have.
    Shape {
        kind: Option<Kind>,
        index: usize,
        id: Option<String>,
        detail: String,
    },
    /// The envelope's counts disagree with the records: records were cut out or added.
    Counts {
        kind: Kind,
        stated: usize,
        found: usize,
    },
    /// The records are not the ones the checksum was made over: the file was changed.
    Checksum,
    DuplicateId {
        kind: Kind,
        id: Id,
    },
    /// A record names another that is neither in the bundle nor here.
    Dangling {
        kind: Kind,
        id: Id,
        field: &'static str,
        missing: Kind,
        target: Id,
    },
}

/// A bundle read and checked up to its checksum, with the canonical bytes the checksum is made
/// over. The browser hashes them with its own SHA-256 (`crypto.subtle`: native code, off the
/// main thread; SHA-256 compiled to wasm took 25–100 ms for a 5,000-task bundle) and hands the
/// digest to [`Unverified::verify`], which finishes the checks.
pub struct Unverified {
    bundle: Bundle,
    canonical: Vec<u8>,
}

impl Unverified {
    /// What the checksum is computed over (see [`super::checksum`]).
    pub fn canonical(&self) -> &[u8] {
        &self.canonical
    }

    /// Compares the checksum with `sha256_hex` (the digest of [`Unverified::canonical`] in
    /// lower-case hex), then checks ids and references against the workspace.
    pub fn verify(self, sha256_hex: &str, ws: &Workspace) -> Result<Bundle, ImportError> {
        let bundle = self.bundle;
        if bundle.checksum.strip_prefix("sha256:") != Some(sha256_hex) {
            return Err(ImportError::Checksum);
        }
        check_ids(&bundle.records)?;
        check_references(&bundle.records, ws)?;
        Ok(bundle)
    }
}

impl Bundle {
    /// Reads and checks a file's bytes against the workspace it would go into.
    pub fn read(bytes: &[u8], ws: &Workspace) -> Result<Bundle, ImportError> {
        let unverified = Bundle::read_unverified(bytes)?;
        let digest = super::sha256_hex(unverified.canonical());
        unverified.verify(&digest, ws)
    }

    /// [`Bundle::read`] up to the checksum, which the caller computes (see [`Unverified`]).
    pub fn read_unverified(bytes: &[u8]) -> Result<Unverified, ImportError> {
        if bytes.len() > MAX_BYTES {
            return Err(ImportError::TooLarge {
                bytes: bytes.len(),
                max: MAX_BYTES,
            });
        }
        let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
        let text = text.trim_start_matches('\u{feff}');
        if text.trim().is_empty() {
            return Err(ImportError::Empty);
        }
        // Nearly every file is a good bundle: read it straight into records. Only a file that
        // does not read so goes through the layers below, which say what is wrong and where.
        let bundle = match serde_json::from_str::<Bundle>(text) {
            Ok(bundle) => bundle,
            Err(_) => read_in_layers(text)?,
        };
        if bundle.format != FORMAT {
            return Err(ImportError::NotABundle);
        }
        if bundle.schema > SCHEMA {
            return Err(ImportError::NewerSchema {
                schema: bundle.schema,
            });
        }
        check_counts(&bundle)?;
        let canonical = canonical(&bundle.records).unwrap_or_default();
        Ok(Unverified { bundle, canonical })
    }
}

/// Reads a file that is not a bundle as it stands, layer by layer, for the first thing wrong:
/// nesting depth, JSON syntax, format and schema, the envelope, then each record on its own.
fn read_in_layers(text: &str) -> Result<Bundle, ImportError> {
    // A NUL is never in a JSON text (nor, unescaped, in its strings): another kind of file.
    if text.contains('\0') {
        return Err(ImportError::NotText);
    }
    check_depth(text)?;
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::Syntax {
        line: e.line(),
        column: e.column(),
        cut: e.is_eof(),
    })?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotABundle);
    }
    match value.get("schema").and_then(Value::as_u64) {
        Some(n) if n > u64::from(SCHEMA) => {
            return Err(ImportError::NewerSchema {
                schema: u32::try_from(n).unwrap_or(u32::MAX),
            })
        }
        _ => {}
    }
    let records = read_records(value.get("records"))?;
    let mut envelope = value;
    if let Some(map) = envelope.as_object_mut() {
        map.insert("records".into(), Value::Object(Default::default()));
    }
    read_envelope(envelope, records)
}

/// The deepest `[`/`{` nesting outside strings, without building anything: a file nested
/// 100,000 deep is refused before a parser recurses into it.
fn check_depth(text: &str) -> Result<(), ImportError> {
    let (mut depth, mut line, mut in_string, mut escaped) = (0usize, 1usize, false, false);
    for b in text.bytes() {
        match b {
            b'\n' => line += 1,
            _ if in_string => match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            },
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(ImportError::TooDeep {
                        max: MAX_DEPTH,
                        line,
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn shape(
    kind: Option<Kind>,
    index: usize,
    value: &Value,
    detail: impl Into<String>,
) -> ImportError {
    let id = value.get("id").and_then(Value::as_str).map(str::to_owned);
    ImportError::Shape {
        kind,
        index,
        id,
        detail: detail.into(),
    }
}

/// The records, list by list, each checked on its own so a refusal names the record.
fn read_records(value: Option<&Value>) -> Result<Records, ImportError> {
    let empty = Value::Object(Default::default());
    let value = value.unwrap_or(&empty);
    let Some(map) = value.as_object() else {
        return Err(shape(None, 0, value, "\"records\" is not an object"));
    };
    if let Some(other) = map
        .keys()
        .find(|k| !crate::workspace::KINDS.contains(&k.as_str()))
    {
        let detail = format!("unknown list \"{other}\"");
        return Err(shape(None, 0, value, detail));
    }
    Ok(Records {
        agencies: list::<Agency>(map, "agencies", Kind::Agency)?,
        plans: list::<Plan>(map, "plans", Kind::Plan)?,
        groups: list::<Group>(map, "groups", Kind::Group)?,
        tasks: list::<Task>(map, "tasks", Kind::Task)?,
        indicators: list::<Indicator>(map, "indicators", Kind::Indicator)?,
        meetings: list::<Meeting>(map, "meetings", Kind::Meeting)?,
        items: list::<Item>(map, "items", Kind::Item)?,
        conclusions: list::<Conclusion>(map, "conclusions", Kind::Conclusion)?,
    })
}

fn list<T: DeserializeOwned>(
    map: &serde_json::Map<String, Value>,
    name: &str,
    kind: Kind,
) -> Result<Vec<Record<T>>, ImportError> {
    let Some(value) = map.get(name) else {
        return Ok(Vec::new());
    };
    let Some(items) = value.as_array() else {
        return Err(shape(Some(kind), 0, value, "not a list"));
    };
    items
        .iter()
        .enumerate()
        .map(|(index, v)| super::from_value(v).map_err(|e| shape(Some(kind), index, v, e)))
        .collect()
}

fn read_envelope(envelope: Value, records: Records) -> Result<Bundle, ImportError> {
    let mut bundle: Bundle =
        super::from_value(&envelope).map_err(|e| shape(None, 0, &envelope, e))?;
    bundle.records = records;
    Ok(bundle)
}

fn check_counts(bundle: &Bundle) -> Result<(), ImportError> {
    let found = Counts::of(&bundle.records);
    let stated = &bundle.counts;
    let pairs = [
        (Kind::Agency, stated.agencies, found.agencies),
        (Kind::Plan, stated.plans, found.plans),
        (Kind::Group, stated.groups, found.groups),
        (Kind::Task, stated.tasks, found.tasks),
        (Kind::Indicator, stated.indicators, found.indicators),
        (Kind::Meeting, stated.meetings, found.meetings),
        (Kind::Item, stated.items, found.items),
        (Kind::Conclusion, stated.conclusions, found.conclusions),
    ];
    match pairs.into_iter().find(|(_, s, f)| s != f) {
        Some((kind, stated, found)) => Err(ImportError::Counts {
            kind,
            stated,
            found,
        }),
        None => Ok(()),
    }
}

fn check_ids(records: &Records) -> Result<(), ImportError> {
    fn unique<T>(kind: Kind, list: &[Record<T>]) -> Result<(), ImportError> {
        let mut seen = BTreeSet::new();
        match list.iter().map(Record::id).find(|id| !seen.insert(*id)) {
            Some(id) => Err(ImportError::DuplicateId {
                kind,
                id: id.clone(),
            }),
            None => Ok(()),
        }
    }
    unique(Kind::Agency, &records.agencies)?;
    unique(Kind::Plan, &records.plans)?;
    unique(Kind::Group, &records.groups)?;
    unique(Kind::Task, &records.tasks)?;
    unique(Kind::Indicator, &records.indicators)?;
    unique(Kind::Meeting, &records.meetings)?;
    unique(Kind::Item, &records.items)?;
    unique(Kind::Conclusion, &records.conclusions)
}

/// Every id a record names must be a record of that kind, in the bundle or here.
fn check_references(records: &Records, ws: &Workspace) -> Result<(), ImportError> {
    let ids = |list: Vec<&Id>, here: Vec<&Id>| -> BTreeSet<Id> {
        list.into_iter().chain(here).cloned().collect()
    };
    let agencies = ids(
        records.agencies.iter().map(Record::id).collect(),
        ws.agencies().all().map(Record::id).collect(),
    );
    let plans = ids(
        records.plans.iter().map(Record::id).collect(),
        ws.plans().all().map(Record::id).collect(),
    );
    let groups = ids(
        records.groups.iter().map(Record::id).collect(),
        ws.groups().all().map(Record::id).collect(),
    );
    let meetings = ids(
        records.meetings.iter().map(Record::id).collect(),
        ws.meetings().all().map(Record::id).collect(),
    );
    let items = ids(
        records.items.iter().map(Record::id).collect(),
        ws.items().all().map(Record::id).collect(),
    );
    let need = |set: &BTreeSet<Id>,
                kind: Kind,
                id: &Id,
                field: &'static str,
                missing: Kind,
                target: &Id| {
        match set.contains(target) {
            true => Ok(()),
            false => Err(ImportError::Dangling {
                kind,
                id: id.clone(),
                field,
                missing,
                target: target.clone(),
            }),
        }
    };
    for t in &records.tasks {
        let (id, b) = (t.id(), t.body());
        need(&agencies, Kind::Task, id, "lead", Kind::Agency, &b.lead)?;
        for a in &b.coordinating {
            need(&agencies, Kind::Task, id, "coordinating", Kind::Agency, a)?;
        }
        if let Some(p) = &b.plan {
            need(&plans, Kind::Task, id, "plan", Kind::Plan, p)?;
        }
        if let Some(m) = &b.meeting {
            need(&meetings, Kind::Task, id, "meeting", Kind::Meeting, m)?;
        }
        if let Some(g) = &b.group {
            need(&groups, Kind::Task, id, "group", Kind::Group, g)?;
        }
    }
    for g in &records.groups {
        need(
            &plans,
            Kind::Group,
            g.id(),
            "plan",
            Kind::Plan,
            &g.body().plan,
        )?;
    }
    for i in &records.indicators {
        need(
            &plans,
            Kind::Indicator,
            i.id(),
            "plan",
            Kind::Plan,
            &i.body().plan,
        )?;
    }
    for m in &records.meetings {
        for a in &m.body().agencies {
            need(
                &agencies,
                Kind::Meeting,
                m.id(),
                "agencies",
                Kind::Agency,
                a,
            )?;
        }
    }
    for i in &records.items {
        need(
            &meetings,
            Kind::Item,
            i.id(),
            "meeting",
            Kind::Meeting,
            &i.body().meeting,
        )?;
        if let Some(a) = &i.body().agency {
            need(&agencies, Kind::Item, i.id(), "agency", Kind::Agency, a)?;
        }
    }
    for c in &records.conclusions {
        need(
            &meetings,
            Kind::Conclusion,
            c.id(),
            "meeting",
            Kind::Meeting,
            &c.body().meeting,
        )?;
        if let Some(i) = &c.body().item {
            need(&items, Kind::Conclusion, c.id(), "item", Kind::Item, i)?;
        }
    }
    Ok(())
}
