//! The layout against an in-memory store: round trips, changed chunks only, migration from
//! schema 1, the size at an office's real scale, and every way a stored value can be bad, where
//! nothing may be lost.

use super::*;
use crate::domain::{Id, Timestamp};
use crate::store::keys::chunk as chunk_key;
use crate::store::packed::unpack;
use crate::store::MemoryStore;
use crate::workspace::sample::{self, Scale};
use crate::workspace::tests::{device, sample};
use crate::workspace::Kind;
use std::collections::BTreeMap;

fn saved(ws: &Workspace) -> MemoryStore {
    let mut store = MemoryStore::default();
    Saver::default().save(&mut store, ws).unwrap();
    store
}

/// The chunk that holds the record `id` of `kind`, in a workspace small enough for the fewest
/// chunks.
fn key_of(kind: &str, id: &Id) -> String {
    chunk_key(kind, bucket(id.fnv(), MIN_BUCKETS))
}

fn first_task(ws: &Workspace) -> Id {
    ws.tasks().all().next().unwrap().id().clone()
}

#[test]
fn a_saved_workspace_loads_back_exactly() {
    let ws = sample();
    let mut store = saved(&ws);
    let loaded = load(&mut store, device(99), Timestamp(5)).unwrap();
    assert_eq!(loaded.workspace, ws);
    assert!(!loaded.first_start);
    assert!(loaded.set_aside.is_empty());
    assert_eq!(loaded.migrated_from, None);
}

#[test]
fn stored_chunks_are_packed_and_a_plain_json_chunk_still_reads() {
    let ws = sample();
    let mut store = saved(&ws);
    let key = key_of("tasks", &first_task(&ws));
    let stored = store.get(&key).unwrap().unwrap();
    assert!(stored.starts_with('Z'), "packed: {stored:.20}");
    // A chunk repaired by hand as plain JSON is read as it is.
    store.set(&key, &unpack(&stored).unwrap()).unwrap();
    assert_eq!(
        load(&mut store, device(9), Timestamp(5)).unwrap().workspace,
        ws
    );
}

#[test]
fn first_start_makes_a_device_seeds_agencies_and_saves_them_once() {
    let mut store = MemoryStore::default();
    let mut loaded = load(&mut store, device(42), Timestamp(5)).unwrap();
    assert!(loaded.first_start);
    assert_eq!(loaded.workspace.device(), &device(42));
    assert!(loaded
        .workspace
        .agency_name(&Id::parse("co-quan-so-tu-phap").unwrap())
        .is_some());
    let written = loaded.saver.save(&mut store, &loaded.workspace).unwrap();
    assert!(
        written > 1 && written <= MIN_BUCKETS as usize + 1,
        "{written}"
    );
    assert_eq!(loaded.saver.save(&mut store, &loaded.workspace), Ok(0));
    let again = load(&mut store, device(43), Timestamp(6)).unwrap();
    assert_eq!(
        again.workspace.device(),
        &device(42),
        "the device id is kept"
    );
    assert!(!again.first_start);
}

#[test]
fn an_edit_rewrites_only_the_chunk_of_its_record() {
    let ws = sample::workspace(
        3,
        Scale::of(500),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
    );
    let mut store = saved(&ws);
    let mut loaded = load(&mut store, device(1), Timestamp(1)).unwrap();
    assert_eq!(
        loaded.saver.save(&mut store, &loaded.workspace),
        Ok(0),
        "nothing changed"
    );
    let task = first_task(&ws);
    let before = store.clone();
    loaded
        .workspace
        .set_task_title(&task, "Rà soát lại", Timestamp(1_900_000_000_000))
        .unwrap();
    assert_eq!(loaded.saver.save(&mut store, &loaded.workspace), Ok(1));
    let tried = loaded.saver.take_written();
    assert_eq!(tried.len(), 1, "the one chunk goes to the journal too");
    assert_eq!(store.get(&tried[0].0).unwrap(), Some(tried[0].1.clone()));
    assert!(loaded.saver.take_written().is_empty());
    let changed: Vec<String> = store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| store.get(k).unwrap() != before.get(k).unwrap())
        .collect();
    assert_eq!(changed, [key_of("tasks", &task)]);
    // A key another tab wrote is written again from here at the next save, although no
    // table changed since: the saver forgets what it knew of every kind.
    let key = key_of("plans", ws.plans().all().next().unwrap().id());
    store.set(&key, "[]").unwrap();
    loaded.saver.forget(&key);
    assert_eq!(loaded.saver.save(&mut store, &loaded.workspace), Ok(1));
    assert_ne!(store.get(&key).unwrap().as_deref(), Some("[]"));
}

