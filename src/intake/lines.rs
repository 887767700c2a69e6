//! The cleaned text cut into what a document is made of: lines (paragraphs and table rows),
//! the numbering a line opens with ("II.", "2.", "2.1.", "a)", "-", "+"), and sentences.
//! Every range is bytes of the cleaned text.

use std::ops::Range;

/// One line of the cleaned text: a paragraph, a heading, a list point or a table row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub range: Range<usize>,
    /// The numbering it opens with, if any.
    pub marker: Marker,
    /// Where the words after the numbering start.
    pub body: usize,
    /// A table row: cells separated by tabs.
    pub row: bool,
}

/// How a line is numbered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    None,
    /// "I.", "II.", "IV." (a part of the document).
    Roman(u32),
    /// "1.", "2)", with its depth: 1 for "2.", 2 for "2.1.", 3 for "2.1.3.".
    Number(u32, u8),
    /// "a)", "b."
    Letter,
    /// "-", "–", "•".
    Dash,
    /// "+".
    Plus,
    /// "Điều 1." of a decision.
    Article(u32),
}

impl Marker {
    /// How deep in the numbering a marker sits: parts first, then numbers, letters, dashes.
    pub fn depth(self) -> u8 {
        match self {
            Marker::Roman(_) | Marker::Article(_) => 1,
            Marker::Number(_, d) => 1 + d,
            Marker::Letter => 5,
            Marker::Dash => 6,
            Marker::Plus => 7,
            Marker::None => 8,
        }
    }
}

/// The lines of the cleaned text, empty ones left out.
pub fn split(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut at = 0;
    for raw in text.split('\n') {
        let start = at + (raw.len() - raw.trim_start().len());
        let end = at + raw.trim_end().len();
        at += raw.len() + 1;
        if start >= end {
            continue;
        }
        let line = &text[start..end];
        let (marker, skip) = marker(line);
        let rest = &line[skip..];
        let body = start + skip + (rest.len() - rest.trim_start().len());
        out.push(Line {
            range: start..end,
            marker,
            body,
            row: line.contains('\t'),
        });
    }
    out
}

/// The numbering a line opens with, and its length in bytes.
pub fn marker(line: &str) -> (Marker, usize) {
    let b = line.as_bytes();
    if let Some(c) = line.chars().next() {
        if matches!(c, '-' | '–' | '—' | '•' | '*' | '·') && line[c.len_utf8()..].starts_with(' ')
        {
            return (Marker::Dash, c.len_utf8());
        }
        if c == '+' && line[1..].starts_with(' ') {
            return (Marker::Plus, 1);
        }
    }
    // "1.", "1.2.", "1.2.3", "2)" followed by a space.
    let mut i = 0;
    let mut depth = 0u8;
    let mut first: Option<u32> = None;
    while i < b.len() && b[i].is_ascii_digit() {
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() && i - s < 3 {
            i += 1;
        }
        if first.is_none() {
            first = line[s..i].parse().ok();
        }
        depth += 1;
        if i < b.len() && (b[i] == b'.' || b[i] == b')') {
            i += 1;
            if i < b.len() && b[i].is_ascii_digit() && b[i - 1] == b'.' {
                continue;
            }
            if i >= b.len() || b[i] == b' ' {
                if let Some(n) = first {
                    return (Marker::Number(n, depth.min(3)), i);
                }
            }
        } else if depth >= 2 && b.get(i) == Some(&b' ') {
            if let Some(n) = first {
                return (Marker::Number(n, depth.min(3)), i);
            }
        }
        break;
    }
    // Roman numerals: "I.", "IV." (upper case, then "." and a space).
    let roman_len = b
        .iter()
        .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
        .count();
    if (1..=5).contains(&roman_len)
        && b.get(roman_len) == Some(&b'.')
        && b.get(roman_len + 1).is_none_or(|c| *c == b' ')
    {
        if let Some(n) = roman(&line[..roman_len]) {
            return (Marker::Roman(n), roman_len + 1);
        }
    }
    // "a)", "b.", "đ)": one lower-case letter.
    if let Some(c) = line.chars().next() {
        let after = &line[c.len_utf8()..];
        if c.is_lowercase() && (after.starts_with(") ") || after.starts_with(". ")) {
            return (Marker::Letter, c.len_utf8() + 1);
        }
    }
    // "Điều 3." of a decision.
    if let Some(rest) = line.strip_prefix("Điều ") {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with('.') {
            if let Ok(n) = rest[..digits].parse() {
                return (Marker::Article(n), "Điều ".len() + digits + 1);
            }
        }
    }
    (Marker::None, 0)
}

