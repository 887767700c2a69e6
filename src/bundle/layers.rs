//! A file that does not read as a bundle, read again layer by layer for the first thing wrong:
//! JSON syntax, a key written twice, format and schema, the envelope's fields, then each record
//! on its own, field by field. What comes out names the record, the field and the value; serde's
//! own words never reach the user (they are classified here into [`Problem`]s).

use super::import::{schema, Expected, ImportError, Problem};
use super::{Counts, Scope, Sender, FORMAT};
use crate::domain::json::{from_value, quoted as quote};
use crate::domain::{Id, Record, Timestamp, Version};
use crate::workspace::{for_each_kind, Kind, Kinded};
use serde::de;
use serde_json::{Map, Value};

/// How much of a value a message quotes.
pub const QUOTED_CHARS: usize = 60;

/// The first thing wrong with a text that does not read as a bundle.
pub(super) fn diagnose(text: &str) -> ImportError {
    let value = match serde_json::from_str::<super::strict::Strict>(text) {
        Ok(super::strict::Strict(value)) => value,
        Err(e) => return syntax(&e),
    };
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return ImportError::NotABundle;
    }
    let Some(map) = value.as_object() else {
        return ImportError::NotABundle;
    };
    if let Err(e) = envelope(map) {
        return e;
    }
    records(map.get("records").unwrap_or(&Value::Null))
        .err()
        .unwrap_or(ImportError::Shape {
            kind: None,
            index: 0,
            id: None,
            field: String::new(),
            problem: Problem::BadValue,
            value: String::new(),
        })
}

fn syntax(e: &serde_json::Error) -> ImportError {
    let message = e.to_string();
    match message.strip_prefix("duplicate key `") {
        Some(rest) => ImportError::DuplicateKey {
            key: quote(rest.split('`').next().unwrap_or_default(), QUOTED_CHARS),
            line: e.line(),
            column: e.column(),
        },
        None => ImportError::Syntax {
            line: e.line(),
            column: e.column(),
            cut: e.is_eof(),
        },
    }
}

fn quoted(value: &Value) -> String {
    quote(&value.to_string(), QUOTED_CHARS)
}

fn shape(
    kind: Option<Kind>,
    index: usize,
    record: &Value,
    field: &str,
    problem: Problem,
    value: &Value,
) -> ImportError {
    ImportError::Shape {
        kind,
        index,
        id: record
            .get("id")
            .and_then(Value::as_str)
            .map(|s| quote(s, QUOTED_CHARS)),
        field: field.to_owned(),
        problem,
        value: quoted(value),
    }
}

/// Reads `value` as `T`, or says what is wrong under `field`.
fn read_as<T: de::DeserializeOwned>(value: &Value, field: &str) -> Result<T, (String, Problem)> {
    from_value::<T>(value).map_err(|message| named(&message, field))
}

/// Runs a reader, or says what is wrong under `field`.
fn read_with(
    read: fn(&Value) -> Result<(), String>,
    value: &Value,
    field: &str,
) -> Result<(), (String, Problem)> {
    read(value).map_err(|message| named(&message, field))
}

/// serde's message as a problem under `field` (or the field inside it that it names).
fn named(message: &str, field: &str) -> (String, Problem) {
    let (name, problem) = classify(message);
    match name {
        Some(name) if field.is_empty() => (name, problem),
        Some(name) => (format!("{field}.{name}"), problem),
        None => (field.to_owned(), problem),
    }
}

/// What reading a record of one kind needs of its type, as plain functions: the reading of a
/// record is then written once in the wasm, not once per kind.
struct Probe {
    kind: Kind,
    field_index: fn(&str) -> Option<usize>,
    reads_as_field: fn(usize, &Value) -> Result<(), String>,
    body: fn(&Value) -> Result<(), String>,
    record: fn(&Value) -> Result<(), String>,
}

fn probe<T: Kinded>() -> Probe {
    Probe {
        kind: T::KIND,
        field_index: T::field_index,
        reads_as_field: T::reads_as_field,
        body: crate::domain::record::read_body::<T>,
        record: |v| from_value::<Record<T>>(v).map(drop),
    }
}

