//! A differing field as a person reads it: its name in the interface's language, and its value
//! worded (a status, a deadline, an agency's name) rather than shown as JSON.

use crate::domain::{Deadline, Id, TaskStatus};
use crate::i18n::Texts;
use crate::workspace::Workspace;
use serde_json::Value;

/// The field's name as the forms call it; an unknown one as it is stored.
pub fn name(texts: &Texts, field: &str) -> String {
    let known = match field {
        "title" | "name" => texts.task_title_label,
        "details" => texts.task_details_label,
        "lead" => texts.task_lead_label,
        "coordinating" => texts.coordinating_label,
        "deadline" => texts.deadline_label,
        "status" => texts.status_label,
        "log" => texts.log_heading,
        "group" => texts.group_label,
        "plan" => texts.filter_plan,
        "meeting" => texts.meeting.filter_meeting,
        "text" => texts.meeting.item_text_label,
        "summary" => texts.plan_summary_label,
        "reference" => texts.plan_reference_label,
        "deleted" => texts.delete,
        _ => return field.to_owned(),
    };
    known.to_owned()
}

/// The value in words: names for ids, the status and deadline as lists show them.
pub fn value(texts: &Texts, ws: &Workspace, field: &str, json: &str) -> String {
    let Ok(value) = serde_json::from_str::<Value>(json) else {
        return json.to_owned();
    };
    let agency = |v: &Value| {
        let id = v.as_str().and_then(|s| Id::parse(s).ok());
        id.and_then(|id| ws.agency_name(&id).map(str::to_owned))
            .unwrap_or_else(|| v.to_string())
    };
    match (field, &value) {
        (_, Value::Null) => "—".to_owned(),
        (_, Value::String(s))
            if !matches!(field, "lead" | "plan" | "meeting" | "group" | "agency") =>
        {
            s.clone()
        }
        ("lead" | "agency", v) => agency(v),
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
        ("status", v) => match crate::bundle::from_value::<TaskStatus>(v) {
            Ok(TaskStatus::Done { on }) => (texts.status_done_on)(&crate::domain::dates::short(on)),
            Ok(TaskStatus::NotStarted) => texts.status_not_started.to_owned(),
            Ok(TaskStatus::InProgress) => texts.status_in_progress.to_owned(),
            Ok(TaskStatus::Paused) => texts.status_paused.to_owned(),
            Err(_) => v.to_string(),
        },
        ("deadline", v) => match crate::bundle::from_value::<Deadline>(v) {
            Ok(d) => (texts.deadline)(&d, None),
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
