//! Bundles that read as bundles but break the rules: records the forms would refuse, links to
//! the wrong place, forged clocks and counters, a key twice, nesting inside a newer version's
//! field. Each is made from the good bundle by `write_the_corpus`.

use serde_json::{json, Value};

type Edit<'a> = &'a dyn Fn(&mut Value);

/// Makes a file from the good bundle with a change.
pub type Make = fn(&dyn Fn(&mut Value)) -> Vec<u8>;

/// The device the good bundle's edits were made on.
fn device() -> String {
    sotay::fixtures::id(1).to_string()
}

/// The index of the starter "Sở Nội vụ" among the good bundle's agencies.
fn sonv_at(v: &Value) -> usize {
    let list = v["records"]["agencies"].as_array().unwrap();
    list.iter()
        .position(|a| a["id"] == "co-quan-so-noi-vu")
        .unwrap()
}

/// Deletes record `r` by an edit of the good bundle's device that saw everything it had.
fn delete(r: &mut Value) {
    r["deleted"] = true.into();
    let mut seen = json!({});
    for w in r["writes"].as_array().cloned().unwrap_or_default() {
        for (d, n) in w["seen"].as_object().unwrap() {
            let had = seen.get(d).and_then(Value::as_u64).unwrap_or(0);
            seen[d] = had.max(n.as_u64().unwrap()).into();
        }
    }
    let dev = device();
    let mine = seen.get(&dev).and_then(Value::as_u64).unwrap_or(0) + 1;
    seen[&dev] = mine.into();
    let write = json!({"by": dev, "seen": seen, "at": 50, "fields": ["deleted"]});
    match r["writes"].as_array_mut() {
        Some(list) => list.push(write),
        None => r["writes"] = json!([write]),
    }
}