/// serde's message, as a problem and the field it names (if it names one).
fn classify(message: &str) -> (Option<String>, Problem) {
    let named = |prefix: &str| {
        message
            .strip_prefix(prefix)
            .and_then(|rest| rest.split('`').next())
            .map(str::to_owned)
    };
    if let Some(name) = named("missing field `") {
        return (Some(name), Problem::Missing);
    }
    if let Some(name) = named("unknown field `") {
        return (Some(name), Problem::Unknown);
    }
    if let Some(name) = named("duplicate field `").or_else(|| named("writes:twice:")) {
        return (Some(name), Problem::Twice);
    }
    if let Some(name) = named("writes:unstamped:") {
        return (Some(name), Problem::Unstamped);
    }
    if message.starts_with("writes:mixed") {
        return (None, Problem::MixedForms);
    }
    for (code, field) in [("writes:", "writes"), ("rivals:", "rivals")] {
        if message.starts_with(code) {
            return (Some(field.to_owned()), Problem::BadValue);
        }
    }
    if message.contains(" in an id")
        || message.starts_with("empty id")
        || message.starts_with("id of ")
    {
        return (None, Problem::WrongType(Expected::Id));
    }
    if let Some(rest) = message.strip_prefix("invalid value: integer") {
        if ["u32", "u64", "usize"].iter().any(|t| rest.ends_with(t)) {
            return (None, Problem::WrongType(Expected::Natural));
        }
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let expected = rest.split(", expected ").nth(1).unwrap_or_default();
        return (None, Problem::WrongType(expected_kind(expected)));
    }
    let chrono = [
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "input is out of range",
        "input is not enough",
    ];
    if chrono.iter().any(|c| message.starts_with(c)) {
        return (None, Problem::WrongType(Expected::Date));
    }
    (None, Problem::BadValue)
}

fn expected_kind(expected: &str) -> Expected {
    let has = |words: &[&str]| words.iter().any(|w| expected.contains(w));
    if has(&["a string", "string"]) && !has(&["date", "time"]) {
        Expected::Text
    } else if has(&["u32", "u64", "usize"]) {
        Expected::Natural
    } else if has(&["i32", "i64", "integer"]) {
        Expected::WholeNumber
    } else if has(&["bool"]) {
        Expected::Boolean
    } else if has(&["sequence", "tuple"]) {
        Expected::List
    } else if has(&["date"]) {
        Expected::Date
    } else if has(&["time"]) {
        Expected::Time
    } else if has(&["struct", "map", "internally tagged", "record", "body"]) {
        Expected::Object
    } else {
        Expected::Other
    }
}

/// The envelope's fields, each read as its type, and no field this format does not have.
fn envelope(map: &Map<String, Value>) -> Result<(), ImportError> {
    const FIELDS: [&str; 9] = [
        "format",
        "schema",
        "app_version",
        "exported_at",
        "sender",
        "scope",
        "counts",
        "checksum",
        "records",
    ];
    let whole = Value::Null;
    let fail = |(field, problem): (String, Problem), value: &Value| {
        shape(None, 0, &whole, &field, problem, value)
    };
    if let Some(key) = map.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err(fail((key.clone(), Problem::Unknown), &map[key]));
    }
    if let Some(missing) = FIELDS.iter().find(|f| !map.contains_key(**f)) {
        return Err(fail(
            ((*missing).to_owned(), Problem::Missing),
            &Value::Null,
        ));
    }
    let n = read_as::<u64>(&map["schema"], "schema").map_err(|e| fail(e, &map["schema"]))?;
    schema(n)?;
    type Reader = fn(&Value, &str) -> Result<(), (String, Problem)>;
    let check =
        |field: &str, read: Reader| read(&map[field], field).map_err(|e| fail(e, &map[field]));
    check("app_version", |v, f| read_as::<String>(v, f).map(drop))?;
    check("exported_at", |v, f| read_as::<Timestamp>(v, f).map(drop))?;
    check("sender", |v, f| read_as::<Sender>(v, f).map(drop))?;
    check("scope", |v, f| read_as::<Scope>(v, f).map(drop))?;
    check("counts", |v, f| read_as::<Counts>(v, f).map(drop))?;
    check("checksum", |v, f| read_as::<String>(v, f).map(drop))
}

