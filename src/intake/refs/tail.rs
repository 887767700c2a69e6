//! What follows a citation's number or name: "ngày …" (its date), "của …" (its issuer, read
//! by `issuer`), "về …" (its summary, the trích yếu), each at most once, in any order.

use super::Cx;
use crate::domain::dates::parse_day;
use crate::intake::clauses::{Word, CLOSE, COLON, COMMA, OPEN, QUOTE, SEMI, STOP, UNQUOTE};
use chrono::NaiveDate;

/// Words after a comma that open a new clause, where a summary ends: "…, giao Sở Nội vụ".
const CLAUSE_LEADS: &[&str] = &[
    "giao", "yêu", "đề", "để", "đồng", "ngày", "trong", "theo", "tại", "qua", "sau", "trước",
    "trên", "nhằm", "cùng", "chủ", "phối", "tham", "báo", "kịp", "khẩn", "đảm", "nhất", "cần",
];

/// Words a summary or an issuer does not end with: "… và", "… của".
const DANGLING: &[&str] = &[
    "và", "các", "của", "tại", "theo", "với", "những", "hoặc", "là",
];

/// Words a trích yếu does not hold, where a summary ends without a comma: "… về chuyển đổi
/// số để triển khai …", "… đã được phê duyệt".
const AFTER_SUMMARY: &[&str] = &["để", "đã", "thì", "nhưng", "song"];

/// Longest summary, in words: better short than swallowing the rest of the sentence.
const SUMMARY_WORDS: usize = 40;

/// What a tail read.
#[derive(Default)]
pub struct Tail {
    pub date: Option<NaiveDate>,
    pub issuer: Option<(usize, usize)>,
    pub summary: Option<(usize, usize)>,
    /// The index after the last word taken.
    pub next: usize,
}

impl Cx<'_> {
    /// The date, issuer and summary after the citation's core, which ends before `words[next]`.
    pub fn tail(&self, words: &[Word], next: usize) -> Tail {
        let mut t = Tail {
            next,
            ..Tail::default()
        };
        let mut dated = false;
        while t.next > 0 && t.next < words.len() {
            let prev = &words[t.next - 1];
            if prev.after & (SEMI | STOP | COLON | CLOSE) != 0 {
                break;
            }
            let w = &words[t.next];
            if w.is("ngày") && !dated {
                let Some((date, last)) = date_at(words, t.next + 1) else {
                    break;
                };
                (t.date, dated, t.next) = (date, true, last + 1);
                continue;
            }
            // "số 45/TB-UBND, ngày 05/4/2022, của UBND tỉnh": a comma may come before the date
            // or the issuer, never before the summary.
            let comma = prev.after & COMMA != 0;
            if w.is_lower("của") && t.issuer.is_none() {
                let Some(last) = self.issuer_end(words, t.next + 1) else {
                    break;
                };
                t.issuer = Some((words[t.next + 1].start, words[last].end));
                t.next = last + 1;
                continue;
            }
            if comma {
                break;
            }
            // "… của Chính phủ quy định …": a decree's summary said without "về", by its verb.
            let verb =
                t.issuer.is_some_and(|(_, end)| end + 1 == w.start) && said_by_verb(words, t.next);
            let about = w.is_lower("về") || w.is("v/v");
            let quoted = w.before & QUOTE != 0;
            if (about || quoted || verb) && t.summary.is_none() {
                // A quoted trích yếu may open with its own "Về": the shown form adds one.
                let opens = quoted && !about && w.is("về") && !w.ends();
                let mut from = t.next + usize::from(about || opens);
                if (about || opens) && words.get(from).is_some_and(|x| x.is("việc")) {
                    from += 1;
                }
                let Some(last) = self.summary_end(words, from, quoted && !about) else {
                    break;
                };
                t.summary = Some((words[from].start, words[last].end));
                t.next = last + 1;
                continue;
            }
            break;
        }
        t
    }

    /// The last word of a summary that starts at `words[k]`; in quotation marks when `quoted`.
    fn summary_end(&self, words: &[Word], k: usize, quoted: bool) -> Option<usize> {
        let mut last = None;
        let mut open = 0usize;
        for n in k..(k + SUMMARY_WORDS).min(words.len()) {
            let w = &words[n];
            // "(sau đây gọi tắt là …)" is no part of what the document is about.
            if n > k && w.before & OPEN != 0 && !quoted {
                break;
            }
            if w.before & QUOTE != 0 {
                open += 1;
            }
            let dated = w.is("ngày") && date_at(words, n + 1).is_some();
            let after = !quoted && w.plain() && w.among(AFTER_SUMMARY);
            if n > k && (self.starts(words, n) || dated || after) {
                break;
            }
            last = Some(n);
            if quoted {
                if w.after & UNQUOTE != 0 {
                    return Some(n);
                }
                continue;
            }
            // A closing quotation mark that closes nothing opened here ends a quoted passage
            // the citation stood in.
            let unquote = w.after & UNQUOTE != 0;
            if unquote && open == 0 || w.after & (SEMI | STOP | COLON | CLOSE) != 0 {
                break;
            }
            if unquote {
                open -= 1;
            }
            if w.after & COMMA != 0 {
                let lead = |x: &Word| {
                    x.capital()
                        || x.core.starts_with(|c: char| c.is_ascii_digit())
                        || x.among(CLAUSE_LEADS)
                };
                if words.get(n + 1).is_none_or(lead) {
                    break;
                }
            }
        }
        if quoted {
            return None;
        }
        trim(words, k, last?)
    }
}

