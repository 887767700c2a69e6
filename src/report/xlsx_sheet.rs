//! One worksheet of SpreadsheetML, written by hand: rows of cells (text as inline strings,
//! numbers, dates as day serials), merged ranges, column widths, a frozen header and the page
//! set for A4 landscape. The styles it points at are those of [`STYLES`].

use crate::office::xml::escape;
use chrono::NaiveDate;
use std::fmt::Write;

/// The style (`s` attribute, an index into `cellXfs` of [`STYLES`]) of a cell.
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
        let r = self.next_row;
        let _ = write!(self.rows, "<row r=\"{r}\">");
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
        self.row(&cells);
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
        let mut out = String::from(XML_HEAD);
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

pub(super) const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The styles part: Times New Roman 12 (the font of official papers), the custom date format
/// 164 "dd/mm/yyyy", and the cell formats of [`Style`] in its order.
pub(super) const STYLES: &str = concat!(
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">",
    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>",
    "<fonts count=\"4\">",
    "<font><sz val=\"12\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>",
    "<font><b/><sz val=\"12\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>",
    "<font><b/><sz val=\"14\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>",
    "<font><i/><sz val=\"12\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>",
    "</fonts>",
    "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>",
    "<fill><patternFill patternType=\"gray125\"/></fill>",
    "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E6E6\"/><bgColor indexed=\"64\"/>",
    "</patternFill></fill></fills>",
    "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>",
    "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/>",
    "</right><top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/>",
    "</bottom><diagonal/></border></borders>",
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>",
    "<cellXfs count=\"12\">",
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
    // 1 Office, 2 Title, 3 Day
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">",
    "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>",
    "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">",
    "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>",
    "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">",
    "<alignment horizontal=\"center\" vertical=\"center\"/></xf>",
    // 4 Header
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" ",
    "applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>",
    // 5 Text, 6 Date, 7 Number
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\">",
    "<alignment vertical=\"top\" wrapText=\"1\"/></xf>",
    "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" ",
    "applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/></xf>",
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\">",
    "<alignment horizontal=\"center\" vertical=\"top\"/></xf>",
    // 8 Bold, 9 BoldNumber
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" ",
    "applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>",
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" ",
    "applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/></xf>",
    // 10 Percent, 11 Paragraph
    "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" ",
    "applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/></xf>",
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">",
    "<alignment horizontal=\"left\" vertical=\"top\" wrapText=\"1\"/></xf>",
    "</cellXfs>",
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>",
    "</styleSheet>"
);
