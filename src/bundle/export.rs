//! Making a bundle: the whole workspace, or one plan or one meeting with every record it refers
//! to (agencies, groups, tasks, indicators; items, conclusions, assignments), tombstones within
//! the scope included so deletions travel.

use super::{checksum, Bundle, Counts, Scope, Sender, FORMAT, SCHEMA};
use crate::domain::{Id, Record, Task, Timestamp};
use crate::workspace::{Records, Workspace};
use std::collections::BTreeSet;

impl Bundle {
    /// A bundle of `scope` from `ws`, stamped `now` and with the app's version; Err if its
    /// records do not write as JSON (then there is no checksum to send).
    pub fn export(
        ws: &Workspace,
        scope: Scope,
        now: Timestamp,
        app_version: &str,
    ) -> Result<Bundle, serde_json::Error> {
        let records = match &scope {
            Scope::Workspace => ws.records(),
            Scope::Plan { id, .. } => plan_records(ws, id),
            Scope::Meeting { id, .. } => meeting_records(ws, id),
        };
        let checksum = checksum(&records)?;
        Ok(Bundle {
            format: FORMAT.to_owned(),
            schema: SCHEMA,
            app_version: app_version.to_owned(),
            exported_at: now,
            sender: Sender {
                office: ws.office().clone(),
                device: ws.device().clone(),
            },
            scope,
            counts: Counts::of(&records),
            checksum,
            records,
        })
    }

    /// `sotay-<office>-<scope>-<yyyy-mm-dd>.json`, in plain ASCII letters so every mail system
    /// and file system keeps it: "sotay-so-noi-vu-ke-hoach-cchc-2026-2026-11-26.json".
    pub fn file_name(&self, day: chrono::NaiveDate) -> String {
        let scope = match &self.scope {
            Scope::Workspace => "toan-bo".to_owned(),
            Scope::Plan { title, .. } | Scope::Meeting { title, .. } => slug(title),
        };
        let office = match slug(&self.sender.office.name) {
            s if s.is_empty() => "so-tay".to_owned(),
            s => s,
        };
        format!("sotay-{office}-{scope}-{day}.json")
    }
}

/// Lower-case ASCII words joined by "-", at most 40 characters.
fn slug(text: &str) -> String {
    let folded = crate::search::fold(text);
    let words = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut out = String::new();
    for word in words {
        if out.len() + word.len() + 1 > 40 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

/// The records that `keep` accepts, tombstones included.
fn pick<'a, T: Clone + 'a>(
    all: impl Iterator<Item = &'a Record<T>>,
    keep: impl Fn(&Record<T>) -> bool,
) -> Vec<Record<T>> {
    all.filter(|r| keep(r)).cloned().collect()
}

/// An agency a scope carries: one its records name, or one merged into such an agency (its
/// tombstone says where its references went, so the receiver follows instead of keeping a
/// second agency of that name).
fn sent_agency(named: &BTreeSet<Id>, agency: &Record<crate::domain::Agency>) -> bool {
    let merged_into_named = agency
        .body()
        .merged_into
        .as_ref()
        .is_some_and(|i| named.contains(i));
    named.contains(agency.id()) || agency.is_deleted() && merged_into_named
}

/// The agencies and the plan or meeting each task names.
fn task_refs(
    tasks: &[Record<Task>],
    agencies: &mut BTreeSet<Id>,
    plans: &mut BTreeSet<Id>,
    meetings: &mut BTreeSet<Id>,
) {
    for t in tasks.iter().map(Record::body) {
        agencies.extend(t.lead.iter().cloned());
        agencies.extend(t.coordinating.iter().cloned());
        plans.extend(t.plan.iter().cloned());
        meetings.extend(t.meeting.iter().cloned());
    }
}

/// The agencies the plans sent name as concerned: they go with them.
fn plan_agencies(ws: &Workspace, plans: &BTreeSet<Id>, agencies: &mut BTreeSet<Id>) {
    let sent = plans.iter().filter_map(|p| ws.plans().get_any(p));
    agencies.extend(sent.flat_map(|p| p.body().agencies.iter().cloned()));
}

fn plan_records(ws: &Workspace, plan: &Id) -> Records {
    let tasks = pick(ws.tasks().all(), |t| t.body().plan.as_ref() == Some(plan));
    let (mut agencies, mut plans, mut meetings) = Default::default();
    task_refs(&tasks, &mut agencies, &mut plans, &mut meetings);
    plans.insert(plan.clone());
    plan_agencies(ws, &plans, &mut agencies);
    Records {
        agencies: pick(ws.agencies().all(), |a| sent_agency(&agencies, a)),
        plans: pick(ws.plans().all(), |p| plans.contains(p.id())),
        groups: pick(ws.groups().all(), |g| &g.body().plan == plan),
        indicators: pick(ws.indicators().all(), |i| &i.body().plan == plan),
        // A task filed from a meeting names it: the meeting comes along, without its notes.
        meetings: pick(ws.meetings().all(), |m| meetings.contains(m.id())),
        tasks,
        items: Vec::new(),
        conclusions: Vec::new(),
    }
}

fn meeting_records(ws: &Workspace, meeting: &Id) -> Records {
    let tasks = pick(ws.tasks().all(), |t| {
        t.body().meeting.as_ref() == Some(meeting)
    });
    let items = pick(ws.items().all(), |i| &i.body().meeting == meeting);
    let (mut agencies, mut plans, mut meetings) = Default::default();
    task_refs(&tasks, &mut agencies, &mut plans, &mut meetings);
    agencies.extend(items.iter().filter_map(|i| i.body().agency.clone()));
    if let Some(m) = ws.meetings().get_any(meeting) {
        agencies.extend(m.body().agencies.iter().cloned());
    }
    meetings.insert(meeting.clone());
    plan_agencies(ws, &plans, &mut agencies);
    Records {
        agencies: pick(ws.agencies().all(), |a| sent_agency(&agencies, a)),
        // An assignment filed under a plan names it: the plan comes along, without its tasks.
        plans: pick(ws.plans().all(), |p| plans.contains(p.id())),
        // …and the content group it was put in.
        groups: pick(ws.groups().all(), |g| {
            tasks
                .iter()
                .any(|t| t.body().group.as_ref() == Some(g.id()))
        }),
        indicators: Vec::new(),
        meetings: pick(ws.meetings().all(), |m| meetings.contains(m.id())),
        conclusions: pick(ws.conclusions().all(), |c| &c.body().meeting == meeting),
        tasks,
        items,
    }
}
