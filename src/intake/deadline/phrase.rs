//! The dated phrases a deadline is said in after a cue, read from a given word: a day ("ngày
//! 15/4", "30 tháng 11 năm 2017"), a month ("tháng 6/2022"), a quarter ("quý II/2024", "Quý
//! 2/2024") or a year ("năm 2025"), each perhaps followed by "hằng năm".

use crate::domain::dates::{parse_day, parse_day_after, YEARS};
use crate::domain::deadline::{Deadline, Every};
use crate::intake::clauses::Word;
use chrono::{Datelike, NaiveDate};

/// A day, month, quarter or year said at `words[p]` (after a cue, or anywhere in a free cell):
/// the deadline and its last word. `bare`: a day may be said without "ngày".
pub fn dated(
    words: &[Word],
    p: usize,
    date: Option<NaiveDate>,
    free: bool,
    bare: bool,
) -> Option<(Deadline, usize)> {
    let w = &words[p];
    let next = words.get(p + 1);
    let skip = w.among(&["cuối", "hết"]) && w.after == 0;
    let (w, p) = match (skip, next) {
        (true, Some(n)) => (n, p + 1),
        _ => (w, p),
    };
    // The number of a period follows its word with nothing between: "tháng 6", never "tháng, 6".
    let number = |k: usize| words.get(k).filter(|_| words[k - 1].after == 0);
    let (deadline, last) = match w.lower.as_str() {
        "ngày" => return day(words, p + 1, date),
        "tháng" => {
            let (month, year, last) = period(words, p + 1, number(p + 1)?, month_of)?;
            let year = year.or_else(|| date.map(|d| d.year() + i32::from(month < d.month())))?;
            YEARS
                .contains(&year)
                .then_some((Deadline::Month { year, month }, last))
        }
        "quý" | "quí" => {
            let (quarter, year, last) = period(words, p + 1, number(p + 1)?, quarter_of)?;
            let current = |d: NaiveDate| d.month0() / 3 + 1;
            let year = year.or_else(|| date.map(|d| d.year() + i32::from(quarter < current(d))))?;
            YEARS
                .contains(&year)
                .then_some((Deadline::Quarter { year, quarter }, last))
        }
        "năm" => {
            let year = year_of(&number(p + 1)?.lower)?;
            return (!spans(words, p + 1)).then_some((Deadline::Year { year }, p + 1));
        }
        _ if free => match year_of(&w.lower) {
            Some(year) => return (!spans(words, p)).then_some((Deadline::Year { year }, p)),
            None => return day(words, p, date),
        },
        _ if bare => return day(words, p, date),
        _ => return None,
    }?;
    if !yearly_after(words, last) {
        return Some((deadline, last));
    }
    // "tháng 12 hằng năm": every year, first at the end of that month of the document's year.
    let due = deadline.due_day()?;
    let first = date.map_or(Some(due), |d| due.with_year(d.year()));
    let deadline = Deadline::Recurring {
        every: Every::Year,
        first,
        years: None,
    };
    Some((deadline, last + 2))
}

/// Whether "hằng năm" follows `words[last]`.
fn yearly_after(words: &[Word], last: usize) -> bool {
    words[last].after == 0
        && words
            .get(last + 1)
            .is_some_and(|x| x.among(&["hằng", "hàng"]) && x.after == 0)
        && words.get(last + 2).is_some_and(|x| x.is("năm"))
}

