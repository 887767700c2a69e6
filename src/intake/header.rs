//! The document's own particulars: its kind ("THÔNG BÁO", "KẾ HOẠCH", a công văn's "V/v"), the
//! issuing body over "Số: 45/TB-UBND", "Vĩnh Phúc, ngày 05 tháng 4 năm 2022", the trích yếu,
//! "Kính gửi", and at the foot "Nơi nhận" and the signer; and where the body lies between them,
//! so that neither the addressees nor the recipients are read as assignments.

use super::lines::{Line, Marker};
use super::{DocKind, DocumentDraft, Found, Span};
use crate::domain::dates::parse_day;
use crate::search::fold;
use chrono::NaiveDate;

/// How many lines from the top the header may take.
const HEAD_LINES: usize = 24;

/// The kinds a title line names, folded.
const TITLES: &[(&str, DocKind)] = &[
    ("thong bao ket luan", DocKind::Notice),
    ("thong bao", DocKind::Notice),
    ("ke hoach", DocKind::Plan),
    ("chuong trinh hanh dong", DocKind::Plan),
    ("chuong trinh", DocKind::Plan),
    ("de an", DocKind::Plan),
    ("quyet dinh", DocKind::Decision),
    ("bao cao", DocKind::Report),
    ("cong van", DocKind::Letter),
];

/// Cells of the two-column header that say nothing about the document.
const MOTTO: &[&str] = &[
    "cong hoa xa hoi chu nghia viet nam",
    "doc lap - tu do - hanh phuc",
    "doc lap tu do hanh phuc",
];

pub fn read(text: &str, lines: &[Line]) -> DocumentDraft {
    let mut d = DocumentDraft::default();
    let head = &lines[..lines.len().min(HEAD_LINES)];
    let mut issuer_lines: Vec<(String, Span)> = Vec::new();
    let mut title_at: Option<usize> = None;
    for (n, line) in head.iter().enumerate() {
        for (cell, span) in cells(text, line) {
            let f = fold(cell);
            let f = f.trim_matches(|c: char| !c.is_alphanumeric());
            if f.is_empty() || MOTTO.contains(&f) {
                continue;
            }
            if let Some(number) = number_of(cell) {
                if d.number.is_none() {
                    d.number = Some(Found {
                        value: number,
                        span,
                    });
                }
                continue;
            }
            if let Some((place, date)) = place_and_date(cell) {
                if d.date.is_none() {
                    d.place = (!place.is_empty()).then_some(Found { value: place, span });
                    d.date = Some(Found { value: date, span });
                }
                continue;
            }
            if title_at.is_none() {
                if let Some(kind) = TITLES.iter().find(|(t, _)| f == *t).map(|(_, k)| *k) {
                    d.kind = kind;
                    title_at = Some(n);
                    continue;
                }
                let upper = is_upper(cell);
                if upper && cell.chars().count() <= 80 && d.number.is_none() {
                    issuer_lines.push((cell.to_owned(), span));
                    continue;
                }
            }
            if let Some(rest) = strip_fold(cell, &["v/v", "ve viec"]) {
                d.summary.get_or_insert(Found {
                    value: rest.trim_start_matches([':', ' ']).to_owned(),
                    span,
                });
                if d.kind == DocKind::Unknown {
                    d.kind = DocKind::Letter;
                }
            }
        }
    }
    // Without a number or a title line the text has no header: upper-case lines near its top
    // are a web page's menus, not an issuer.
    if d.number.is_some() || title_at.is_some() {
        set_issuer(&mut d, issuer_lines);
    }
    if let Some(t) = title_at {
        summary_after(text, lines, t, &mut d);
    }
    kind_from_symbol(&mut d);
    addressees(text, lines, &mut d);
    foot(text, lines, &mut d);
    if d.kind == DocKind::Unknown {
        d.kind = news_or_unknown(text, lines, &mut d);
    }
    d
}

