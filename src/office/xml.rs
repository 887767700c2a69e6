//! Text put into an XML part: escaped, and stripped of the characters XML 1.0 forbids (a
//! control character pasted from another program would make Word refuse the whole file).

/// `text` escaped for an element's content or an attribute in double quotes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_is_escaped_and_forbidden_characters_dropped() {
        assert_eq!(escape("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
        assert_eq!(escape("Sở\u{1}Nội vụ"), "SởNội vụ");
        assert_eq!(escape("Số: 45/TB-UBND"), "Số: 45/TB-UBND");
    }
}
