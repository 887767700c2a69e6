//! The clipboard into a [`Grid`]: rows of cells, from the HTML table Excel and Word put on the
//! clipboard (read by the small tag scanner of `html.rs`), else from the tab-separated text
//! Excel writes (a cell holding a tab, a line break or a quote is wrapped in `"…"`, its quotes
//! doubled; rows end with CRLF). Every cell is NFC, single-spaced, its lines trimmed.
//!
//! Linear in the input's length and never panicking, whatever the clipboard holds.

use super::html;
use crate::intake::{floor_char_boundary, nfc, MAX_BYTES};

/// A pasted table: rows of cells, every row as wide as the widest (empty cells added), the
/// columns empty in every row left out at the right.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grid {
    pub rows: Vec<Vec<String>>,
}

impl Grid {
    /// Whether it is a table worth offering as tasks: two rows or more, of two cells or more
    /// (a sentence copied from a page is one cell).
    pub fn is_table(&self) -> bool {
        self.rows.len() >= 2 && self.width() >= 2
    }

    /// How many columns the rows have.
    pub fn width(&self) -> usize {
        self.rows.first().map_or(0, Vec::len)
    }

    /// The cell at `row`, `column`; empty outside the grid.
    pub fn cell(&self, row: usize, column: usize) -> &str {
        (self.rows.get(row))
            .and_then(|r| r.get(column))
            .map_or("", String::as_str)
    }

    /// Rows of raw cells made even: each cell cleaned, every row as wide as the widest, the
    /// empty columns at the right and the empty rows at the end dropped.
    pub(crate) fn of(raw: Vec<Vec<String>>) -> Grid {
        let mut rows: Vec<Vec<String>> = raw
            .into_iter()
            .map(|r| r.iter().map(|c| clean_cell(c)).collect())
            .collect();
        while rows.last().is_some_and(|r| r.iter().all(String::is_empty)) {
            rows.pop();
        }
        let used = |r: &Vec<String>| r.iter().rposition(|c| !c.is_empty()).map_or(0, |n| n + 1);
        let width = rows.iter().map(used).max().unwrap_or(0);
        for row in &mut rows {
            row.resize(width, String::new());
        }
        Grid { rows }
    }
}

/// The clipboard's table: its HTML when that holds a table, else its plain text.
pub fn from_clipboard(html_text: &str, plain: &str) -> Grid {
    match html::table(cut(html_text)) {
        Some(grid) if grid.width() > 0 => grid,
        _ => from_tsv(plain),
    }
}

/// A text longer than the intake reads is cut where it would be.
fn cut(text: &str) -> &str {
    &text[..floor_char_boundary(text, MAX_BYTES.min(text.len()))]
}

