//! One worksheet of SpreadsheetML, written by hand: rows of cells (text as inline strings,
//! numbers, dates as day serials), merged ranges, column widths, a frozen header and the page
//! set for A4 landscape. The styles it points at are those of `xlsx_styles.rs`.

use crate::office::xml::escape;
use chrono::NaiveDate;
use std::fmt::Write;

/// The style (`s` attribute, an index into `cellXfs` of [`super::xlsx_styles::STYLES`]) of a cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    /// The office's name over the table: bold, centred.
    Office = 1,
    /// The report's title: bold, 14 pt, centred, wrapped.
    Title = 2,
    /// The day line: italic, centred.
    Day = 3,
    /// A heading of the table: bold, bordered, centred, wrapped, on grey.
    Header = 4,
    /// Text in the table: bordered, wrapped, at the top.
    Text = 5,
    /// A date in the table: bordered, "dd/mm/yyyy", centred.
    Date = 6,
    /// A count or number in the table: bordered, centred.
    Number = 7,
    /// A group heading row, or a total's name: bold, bordered, wrapped.
    Bold = 8,
    /// A total's count: bold, bordered, centred.
    BoldNumber = 9,
    /// A share, "64%": bordered, centred.
    Percent = 10,
    /// A paragraph over the table: wrapped, left.
    Paragraph = 11,
}

/// One cell's value.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Value {
    Text(String),
    Number(f64),
    Date(NaiveDate),
    /// A bordered cell with nothing in it.
    Empty,
}

/// The serial number spreadsheets count days by: days since 30/12/1899 (so 1 is 31/12/1899,
/// as Excel and LibreOffice read it for every day after February 1900).
pub fn serial(day: NaiveDate) -> i64 {
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or(NaiveDate::MIN);
    (day - epoch).num_days()
}

/// How many lines `text` takes in a column `width` characters wide, once wrapped: a letter of
/// Times New Roman is about four fifths of the width unit (the digit 0 of the default font).
fn lines_of(text: &str, width: f64) -> usize {
    let per_line = ((width - 1.0) * 1.2).max(1.0);
    let lines = text.split('\n').map(|line| {
        let chars = line.chars().count() as f64;
        ((chars / per_line).ceil() as usize).max(1)
    });
    lines.sum()
}

impl Style {
    /// How much of a column's width its letters get: bold and larger letters are wider.
    fn narrowing(self) -> f64 {
        match self {
            Style::Header | Style::Bold | Style::BoldNumber | Style::Office => 0.85,
            Style::Title => 0.7,
            _ => 1.0,
        }
    }

    /// The height of one line of text in this style, in points.
    fn line_height(self) -> f64 {
        match self {
            Style::Title => 19.5,
            _ => 15.75,
        }
    }
}

/// A worksheet being written, row after row.
pub(super) struct Sheet {
    rows: String,
    next_row: usize,
    merges: Vec<String>,
    widths: Vec<f64>,
    frozen: Option<usize>,
}

