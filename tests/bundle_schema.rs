//! docs/bundle.schema.json against what this version really exports: the example workspace
//! (every kind of record) as a whole, by plan and by meeting, each accepted; and changed
//! bundles (a field renamed, a value of the wrong type) refused, so the schema cannot drift
//! from the format unnoticed.

// boon is a native dev-dependency; the schema is about files, not the browser.
#![cfg(not(target_arch = "wasm32"))]

use boon::{Compiler, SchemaIndex, Schemas};
use serde_json::{json, Value};
use sotay::bundle::{Bundle, Scope};
use sotay::domain::{DeviceId, Id, Timestamp};
use sotay::workspace::{Kind, Workspace};

const SCHEMA: &str = include_str!("../docs/bundle.schema.json");

fn schema() -> (Schemas, SchemaIndex) {
    let mut schemas = Schemas::new();
    let mut compiler = Compiler::new();
    let doc: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    let url = "https://sotay-cai-cach.invalid/bundle.schema.json";
    compiler.add_resource(url, doc).expect("the schema loads");
    let index = compiler
        .compile(url, &mut schemas)
        .unwrap_or_else(|e| panic!("the schema compiles: {e:#}"));
    (schemas, index)
}

/// The example workspace, as a new office loads it from the start page.
fn example() -> (Workspace, Id) {
    let mut ws = Workspace::new(DeviceId(Id::from_random(1)));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("a day");
    let plan = ws
        .load_example(today, Timestamp(1_795_000_000_000))
        .expect("the example loads");
    (ws, plan)
}

fn exported(ws: &Workspace, scope: Scope) -> Value {
    let bundle = Bundle::export(ws, scope, Timestamp(1_795_000_000_001), "0.1.0").unwrap();
    serde_json::from_str(&bundle.to_json().unwrap()).unwrap()
}

fn problems(schemas: &Schemas, index: SchemaIndex, bundle: &Value) -> Option<String> {
    schemas
        .validate(bundle, index)
        .err()
        .map(|e| format!("{e:#}"))
}

#[test]
fn every_bundle_the_example_exports_fits_the_schema() {
    let (schemas, index) = schema();
    let (ws, plan) = example();
    let meeting = ws.meetings().all().next().expect("the example's meeting");
    let scopes = [
        Scope::Workspace,
        Scope::Plan {
            id: plan,
            title: "Kế hoạch".into(),
        },
        Scope::Meeting {
            id: meeting.id().clone(),
            title: meeting.body().title.clone(),
        },
    ];
    for scope in scopes {
        let bundle = exported(&ws, scope.clone());
        assert_eq!(problems(&schemas, index, &bundle), None, "{scope:?}");
    }
    let whole = exported(&ws, Scope::Workspace);
    for kind in Kind::ALL.map(Kind::key) {
        let list = whole["records"][kind].as_array().map_or(0, Vec::len);
        assert!(
            list > 0,
            "the example has {kind}, so the schema is tried on them"
        );
    }
}

#[test]
fn a_renamed_field_or_a_value_of_another_type_is_refused() {
    let (schemas, index) = schema();
    let (ws, _) = example();
    let good = exported(&ws, Scope::Workspace);
    type Change = (&'static str, fn(&mut Value));
    let changes: [Change; 5] = [
        ("exported_at renamed", |b| {
            let at = b["exported_at"].take();
            b.as_object_mut().unwrap().remove("exported_at");
            b["exportedAt"] = at;
        }),
        ("exported_at as text", |b| {
            b["exported_at"] = json!("hôm nay")
        }),
        ("a task's title a number", |b| {
            b["records"]["tasks"][0]["body"]["title"] = json!(5)
        }),
        ("a task's id renamed", |b| {
            let task = b["records"]["tasks"][0].as_object_mut().unwrap();
            let id = task.remove("id").unwrap();
            task.insert("ma".into(), id);
        }),
        ("a count below zero", |b| b["counts"]["tasks"] = json!(-1)),
    ];
    for (what, change) in changes {
        let mut bad = good.clone();
        change(&mut bad);
        assert_ne!(bad, good, "{what} changes the bundle");
        assert!(
            problems(&schemas, index, &bad).is_some(),
            "the schema refuses {what}"
        );
    }
}
