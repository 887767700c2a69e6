//! The meeting form: what is typed (day, time, sites, chairs a line each, references a line
//! each, the notice's fields) and how it becomes a meeting; and the text typed live in
//! meeting mode, kept as typed.

use super::plans::long_text;
use super::references::{kept, Refused};
use super::{CommandError, Field};
use crate::domain::dates::{parse_day, parse_day_after};
use crate::domain::legal_ref::LegalRef;
use crate::domain::meeting::{DayPart, Meeting, MeetingForm, MeetingKind, NoticeFields, Person};
use crate::domain::text::{one_line, optional_line, TextError, MAX_TEXT_CHARS};
use crate::domain::Id;
use chrono::{NaiveDate, NaiveTime, Timelike};

/// What the meeting form holds, as typed. Serde: a document's review keeps one as a draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct MeetingFields {
    pub kind: MeetingKind,
    pub title: String,
    /// "20/3/2026", or empty.
    pub day: String,
    /// "8:00", "14h30", "sáng", "2 giờ chiều", or empty.
    pub time: String,
    pub place: String,
    pub form: MeetingForm,
    /// Connected sites, as digits; empty for none.
    pub sites: String,
    /// One person a line, "name, title": the chair first, then co-chairs.
    pub chairs: String,
    pub agencies: Vec<Id>,
    pub attendees: String,
    /// One document reference a line, in the standard form.
    pub references: String,
    /// The report or notice the meeting is entered from, one reference.
    pub source: String,
    /// Progress figures reported, one a line, as typed.
    pub figures: String,
    pub series: String,
    pub notice_number: String,
    pub notice_issuer: String,
    pub notice_place: String,
    pub notice_day: String,
    pub notice_summary: String,
    pub signer_title: String,
    pub signer_name: String,
    pub recipients: String,
}

impl MeetingFields {
    /// The form filled with a meeting as it is.
    pub fn of(m: &Meeting) -> MeetingFields {
        let day = |d: Option<NaiveDate>| d.map(crate::domain::dates::short).unwrap_or_default();
        let chairs = m.chairs.iter().map(|p| match p.title.as_str() {
            "" => p.name.clone(),
            title => format!("{}, {title}", p.name),
        });
        let references = m.references.iter().map(ToString::to_string);
        MeetingFields {
            kind: m.kind,
            title: m.title.clone(),
            day: day(m.day),
            time: time_text(m.time, m.part),
            place: m.place.clone(),
            form: m.form,
            sites: if m.sites == 0 {
                String::new()
            } else {
                m.sites.to_string()
            },
            chairs: chairs.collect::<Vec<_>>().join("\n"),
            agencies: m.agencies.clone(),
            attendees: m.attendees.clone(),
            references: references.collect::<Vec<_>>().join("\n"),
            source: m
                .source
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            figures: m.figures.clone(),
            series: m.series.clone(),
            notice_number: m.notice.number.clone(),
            notice_issuer: m.notice.issuer.clone(),
            notice_place: m.notice.place.clone(),
            notice_day: day(m.notice.day),
            notice_summary: m.notice.summary.clone(),
            signer_title: m.notice.signer_title.clone(),
            signer_name: m.notice.signer_name.clone(),
            recipients: m.notice.recipients.clone(),
        }
    }

    /// The meeting these fields describe, and the reference lines that could not be read
    /// (kept out, the rest saved; a source that cannot be read keeps the one `was` had).
    pub(super) fn to_meeting(
        &self,
        was: &Meeting,
    ) -> Result<(Meeting, Vec<Refused>), CommandError> {
        let text = |t: &str, field| optional_line(t).map_err(CommandError::text(field));
        let lines = |t: &str, field| long_text(t).map_err(CommandError::text(field));
        // A day typed without its year takes the year of its context: the meeting's day from the
        // document it was entered from, the notice's day from the meeting's.
        let day = |t: &str, near: Option<NaiveDate>| match (t.trim(), near) {
            ("", _) => Ok(None),
            (t, Some(near)) => parse_day_after(t, near)
                .map(Some)
                .map_err(CommandError::Day),
            (t, None) => parse_day(t).map(Some).map_err(CommandError::Day),
        };
        let sites = match self.sites.trim() {
            "" => 0,
            t => t
                .parse::<u32>()
                .ok()
                .filter(|n| *n <= 10_000)
                .ok_or(CommandError::Sites)?,
        };
        let (references, mut refused) = kept(&self.references, "references");
        let source = match self.source.trim() {
            "" => None,
            typed => match LegalRef::parse(typed) {
                Ok(r) => Some(r),
                Err(error) => {
                    refused.push(Refused {
                        field: "source",
                        line: 1,
                        error,
                    });
                    was.source.clone()
                }
            },
        };
        let (time, part) = parse_time_or_part(&self.time)?;
        let meeting_day = day(&self.day, source.as_ref().and_then(|s| s.date))?;
        let meeting = Meeting {
            kind: self.kind,
            title: one_line(&self.title).map_err(CommandError::text(Field::MeetingTitle))?,
            day: meeting_day,
            time,
            part,
            place: text(&self.place, Field::Place)?,
            form: self.form,
            sites: if self.form.has_sites() { sites } else { 0 },
            chairs: people(&self.chairs)?,
            agencies: self.agencies.clone(),
            attendees: lines(&self.attendees, Field::Attendees)?,
            references,
            source,
            figures: lines(&self.figures, Field::Figures)?,
            series: text(&self.series, Field::Series)?,
            notice: NoticeFields {
                number: text(&self.notice_number, Field::NoticeNumber)?,
                issuer: lines(&self.notice_issuer, Field::Issuer)?,
                place: text(&self.notice_place, Field::Place)?,
                day: day(&self.notice_day, meeting_day)?,
                summary: lines(&self.notice_summary, Field::Summary)?,
                signer_title: lines(&self.signer_title, Field::Signer)?,
                signer_name: text(&self.signer_name, Field::Signer)?,
                recipients: lines(&self.recipients, Field::Recipients)?,
            },
        };
        Ok((meeting, refused))
    }
}

