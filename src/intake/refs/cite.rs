//! What starts a citation: a kind of document ("Nghị quyết", "Kế hoạch", "Luật"), then its
//! number and symbol ("số 04/NQ-CP", "61/2018/NĐ-CP", "26-CTr/TU"), its short number
//! ("Nghị quyết 18") or its name ("Nghị quyết Đại hội XIII", "Luật Đất đai năm 2013"); or a
//! number and symbol alone ("511/KH-UBND"). What follows it is read by `tail`.

use super::code::{code_at, is_year};
use super::Cx;
use crate::domain::legal_ref::kind_of_symbol;
use crate::intake::words::{Word, QUOTE, UNQUOTE};
use crate::intake::Confidence;

/// Kinds whose name is a capitalised title ("Luật Đất đai"), not an assembly's.
const TITLED: &[&str] = &["Luật", "Bộ luật", "Pháp lệnh"];

/// Words after a short number ("Nghị quyết 18 …") that show it is a document's number, not a
/// count ("Báo cáo 6 tháng").
const AFTER_SHORT: &[&str] = &[
    "của", "ngày", "về", "và", "thực", "triển", "đã", "được", "trên", "trong", "tại", "là",
];

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

/// A citation's first part, read: the reference so far, how sure, the next word's index.
pub struct Core {
    pub kind: &'static str,
    pub number: String,
    pub symbol: String,
    pub dash: bool,
    /// The bytes of the name of a document cited without a number.
    pub name: Option<(usize, usize)>,
    pub confidence: Confidence,
    /// The index of the first word after it.
    pub next: usize,
}

impl Cx<'_> {
    /// The citation that starts at `words[i]`, if one does; `inherited` is the kind of the list
    /// it continues ("các Quyết định số 1012/QĐ-TTg, 1013/QĐ-TTg").
    pub fn core(&self, words: &[Word], i: usize, inherited: Option<&'static str>) -> Option<Core> {
        let kind = self
            .kinds
            .at(words, i)
            .filter(|(_, n)| !words[i + n - 1].ends());
        let mut j = kind.map_or(i, |(_, n)| i + n);
        let so = words.get(j).is_some_and(|w| w.is("số"));
        if so {
            j += 1;
        }
        let base = Core {
            kind: "",
            number: String::new(),
            symbol: String::new(),
            dash: false,
            name: None,
            confidence: Confidence::Likely,
            next: j + 1,
        };
        if let Some(code) = code_at(words, j) {
            // "Số: 45/TB-UBND" in the header is the document's own number, not a citation.
            if kind.is_none() && j > 0 && words[j - 1].is("số") && words[j - 1].capital() {
                return None;
            }
            let named = kind.map(|(k, _)| k).or(inherited);
            let by_symbol = kind_of_symbol(&code.symbol);
            let confidence = match named.or(by_symbol) {
                Some(_) => Confidence::Sure,
                None => Confidence::Likely,
            };
            return Some(Core {
                kind: named.or(by_symbol).unwrap_or(""),
                number: code.number,
                symbol: code.symbol,
                dash: code.dash,
                confidence,
                next: code.last + 1,
                ..base
            });
        }
        // A short number continuing a list of them: "Nghị quyết 18 và 19".
        let (kind, capital) = match (kind, inherited) {
            (Some((k, _)), _) => (k, words[i].capital()),
            (None, Some(k)) => (k, true),
            (None, None) => return None,
        };
        if !capital {
            return None;
        }
        let w = words.get(j)?;
        if w.core.len() <= 4 && w.core.bytes().all(|b| b.is_ascii_digit()) {
            let after = words.get(j + 1);
            let fits = so
                || w.ends()
                || after.is_none_or(|a| a.among(AFTER_SHORT) || a.before & QUOTE != 0);
            if !fits {
                return None;
            }
            let year = w.core.len() == 4;
            return Some(Core {
                kind,
                number: w.core.to_owned(),
                confidence: if year {
                    Confidence::Unsure
                } else {
                    Confidence::Likely
                },
                ..base
            });
        }
        if so || j == i {
            return None;
        }
        let (last, confidence) = self.name(words, j, kind)?;
        Some(Core {
            kind,
            name: Some((words[j].start, words[last].end)),
            confidence,
            next: last + 1,
            ..base
        })
    }

    /// The name of a document cited without a number, from `words[j]`: an assembly's
    /// ("Đại hội XIII"), a law's title, or a quoted title; its last word and how sure.
    fn name(&self, words: &[Word], j: usize, kind: &str) -> Option<(usize, Confidence)> {
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

    /// Whether a citation starts at `words[n]`: where a summary or an issuer stops. Cheaper
    /// and bolder than [`Cx::core`]: a capitalised kind before "số", a number or a capitalised
    /// word is enough to stop at.
    pub fn starts(&self, words: &[Word], n: usize) -> bool {
        if code_at(words, n).is_some() {
            return true;
        }
        let Some((_, len)) = self.kinds.at(words, n) else {
            return false;
        };
        match words.get(n + len) {
            Some(x) if x.is("số") || code_at(words, n + len).is_some() => true,
            Some(x) => {
                words[n].capital()
                    && (x.capital() || x.core.starts_with(|c: char| c.is_ascii_digit()))
            }
            None => false,
        }
    }
}
