//! The sentences of the notice's body: the opening (who chaired what, when and where), the
//! reported items, the conclusions and the assignments, worded as offices word them.

use super::{lines, Block};
use crate::domain::dates::short;
use crate::domain::meeting::{Conclusion, Item, Meeting, MeetingForm};
use crate::domain::text::cut_between_words;
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

/// A part of the body: its heading's words (numbered I, II, … by the notice, so a notice with
/// only assignments starts at I) and its lines.
pub(super) struct Part {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// How the notice names the chair in "… kết luận như sau": by role when the form gives one
/// ("đồng chí Chủ tịch UBND tỉnh"), else by name, else "người chủ trì".
pub(super) fn chair(m: &Meeting) -> String {
    match m.chairs.first() {
        Some(c) if !c.title.trim().is_empty() => format!("đồng chí {}", c.title.trim()),
        Some(c) if !c.name.trim().is_empty() => format!("đồng chí {}", c.name.trim()),
        _ => "người chủ trì".to_owned(),
    }
}

/// "Sau khi nghe các cơ quan báo cáo …, đồng chí Chủ tịch UBND tỉnh kết luận như sau:", or
/// without the first words when nothing was reported.
pub(super) fn transition(m: &Meeting, reported: bool) -> String {
    let who = chair(m);
    match reported {
        true => format!("Sau khi nghe các cơ quan báo cáo và ý kiến phát biểu của các đại biểu dự họp, {who} kết luận như sau:"),
        false => capitalise(&format!("{who} kết luận như sau:")),
    }
}

/// The reported items with text, in order.
fn reported(ws: &Workspace, meeting: &Id) -> Vec<Record<Item>> {
    let items = ws.meeting_items(meeting);
    let items = items
        .into_iter()
        .filter(|i| !i.body().text.trim().is_empty());
    items.cloned().collect()
}

/// The reported items, numbered: "Sở Nội vụ báo cáo: …".
pub(super) fn items(ws: &Workspace, meeting: &Id) -> Option<Part> {
    let items = reported(ws, meeting);
    if items.is_empty() {
        return None;
    }
    let blocks = items.iter().enumerate().map(|(n, item)| {
        let i = item.body();
        let text = match i.agency.as_ref().and_then(|a| ws.agency_name(a)) {
            Some(agency) => format!("{agency} báo cáo: {}", sentence(&i.text)),
            None => sentence(&i.text),
        };
        Block::Numbered(n + 1, text)
    });
    Some(Part {
        title: "NỘI DUNG BÁO CÁO".to_owned(),
        blocks: blocks.collect(),
    })
}

/// What an item was about, to head its conclusions: its first sentence in running text
/// ("Về đề xuất phương án tổ chức hội nghị (Sở Nội vụ báo cáo):").
fn topic(ws: &Workspace, item: &Item) -> String {
    let text = item.text.split_whitespace().collect::<Vec<_>>().join(" ");
    let first = text
        .split(['.', ';', ':', '?', '!'])
        .next()
        .unwrap_or_default()
        .trim();
    let first = cut_between_words(first, TOPIC_CHARS);
    let agency = item.agency.as_ref().and_then(|a| ws.agency_name(a));
    let named =
        agency.is_some_and(|a| crate::search::fold(&first).contains(&crate::search::fold(a)));
    match (agency, first.is_empty()) {
        (Some(a), true) => format!("Về nội dung {a} báo cáo:"),
        (Some(a), false) if !named => format!("Về {} ({a} báo cáo):", in_running_text(&first)),
        _ => format!("Về {}:", in_running_text(&first)),
    }
}

/// Longest topic heading, in characters: a sentence, not a paragraph.
const TOPIC_CHARS: usize = 160;

/// Conclusions grouped under the topic of the item they answer (in the items' order), each
/// group numbered and its conclusions lettered a), b), …; then those on the whole meeting,
/// numbered on.
pub(super) fn conclusions(ws: &Workspace, meeting: &Id, m: &Meeting) -> Option<Part> {
    let list = ws.meeting_conclusions(meeting);
    let list: Vec<_> = list
        .iter()
        .filter(|c| !c.body().text.trim().is_empty())
        .collect();
    if list.is_empty() {
        return None;
    }
    let items = reported(ws, meeting);
    let mut blocks = Vec::new();
    let mut n = 0;
    for item in &items {
        let on: Vec<_> = list
            .iter()
            .filter(|c| c.body().item.as_ref() == Some(item.id()))
            .collect();
        if on.is_empty() {
            continue;
        }
        n += 1;
        let heading = topic(ws, item.body());
        match on.as_slice() {
            [one] => blocks.push(Block::Numbered(
                n,
                format!("{heading} {}", sentence(&one.body().text)),
            )),
            many => {
                blocks.push(Block::Numbered(n, heading));
                for (k, c) in many.iter().enumerate() {
                    blocks.push(Block::Lettered(letter(k), sentence(&c.body().text)));
                }
            }
        }
    }
    let on_item = |c: &&&Record<Conclusion>| {
        let item = c.body().item.as_ref();
        item.is_some_and(|i| items.iter().any(|x| x.id() == i))
    };
    for c in list.iter().filter(|c| !on_item(c)) {
        n += 1;
        blocks.push(Block::Numbered(n, sentence(&c.body().text)));
    }
    Some(Part {
        title: format!(
            "KẾT LUẬN CỦA NGƯỜI CHỦ TRÌ {}",
            m.kind.noun().to_uppercase()
        ),
        blocks,
    })
}

/// a, b, c, … (đ after d, as Vietnamese documents letter their points).
fn letter(k: usize) -> char {
    const LETTERS: &[char] = &[
        'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's',
        't', 'u', 'v', 'x', 'y',
    ];
    LETTERS.get(k).copied().unwrap_or('z')
}

/// "Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính …; thời hạn: …".
pub(super) fn assignments(ws: &Workspace, meeting: &Id) -> Option<Part> {
    let tasks = ws.meeting_tasks(meeting);
    if tasks.is_empty() {
        return None;
    }
    let blocks = tasks.iter().enumerate();
    let blocks = blocks.map(|(n, task)| Block::Numbered(n + 1, assignment(ws, task.body())));
    Some(Part {
        title: "GIAO NHIỆM VỤ".to_owned(),
        blocks: blocks.collect(),
    })
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
        None => capitalise(what),
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

/// A phrase that starts a sentence of its own ("Rà soát các thủ tục", "Trình UBND tỉnh …",
/// "Trước ngày 15/04/2026"), in lower case for the middle of a sentence; a phrase that starts
/// with an agency's name ("Sở Nội vụ trình …") keeps its capitals.
fn in_running_text(phrase: &str) -> String {
    match crate::intake::agencies::opens_with_agency(phrase) {
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
