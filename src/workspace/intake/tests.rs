//! Native tests of creating a reviewed document: exactly the ticked cards, all or none, and one
//! snapshot that takes it all back.

use super::*;
use crate::domain::meeting::{Conclusion, Item, Meeting};
use crate::domain::Task;
use crate::fixtures::{agency, d, sonv};
use crate::intake::{
    AgencyDraft, Confidence, Found, ItemDraft, MeetingDraft, PlanDraft, RefDraft, Span, TaskDraft,
};
use crate::workspace::tests::{id, sample};

fn agency_draft(written: &str, known: Option<Id>) -> AgencyDraft {
    AgencyDraft {
        written: written.to_owned(),
        known,
        collective: false,
    }
}

fn task(title: &str, lead: AgencyDraft, confidence: Confidence) -> TaskDraft {
    TaskDraft {
        title: title.to_owned(),
        lead: Some(lead),
        coordinating: vec![agency_draft("Sở Tài chính", Some(agency("so-tai-chinh")))],
        deadline: Deadline::By {
            day: d(2026, 4, 15),
        },
        deadline_span: None,
        on_request: false,
        group: None,
        span: Span::new(10, 20),
        confidence,
    }
}

/// A conclusion notice read: its meeting, an item, a conclusion, a reference and three tasks,
/// the second led by an agency the directory does not have, the third unsure.
fn notice() -> Drafts {
    let found = |value: &str| {
        Some(Found {
            value: value.to_owned(),
            span: Span::new(0, 5),
        })
    };
    let mut drafts = Drafts::default();
    drafts.document.kind = DocKind::Notice;
    drafts.document.number = found("45/TB-UBND");
    drafts.document.date = Some(Found {
        value: d(2026, 3, 20),
        span: Span::new(6, 9),
    });
    drafts.document.summary = found("Kết luận của Chủ tịch UBND tỉnh tại hội nghị sơ kết CCHC");
    drafts.meeting = Some(MeetingDraft {
        title: "Hội nghị sơ kết công tác cải cách hành chính quý I".to_owned(),
        day: Some(d(2026, 3, 18)),
        place: "Hội trường UBND tỉnh".to_owned(),
        items: vec![ItemDraft {
            text: "Báo cáo kết quả CCHC quý I".to_owned(),
            agency: Some(agency_draft("Sở Nội vụ", Some(sonv()))),
            span: Span::new(30, 40),
        }],
        conclusions: vec![Found {
            value: "Cơ bản thống nhất với báo cáo".to_owned(),
            span: Span::new(41, 50),
        }],
        confidence: Confidence::Sure,
        ..MeetingDraft::default()
    });
    drafts.references = vec![RefDraft {
        reference: LegalRef::parse("Nghị quyết số 04/NQ-CP ngày 10/01/2022").unwrap(),
        spans: vec![Span::new(60, 80)],
        confidence: Confidence::Sure,
    }];
    drafts.tasks = vec![
        task(
            "Rà soát thủ tục hành chính",
            agency_draft("Sở Nội vụ", Some(sonv())),
            Confidence::Sure,
        ),
        task(
            "Số hóa hồ sơ",
            agency_draft("Trung tâm Phục vụ hành chính công", None),
            Confidence::Likely,
        ),
        task(
            "Việc chưa rõ",
            agency_draft("Sở Nội vụ", Some(sonv())),
            Confidence::Unsure,
        ),
    ];
    drafts
}

fn counter() -> impl FnMut() -> Id {
    let mut n = 100;
    move || {
        n += 1;
        id(n)
    }
}

#[test]
fn sure_and_likely_cards_are_ticked_unsure_ones_not_and_unknown_agencies_are_new() {
    let ws = Workspace::new(crate::fixtures::device(1));
    let review = Review::from_drafts(&notice(), Target::NewMeeting, &ws);
    let ticked: Vec<(bool, bool)> = review.tasks.iter().map(|t| (t.ticked, t.unsure)).collect();
    assert_eq!(ticked, [(true, false), (true, false), (false, true)]);
    assert_eq!(review.tasks[0].lead, Some(AgencyChoice::Known(sonv())));
    let new = AgencyChoice::New("Trung tâm Phục vụ hành chính công".to_owned());
    assert_eq!(review.tasks[1].lead, Some(new));
    assert_eq!(
        review.meeting.title,
        "Hội nghị sơ kết công tác cải cách hành chính quý I"
    );
    assert_eq!(review.meeting.day, "18/03/2026");
    assert_eq!(
        review.meeting.source,
        "Thông báo số 45/TB-UBND ngày 20/03/2026"
    );
    assert_eq!(
        review.new_agencies(&ws),
        ["Trung tâm Phục vụ hành chính công"]
    );
}

