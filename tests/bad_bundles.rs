//! Bad bundles, made from a good one: cut at many points, one byte changed, a newer or a
//! made-up schema, 50 MB, nested 100,000 deep (or 100 deep inside a newer version's field),
//! wrong types, a key twice, duplicate ids, dangling references, records that break the forms'
//! rules (a task in no list, the lead among its coordinators, year 0, month 13, a leap second,
//! a title of a million characters, NUL and ESC, 200,000 combining marks), forged clocks and
//! counters, not JSON at all. Each is refused with its own reason in Vietnamese that names the
//! record and field and quotes at most a short piece of the value, and reading never changes the
//! workspace. Text that looks like HTML or runs right to left is data like any other.

#[path = "bad_bundles/broken.rs"]
mod broken;

use sotay::bundle::{Bundle, ImportError, Scope, MAX_BYTES};
use sotay::domain::meeting::MeetingKind;
use sotay::domain::{DeviceId, Timestamp};
use sotay::fixtures::{id, sonv};
use sotay::i18n::Lang;
use sotay::workspace::{Kind, Workspace};

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
    Bundle::export(&office(), Scope::Workspace, Timestamp(9), "0.1.0")
        .unwrap()
        .to_json()
        .unwrap()
}

/// The time the tests import at: 2026-12-01.
const NOW: Timestamp = Timestamp(1_796_083_200_000);

