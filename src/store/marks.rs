//! Small values this browser keeps beside the workspace, each under its key in [`super::keys`]:
//! the interface language, when everything was last exported, and whether the note for a page
//! opened from a file was shown. A value that cannot be read reads as not set.

use super::keys::{FILE_NOTE_SHOWN, LANG, LAST_EXPORT};
use super::{Store, StoreError};
use crate::domain::Timestamp;

/// The language code chosen (`vi`, `en`), if one was.
pub fn lang(store: &impl Store) -> Option<String> {
    store.get(LANG).ok().flatten()
}

pub fn set_lang(store: &mut impl Store, code: &str) -> Result<(), StoreError> {
    store.set(LANG, code)
}

/// When everything was last exported (or a bundle of it downloaded).
pub fn last_export(store: &impl Store) -> Option<Timestamp> {
    let text = store.get(LAST_EXPORT).ok().flatten()?;
    text.parse().ok().map(Timestamp)
}

pub fn set_last_export(store: &mut impl Store, at: Timestamp) -> Result<(), StoreError> {
    store.set(LAST_EXPORT, &at.0.to_string())
}

/// Whether the note for a page opened from a file was shown once already.
pub fn file_note_shown(store: &impl Store) -> bool {
    store.get(FILE_NOTE_SHOWN).ok().flatten().is_some()
}

pub fn set_file_note_shown(store: &mut impl Store) -> Result<(), StoreError> {
    store.set(FILE_NOTE_SHOWN, "1")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;

    #[test]
    fn each_mark_reads_back_and_a_damaged_one_reads_as_not_set() {
        let mut store = MemoryStore::default();
        assert_eq!((lang(&store), last_export(&store)), (None, None));
        assert!(!file_note_shown(&store));
        set_lang(&mut store, "en").unwrap();
        set_last_export(&mut store, Timestamp(1_700_000_000_000)).unwrap();
        set_file_note_shown(&mut store).unwrap();
        assert_eq!(lang(&store).as_deref(), Some("en"));
        assert_eq!(last_export(&store), Some(Timestamp(1_700_000_000_000)));
        assert!(file_note_shown(&store));
        store.set(LAST_EXPORT, "hôm qua").unwrap();
        assert_eq!(last_export(&store), None);
    }
}
