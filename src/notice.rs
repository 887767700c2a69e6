//! The conclusion notice (Thông báo kết luận) of a meeting, composed from its records: the
//! blocks the print view lays out as Nghị định 30/2020/NĐ-CP asks, and the same text plain,
//! for pasting into the office's word processor. Always in Vietnamese: it is an official paper.

use crate::domain::dates::{long, short};
use crate::domain::meeting::{Meeting, MeetingForm};
use crate::domain::{Id, Record, Task};
use crate::i18n::Lang;
use crate::workspace::Workspace;

/// Everything printed on the notice, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Top left, in capitals: "ỦY BAN NHÂN DÂN", "TỈNH VĨNH PHÚC".
    pub issuer: Vec<String>,
    /// "Số: 45/TB-UBND".
    pub number: String,
    /// "Vĩnh Phúc, ngày 01 tháng 4 năm 2022" (empty parts left out).
    pub place_date: String,
    /// The summary line (trích yếu) under the title THÔNG BÁO.
    pub summary: String,
    /// The body: paragraphs, conclusions and assignments.
    pub body: Vec<Block>,
    /// Nơi nhận, one recipient a line.
    pub recipients: Vec<String>,
    /// "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH".
    pub signer_title: Vec<String>,
    pub signer_name: String,
}

/// One block of the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A part's heading: "I. NỘI DUNG BÁO CÁO".
    Heading(String),
    Paragraph(String),
    /// A numbered line: "1. …".
    Numbered(usize, String),
}

impl Block {
    fn text(&self) -> String {
        match self {
            Block::Heading(text) | Block::Paragraph(text) => text.clone(),
            Block::Numbered(n, text) => format!("{n}. {text}"),
        }
    }
}

/// The national motto block, top right of every administrative document.
pub const NATION: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";

fn lines(text: &str) -> Vec<String> {
    let lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    lines.map(str::to_owned).collect()
}