#[test]
fn records_taken_out_or_put_back_whole_are_saved_too() {
    // Saving tells a changed chunk by its records' count and latest mark alone: records that
    // only went, and a table rebuilt from a snapshot, must still be written.
    let mut store = MemoryStore::default();
    let mut loaded = load(&mut store, device(1), Timestamp(1)).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    loaded.saver.save(&mut store, &loaded.workspace).unwrap();
    let before = loaded.workspace.records();
    loaded.workspace.load_example(today, Timestamp(2)).unwrap();
    assert!(loaded.saver.save(&mut store, &loaded.workspace).unwrap() > 0);
    let with_example = loaded.workspace.clone();
    loaded.workspace.remove_example();
    assert!(loaded.saver.save(&mut store, &loaded.workspace).unwrap() > 0);
    let back = load(&mut store, device(1), Timestamp(3)).unwrap().workspace;
    assert_eq!(
        back.records(),
        before,
        "the example's records are gone from storage"
    );
    // Put back whole from a snapshot (as undoing an import does).
    let snapshot = crate::workspace::Snapshot {
        at: Timestamp(4),
        records: with_example.records(),
        device: None,
    };
    loaded.workspace.restore_snapshot(&snapshot).unwrap();
    assert!(loaded.saver.save(&mut store, &loaded.workspace).unwrap() > 0);
    let back = load(&mut store, device(1), Timestamp(5)).unwrap().workspace;
    assert_eq!(back.records(), with_example.records());
    assert_eq!(loaded.saver.save(&mut store, &loaded.workspace), Ok(0));
}

#[test]
fn a_value_that_does_not_parse_is_kept_aside_and_the_rest_loads() {
    let ws = sample();
    let mut store = saved(&ws);
    let task = first_task(&ws);
    let key = key_of("tasks", &task);
    let broken = r#"[{"id":"x","version":{},"changed_at":1,"body":{"plan""#;
    store.set(&key, broken).unwrap();

    let mut loaded = load(&mut store, device(99), Timestamp(77)).unwrap();
    assert_eq!(loaded.workspace.plans(), ws.plans(), "plans still load");
    assert!(loaded.workspace.tasks().get_any(&task).is_none());
    let others: Vec<_> = ws
        .tasks()
        .all()
        .filter(|t| key_of("tasks", t.id()) != key)
        .collect();
    assert!(!others.is_empty());
    for t in others {
        assert_eq!(
            loaded.workspace.tasks().get_any(t.id()),
            Some(t),
            "the other chunks load"
        );
    }
    let aside = &loaded.set_aside[0];
    assert_eq!(aside.key, key);
    assert_eq!(aside.kind, "tasks");
    assert!(matches!(&aside.problem, Problem::Unreadable(m) if m.contains("line 1")));
    let copy = format!(
        "sotay/quarantine/{}/77",
        key.trim_start_matches("sotay/").replace('/', "-")
    );
    assert_eq!(aside.kept_at.as_deref(), Some(copy.as_str()));
    assert_eq!(store.get(&copy).unwrap().as_deref(), Some(broken));

    loaded.saver.save(&mut store, &loaded.workspace).unwrap();
    assert_eq!(store.get(&copy).unwrap().as_deref(), Some(broken));
    assert_eq!(quarantined(&store).unwrap(), [copy]);
}

