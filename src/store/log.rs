//! What the store had to do that the user must be able to find again after a reload: a value
//! set aside as damaged (and whether the journal had a good copy of it), an automatic snapshot
//! given up to make room. Shown once as a notice, and listed in the settings.

use super::{SetAside, Store, StoreError};
use crate::domain::Timestamp;
use serde::{Deserialize, Serialize};

/// A JSON list of [`Event`], oldest first.
pub const KEY: &str = "sotay/storage-log";
/// How many events are kept.
pub const KEEP: usize = 30;

/// One thing the store did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "what", rename_all = "snake_case")]
pub enum Event {
    /// A stored value could not be read: copied to `kept_at` (if there was room), and its
    /// records `recovered` from the journal's copy, or not.
    SetAside {
        at: Timestamp,
        key: String,
        kind: String,
        #[serde(default)]
        kept_at: Option<String>,
        duplicate: bool,
        recovered: bool,
    },
    /// The automatic snapshot taken at `snapshot` was given up to make room for edits.
    GaveUpSnapshot { at: Timestamp, snapshot: Timestamp },
}

impl Event {
    /// A value set aside at load, recovered or not from the journal.
    pub fn set_aside(at: Timestamp, aside: &SetAside, recovered: bool) -> Event {
        Event::SetAside {
            at,
            key: aside.key.clone(),
            kind: aside.kind.to_owned(),
            kept_at: aside.kept_at.clone(),
            duplicate: matches!(aside.problem, super::Problem::DuplicateId(_)),
            recovered,
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
            let event = Event::GaveUpSnapshot {
                at: Timestamp(n),
                snapshot: Timestamp(n - 1),
            };
            append(&mut store, &[event]).unwrap();
        }
        let list = read(&store).unwrap();
        assert_eq!(list.len(), KEEP);
        assert_eq!(
            list[0],
            Event::GaveUpSnapshot {
                at: Timestamp(5),
                snapshot: Timestamp(4)
            }
        );
    }
}
