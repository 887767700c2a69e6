//! A deadline said in a clause: "trước ngày 15/4", "chậm nhất ngày 20/5/2022", "trong tháng
//! 6/2022", "trong quý II/2024", "hoàn thành trong năm 2025", "định kỳ hằng năm (hoặc đột xuất
//! khi có yêu cầu)", "định kỳ 6 tháng", "hằng quý", "trước ngày 15/12 hằng năm".
//!
//! A day or a period counts only after a cue ("trước", "chậm nhất", "hoàn thành", "xong",
//! "trong", "hạn", "thời hạn", "thời gian hoàn thành", "đến hết ngày"), so that a citation's
//! date ("Kế hoạch số 511/KH-UBND ngày 31/7/2023"), a year in a name ("kế hoạch CCHC năm 2022")
//! or a reporting period ("sơ kết 6 tháng đầu năm") is never read as one; a recurring duty is
//! its own cue.
//! In a task table's deadline column ([`cell`]) the whole cell is the deadline, so "2025",
//! "Năm 2025", "Quý II/2024" or "30/6/2022" need none.
//!
//! Decisions, each because a wrong deadline ticked as sure costs more than none:
//! - a clause with two deadlines gives the first one said (an assignment states its deadline
//!   once; a second is usually a later step's);
//! - a day without its year ("trước ngày 15/4") takes the year of the document's date, the
//!   next one when its month is earlier ([`crate::domain::dates::parse_day_after`]); with no
//!   document date it is not read at all (`None`), never given a guessed year;
//! - "trước tháng 6", "trước quý III" are read as that month or quarter, as officials mean them;
//! - "trong năm 2020" ending before the document's date tells when, not by when: none;
//! - "đột xuất" alone gives no deadline but `on_request`;
//! - "thường xuyên", "kịp thời", "khẩn trương", "theo quy định" are no deadline.

// `assign` and `plan` call this reader once they are written; until then only its tests do.
#![cfg_attr(not(test), allow(dead_code))]

mod phrase;
mod recurring;
#[cfg(test)]
mod tests;

use super::clauses::{split, Word};
use crate::domain::deadline::{Deadline, Every};
use chrono::{Datelike, NaiveDate};
use std::ops::Range;

/// A deadline found, and where (bytes of the clause given, plus its offset).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// `Deadline::None` when the clause says only "đột xuất".
    pub deadline: Deadline,
    /// "(hoặc đột xuất khi có yêu cầu)", "đột xuất theo yêu cầu": also whenever asked.
    pub on_request: bool,
    /// The deadline's words ("trước ngày 15/4"), or "đột xuất" when it is all that is said.
    pub span: Range<usize>,
}

/// Words that say a deadline follows: the longest first.
const CUES: &[&[&str]] = &[
    &["thời", "gian", "hoàn", "thành"],
    &["thời", "gian", "thực", "hiện"],
    &["thời", "hạn", "hoàn", "thành"],
    &["hạn", "hoàn", "thành"],
    &["hạn", "chót"],
    &["đến", "hết"],
    &["chậm", "nhất"],
    &["thời", "hạn"],
    &["hoàn", "thành"],
    &["trước"],
    &["xong"],
    &["trong"],
    &["hạn"],
];

/// The deadline a clause says, if it says one. `offset` is where the clause starts in the
/// cleaned text; `date` the document's date, whose year a day without one takes.
pub fn find(clause: &str, offset: usize, date: Option<NaiveDate>) -> Option<Said> {
    read(clause, offset, date, false)
}

/// The deadline a task table's deadline cell says: the whole cell is the deadline, so no cue
/// is needed ("2025", "Quý II/2024", "Hằng năm"). "Thường xuyên" gives none.
pub fn cell(text: &str, offset: usize, date: Option<NaiveDate>) -> Option<Said> {
    read(text, offset, date, true)
}

fn read(text: &str, offset: usize, date: Option<NaiveDate>, cell: bool) -> Option<Said> {
    let mut words = Vec::new();
    split(text, offset, &mut words);
    let asked = (0..words.len())
        .find(|i| words[*i].is("đột") && words.get(i + 1).is_some_and(|w| w.is("xuất")));
    let found = (0..words.len())
        .find_map(|i| at(&words, i, date, cell && i == 0).map(|f| (i, f)))
        .map(|(i, found)| yearly_from(&words, i, found, date));
    match (found, asked) {
        (Some((deadline, span)), asked) => Some(Said {
            deadline,
            on_request: asked.is_some(),
            span,
        }),
        (None, Some(i)) => Some(Said {
            deadline: Deadline::None,
            on_request: true,
            span: words[i].start..words[i + 1].end,
        }),
        (None, None) => None,
    }
}