#[test]
fn a_reviewed_notice_creates_exactly_its_ticked_records() {
    let mut ws = Workspace::new(crate::fixtures::device(1));
    let agencies_before = ws.agencies().live().count();
    let review = Review::from_drafts(&notice(), Target::NewMeeting, &ws);
    let created = ws
        .create_from_review(&review, &mut counter(), Timestamp(50))
        .unwrap();
    let meeting = created.meeting.clone().unwrap();
    assert_eq!(ws.table::<Meeting>().live().count(), 1);
    let m = ws.meetings().get(&meeting).unwrap().body();
    assert_eq!(m.day, Some(d(2026, 3, 18)));
    assert_eq!(m.notice.number, "45/TB-UBND");
    assert_eq!(m.references.len(), 1);
    assert_eq!(created.agencies.len(), 1);
    assert_eq!(ws.agencies().live().count(), agencies_before + 1);
    let tasks = ws.meeting_tasks(&meeting);
    let titles: Vec<&str> = tasks.iter().map(|t| t.body().title.as_str()).collect();
    assert_eq!(titles, ["Rà soát thủ tục hành chính", "Số hóa hồ sơ"]);
    assert_eq!(tasks[1].body().lead.as_ref(), created.agencies.first());
    assert_eq!(tasks[0].body().coordinating, [agency("so-tai-chinh")]);
    assert_eq!(
        tasks[0].body().deadline,
        Deadline::By {
            day: d(2026, 4, 15)
        }
    );
    assert_eq!(ws.table::<Task>().live().count(), 2);
    assert_eq!(ws.table::<Item>().live().count(), 1);
    assert_eq!(ws.table::<Conclusion>().live().count(), 1);
    assert_eq!(ws.meeting_items(&meeting)[0].body().agency, Some(sonv()));
    assert_eq!(
        created.records,
        1 + 1 + 2 + 1 + 1,
        "meeting, agency, tasks, item, conclusion"
    );
}

#[test]
fn a_new_agency_named_like_one_of_the_directory_is_that_one() {
    let mut ws = Workspace::new(crate::fixtures::device(1));
    let mut review = Review::from_drafts(&notice(), Target::NewMeeting, &ws);
    review.tasks[1].lead = Some(AgencyChoice::New("sở nội  vụ".to_owned()));
    review.tasks[0].lead = Some(AgencyChoice::New("Ban Dân tộc".to_owned()));
    review.tasks[1].coordinating = vec![AgencyChoice::New("Ban dân tộc".to_owned())];
    let created = ws
        .create_from_review(&review, &mut counter(), Timestamp(50))
        .unwrap();
    assert_eq!(created.agencies.len(), 1, "one new agency, added once");
    let tasks = ws.meeting_tasks(created.meeting.as_ref().unwrap());
    assert_eq!(tasks[1].body().lead, Some(sonv()));
    assert_eq!(tasks[1].body().coordinating, created.agencies);
}