/// The files, by name: `forged` ones have their counts and checksum made right again, so only
/// the rules can object; `edited` ones do not.
pub fn files(good: &str, edited: Make, forged: Make) -> Vec<(String, Vec<u8>)> {
    let rules: Vec<(&str, Edit)> = vec![
        ("invalid--task-in-no-list", &|v| {
            let t = v["records"]["tasks"][1]["body"].as_object_mut().unwrap();
            t.remove("plan");
        }),
        ("invalid--lead-among-coordinators", &|v| {
            let t = &mut v["records"]["tasks"][1]["body"];
            t["coordinating"] = json!([t["lead"].clone()]);
        }),
        ("invalid--deadline-in-year-0", &|v| {
            v["records"]["tasks"][1]["body"]["deadline"] =
                json!({"kind": "by", "day": "0000-01-01"});
        }),
        ("invalid--deadline-in-month-13", &|v| {
            let deadline = json!({"kind": "month", "year": 2026, "month": 13});
            v["records"]["tasks"][1]["body"]["deadline"] = deadline;
        }),
        ("invalid--deadline-in-quarter-0", &|v| {
            let deadline = json!({"kind": "quarter", "year": 2026, "quarter": 0});
            v["records"]["tasks"][1]["body"]["deadline"] = deadline;
        }),
        ("invalid--done-in-year-9999", &|v| {
            let status = json!({"state": "done", "on": "9999-12-31"});
            v["records"]["tasks"][0]["body"]["status"] = status;
        }),
        ("invalid--meeting-at-a-leap-second", &|v| {
            v["records"]["meetings"][0]["body"]["time"] = "23:59:60".into();
        }),
        ("invalid--indicator-at-i64-extremes", &|v| {
            let plan = &v["records"]["plans"][0];
            let mut write = plan["writes"][0].clone();
            let fields = [
                "plan",
                "name",
                "unit",
                "direction",
                "baseline",
                "target",
                "achieved",
            ];
            write["fields"] = json!(fields);
            let body = json!({"plan": plan["id"].clone(), "name": "phòng, ban, chi cục",
                "direction": "reduce", "target": i64::MAX, "achieved": i64::MIN});
            v["records"]["indicators"] =
                json!([{"id": "chi-tieu-1", "body": body, "writes": [write]}]);
        }),
        ("invalid--title-of-a-million-characters", &|v| {
            v["records"]["plans"][0]["body"]["title"] = "A".repeat(1_000_000).into();
        }),
        ("invalid--nul-in-a-title", &|v| {
            v["records"]["plans"][0]["body"]["title"] = "Kế hoạch\u{0}CCHC".into();
        }),
        ("invalid--escape-in-a-title", &|v| {
            v["records"]["plans"][0]["body"]["title"] = "Kế hoạch \u{1b}[31mđỏ".into();
        }),
        ("invalid--200000-combining-marks", &|v| {
            let title = format!("a{}", "\u{301}".repeat(200_000));
            v["records"]["tasks"][0]["body"]["title"] = title.into();
        }),
        ("mismatch--deleted-agency-leads-a-live-task", &|v| {
            let i = sonv_at(v);
            delete(&mut v["records"]["agencies"][i]);
        }),
        ("mismatch--deleted-group-with-a-live-task", &|v| {
            delete(&mut v["records"]["groups"][0]);
        }),
        ("mismatch--task-in-another-plans-group", &|v| {
            let mut other = v["records"]["plans"][0].clone();
            other["id"] = "ke-hoach-khac".into();
            v["records"]["plans"].as_array_mut().unwrap().push(other);
            v["records"]["tasks"][0]["body"]["plan"] = "ke-hoach-khac".into();
        }),
        ("mismatch--conclusion-on-another-meetings-item", &|v| {
            let mut other = v["records"]["meetings"][0].clone();
            other["id"] = "cuoc-hop-khac".into();
            v["records"]["meetings"].as_array_mut().unwrap().push(other);
            v["records"]["conclusions"][0]["body"]["meeting"] = "cuoc-hop-khac".into();
        }),
        ("edit-time--at-i64-max", &|v| {
            v["records"]["tasks"][0]["writes"][0]["at"] = i64::MAX.into();
        }),
        ("edit-time--before-1970", &|v| {
            v["records"]["tasks"][0]["writes"][0]["at"] = (-86_400_000i64).into();
        }),
    ];
    let mut files: Vec<(String, Vec<u8>)> = rules
        .into_iter()
        .map(|(name, change)| (format!("{name}.json"), forged(change)))
        .collect();
    let shapes: Vec<(&str, Edit)> = vec![
        ("shape--counter-at-u64-max", &|v| {
            v["records"]["tasks"][0]["writes"][0]["seen"][device()] = u64::MAX.into();
        }),
        ("shape--counter-of-0", &|v| {
            v["records"]["tasks"][0]["writes"][0]["seen"][device()] = 0.into();
        }),
        ("shape--a-hostile-value-of-200000-characters", &|v| {
            v["records"]["tasks"][0]["body"]["position"] = "9".repeat(200_000).into();
        }),
        ("shape--a-field-set-by-two-edits", &|v| {
            let mut w = v["records"]["tasks"][0]["writes"][0].clone();
            w["fields"] = json!(["title"]);
            let writes = v["records"]["tasks"][0]["writes"].as_array_mut().unwrap();
            writes.push(w.clone());
            writes.push(w);
        }),
        ("shape--two-edits-each-setting-the-rest", &|v| {
            let w = v["records"]["tasks"][0]["writes"][0].clone();
            v["records"]["tasks"][0]["writes"]
                .as_array_mut()
                .unwrap()
                .push(w);
        }),
        // A starter agency nobody edited: no edit could have set these.
        ("shape--a-newer-field-set-by-no-edit", &|v| {
            v["records"]["agencies"][0]["body"]["nguon"] = "Thông báo 45".into();
        }),
        ("shape--a-deletion-made-by-no-edit", &|v| {
            v["records"]["agencies"][0]["deleted"] = true.into();
        }),
        ("shape--an-edit-of-no-field", &|v| {
            v["records"]["tasks"][0]["writes"][0]["fields"] = json!([]);
        }),
        ("too-deep--100-inside-a-newer-field", &|v| {
            let mut deep = json!(1);
            for _ in 0..100 {
                deep = json!([deep]);
            }
            v["records"]["tasks"][0]["body"]["nguon"] = deep;
        }),
    ];
    files.extend(
        shapes
            .into_iter()
            .map(|(name, change)| (format!("{name}.json"), edited(change))),
    );
    let title = "\"title\": \"Rà soát văn bản\"";
    assert!(good.contains(title));
    let twice = good.replacen(title, &format!("{title}, \"title\": \"Bản khác\""), 1);
    files.push((
        "duplicate-key--a-title-twice.json".into(),
        twice.into_bytes(),
    ));
    let count = format!("\"{}\": 1", device());
    assert!(good.contains(&count));
    let twice = good.replacen(&count, &format!("{count}, {count}"), 1);
    files.push((
        "duplicate-key--a-device-twice.json".into(),
        twice.into_bytes(),
    ));
    files
}