/// "Định kỳ hằng năm, trước ngày 15/12": a yearly duty found at `words[i]` takes its first
/// due day from a day said in the next few words, in the document's year.
fn yearly_from(
    words: &[Word],
    i: usize,
    (deadline, span): (Deadline, Range<usize>),
    date: Option<NaiveDate>,
) -> (Deadline, Range<usize>) {
    let yearly = Deadline::Recurring {
        every: Every::Year,
        first: None,
        years: None,
    };
    if deadline != yearly {
        return (deadline, span);
    }
    let day = (i + 1..(i + 12).min(words.len())).find_map(|j| match at(words, j, date, false) {
        Some((Deadline::By { day }, s)) => Some((day, s)),
        _ => None,
    });
    match day {
        Some((day, s)) => {
            let first = date.and_then(|d| day.with_year(d.year())).or(Some(day));
            let deadline = Deadline::Recurring {
                every: Every::Year,
                first,
                years: None,
            };
            (deadline, span.start..s.end)
        }
        None => (deadline, span),
    }
}

/// The deadline said from `words[i]`, and its bytes; `free` when no cue is needed there.
fn at(
    words: &[Word],
    i: usize,
    date: Option<NaiveDate>,
    free: bool,
) -> Option<(Deadline, Range<usize>)> {
    let start = words[i].start;
    if let Some((every, last)) = recurring::recurring(words, i, free) {
        let deadline = Deadline::Recurring {
            every,
            first: None,
            years: None,
        };
        return Some((deadline, start..words[last].end));
    }
    let mut p = i;
    // A bare day ("15/4" without "ngày") only after a cue that means "by", or a label's colon
    // ("Hạn: 30/6"): "hoàn thành 07/11 nhiệm vụ", "quá hạn 07/11" are progress, not deadlines.
    let mut bare = free;
    let mut within = false;
    for _ in 0..3 {
        match cue_at(words, p) {
            Some(n) => {
                within |= words[p].is("trong");
                let loose = words[p].is("trong")
                    || n == 2 && words[p].is("hoàn")
                    || n == 1 && words[p].is("hạn");
                bare = !loose || words[p + n - 1].after != 0;
                p += n;
            }
            // "chậm nhất là ngày 20/5"
            None if p > i && words[p].is("là") && words[p].after == 0 => p += 1,
            None => break,
        }
        if p >= words.len() {
            break;
        }
    }
    if p == i && !free || p >= words.len() {
        return None;
    }
    // "đến hết ngày 30/6" is a deadline, but "đến hết năm 2025, đạt 100%" a target and "tính
    // đến hết ngày 31/3" the day a count was made.
    let until = words[i].is("đến");
    let counted = i > 0 && words[i - 1].is("tính");
    if until && (!words[p].is("ngày") || counted) {
        return None;
    }
    let (deadline, last) = phrase::dated(words, p, date, free && p == i, bare)?;
    // "Trong năm 2020, Sở đã …" in a report of 2022 tells when, not by when.
    let past = |d: NaiveDate| deadline.due_day().is_some_and(|due| due < d);
    if within && date.is_some_and(past) {
        return None;
    }
    Some((deadline, start..words[last].end))
}

/// How many words of a cue start at `words[i]`; a cue is not cut by punctuation but a colon
/// ("Thời hạn: 30/6/2022").
fn cue_at(words: &[Word], i: usize) -> Option<usize> {
    CUES.iter().find_map(|cue| {
        let fits = cue.iter().enumerate().all(|(n, part)| {
            words.get(i + n).is_some_and(|w| {
                let last = n + 1 == cue.len();
                w.is(part) && (w.after == 0 || last && w.after == super::clauses::COLON)
            })
        });
        fits.then_some(cue.len())
    })
}

/// `every` of a recurring duty from the period word after "hằng": "năm", "quý", "tháng".
fn every_of(word: &Word) -> Option<Every> {
    match word.lower.as_str() {
        "năm" => Some(Every::Year),
        "quý" | "quí" => Some(Every::Quarter),
        "tháng" => Some(Every::Month),
        _ => None,
    }
}