/// Tab-separated text as Excel writes it; a text without tabs is one column, a line a row.
pub fn from_tsv(text: &str) -> Grid {
    let text = cut(text);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    // Once a quote is left open to the end, no later one can close: read the rest as it is.
    let mut quotes = true;
    let mut chars = text.char_indices().peekable();
    let mut at_cell_start = true;
    while let Some((i, c)) = chars.next() {
        if at_cell_start && c == '"' && quotes {
            match quoted(&text[i + 1..]) {
                Some((value, used)) => {
                    cell.push_str(&value);
                    // Skip what the quoted cell used; what follows up to the tab stays as is.
                    while chars.peek().is_some_and(|(j, _)| *j <= i + used) {
                        chars.next();
                    }
                    at_cell_start = false;
                    continue;
                }
                None => quotes = false,
            }
        }
        at_cell_start = false;
        match c {
            '\t' => {
                row.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek().is_some_and(|(_, n)| *n == '\n') {
                    chars.next();
                }
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                at_cell_start = true;
            }
            c => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    Grid::of(rows)
}

/// A quoted cell's value, from just after its opening quote, and how many bytes it used with
/// its closing quote; none when the quote is never closed.
fn quoted(rest: &str) -> Option<(String, usize)> {
    let mut value = String::new();
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '"' {
            value.push(c);
        } else if chars.peek().is_some_and(|(_, n)| *n == '"') {
            chars.next();
            value.push('"');
        } else {
            return Some((value, i + 1));
        }
    }
    None
}

/// A cell as the rows keep it: NFC; odd spaces as spaces; zero-width characters, soft hyphens
/// and controls gone; each line single-spaced and trimmed; no empty line.
pub(crate) fn clean_cell(raw: &str) -> String {
    let text = nfc(raw);
    let mut out = String::with_capacity(text.len());
    for line in text.split(['\n', '\r']) {
        let mut words = line
            .split(|c: char| c.is_whitespace() || c.is_control())
            .map(|w| {
                w.replace(
                    ['\u{200B}', '\u{200C}', '\u{200D}', '\u{FEFF}', '\u{AD}'],
                    "",
                )
            })
            .filter(|w| !w.is_empty())
            .peekable();
        if words.peek().is_none() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        for (n, w) in words.enumerate() {
            if n > 0 {
                out.push(' ');
            }
            out.push_str(&w);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(grid: &Grid) -> Vec<Vec<&str>> {
        grid.rows
            .iter()
            .map(|r| r.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn excel_text_with_quoted_cells_trailing_tabs_and_crlf() {
        let text = "STT\tNội dung\tGhi chú\r\n1\t\"Rà soát\r\nthủ tục \"\"một cửa\"\"\"\tA\r\n2\tSố hóa\t\t\r\n\r\n";
        let grid = from_tsv(text);
        assert_eq!(
            rows(&grid),
            [
                vec!["STT", "Nội dung", "Ghi chú"],
                vec!["1", "Rà soát\nthủ tục \"một cửa\"", "A"],
                vec!["2", "Số hóa", ""],
            ]
        );
    }

    #[test]
    fn a_quote_left_open_is_read_as_written() {
        let grid = from_tsv("\"Đề án\" 06\t\"mở\nx\ty");
        assert_eq!(rows(&grid), [vec!["Đề án 06", "\"mở"], vec!["x", "y"]]);
    }

    #[test]
    fn cells_are_nfc_and_single_spaced() {
        // "Sở Nội vụ" typed with combining marks, a no-break space and a zero-width one.
        let grid = from_tsv("So\u{31b}\u{309}\u{a0}N\u{f4}\u{323}i  vu\u{323}\u{200b}\t x ");
        assert_eq!(rows(&grid), [vec!["Sở Nội vụ", "x"]]);
    }

    #[test]
    fn html_with_a_table_wins_over_the_text() {
        let grid = from_clipboard("<table><tr><td>a</td><td>b</td></tr></table>", "x\ty");
        assert_eq!(rows(&grid), [vec!["a", "b"]]);
        let grid = from_clipboard("<p>no table</p>", "x\ty");
        assert_eq!(rows(&grid), [vec!["x", "y"]]);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases()))]

        #[test]
        fn any_text_gives_an_even_grid(text in "[\"\t\r\na-zé ]{0,80}") {
            let grid = from_tsv(&text);
            let width = grid.width();
            prop_assert!(grid.rows.iter().all(|r| r.len() == width));
        }

        #[test]
        fn cells_without_specials_round_trip(cells in prop::collection::vec(prop::collection::vec("[a-zơ]{1,6}", 1..4), 1..5)) {
            let width = cells.iter().map(Vec::len).max().unwrap_or(0);
            let text: Vec<String> = cells.iter().map(|r| r.join("\t")).collect();
            let grid = from_tsv(&text.join("\r\n"));
            prop_assert_eq!(grid.rows.len(), cells.len());
            for (row, want) in grid.rows.iter().zip(&cells) {
                prop_assert_eq!(&row[..want.len()], &want[..]);
                prop_assert_eq!(row.len(), width);
            }
        }
    }
}