#[test]
fn a_damaged_packed_chunk_is_set_aside_too() {
    let ws = sample();
    let mut store = saved(&ws);
    let key = key_of("tasks", &first_task(&ws));
    let stored = store.get(&key).unwrap().unwrap();
    let cut: String = stored.chars().take(stored.chars().count() - 3).collect();
    store.set(&key, &cut).unwrap();
    let loaded = load(&mut store, device(99), Timestamp(78)).unwrap();
    assert_eq!(loaded.set_aside.len(), 1);
    assert_eq!(loaded.set_aside[0].key, key);
}

#[test]
fn a_value_that_cannot_be_kept_aside_is_never_overwritten() {
    let ws = sample();
    let mut store = saved(&ws);
    let plan = ws.plans().all().next().unwrap().id().clone();
    let key = key_of("plans", &plan);
    store.set(&key, "not json").unwrap();
    // A store exactly as full as its values: the quarantine copy cannot be written.
    let mut full = MemoryStore::with_capacity(store.used());
    for k in store.keys().unwrap() {
        full.set(&k, &store.get(&k).unwrap().unwrap()).unwrap();
    }
    let mut loaded = load(&mut full, device(99), Timestamp(8)).unwrap();
    assert_eq!(loaded.set_aside[0].kept_at, None);
    assert_eq!(loaded.saver.protected().collect::<Vec<_>>(), [&key]);
    loaded
        .workspace
        .add_plan(plan.clone(), "Mới", Timestamp(9))
        .ok();
    let _ = loaded.saver.save(&mut full, &loaded.workspace);
    assert_eq!(full.get(&key).unwrap().as_deref(), Some("not json"));
}

#[test]
fn duplicate_ids_are_set_aside_like_a_broken_value() {
    let ws = sample();
    let mut store = saved(&ws);
    let key = key_of("tasks", &first_task(&ws));
    let json = unpack(&store.get(&key).unwrap().unwrap()).unwrap();
    let mut records: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    records.push(records[0].clone());
    store
        .set(&key, &serde_json::to_string(&records).unwrap())
        .unwrap();
    let loaded = load(&mut store, device(99), Timestamp(3)).unwrap();
    assert!(matches!(
        loaded.set_aside[0].problem,
        Problem::DuplicateId(_)
    ));
}

#[test]
fn data_from_a_newer_version_is_left_untouched() {
    let mut store = saved(&sample());
    let newer = format!(
        r#"{{"schema":{},"device":"abc","whatever":true}}"#,
        SCHEMA + 1
    );
    store.set("sotay/meta", &newer).unwrap();
    let before = store.clone();
    let mut loaded = load(&mut store, device(99), Timestamp(3)).unwrap();
    assert_eq!(
        loaded.set_aside[0].problem,
        Problem::NewerSchema(SCHEMA + 1)
    );
    loaded
        .workspace
        .delete(
            Kind::Agency,
            &Id::parse("co-quan-so-tu-phap").unwrap(),
            Timestamp(4),
        )
        .unwrap();
    assert_eq!(loaded.saver.save(&mut store, &loaded.workspace), Ok(0));
    for key in store.keys().unwrap() {
        assert_eq!(store.get(&key).unwrap(), before.get(&key).unwrap());
    }
}

