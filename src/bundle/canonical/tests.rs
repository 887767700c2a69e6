//! The canonical form against serde_json's own `to_value(..).to_string()`, shape by shape.

use super::canonical;
use serde::Serialize;
use std::collections::BTreeMap;

fn through_value<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).unwrap().to_string()
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Tagged {
    Plan { zeta: u8, alpha: Option<String> },
    Empty,
}

#[derive(Serialize)]
enum Plain {
    Unit,
    New(i64),
    Pair(u8, String),
    Fields { b: f32, a: f64 },
}

/// A map written out of order, one key twice (the later one counts), keys to escape.
struct Unordered;

impl Serialize for Unordered {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("z", &1)?;
        map.serialize_entry("a\"", &[2])?;
        map.serialize_entry("\n", &3)?;
        map.serialize_entry(&-7, &true)?;
        map.serialize_entry("z", &4)?;
        map.serialize_entry(&false, &"không")?;
        map.end()
    }
}

#[derive(Serialize)]
struct Outer {
    z: Vec<Plain>,
    m: BTreeMap<u32, &'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skipped: Option<u8>,
    a: (char, bool, ()),
    tagged: Vec<Tagged>,
    #[serde(rename = "Ä text")]
    text: &'static str,
    unordered: Vec<Unordered>,
    in_order: BTreeMap<String, serde_json::Value>,
    #[serde(rename = "\u{1}\"")]
    odd_name: u8,
}

#[test]
fn every_shape_is_written_as_a_json_value_writes_it() {
    let value = Outer {
        z: vec![
            Plain::Unit,
            Plain::New(-3),
            Plain::Pair(7, "\"quoted\"\n".into()),
            Plain::Fields {
                b: 0.1,
                a: f64::NAN,
            },
        ],
        m: BTreeMap::from([(10, "mười"), (2, "hai")]),
        skipped: None,
        a: ('đ', true, ()),
        tagged: vec![
            Tagged::Plan {
                zeta: 1,
                alpha: None,
            },
            Tagged::Empty,
        ],
        text: "Quyết định số 2866/QĐ-UBND \u{1F600} \u{7}",
        unordered: vec![Unordered, Unordered],
        in_order: BTreeMap::from([
            (
                "".into(),
                serde_json::json!({"y": [1, {"b": 2, "a": null}], "x": "\\"}),
            ),
            ("\u{1}".into(), serde_json::json!(1.5)),
            ("Z".into(), serde_json::json!("\"")),
            ("a\"q".into(), serde_json::json!({})),
            ("đ".into(), serde_json::json!([])),
        ]),
        odd_name: 9,
    };
    let ours = String::from_utf8(canonical(&value).unwrap()).unwrap();
    assert_eq!(ours, through_value(&value));
}