/// Each list, then each record of it.
fn records(value: &Value) -> Result<(), ImportError> {
    let Some(map) = value.as_object() else {
        let problem = Problem::WrongType(Expected::Object);
        return Err(shape(None, 0, &Value::Null, "records", problem, value));
    };
    if let Some(other) = map.keys().find(|k| Kind::from_key(k).is_none()) {
        return Err(shape(
            None,
            0,
            &Value::Null,
            &format!("records.{other}"),
            Problem::Unknown,
            &map[other],
        ));
    }
    for probe in for_each_kind!(probe()) {
        let key = probe.kind.key();
        let Some(value) = map.get(key) else {
            continue;
        };
        let Some(items) = value.as_array() else {
            let field = format!("records.{key}");
            let problem = Problem::WrongType(Expected::List);
            return Err(shape(None, 0, &Value::Null, &field, problem, value));
        };
        for (i, v) in items.iter().enumerate() {
            record(&probe, i, v)?;
        }
    }
    Ok(())
}

/// One record: its keys, its id, each field of its body, its edits, then the whole.
fn record(probe: &Probe, index: usize, value: &Value) -> Result<(), ImportError> {
    let kind = Some(probe.kind);
    let fail = |(field, problem): (String, Problem), at: &Value| {
        shape(kind, index, value, &field, problem, at)
    };
    let Some(map) = value.as_object() else {
        return Err(fail(
            (String::new(), Problem::WrongType(Expected::Object)),
            value,
        ));
    };
    for key in ["id", "body"] {
        if !map.contains_key(key) {
            return Err(fail((key.to_owned(), Problem::Missing), &Value::Null));
        }
    }
    read_as::<Id>(&map["id"], "id").map_err(|e| fail(e, &map["id"]))?;
    let body = &map["body"];
    let Some(fields) = body.as_object() else {
        return Err(fail(
            ("body".to_owned(), Problem::WrongType(Expected::Object)),
            body,
        ));
    };
    for (name, field) in fields {
        if let Some(i) = (probe.field_index)(name) {
            (probe.reads_as_field)(i, field).map_err(|m| {
                let (_, problem) = classify(&m);
                fail((format!("body.{name}"), problem), field)
            })?;
        }
    }
    read_with(probe.body, body, "body").map_err(|e| fail(e, body))?;
    if let Some(deleted) = map.get("deleted") {
        read_as::<bool>(deleted, "deleted").map_err(|e| fail(e, deleted))?;
    }
    for key in ["writes", "rivals"] {
        let Some(list) = map.get(key) else { continue };
        let Some(items) = list.as_array() else {
            return Err(fail(
                (key.to_owned(), Problem::WrongType(Expected::List)),
                list,
            ));
        };
        for item in items {
            let seen = item.get("seen").unwrap_or(&Value::Null);
            read_as::<Version>(seen, &format!("{key}.seen")).map_err(|e| fail(e, seen))?;
        }
    }
    if let Some(version) = map.get("version") {
        read_as::<Version>(version, "version").map_err(|e| fail(e, version))?;
    }
    read_with(probe.record, value, "").map_err(|(field, problem)| {
        // A name that is no key of the record is a field of its body (set twice, say).
        const KEYS: [&str; 7] = [
            "id",
            "body",
            "deleted",
            "writes",
            "rivals",
            "version",
            "changed_at",
        ];
        let field = match field.split('.').next() {
            Some(key) if KEYS.contains(&key) || key.is_empty() => field,
            _ => format!("body.{field}"),
        };
        let mut at = value;
        for part in field.split('.') {
            at = at.get(part).unwrap_or(at);
        }
        fail((field, problem), at)
    })
}