/// "A", "B", … "Z", "AA": the letters of column `n` (0-based).
fn column(n: usize) -> String {
    let mut n = n + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(b'A' + rest as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

impl Sheet {
    /// A sheet whose columns are these widths (in characters of the default font).
    pub(super) fn new(widths: &[f64]) -> Sheet {
        Sheet {
            rows: String::new(),
            next_row: 1,
            merges: Vec::new(),
            widths: widths.to_vec(),
            frozen: None,
        }
    }

    /// Adds a row of cells from column A.
    pub(super) fn row(&mut self, cells: &[(Value, Style)]) {
        self.write_row(cells, false);
    }

    /// Writes a row with the height its wrapped text needs: spreadsheets do not size a row of
    /// a file as they open it, so a long title would be cut to one line. The first cell of a
    /// `merged` row has the whole width.
    fn write_row(&mut self, cells: &[(Value, Style)], merged: bool) {
        let r = self.next_row;
        let total: f64 = self.widths.iter().sum();
        let lines = cells.iter().enumerate().map(|(n, (value, style))| {
            let width = match merged {
                true => total,
                false => self.widths.get(n).copied().unwrap_or(10.0),
            };
            match value {
                Value::Text(text) => (lines_of(text, width * style.narrowing()), *style),
                _ => (1, *style),
            }
        });
        let height = lines
            .map(|(n, style)| n as f64 * style.line_height())
            .fold(15.75, f64::max);
        let _ = write!(
            self.rows,
            "<row r=\"{r}\" ht=\"{height}\" customHeight=\"1\">"
        );
        for (n, (value, style)) in cells.iter().enumerate() {
            let at = format!("{}{r}", column(n));
            let s = *style as u8;
            let _ = match value {
                Value::Text(text) if text.is_empty() => write!(self.rows, "<c r=\"{at}\" s=\"{s}\"/>"),
                Value::Text(text) => write!(
                    self.rows,
                    "<c r=\"{at}\" s=\"{s}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                    escape(text)
                ),
                Value::Number(x) => write!(self.rows, "<c r=\"{at}\" s=\"{s}\"><v>{x}</v></c>"),
                Value::Date(day) => {
                    write!(self.rows, "<c r=\"{at}\" s=\"{s}\"><v>{}</v></c>", serial(*day))
                }
                Value::Empty => write!(self.rows, "<c r=\"{at}\" s=\"{s}\"/>"),
            };
        }
        self.rows.push_str("</row>");
        self.next_row += 1;
    }

    /// Adds a row of one text across every column, merged, each cell in `style` (so the
    /// borders of a merged table row are drawn).
    pub(super) fn merged(&mut self, text: &str, style: Style) {
        let mut cells = vec![(Value::Text(text.to_owned()), style)];
        cells.resize(self.widths.len(), (Value::Empty, style));
        let r = self.next_row;
        let last = column(self.widths.len().saturating_sub(1));
        self.merges.push(format!("A{r}:{last}{r}"));
        self.write_row(&cells, true);
    }

    /// Adds an empty row.
    pub(super) fn gap(&mut self) {
        let r = self.next_row;
        let _ = write!(self.rows, "<row r=\"{r}\"/>");
        self.next_row += 1;
    }

    /// Keeps the rows written so far in sight while the rest scrolls.
    pub(super) fn freeze(&mut self) {
        self.frozen = Some(self.next_row - 1);
    }

    /// The worksheet part.
    pub(super) fn finish(self) -> String {
        let mut out = String::from(crate::office::package::DECLARATION);
        out.push_str(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
             xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">",
        );
        out.push_str("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        let last = column(self.widths.len().saturating_sub(1));
        let _ = write!(
            out,
            "<dimension ref=\"A1:{last}{}\"/>",
            self.next_row.max(2) - 1
        );
        out.push_str("<sheetViews><sheetView workbookViewId=\"0\">");
        if let Some(rows) = self.frozen.filter(|r| *r > 0) {
            let _ = write!(
                out,
                "<pane ySplit=\"{rows}\" topLeftCell=\"A{}\" activePane=\"bottomLeft\" \
                 state=\"frozen\"/>",
                rows + 1
            );
        }
        out.push_str("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (n, width) in self.widths.iter().enumerate() {
            let n = n + 1;
            let _ = write!(
                out,
                "<col min=\"{n}\" max=\"{n}\" width=\"{width}\" customWidth=\"1\"/>"
            );
        }
        out.push_str("</cols><sheetData>");
        out.push_str(&self.rows);
        out.push_str("</sheetData>");
        if !self.merges.is_empty() {
            let _ = write!(out, "<mergeCells count=\"{}\">", self.merges.len());
            for range in &self.merges {
                let _ = write!(out, "<mergeCell ref=\"{range}\"/>");
            }
            out.push_str("</mergeCells>");
        }
        out.push_str(
            "<pageMargins left=\"0.6\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" \
             footer=\"0.3\"/><pageSetup paperSize=\"9\" orientation=\"landscape\" \
             fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>",
        );
        out
    }
}
