//! The drafts a perfect reader would give for an annotation: the harness is checked against
//! them (they must score 1.0 on every row, and nothing found must score 0.0), so that a
//! miscount in the judges, or an annotation the judges cannot read as meant, shows at once
//! rather than as a reader's bad score.

use super::annotation::Annotation;
use chrono::NaiveTime;
use sotay::domain::dates::parse_day;
use sotay::domain::legal_ref::LegalRef;
use sotay::domain::meeting::{DayPart, Person};
use sotay::domain::{Deadline, Every};
use sotay::intake::{
    AgencyDraft, Confidence, DocKind, Drafts, Found, IndicatorDraft, ItemDraft, MeetingDraft,
    PlanDraft, RefDraft, Span, TaskDraft,
};

fn found<T>(value: T) -> Found<T> {
    Found {
        value,
        span: Span::default(),
    }
}

fn agency(written: &str) -> AgencyDraft {
    AgencyDraft {
        written: written.to_owned(),
        known: None,
        collective: false,
    }
}

/// The deadline an annotation's code stands for (codes are checked when the annotation is read).
fn deadline(code: &str) -> Deadline {
    let (kind, value) = code.split_once(':').unwrap_or(("none", ""));
    let pair = |v: &str| {
        let (a, b) = v.split_once('-').unwrap_or(("0", "0"));
        (a.parse().unwrap_or(0), b.parse().unwrap_or(0))
    };
    match kind {
        "by" => parse_day(value).map_or(Deadline::None, |day| Deadline::By { day }),
        "month" => {
            let (year, month) = pair(value);
            Deadline::Month { year, month }
        }
        "quarter" => {
            let (year, quarter) = pair(value);
            Deadline::Quarter { year, quarter }
        }
        "year" => Deadline::Year {
            year: value.parse().unwrap_or(0),
        },
        "every" => Every::from_code(value).map_or(Deadline::None, |every| Deadline::Recurring {
            every,
            first: None,
            years: None,
        }),
        _ => Deadline::None,
    }
}

pub fn drafts(a: &Annotation) -> Drafts {
    let mut d = Drafts::default();
    d.document.kind = match a.kind.as_str() {
        "notice" => DocKind::Notice,
        "plan" => DocKind::Plan,
        "letter" => DocKind::Letter,
        "decision" => DocKind::Decision,
        "report" => DocKind::Report,
        "news" => DocKind::News,
        _ => DocKind::Unknown,
    };
    d.document.date = a.date.as_deref().and_then(|t| parse_day(t).ok()).map(found);
    d.document.number = a.number.clone().map(found);
    d.references = a
        .references
        .iter()
        .map(|r| RefDraft {
            reference: LegalRef {
                doc_type: r.kind.clone(),
                number: r.number.clone(),
                symbol: r.symbol.clone(),
                dash: false,
                name: r.name.clone().unwrap_or_default(),
                date: r.date.as_deref().and_then(|t| parse_day(t).ok()),
                issuer: r.issuer.clone().unwrap_or_default(),
                summary: String::new(),
            },
            spans: Vec::new(),
            confidence: Confidence::Sure,
        })
        .collect();
    d.tasks = a
        .tasks
        .iter()
        .map(|t| TaskDraft {
            title: t.task.clone(),
            lead: t.lead.as_deref().map(agency),
            coordinating: t.coordinating.iter().map(|c| agency(c)).collect(),
            deadline: deadline(&t.deadline),
            deadline_span: None,
            on_request: false,
            group: None,
            span: Span::default(),
            confidence: Confidence::Sure,
        })
        .collect();
    d.meeting = a.meeting.as_ref().map(|m| MeetingDraft {
        day: m.day.as_deref().and_then(|t| parse_day(t).ok()),
        time: m
            .time
            .as_deref()
            .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok()),
        part: m
            .part
            .as_deref()
            .and_then(|p| DayPart::ALL.into_iter().find(|d| d.word() == p)),
        place: m.place.clone().unwrap_or_default(),
        chairs: m
            .chairs
            .iter()
            .map(|name| Person {
                name: name.clone(),
                title: String::new(),
            })
            .collect(),
        items: (0..m.items.unwrap_or(0))
            .map(|_| ItemDraft {
                text: String::new(),
                agency: None,
                span: Span::default(),
            })
            .collect(),
        conclusions: (0..m.conclusions.unwrap_or(0))
            .map(|_| found(String::new()))
            .collect(),
        figures: m.figures.iter().cloned().map(found).collect(),
        ..MeetingDraft::default()
    });
    if !a.groups.is_empty() {
        d.plan = Some(PlanDraft {
            title: String::new(),
            groups: a.groups.iter().cloned().map(found).collect(),
            span: Span::default(),
        });
    }
    d.indicators = a
        .indicators
        .iter()
        .map(|text| IndicatorDraft {
            text: text.clone(),
            amount: sotay::domain::indicator::Amount::whole(0),
            direction: sotay::domain::indicator::Direction::Increase,
            unit: String::new(),
            span: Span::default(),
        })
        .collect();
    d
}
