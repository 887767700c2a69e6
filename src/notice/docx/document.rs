//! `word/document.xml` and the headers: the notice laid out as style/print.css lays it out in
//! the browser, with the page of Nghị định 30/2020/NĐ-CP (A4, margins 20/15/20/30 mm) and the
//! page number centred in the top margin from page 2 on.

use super::xml::{borderless_row, line, paragraph, rule, run, Align, Layout, Look, BODY_SIZE};
use crate::notice::{Block, Notice, MOTTO, NATION};

/// The page in twips: A4 (210 × 297 mm), and the decree's margins (20, 20, 30 and 15 mm).
pub(super) const PAGE_WIDTH: u32 = 11906;
pub(super) const PAGE_HEIGHT: u32 = 16838;
pub(super) const MARGIN_TOP: u32 = 1134;
pub(super) const MARGIN_BOTTOM: u32 = 1134;
pub(super) const MARGIN_LEFT: u32 = 1701;
pub(super) const MARGIN_RIGHT: u32 = 850;
/// From the sheet's top edge to the page number: 10 mm, so the number ends about 4 mm above
/// the text, as print.css's `@top-center` box puts it.
const HEADER: u32 = 567;
/// The text's width between the margins.
const TEXT: u32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
/// The header's columns, 40 % and 60 % (print.css `.notice-head`).
const ISSUER_COLUMN: u32 = TEXT * 2 / 5;
const NATION_COLUMN: u32 = TEXT - ISSUER_COLUMN;
/// The motto's width in bold 14 pt Times New Roman (Liberation Serif has the same metrics):
/// 171.2 pt in LibreOffice's PDF, and 2 pt to spare so it never wraps. Its rule is as long.
const MOTTO_WIDTH: u32 = 3464;
/// One centimetre: the first line's indent of the body's paragraphs.
const INDENT: u32 = 567;
const SIX_POINTS: u32 = 120;

const NAMESPACES: &str =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
     xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

/// The relationship ids `word/_rels/document.xml.rels` gives the two headers.
pub(super) const HEADER_ID: &str = "rIdHeaderPages";
pub(super) const FIRST_HEADER_ID: &str = "rIdHeaderFirst";

/// The whole `word/document.xml`.
pub(super) fn document(notice: &Notice) -> String {
    let mut body = head(notice);
    let title = Look::sized(BODY_SIZE).bold();
    let centered = Layout {
        before: 360,
        ..Layout::centered()
    };
    body.push_str(&line(&centered, title, "THÔNG BÁO"));
    // The summary keeps a tenth of the width free on each side, its rule a third of the rest.
    let tenth = TEXT / 10;
    let summary = Layout {
        left: tenth,
        right: tenth,
        ..Layout::centered()
    };
    body.push_str(&line(&summary, title, &notice.summary));
    body.push_str(&rule((TEXT - 2 * tenth) * 34 / 100, TEXT, 80, 240));
    for block in &notice.body {
        body.push_str(&block_paragraph(block));
    }
    body.push_str(&foot(notice));
    // A body ends with a paragraph after its last table; 2 pt high, it never makes a page.
    body.push_str(&paragraph(&Layout::default(), Look::sized(3), ""));
    body.push_str(&section());
    format!(
        "{}<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>",
        crate::office::package::DECLARATION
    )
}

/// The two columns at the top: the issuer and the number; the nation, the motto and the date.
fn head(notice: &Notice) -> String {
    let issuer_size = Look::sized(26);
    let mut left = String::new();
    for (n, text) in notice.issuer.iter().enumerate() {
        let look = match n < notice.governing_lines {
            true => issuer_size,
            false => issuer_size.bold(),
        };
        left.push_str(&line(&Layout::centered(), look, text));
    }
    left.push_str(&rule(ISSUER_COLUMN * 34 / 100, ISSUER_COLUMN, 40, 0));
    let number = Layout {
        before: 160,
        ..Layout::centered()
    };
    left.push_str(&line(&number, issuer_size, &notice.number));

    let mut right = line(&Layout::centered(), Look::sized(25).bold(), NATION);
    let side = NATION_COLUMN.saturating_sub(MOTTO_WIDTH) / 2;
    let motto = Layout {
        left: side,
        right: side,
        rule: true,
        ..Layout::centered()
    };
    right.push_str(&line(&motto, Look::sized(BODY_SIZE).bold(), MOTTO));
    let place_date = Layout {
        before: 160,
        ..Layout::centered()
    };
    right.push_str(&line(
        &place_date,
        Look::sized(BODY_SIZE).italic(),
        &notice.place_date,
    ));
    borderless_row(&[(ISSUER_COLUMN, left), (NATION_COLUMN, right)], true)
}

