//! Legal document references in the standard form
//! `<loại> số <số>/<ký hiệu> ngày <dd/mm/yyyy> của <cơ quan> về <trích yếu>`, read from what a
//! user types and shown back in that form: "Kế hoạch số 511/KH-UBND ngày 31/07/2023 của UBND
//! tỉnh". Documents cited without a number ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII",
//! "Đề án phân cấp, ủy quyền") are kept by their name. A symbol that does not fit its kind is
//! kept as typed and warned about ([`LegalRef::warning`]).

use super::dates::{parse_day, short, DayError};
use crate::search::fold;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest reference accepted, in characters.
const MAX_CHARS: usize = 300;

/// The kinds of document officials cite, by the code their symbols start with. The first
/// name of a code is the one a symbol alone stands for ("511/KH-UBND" is a Kế hoạch). The
/// intake's reader finds citations in running text by these names too.
pub(crate) const KINDS: &[(&str, &str)] = &[
    ("KH", "Kế hoạch"),
    ("CTr", "Chương trình hành động"),
    ("CTr", "Chương trình"),
    ("ĐA", "Đề án"),
    ("QĐ", "Quyết định"),
    ("NQ", "Nghị quyết"),
    ("CT", "Chỉ thị"),
    ("TB", "Thông báo"),
    ("CV", "Công văn"),
    ("BC", "Báo cáo"),
    ("TTr", "Tờ trình"),
    ("NĐ", "Nghị định"),
    ("TT", "Thông tư"),
    ("KL", "Kết luận"),
    ("HD", "Hướng dẫn"),
    ("CĐ", "Công điện"),
    ("QC", "Quy chế"),
    ("QyĐ", "Quy định"),
];

/// Kinds whose symbols do not start with a code of their own: a công văn's symbol names its
/// issuer ("123/UBND-NC"), so nothing is warned about.
const FREE_SYMBOL: &[&str] = &["Công văn"];

/// Words that introduce a reference in a document's text ("Căn cứ …", "Thực hiện …"), left
/// out of the reference itself.
const LEADS: &[&str] = &["can cu", "thuc hien", "theo", "trien khai"];

/// A document reference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalRef {
    /// The kind as the document names itself: "Kế hoạch", "Chương trình hành động", or what
    /// the user typed for another kind; empty when the text names no kind.
    pub doc_type: String,
    /// "511", "04": kept as text, leading zeros and all; empty for a document cited by name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
    /// "KH-UBND", "CTr/TU"; empty in the short form ("Nghị quyết 18").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub symbol: String,
    /// Number and symbol joined by "-" ("26-CTr/TU") rather than "/".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dash: bool,
    /// What names a document cited without a number: "Đại hội Đảng bộ tỉnh lần thứ XVII".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issuer: String,
    /// Trích yếu: what the document is about, the words after "về" ("đẩy mạnh phân cấp, phân
    /// quyền"), never part of the issuer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
}

/// Why a typed reference was not understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RefError {
    Empty,
    /// Neither a number nor a name: only a kind ("Kế hoạch") or only an issuer.
    NoNumber,
    /// The "ngày …" part is not a real date.
    Date(DayError),
    TooLong,
}

/// Something a reference keeps as typed but that looks mistaken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RefWarning {
    /// The symbol does not start with its kind's code: "KKH-UBND", and the symbol it was
    /// likely meant to be ("KH-UBND"), if one is near.
    OddSymbol {
        symbol: String,
        meant: Option<String>,
    },
}

