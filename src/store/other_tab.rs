//! What another tab of the app wrote to the same store (or the journal kept of it), merged into
//! this tab's workspace with the record-by-record merge that bundles use. The browser edge
//! hears of it from the `storage` event and then writes back the keys merged, so that the
//! stored value holds the union and not only the other tab's records.

use super::{read_chunk, read_office};
use crate::workspace::Workspace;

/// Merges what was written under `key`: a chunk's records, or the office profile. `None` if
/// `key` is none of the layout's (then nothing is to be written back); else whether the
/// workspace changed.
pub fn merge_key(ws: &mut Workspace, key: &str, value: &str) -> Option<bool> {
    if let Some(records) = read_chunk(key, value) {
        return Some(ws.merge_records(&records) > 0);
    }
    let office = read_office(key, value)?;
    let changed = ws.office() != &office;
    if changed {
        // A profile another tab saved passed the same form rules there.
        let _ = ws.set_office(&office.name, &office.province);
    }
    Some(changed)
}

/// Merges stored chunks (key, text); values that are not chunks of the layout are passed
/// over. Returns whether any record changed.
pub fn merge_chunks(ws: &mut Workspace, chunks: &[(String, String)]) -> bool {
    chunks
        .iter()
        .filter_map(|(key, text)| read_chunk(key, text))
        .map(|records| ws.merge_records(&records))
        .sum::<usize>()
        > 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timestamp;
    use crate::fixtures::{device, id};
    use crate::store::{load, MemoryStore, Store};

    /// Two tabs on one store: each loads, edits and saves; the second merges what the first
    /// wrote, writes its keys back, and the store then holds both edits.
    #[test]
    fn another_tabs_key_is_merged_and_written_back_as_the_union() {
        let mut store = MemoryStore::with_capacity(2_000_000);
        let mut first = load(&mut store, device(1), Timestamp(1)).unwrap();
        let plan = first
            .workspace
            .add_plan(id(10), "Kế hoạch CCHC 2026", Timestamp(2));
        let plan = plan.unwrap();
        first.saver.save(&mut store, &first.workspace).unwrap();
        let mut second = load(&mut store, device(2), Timestamp(3)).unwrap();
        first
            .workspace
            .add_group(id(11), &plan, "Cải cách thể chế", Timestamp(4))
            .unwrap();
        second
            .workspace
            .add_group(id(12), &plan, "Cải cách thủ tục hành chính", Timestamp(5))
            .unwrap();
        second.saver.save(&mut store, &second.workspace).unwrap();
        // The first tab saves over the second's chunk; the second hears of it.
        first.saver.save(&mut store, &first.workspace).unwrap();
        let written: Vec<(String, String)> = first.saver.take_written();
        assert!(!written.is_empty());
        let mut changed = false;
        for (key, value) in &written {
            changed |= merge_key(&mut second.workspace, key, value) == Some(true);
            second.saver.forget(key);
        }
        assert!(changed, "the first tab's group arrives");
        second.saver.save(&mut store, &second.workspace).unwrap();
        let reread = load(&mut store, device(3), Timestamp(6)).unwrap().workspace;
        let mut names: Vec<String> = reread
            .groups()
            .all()
            .map(|g| g.body().title.clone())
            .collect();
        crate::sort::sort_by(&mut names, |a, b| a.cmp(b));
        assert_eq!(names, ["Cải cách thể chế", "Cải cách thủ tục hành chính"]);
        assert_eq!(merge_key(&mut second.workspace, "sotay/lang", "vi"), None);
        assert!(store.get("sotay/meta").unwrap().is_some());
    }

    #[test]
    fn an_office_profile_from_another_tab_is_taken() {
        let mut store = MemoryStore::default();
        let mut first = load(&mut store, device(1), Timestamp(1)).unwrap();
        let mut second = load(&mut store, device(2), Timestamp(1)).unwrap();
        first
            .workspace
            .set_office("Sở Nội vụ", "Vĩnh Phúc")
            .unwrap();
        first.saver.save(&mut store, &first.workspace).unwrap();
        let meta = store.get(crate::store::keys::META).unwrap().unwrap();
        assert_eq!(
            merge_key(&mut second.workspace, crate::store::keys::META, &meta),
            Some(true)
        );
        assert_eq!(second.workspace.office().name, "Sở Nội vụ");
        assert_eq!(
            merge_key(&mut second.workspace, crate::store::keys::META, &meta),
            Some(false)
        );
    }
}
