//! A stretch of text as words: each word's bytes, its folded form (marks, case and đ
//! ignored, as `search::fold` makes it) and its case, with punctuation as words of its own.
//! The patterns of `agencies`, `assign` and `meeting` are sequences of folded words.

use crate::search::fold;
use std::ops::Range;

/// One word, or one punctuation mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub range: Range<usize>,
    pub folded: String,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Has letters, all upper case ("UBND", "KẾ").
    pub upper: bool,
    /// Punctuation: "," ";" ":" "." "(" ")" and the like.
    pub punct: bool,
}

impl Word {
    pub fn is(&self, folded: &str) -> bool {
        self.folded == folded
    }
}

/// The words of `text[range]`, in order.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let mut out = Vec::new();
    let s = &text[range.clone()];
    let mut start: Option<usize> = None;
    let flush = |out: &mut Vec<Word>, from: usize, to: usize| {
        let w = &s[from..to];
        let (mut letters, mut lower) = (false, false);
        for c in w.chars() {
            if c.is_ascii() {
                letters |= c.is_ascii_alphabetic();
                lower |= c.is_ascii_lowercase();
            } else if c.is_alphabetic() {
                letters = true;
                lower |= !c.is_uppercase();
            }
        }
        let upper = letters && !lower;
        out.push(Word {
            range: range.start + from..range.start + to,
            folded: fold(w),
            cap: w.chars().next().is_some_and(char::is_uppercase),
            upper,
            punct: false,
        });
    };
    for (i, c) in s.char_indices() {
        let separate = is_punct(c, s, i);
        if c.is_whitespace() || separate {
            if let Some(from) = start.take() {
                flush(&mut out, from, i);
            }
            if separate {
                out.push(Word {
                    range: range.start + i..range.start + i + c.len_utf8(),
                    folded: c.to_string(),
                    cap: false,
                    upper: false,
                    punct: true,
                });
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(from) = start {
        flush(&mut out, from, s.len());
    }
    out
}

/// Whether `c` at `i` is punctuation between words. A "." or "," inside a number ("1.875",
/// "2,5"), a "/" or "-" inside a symbol ("45/TB-UBND") and a "&" in "KH&ĐT" stay in their word.
fn is_punct(c: char, s: &str, i: usize) -> bool {
    match c {
        ';' | ':' | '(' | ')' | '"' | '“' | '”' | '!' | '?' | '…' | '[' | ']' => true,
        '.' | ',' => {
            let next = s[i + 1..].chars().next();
            let prev = s[..i].chars().next_back();
            !(prev.is_some_and(|p| p.is_alphanumeric())
                && next.is_some_and(|n| n.is_alphanumeric()))
        }
        _ => false,
    }
}

/// Whether the words from `at` are the folded words of `phrase` ("phoi hop voi").
pub fn starts(words: &[Word], at: usize, phrase: &str) -> bool {
    phrase_len(words, at, phrase).is_some()
}

/// The number of words of `phrase`, when the words from `at` are it.
pub fn phrase_len(words: &[Word], at: usize, phrase: &str) -> Option<usize> {
    // Word by word over the phrase's bytes: the tables of phrases are tried at every word, and
    // most fail on the first.
    let mut rest = phrase.as_bytes();
    let mut n = 0;
    loop {
        let word = words.get(at + n)?.folded.as_bytes();
        if rest.first() != word.first() {
            return None;
        }
        rest = rest.strip_prefix(word)?;
        n += 1;
        match rest.split_first() {
            None => return Some(n),
            Some((b' ', tail)) => rest = tail,
            Some(_) => return None,
        }
    }
}

/// The first of `phrases` the words from `at` are, and its length in words.
pub fn any_of(words: &[Word], at: usize, phrases: &[&str]) -> Option<usize> {
    phrases.iter().find_map(|p| phrase_len(words, at, p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_symbols_and_numbers_whole() {
        let text = "Giao Sở KH&ĐT (Số 45/TB-UBND), 1.875 người.";
        let got: Vec<&str> = words(text, 0..text.len())
            .iter()
            .map(|w| &text[w.range.clone()])
            .collect();
        assert_eq!(
            got,
            [
                "Giao",
                "Sở",
                "KH&ĐT",
                "(",
                "Số",
                "45/TB-UBND",
                ")",
                ",",
                "1.875",
                "người",
                "."
            ]
        );
        let w = words(text, 0..text.len());
        assert!(w[1].cap && !w[1].upper && w[2].upper && w[3].punct);
        assert_eq!(w[2].folded, "kh&dt");
    }
}
