//! The sentences of the notice's body: the opening (who chaired what, when and where), the
//! reported items, the conclusions and the assignments, worded as offices word them.

use super::{lines, Block};
use crate::domain::dates::short;
use crate::domain::meeting::{Meeting, MeetingForm};
use crate::domain::{Id, Record, Task};
use crate::i18n::Lang;
use crate::workspace::Workspace;

fn sentence(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.trim_end_matches([';', ',']);
    if text.is_empty() || text.ends_with(['.', '!', '?', ':']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// "Ngày 20/3/2026, tại …, đồng chí …, … chủ trì cuộc họp …" and who attended.
pub(super) fn opening(ws: &Workspace, m: &Meeting) -> String {
    let mut s = String::new();
    if let Some(day) = m.day {
        let day = short(day);
        s = match (m.time, m.part) {
            (Some(time), _) => format!("Vào lúc {} ngày {day}", time.format("%H giờ %M")),
            (None, Some(part)) => format!("{} ngày {day}", capitalise(part.word())),
            (None, None) => format!("Ngày {day}"),
        };
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
    s.push_str(&m.named());
    let mut text = capitalise(&sentence(&s));
    match m.form {
        // In person is what a meeting is unless said; "not said" asserts nothing.
        MeetingForm::InPerson | MeetingForm::NotSaid => {}
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
        let agencies =
            (!agencies.is_empty()).then(|| format!("đại diện lãnh đạo {}", agencies.join(", ")));
        let all: Vec<String> = attendees.into_iter().chain(agencies).collect();
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
pub(super) fn items(ws: &Workspace, meeting: &Id) -> Vec<Block> {
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
pub(super) fn conclusions(ws: &Workspace, meeting: &Id, m: &Meeting) -> Vec<Block> {
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
    crate::sort::sort_by_key(&mut list, rank);
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
pub(super) fn assignments(ws: &Workspace, meeting: &Id) -> Vec<Block> {
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
    let coordinating: Vec<&str> = t
        .coordinating
        .iter()
        .filter_map(|a| ws.agency_name(a))
        .collect();
    let what = t.title.split_whitespace().collect::<Vec<_>>().join(" ");
    let what = what.trim_end_matches(['.', ';']);
    let lead = t.lead.as_ref().and_then(|l| ws.agency_name(l));
    // With no lead given yet the notice says what is to be done, and never invents who.
    let mut s = match lead {
        Some(lead) => format!("Giao {lead} chủ trì"),
        None => upper_first(what),
    };
    if !coordinating.is_empty() {
        let with = coordinating.join(", ");
        match lead {
            Some(_) => s.push_str(&format!(", phối hợp với {with}")),
            None => s.push_str(&format!(" (phối hợp: {with})")),
        }
    }
    if lead.is_some() && !what.is_empty() {
        s.push(' ');
        s.push_str(&in_running_text(what));
    }
    if t.deadline != crate::domain::Deadline::None || t.on_request {
        let due = Lang::Vi.texts().task_deadline(t, None);
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

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
