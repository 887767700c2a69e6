//! The layout against an in-memory store: round trips, changed keys only, and every way a stored
//! value can be bad, where nothing may be lost.

use super::*;
use crate::domain::Id;
use crate::store::MemoryStore;
use crate::workspace::tests::{device, sample};
use crate::workspace::Kind;

fn saved(ws: &Workspace) -> MemoryStore {
    let mut store = MemoryStore::default();
    Saver::default().save(&mut store, ws).unwrap();
    store
}

#[test]
fn a_saved_workspace_loads_back_exactly() {
    let ws = sample();
    let mut store = saved(&ws);
    let loaded = load(&mut store, device(99), Timestamp(5)).unwrap();
    assert_eq!(loaded.workspace, ws);
    assert!(!loaded.first_start);
    assert!(loaded.set_aside.is_empty());
}

#[test]
fn first_start_makes_a_device_seeds_agencies_and_saves_everything_once() {
    let mut store = MemoryStore::default();
    let mut loaded = load(&mut store, device(42), Timestamp(5)).unwrap();
    assert!(loaded.first_start);
    assert_eq!(loaded.workspace.device(), &device(42));
    assert!(loaded
        .workspace
        .agency_name(&Id::parse("co-quan-so-tu-phap").unwrap())
        .is_some());
    assert_eq!(
        loaded.saver.save(&mut store, &loaded.workspace),
        Ok(KEYS.len())
    );
    assert_eq!(loaded.saver.save(&mut store, &loaded.workspace), Ok(0));
    let again = load(&mut store, device(43), Timestamp(6)).unwrap();
    assert_eq!(
        again.workspace.device(),
        &device(42),
        "the device id is kept"
    );
}

#[test]
fn only_the_keys_whose_records_changed_are_written() {
    let mut store = MemoryStore::default();
    let mut loaded = load(&mut store, device(1), Timestamp(1)).unwrap();
    let ws = &mut loaded.workspace;
    loaded.saver.save(&mut store, ws).unwrap();
    ws.add_plan(Id::from_random(5), "Kế hoạch", Timestamp(2))
        .unwrap();
    assert_eq!(loaded.saver.save(&mut store, ws), Ok(1));
    assert!(store
        .get("sotay/plans")
        .unwrap()
        .unwrap()
        .contains("Kế hoạch"));
}

#[test]
fn a_value_that_does_not_parse_is_kept_aside_and_the_rest_loads() {
    let ws = sample();
    let mut store = saved(&ws);
    let broken = r#"[{"id":"x","version":{},"changed_at":1,"body":{"plan""#;
    store.set("sotay/tasks", broken).unwrap();

    let mut loaded = load(&mut store, device(99), Timestamp(77)).unwrap();
    assert_eq!(loaded.workspace.plans(), ws.plans(), "plans still load");
    assert_eq!(loaded.workspace.tasks().all().len(), 0);
    let aside = &loaded.set_aside[0];
    assert_eq!(aside.key, "sotay/tasks");
    assert!(matches!(&aside.problem, Problem::Unreadable(m) if m.contains("line 1")));
    assert_eq!(aside.kept_at.as_deref(), Some("sotay/quarantine/tasks/77"));
    assert_eq!(
        store.get("sotay/quarantine/tasks/77").unwrap().as_deref(),
        Some(broken)
    );

    loaded.saver.save(&mut store, &loaded.workspace).unwrap();
    assert_eq!(
        store.get("sotay/quarantine/tasks/77").unwrap().as_deref(),
        Some(broken)
    );
    assert_eq!(quarantined(&store).unwrap(), ["sotay/quarantine/tasks/77"]);
}

#[test]
fn a_value_that_cannot_be_kept_aside_is_never_overwritten() {
    let mut roomy = saved(&sample());
    roomy.set("sotay/plans", "not json").unwrap();
    // A store exactly as full as its values: the quarantine copy cannot be written.
    let used: usize = KEYS
        .iter()
        .map(|k| k.len() + roomy.get(k).unwrap().unwrap().chars().count())
        .sum();
    let mut store = MemoryStore::with_capacity(used);
    for key in KEYS {
        store.set(key, &roomy.get(key).unwrap().unwrap()).unwrap();
    }
    let mut loaded = load(&mut store, device(99), Timestamp(8)).unwrap();
    assert_eq!(loaded.set_aside[0].kept_at, None);
    assert_eq!(
        loaded.saver.protected().collect::<Vec<_>>(),
        [&"sotay/plans"]
    );
    loaded
        .workspace
        .add_plan(Id::from_random(6), "Mới", Timestamp(9))
        .ok();
    let _ = loaded.saver.save(&mut store, &loaded.workspace);
    assert_eq!(
        store.get("sotay/plans").unwrap().as_deref(),
        Some("not json")
    );
}

#[test]
fn duplicate_ids_are_set_aside_like_a_broken_value() {
    let ws = sample();
    let mut store = saved(&ws);
    let tasks = store.get("sotay/tasks").unwrap().unwrap();
    let first = tasks
        .trim_start_matches('[')
        .split("},{\"id\"")
        .next()
        .unwrap()
        .to_owned();
    let doubled = format!("[{first}}},{first}}}]");
    store.set("sotay/tasks", &doubled).unwrap();
    let loaded = load(&mut store, device(99), Timestamp(3)).unwrap();
    assert!(matches!(
        loaded.set_aside[0].problem,
        Problem::DuplicateId(_)
    ));
}

#[test]
fn data_from_a_newer_version_is_left_untouched() {
    let mut store = saved(&sample());
    let newer = r#"{"schema":2,"device":"abc","whatever":true}"#;
    store.set("sotay/meta", newer).unwrap();
    let before = store.clone();
    let mut loaded = load(&mut store, device(99), Timestamp(3)).unwrap();
    assert_eq!(loaded.set_aside[0].problem, Problem::NewerSchema(2));
    loaded
        .workspace
        .delete(
            Kind::Agency,
            &Id::parse("co-quan-so-tu-phap").unwrap(),
            Timestamp(4),
        )
        .unwrap();
    assert_eq!(loaded.saver.save(&mut store, &loaded.workspace), Ok(0));
    for key in KEYS {
        assert_eq!(store.get(key).unwrap(), before.get(key).unwrap());
    }
}

#[test]
fn a_full_store_refuses_the_write_and_keeps_the_previous_value() {
    let ws = sample();
    let store_text = saved(&ws);
    let used: usize = KEYS
        .iter()
        .map(|k| k.len() + store_text.get(k).unwrap().unwrap().chars().count())
        .sum();
    let mut store = MemoryStore::with_capacity(used + 10);
    let mut loaded = load(&mut store, device(1), Timestamp(1)).unwrap();
    loaded.saver.save(&mut store, &ws).unwrap();
    let mut bigger = ws.clone();
    bigger
        .add_plan(Id::from_random(8), "Một kế hoạch có tên dài", Timestamp(2))
        .unwrap();
    assert_eq!(
        loaded.saver.save(&mut store, &bigger),
        Err(StoreError::QuotaExceeded)
    );
    assert_eq!(
        load(&mut store, device(2), Timestamp(3)).unwrap().workspace,
        ws
    );
}
