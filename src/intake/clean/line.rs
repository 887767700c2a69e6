//! One line made tidy: the characters a paste leaves, spacing, and table rows (cells between
//! tabs or between `|`), before any line is compared with its neighbours.

use super::join::marker_len;

/// The text with "\n" for every line break ("\r\n", "\r", U+2028, U+2029, the vertical tab a
/// Word line break pastes as), a form feed kept as the page break it is, a space for every other
/// space and control character, and no invisible character (zero-width, soft hyphen, BOM,
/// direction marks). Tabs are kept: they may separate a table's cells.
pub(super) fn chars(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' | '\u{B}' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\u{C}' | '\t' => out.push(c),
            '\u{AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{180E}' => {}
            c if c.is_whitespace() || c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The line tidied, or none for a line with nothing to read (blank, or a table's `|---|` row).
pub(super) fn tidy(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    let pipes = trimmed.starts_with('|') && trimmed.matches('|').count() >= 2;
    let mut cells: Vec<String> = match pipes {
        true => trimmed.split('|').map(spaced).collect(),
        false => columns(trimmed),
    };
    let rule = |c: &String| c.chars().all(|c| matches!(c, '-' | ':' | ' '));
    if pipes && cells.iter().all(rule) && cells.iter().any(|c| c.contains("--")) {
        return None;
    }
    // Empty cells at a row's ends are spacing (a leading tab, the outer `|`); inside, columns.
    let first = cells.iter().position(|c| !c.is_empty())?;
    let last = cells.iter().rposition(|c| !c.is_empty()).unwrap_or(first);
    cells.truncate(last + 1);
    cells.drain(..first);
    // "1.<tab>Rà soát" is a numbered paragraph spaced with a tab, as Word pastes a list: one
    // line, not two cells. ("Nơi nhận:<tab>KT. CHỦ TỊCH" is two columns: a label is no marker.)
    if let [head, text] = &cells[..] {
        if marker_len(head) == Some(head.len()) {
            return Some(format!("{head} {text}"));
        }
    }
    Some(cells.join("\t"))
}

/// The cells of a line that is no `|` row: between tabs, and between words five spaces or more
/// apart, as a PDF's layout or spacing with the space bar sets two columns side by side
/// ("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI …"). Each cell with single spaces.
fn columns(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut spaces = 0;
    for c in line.chars() {
        let cell = cells.len() - 1;
        match c {
            '\t' => {
                cells.push(String::new());
                spaces = 0;
            }
            c if c.is_whitespace() => spaces += 1,
            c => {
                if spaces >= 5 && !cells[cell].is_empty() {
                    cells.push(String::new());
                } else if spaces > 0 && !cells[cell].is_empty() {
                    cells[cell].push(' ');
                }
                spaces = 0;
                if let Some(last) = cells.last_mut() {
                    last.push(c);
                }
            }
        }
    }
    cells
}

/// The cell's words with one space between them.
fn spaced(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    for word in cell.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
