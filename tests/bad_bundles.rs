//! Bad bundles, made from a good one: cut at many points, one byte changed, a newer schema,
//! 50 MB, nested 100,000 deep, wrong types, duplicate ids, dangling references, not JSON at all.
//! Each is refused with its own reason, and reading never changes the workspace. Text that looks
//! like HTML or runs right to left is data like any other and is read as such.

use sotay::bundle::{Bundle, ImportError, Scope, MAX_BYTES};
use sotay::domain::meeting::MeetingKind;
use sotay::domain::{DeviceId, Id, Timestamp};
use sotay::workspace::{Kind, Workspace};

fn id(n: u128) -> Id {
    Id::from_random(n)
}

fn sonv() -> Id {
    Id::parse("co-quan-so-noi-vu").unwrap()
}

/// A workspace with a plan, a group, two tasks, a meeting with an item, a conclusion and an
/// assignment: every kind of record and reference.
fn office() -> Workspace {
    let mut ws = Workspace::new(DeviceId(id(1)));
    let plan = ws
        .add_plan(id(10), "Kế hoạch CCHC năm 2026", Timestamp(1))
        .unwrap();
    let group = ws
        .add_group(id(11), &plan, "Cải cách thể chế", Timestamp(2))
        .unwrap();
    let fields = sotay::workspace::TaskFields {
        title: "Rà soát văn bản".into(),
        lead: Some(sonv()),
        ..Default::default()
    };
    ws.add_task_with(id(12), &plan, Some(&group), &fields, Timestamp(3))
        .unwrap();
    ws.add_task(id(13), &plan, "Số hóa hồ sơ", Some(&sonv()), Timestamp(4))
        .unwrap();
    let m = ws
        .add_meeting(id(20), "Giao ban tháng 3", None, Timestamp(5))
        .unwrap();
    ws.add_item(id(21), &m, Timestamp(6)).unwrap();
    ws.add_conclusion(id(22), &m, Some(&id(21)), Timestamp(7))
        .unwrap();
    ws.add_assignment(id(23), &m, &sonv(), Timestamp(8))
        .unwrap();
    let _ = MeetingKind::Meeting;
    ws
}

fn good() -> String {
    Bundle::export(&office(), Scope::Workspace, Timestamp(9), "0.1.0").to_json()
}

/// Reads `bytes` into a fresh workspace of another office and checks it did not change.
fn read(bytes: &[u8]) -> Result<Bundle, ImportError> {
    let ws = Workspace::new(DeviceId(id(2)));
    let before = ws.records();
    let outcome = Bundle::read(bytes, &ws);
    assert_eq!(ws.records(), before);
    outcome
}

/// Edits the good bundle's JSON and returns it (the checksum is not fixed up).
fn edited(change: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_str(&good()).unwrap();
    change(&mut value);
    value.to_string().into_bytes()
}

/// Like `edited`, with counts and checksum made right again: only the deeper layers can object.
fn forged(change: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_str(&good()).unwrap();
    change(&mut value);
    let records: sotay::workspace::Records =
        serde_json::from_value(value["records"].clone()).unwrap();
    value["counts"] = serde_json::to_value(sotay::bundle::Counts::of(&records)).unwrap();
    value["checksum"] = sotay::bundle::checksum(&records).into();
    value.to_string().into_bytes()
}

#[test]
fn the_good_bundle_is_read() {
    let bundle = read(good().as_bytes()).unwrap();
    assert_eq!(bundle.records.tasks.len(), 3);
}

#[test]
fn a_file_cut_anywhere_is_named_as_cut() {
    let text = good();
    // Twenty cuts spread over the file, from the first bytes to the last.
    for n in 1..=20 {
        let at = text.len() * n / 21;
        let at = (0..=at).rev().find(|i| text.is_char_boundary(*i)).unwrap();
        match read(&text.as_bytes()[..at]) {
            Err(ImportError::Syntax { cut: true, .. }) => {}
            other => panic!("cut at {at}: {other:?}"),
        }
    }
}

#[test]
fn one_changed_letter_is_caught_by_the_checksum() {
    let text = good();
    for (from, to) in [
        ("Rà soát", "Rà xoát"),
        ("Số hóa", "Số hoá"),
        ("\"position\": 1", "\"position\": 7"),
    ] {
        assert!(text.contains(from), "{from}");
        let changed = text.replacen(from, to, 1);
        assert_eq!(
            read(changed.as_bytes()).unwrap_err(),
            ImportError::Checksum,
            "{from}"
        );
    }
}

#[test]
fn a_record_cut_out_is_caught_by_the_counts() {
    let bytes = edited(|v| {
        v["records"]["tasks"].as_array_mut().unwrap().pop();
    });
    assert_eq!(
        read(&bytes).unwrap_err(),
        ImportError::Counts {
            kind: Kind::Task,
            stated: 3,
            found: 2
        }
    );
}

#[test]
fn a_newer_schema_is_named_as_newer() {
    let bytes = edited(|v| v["schema"] = 2.into());
    assert_eq!(
        read(&bytes).unwrap_err(),
        ImportError::NewerSchema { schema: 2 }
    );
}

