//! Reading a document into drafts of records: the official pastes a notice, a plan or a letter
//! (or drops a .docx or .txt), and [`read`] proposes the meeting, the plan, its tasks, the
//! assignments, the references and the new agencies, each tied to the words it came from and
//! marked with how sure the reading is. Nothing here changes a workspace: the review page shows
//! the drafts, the official corrects and ticks them, and `workspace::intake` creates them.
//!
//! Plain Rust, deterministic, never panicking, linear in the text's length. The steps, each in
//! its file: `clean` (NFC, PDF-paste noise), `lines` (paragraphs, numbered points, sentences),
//! `header` (kind, number, place and date, Kính gửi, Nơi nhận, signer), `refs` (legal
//! references in running text), `deadline` (a deadline said in a clause), `agencies` (agency
//! names, matched to the office's directory), `assign` (who is given what), `meeting`, `plan`
//! (content groups, numbered tasks, a task table, indicators).

pub(crate) mod agencies;
mod assign;
mod clauses;
mod clean;
mod deadline;
pub mod docx;
mod header;
mod lines;
mod meeting;
mod nfc;
mod plan;
mod refs;
mod span;
mod table;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
mod words;

pub use clean::clean;
pub use docx::{file_text, FileError};
pub use nfc::nfc;
pub use span::Span;
pub use table::Role;

// What `crate::paste` reads a pasted table's cells with, as this reader reads a table's.
pub(crate) use agencies::Directory;
pub(crate) use deadline::cell as deadline_cell;
pub(crate) use lines::roman;
pub(crate) use table::{cell_agencies, column_of, group_title, is_group_row, is_heading};

use crate::domain::deadline::Deadline;
use crate::domain::indicator::{Amount, Direction};
use crate::domain::legal_ref::LegalRef;
use crate::domain::meeting::{DayPart, MeetingForm, MeetingKind, Person};
use crate::domain::Id;
use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

/// What the reader knows besides the text: the office's agencies, to match names against, and
/// the day to take a year from when the document gives none (the `--date` of the command, or
/// today in the app).
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// The office's directory: each agency's id and name.
    pub agencies: Vec<(Id, String)>,
    /// The document's date when it does not say it; its own date wins.
    pub date: Option<NaiveDate>,
}

/// How sure the reader is of a draft: a sure one is ticked, an unsure one is shown unticked and
/// marked for the official to look at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Unsure,
    #[default]
    Likely,
    Sure,
}

/// Everything read from one document. Every span is in characters of `text`, the cleaned text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Drafts {
    /// The text as cleaned: what the spans point into and what the review page shows.
    pub text: String,
    pub document: DocumentDraft,
    /// Every document cited, once each, in the order first cited.
    pub references: Vec<RefDraft>,
    /// The meeting a notice or a news report tells of.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meeting: Option<MeetingDraft>,
    /// The plan a Kế hoạch lays out: its content groups (its tasks are in `tasks`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanDraft>,
    /// The assignments of a meeting or a letter, or the tasks of a plan, in the document's order.
    pub tasks: Vec<TaskDraft>,
    /// Indicators (chỉ tiêu) a plan sets or a report counts.
    pub indicators: Vec<IndicatorDraft>,
    /// Agencies named in the tasks that the directory does not have, once each, as first written.
    pub new_agencies: Vec<NewAgency>,
}

/// What kind of document the text is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    /// Thông báo (kết luận).
    Notice,
    /// Kế hoạch, Chương trình hành động, Đề án.
    Plan,
    /// Công văn.
    Letter,
    /// Quyết định.
    Decision,
    /// Báo cáo.
    Report,
    /// A news report of a meeting or a conference, as a web page gives it.
    News,
    #[default]
    Unknown,
}

/// A piece of text found in the document, and where.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Found<T> {
    pub value: T,
    pub span: Span,
}

/// The document's own particulars, from its header and its foot.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DocumentDraft {
    pub kind: DocKind,
    /// The governing body above the issuer ("UBND TỈNH VĨNH PHÚC" above "SỞ NỘI VỤ").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub governing: Option<Found<String>>,
    /// The issuing body, as written in the header ("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issuer: Option<Found<String>>,
    /// Number and symbol: "45/TB-UBND".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<Found<String>>,
    /// "Vĩnh Phúc" of "Vĩnh Phúc, ngày 05 tháng 4 năm 2022".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<Found<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Found<NaiveDate>>,
    /// The trích yếu under the kind: "Kết luận của Chủ tịch UBND tỉnh tại hội nghị …".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Found<String>>,
    /// "Kính gửi: …", each addressee.
    pub to: Vec<Found<String>>,
    /// "Nơi nhận: …", each line without its dash and semicolon.
    pub recipients: Vec<Found<String>>,
    /// The signer's title ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") and name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signer_title: Option<Found<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signer_name: Option<Found<String>>,
}

/// A document cited, with every place it is cited.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RefDraft {
    pub reference: LegalRef,
    /// Each citation of it, the first one first.
    pub spans: Vec<Span>,
    pub confidence: Confidence,
}