/// Whether `words[k]` opens a summary by the verb a trích yếu starts with: "ban hành", "quy
/// định", "hướng dẫn", "phê duyệt", "sửa đổi", "thành lập".
fn said_by_verb(words: &[Word], k: usize) -> bool {
    let pair = (words.get(k), words.get(k + 1));
    let (Some(a), Some(b)) = pair else {
        return false;
    };
    let verbs = [
        ("ban", "hành"),
        ("quy", "định"),
        ("hướng", "dẫn"),
        ("phê", "duyệt"),
        ("sửa", "đổi"),
        ("thành", "lập"),
    ];
    a.plain() && a.after == 0 && verbs.iter().any(|(x, y)| a.is(x) && b.is(y))
}

/// The last word once dangling words ("và", "của") are taken off the end; none if nothing is left.
pub(super) fn trim(words: &[Word], k: usize, mut last: usize) -> Option<usize> {
    while words[last].among(DANGLING) {
        if last == k {
            return None;
        }
        last -= 1;
    }
    Some(last)
}

/// A date at `words[k]`: "10/01/2022", "10-1-2022" or "12 tháng 9 năm 2017"; the date (none if
/// the calendar has no such day) and its last word.
pub fn date_at(words: &[Word], k: usize) -> Option<(Option<NaiveDate>, usize)> {
    let w = words.get(k)?;
    let numeric = |s: &str, most: usize| {
        !s.is_empty() && s.len() <= most && s.bytes().all(|b| b.is_ascii_digit())
    };
    let parts: Vec<&str> = w.core.split(['/', '-', '.']).collect();
    if let [d, m, y] = parts[..] {
        if numeric(d, 2) && numeric(m, 2) && y.len() == 4 && numeric(y, 4) {
            return Some((parse_day(w.core).ok(), k));
        }
    }
    let at = |n: usize| words.get(k + n);
    let long = numeric(w.core, 2)
        && at(1).is_some_and(|x| x.is("tháng"))
        && at(2).is_some_and(|x| numeric(x.core, 2))
        && at(3).is_some_and(|x| x.is("năm"))
        && at(4).is_some_and(|x| numeric(x.core, 4))
        && (0..4).all(|n| at(n).is_some_and(|x| !x.ends()));
    if !long {
        return None;
    }
    let text: Vec<&str> = (0..5).filter_map(|n| at(n).map(|x| x.core)).collect();
    Some((parse_day(&text.join(" ")).ok(), k + 4))
}