fn sentence(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.trim_end_matches([';', ',']);
    if text.is_empty() || text.ends_with(['.', '!', '?', ':']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

impl Notice {
    /// Composes the notice of a live meeting; `None` if there is no such meeting.
    pub fn of(ws: &Workspace, meeting: &Id) -> Option<Notice> {
        let record = ws.meetings().get(meeting)?;
        let m = record.body();
        let n = &m.notice;
        let place_date = [n.place.clone(), n.day.map(long).unwrap_or_default()];
        let place_date = place_date.iter().filter(|p| !p.is_empty());
        let number = match n.number.trim() {
            "" => "Số:      /TB-".to_owned(),
            number => format!("Số: {number}"),
        };
        let mut body = vec![Block::Paragraph(opening(ws, m))];
        body.extend(items(ws, meeting));
        body.extend(conclusions(ws, meeting, m));
        body.extend(assignments(ws, meeting));
        // Naming the issuer in running text would need its name in ordinary case, which the
        // capitals of the header do not give back: the closing formula does without it.
        body.push(Block::Paragraph(
            "Thông báo để các cơ quan, đơn vị, cá nhân liên quan biết, thực hiện./.".to_owned(),
        ));
        Some(Notice {
            issuer: lines(&n.issuer),
            number,
            place_date: place_date.cloned().collect::<Vec<_>>().join(", "),
            summary: match n.summary.trim() {
                "" => default_summary(m),
                summary => summary.to_owned(),
            },
            body,
            recipients: lines(&n.recipients),
            signer_title: lines(&n.signer_title),
            signer_name: n.signer_name.trim().to_owned(),
        })
    }

    /// The body as plain text, one block a paragraph, for pasting into a word processor.
    pub fn body_text(&self) -> String {
        let mut out = vec!["THÔNG BÁO".to_owned(), self.summary.clone(), String::new()];
        out.extend(self.body.iter().map(Block::text));
        out.join("\n")
    }
}

/// "Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Văn An tại cuộc họp …", or without the chair
/// when none is named.
fn default_summary(m: &Meeting) -> String {
    let by = match m.chairs.first() {
        Some(chair) if chair.title.is_empty() => format!(" của đồng chí {}", chair.name),
        Some(chair) => format!(" của {} {}", chair.title, chair.name),
        None => String::new(),
    };
    format!("Kết luận{by} tại {} {}", m.kind.noun(), m.title)
}

/// "Ngày 20/3/2026, tại …, đồng chí …, … chủ trì cuộc họp …" and who attended.
fn opening(ws: &Workspace, m: &Meeting) -> String {
    let mut s = String::new();
    if let Some(day) = m.day {
        s.push_str(&format!("Ngày {}", short(day)));
        if let Some(time) = m.time {
            s = format!("Vào lúc {} ngày {}", time.format("%H giờ %M"), short(day));
        }
        s.push_str(", ");
    }
    if !m.place.is_empty() {
        s.push_str(&format!("tại {}, ", m.place));
    }
    let who = |p: &crate::domain::meeting::Person| match p.title.as_str() {
        "" => format!("đồng chí {}", p.name),
        title => format!("đồng chí {}, {title}", p.name),
    };
    if let Some((chair, co)) = m.chairs.split_first() {
        s.push_str(&format!("{} chủ trì", who(chair)));
        if !co.is_empty() {
            let co: Vec<_> = co.iter().map(who).collect();
            s.push_str(&format!(", {} đồng chủ trì", co.join("; ")));
        }
        s.push(' ');
    }
    s.push_str(&format!("{} {}", m.kind.noun(), m.title));
    let mut text = capitalise(&sentence(&s));
    match m.form {
        MeetingForm::InPerson => {}
        form => {
            let how = if form == MeetingForm::Online {
                "trực tuyến"
            } else {
                "trực tiếp kết hợp trực tuyến"
            };
            let sites = match m.sites {
                0 => String::new(),
                n => format!(" với {n} điểm cầu"),
            };
            text.push_str(&format!(
                " {} được tổ chức theo hình thức {how}{sites}.",
                capitalise(m.kind.noun())
            ));
        }
    }
    let agencies: Vec<&str> = m
        .agencies
        .iter()
        .filter_map(|a| ws.agency_name(a))
        .collect();
    let attendees = lines(&m.attendees);
    if !agencies.is_empty() || !attendees.is_empty() {
        let all: Vec<String> = attendees
            .into_iter()
            .chain(agencies.iter().map(|a| format!("đại diện lãnh đạo {a}")))
            .collect();
        text.push_str(&format!(" Tham dự có {}.", all.join("; ")));
    }
    text
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "Sau khi nghe …" and the reported items, numbered.
fn items(ws: &Workspace, meeting: &Id) -> Vec<Block> {
    let items = ws.meeting_items(meeting);
    let items: Vec<_> = items
        .iter()
        .filter(|i| !i.body().text.trim().is_empty())
        .collect();
    if items.is_empty() {
        return Vec::new();
    }
    let mut out = vec![Block::Paragraph(
        "Sau khi nghe các cơ quan báo cáo và ý kiến phát biểu của các đại biểu dự họp, người chủ trì kết luận như sau:".to_owned(),
    )];
    out.push(Block::Heading("I. NỘI DUNG BÁO CÁO".to_owned()));
    for (n, item) in items.iter().enumerate() {
        let i = item.body();
        let text = match i.agency.as_ref().and_then(|a| ws.agency_name(a)) {
            Some(agency) => format!("{agency} báo cáo: {}", sentence(&i.text)),
            None => sentence(&i.text),
        };
        out.push(Block::Numbered(n + 1, text));
    }
    out
}

/// Conclusions on items first (in the items' order), then those on the whole meeting.
fn conclusions(ws: &Workspace, meeting: &Id, m: &Meeting) -> Vec<Block> {
    let list = ws.meeting_conclusions(meeting);
    let list: Vec<_> = list
        .iter()
        .filter(|c| !c.body().text.trim().is_empty())
        .collect();
    if list.is_empty() {
        return Vec::new();
    }
    let items = ws.meeting_items(meeting);
    let rank = |c: &&&Record<crate::domain::meeting::Conclusion>| {
        let at = c
            .body()
            .item
            .as_ref()
            .and_then(|i| items.iter().position(|x| x.id() == i));
        (at.unwrap_or(usize::MAX), c.body().position)
    };
    let mut list = list;
    list.sort_by_key(|c| rank(c));
    let mut out = vec![Block::Heading(format!(
        "II. KẾT LUẬN CỦA NGƯỜI CHỦ TRÌ {}",
        m.kind.noun().to_uppercase()
    ))];
    for (n, c) in list.iter().enumerate() {
        let about = c.body().item.as_ref().and_then(|i| {
            let item = ws.items().get(i)?.body();
            let agency = item.agency.as_ref().and_then(|a| ws.agency_name(a))?;
            Some(format!("Về nội dung {agency} báo cáo: "))
        });
        out.push(Block::Numbered(
            n + 1,
            format!("{}{}", about.unwrap_or_default(), sentence(&c.body().text)),
        ));
    }
    out
}

/// "Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính …; thời hạn: …".
fn assignments(ws: &Workspace, meeting: &Id) -> Vec<Block> {
    let tasks = ws.meeting_tasks(meeting);
    if tasks.is_empty() {
        return Vec::new();
    }
    let mut out = vec![Block::Heading("III. GIAO NHIỆM VỤ".to_owned())];
    for (n, task) in tasks.iter().enumerate() {
        out.push(Block::Numbered(n + 1, assignment(ws, task.body())));
    }
    out
}

/// One assignment as the notice words it.
pub fn assignment(ws: &Workspace, t: &Task) -> String {
    let lead = ws.agency_name(&t.lead).unwrap_or_default();
    let mut s = format!("Giao {lead} chủ trì");
    let coordinating: Vec<&str> = t
        .coordinating
        .iter()
        .filter_map(|a| ws.agency_name(a))
        .collect();
    if !coordinating.is_empty() {
        s.push_str(&format!(", phối hợp với {}", coordinating.join(", ")));
    }
    let what = t.title.split_whitespace().collect::<Vec<_>>().join(" ");
    let what = what.trim_end_matches(['.', ';']);
    if !what.is_empty() {
        s.push(' ');
        s.push_str(&in_running_text(what));
    }
    if t.deadline != crate::domain::Deadline::None {
        let due = (Lang::Vi.texts().deadline)(&t.deadline, None);
        s.push_str(&format!("; thời hạn: {}", lower_first(&due)));
    }
    s.push('.');
    s
}

/// A phrase that starts a sentence of its own ("Rà soát các thủ tục", "Trước ngày 15/04/2026"),
/// in lower case for the middle of a sentence; a phrase that starts with a name ("Sở Nội vụ
/// trình …") keeps its capitals.
fn in_running_text(phrase: &str) -> String {
    let mut words = phrase.split(' ');
    let second_is_name = words
        .nth(1)
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    match second_is_name {
        true => phrase.to_owned(),
        false => lower_first(phrase),
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
