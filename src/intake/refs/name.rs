//! The name of a document cited without a number: an assembly's resolution ("Nghị quyết Đại
//! hội Đảng bộ tỉnh lần thứ XVII", "Nghị quyết Trung ương 4 khóa XII"), a law's title ("Luật
//! Tổ chức chính quyền địa phương năm 2015", "Hiến pháp năm 2013"), or a quoted title ("Đề án
//! “…”"). Anything else after a kind ("Kế hoạch này", "Báo cáo kết quả") names nothing.

use super::code::is_year;
use super::Cx;
use crate::intake::clauses::{Word, QUOTE, UNQUOTE};
use crate::intake::Confidence;

/// Kinds whose name is a capitalised title ("Luật Đất đai"), not an assembly's.
const TITLED: &[&str] = &["Luật", "Bộ luật", "Pháp lệnh"];

/// Lower-case words inside an assembly's name: "Đại hội Đảng bộ tỉnh lần thứ XVII".
const IN_NAME: &[&str] = &[
    "bộ",
    "tỉnh",
    "thành",
    "phố",
    "huyện",
    "quận",
    "xã",
    "phường",
    "thị",
    "trấn",
    "lần",
    "thứ",
    "toàn",
    "quốc",
    "đại",
    "biểu",
    "khóa",
    "khoá",
    "nhiệm",
    "kỳ",
    "đảng",
    "trung",
    "ương",
    "hội",
    "nghị",
    "chấp",
    "hành",
];

/// Lower-case words a law's title stops before: "Luật Đất đai quy định …".
const AFTER_TITLE: &[&str] = &[
    "của", "về", "ngày", "và", "đã", "được", "thì", "là", "để", "có", "không", "cũng", "sẽ",
    "nhằm", "theo", "tại", "với", "cho", "trong", "trên", "hiện", "nay", "này",
];

impl Cx<'_> {
    /// The name of a document cited without a number, from `words[j]`: an assembly's
    /// ("Đại hội XIII"), a law's title, or a quoted title; its last word and how sure.
    pub(super) fn name(&self, words: &[Word], j: usize, kind: &str) -> Option<(usize, Confidence)> {
        let w = &words[j];
        let bound = (j + 40).min(words.len());
        if w.before & QUOTE != 0
            && [
                "Đề án",
                "Chương trình",
                "Chương trình hành động",
                "Kế hoạch",
            ]
            .contains(&kind)
        {
            let last = (j..bound).find(|n| words[*n].after & UNQUOTE != 0)?;
            return Some((last, Confidence::Unsure));
        }
        // "Hiến pháp năm 2013", "Luật năm 2015": named by its year alone.
        let of_year = w.is("năm") && words.get(j + 1).is_some_and(|y| is_year(&y.folded));
        if of_year && (TITLED.contains(&kind) || kind == "Hiến pháp") {
            return Some((j + 1, Confidence::Likely));
        }
        if !w.capital() {
            return None;
        }
        let pair = |n: usize| {
            let next = words.get(n + 1).map_or("", |x| x.lower.as_str());
            (words[n].lower.as_str(), next)
        };
        if TITLED.contains(&kind) {
            let mut last = j;
            for n in j + 1..(j + 12).min(words.len()) {
                if words[n - 1].ends() {
                    break;
                }
                let x = &words[n];
                if x.is("năm") && words.get(n + 1).is_some_and(|y| is_year(&y.folded)) {
                    return Some((n + 1, Confidence::Likely));
                }
                let rules = x.is("quy") && words.get(n + 1).is_some_and(|y| y.is("định"));
                if x.plain() && (x.among(AFTER_TITLE) || rules) || self.starts(words, n) {
                    break;
                }
                last = n;
            }
            return Some((last, Confidence::Unsure));
        }
        if !matches!(
            pair(j),
            ("đại", "hội") | ("hội", "nghị") | ("trung", "ương")
        ) {
            return None;
        }
        let mut last = j + 1;
        if words[j].ends() || words.get(last).is_none() {
            return None;
        }
        for n in j + 2..(j + 14).min(words.len()) {
            if words[n - 1].ends() {
                break;
            }
            let x = &words[n];
            let fits =
                x.capital() || x.core.starts_with(|c: char| c.is_ascii_digit()) || x.among(IN_NAME);
            if !fits || self.starts(words, n) {
                break;
            }
            last = n;
        }
        // "lần thứ" with no number after it is not part of the name.
        while last > j + 1 && words[last].among(&["lần", "thứ", "khóa", "khoá", "nhiệm", "kỳ"])
        {
            last -= 1;
        }
        Some((last, Confidence::Likely))
    }
}
