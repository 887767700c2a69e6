//! The conclusion notice (Thông báo kết luận) of a meeting, composed from its records: the
//! blocks the print view lays out as Nghị định 30/2020/NĐ-CP asks, and the same text plain,
//! for pasting into the office's word processor. Always in Vietnamese: it is an official paper.
//! The body's sentences are in `body.rs`; the notice as a Word file in `docx/`.

mod body;
pub mod docx;

pub use body::assignment;

use crate::domain::agency::agency_key;
use crate::domain::dates::long;
use crate::domain::meeting::Meeting;
use crate::domain::plan::roman;
use crate::domain::Id;
use crate::workspace::Workspace;
use body::{assignments, conclusions, items, opening, transition};
use chrono::Datelike;

/// Everything printed on the notice, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Top left, in capitals: "ỦY BAN NHÂN DÂN", "TỈNH VĨNH PHÚC".
    pub issuer: Vec<String>,
    /// How many of the issuer's first lines name a governing body, printed in regular type
    /// ("UBND TỈNH VĨNH PHÚC" over "SỞ NỘI VỤ"): 0 when the lines are one body, all bold.
    pub governing_lines: usize,
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
    /// A lettered point under a numbered line: "a) …".
    Lettered(char, String),
}

impl Block {
    fn text(&self) -> String {
        match self {
            Block::Heading(text) | Block::Paragraph(text) => text.clone(),
            Block::Numbered(n, text) => format!("{n}. {text}"),
            Block::Lettered(c, text) => format!("{c}) {text}"),
        }
    }
}

/// The national motto block, top right of every administrative document.
pub const NATION: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";

/// Room left to write in by hand: the number of a notice not numbered yet, its day and month.
pub const BLANK: &str = "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}";

/// The symbol of the issuing body, after "TB-", for a notice not numbered yet: "UBND" for
/// "ỦY BAN NHÂN DÂN / TỈNH VĨNH PHÚC" (one body over two lines), "SNV" for "UBND TỈNH VĨNH
/// PHÚC / SỞ NỘI VỤ" (the body under its governing one). Empty when it cannot be told: the
/// clerk writes it with the number.
fn issuer_symbol(issuer: &[String]) -> String {
    let first = issuer.first().map(|l| agency_key(l)).unwrap_or_default();
    let line = match first.as_str() {
        "uy ban nhan dan" | "hoi dong nhan dan" => issuer.first(),
        _ => issuer.last(),
    };
    let Some(line) = line else {
        return String::new();
    };
    let key = agency_key(line);
    if key.starts_with("uy ban nhan dan") {
        return "UBND".to_owned();
    }
    if key.starts_with("hoi dong nhan dan") {
        return "HĐND".to_owned();
    }
    if key.starts_with("van phong") {
        return "VP".to_owned();
    }
    // "SỞ NỘI VỤ": S and the first letter of each word of its field, "và" left out.
    let mut words = line.split_whitespace();
    let is_department = words.next().is_some_and(|w| agency_key(w) == "so");
    let field: Vec<&str> = words.filter(|w| agency_key(w) != "va").collect();
    if !is_department
        || field.is_empty()
        || field.iter().any(|w| !w.chars().all(char::is_alphabetic))
    {
        return String::new();
    }
    let initials = field.iter().filter_map(|w| w.chars().next());
    std::iter::once('S')
        .chain(initials.flat_map(char::to_uppercase))
        .collect()
}

/// Lines of the issuer that name a governing body above the one that issues (NĐ 30/2020,
/// Phụ lục I: the governing body in regular type, the issuing body bold): one when there are
/// several lines and the first is not the start of a body written over two lines ("ỦY BAN NHÂN
/// DÂN" over "TỈNH VĨNH PHÚC" is one body).
fn governing_lines(issuer: &[String]) -> usize {
    let first = issuer.first().map(|l| agency_key(l)).unwrap_or_default();
    let split_body = matches!(first.as_str(), "uy ban nhan dan" | "hoi dong nhan dan");
    usize::from(issuer.len() > 1 && !split_body)
}

/// Nơi nhận as NĐ 30 sets it: each recipient "- …;", the last "- Lưu: VT, …." (added when
/// the form has none), whatever marks the lines were typed with.
fn recipients(typed: &str) -> Vec<String> {
    let bare = |l: &str| {
        let l = l.trim_start_matches(['-', '–', '•', '+', '*', ' ']);
        l.trim_end_matches([';', '.', ',', ' ']).trim().to_owned()
    };
    let all: Vec<String> = lines(typed)
        .iter()
        .map(|l| bare(l))
        .filter(|l| !l.is_empty())
        .collect();
    let is_archive = |l: &String| agency_key(l).starts_with("luu");
    let archive = all.iter().find(|l| is_archive(l)).cloned();
    let mut out: Vec<String> = all
        .iter()
        .filter(|l| !is_archive(l))
        .map(|l| format!("- {l};"))
        .collect();
    out.push(format!(
        "- {}.",
        archive.unwrap_or_else(|| "Lưu: VT".to_owned())
    ));
    out
}

pub(crate) fn lines(text: &str) -> Vec<String> {
    let lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    lines.map(str::to_owned).collect()
}

impl Notice {
    /// Composes the notice of a live meeting; `None` if there is no such meeting.
    pub fn of(ws: &Workspace, meeting: &Id) -> Option<Notice> {
        let record = ws.meetings().get(meeting)?;
        let m = record.body();
        let n = &m.notice;
        let issuer = lines(&n.issuer);
        // A notice not numbered or dated yet leaves room to write them in by hand.
        let day = n.day.map(long).unwrap_or_else(|| {
            let year = m.day.map(|d| format!(" {}", d.year()));
            format!(
                "ngày{BLANK}tháng{BLANK}năm{}",
                year.as_deref().unwrap_or(BLANK)
            )
        });
        let place_date = [n.place.trim().to_owned(), day];
        let place_date = place_date.iter().filter(|p| !p.is_empty());
        let number = match n.number.trim() {
            "" => format!("Số:{BLANK}/TB-{}", issuer_symbol(&issuer)),
            number => format!("Số: {number}"),
        };
        let mut body = vec![Block::Paragraph(opening(ws, m))];
        let reported = items(ws, meeting);
        let has_items = reported.is_some();
        let parts = [
            reported,
            conclusions(ws, meeting, m),
            assignments(ws, meeting),
        ];
        let parts: Vec<_> = parts.into_iter().flatten().collect();
        if !parts.is_empty() {
            body.push(Block::Paragraph(transition(m, has_items)));
        }
        // Parts are numbered I, II, III in the order present: only assignments is part I.
        for (n, part) in parts.into_iter().enumerate() {
            body.push(Block::Heading(format!(
                "{}. {}",
                roman(n as u32 + 1),
                part.title
            )));
            body.extend(part.blocks);
        }
        // Naming the issuer in running text would need its name in ordinary case, which the
        // capitals of the header do not give back: the closing formula does without it.
        body.push(Block::Paragraph(
            "Thông báo để các cơ quan, đơn vị, cá nhân liên quan biết, thực hiện./.".to_owned(),
        ));
        Some(Notice {
            governing_lines: governing_lines(&issuer),
            issuer,
            number,
            place_date: place_date.cloned().collect::<Vec<_>>().join(", "),
            summary: match n.summary.trim() {
                "" => default_summary(m),
                summary => summary.to_owned(),
            },
            body,
            recipients: recipients(&n.recipients),
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
    format!("Kết luận{by} tại {}", m.named())
}
