//! The words of one paragraph, table cell or clause, as the reference and deadline readers see
//! them: each word's letters without the punctuation around it, lowered and folded once, and
//! what that punctuation says (a comma, the end of a clause, a bracket or a quotation opened or
//! closed), since citations and deadlines end there.

use crate::search::fold;

/// Punctuation after a word's letters.
pub const COMMA: u8 = 1;
pub const SEMI: u8 = 2;
/// A full stop, "!" or "?": the sentence ends.
pub const STOP: u8 = 4;
pub const COLON: u8 = 8;
/// ")" or "]".
pub const CLOSE: u8 = 16;
/// A closing quotation mark.
pub const UNQUOTE: u8 = 32;

/// Punctuation before a word's letters.
pub const OPEN: u8 = 1;
pub const QUOTE: u8 = 2;

/// One word of a segment: `start..end` are bytes of the whole text, without the punctuation.
#[derive(Clone, Debug)]
pub struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub core: &'a str,
    /// Folded ("nghi quyet"): what kinds are matched by, typed with or without marks.
    pub folded: String,
    /// Lower case with its marks ("của", never "cửa"): what the little words are matched by.
    pub lower: String,
    pub before: u8,
    pub after: u8,
}

impl Word<'_> {
    /// Whether the word starts with a capital letter.
    pub fn capital(&self) -> bool {
        self.core.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether punctuation follows it, so that a phrase going on past it would cross a break.
    pub fn ends(&self) -> bool {
        self.after != 0
    }

    /// Whether the word is `word` (lower case, with its marks), in any case.
    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }

    /// Whether it may be a common word rather than a name: written in lower case, or in a line
    /// of capitals ("CỦA CHÍNH PHỦ VỀ …"), where case tells nothing.
    pub fn plain(&self) -> bool {
        !self.capital()
            || self.core.chars().count() > 1 && !self.core.chars().any(char::is_lowercase)
    }

    /// Whether the word is `word` written as a common word: "ban" of "ban hành", never "Ban
    /// Thường vụ".
    pub fn is_lower(&self, word: &str) -> bool {
        self.lower == word && self.plain()
    }

    /// Whether the word, in lower case, is one of `words`.
    pub fn among(&self, words: &[&str]) -> bool {
        words.contains(&self.lower.as_str())
    }
}

fn lead(c: char) -> u8 {
    match c {
        '(' | '[' => OPEN,
        '“' | '"' | '‘' | '\'' | '«' => QUOTE,
        _ => 0,
    }
}

fn trail(c: char) -> Option<u8> {
    Some(match c {
        ',' => COMMA,
        ';' => SEMI,
        '.' | '!' | '?' | '…' => STOP,
        ':' => COLON,
        ')' | ']' => CLOSE,
        '”' | '"' | '’' | '\'' | '»' => UNQUOTE,
        _ => return None,
    })
}

/// Splits `segment` (which starts at byte `base` of the text) into `out`, cleared first.
pub fn split<'a>(segment: &'a str, base: usize, out: &mut Vec<Word<'a>>) {
    out.clear();
    for piece in segment.split(char::is_whitespace) {
        // Where the piece starts in the segment: `split` hands out subslices of it.
        let here = piece.as_ptr() as usize - segment.as_ptr() as usize;
        let mut before = 0;
        let mut core = piece;
        while let Some(c) = core.chars().next() {
            match lead(c) {
                0 => break,
                flag => {
                    before |= flag;
                    core = &core[c.len_utf8()..];
                }
            }
        }
        let skipped = piece.len() - core.len();
        let mut after = 0;
        while let Some(c) = core.chars().next_back() {
            match trail(c) {
                Some(flag) => {
                    after |= flag;
                    core = &core[..core.len() - c.len_utf8()];
                }
                None => break,
            }
        }
        if core.is_empty() {
            // A bracket or a quotation mark standing alone between words still breaks a phrase.
            if let Some(last) = out.last_mut() {
                last.after |= after | if before & OPEN != 0 { COMMA } else { 0 };
            }
            continue;
        }
        let start = base + here + skipped;
        out.push(Word {
            start,
            end: start + core.len(),
            core,
            folded: fold(core),
            lower: core.to_lowercase(),
            before,
            after,
        });
    }
}