/// Reads `bytes` into a fresh workspace of another office and checks it did not change.
fn read(bytes: &[u8]) -> Result<Bundle, ImportError> {
    let ws = Workspace::new(DeviceId(id(2)));
    let before = ws.records();
    let outcome = Bundle::read(bytes, &ws, NOW);
    assert_eq!(ws.records(), before);
    outcome.map(|checked| checked.bundle)
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
        sotay::domain::json::from_value(&value["records"]).unwrap();
    value["counts"] = serde_json::to_value(sotay::bundle::Counts::of(&records)).unwrap();
    value["checksum"] = sotay::bundle::checksum(&records).unwrap().into();
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
fn a_newer_schema_is_named_as_newer_and_a_made_up_one_is_refused() {
    let bytes = edited(|v| v["schema"] = 4.into());
    assert_eq!(
        read(&bytes).unwrap_err(),
        ImportError::NewerSchema { schema: 4 }
    );
    let bytes = edited(|v| v["schema"] = 0.into());
    assert!(matches!(
        read(&bytes),
        Err(ImportError::UnknownSchema { .. })
    ));
}

#[test]
fn a_bundle_saved_as_utf16_reads_like_the_same_bundle_in_utf8() {
    let text = good();
    for big in [false, true] {
        for mark in [true, false] {
            let mut bytes: Vec<u8> = match (mark, big) {
                (true, false) => vec![0xFF, 0xFE],
                (true, true) => vec![0xFE, 0xFF],
                (false, _) => Vec::new(),
            };
            for u in text.encode_utf16() {
                bytes.extend(if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            let tasks = read(&bytes).unwrap().records.tasks.len();
            assert_eq!(tasks, 3, "big-endian {big}, byte-order mark {mark}");
        }
    }
}

#[test]
fn a_field_of_a_newer_version_travels_through_import_and_export() {
    let bytes = forged(|v| {
        let task = &mut v["records"]["tasks"][0];
        // Set, as a newer version writes it, by the task's first edit (which lists no fields).
        task["body"]["nguon"] =
            serde_json::json!({"van_ban": "Thông báo số 45/TB-UBND", "trang": 2});
    });
    let bundle = read(&bytes).unwrap();
    let mut ws = Workspace::new(DeviceId(id(2)));
    ws.merge_records(&bundle.records);
    let out = Bundle::export(&ws, Scope::Workspace, Timestamp(20), "0.1.0")
        .unwrap()
        .to_json()
        .unwrap();
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let tasks = value["records"]["tasks"].as_array().unwrap();
    let task = tasks.iter().find(|t| t["body"].get("nguon").is_some());
    assert_eq!(task.unwrap()["body"]["nguon"]["trang"], 2);
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
    match read(&bytes) {
        Err(ImportError::Shape { field, .. }) => assert_eq!(field, "records.tasks"),
        other => panic!("{other:?}"),
    }
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

/// The kind of refusal a corpus file's name starts with ("checksum--one-letter.json").
fn expected(name: &str, error: &ImportError) -> bool {
    let kind = name.split("--").next().unwrap_or_default();
    match kind {
        "not-text" => *error == ImportError::NotText,
        "empty" => *error == ImportError::Empty,
        "too-deep" => matches!(error, ImportError::TooDeep { .. }),
        "cut" => matches!(error, ImportError::Syntax { cut: true, .. }),
        "syntax" => matches!(error, ImportError::Syntax { cut: false, .. }),
        "not-a-bundle" => *error == ImportError::NotABundle,
        "newer-schema" => matches!(error, ImportError::NewerSchema { .. }),
        "unknown-schema" => matches!(error, ImportError::UnknownSchema { .. }),
        "duplicate-key" => matches!(error, ImportError::DuplicateKey { .. }),
        "invalid" => matches!(error, ImportError::Invalid { .. }),
        "mismatch" => matches!(error, ImportError::Mismatch { .. }),
        "edit-time" => matches!(error, ImportError::EditTime { .. }),
        "shape" => matches!(error, ImportError::Shape { .. }),
        "counts" => matches!(error, ImportError::Counts { .. }),
        "checksum" => *error == ImportError::Checksum,
        "duplicate-id" => matches!(error, ImportError::DuplicateId { .. }),
        "dangling" => matches!(error, ImportError::Dangling { .. }),
        _ => false,
    }
}

fn corpus() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bundles/bad")
}

/// Every file of the corpus in tests/bundles/bad is refused for the reason its name gives, in a
/// short Vietnamese sentence without a word of serde's English.
#[test]
fn every_file_of_the_corpus_is_refused_for_its_own_reason() {
    let mut files: Vec<_> = std::fs::read_dir(corpus())
        .expect("tests/bundles/bad")
        .flatten()
        .map(|e| e.path())
        .collect();
    sotay::sort::sort_by(&mut files, |a, b| a.cmp(b));
    assert!(files.len() >= 80, "the corpus holds {} files", files.len());
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&file).unwrap();
        match read(&bytes) {
            Err(error) if expected(&name, &error) => {
                let text = (Lang::Vi.texts().import_error)(&error);
                let length = text.chars().count();
                assert!(length < 700, "{name}: {length} characters");
                let english = [
                    "invalid type",
                    "expected",
                    "missing field",
                    "unknown variant",
                    "duplicate field",
                    " at line ",
                ];
                for words in english {
                    assert!(!text.contains(words), "{name}: {text}");
                }
                assert!(
                    text.ends_with("Dữ liệu trong máy không thay đổi."),
                    "{name}: {text}"
                );
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

/// Writes the corpus again from the good bundle: `cargo test --test bad_bundles -- --ignored`.
#[test]
#[ignore]
fn write_the_corpus() {
    let dir = corpus();
    std::fs::create_dir_all(&dir).unwrap();
    let good = good();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for n in 1..=12 {
        let at = good.len() * n / 13;
        let at = (0..=at).rev().find(|i| good.is_char_boundary(*i)).unwrap();
        files.push((
            format!("cut--at-{:02}-of-13.json", n),
            good.as_bytes()[..at].to_vec(),
        ));
    }
    for (i, (from, to)) in [
        ("Rà soát", "Rà xoát"),
        ("Số hóa", "Số hoá"),
        ("\"position\": 1", "\"position\": 7"),
        ("Giao ban tháng 3", "Giao ban tháng 4"),
    ]
    .iter()
    .enumerate()
    {
        files.push((
            format!("checksum--changed-{i}.json"),
            good.replacen(from, to, 1).into_bytes(),
        ));
    }
    files.push((
        "counts--a-task-cut-out.json".into(),
        edited(|v| {
            v["records"]["tasks"].as_array_mut().unwrap().pop();
        }),
    ));
    files.push((
        "counts--an-agency-cut-out.json".into(),
        edited(|v| {
            v["records"]["agencies"].as_array_mut().unwrap().pop();
        }),
    ));
    files.push((
        "newer-schema--4.json".into(),
        edited(|v| v["schema"] = 4.into()),
    ));
    files.push((
        "unknown-schema--0.json".into(),
        edited(|v| v["schema"] = 0.into()),
    ));
    files.push((
        "newer-schema--99.json".into(),
        edited(|v| v["schema"] = 99.into()),
    ));
    files.push((
        "too-deep--arrays-1000.json".into(),
        format!("{}{}", "[".repeat(1000), "]".repeat(1000)).into_bytes(),
    ));
    files.push((
        "too-deep--objects-100.json".into(),
        format!("{}1{}", "{\"a\":".repeat(100), "}".repeat(100)).into_bytes(),
    ));
    files.push((
        "not-text--docx.json".into(),
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xdf\xa4\xd2lZ\x01\x00\x00".to_vec(),
    ));
    files.push((
        "not-text--doc.json".into(),
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0".to_vec(),
    ));
    files.push((
        "not-text--png.json".into(),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
    ));
    files.push((
        "not-text--latin1.json".into(),
        b"{\"title\": \"K\xea ho\xe1ch\"}".to_vec(),
    ));
    files.push(("empty--nothing.json".into(), Vec::new()));
    files.push((
        "empty--spaces-and-bom.json".into(),
        b"\xef\xbb\xbf \n\t ".to_vec(),
    ));
    files.push((
        "not-a-bundle--an-object.json".into(),
        "{\"name\": \"Sở Nội vụ\"}".as_bytes().to_vec(),
    ));
    files.push(("not-a-bundle--a-list.json".into(), b"[1, 2, 3]".to_vec()));
    files.push((
        "not-a-bundle--other-format.json".into(),
        edited(|v| v["format"] = "excalidraw".into()),
    ));
    files.push((
        "syntax--html.json".into(),
        "<html><body>Kế hoạch</body></html>".as_bytes().to_vec(),
    ));
    files.push((
        "syntax--trailing-comma.json".into(),
        b"{\"format\": \"sotay-bundle\",}".to_vec(),
    ));
    files.push((
        "syntax--single-quotes.json".into(),
        b"{'format': 'sotay-bundle'}".to_vec(),
    ));
    for (list, field, value) in [
        ("tasks", "title", serde_json::json!(5)),
        ("tasks", "status", serde_json::json!("done")),
        ("plans", "title", serde_json::Value::Null),
        ("agencies", "name", serde_json::json!(["Sở"])),
        ("meetings", "day", serde_json::json!("hôm qua")),
        ("groups", "position", serde_json::json!(-1)),
        ("items", "meeting", serde_json::json!("<script>")),
    ] {
        files.push((
            format!("shape--{list}-{field}.json"),
            edited(|v| v["records"][list][0]["body"][field] = value.clone()),
        ));
    }
    files.push((
        "shape--unknown-list.json".into(),
        edited(|v| v["records"]["viruses"] = serde_json::json!([])),
    ));
    files.push((
        "shape--export-time.json".into(),
        edited(|v| v["exported_at"] = "hôm nay".into()),
    ));
    files.push((
        "duplicate-id--task.json".into(),
        forged(|v| {
            let t = v["records"]["tasks"].as_array_mut().unwrap();
            let c = t[0].clone();
            t.push(c);
        }),
    ));
    files.push((
        "duplicate-id--agency.json".into(),
        forged(|v| {
            let t = v["records"]["agencies"].as_array_mut().unwrap();
            let c = t[0].clone();
            t.push(c);
        }),
    ));
    let stranger = serde_json::Value::from(id(999).to_string());
    for (list, key) in [
        ("tasks", "lead"),
        ("tasks", "plan"),
        ("groups", "plan"),
        ("items", "meeting"),
        ("conclusions", "item"),
        ("conclusions", "meeting"),
    ] {
        files.push((
            format!("dangling--{list}-{key}.json"),
            forged(|v| v["records"][list][0]["body"][key] = stranger.clone()),
        ));
    }
    let (edit, forge): (broken::Make, broken::Make) = (|c| edited(c), |c| forged(c));
    files.extend(broken::files(&good, edit, forge));
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        std::fs::remove_file(entry.path()).unwrap();
    }
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
}

/// Prints each corpus file's message: `cargo test --test bad_bundles -- --ignored --nocapture messages`.
#[test]
#[ignore]
fn messages() {
    let mut files: Vec<_> = std::fs::read_dir(corpus())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    sotay::sort::sort_by(&mut files, |a, b| a.cmp(b));
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        if let Err(error) = read(&bytes) {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            println!("{name}\n    {}", (Lang::Vi.texts().import_error)(&error));
        }
    }
}
