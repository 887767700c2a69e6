//! Small helpers over JSON values that the core shares.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// A record (or part of one) out of a JSON value, read from its text. `serde_json::from_value`
/// would give every record type a second decoder beside the one reading text, so clippy.toml
/// forbids it (the cost: docs/benchmarks.md#one-json-decoder-per-record-type); the few places
/// that hold a value are never on a hot path. The error
/// is serde's (never shown to a user) without a position: the text is one line made here.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, String> {
    serde_json::from_str(&value.to_string()).map_err(|e| without_position(&e))
}

/// serde_json's message without " at line 1 column 12" (written once, not per type).
#[inline(never)]
pub fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&position).unwrap_or(&text).to_owned()
}

/// At most `max` characters of `text`, with "…" where it was cut: how a value from a file is
/// quoted back to the user (a hostile value may be 200,000 characters long).
pub fn shortened(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_owned(),
        Some((at, _)) => format!("{}…", &text[..at]),
    }
}

/// A value from a file as a message quotes it: control characters made visible (␀, ␛), no more
/// than two combining marks on a letter (Vietnamese needs two at most: ệ; a hostile title
/// stacks thousands), at most `max` characters.
pub fn quoted(text: &str, max: usize) -> String {
    let mut out = String::new();
    let (mut marks, mut dropped) = (0, false);
    for c in text.chars() {
        let combining = matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F);
        marks = if combining { marks + 1 } else { 0 };
        if marks > 2 {
            dropped = true;
            continue;
        }
        match c as u32 {
            n @ 0..=0x1F => out.extend(char::from_u32(0x2400 + n)),
            0x7F => out.push('\u{2421}'),
            0x80..=0x9F => out.push('\u{FFFD}'),
            _ => out.push(c),
        }
        if out.chars().nth(max).is_some() {
            break;
        }
    }
    match dropped && out.chars().nth(max).is_none() {
        true => format!("{out}…"),
        false => shortened(&out, max),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_show_hidden_characters_and_no_stack_of_marks() {
        assert_eq!(
            quoted("Kế\u{0}hoạch\u{1b}[31m", 60),
            "Kế\u{2400}hoạch\u{241b}[31m"
        );
        let stacked = format!("a{}", "\u{301}".repeat(200_000));
        assert_eq!(quoted(&stacked, 60), "a\u{301}\u{301}…");
        let nfd = "e\u{323}\u{302}"; // ệ written as e + dot below + circumflex
        assert_eq!(quoted(nfd, 60), nfd);
    }

    #[test]
    fn long_values_are_cut_with_an_ellipsis() {
        assert_eq!(shortened("Sở Nội vụ", 60), "Sở Nội vụ");
        assert_eq!(shortened(&"ạ".repeat(200_000), 60).chars().count(), 61);
        assert!(shortened("abcdef", 3).ends_with('…'));
    }
}