#[test]
fn a_full_store_refuses_the_write_and_keeps_the_previous_value() {
    let ws = sample();
    let mut roomy = MemoryStore::default();
    let mut first = load(&mut roomy, device(1), Timestamp(1)).unwrap();
    first.saver.save(&mut roomy, &ws).unwrap();
    let mut store = MemoryStore::with_capacity(roomy.used() + 10);
    for k in roomy.keys().unwrap() {
        store.set(&k, &roomy.get(&k).unwrap().unwrap()).unwrap();
    }
    let mut loaded = load(&mut store, device(1), Timestamp(1)).unwrap();
    assert_eq!(loaded.workspace, ws);
    assert_eq!(
        loaded.saver.save(&mut store, &loaded.workspace),
        Ok(0),
        "what is stored is not written again"
    );
    let mut bigger = loaded.workspace.clone();
    for n in 0..20 {
        let title = format!("Kế hoạch {}", Id::from_random(900 + n));
        bigger
            .add_plan(Id::from_random(800 + n), &title, Timestamp(2))
            .unwrap();
    }
    assert_eq!(
        loaded.saver.save(&mut store, &bigger),
        Err(StoreError::QuotaExceeded)
    );
    assert_eq!(
        loaded.saver.save(&mut store, &bigger),
        Err(StoreError::QuotaExceeded),
        "with no new edit, the next save tries the refused chunk again"
    );
    let tried = loaded.saver.take_written();
    let (refused, text) = tried.last().expect("a chunk was tried");
    assert_ne!(
        store.get(refused).unwrap().as_ref(),
        Some(text),
        "the chunk the full store refused is still handed to the journal"
    );
    assert_eq!(
        load(&mut store, device(2), Timestamp(3)).unwrap().workspace,
        ws
    );
}

/// The fixture is what the previous release (schema 1: one plain JSON key per kind) stored for
/// the example workspace of a Sở Nội vụ.
fn schema_1_store() -> MemoryStore {
    stored(include_str!(
        "../../../tests/fixtures/storage-schema-1.json"
    ))
}

/// A store holding a fixture's keys and values (a JSON object of them).
fn stored(fixture: &str) -> MemoryStore {
    let values: BTreeMap<String, String> = serde_json::from_str(fixture).unwrap();
    let mut store = MemoryStore::default();
    for (key, value) in values {
        store.set(&key, &value).unwrap();
    }
    store
}

#[test]
fn schema_1_is_migrated_and_its_keys_go_only_after_the_new_form_is_saved() {
    let mut store = schema_1_store();
    let mut loaded = load(&mut store, device(5), Timestamp(9)).unwrap();
    assert_eq!(loaded.migrated_from, Some(1));
    assert!(loaded.set_aside.is_empty());
    let ws = loaded.workspace.clone();
    assert_eq!(ws.office().name, "Sở Nội vụ tỉnh Vĩnh Phúc");
    assert_eq!(
        ws.device().0.as_str(),
        "may-cu-schema-1",
        "the device keeps its id"
    );
    assert_eq!(ws.plans().live().count(), 1);
    assert_eq!(
        ws.tasks().live().count(),
        10,
        "8 plan tasks and 2 assignments"
    );
    assert_eq!(ws.meetings().live().count(), 1);
    assert!(
        store.get("sotay/tasks").unwrap().is_some(),
        "the old form is kept while unsaved"
    );

    // The save that fails keeps the old form too.
    let mut full = MemoryStore::with_capacity(store.used() + 50);
    for k in store.keys().unwrap() {
        full.set(&k, &store.get(&k).unwrap().unwrap()).unwrap();
    }
    let mut failing = load(&mut full, device(5), Timestamp(9)).unwrap();
    assert!(failing.saver.save(&mut full, &failing.workspace).is_err());
    assert!(full.get("sotay/tasks").unwrap().is_some());
    assert_eq!(
        load(&mut full, device(6), Timestamp(10)).unwrap().workspace,
        ws
    );

    loaded.saver.save(&mut store, &ws).unwrap();
    for kind in crate::workspace::Kind::ALL.map(|k| k.key()) {
        assert_eq!(
            store.get(&format!("sotay/{kind}")).unwrap(),
            None,
            "{kind} moved"
        );
    }
    let again = load(&mut store, device(6), Timestamp(10)).unwrap();
    assert_eq!(again.migrated_from, None);
    assert_eq!(again.workspace, ws);
}

