//! Legal document references in the standard form
//! `<loại> số <số>/<ký hiệu> ngày <dd/mm/yyyy> của <cơ quan>`, read from what a user types and
//! shown back in that form: "Kế hoạch số 511/KH-UBND ngày 31/07/2023 của UBND tỉnh".

use super::dates::{parse_day, short, DayError};
use crate::search::fold;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest reference accepted, in characters.
const MAX_CHARS: usize = 300;

/// The kinds of document officials cite, by their symbol code.
const KINDS: &[(&str, &str)] = &[
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
];

/// A document reference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalRef {
    /// The kind as the document names itself: "Kế hoạch", "Chương trình hành động", or what
    /// the user typed for another kind.
    pub doc_type: String,
    /// "511", "04": kept as text, leading zeros and all.
    pub number: String,
    /// "KH-UBND", "CTr/TU"; empty in the short form ("Nghị quyết 18").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub symbol: String,
    /// Number and symbol joined by "-" ("26-CTr/TU") rather than "/".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dash: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issuer: String,
}

/// Why a typed reference was not understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RefError {
    Empty,
    /// No document number: a title rather than a reference.
    NoNumber,
    /// The "ngày …" part is not a real date.
    Date(DayError),
    TooLong,
}

impl LegalRef {
    /// Reads a reference typed with or without accents, with or without "số", "ngày …" and
    /// "của …"; the kind may be left out when the symbol names it ("511/KH-UBND").
    pub fn parse(text: &str) -> Result<LegalRef, RefError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(RefError::Empty);
        }
        if text.chars().count() > MAX_CHARS {
            return Err(RefError::TooLong);
        }
        let (head, issuer) = split_word(text, "cua");
        let (head, date_text) = split_word(head, "ngay");
        let date = match date_text {
            Some(d) => Some(parse_day(d).map_err(RefError::Date)?),
            None => None,
        };
        // The number is the first word that starts with a digit.
        let words: Vec<&str> = head.split_whitespace().collect();
        let at = words
            .iter()
            .position(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            .ok_or(RefError::NoNumber)?;
        let code = words[at];
        let mut kind_words: Vec<&str> = words[..at].to_vec();
        if kind_words.last().is_some_and(|w| fold(w) == "so") {
            kind_words.pop();
        }
        let split = code.find(['/', '-']);
        let (number, symbol, dash) = match split {
            Some(i) => (&code[..i], &code[i + 1..], code[i..].starts_with('-')),
            None => (code, "", false),
        };
        let typed_kind = kind_words.join(" ");
        let doc_type = match typed_kind.as_str() {
            "" => kind_of_symbol(symbol).ok_or(RefError::NoNumber)?.to_owned(),
            typed => known_kind(typed).map_or_else(|| typed.to_owned(), str::to_owned),
        };
        Ok(LegalRef {
            doc_type,
            number: number.to_owned(),
            symbol: symbol.to_owned(),
            dash,
            date,
            issuer: issuer.unwrap_or_default().to_owned(),
        })
    }

    /// "511/KH-UBND", or just the number in the short form.
    pub fn short_code(&self) -> String {
        match (self.symbol.is_empty(), self.dash) {
            (true, _) => self.number.clone(),
            (false, true) => format!("{}-{}", self.number, self.symbol),
            (false, false) => format!("{}/{}", self.number, self.symbol),
        }
    }
}

impl fmt::Display for LegalRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.symbol.is_empty() {
            true => write!(f, "{} {}", self.doc_type, self.number)?,
            false => write!(f, "{} số {}", self.doc_type, self.short_code())?,
        }
        if let Some(date) = self.date {
            write!(f, " ngày {}", short(date))?;
        }
        if !self.issuer.is_empty() {
            write!(f, " của {}", self.issuer)?;
        }
        Ok(())
    }
}

