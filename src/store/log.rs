//! What the store had to do that the user must be able to find again after a reload: a value
//! set aside as damaged (and whether the journal had a good copy of it), an automatic snapshot
//! given up to make room. Shown once as a notice, and listed in the settings.

use super::{SetAside, Store, StoreError};
use crate::domain::Timestamp;
use serde::{Deserialize, Serialize};

// Kept under `keys::STORAGE_LOG`: a JSON list of `Event`, oldest first.
use super::keys::STORAGE_LOG as KEY;

/// How many events are kept.
pub const KEEP: usize = 30;

/// What the store did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum What {
    /// A stored value could not be read: copied to `kept_at` (if there was room), and its
    /// records `recovered` from the journal's copy, or not.
    SetAside,
    /// The automatic snapshot taken at `snapshot` was given up to make room for edits.
    GaveUpSnapshot,
}

/// One thing the store did, and when. (A plain struct rather than an enum with data: serde's
/// tagged enums cost several KB of wasm each.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub at: Timestamp,
    pub what: What,
    /// The stored key set aside, its kind's key, where its copy is kept.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept_at: Option<String>,
    /// Two records under one id (else unreadable).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub duplicate: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub recovered: bool,
    /// When the snapshot given up was taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<Timestamp>,
}

impl Event {
    /// A value set aside at load, recovered or not from the journal.
    pub fn set_aside(at: Timestamp, aside: &SetAside, recovered: bool) -> Event {
        Event {
            at,
            what: What::SetAside,
            key: aside.key.clone(),
            kind: aside.kind.to_owned(),
            kept_at: aside.kept_at.clone(),
            duplicate: matches!(aside.problem, super::Problem::DuplicateId(_)),
            recovered,
            snapshot: None,
        }
    }

    /// The snapshot taken at `snapshot` given up at `at`.
    pub fn gave_up(at: Timestamp, snapshot: Timestamp) -> Event {
        Event {
            at,
            what: What::GaveUpSnapshot,
            key: String::new(),
            kind: String::new(),
            kept_at: None,
            duplicate: false,
            recovered: false,
            snapshot: Some(snapshot),
        }
    }
}

/// The events kept, oldest first (an unreadable log reads as empty).
pub fn read(store: &impl Store) -> Result<Vec<Event>, StoreError> {
    let text = store.get(KEY)?;
    Ok(text
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default())
}

/// Adds events, keeping the last [`KEEP`].
pub fn append(store: &mut impl Store, events: &[Event]) -> Result<(), StoreError> {
    if events.is_empty() {
        return Ok(());
    }
    let mut list = read(store)?;
    list.extend(events.iter().cloned());
    let drop = list.len().saturating_sub(KEEP);
    list.drain(..drop);
    let text = serde_json::to_string(&list).map_err(|e| StoreError::Other(e.to_string()))?;
    store.set(KEY, &text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;

    #[test]
    fn events_are_kept_across_reads_and_the_oldest_go_first() {
        let mut store = MemoryStore::default();
        for n in 0..(KEEP as i64 + 5) {
            let event = Event::gave_up(Timestamp(n), Timestamp(n - 1));
            append(&mut store, &[event]).unwrap();
        }
        let list = read(&store).unwrap();
        assert_eq!(list.len(), KEEP);
        assert_eq!(list[0], Event::gave_up(Timestamp(5), Timestamp(4)));
    }
}