#[test]
fn five_thousand_tasks_and_five_hundred_meetings_fit_with_room_to_spare() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let ws = sample::workspace(
        11,
        Scale {
            tasks: 5000,
            meetings: 500,
            first_meeting: 3,
        },
        day,
    );
    let store = saved(&ws);
    let plain = serde_json::to_string(&ws.records())
        .unwrap()
        .encode_utf16()
        .count();
    let used = store.used();
    // Safari's 5 MB counts two bytes a unit: about 2.6 M units, the smallest of the three.
    let smallest = 5 * 1024 * 1024 / 2;
    println!(
        "stored: {used} UTF-16 units ({:.1} % of Safari's ~{smallest}); plain JSON {plain} ({:.1}×)",
        100.0 * used as f64 / smallest as f64,
        plain as f64 / used as f64
    );
    assert!(
        used * 4 < smallest,
        "a quarter of the smallest quota at most: {used}"
    );
}

#[test]
fn what_another_tab_wrote_reads_as_records_to_merge() {
    let ws = sample();
    let store = saved(&ws);
    let task = first_task(&ws);
    let key = key_of("tasks", &task);
    let records = read_chunk(&key, &store.get(&key).unwrap().unwrap()).unwrap();
    assert!(records.tasks.iter().any(|t| t.id() == &task));
    assert!(records.plans.is_empty());
    let mut other = Workspace::new(device(7));
    assert!(other.merge_records(&records) > 0);
    assert_eq!(other.tasks().get_any(&task), ws.tasks().get_any(&task));
    assert_eq!(read_chunk("sotay/lang", "vi"), None);
    assert_eq!(read_chunk("sotay/tasks/z", "[]"), None);
    assert_eq!(read_chunk(&key, "broken"), None);
    let office = read_office("sotay/meta", &store.get("sotay/meta").unwrap().unwrap());
    assert_eq!(office.as_ref(), Some(ws.office()));
    assert_eq!(usage(&store).unwrap(), store.used());
}

#[test]
fn a_chunk_set_aside_is_recovered_when_the_journal_holds_a_good_copy() {
    let ws = sample();
    let mut store = saved(&ws);
    let key = key_of("tasks", &first_task(&ws));
    let good = store.get(&key).unwrap().unwrap();
    store.set(&key, "Z12:garbage").unwrap();
    let loaded = load(&mut store, device(99), Timestamp(3)).unwrap();
    let aside = &loaded.set_aside[0];
    assert_eq!(aside.key, key);
    assert!(aside
        .kept_at
        .as_deref()
        .is_some_and(|k| k.starts_with("sotay/quarantine/tasks-")));
    assert!(aside.recovered_by(&[(key.clone(), good)]));
    assert!(!aside.recovered_by(&[(key.clone(), "Z3:bad".to_owned())]));
    assert!(!aside.recovered_by(&[]));
}

/// What the previous release (schema 2: the same chunks, records with one version for the whole
/// record) stored for the example workspace of a Sở Nội vụ, one task done and one deleted.
fn schema_2_store() -> MemoryStore {
    stored(include_str!(
        "../../../tests/fixtures/storage-schema-2.json"
    ))
}

#[test]
fn schema_2_records_are_written_again_in_the_new_form() {
    let mut store = schema_2_store();
    let before = store.clone();
    let mut loaded = load(&mut store, device(5), Timestamp(9)).unwrap();
    assert_eq!(loaded.migrated_from, Some(2));
    assert!(loaded.set_aside.is_empty());
    let ws = loaded.workspace.clone();
    assert_eq!(
        ws.device().0.as_str(),
        "may-cu-schema-2",
        "the device keeps its id"
    );
    assert_eq!(ws.office().name, "Sở Nội vụ tỉnh Vĩnh Phúc");
    assert!(ws.tasks().live().any(|t| t.body().status.is_done()));
    assert_eq!(ws.tasks().all().filter(|t| t.is_deleted()).count(), 1);
    // Every stored chunk is written again, in the new form, then the meta key with schema 3.
    loaded.saver.save(&mut store, &ws).unwrap();
    for key in before
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k != "sotay/meta")
    {
        let json = unpack(&store.get(&key).unwrap().unwrap()).unwrap();
        assert!(!json.contains("\"changed_at\""), "{key} in the new form");
    }
    let meta = store.get("sotay/meta").unwrap().unwrap();
    assert!(meta.contains(&format!("\"schema\":{SCHEMA}")), "{meta}");
    let mut again = load(&mut store, device(6), Timestamp(10)).unwrap();
    assert_eq!(again.migrated_from, None);
    assert_eq!(again.workspace, ws);
    assert_eq!(
        again.saver.save(&mut store, &again.workspace),
        Ok(0),
        "nothing more to write"
    );
}

