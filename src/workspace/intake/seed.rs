//! The cards of a document as first shown: every draft of the reader made a card, sure and
//! likely ones ticked, unsure ones not; agencies the directory knows picked.

use super::{known, AgencyChoice, GroupReview, NoteReview, RefReview, Review, Target, TaskReview};
use crate::domain::agency::agency_key;
use crate::domain::dates::short;
use crate::domain::legal_ref::LegalRef;
use crate::domain::PlanKind;
use crate::intake::{AgencyDraft, Confidence, DocKind, DocumentDraft, Drafts};
use crate::workspace::meeting_form::time_text;
use crate::workspace::{MeetingFields, PlanFields, Workspace};

impl Review {
    /// The cards of a document read for `target`: sure and likely pieces ticked, unsure ones
    /// not (and marked); agencies the directory knows picked, the others to be added.
    pub fn from_drafts(drafts: &Drafts, target: Target, ws: &Workspace) -> Review {
        let agency = |a: &AgencyDraft| choice(ws, a);
        let tasks = drafts.tasks.iter().map(|t| TaskReview {
            ticked: t.confidence != Confidence::Unsure,
            unsure: t.confidence == Confidence::Unsure,
            title: t.title.clone(),
            lead: t.lead.as_ref().map(agency),
            coordinating: t.coordinating.iter().map(agency).collect(),
            deadline: t.deadline.clone(),
            on_request: t.on_request,
            details: String::new(),
            group: t.group,
            span: (t.span.start, t.span.end),
        });
        let references = drafts.references.iter().map(|r| RefReview {
            ticked: r.confidence != Confidence::Unsure,
            reference: r.reference.clone(),
            span: r.spans.first().map_or((0, 0), |s| (s.start, s.end)),
        });
        let mut review = Review {
            meeting: meeting_fields(drafts),
            plan: plan_fields(drafts),
            tasks: tasks.collect(),
            references: references.collect(),
            ..Review::default()
        };
        if let Some(p) = &drafts.plan {
            review.groups = (p.groups.iter())
                .map(|g| GroupReview {
                    title: g.value.clone(),
                    span: (g.span.start, g.span.end),
                })
                .collect();
        }
        if let Some(m) = &drafts.meeting {
            let ticked = m.confidence != Confidence::Unsure;
            review.items = (m.items.iter())
                .map(|i| NoteReview {
                    ticked,
                    text: i.text.clone(),
                    agency: i.agency.as_ref().map(agency),
                    span: (i.span.start, i.span.end),
                })
                .collect();
            review.conclusions = (m.conclusions.iter())
                .map(|c| NoteReview {
                    ticked,
                    text: c.value.clone(),
                    agency: None,
                    span: (c.span.start, c.span.end),
                })
                .collect();
        }
        review.target = target;
        review
    }
}

/// The card's choice for an agency the reader found: the directory's, else one to add.
pub(crate) fn choice(ws: &Workspace, agency: &AgencyDraft) -> AgencyChoice {
    let live = agency
        .known
        .as_ref()
        .filter(|id| ws.agencies().get(id).is_some());
    match live {
        Some(id) => AgencyChoice::Known(id.clone()),
        None => match known(ws, &agency_key(&agency.written)) {
            Some(id) => AgencyChoice::Known(id),
            None => AgencyChoice::New(agency.written.clone()),
        },
    }
}

/// "Thông báo số 45/TB-UBND ngày 05/04/2026": the document itself, as a reference (empty
/// when it gives no number, or the words do not read back as one).
pub fn document_reference(doc: &DocumentDraft) -> String {
    let Some(number) = &doc.number else {
        return String::new();
    };
    let kind = match doc.kind {
        DocKind::Notice => "Thông báo",
        DocKind::Plan => "Kế hoạch",
        DocKind::Letter => "Công văn",
        DocKind::Decision => "Quyết định",
        DocKind::Report => "Báo cáo",
        DocKind::News | DocKind::Unknown => "Văn bản",
    };
    let mut text = format!("{kind} số {}", number.value);
    if let Some(date) = &doc.date {
        text.push_str(&format!(" ngày {}", short(date.value)));
    }
    match LegalRef::parse(&text) {
        Ok(_) => text,
        Err(_) => String::new(),
    }
}

fn meeting_fields(drafts: &Drafts) -> MeetingFields {
    let doc = &drafts.document;
    let value = |f: &Option<crate::intake::Found<String>>| {
        f.as_ref().map(|f| f.value.clone()).unwrap_or_default()
    };
    let lines = |list: &[crate::intake::Found<String>]| {
        let values: Vec<&str> = list.iter().map(|f| f.value.as_str()).collect();
        values.join("\n")
    };
    let mut fields = MeetingFields {
        source: document_reference(doc),
        notice_number: value(&doc.number),
        notice_issuer: value(&doc.issuer),
        notice_place: value(&doc.place),
        notice_day: doc
            .date
            .as_ref()
            .map(|d| short(d.value))
            .unwrap_or_default(),
        notice_summary: value(&doc.summary),
        signer_title: value(&doc.signer_title),
        signer_name: value(&doc.signer_name),
        recipients: lines(&doc.recipients),
        title: value(&doc.summary),
        ..MeetingFields::default()
    };
    if let Some(m) = &drafts.meeting {
        let chairs = m.chairs.iter().map(|p| match p.title.as_str() {
            "" => p.name.clone(),
            title => format!("{}, {title}", p.name),
        });
        if !m.title.trim().is_empty() {
            fields.title = m.title.clone();
        }
        fields.kind = m.kind;
        fields.day = m.day.map(short).unwrap_or_default();
        fields.time = time_text(m.time, m.part);
        fields.place = m.place.clone();
        fields.form = m.form;
        fields.sites = if m.sites == 0 {
            String::new()
        } else {
            m.sites.to_string()
        };
        fields.chairs = chairs.collect::<Vec<_>>().join("\n");
        fields.attendees = m.attendees.join("\n");
        fields.figures = lines(&m.figures);
    }
    fields
}

fn plan_fields(drafts: &Drafts) -> PlanFields {
    let doc = &drafts.document;
    let summary = doc.summary.as_ref().map(|s| s.value.clone());
    let title = (drafts.plan.as_ref())
        .map(|p| p.title.clone())
        .filter(|t| !t.trim().is_empty())
        .or(summary.clone())
        .unwrap_or_default();
    PlanFields {
        title,
        kind: PlanKind::Plan,
        reference: document_reference(doc),
        summary: summary.unwrap_or_default(),
        issuer: doc
            .issuer
            .as_ref()
            .map(|i| i.value.clone())
            .unwrap_or_default(),
        ..PlanFields::default()
    }
}