#[test]
fn a_file_over_the_cap_is_refused_before_it_is_read() {
    let big = vec![b' '; 50 * 1024 * 1024];
    assert_eq!(
        read(&big).unwrap_err(),
        ImportError::TooLarge {
            bytes: big.len(),
            max: MAX_BYTES
        }
    );
}

#[test]
fn nesting_a_hundred_thousand_deep_is_refused_without_recursing() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        read(deep.as_bytes()),
        Err(ImportError::TooDeep { .. })
    ));
    // Brackets inside strings are text, not nesting.
    let text = good().replacen("Rà soát văn bản", &"[".repeat(500), 1);
    assert_eq!(read(text.as_bytes()).unwrap_err(), ImportError::Checksum);
}

#[test]
fn files_that_are_not_bundles_say_so() {
    // A Word document (the zip container of .docx) renamed .json.
    let docx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xdf\xa4\xd2lZ\x01\x00\x00";
    assert_eq!(read(docx).unwrap_err(), ImportError::NotText);
    // An old Word .doc.
    assert_eq!(
        read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0").unwrap_err(),
        ImportError::NotText
    );
    assert_eq!(read(b"").unwrap_err(), ImportError::Empty);
    assert_eq!(read(b"\xef\xbb\xbf  \n").unwrap_err(), ImportError::Empty);
    assert_eq!(
        read("{\"name\": \"Sở Nội vụ\"}".as_bytes()).unwrap_err(),
        ImportError::NotABundle
    );
    assert_eq!(read(b"[1, 2, 3]").unwrap_err(), ImportError::NotABundle);
    assert!(matches!(
        read("<html><body>Kế hoạch</body></html>".as_bytes()),
        Err(ImportError::Syntax { cut: false, .. })
    ));
    assert!(matches!(
        read(b"{\"format\": \"sotay-bundle\",}"),
        Err(ImportError::Syntax { line: 1, .. })
    ));
}

#[test]
fn wrong_types_name_the_record() {
    let cases: [(&str, &str, serde_json::Value); 5] = [
        ("tasks", "title", 5.into()),
        ("tasks", "status", "done".into()),
        ("plans", "title", serde_json::Value::Null),
        ("agencies", "name", serde_json::json!(["Sở"])),
        ("meetings", "day", "hôm qua".into()),
    ];
    for (list, field, value) in cases {
        // The shape is checked before the checksum, so the checksum need not be made right.
        let bytes = edited(|v| v["records"][list][0]["body"][field] = value.clone());
        match read(&bytes) {
            Err(ImportError::Shape {
                kind: Some(_),
                index: 0,
                id: Some(_),
                ..
            }) => {}
            other => panic!("{list}.{field}: {other:?}"),
        }
    }
    let bytes = edited(|v| v["exported_at"] = "hôm nay".into());
    assert!(matches!(
        read(&bytes),
        Err(ImportError::Shape { kind: None, .. })
    ));
    let bytes = edited(|v| v["records"]["tasks"] = serde_json::json!({"a": 1}));
    assert!(matches!(
        read(&bytes),
        Err(ImportError::Shape {
            kind: Some(Kind::Task),
            ..
        })
    ));
    let bytes = edited(|v| v["records"]["viruses"] = serde_json::json!([]));
    assert!(matches!(
        read(&bytes),
        Err(ImportError::Shape { kind: None, .. })
    ));
}

#[test]
fn duplicate_ids_are_named() {
    let bytes = forged(|v| {
        let tasks = v["records"]["tasks"].as_array_mut().unwrap();
        let copy = tasks[0].clone();
        tasks.push(copy);
    });
    assert!(matches!(
        read(&bytes),
        Err(ImportError::DuplicateId {
            kind: Kind::Task,
            ..
        })
    ));
}

#[test]
fn dangling_references_are_named_with_their_field() {
    let stranger = serde_json::Value::from(id(999).to_string());
    let cases: [(&str, &str, &str, Kind); 5] = [
        ("tasks", "lead", "lead", Kind::Agency),
        ("tasks", "plan", "plan", Kind::Plan),
        ("groups", "plan", "plan", Kind::Plan),
        ("items", "meeting", "meeting", Kind::Meeting),
        ("conclusions", "item", "item", Kind::Item),
    ];
    for (list, key, field, missing) in cases {
        let bytes = forged(|v| v["records"][list][0]["body"][key] = stranger.clone());
        match read(&bytes) {
            Err(ImportError::Dangling {
                field: f,
                missing: m,
                ..
            }) => {
                assert_eq!((f, m), (field, missing), "{list}.{key}")
            }
            other => panic!("{list}.{key}: {other:?}"),
        }
    }
}

#[test]
fn html_and_right_to_left_text_are_data_like_any_other() {
    for title in [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "\u{202e}txt.exe",
        "مرحبا بالعالم",
        "Kế hoạch \u{200f}שלום",
    ] {
        let bytes = forged(|v| v["records"]["plans"][0]["body"]["title"] = title.into());
        let bundle = read(&bytes).unwrap();
        assert_eq!(bundle.records.plans[0].body().title, title);
    }
}