#[test]
fn a_body_merged_in_under_the_same_version_is_saved_and_reads_back() {
    let ws = sample();
    let mut store = saved(&ws);
    let mut loaded = load(&mut store, device(99), Timestamp(5)).unwrap();
    // Another copy of a task with the same edits and another title (a forged or twin file).
    let task = ws.tasks().get_any(&first_task(&ws)).unwrap();
    let text = serde_json::to_string(task).unwrap();
    let forged = serde_json::from_str(&text.replacen(&task.body().title, "Tên khác", 1)).unwrap();
    let records = Records {
        tasks: vec![forged],
        ..Records::default()
    };
    assert_eq!(loaded.workspace.merge_records(&records), 1);
    let shown = loaded.workspace.records();
    assert_ne!(shown, ws.records());
    // Until schema 3 the saver fingerprinted versions and times only: this chunk was never
    // written, so the page showed one body and a reload another.
    assert_eq!(loaded.saver.save(&mut store, &loaded.workspace), Ok(1));
    let again = load(&mut store, device(99), Timestamp(6)).unwrap();
    assert_eq!(again.workspace.records(), shown);
}

/// What the release before tasks could go without a lead (schema 3 as of issue 15) stored for
/// the example workspace: plans with references, tasks each led by one agency, a recurring duty
/// with its first day, the example meeting, one task done and one deleted.
fn schema_3_store() -> MemoryStore {
    stored(include_str!(
        "../../../tests/fixtures/storage-schema-3.json"
    ))
}

#[test]
fn the_stored_form_of_the_last_release_loads_unchanged() {
    let mut store = schema_3_store();
    let before = store.clone();
    let mut loaded = load(&mut store, device(5), Timestamp(9)).unwrap();
    assert_eq!(
        loaded.migrated_from,
        Some(3),
        "schema 4 counts its chunks by the kind's size"
    );
    assert!(loaded.set_aside.is_empty());
    let ws = loaded.workspace.clone();
    assert_eq!(ws.device().0.as_str(), "may-cu-schema-3");
    let live: Vec<_> = ws.tasks().live().collect();
    assert_eq!(live.len(), 9);
    assert!(
        live.iter().all(|t| t.body().lead.is_some()),
        "every lead kept"
    );
    assert!(live.iter().any(|t| t.body().deadline.is_recurring()));
    assert_eq!(ws.meetings().live().count(), 1);
    // Read and written again, every record is byte for byte what was stored: only the meta key
    // is written (its schema number), and a record the new fields do not concern keeps its
    // stored form. A small office keeps schema 3's sixteen chunks a kind.
    assert_eq!(
        loaded.saver.save(&mut store, &ws),
        Ok(1),
        "only the meta key"
    );
    assert!(store
        .get("sotay/meta")
        .unwrap()
        .unwrap()
        .contains("\"schema\":4"));
    assert_eq!(store.keys().unwrap(), before.keys().unwrap());
    let fresh = saved(&ws);
    let value = |store: &MemoryStore, key: &str| -> serde_json::Value {
        let text = unpack(&store.get(key).unwrap().unwrap()).unwrap();
        serde_json::from_str(&text).unwrap()
    };
    for key in before
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k != "sotay/meta")
    {
        assert_eq!(
            value(&fresh, &key),
            value(&before, &key),
            "{key} written back the same"
        );
    }
}