/// An agency as a sentence names it, and the directory's agency it means, if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgencyDraft {
    /// As written, abbreviations and all: "Sở KH&ĐT", "UBND các huyện, thành phố".
    pub written: String,
    /// The directory's agency it means; none for one to be added.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub known: Option<Id>,
    /// A collective addressee ("các sở, ban, ngành"), kept as written.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub collective: bool,
}

/// An agency to add to the directory, and where it is first named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NewAgency {
    pub name: String,
    pub span: Span,
}

/// One task: a meeting's assignment, a letter's request, or a line of a plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TaskDraft {
    /// What to do, in the document's words.
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead: Option<AgencyDraft>,
    pub coordinating: Vec<AgencyDraft>,
    pub deadline: Deadline,
    /// Where the deadline is said, when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline_span: Option<Span>,
    /// "hoặc đột xuất khi có yêu cầu".
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub on_request: bool,
    /// The plan's content group it is listed under: an index into `PlanDraft::groups`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<usize>,
    /// The sentence (or the table row) it was read from.
    pub span: Span,
    pub confidence: Confidence,
}

/// The meeting a document tells of.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MeetingDraft {
    pub kind: MeetingKind,
    /// "Hội nghị sơ kết công tác cải cách hành chính quý I năm 2022".
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<NaiveTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<DayPart>,
    pub place: String,
    pub form: MeetingForm,
    /// Connected sites (điểm cầu), 0 if not said.
    pub sites: u32,
    /// The chair first, then co-chairs, with their titles.
    pub chairs: Vec<Person>,
    /// Attendees as written ("Cùng dự có …"), one a line.
    pub attendees: Vec<String>,
    /// What was reported ("báo cáo 6 nội dung, bao gồm: …"), each with its reporting agency.
    pub items: Vec<ItemDraft>,
    /// The chair's conclusions, one each.
    pub conclusions: Vec<Found<String>>,
    /// Progress figures as said: "đã hoàn thành 07/11 nhiệm vụ".
    pub figures: Vec<Found<String>>,
    /// Where the meeting itself is told (its first sentence).
    pub span: Span,
    pub confidence: Confidence,
}

/// One reported item of a meeting.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemDraft {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agency: Option<AgencyDraft>,
    pub span: Span,
}

/// The plan a Kế hoạch lays out.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PlanDraft {
    /// The plan's title: its trích yếu, or its kind and number.
    pub title: String,
    /// Content groups (I., II. or the numbered headings tasks sit under), in order.
    pub groups: Vec<Found<String>>,
    pub span: Span,
}

/// An indicator a plan sets or a report counts: "giảm 81 phòng, ban, chi cục".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndicatorDraft {
    /// The phrase as written.
    pub text: String,
    /// The figure: 81 of "giảm 81 phòng, ban", 100 of "100% … đạt mức độ 4", in hundredths as
    /// the app keeps amounts (8100, 10000).
    pub amount: Amount,
    /// "phòng, ban", "%".
    pub unit: String,
    /// "giảm" counts down; "tăng", "đạt" and a share count up.
    pub direction: Direction,
    pub span: Span,
}

/// Longest text read, in bytes: a document longer than this is cut there (a plan of 200 pages
/// is about 600 KB), so a pasted video or database never stalls the page.
pub const MAX_BYTES: usize = 2_000_000;

/// Reads a document. Deterministic: the same text and context give the same drafts.
pub fn read(raw: &str, context: &Context) -> Drafts {
    let raw = match raw.len() > MAX_BYTES {
        true => &raw[..floor_char_boundary(raw, MAX_BYTES)],
        false => raw,
    };
    let text = clean(raw);
    let lines = lines::split(&text);
    let document = header::read(&text, &lines);
    let date = document.date.as_ref().map(|d| d.value).or(context.date);
    let directory = agencies::Directory::new(&context.agencies);
    let mut references = refs::find(&text);
    // The document's own number, repeated in an annex's heading, is not a document it cites.
    if let Some(own) = &document.number {
        let own = crate::search::fold(&own.value).replace(' ', "");
        references
            .retain(|r| crate::search::fold(&r.reference.short_code()).replace(' ', "") != own);
    }
    let mut drafts = Drafts {
        document,
        references,
        ..Drafts::default()
    };
    let body = &header::body_lines(&text, &drafts.document, &lines)[..];
    match drafts.document.kind {
        DocKind::Plan => plan::read(&text, body, date, &directory, &mut drafts),
        kind => {
            drafts.meeting = meeting::read(&text, body, date, &directory);
            let told =
                drafts.meeting.is_some() || matches!(kind, DocKind::Notice | DocKind::Letter);
            if told {
                drafts.tasks = assign::read(&text, body, date, &directory);
            } else {
                // A decision, a report or a page about a plan: its numbered points are tasks,
                // its paragraphs may still assign.
                plan::read(&text, body, date, &directory, &mut drafts);
                let paragraphs: Vec<lines::Line> = body
                    .iter()
                    .filter(|l| l.marker == lines::Marker::None)
                    .cloned()
                    .collect();
                let assigned = assign::read(&text, &paragraphs, date, &directory);
                drafts.tasks.extend(assigned);
            }
        }
    }
    drafts.new_agencies = agencies::new_ones(&drafts, &text);
    drafts.text = text;
    span::to_chars(&mut drafts);
    drafts
}

pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    (0..=at)
        .rev()
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(0)
}
