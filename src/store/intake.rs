//! The document being read into records (`ui::pages::intake`): its pasted text and the review
//! as the official edited it, kept on every edit so that leaving the page or reloading loses
//! nothing, until its records are created or the draft is discarded. One draft per page address
//! (the reader for a new meeting or plan, and one for each meeting and plan), the latest few.

use super::packed::{pack, unpack};
use super::{Store, StoreError};
use crate::workspace::Review;
use serde::{Deserialize, Serialize};

// Kept under `keys::INTAKE`: a packed JSON list of `[page address, draft]`, oldest first.
use super::keys::INTAKE as KEY;

/// How many pages' drafts are kept: the oldest go first.
pub const KEEP: usize = 5;

/// What the page holds: the text as pasted (or taken from a file), and, once it was read, the
/// cards as edited.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntakeDraft {
    pub text: String,
    /// The name of the file the text came from, if it did.
    pub file: String,
    pub review: Option<Review>,
}

fn read(store: &dyn Store) -> Vec<(String, IntakeDraft)> {
    let text = store.get(KEY).ok().flatten().unwrap_or_default();
    let json = unpack(&text).ok();
    // A value that does not read (edited by hand, cut by a full store) holds nothing to keep.
    json.and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default()
}

/// The draft kept for the page at `address`, if any.
pub fn get(store: &dyn Store, address: &str) -> Option<IntakeDraft> {
    read(store)
        .into_iter()
        .find(|(a, _)| a == address)
        .map(|(_, d)| d)
}

/// Keeps `draft` for `address` (the latest last); an empty draft is forgotten.
pub fn keep(store: &mut dyn Store, address: &str, draft: &IntakeDraft) -> Result<(), StoreError> {
    let mut list = read(store);
    let had = list.len();
    list.retain(|(a, _)| a != address);
    let empty = draft.text.trim().is_empty() && draft.review.is_none();
    if empty && list.len() == had {
        return Ok(());
    }
    if !empty {
        list.push((address.to_owned(), draft.clone()));
    }
    let kept = &list[list.len().saturating_sub(KEEP)..];
    if kept.is_empty() {
        return store.remove(KEY);
    }
    let json = serde_json::to_string(kept).map_err(|e| StoreError::Other(e.to_string()))?;
    store.set(KEY, &pack(&json))
}

/// Forgets the draft of `address`: its records were created, or it was discarded.
pub fn remove(store: &mut dyn Store, address: &str) -> Result<(), StoreError> {
    keep(store, address, &IntakeDraft::default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;
    use crate::workspace::{Target, TaskReview};

    fn draft(text: &str) -> IntakeDraft {
        let review = Review {
            target: Target::NewPlan,
            tasks: vec![TaskReview {
                ticked: true,
                title: "Rà soát thủ tục hành chính".to_owned(),
                ..TaskReview::default()
            }],
            ..Review::default()
        };
        IntakeDraft {
            text: text.to_owned(),
            file: String::new(),
            review: Some(review),
        }
    }

    #[test]
    fn a_draft_is_kept_per_page_until_removed() {
        let mut store = MemoryStore::default();
        keep(&mut store, "#/nhap", &draft("THÔNG BÁO")).unwrap();
        keep(&mut store, "#/nhap/ke-hoach/x", &draft("KẾ HOẠCH")).unwrap();
        assert_eq!(get(&store, "#/nhap"), Some(draft("THÔNG BÁO")));
        assert_eq!(get(&store, "#/nhap/ke-hoach/x"), Some(draft("KẾ HOẠCH")));
        remove(&mut store, "#/nhap").unwrap();
        assert_eq!(get(&store, "#/nhap"), None);
        remove(&mut store, "#/nhap/ke-hoach/x").unwrap();
        assert_eq!(
            store.get(KEY).unwrap(),
            None,
            "nothing left, nothing stored"
        );
    }

    #[test]
    fn the_oldest_go_first_and_a_bad_value_holds_none() {
        let mut store = MemoryStore::default();
        for n in 0..KEEP + 2 {
            keep(&mut store, &format!("#/nhap/{n}"), &draft("x")).unwrap();
        }
        assert_eq!(get(&store, "#/nhap/0"), None);
        assert!(get(&store, &format!("#/nhap/{}", KEEP + 1)).is_some());
        store.set(KEY, "{not json").unwrap();
        assert_eq!(get(&store, "#/nhap/6"), None);
    }
}