/// The lines of the body: after the header, without the foot ("Nơi nhận" and the signer's
/// block), but with an annex after the signature ("DANH MỤC NHIỆM VỤ …, ban hành kèm theo").
pub fn body_lines(text: &str, d: &DocumentDraft, lines: &[Line]) -> Vec<Line> {
    let after = |span: Option<Span>| span.map(|s| s.end).unwrap_or(0);
    let start = [
        d.summary.as_ref().map(|f| f.span),
        d.to.last().map(|f| f.span),
        d.date.as_ref().map(|f| f.span),
        d.number.as_ref().map(|f| f.span),
    ];
    let start = start.into_iter().map(after).max().unwrap_or(0);
    let foot_start = d
        .recipients
        .first()
        .map(|f| f.span.start)
        .into_iter()
        .chain(d.signer_title.as_ref().map(|f| f.span.start))
        .min()
        .unwrap_or(usize::MAX);
    let foot_end = [
        d.recipients.last().map(|f| f.span),
        d.signer_title.as_ref().map(|f| f.span),
        d.signer_name.as_ref().map(|f| f.span),
    ];
    let foot_end = foot_end.into_iter().map(after).max().unwrap_or(0);
    lines
        .iter()
        .filter(|l| {
            l.range.start >= start
                && !fold(&text[l.range.clone()]).starts_with("noi nhan")
                && (l.range.end <= foot_start || l.range.start >= foot_end.max(foot_start))
        })
        .cloned()
        .collect()
}

/// The cells of a header line: a two-column header pasted from Word comes as tab-separated
/// cells or as two lines.
fn cells<'a>(text: &'a str, line: &Line) -> Vec<(&'a str, Span)> {
    let mut out = Vec::new();
    let mut at = line.range.start;
    for cell in text[line.range.clone()].split('\t') {
        let trimmed = cell.trim();
        let lead = cell.len() - cell.trim_start().len();
        if !trimmed.is_empty() {
            out.push((trimmed, Span::new(at + lead, at + lead + trimmed.len())));
        }
        at += cell.len() + 1;
    }
    out
}

/// "Số: 45/TB-UBND", "Số 45/TB-UBND", "Số: /TB-UBND" (a draft not yet numbered).
fn number_of(cell: &str) -> Option<String> {
    let rest = cell
        .strip_prefix("Số")
        .or_else(|| cell.strip_prefix("SỐ"))?;
    let rest = rest.trim_start_matches([':', ' ', '.']);
    let code = rest.split_whitespace().next()?;
    let code = code.trim_end_matches([',', ';', '.']);
    (code.contains('/') || code.contains('-')).then(|| code.to_owned())
}

/// "Vĩnh Phúc, ngày 05 tháng 4 năm 2022" → the place and the day.
fn place_and_date(cell: &str) -> Option<(String, NaiveDate)> {
    let f = fold(cell);
    let at = f.find("ngay ")?;
    if !f.contains("thang") || !f.contains("nam") {
        return None;
    }
    // Folding keeps byte offsets only in ASCII text: cut the original at the same word.
    let words_before = f[..at].split_whitespace().count();
    let mut words = cell.split_whitespace();
    let place: Vec<&str> = words.by_ref().take(words_before).collect();
    let rest: Vec<&str> = words.collect();
    let date = parse_day(&rest.join(" ")).ok()?;
    let place = place.join(" ");
    Some((place.trim_end_matches([',', ' ']).to_owned(), date))
}

fn strip_fold<'a>(cell: &'a str, prefixes: &[&str]) -> Option<&'a str> {
    let f = fold(cell);
    prefixes.iter().find_map(|p| {
        f.starts_with(p).then(|| {
            let n = p.chars().count();
            let at = cell.char_indices().nth(n).map_or(cell.len(), |(i, _)| i);
            &cell[at..]
        })
    })
}