/// One block of the body: headings bold and flush left, the rest justified with the first line
/// indented 1 cm, 6 pt apart (print.css `.notice-body`).
fn block_paragraph(block: &Block) -> String {
    let regular = Look::sized(BODY_SIZE);
    let layout = Layout {
        align: Align::Justify,
        after: SIX_POINTS,
        ..Layout::default()
    };
    match block {
        Block::Heading(text) => {
            let heading = Layout {
                before: SIX_POINTS,
                keep_next: true,
                ..layout
            };
            line(&heading, regular.bold(), text)
        }
        other => {
            let indented = Layout {
                first_line: INDENT,
                ..layout
            };
            line(&indented, regular, &other.text())
        }
    }
}

/// Nơi nhận at the bottom left, the signer at the bottom right, never split over two pages.
fn foot(notice: &Notice) -> String {
    let half = TEXT / 2;
    let first = Layout {
        before: 240,
        ..Layout::default()
    };
    let mut left = line(&first, Look::sized(24).bold().italic(), "Nơi nhận:");
    for recipient in &notice.recipients {
        left.push_str(&line(&Layout::default(), Look::sized(22), recipient));
    }
    let mut right = String::new();
    let signer = Look::sized(BODY_SIZE).bold();
    for (n, title) in notice.signer_title.iter().enumerate() {
        let layout = Layout {
            before: if n == 0 { 240 } else { 0 },
            ..Layout::centered()
        };
        right.push_str(&line(&layout, signer, title));
    }
    // Room for the signature and the seal: 60 pt, as print.css leaves.
    let name = Layout {
        before: 1200,
        ..Layout::centered()
    };
    right.push_str(&line(&name, signer, &notice.signer_name));
    borderless_row(&[(half, left), (TEXT - half, right)], true)
}

/// The page: A4, the margins, the headers, and none on the first page (`w:titlePg`).
fn section() -> String {
    format!(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"{HEADER_ID}\"/>\
         <w:headerReference w:type=\"first\" r:id=\"{FIRST_HEADER_ID}\"/>\
         <w:pgSz w:w=\"{PAGE_WIDTH}\" w:h=\"{PAGE_HEIGHT}\"/>\
         <w:pgMar w:top=\"{MARGIN_TOP}\" w:right=\"{MARGIN_RIGHT}\" w:bottom=\"{MARGIN_BOTTOM}\" \
         w:left=\"{MARGIN_LEFT}\" w:header=\"{HEADER}\" w:footer=\"{HEADER}\" w:gutter=\"0\"/>\
         <w:cols w:space=\"720\"/><w:titlePg/></w:sectPr>"
    )
}

/// `word/header1.xml`: the page number, centred, 13 pt, as a PAGE field.
pub(super) fn page_number_header() -> String {
    let look = Look::sized(26);
    let size = "<w:rPr><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr>";
    let field = [
        format!("<w:r>{size}<w:fldChar w:fldCharType=\"begin\"/></w:r>"),
        format!("<w:r>{size}<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"),
        format!("<w:r>{size}<w:fldChar w:fldCharType=\"separate\"/></w:r>"),
        run("2", look),
        format!("<w:r>{size}<w:fldChar w:fldCharType=\"end\"/></w:r>"),
    ]
    .concat();
    header(&paragraph(&Layout::centered(), look, &field))
}

/// `word/header2.xml`: the first page's, empty (NĐ 30 numbers pages from the second).
pub(super) fn first_page_header() -> String {
    header(&paragraph(&Layout::centered(), Look::sized(26), ""))
}

fn header(content: &str) -> String {
    format!(
        "{}<w:hdr {NAMESPACES}>{content}</w:hdr>",
        crate::office::package::DECLARATION
    )
}