/// A day at `words[k]`: "15/4", "15/4/2022", "10-1-2022", "30 tháng 11 năm 2017", "15 tháng 4";
/// then "hằng năm" or "hằng tháng" after it makes it the first day of a recurring duty.
fn day(words: &[Word], k: usize, date: Option<NaiveDate>) -> Option<(Deadline, usize)> {
    let w = words.get(k)?;
    let digits = |s: &str, most: usize| {
        !s.is_empty() && s.len() <= most && s.bytes().all(|b| b.is_ascii_digit())
    };
    let parts: Vec<&str> = w.lower.split(['/', '-', '.']).collect();
    let (text, last, yearless) = match parts[..] {
        [d, m] if digits(d, 2) && digits(m, 2) => (w.lower.clone(), k, true),
        [d, m, y] if digits(d, 2) && digits(m, 2) && y.len() == 4 && digits(y, 4) => {
            (w.lower.clone(), k, false)
        }
        [d] if digits(d, 2) && w.after == 0 => {
            let at = |n: usize| words.get(k + n);
            let month = at(1).is_some_and(|x| x.is("tháng") && x.after == 0)
                && at(2).is_some_and(|x| digits(&x.lower, 2));
            if !month {
                return recurring_day(words, k, d, date);
            }
            let year = at(2).is_some_and(|x| x.after == 0)
                && at(3).is_some_and(|x| x.is("năm") && x.after == 0)
                && at(4).is_some_and(|x| digits(&x.lower, 4));
            let n = if year { 4 } else { 2 };
            let text: Vec<&str> = (0..=n)
                .filter_map(|j| at(j).map(|x| x.lower.as_str()))
                .collect();
            (text.join(" "), k + n, !year)
        }
        _ => return None,
    };
    let day = match (yearless, date) {
        (false, _) => parse_day(&text).ok()?,
        (true, Some(d)) => parse_day_after(&text, d).ok()?,
        (true, None) => return None,
    };
    if yearly_after(words, last) {
        // The first due day is in the document's own year, even when its month has passed.
        let first = match (yearless, date) {
            (true, Some(d)) => day.with_year(d.year()),
            (true, None) => None,
            (false, _) => Some(day),
        };
        let deadline = Deadline::Recurring {
            every: Every::Year,
            first,
            years: None,
        };
        return Some((deadline, last + 2));
    }
    YEARS
        .contains(&day.year())
        .then_some((Deadline::By { day }, last))
}

/// "ngày 20 hằng tháng": a day of every month, first in the document's month.
fn recurring_day(
    words: &[Word],
    k: usize,
    d: &str,
    date: Option<NaiveDate>,
) -> Option<(Deadline, usize)> {
    let monthly = words
        .get(k + 1)
        .is_some_and(|x| x.among(&["hằng", "hàng"]) && x.after == 0)
        && words.get(k + 2).is_some_and(|x| x.is("tháng"));
    if !monthly {
        return None;
    }
    let first = date.and_then(|c| NaiveDate::from_ymd_opt(c.year(), c.month(), d.parse().ok()?));
    let deadline = Deadline::Recurring {
        every: Every::Month,
        first,
        years: None,
    };
    Some((deadline, k + 2))
}

/// A month or quarter at `w` (`words[k]`): "6", "6/2022", "II/2024", then "năm 2022" if its year
/// is not in it; the period, its year if said, and the last word.
fn period(
    words: &[Word],
    k: usize,
    w: &Word,
    of: fn(&str) -> Option<u32>,
) -> Option<(u32, Option<i32>, usize)> {
    match w.lower.split_once(['/', '-']) {
        Some((n, y)) => Some((of(n)?, Some(year_of(y)?), k)),
        None => {
            let n = of(&w.lower)?;
            let year = words
                .get(k + 1)
                .filter(|x| x.is("năm") && w.after == 0 && x.after == 0);
            match year
                .and_then(|_| words.get(k + 2))
                .and_then(|y| year_of(&y.lower))
            {
                Some(y) => Some((n, Some(y), k + 2)),
                None => Some((n, None, k)),
            }
        }
    }
}

/// Whether the year at `words[k]` opens a span of years ("2022 - 2025", "2022 đến 2025",
/// "2022 và 2023"): a stretch of time, not a deadline.
fn spans(words: &[Word], k: usize) -> bool {
    let joined = |x: &Word| x.among(&["-", "–", "đến"]) || x.is("và") && x.after == 0;
    let year = words
        .get(k + 2)
        .is_some_and(|y| year_of(&y.lower).is_some());
    words[k].after == 0 && words.get(k + 1).is_some_and(joined) && year
}

fn month_of(text: &str) -> Option<u32> {
    let m: u32 = text.parse().ok().filter(|_| text.len() <= 2)?;
    (1..=12).contains(&m).then_some(m)
}

fn quarter_of(text: &str) -> Option<u32> {
    match text {
        "i" | "1" => Some(1),
        "ii" | "2" => Some(2),
        "iii" | "3" => Some(3),
        "iv" | "4" => Some(4),
        _ => None,
    }
}

fn year_of(text: &str) -> Option<i32> {
    let y: i32 = text
        .parse()
        .ok()
        .filter(|_| text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))?;
    YEARS.contains(&y).then_some(y)
}