/// The upper-case lines above "Số:": the governing body first when there are two bodies
/// ("UBND TỈNH VĨNH PHÚC" over "SỞ NỘI VỤ"), else one issuer written on one or two lines.
fn set_issuer(d: &mut DocumentDraft, lines: Vec<(String, Span)>) {
    let lines: Vec<(String, Span)> = lines
        .into_iter()
        .filter(|(l, _)| !l.chars().all(|c| !c.is_alphanumeric()))
        .take(3)
        .collect();
    let starts_body = |l: &str| {
        let f = fold(l);
        [
            "so ",
            "ban ",
            "van phong",
            "phong ",
            "thanh tra",
            "cong an",
            "cuc ",
            "chi cuc",
            "trung tam",
            "bo ",
        ]
        .iter()
        .any(|p| f.starts_with(p))
    };
    match lines.as_slice() {
        [] => {}
        [(one, span)] => {
            d.issuer = Some(Found {
                value: one.clone(),
                span: *span,
            })
        }
        [(a, sa), (b, sb), ..] if starts_body(b) && !starts_body(a) => {
            d.governing = Some(Found {
                value: a.clone(),
                span: *sa,
            });
            d.issuer = Some(Found {
                value: b.clone(),
                span: *sb,
            });
        }
        [(a, sa), (b, sb), ..] => {
            d.issuer = Some(Found {
                value: format!("{a} {b}"),
                span: Span::new(sa.start, sb.end.max(sa.end)),
            })
        }
    }
}

/// The trích yếu: the lines under the title, up to a rule or the first sentence of the body.
fn summary_after(text: &str, lines: &[Line], title: usize, d: &mut DocumentDraft) {
    if d.summary.is_some() {
        return;
    }
    let mut parts: Vec<&Line> = Vec::new();
    // A rule drawn under the trích yếu closes it, however many lines it takes.
    let is_rule = |l: &Line| {
        let s = &text[l.range.clone()];
        s.chars()
            .all(|c| matches!(c, '-' | '_' | '—' | '=' | '*' | ' '))
    };
    let ruled = lines.iter().skip(title + 1).take(5).position(is_rule);
    if let Some(n) = ruled.filter(|n| *n > 0) {
        let under = &lines[title + 1..title + 1 + n];
        if under.iter().all(|l| l.marker == Marker::None) {
            parts.extend(under);
        }
    }
    for l in lines
        .iter()
        .skip(title + 1)
        .take(if parts.is_empty() { 3 } else { 0 })
    {
        let s = &text[l.range.clone()];
        if s.chars()
            .all(|c| matches!(c, '-' | '_' | '—' | '=' | '*' | ' '))
            || l.marker != Marker::None
        {
            break;
        }
        let f = fold(s);
        let goes_on = s.chars().next().is_some_and(char::is_lowercase);
        if f.starts_with("can cu") || f.starts_with("kinh gui") || !parts.is_empty() && !goes_on {
            break;
        }
        parts.push(l);
        if s.ends_with('.') {
            break;
        }
    }
    if let (Some(first), Some(last)) = (parts.first(), parts.last()) {
        let value = parts
            .iter()
            .map(|l| &text[l.range.clone()])
            .collect::<Vec<_>>()
            .join(" ");
        d.summary = Some(Found {
            value,
            span: Span::new(first.range.start, last.range.end),
        });
    }
}

/// A notice's or a plan's number says its kind when no title line does.
fn kind_from_symbol(d: &mut DocumentDraft) {
    if d.kind != DocKind::Unknown {
        return;
    }
    let Some(number) = &d.number else { return };
    let symbol = number
        .value
        .split_once('/')
        .map(|(_, s)| s)
        .unwrap_or_default();
    let code = symbol.split('-').next().unwrap_or_default();
    d.kind = match code {
        "TB" => DocKind::Notice,
        "KH" | "CTr" | "ĐA" => DocKind::Plan,
        "QĐ" => DocKind::Decision,
        "BC" => DocKind::Report,
        _ => DocKind::Letter,
    };
}

/// "Kính gửi: Sở Nội vụ; Sở Tài chính." on its line, or its dashes on the lines under it.
fn addressees(text: &str, lines: &[Line], d: &mut DocumentDraft) {
    let Some(at) = lines
        .iter()
        .take(HEAD_LINES + 6)
        .position(|l| fold(&text[l.range.clone()]).starts_with("kinh gui"))
    else {
        return;
    };
    let first = &lines[at];
    let s = &text[first.range.clone()];
    let rest_at = s.find(':').map_or(s.len(), |i| i + 1);
    list_items(
        text,
        first.range.start + rest_at,
        first.range.end,
        &mut d.to,
    );
    for l in &lines[at + 1..] {
        if l.marker != Marker::Dash {
            break;
        }
        list_items(text, l.body, l.range.end, &mut d.to);
    }
    if d.kind == DocKind::Unknown {
        d.kind = DocKind::Letter;
    }
}

