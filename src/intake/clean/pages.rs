//! The pages of a PDF, undone: the tidy lines of the text without its page numbers ("2",
//! "- 3 -", "Trang 3", "3/12") and without the running header printed on every page, each line
//! marked when a page break was next to it.

use super::join::join;
use super::line::tidy;
use std::collections::{HashMap, HashSet};

/// A tidy line, and whether a page break (a form feed, a page number, a running header) was
/// next to it: where running headers sit.
pub(super) struct Line {
    pub text: String,
    near_break: bool,
}

/// The text's tidy lines, without blank lines and page numbers.
pub(super) fn lines(text: &str) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut broken = false;
    for (i, page) in text.split('\u{C}').enumerate() {
        broken |= i > 0;
        for raw in page.split('\n') {
            let Some(text) = tidy(raw) else { continue };
            if is_page_number(&text, lines.last().map(|l| l.text.as_str())) {
                broken = true;
                continue;
            }
            if broken {
                if let Some(last) = lines.last_mut() {
                    last.near_break = true;
                }
            }
            lines.push(Line {
                text,
                near_break: std::mem::take(&mut broken),
            });
        }
    }
    // The top of the first page and the foot of the last are where a page breaks too.
    if let Some(first) = lines.first_mut() {
        first.near_break = true;
    }
    if let Some(last) = lines.last_mut() {
        last.near_break = true;
    }
    lines
}

/// Words after which a number on a line of its own is the rest of the phrase ("ngày" / "15",
/// "Điều" / "3"), not a page number.
const NUMBERED: &[&str] = &[
    "ngày", "tháng", "năm", "số", "điều", "khoản", "điểm", "mục", "chương", "phần", "quý", "lần",
    "đợt", "kỳ", "khóa", "đoạn", "thứ", "bước",
];

/// "2", "- 3 -", "– 3 –", "Trang 3", "3/12": a page number; not "15" after "ngày".
fn is_page_number(line: &str, previous: Option<&str>) -> bool {
    let rest = ["Trang ", "trang ", "TRANG ", "Page ", "page "]
        .iter()
        .find_map(|p| line.strip_prefix(p));
    let core: String = rest
        .unwrap_or(line)
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '–' | '—'))
        .collect();
    let number = |n: &str| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit());
    let paged = match core.split_once('/') {
        Some((page, of)) => number(page) && number(of),
        None => number(&core),
    };
    if !paged || rest.is_some() || core.len() != line.len() {
        return paged;
    }
    // A bare number: the rest of the phrase when the previous line asks for one and goes on.
    let asks = previous.is_some_and(|p| {
        let word = p.rsplit(' ').next().unwrap_or("").to_lowercase();
        NUMBERED.contains(&word.as_str()) && join(p, line).is_some()
    });
    !asks
}

/// Running headers: a short line (under 80 characters) seen three times or more where a page
/// breaks (the text's first or last line, next to a page number or a form feed, or between two
/// halves of a sentence) is a header printed on every page; all its occurrences go but the
/// first, and the lines around them are marked as near a break, so that the second line of a
/// two-line header goes too.
pub(super) fn drop_running_headers(lines: &mut Vec<Line>) {
    // Each round is linear; a header of more lines than rounds is left (none has been seen).
    for _ in 0..6 {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for i in 0..lines.len() {
            let line = &lines[i];
            let between = i > 0
                && i + 1 < lines.len()
                && join(&lines[i - 1].text, &lines[i + 1].text).is_some();
            if (line.near_break || between) && line.text.chars().count() < 80 {
                *counts.entry(line.text.as_str()).or_default() += 1;
            }
        }
        let headers: HashSet<String> = counts
            .into_iter()
            .filter(|(_, n)| *n >= 3)
            .map(|(text, _)| text.to_owned())
            .collect();
        if headers.is_empty() {
            return;
        }
        let header: Vec<bool> = lines.iter().map(|l| headers.contains(&l.text)).collect();
        let mut seen: HashSet<&str> = HashSet::new();
        let drop: Vec<bool> = lines
            .iter()
            .zip(&header)
            .map(|(l, header)| *header && !seen.insert(l.text.as_str()))
            .collect();
        // The lines next to a header, the first one too, are where a page breaks.
        for i in 0..lines.len() {
            let near = (i > 0 && header[i - 1]) || header.get(i + 1).copied().unwrap_or(false);
            lines[i].near_break |= near;
        }
        let mut at = 0;
        lines.retain(|_| {
            at += 1;
            !drop[at - 1]
        });
    }
}
