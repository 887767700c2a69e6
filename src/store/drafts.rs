//! What was typed in a field but is not yet a value of a record: an agency name that matches
//! none of the list, kept until the user adds it or picks another, so that leaving the field,
//! going to another page or reloading never loses it.

use super::{Store, StoreError};

// Kept under `keys::DRAFTS`: a JSON list of `[field, text]`, oldest first; the field is the
// input's DOM id.
use super::keys::DRAFTS as KEY;

/// How many drafts are kept: the oldest go first.
pub const KEEP: usize = 100;

fn read(store: &dyn Store) -> Vec<(String, String)> {
    let text = store.get(KEY).ok().flatten().unwrap_or_default();
    // A value that does not read (edited by hand, cut by a full store) holds nothing to keep.
    serde_json::from_str(&text).unwrap_or_default()
}

/// The text kept for `field`, if any.
pub fn get(store: &dyn Store, field: &str) -> Option<String> {
    read(store)
        .into_iter()
        .find(|(f, _)| f == field)
        .map(|(_, t)| t)
}

/// Keeps `text` for `field`, or forgets the field's draft when `text` is blank.
pub fn keep(store: &mut dyn Store, field: &str, text: &str) -> Result<(), StoreError> {
    let mut list = read(store);
    let had = list.len();
    list.retain(|(f, _)| f != field);
    let blank = text.trim().is_empty();
    if blank && list.len() == had {
        return Ok(());
    }
    if !blank {
        list.push((field.to_owned(), text.to_owned()));
    }
    let kept = &list[list.len().saturating_sub(KEEP)..];
    if kept.is_empty() {
        return store.remove(KEY);
    }
    let json = serde_json::to_string(kept).map_err(|e| StoreError::Other(e.to_string()))?;
    store.set(KEY, &json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;

    #[test]
    fn a_draft_is_kept_per_field_until_it_is_blanked() {
        let mut store = MemoryStore::default();
        keep(&mut store, "task-1-lead", "Sở Ngoại vụ").unwrap();
        keep(&mut store, "task-2-lead", "Ban Dân tộc").unwrap();
        keep(&mut store, "task-1-lead", "Sở Ngoại vụ tỉnh").unwrap();
        assert_eq!(
            get(&store, "task-1-lead").as_deref(),
            Some("Sở Ngoại vụ tỉnh")
        );
        assert_eq!(get(&store, "task-2-lead").as_deref(), Some("Ban Dân tộc"));
        keep(&mut store, "task-1-lead", " ").unwrap();
        assert_eq!(get(&store, "task-1-lead"), None);
        keep(&mut store, "task-2-lead", "").unwrap();
        assert_eq!(
            store.get(KEY).unwrap(),
            None,
            "nothing left, nothing stored"
        );
    }

    #[test]
    fn the_oldest_drafts_go_first_and_a_bad_value_holds_none() {
        let mut store = MemoryStore::default();
        for n in 0..KEEP + 5 {
            keep(&mut store, &format!("f{n}"), "Sở Ngoại vụ").unwrap();
        }
        assert_eq!(get(&store, "f4"), None);
        assert!(get(&store, "f5").is_some());
        assert!(get(&store, &format!("f{}", KEEP + 4)).is_some());
        store.set(KEY, "[[\"f1\",").unwrap();
        assert_eq!(get(&store, "f1"), None);
        keep(&mut store, "f1", "Ban Dân tộc").unwrap();
        assert_eq!(get(&store, "f1").as_deref(), Some("Ban Dân tộc"));
    }
}
