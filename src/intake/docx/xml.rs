//! The text of `word/document.xml`, read with a minimal tag scanner: each paragraph (`w:p`) a
//! line, each table row (`w:tr`) a line with its cells (`w:tc`) between tabs. Only `w:t` holds
//! text that the reader sees; deleted text (`w:delText`, `w:moveFrom`), field codes
//! (`w:instrText`) and the fallback copy of a text box (`mc:Fallback`) are left out, and tab
//! stops (`w:tabs`) are not tabs.

use super::FileError;

/// The document's text: lines separated by "\n".
pub(super) fn text(xml: &[u8]) -> Result<String, FileError> {
    let xml = std::str::from_utf8(xml).map_err(|_| FileError::Damaged)?;
    let mut doc = Doc::default();
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        doc.text(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
        } else if let Some(cdata) = rest.strip_prefix("<![CDATA[") {
            let end = cdata.find("]]>").unwrap_or(cdata.len());
            doc.push(&cdata[..end]);
            rest = cdata.get(end + 3..).unwrap_or("");
        } else {
            let Some(gt) = rest.find('>') else { break };
            doc.tag(&rest[1..gt]);
            rest = &rest[gt + 1..];
        }
    }
    Ok(doc.finish())
}

/// What the scanner has read so far, and where it is.
#[derive(Default)]
struct Doc {
    out: String,
    paragraph: String,
    cell: String,
    row: Vec<String>,
    /// How deep in tables: a nested table's rows and cells are flattened into the outer cell.
    tables: usize,
    /// Grid columns the current cell spans: the empty cells after it keep the columns aligned.
    span: usize,
    in_text: bool,
    in_tab_stops: bool,
    /// Inside text that is not the document's (deleted, moved away, a fallback copy).
    skipped: usize,
}

impl Doc {
    fn tag(&mut self, inner: &str) {
        let closing = inner.starts_with('/');
        let empty = inner.ends_with('/');
        let body = inner.trim_start_matches('/').trim_end_matches('/');
        let name = body.split(|c: char| c.is_whitespace()).next().unwrap_or("");
        let opening = !closing && !empty;
        if matches!(name, "mc:Fallback" | "w:moveFrom") {
            match (opening, closing) {
                (true, _) => self.skipped += 1,
                (_, true) => self.skipped = self.skipped.saturating_sub(1),
                _ => {}
            }
            return;
        }
        if self.skipped > 0 {
            return;
        }
        let in_table = self.tables > 0;
        match name {
            "w:t" => self.in_text = opening,
            "w:tabs" => self.in_tab_stops = opening,
            "w:tab" if !self.in_tab_stops && !closing => {
                self.paragraph.push(if in_table { ' ' } else { '\t' })
            }
            "w:br" | "w:cr" if !closing => self.paragraph.push(if in_table { ' ' } else { '\n' }),
            "w:noBreakHyphen" if !closing => self.paragraph.push('-'),
            "w:p" if !opening => self.end_paragraph(),
            // Text left open before a table or after a nested one is not lost.
            "w:tbl" if opening || closing => {
                if !self.paragraph.is_empty() {
                    self.end_paragraph();
                }
                self.tables = match opening {
                    true => self.tables + 1,
                    false => self.tables.saturating_sub(1),
                };
            }
            "w:tr" if self.tables == 1 && opening => self.row.clear(),
            "w:tr" if self.tables == 1 && closing => self.end_row(),
            "w:tc" if self.tables == 1 && opening => {
                self.cell.clear();
                self.span = 1;
            }
            "w:tc" if self.tables == 1 && closing => self.end_cell(),
            "w:gridSpan" if self.tables == 1 => {
                let value = attribute(body, "w:val").and_then(|v| v.parse::<usize>().ok());
                self.span = value.unwrap_or(1).clamp(1, 64);
            }
            _ => {}
        }
    }

    /// Text between tags, its entities decoded, if it is inside `w:t`.
    fn text(&mut self, raw: &str) {
        if self.in_text && self.skipped == 0 && !raw.is_empty() {
            self.push(&decode(raw));
        }
    }

    fn push(&mut self, text: &str) {
        if !(self.in_text && self.skipped == 0) {
            return;
        }
        // Inside a table a tab or a break would split the row: a space instead.
        match self.tables > 0 {
            true => self.paragraph.extend(text.chars().map(|c| match c {
                '\t' | '\n' | '\r' => ' ',
                c => c,
            })),
            false => self.paragraph.push_str(text),
        }
    }

    fn end_paragraph(&mut self) {
        let paragraph = std::mem::take(&mut self.paragraph);
        if self.tables == 0 {
            self.out.push_str(&paragraph);
            self.out.push('\n');
        } else if !paragraph.trim().is_empty() {
            if !self.cell.is_empty() {
                self.cell.push(' ');
            }
            self.cell.push_str(paragraph.trim());
        }
    }

    fn end_cell(&mut self) {
        self.end_paragraph();
        self.row.push(std::mem::take(&mut self.cell));
        for _ in 1..self.span {
            self.row.push(String::new());
        }
        self.span = 1;
    }

    fn end_row(&mut self) {
        self.end_paragraph();
        if !self.cell.is_empty() {
            self.end_cell();
        }
        self.out.push_str(&self.row.join("\t"));
        self.out.push('\n');
        self.row.clear();
    }

    /// What an unfinished document leaves (a cut file): its last paragraph and row.
    fn finish(mut self) -> String {
        if self.tables > 0
            && (!self.row.is_empty() || !self.cell.is_empty() || !self.paragraph.is_empty())
        {
            self.tables = 1;
            self.end_row();
        }
        self.tables = 0;
        self.end_paragraph();
        let end = self.out.trim_end_matches('\n').len();
        self.out.truncate(end);
        self.out
    }
}

/// The value of `name="…"` in a tag.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let at = tag.find(&format!("{name}=\""))? + name.len() + 2;
    let value = tag.get(at..)?;
    value.get(..value.find('"')?)
}

/// Text with its entities decoded: the five named ones and numbered ones ("&#7897;",
/// "&#x1EA1;"); anything else after "&" is kept as written.
fn decode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // An entity is short: its ";" is looked for in the next few bytes only.
        let window = &rest.as_bytes()[1..rest.len().min(12)];
        let semicolon = window.iter().position(|b| *b == b';');
        let decoded = semicolon.and_then(|semi| {
            let name = &rest[1..1 + semi];
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, semi + 2))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