/// The items of "- Sở Nội vụ; - Sở Tài chính;" between `start` and `end`.
fn list_items(text: &str, start: usize, end: usize, out: &mut Vec<Found<String>>) {
    let mut at = start;
    for piece in text[start..end].split(';') {
        let trimmed = piece
            .trim()
            .trim_start_matches(['-', '–', '+', ' '])
            .trim_end_matches(['.', ',', ' ']);
        if !trimmed.is_empty() && !trimmed.chars().all(|c| !c.is_alphanumeric()) {
            let off = piece.find(trimmed).unwrap_or(0);
            out.push(Found {
                value: trimmed.to_owned(),
                span: Span::new(at + off, at + off + trimmed.len()),
            });
        }
        at += piece.len() + 1;
    }
}

/// "Nơi nhận:" and its dashes, and the signer's block beside or under it.
fn foot(text: &str, lines: &[Line], d: &mut DocumentDraft) {
    let from = lines.len().saturating_sub(40);
    let found = (3.min(lines.len())..lines.len())
        .find(|n| fold(&text[lines[*n].range.clone()]).starts_with("noi nhan"));
    let Some(at) = found else {
        signer(text, &lines[from..], d);
        return;
    };
    // The foot is a few short lines; an annex may follow it.
    let window = &lines[at..(at + 16).min(lines.len())];
    let window = match window.iter().skip(1).position(|l| {
        matches!(l.marker, Marker::Number(..) | Marker::Roman(_)) || l.range.len() > 160
    }) {
        Some(n) => &window[..n + 1],
        None => window,
    };
    for l in window {
        let cells = cells(text, l);
        let Some((first, span)) = cells.first() else {
            continue;
        };
        let f = fold(first);
        let first_rest = if f.starts_with("noi nhan") {
            first.find(':').map(|i| first[i + 1..].trim()).unwrap_or("")
        } else {
            first
        };
        if !first_rest.is_empty()
            && (first_rest.starts_with(['-', '–', '+']) || f.starts_with("noi nhan"))
        {
            let off = first.len() - first_rest.len();
            list_items(text, span.start + off, span.end, &mut d.recipients);
        }
    }
    signer(text, window, d);
}

/// The signer's title ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and name, from the last lines.
fn signer(text: &str, lines: &[Line], d: &mut DocumentDraft) {
    let mut title: Vec<(String, Span)> = Vec::new();
    for l in lines {
        for (cell, span) in cells(text, l) {
            let f = fold(cell);
            let bare = cell.trim_start_matches(['-', '–', '+', ' ']);
            if bare.len() != cell.len()
                || f.starts_with("noi nhan")
                || f.starts_with("luu")
                || f.contains("da ky")
            {
                continue;
            }
            let upper = is_upper(cell);
            let role = [
                "tm.",
                "kt.",
                "tl.",
                "tuq.",
                "chu tich",
                "giam doc",
                "chanh van phong",
                "truong ban",
                "bi thu",
                "pho ",
            ]
            .iter()
            .any(|p| f.starts_with(p));
            if upper && role {
                title.push((cell.to_owned(), span));
            } else if !title.is_empty() && is_name(cell) {
                d.signer_name = Some(Found {
                    value: cell.to_owned(),
                    span,
                });
            }
        }
    }
    if let (Some(first), Some(last)) = (title.first(), title.last()) {
        let value = title
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join(" / ");
        d.signer_title = Some(Found {
            value,
            span: Span::new(first.1.start, last.1.end),
        });
    }
}

/// Letters, all of them upper case.
fn is_upper(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// "Nguyễn Văn An": two to five capitalised words and nothing else.
pub fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(|c| c.is_lowercase())
                && w.chars().all(char::is_alphabetic)
        })
}