impl LegalRef {
    /// Reads a reference typed with or without accents, with or without "số", "ngày …",
    /// "của …" and "về …"; the kind may be left out when the symbol names it ("511/KH-UBND").
    pub fn parse(text: &str) -> Result<LegalRef, RefError> {
        let text = text.trim().trim_end_matches([';', ',', '.']).trim_end();
        if text.is_empty() {
            return Err(RefError::Empty);
        }
        if text.chars().count() > MAX_CHARS {
            return Err(RefError::TooLong);
        }
        let text = without_lead(text);
        let (head, summary) = split_word(text, "ve");
        let (head, issuer) = split_word(head, "cua");
        let (head, date_text) = split_word(head, "ngay");
        let date = match date_text {
            Some(d) => Some(parse_day(d).map_err(RefError::Date)?),
            None => None,
        };
        let mut r = LegalRef {
            doc_type: String::new(),
            number: String::new(),
            symbol: String::new(),
            dash: false,
            name: String::new(),
            date,
            issuer: issuer.unwrap_or_default().to_owned(),
            summary: summary.unwrap_or_default().to_owned(),
        };
        let words: Vec<&str> = head.split_whitespace().collect();
        match number_at(&words) {
            Some(at) => {
                let mut kind_words: Vec<&str> = words[..at].to_vec();
                if kind_words.last().is_some_and(|w| fold(w) == "so") {
                    kind_words.pop();
                }
                let code = words[at];
                let (number, symbol, dash) = match code.find(['/', '-']) {
                    Some(i) => (&code[..i], &code[i + 1..], code[i..].starts_with('-')),
                    None => (code, "", false),
                };
                r.doc_type = match kind_words.join(" ").as_str() {
                    "" => kind_of_symbol(symbol).unwrap_or_default().to_owned(),
                    typed => known_kind(typed).map_or_else(|| typed.to_owned(), str::to_owned),
                };
                (r.number, r.symbol, r.dash) = (number.to_owned(), symbol.to_owned(), dash);
                // What follows the number is part of its name: "Đề án 06 về …" has none, but
                // "Kế hoạch 45 năm 2023" keeps "năm 2023".
                r.name = words[at + 1..].join(" ");
            }
            None => {
                let kind_len = (1..=words.len().min(4))
                    .rev()
                    .find(|n| known_kind(&words[..*n].join(" ")).is_some());
                let (kind, name) = words.split_at(kind_len.unwrap_or(0));
                r.doc_type = known_kind(&kind.join(" ")).unwrap_or_default().to_owned();
                r.name = name.join(" ");
            }
        }
        // "Kế hoạch" or "Nghị quyết số" alone cites nothing; "Đề án về phân cấp" does.
        let named = !r.name.is_empty() && fold(&r.name) != "so" || !r.summary.is_empty();
        if r.number.is_empty() && !named {
            return Err(RefError::NoNumber);
        }
        Ok(r)
    }

    /// "511/KH-UBND", or just the number in the short form.
    pub fn short_code(&self) -> String {
        match (self.symbol.is_empty(), self.dash) {
            (true, _) => self.number.clone(),
            (false, true) => format!("{}-{}", self.number, self.symbol),
            (false, false) => format!("{}/{}", self.number, self.symbol),
        }
    }

    /// What looks mistaken in a reference kept as typed: a symbol that does not start with the
    /// code of its kind ("Kế hoạch số 511/KKH-UBND": "có phải KH-UBND?"), or, with no kind
    /// typed, a code one letter away from a known one.
    pub fn warning(&self) -> Option<RefWarning> {
        let code = symbol_code(&self.symbol)?;
        let odd = |meant: Option<String>| {
            Some(RefWarning::OddSymbol {
                symbol: self.symbol.clone(),
                meant,
            })
        };
        let replaced = |with: &str| Some(self.symbol.replacen(code, with, 1));
        if FREE_SYMBOL.contains(&self.doc_type.as_str()) {
            return None;
        }
        match code_of_kind(&self.doc_type) {
            Some(expected) if fold(expected) == fold(code) => None,
            Some(expected) => odd(replaced(expected)),
            None if self.doc_type.is_empty() && kind_of_code(code).is_none() => {
                let near = KINDS
                    .iter()
                    .map(|(c, _)| *c)
                    .find(|c| distance(&fold(c), &fold(code)) == 1)?;
                odd(replaced(near))
            }
            None => None,
        }
    }
}

