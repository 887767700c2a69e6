//! What starts a citation: a kind of document ("Nghị quyết", "Kế hoạch", "Luật"), then its
//! number and symbol ("số 04/NQ-CP", "61/2018/NĐ-CP", "26-CTr/TU"), its short number
//! ("Nghị quyết 18") or its name ("Nghị quyết Đại hội XIII", "Luật Đất đai năm 2013"); or a
//! number and symbol alone ("511/KH-UBND"). What follows it is read by `tail`.

use super::code::code_at;
use super::Cx;
use crate::domain::legal_ref::kind_of_symbol;
use crate::intake::clauses::{Word, QUOTE};
use crate::intake::Confidence;

/// Words after a short number ("Nghị quyết 18 …") that show it is a document's number, not a
/// count ("Báo cáo 6 tháng").
const AFTER_SHORT: &[&str] = &[
    "của", "ngày", "về", "và", "thực", "triển", "đã", "được", "trên", "trong", "tại", "là",
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