/// A text with no header: a news report when it tells of a meeting, its date from a date line
/// near the top ("01/04/2022", "Thứ Năm, 31/03/2022 16:45").
fn news_or_unknown(text: &str, lines: &[Line], d: &mut DocumentDraft) -> DocKind {
    // A page's date line ("29/05/2025 - 18:02", "Thứ Bảy, 21/02/2026 07:30"), short or run
    // into the headline above it; never a cited document's date.
    let short_first = lines.iter().take(12).filter(|l| l.range.len() <= 60);
    let any = lines.iter().take(6).filter(|l| l.range.len() > 60);
    if d.date.is_none() {
        for l in short_first.chain(any) {
            let s = &text[l.range.clone()];
            if fold(s).contains("ngay ") {
                continue;
            }
            let date = s
                .split(|c: char| c.is_whitespace() || c == ',' || c == '|')
                .find_map(|w| parse_day(w).ok().filter(|_| w.matches('/').count() == 2));
            if let Some(date) = date {
                d.date = Some(Found {
                    value: date,
                    span: Span::of(l.range.clone()),
                });
                break;
            }
        }
    }
    let f = fold(&text[..super::floor_char_boundary(text, 6000)]);
    let meeting = ["chu tri", "hoi nghi", "cuoc hop", "buoi lam viec"]
        .iter()
        .any(|w| f.contains(w));
    if meeting {
        DocKind::News
    } else {
        DocKind::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::lines::split;

    const NOTICE: &str = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH VĨNH PHÚC\tĐộc lập - Tự do - Hạnh phúc\nSố: 45/TB-UBND\tVĩnh Phúc, ngày 05 tháng 4 năm 2022\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại hội nghị nghe báo cáo công tác phân cấp\nChiều ngày 31/3/2022, Chủ tịch UBND tỉnh chủ trì hội nghị.\nGiao Sở Nội vụ tham mưu.\nNơi nhận:\tKT. CHỦ TỊCH\n- Sở Nội vụ;\tPHÓ CHỦ TỊCH\n- Lưu: VT, NC.\t(Đã ký)\nNguyễn Văn An";

    #[test]
    fn a_notice_header_is_read_cell_by_cell() {
        let lines = split(NOTICE);
        let d = read(NOTICE, &lines);
        assert_eq!(d.kind, DocKind::Notice);
        assert_eq!(
            d.issuer.as_ref().map(|f| f.value.as_str()),
            Some("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC")
        );
        assert_eq!(
            d.number.as_ref().map(|f| f.value.as_str()),
            Some("45/TB-UBND")
        );
        assert_eq!(
            d.place.as_ref().map(|f| f.value.as_str()),
            Some("Vĩnh Phúc")
        );
        assert_eq!(
            d.date.as_ref().map(|f| f.value),
            NaiveDate::from_ymd_opt(2022, 4, 5)
        );
        assert_eq!(
            d.summary.as_ref().map(|f| f.value.as_str()),
            Some("Kết luận của Chủ tịch UBND tỉnh tại hội nghị nghe báo cáo công tác phân cấp")
        );
        let recipients: Vec<_> = d.recipients.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(recipients, ["Sở Nội vụ", "Lưu: VT, NC"]);
        assert_eq!(
            d.signer_title.as_ref().map(|f| f.value.as_str()),
            Some("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
        );
        assert_eq!(
            d.signer_name.as_ref().map(|f| f.value.as_str()),
            Some("Nguyễn Văn An")
        );
        let body: Vec<&str> = body_lines(NOTICE, &d, &lines)
            .iter()
            .map(|l| &NOTICE[l.range.clone()])
            .collect();
        assert_eq!(
            body,
            [
                "Chiều ngày 31/3/2022, Chủ tịch UBND tỉnh chủ trì hội nghị.",
                "Giao Sở Nội vụ tham mưu."
            ]
        );
    }

    #[test]
    fn a_letter_has_its_subject_and_addressees() {
        let text = "UBND TỈNH PHÚ THỌ\nSố: 1234/UBND-NC\nV/v triển khai Kế hoạch cải cách hành chính năm 2026\nPhú Thọ, ngày 12 tháng 01 năm 2026\nKính gửi:\n- Sở Nội vụ;\n- UBND các huyện, thành phố.\nChủ tịch UBND tỉnh có ý kiến như sau:";
        let d = read(text, &split(text));
        assert_eq!(d.kind, DocKind::Letter);
        assert_eq!(
            d.summary.as_ref().map(|f| f.value.as_str()),
            Some("triển khai Kế hoạch cải cách hành chính năm 2026")
        );
        let to: Vec<_> = d.to.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(to, ["Sở Nội vụ", "UBND các huyện, thành phố"]);
    }
}