impl fmt::Display for LegalRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        if !self.doc_type.is_empty() {
            parts.push(self.doc_type.clone());
        }
        match (self.number.is_empty(), self.symbol.is_empty()) {
            (true, _) => {}
            (false, true) => parts.push(self.number.clone()),
            (false, false) if self.doc_type.is_empty() => parts.push(self.short_code()),
            (false, false) => parts.push(format!("số {}", self.short_code())),
        }
        if !self.name.is_empty() {
            parts.push(self.name.clone());
        }
        if let Some(date) = self.date {
            parts.push(format!("ngày {}", short(date)));
        }
        if !self.issuer.is_empty() {
            parts.push(format!("của {}", self.issuer));
        }
        if !self.summary.is_empty() {
            parts.push(format!("về {}", self.summary));
        }
        f.write_str(&parts.join(" "))
    }
}

/// Where the number is among the words before "ngày": the first word that starts with a digit,
/// when it is a document's number: after "số", after a known kind, or when it carries a
/// symbol with letters ("14-KL/TW"). "Nghị quyết Đại hội … nhiệm kỳ 2020-2025" has none.
fn number_at(words: &[&str]) -> Option<usize> {
    let at = words
        .iter()
        .position(|w| w.starts_with(|c: char| c.is_ascii_digit()))?;
    let before = &words[..at];
    let after_so = before.last().is_some_and(|w| fold(w) == "so");
    let after_kind = before.is_empty() || known_kind(&before.join(" ")).is_some();
    let has_symbol = words[at]
        .split_once(['/', '-'])
        .is_some_and(|(_, s)| s.chars().any(char::is_alphabetic));
    (after_so || after_kind || has_symbol).then_some(at)
}

/// The text without the words that introduce it ("Thực hiện Nghị quyết …" → "Nghị quyết …").
fn without_lead(text: &str) -> &str {
    for lead in LEADS {
        let n = lead.split(' ').count();
        let mut pieces = text.split_inclusive(char::is_whitespace);
        let head: String = pieces.by_ref().take(n).collect();
        if fold(head.trim()) == *lead && head.len() < text.len() {
            return text[head.len()..].trim_start();
        }
    }
    text
}

/// Splits `text` at the first whole word that folds to `word` ("của", "ngày"): the part before
/// it and, if found, the trimmed part after it. A word at the very start is not a split.
fn split_word<'a>(text: &'a str, word: &str) -> (&'a str, Option<&'a str>) {
    let mut start = 0;
    for piece in text.split_inclusive(char::is_whitespace) {
        let bare = piece.trim_end();
        if start > 0 && fold(bare) == word {
            return (
                text[..start].trim_end(),
                Some(text[start + piece.len()..].trim()),
            );
        }
        start += piece.len();
    }
    (text, None)
}

/// The standard name of a typed kind ("ke hoach" → "Kế hoạch").
fn known_kind(typed: &str) -> Option<&'static str> {
    let typed = fold(typed);
    KINDS
        .iter()
        .find(|(_, name)| fold(name) == typed)
        .map(|(_, name)| *name)
}

/// The kind a symbol names: "KH-UBND" → "Kế hoạch", "QD-UBND" → "Quyết định".
pub(crate) fn kind_of_symbol(symbol: &str) -> Option<&'static str> {
    kind_of_code(symbol_code(symbol)?)
}

fn kind_of_code(code: &str) -> Option<&'static str> {
    let code = fold(code);
    KINDS
        .iter()
        .find(|(c, _)| fold(c) == code)
        .map(|(_, name)| *name)
}

/// The code of a kind: "Kế hoạch" → "KH".
fn code_of_kind(kind: &str) -> Option<&'static str> {
    let kind = fold(kind);
    KINDS
        .iter()
        .find(|(_, name)| fold(name) == kind)
        .map(|(code, _)| *code)
}

/// The part of a symbol that names the kind: "KH" of "KH-UBND", "NĐ" of "2018/NĐ-CP" (a
/// year before it is skipped).
fn symbol_code(symbol: &str) -> Option<&str> {
    symbol
        .split(['-', '/'])
        .find(|part| !part.is_empty() && !part.bytes().all(|b| b.is_ascii_digit()))
}

/// Edits (insert, delete, change one letter) from `a` to `b`.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests;