/// How the form shows a time and a part of the day: "08:00", "sáng", "14:00 chiều".
pub(super) fn time_text(time: Option<NaiveTime>, part: Option<DayPart>) -> String {
    let time = time.map(|t| t.format("%H:%M").to_string());
    let words: Vec<String> = time
        .into_iter()
        .chain(part.map(|p| p.word().to_owned()))
        .collect();
    words.join(" ")
}

/// "8:00", "14h30", "sáng", "chiều", "tối", "2 giờ chiều" (14:00), "8 giờ 30 sáng": a time
/// and the part of the day, either or both.
pub fn parse_time_or_part(
    typed: &str,
) -> Result<(Option<NaiveTime>, Option<DayPart>), CommandError> {
    let folded = crate::search::fold(typed);
    let mut part = None;
    let mut rest = Vec::new();
    for word in folded.split_whitespace() {
        let found = DayPart::ALL
            .into_iter()
            .find(|p| crate::search::fold(p.word()) == word);
        match (found, word) {
            (Some(p), _) => part = Some(p),
            (None, "buoi" | "luc" | "vao") => {}
            (None, w) => rest.push(w.to_owned()),
        }
    }
    let time = parse_time(&rest.join(" ").replace("gio", "h"))?;
    // "2 giờ chiều" is 14:00; "8 giờ tối" is 20:00.
    let time = match (time, part) {
        (Some(t), Some(DayPart::Afternoon | DayPart::Evening)) if t.hour() < 12 => {
            NaiveTime::from_hms_opt(t.hour() + 12, t.minute(), 0)
        }
        (t, _) => t,
    };
    Ok((time, part))
}

/// "8:00", "08:00", "8h", "14h30", "14g30" → a time of day.
pub fn parse_time(typed: &str) -> Result<Option<NaiveTime>, CommandError> {
    let t = typed.trim().to_lowercase().replace(' ', "");
    if t.is_empty() {
        return Ok(None);
    }
    let mut parts = t.splitn(2, [':', 'h', 'g']);
    let hour = parts.next().unwrap_or_default().trim();
    let minute = parts.next().unwrap_or_default().trim();
    let minute = if minute.is_empty() { "0" } else { minute };
    let number = |s: &str| s.parse::<u32>().ok();
    match (number(hour), number(minute)) {
        (Some(h), Some(m)) => NaiveTime::from_hms_opt(h, m, 0)
            .map(Some)
            .ok_or(CommandError::Time),
        _ => Err(CommandError::Time),
    }
}

/// "Nguyễn Văn A, Phó Chủ tịch UBND tỉnh" a line → people; the title is after the first comma.
fn people(typed: &str) -> Result<Vec<Person>, CommandError> {
    let mut list = Vec::new();
    for line in typed.lines() {
        let line = optional_line(line).map_err(CommandError::text(Field::Chairs))?;
        if line.is_empty() {
            continue;
        }
        let (name, title) = line.split_once(',').unwrap_or((&line, ""));
        list.push(Person {
            name: name.trim().to_owned(),
            title: title.trim().to_owned(),
        });
    }
    Ok(list)
}

/// Text typed live in meeting mode: kept exactly as typed (spaces and line breaks included, so
/// a reload in mid-word finds every character), minus control characters, within the limit.
pub fn live_text(typed: &str) -> Result<String, TextError> {
    let text: String = typed
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect();
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(TextError::TooLong {
            chars,
            max: MAX_TEXT_CHARS,
        });
    }
    Ok(text)
}
