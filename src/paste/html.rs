//! The first table of the HTML that Excel and Word put on the clipboard, read by a small
//! linear tag scanner: `<tr>` rows of `<td>`/`<th>` cells with their colspan and rowspan,
//! `<br>` and paragraphs inside a cell as line breaks, the common entities decoded, and
//! comments, `<style>`, `<script>`, Office's `<o:p>` and every other attribute ignored. Spaces
//! are collapsed as a browser does (`Grid::of` cleans each cell). A table inside a cell is
//! read as that cell's text.

use super::grid::Grid;
use super::tag::{tag, Tag};

/// The first table's rows; none when the HTML holds no `<table>` with a cell.
pub fn table(html: &str) -> Option<Grid> {
    let mut reader = Reader::default();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        reader.text(&rest[..lt]);
        rest = &rest[lt..];
        let used = match rest.get(1..2) {
            Some("!") if rest.starts_with("<!--") => {
                rest[4..].find("-->").map_or(rest.len(), |e| e + 7)
            }
            Some("!" | "?") => rest.find('>').map_or(rest.len(), |e| e + 1),
            _ => {
                let (tag, used) = tag(rest);
                if tag.is_none() {
                    // Not a tag ("a < b"): the `<` is text.
                    reader.text("<");
                    rest = &rest[1..];
                    continue;
                }
                if let Some(tag) = tag {
                    if !tag.closing && matches!(tag.name.as_str(), "style" | "script") {
                        let end = format!("</{}", tag.name);
                        let skipped =
                            find_ascii_ci(&rest[used..], &end).unwrap_or(rest.len() - used);
                        reader.tag(&tag);
                        rest = &rest[used + skipped..];
                        continue;
                    }
                    reader.tag(&tag);
                }
                used
            }
        };
        rest = &rest[used.min(rest.len())..];
        if reader.done {
            break;
        }
    }
    reader.text(rest);
    reader.finish()
}

/// Where `needle` (ASCII, lower case) starts in `hay`, case ignored.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..h.len().saturating_sub(n.len() - 1)).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// What the scanner has read of the table so far.
#[derive(Default)]
struct Reader {
    /// Tables open, the first one counted: only its own rows and cells are read.
    depth: usize,
    found: bool,
    done: bool,
    rows: Vec<Vec<String>>,
    row: Option<Vec<String>>,
    cell: Option<(String, usize, usize)>,
    /// Cells a rowspan carries down: column, text, rows still to fill.
    carried: Vec<(usize, String, usize)>,
}

impl Reader {
    fn text(&mut self, raw: &str) {
        if let Some((cell, _, _)) = &mut self.cell {
            decode_into(raw, cell);
        }
    }

    fn tag(&mut self, tag: &Tag) {
        let name = tag.name.as_str();
        match (name, tag.closing) {
            ("table", false) => {
                self.depth += 1;
                self.found = true;
            }
            ("table", true) if self.depth > 0 => {
                self.depth -= 1;
                if self.depth == 0 {
                    self.end_row();
                    self.done = true;
                }
            }
            _ if self.depth != 1 => self.line_break(name),
            ("tr", false) => {
                self.end_row();
                self.row = Some(Vec::new());
            }
            ("tr", true) => self.end_row(),
            ("td" | "th", false) => {
                self.end_cell();
                if self.row.is_none() {
                    self.row = Some(Vec::new());
                }
                self.cell = Some((String::new(), tag.colspan, tag.rowspan));
            }
            ("td" | "th", true) => self.end_cell(),
            _ => self.line_break(name),
        }
    }

    /// `<br>`, a paragraph, a list item or a division: a new line in the cell.
    fn line_break(&mut self, name: &str) {
        let Some((cell, _, _)) = &mut self.cell else {
            return;
        };
        match name {
            "br" | "p" | "div" | "li" | "tr" => cell.push('\n'),
            // A cell of a table inside the cell.
            "td" | "th" => cell.push(' '),
            _ => {}
        }
    }

    /// The cells a rowspan above carries into the row at its next column.
    fn carry_in(&mut self) {
        let Some(row) = &mut self.row else { return };
        while let Some(k) = self.carried.iter().position(|(c, _, _)| *c == row.len()) {
            let (_, text, left) = &mut self.carried[k];
            row.push(text.clone());
            *left -= 1;
            if *left == 0 {
                self.carried.remove(k);
            }
        }
    }

    fn end_cell(&mut self) {
        let Some((text, colspan, rowspan)) = self.cell.take() else {
            return;
        };
        self.carry_in();
        let Some(row) = &mut self.row else { return };
        let at = row.len();
        if rowspan > 1 {
            self.carried.push((at, text.clone(), rowspan - 1));
        }
        row.push(text);
        row.extend(std::iter::repeat_n(String::new(), colspan - 1));
        self.carry_in();
    }

    fn end_row(&mut self) {
        self.end_cell();
        if self.row.is_some() {
            self.carry_in();
        }
        if let Some(row) = self.row.take() {
            self.rows.push(row);
        }
    }

    fn finish(mut self) -> Option<Grid> {
        self.end_row();
        (self.found && !self.rows.is_empty()).then(|| Grid::of(self.rows))
    }
}

/// Appends `raw` with its entities decoded; a `&` that starts none is kept as it is.
fn decode_into(raw: &str, out: &mut String) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|e| entity(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, used)) => {
                out.push(c);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

fn entity(name: &str) -> Option<char> {
    let number = |digits: &str, radix| {
        u32::from_str_radix(digits, radix)
            .ok()
            .and_then(char::from_u32)
    };
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => match name.strip_prefix('#') {
            Some(hex) if hex.starts_with(['x', 'X']) => number(&hex[1..], 16),
            Some(dec) => number(dec, 10),
            None => None,
        },
    }
}