#[test]
fn a_refused_review_changes_nothing() {
    let before = Workspace::new(crate::fixtures::device(1));
    let mut ws = before.clone();
    let mut review = Review::from_drafts(&notice(), Target::NewMeeting, &ws);
    review.tasks[1].title = "  ".to_owned();
    let error = ws
        .create_from_review(&review, &mut counter(), Timestamp(50))
        .unwrap_err();
    assert!(
        matches!(error, CommandError::InTask { number: 2, .. }),
        "{error:?}"
    );
    assert_eq!(ws, before);
    // An unticked card is not checked: it is not created.
    review.tasks[1].ticked = false;
    review.tasks[2].title = String::new();
    assert!(ws
        .create_from_review(&review, &mut counter(), Timestamp(50))
        .is_ok());

    let mut ws = before.clone();
    review.target = Target::Plan(id(999));
    let error = ws
        .create_from_review(&review, &mut counter(), Timestamp(50))
        .unwrap_err();
    assert!(matches!(
        error,
        CommandError::NotFound {
            kind: Kind::Plan,
            ..
        }
    ));
    assert_eq!(ws, before);

    review.target = Target::NewMeeting;
    review.tasks[0].lead = None;
    let error = ws
        .create_from_review(&review, &mut counter(), Timestamp(50))
        .unwrap_err();
    assert!(matches!(error, CommandError::InTask { number: 1, .. }));
    assert_eq!(ws, before);
}

#[test]
fn the_snapshot_taken_before_puts_everything_back() {
    let mut ws = sample();
    let before = ws.clone();
    let snapshot = ws.snapshot(Timestamp(49));
    let review = Review::from_drafts(&notice(), Target::NewMeeting, &ws);
    ws.create_from_review(&review, &mut counter(), Timestamp(50))
        .unwrap();
    assert_ne!(ws, before);
    ws.restore_snapshot(&snapshot).unwrap();
    assert_eq!(ws.records(), before.records());
}

#[test]
fn a_plan_read_into_an_existing_plan_adds_its_groups_and_tasks() {
    let mut ws = sample();
    let mut drafts = notice();
    drafts.meeting = None;
    drafts.plan = Some(PlanDraft {
        title: "Kế hoạch CCHC năm 2026".to_owned(),
        groups: vec![
            Found {
                value: "Cải cách thể chế".to_owned(),
                span: Span::new(0, 3),
            },
            Found {
                value: "Không dùng".to_owned(),
                span: Span::new(4, 6),
            },
        ],
        span: Span::new(0, 1),
    });
    drafts.tasks[0].group = Some(0);
    drafts.tasks[1].group = Some(0);
    drafts.tasks[1].lead = None;
    let review = Review::from_drafts(&drafts, Target::Plan(id(1)), &ws);
    let created = ws
        .create_from_review(&review, &mut counter(), Timestamp(50))
        .unwrap();
    assert_eq!(created.plan, Some(id(1)));
    assert_eq!(created.tasks.len(), 2);
    let groups = ws.plan_groups(&id(1));
    assert_eq!(groups.len(), 1, "only the group a ticked task is in");
    let tasks = ws.plan_tasks(&id(1));
    assert_eq!(tasks.len(), 4);
    let added = ws.tasks().get(&created.tasks[1]).unwrap().body();
    assert_eq!(
        (added.lead.clone(), added.group.as_ref()),
        (None, Some(groups[0].id()))
    );
    let plan = ws.plans().get(&id(1)).unwrap().body();
    assert_eq!(plan.bases.len(), 1, "the cited reference becomes a basis");
    assert_eq!(ws.table::<Meeting>().live().count(), 0);
}

#[test]
fn a_new_plan_takes_the_documents_number_as_its_reference() {
    let mut ws = Workspace::new(crate::fixtures::device(1));
    let mut drafts = notice();
    drafts.document.kind = DocKind::Plan;
    drafts.document.number = Some(Found {
        value: "511/KH-UBND".to_owned(),
        span: Span::new(0, 1),
    });
    drafts.meeting = None;
    assert_eq!(Target::suggested(&drafts), Target::NewPlan);
    let review = Review::from_drafts(&drafts, Target::NewPlan, &ws);
    assert_eq!(
        review.plan.reference,
        "Kế hoạch số 511/KH-UBND ngày 20/03/2026"
    );
    let created = ws
        .create_from_review(&review, &mut counter(), Timestamp(50))
        .unwrap();
    let plan = ws
        .plans()
        .get(created.plan.as_ref().unwrap())
        .unwrap()
        .body();
    assert_eq!(
        plan.reference.as_ref().map(|r| r.number.clone()),
        Some("511".to_owned())
    );
    assert_eq!(ws.plan_tasks(created.plan.as_ref().unwrap()).len(), 2);
}
