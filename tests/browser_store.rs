//! The localStorage store in a real browser: what the app saves comes back after a reload, a
//! value that does not parse is kept aside, and a full store is told apart from other failures.
//! Run by scripts/test.sh with wasm-bindgen-test-runner in headless Chromium and Firefox.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use sotay::domain::Timestamp;
use sotay::fixtures::{named as id, named_device as device};
use sotay::store::{self, browser::BrowserStore, Problem, Store, StoreError};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// A store with nothing in it: every test starts from an empty localStorage.
fn empty_store() -> BrowserStore {
    let mut store = BrowserStore::open().expect("localStorage must be usable over http");
    for key in store.keys().unwrap() {
        store.remove(&key).unwrap();
    }
    assert_eq!(store.keys().unwrap(), Vec::<String>::new());
    store
}

#[wasm_bindgen_test]
fn what_is_saved_comes_back_in_a_new_session() {
    let mut store = empty_store();
    let first = store::load(&mut store, device("may-a"), Timestamp(1)).unwrap();
    assert!(first.first_start);
    let mut saver = first.saver;
    let mut ws = first.workspace;
    let lead = ws.agencies_by_name()[0].id().clone();
    ws.add_plan(id("ke-hoach-1"), "Kế hoạch CCHC năm 2026", Timestamp(2))
        .unwrap();
    ws.add_task(
        id("nv-1"),
        &id("ke-hoach-1"),
        "Rà soát thủ tục",
        Some(&lead),
        Timestamp(3),
    )
    .unwrap();
    ws.add_task(
        id("nv-2"),
        &id("ke-hoach-1"),
        "Số hoá hồ sơ",
        Some(&lead),
        Timestamp(4),
    )
    .unwrap();
    let done_on = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    ws.set_task_done(&id("nv-2"), Some(done_on), Timestamp(5))
        .unwrap();
    assert!(
        saver.save(&mut store, &ws).unwrap() > 2,
        "the first save writes the chunks and the meta key"
    );
    assert_eq!(
        saver.save(&mut store, &ws).unwrap(),
        0,
        "nothing changed, nothing written"
    );

    // A new session: a fresh handle on localStorage, and a device id that must not be used.
    let mut reopened = BrowserStore::open().unwrap();
    let again = store::load(&mut reopened, device("may-khac"), Timestamp(6)).unwrap();
    assert!(!again.first_start);
    assert!(again.set_aside.is_empty());
    let back = again.workspace;
    assert_eq!(back.device(), &device("may-a"), "the device keeps its id");
    assert_eq!(back.plans_by_title().len(), 1);
    let tasks = back.plan_tasks(&id("ke-hoach-1"));
    let titles: Vec<_> = tasks.iter().map(|t| t.body().title.as_str()).collect();
    assert_eq!(titles, ["Rà soát thủ tục", "Số hoá hồ sơ"]);
    assert_eq!(back.plan_progress(&id("ke-hoach-1")).done, 1);
    assert_eq!(back.tasks().get(&id("nv-2")), ws.tasks().get(&id("nv-2")));
}

#[wasm_bindgen_test]
fn each_stored_key_corrupted_in_turn_is_kept_aside_and_the_rest_loads() {
    let mut store = empty_store();
    let loaded = store::load(&mut store, device("may-a"), Timestamp(1)).unwrap();
    let (mut ws, mut saver) = (loaded.workspace, loaded.saver);
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    ws.load_example(today, Timestamp(2)).unwrap();
    saver.save(&mut store, &ws).unwrap();
    let all = ws.records();
    let count = |r: &sotay::workspace::Records| {
        r.agencies.len()
            + r.plans.len()
            + r.groups.len()
            + r.tasks.len()
            + r.indicators.len()
            + r.meetings.len()
            + r.items.len()
            + r.conclusions.len()
    };
    let mut keys = store.keys().unwrap();
    sotay::sort::sort_by(&mut keys, |a, b| a.cmp(b));
    assert!(
        keys.len() > 10,
        "the example spreads over many chunks: {keys:?}"
    );
    let broken = r#"[{"id":"nv-1","body":{"title":"Rà soát"#;
    for (n, key) in keys.iter().enumerate() {
        let good = store.get(key).unwrap().unwrap();
        store.set(key, broken).unwrap();
        let again = store::load(&mut store, device("may-b"), Timestamp(100 + n as i64)).unwrap();
        assert_eq!(again.set_aside.len(), 1, "{key}");
        let aside = &again.set_aside[0];
        assert_eq!(&aside.key, key);
        assert!(matches!(aside.problem, Problem::Unreadable(_)));
        let kept_at = aside.kept_at.clone().expect("the copy was written");
        assert_eq!(store.get(&kept_at).unwrap().as_deref(), Some(broken));
        if key != "sotay/meta" {
            // Only the records of the broken chunk are missing; everything else loads.
            let lost = count(&all) - count(&again.workspace.records());
            let in_chunk = store::unpack(&good)
                .map(|json| json.matches("{\"id\":").count())
                .unwrap();
            assert_eq!(lost, in_chunk, "{key}");
        }
        store.set(key, &good).unwrap();
        store.remove(&kept_at).unwrap();
    }
}

#[wasm_bindgen_test]
fn a_full_store_is_reported_as_full() {
    let mut store = empty_store();
    // Browsers give an origin about 5 million characters; 1 MiB values reach that quickly.
    let chunk = "x".repeat(1 << 20);
    let mut outcome = Ok(());
    for n in 0..64 {
        outcome = store.set(&format!("sotay/test-fill/{n}"), &chunk);
        if outcome.is_err() {
            break;
        }
    }
    for key in store.keys().unwrap() {
        store.remove(&key).unwrap();
    }
    assert_eq!(outcome, Err(StoreError::QuotaExceeded));
    // Once space is free again, writing works.
    store.set("sotay/after", "1").unwrap();
    store.remove("sotay/after").unwrap();
}

/// What the previous release (schema 1) stored loads in a real browser, is migrated on the first
/// save, and loses nothing.
#[wasm_bindgen_test]
fn stored_data_of_schema_1_migrates_in_the_browser() {
    let mut store = empty_store();
    let fixture: std::collections::BTreeMap<String, String> =
        serde_json::from_str(include_str!("fixtures/storage-schema-1.json")).unwrap();
    for (key, value) in &fixture {
        store.set(key, value).unwrap();
    }
    let mut loaded = store::load(&mut store, device("may-moi"), Timestamp(9)).unwrap();
    assert_eq!(loaded.migrated_from, Some(1));
    let ws = loaded.workspace.clone();
    assert_eq!(ws.device(), &device("may-cu-schema-1"));
    assert_eq!(ws.tasks().live().count(), 10);
    loaded.saver.save(&mut store, &ws).unwrap();
    assert_eq!(
        store.get("sotay/tasks").unwrap(),
        None,
        "the old key goes once saved"
    );
    let again = store::load(&mut store, device("may-moi"), Timestamp(10)).unwrap();
    assert_eq!(again.migrated_from, None);
    assert_eq!(again.workspace, ws);
}