/// Splits `text` at the first whole word that folds to `word` ("của", "ngày"): the part before
/// it and, if found, the trimmed part after it.
fn split_word<'a>(text: &'a str, word: &str) -> (&'a str, Option<&'a str>) {
    let mut start = 0;
    for piece in text.split_inclusive(char::is_whitespace) {
        let bare = piece.trim_end();
        if fold(bare) == word {
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
fn kind_of_symbol(symbol: &str) -> Option<&'static str> {
    let code = fold(symbol.split(['-', '/']).next()?);
    KINDS
        .iter()
        .find(|(c, _)| fold(c) == code)
        .map(|(_, name)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn the_glossarys_references_are_read_into_their_parts() {
        let r = LegalRef::parse("Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh").unwrap();
        assert_eq!(
            (r.doc_type.as_str(), r.number.as_str(), r.symbol.as_str()),
            ("Kế hoạch", "511", "KH-UBND")
        );
        assert_eq!((r.date, r.issuer.as_str()), (d(2023, 7, 31), "UBND tỉnh"));
        let r = LegalRef::parse("Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ").unwrap();
        assert_eq!((r.number.as_str(), r.issuer.as_str()), ("04", "Chính phủ"));
        let r = LegalRef::parse("Chương trình hành động số 26-CTr/TU").unwrap();
        assert_eq!(
            (r.doc_type.as_str(), r.symbol.as_str(), r.dash),
            ("Chương trình hành động", "CTr/TU", true)
        );
        let r = LegalRef::parse("Nghị quyết 18").unwrap();
        assert_eq!((r.number.as_str(), r.symbol.as_str()), ("18", ""));
    }

    #[test]
    fn references_are_shown_back_in_the_standard_form() {
        let cases = [
            (
                "Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh",
                "Kế hoạch số 511/KH-UBND ngày 31/07/2023 của UBND tỉnh",
            ),
            (
                "Thông báo số 311/TB-VPCP ngày 16/11/2021",
                "Thông báo số 311/TB-VPCP ngày 16/11/2021",
            ),
            (
                "Chỉ thị số 23/CT-TTg ngày 02/9/2021",
                "Chỉ thị số 23/CT-TTg ngày 02/09/2021",
            ),
            (
                "Chương trình hành động số 26-CTr/TU",
                "Chương trình hành động số 26-CTr/TU",
            ),
            ("Nghị quyết 18", "Nghị quyết 18"),
            (
                "ke hoach so 511/KH-UBND ngay 31/7/2023 cua UBND tỉnh",
                "Kế hoạch số 511/KH-UBND ngày 31/07/2023 của UBND tỉnh",
            ),
            (
                "2866/QĐ-UBND ngày 14/10/2021",
                "Quyết định số 2866/QĐ-UBND ngày 14/10/2021",
            ),
        ];
        for (typed, shown) in cases {
            let r = LegalRef::parse(typed).unwrap();
            assert_eq!(r.to_string(), shown);
            assert_eq!(LegalRef::parse(&r.to_string()), Ok(r), "{typed}");
        }
    }

    #[test]
    fn a_title_an_impossible_date_or_a_pasted_page_is_refused() {
        assert_eq!(LegalRef::parse("  "), Err(RefError::Empty));
        assert_eq!(
            LegalRef::parse("Kế hoạch cải cách hành chính"),
            Err(RefError::NoNumber)
        );
        assert!(matches!(
            LegalRef::parse("Quyết định số 2866/QĐ-UBND ngày 31/02/2021"),
            Err(RefError::Date(DayError::Impossible { .. }))
        ));
        assert_eq!(LegalRef::parse(&"a".repeat(10_000)), Err(RefError::TooLong));
    }

    #[test]
    fn odd_input_never_panics() {
        let decomposed = "Ke\u{0302}\u{0301} hoa\u{0323}ch so\u{0302}\u{0301} 511/KH-UBND";
        assert_eq!(LegalRef::parse(decomposed).unwrap().doc_type, "Kế hoạch");
        for text in [
            "số",
            "/",
            "số /",
            "ngày",
            "của",
            "💥 511/KH",
            "511",
            "-5/",
            "ngày ngày của của 1",
        ] {
            let _ = LegalRef::parse(text);
        }
    }
}