#[test]
fn a_kind_has_chunks_by_its_count() {
    assert_eq!(buckets_for(0), MIN_BUCKETS);
    assert_eq!(buckets_for(16 * PER_CHUNK), 16);
    assert_eq!(buckets_for(16 * PER_CHUNK + 1), 32);
    assert_eq!(buckets_for(20_000), 128);
    assert_eq!(buckets_for(usize::MAX), MAX_BUCKETS);
}

/// A store that takes `left` more writes, then refuses every one: a save cut off half-way (a
/// closed tab, a full store).
struct CutOff {
    store: MemoryStore,
    left: usize,
}

impl Store for CutOff {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.store.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.left = self.left.checked_sub(1).ok_or(StoreError::QuotaExceeded)?;
        self.store.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.store.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.store.keys()
    }
}

/// 5,000 tasks as schema 3 stored them: sixteen chunks, ~310 tasks each.
fn five_thousand_in_schema_3() -> (Workspace, MemoryStore) {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let ws = sample::workspace(3, Scale::of(5000), day);
    let mut store = saved(&ws);
    for key in store.keys().unwrap() {
        if key.starts_with("sotay/tasks/") {
            store.remove(&key).unwrap();
        }
    }
    let mut old: BTreeMap<u32, Vec<_>> = BTreeMap::new();
    for task in ws.tasks().all() {
        old.entry(bucket(task.id().fnv(), 16))
            .or_default()
            .push(task);
    }
    for (b, tasks) in old {
        let text = crate::store::packed::pack(&serde_json::to_string(&tasks).unwrap());
        store.set(&chunk_key("tasks", b), &text).unwrap();
    }
    let meta = store
        .get("sotay/meta")
        .unwrap()
        .unwrap()
        .replace("\"schema\":4", "\"schema\":3");
    store.set("sotay/meta", &meta).unwrap();
    (ws, store)
}

fn tasks_per_chunk(store: &MemoryStore) -> Vec<usize> {
    let keys = store.keys().unwrap();
    let chunks = keys.iter().filter(|k| k.starts_with("sotay/tasks/"));
    chunks
        .map(|k| {
            read_chunk(k, &store.get(k).unwrap().unwrap())
                .unwrap()
                .tasks
                .len()
        })
        .collect()
}

#[test]
fn a_grown_kind_is_split_so_one_edit_rewrites_a_bounded_chunk() {
    let (ws, mut store) = five_thousand_in_schema_3();
    assert_eq!(tasks_per_chunk(&store).len(), 16);
    let mut loaded = load(&mut store, device(5), Timestamp(9)).unwrap();
    assert_eq!(loaded.migrated_from, Some(3));
    assert_eq!(loaded.workspace, ws);
    // The first save splits the tasks into 32 chunks (and writes the meta key).
    assert_eq!(loaded.saver.save(&mut store, &loaded.workspace), Ok(33));
    let sizes = tasks_per_chunk(&store);
    assert_eq!(sizes.len(), 32);
    assert_eq!(sizes.iter().sum::<usize>(), 5000);
    assert!(sizes.iter().all(|n| *n < 2 * PER_CHUNK), "{sizes:?}");
    // One edit rewrites the one chunk of its task, whatever the office's size.
    let task = first_task(&ws);
    loaded
        .workspace
        .set_task_title(&task, "Rà soát lại", Timestamp(1_900_000_000_000))
        .unwrap();
    assert_eq!(loaded.saver.save(&mut store, &loaded.workspace), Ok(1));
    let again = load(&mut store, device(6), Timestamp(10)).unwrap();
    assert_eq!(again.migrated_from, None);
    assert_eq!(again.workspace, loaded.workspace);
    assert_eq!(tasks_per_chunk(&store).len(), 32);
}