/// A Roman numeral up to 39, as part numbers go.
pub fn roman(text: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in text.chars().rev() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0 && total < 40).then_some(total)
}

/// The sentences of `range`, each trimmed: cut after ".", "!" or "?" followed by a space and
/// an upper-case letter (not after a number, an initial or an abbreviation such as "TP."), and
/// after ";" (a clause of its own in an assignment list).
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    cut(text, range, true)
}

/// The sentences of `range`, a ";" not ending one: a list of items or attendees stays whole.
pub fn full_sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    cut(text, range, false)
}

fn cut(text: &str, range: Range<usize>, semicolons: bool) -> Vec<Range<usize>> {
    let s = &text[range.clone()];
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    // The marks that end a sentence are ASCII: the bytes are scanned, and only the letter
    // after a mark is decoded.
    for (i, c) in b.iter().enumerate() {
        let end_here = match c {
            b';' => semicolons,
            b'.' | b'!' | b'?' => {
                let after = s.get(i + 2..).and_then(|t| t.chars().next());
                b.get(i + 1) == Some(&b' ')
                    && after.is_some_and(|a| a.is_uppercase() || a == '"' || a == '“')
                    && !abbreviation_before(s, i)
            }
            _ => false,
        };
        if end_here {
            push_trimmed(&mut out, s, start, i + 1, range.start);
            start = i + 1;
        }
    }
    push_trimmed(&mut out, s, start, s.len(), range.start);
    out
}

fn push_trimmed(out: &mut Vec<Range<usize>>, s: &str, start: usize, end: usize, base: usize) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        out.push(base + start + lead..base + end - trail);
    }
}

/// Whether the "." at `at` ends an abbreviation or a number ("TP.", "TS.", "Tr.", "1.") rather
/// than a sentence.
fn abbreviation_before(s: &str, at: usize) -> bool {
    let word = s[..at].rsplit(' ').next().unwrap_or_default();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (word.len() <= 2 && word.chars().all(|c| c.is_ascii_digit()))
        || (letters <= 2 && word.chars().next().is_some_and(char::is_uppercase))
        || matches!(
            word,
            "Tp" | "TP" | "ThS" | "TS" | "PGS" | "GS" | "Th.S" | "KT" | "TM" | "TL" | "TUQ"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbering_is_read_with_its_depth() {
        assert_eq!(marker("II. NHIỆM VỤ").0, Marker::Roman(2));
        assert_eq!(marker("2. Cải cách").0, Marker::Number(2, 1));
        assert_eq!(marker("2.1. Rà soát").0, Marker::Number(2, 2));
        assert_eq!(marker("2.1 Rà soát").0, Marker::Number(2, 2));
        assert_eq!(marker("a) Sở Nội vụ").0, Marker::Letter);
        assert_eq!(marker("- Lưu: VT").0, Marker::Dash);
        assert_eq!(marker("+ Sở Tư pháp").0, Marker::Plus);
        assert_eq!(marker("Điều 2. Giao").0, Marker::Article(2));
        assert_eq!(marker("15/4/2022 là hạn").0, Marker::None);
        assert_eq!(marker("IV.").0, Marker::Roman(4));
        assert_eq!(marker("Ích lợi").0, Marker::None);
    }

    #[test]
    fn sentences_are_cut_at_their_ends_not_at_abbreviations() {
        let text = "Giao Sở Nội vụ chủ trì. TP. Vĩnh Yên phối hợp; Sở Tư pháp thẩm định. Hạn 15/4.";
        let got: Vec<&str> = sentences(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            got,
            [
                "Giao Sở Nội vụ chủ trì.",
                "TP. Vĩnh Yên phối hợp;",
                "Sở Tư pháp thẩm định.",
                "Hạn 15/4."
            ]
        );
    }
}
