//! A recurring duty, which is its own cue: "định kỳ hằng năm", "hàng quý", "mỗi tháng",
//! "định kỳ 6 tháng", "sáu tháng một lần", "báo cáo 6 tháng" (never "6 tháng đầu năm").

use super::every_of;
use crate::domain::deadline::Every;
use crate::intake::clauses::Word;

/// Words after "6 tháng" that make it a stretch of time, not a duty every six months:
/// "6 tháng đầu năm", "6 tháng qua".
const STRETCH: &[&str] = &[
    "đầu", "cuối", "năm", "qua", "tới", "trước", "sau", "kể", "còn", "từ", "gần", "liên", "tiếp",
];

/// A recurring duty said from `words[i]`: its period and its last word. `free`: a table cell
/// whose whole text is "6 tháng".
pub fn recurring(words: &[Word], i: usize, free: bool) -> Option<(Every, usize)> {
    let w = |n: usize| words.get(i + n);
    let is = |n: usize, word: &str| w(n).is_some_and(|x| x.is(word));
    let each = |n: usize| w(n).is_some_and(|x| x.among(&["hằng", "hàng", "mỗi"]) && x.after == 0);
    // "kì", "quí": the older spellings some offices still type.
    let periodic =
        is(0, "định") && (is(1, "kỳ") || is(1, "kì")) && w(0).is_some_and(|x| x.after == 0);
    let from = if periodic { 2 } else { 0 };
    if each(from) {
        let every = every_of(w(from + 1)?)?;
        return Some((every, i + from + 1));
    }
    // "6 tháng", "06 tháng", "sáu tháng", "6 tháng/lần"
    let six = w(from).is_some_and(|x| x.among(&["6", "06", "sáu"]) && x.after == 0);
    let month = w(from + 1).filter(|x| x.is("tháng") || x.is("tháng/lần"))?;
    if !six {
        return None;
    }
    let mut last = i + from + 1;
    let once = month.is("tháng/lần")
        || month.after == 0
            && w(from + 2).is_some_and(|x| x.among(&["một", "1"]))
            && w(from + 3).is_some_and(|x| x.is("lần"));
    if once && !month.is("tháng/lần") {
        last += 2;
    }
    let stretch = month.after == 0 && w(from + 2).is_some_and(|x| x.among(STRETCH));
    let reported = i >= 2 && words[i - 2].is("báo") && words[i - 1].is("cáo");
    let alone = free && i == 0 && words.len() == 2;
    (!stretch && (periodic || once || reported || alone)).then_some((Every::HalfYear, last))
}
