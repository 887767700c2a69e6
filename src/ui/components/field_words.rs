//! A differing field as a person reads it: its name as the forms call it (never a key), and its
//! value worded (a status, a deadline, an agency's name) rather than shown as JSON.

use crate::domain::{Deadline, Id, TaskStatus};
use crate::i18n::{fields, Lang, Texts};
use crate::workspace::{Kind, Workspace};
use serde_json::Value;

/// The field's name; a field of a newer version by its stored name, said to be one.
pub fn name(lang: Lang, kind: Kind, field: &str, texts: &Texts) -> String {
    match fields::field(lang, kind, field) {
        Some(name) => name.to_owned(),
        None => format!("{field} {}", texts.exchange.unknown_field_value),
    }
}

/// The value in words: names for ids, the status and deadline as lists show them.
pub fn value(texts: &Texts, ws: &Workspace, kind: Kind, field: &str, json: &str) -> String {
    let Ok(value) = serde_json::from_str::<Value>(json) else {
        return json.to_owned();
    };
    let agency = |v: &Value| {
        let id = v.as_str().and_then(|s| Id::parse(s).ok());
        id.and_then(|id| ws.agency_name(&id).map(str::to_owned))
            .unwrap_or_else(|| v.to_string())
    };
    let is_id = matches!(
        (kind, field),
        (_, "lead" | "plan" | "meeting" | "group" | "agency") | (Kind::Conclusion, "item")
    );
    match (field, &value) {
        (_, Value::Null) => "—".to_owned(),
        (_, Value::String(s)) if s.is_empty() => "—".to_owned(),
        (_, Value::String(s)) if !is_id => s.clone(),
        ("lead" | "agency", v) => agency(v),
        ("coordinating" | "agencies", Value::Array(list)) if list.is_empty() => "—".to_owned(),
        ("coordinating" | "agencies", Value::Array(list)) => {
            list.iter().map(agency).collect::<Vec<_>>().join(", ")
        }
        ("plan", v) => titled(v, |id| {
            ws.plans().get_any(id).map(|p| p.body().title.clone())
        }),
        ("meeting", v) => titled(v, |id| {
            ws.meetings().get_any(id).map(|m| m.body().title.clone())
        }),
        ("group", v) => titled(v, |id| {
            ws.groups().get_any(id).map(|g| g.body().title.clone())
        }),
        ("item", v) => titled(v, |id| {
            ws.items().get_any(id).map(|i| i.body().text.clone())
        }),
        ("status", v) => match crate::bundle::from_value::<TaskStatus>(v) {
            Ok(TaskStatus::Done { on }) => {
                (texts.task.status_done_on)(&crate::domain::dates::short(on))
            }
            Ok(TaskStatus::NotStarted) => texts.task.status_not_started.to_owned(),
            Ok(TaskStatus::InProgress) => texts.task.status_in_progress.to_owned(),
            Ok(TaskStatus::Paused) => texts.task.status_paused.to_owned(),
            Err(_) => v.to_string(),
        },
        ("deadline", v) => match crate::bundle::from_value::<Deadline>(v) {
            Ok(d) => (texts.task.deadline)(&d, None),
            Err(_) => v.to_string(),
        },
        ("deleted", Value::Bool(true)) => texts.delete.to_owned(),
        ("deleted", Value::Bool(false)) => "—".to_owned(),
        ("log", Value::Array(list)) => list.len().to_string(),
        (_, v) => v.to_string(),
    }
}

fn titled(v: &Value, find: impl Fn(&Id) -> Option<String>) -> String {
    let id = v.as_str().and_then(|s| Id::parse(s).ok());
    id.and_then(|id| find(&id)).unwrap_or_else(|| v.to_string())
}
