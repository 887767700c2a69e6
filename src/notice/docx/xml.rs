//! The WordprocessingML pieces the notice is written with: a run, a paragraph, a short rule and
//! a borderless table row, each a small function, so that `document.rs` reads as the notice's
//! layout rather than as one long string. Every text goes through `office::xml::escape`.
//! Lengths are in twips (1/20 pt, 1 mm = 56.7), sizes in half points (Word's units).

use crate::office::xml::escape;

/// The body's size: 14 pt.
pub(super) const BODY_SIZE: u32 = 28;

/// How a run of text looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Look {
    /// Bold (`w:b`).
    pub bold: bool,
    /// Italic (`w:i`).
    pub italic: bool,
    /// Size in half points (28 is 14 pt).
    pub size: u32,
}

impl Look {
    /// Regular type of `size` half points.
    pub fn sized(size: u32) -> Look {
        Look {
            bold: false,
            italic: false,
            size,
        }
    }

    /// The same, bold.
    pub fn bold(self) -> Look {
        Look { bold: true, ..self }
    }

    /// The same, italic.
    pub fn italic(self) -> Look {
        Look {
            italic: true,
            ..self
        }
    }

    /// The run properties; the body's regular 14 pt is the styles' default and needs none.
    fn properties(self) -> String {
        let mut out = String::new();
        if self.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if self.italic {
            out.push_str("<w:i/><w:iCs/>");
        }
        if self.size != BODY_SIZE {
            out.push_str(&format!(
                "<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>",
                self.size
            ));
        }
        match out.is_empty() {
            true => out,
            false => format!("<w:rPr>{out}</w:rPr>"),
        }
    }
}

/// A run of `text`, spaces kept as typed.
pub(super) fn run(text: &str, look: Look) -> String {
    format!(
        "<w:r>{}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
        look.properties(),
        escape(text)
    )
}

/// How a paragraph's lines are aligned: flush left, centred, or justified (`w:jc` "both").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum Align {
    #[default]
    Left,
    Center,
    Justify,
}

/// How a paragraph is set.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Layout {
    pub align: Align,
    /// Space above and below, in twips.
    pub before: u32,
    pub after: u32,
    /// The first line's indent, and the indents of all lines from the left and right margins.
    pub first_line: u32,
    pub left: u32,
    pub right: u32,
    /// A solid rule under the paragraph, as wide as the space between its indents.
    pub rule: bool,
    /// Kept on the page of the next paragraph (a heading with its first line).
    pub keep_next: bool,
}

impl Layout {
    /// Centred, with no spacing or indents.
    pub fn centered() -> Layout {
        Layout {
            align: Align::Center,
            ..Layout::default()
        }
    }
}

/// A paragraph of `runs` (already written by [`run`]) in `look`, whose size also sets the line:
/// exactly 1.4 times the size, as `line-height: 1.4` does in style/print.css.
pub(super) fn paragraph(layout: &Layout, look: Look, runs: &str) -> String {
    let mut props = String::new();
    if layout.keep_next {
        props.push_str("<w:keepNext/>");
    }
    if layout.rule {
        props.push_str(
            "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>",
        );
    }
    props.push_str(&format!(
        "<w:spacing w:before=\"{}\" w:after=\"{}\" w:line=\"{}\" w:lineRule=\"exact\"/>",
        layout.before,
        layout.after,
        look.size * 14
    ));
    if layout.left + layout.right + layout.first_line > 0 {
        props.push_str(&format!(
            "<w:ind w:left=\"{}\" w:right=\"{}\" w:firstLine=\"{}\"/>",
            layout.left, layout.right, layout.first_line
        ));
    }
    let align = match layout.align {
        Align::Left => "left",
        Align::Center => "center",
        Align::Justify => "both",
    };
    props.push_str(&format!("<w:jc w:val=\"{align}\"/>"));
    props.push_str(&look.properties());
    format!("<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>")
}

/// A paragraph of one run of `text`.
pub(super) fn line(layout: &Layout, look: Look, text: &str) -> String {
    paragraph(layout, look, &run(text, look))
}

/// A short solid rule, `width` wide and centred in a space `room` wide, `before` under the
/// text above it: an empty paragraph 2 pt high with a bottom border, shortened by its indents
/// (a border is what both Word and LibreOffice keep where it was put; a drawn line floats).
pub(super) fn rule(width: u32, room: u32, before: u32, after: u32) -> String {
    let side = room.saturating_sub(width) / 2;
    let layout = Layout {
        before,
        after,
        left: side,
        right: side,
        rule: true,
        ..Layout::centered()
    };
    // 3 half points make the line 42 twips: the rule sits 2 pt under the text.
    paragraph(&layout, Look::sized(3), "")
}

/// A table of one row with no borders and fixed column widths (`(width, paragraphs)` each), its
/// cells with no inner margins so their text keeps to the page's margins; a row that
/// `keep_together` is never split over two pages.
pub(super) fn borderless_row(cells: &[(u32, String)], keep_together: bool) -> String {
    let width: u32 = cells.iter().map(|(w, _)| w).sum();
    let none = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .map(|side| format!("<w:{side} w:val=\"nil\"/>"))
        .concat();
    let mut out = format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{width}\" w:type=\"dxa\"/><w:tblInd w:w=\"0\" w:type=\"dxa\"/>\
         <w:tblBorders>{none}</w:tblBorders><w:tblLayout w:type=\"fixed\"/>\
         <w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>\
         <w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>"
    );
    for (w, _) in cells {
        out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    out.push_str("</w:tblGrid><w:tr>");
    if keep_together {
        out.push_str("<w:trPr><w:cantSplit/></w:trPr>");
    }
    for (w, content) in cells {
        out.push_str(&format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr>{content}</w:tc>"
        ));
    }
    out.push_str("</w:tr></w:tbl>");
    out
}