#[test]
fn a_split_cut_off_at_any_write_loses_nothing() {
    let (ws, schema_3) = five_thousand_in_schema_3();
    for left in [0, 1, 7, 16, 17, 31, 32] {
        let mut store = CutOff {
            store: schema_3.clone(),
            left,
        };
        let mut loaded = load(&mut store, device(5), Timestamp(9)).unwrap();
        let saved = loaded.saver.save(&mut store, &loaded.workspace);
        assert_eq!(saved.is_err(), left < 33, "{left} writes");
        // Read again as the next start would: every task is there, once.
        let mut store = store.store;
        let mut again = load(&mut store, device(6), Timestamp(10)).unwrap();
        assert!(again.set_aside.is_empty());
        assert_eq!(
            again.workspace.records(),
            ws.records(),
            "cut off after {left} writes"
        );
        // And the next save completes the split.
        again.saver.save(&mut store, &again.workspace).unwrap();
        assert_eq!(tasks_per_chunk(&store).iter().sum::<usize>(), 5000);
        assert_eq!(tasks_per_chunk(&store).len(), 32, "after {left}");
    }
}

#[test]
fn a_record_in_two_chunks_keeps_the_newer_edit_whichever_chunk_is_read_last() {
    let ws = sample();
    let task = first_task(&ws);
    let mut newer = ws.clone();
    newer
        .set_task_title(&task, "Rà soát lại", Timestamp(1_900_000_000_000))
        .unwrap();
    let packed = |ws: &Workspace| {
        let record = ws.tasks().get_any(&task).unwrap();
        crate::store::packed::pack(&serde_json::to_string(&[record]).unwrap())
    };
    let higher = chunk_key("tasks", bucket(task.fnv(), MIN_BUCKETS) + MIN_BUCKETS);
    // The newer copy in the chunk read last, then in the chunk read first.
    for (stored, extra) in [(&ws, packed(&newer)), (&newer, packed(&ws))] {
        let mut store = saved(stored);
        store.set(&higher, &extra).unwrap();
        let loaded = load(&mut store, device(5), Timestamp(9)).unwrap();
        assert_eq!(
            loaded.workspace.tasks().get(&task).unwrap().body().title,
            "Rà soát lại"
        );
        assert_eq!(loaded.workspace.tasks().all().len(), ws.tasks().all().len());
    }
}

#[test]
fn a_chunk_another_tab_split_off_makes_this_tab_write_as_many_chunks() {
    let ws = sample();
    let mut store = saved(&ws);
    let mut loaded = load(&mut store, device(5), Timestamp(9)).unwrap();
    loaded.saver.forget("sotay/tasks/1f");
    loaded.saver.save(&mut store, &loaded.workspace).unwrap();
    for task in ws.tasks().all() {
        let key = chunk_key("tasks", bucket(task.id().fnv(), 32));
        let chunk = read_chunk(&key, &store.get(&key).unwrap().unwrap()).unwrap();
        assert!(chunk.tasks.iter().any(|t| t.id() == task.id()), "{key}");
    }
}

#[test]
fn the_saver_knows_what_the_store_held_when_the_page_started() {
    let ws = sample();
    let mut store = saved(&ws);
    let task = first_task(&ws);
    let key = key_of("tasks", &task);
    let at_start = store.get(&key).unwrap().unwrap();
    let mut loaded = load(&mut store, device(5), Timestamp(9)).unwrap();
    assert!(
        !loaded.saver.held_at_start(&key, &at_start),
        "not written yet"
    );
    loaded
        .workspace
        .set_task_title(&task, "Rà soát lại", Timestamp(1_900_000_000_000))
        .unwrap();
    loaded.saver.save(&mut store, &loaded.workspace).unwrap();
    let now = store.get(&key).unwrap().unwrap();
    assert!(loaded.saver.held_at_start(&key, &at_start));
    assert!(!loaded.saver.held_at_start(&key, &now));
    // Written again, the text of the start is still the one recognised.
    loaded
        .workspace
        .set_task_title(&task, "Rà soát lần ba", Timestamp(1_900_000_001_000))
        .unwrap();
    loaded.saver.save(&mut store, &loaded.workspace).unwrap();
    assert!(loaded.saver.held_at_start(&key, &at_start));
}
