//! Cleaning the text a user types before it becomes part of a record.

use std::fmt;

/// Longest text of several lines (details, summaries, reports): ten titles' worth.
pub const MAX_TEXT_CHARS: usize = 10 * MAX_TITLE_CHARS;

/// Longest title or name accepted, in characters: a long plan summary fits, a pasted file does not.
pub const MAX_TITLE_CHARS: usize = 1000;

/// Why a typed text cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    Empty,
    TooLong { chars: usize, max: usize },
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextError::Empty => write!(f, "empty text"),
            TextError::TooLong { chars, max } => {
                write!(f, "{chars} characters (at most {max})")
            }
        }
    }
}

/// A one-line text as it should be kept: control characters dropped, runs of spaces made one,
/// no spaces at the ends. Rejects an empty result and an over-long one.
pub fn one_line(input: &str) -> Result<String, TextError> {
    let cleaned = optional_line(input)?;
    if cleaned.is_empty() {
        Err(TextError::Empty)
    } else {
        Ok(cleaned)
    }
}

/// Like [`one_line`], for a field that may be left empty.
pub fn optional_line(input: &str) -> Result<String, TextError> {
    let cleaned = input
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let chars = cleaned.chars().count();
    if chars > MAX_TITLE_CHARS {
        Err(TextError::TooLong {
            chars,
            max: MAX_TITLE_CHARS,
        })
    } else {
        Ok(cleaned)
    }
}

/// `text` if it has at most `max` characters, else its words that fit, then "…".
pub fn cut_between_words(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + word.chars().count() + 2 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let out = out.trim_end_matches([' ', '—', ',', ';', ':']).trim_end();
    format!("{out}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_trims_and_collapses_but_keeps_vietnamese() {
        assert_eq!(one_line("  Sở   Nội\tvụ \n").as_deref(), Ok("Sở Nội vụ"));
        assert_eq!(
            one_line("Rà soát\u{0007} thủ tục"),
            Ok("Rà soát thủ tục".into())
        );
    }

    #[test]
    fn optional_line_cleans_the_same_way_but_allows_nothing() {
        assert_eq!(optional_line("  \t "), Ok(String::new()));
        assert_eq!(optional_line(" Vĩnh   Phúc "), Ok("Vĩnh Phúc".into()));
        let long = "a".repeat(MAX_TITLE_CHARS + 1);
        assert!(optional_line(&long).is_err());
    }

    #[test]
    fn one_line_refuses_empty_and_too_long() {
        assert_eq!(one_line(" \n\t "), Err(TextError::Empty));
        assert_eq!(
            one_line(&"ạ".repeat(1001)),
            Err(TextError::TooLong {
                chars: 1001,
                max: MAX_TITLE_CHARS
            })
        );
        assert!(one_line(&"ạ".repeat(1000)).is_ok());
    }
}
