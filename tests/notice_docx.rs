//! The notice as a Word file, opened the way an official's office suite opens it: the example
//! meeting's notice (with more conclusions and assignments, so it runs over two pages) written
//! by `sotay::notice::docx::write`, converted to PDF by LibreOffice headless and read back with
//! poppler: A4, the words inside the decree's margins, the page number in the top margin from
//! page 2 only, every block in order, the foot on one page, the fonts embedded, page one's
//! rules. Page one is drawn as a PNG beside the PDF (docs/notice.md shows it). LibreOffice and
//! poppler missing fail, never skip.

#[path = "office/libreoffice.rs"]
mod libreoffice;
#[path = "notice_docx/meeting.rs"]
mod meeting;
#[path = "notice_docx/pdf.rs"]
mod pdf;

use libreoffice::{convert, folder, poppler};
use pdf::{in_order, pages, rules, Word};
use sotay::notice::{docx, Block, Notice, MOTTO, NATION};
use std::path::PathBuf;
use std::sync::OnceLock;

/// The page in points, and its margins: 20 mm top and bottom, 30 mm left, 15 mm right.
const WIDTH: f64 = 595.28;
const HEIGHT: f64 = 841.89;
const TOP: f64 = 56.69;
const LEFT: f64 = 85.04;
const RIGHT: f64 = WIDTH - 42.52;

/// The notice, and the PDF LibreOffice made of its .docx (converted once for all the tests).
fn converted() -> &'static (Notice, PathBuf) {
    static PDF: OnceLock<(Notice, PathBuf)> = OnceLock::new();
    PDF.get_or_init(|| {
        let notice = meeting::notice();
        let dir = folder("notice");
        let path = dir.join(docx::file_name(&notice));
        std::fs::write(&path, docx::write(&notice)).expect("the .docx is written");
        let pdf = convert(&path, "pdf", "pdf");
        (notice, pdf)
    })
}

fn pdf_path() -> &'static str {
    converted().1.to_str().expect("a UTF-8 path")
}

#[test]
fn the_pdf_is_a4_over_two_pages_at_least() {
    let info = poppler("pdfinfo", &[pdf_path()]);
    let field = |name: &str| {
        let line = info.lines().find(|l| l.starts_with(name));
        line.unwrap_or_else(|| panic!("{name} in {info}"))[name.len()..].trim()
    };
    let size = field("Page size:");
    assert!(
        size.starts_with("595.") && size.contains(" x 841."),
        "{size}"
    );
    let count: usize = field("Pages:").parse().expect("a page count");
    assert!(
        count >= 2,
        "the notice runs over two pages at least: {count}"
    );
}

#[test]
fn the_text_keeps_inside_the_margins_and_starts_30_mm_from_the_left() {
    let pages = pages(pdf_path());
    let mut leftmost = f64::MAX;
    for (n, page) in pages.iter().enumerate() {
        let body = page.iter().filter(|w| w.y_max > TOP);
        for w in body {
            let inside = w.x_min >= LEFT - 2.0
                && w.x_max <= RIGHT + 2.0
                && w.y_min >= TOP - 2.0
                && w.y_max <= HEIGHT - TOP + 2.0;
            assert!(inside, "page {}: {w:?} is in a margin", n + 1);
            leftmost = leftmost.min(w.x_min);
        }
    }
    assert!(
        near(leftmost, LEFT, 3.0),
        "the text starts at {leftmost:.1} pt"
    );
}

#[test]
fn the_page_number_is_centred_in_the_top_margin_from_page_two() {
    let pages = pages(pdf_path());
    let in_margin = |page: &Vec<Word>| -> Vec<(String, f64, f64)> {
        let top = page.iter().filter(|w| w.y_max <= TOP);
        top.map(|w| (w.text.clone(), (w.x_min + w.x_max) / 2.0, w.y_max))
            .collect()
    };
    assert_eq!(in_margin(&pages[0]), [], "page 1 has no number");
    let second = in_margin(&pages[1]);
    let [(text, centre, bottom)] = second.as_slice() else {
        panic!("page 2 has its number alone in the top margin: {second:?}");
    };
    assert_eq!(text, "2");
    let middle = (LEFT + RIGHT) / 2.0;
    assert!(
        (centre - middle).abs() <= 3.0,
        "centred: {centre:.1} pt, not {middle:.1}"
    );
    assert!(
        *bottom < TOP && *bottom > 20.0,
        "in the top margin: {bottom:.1} pt"
    );
}

#[test]
fn every_block_is_read_back_in_order() {
    let (notice, _) = converted();
    let text = poppler("pdftotext", &[pdf_path(), "-"]);
    // The header is a table of two columns, which pdftotext reads row by row: each column in
    // its own order, both before the title.
    let (head, rest) = text.split_once("THÔNG BÁO").expect("the title");
    let mut left = notice.issuer.clone();
    left.push(notice.number.clone());
    in_order(head, &left);
    in_order(head, &[NATION.to_owned(), notice.place_date.clone()]);
    assert!(head.contains(MOTTO), "{head}");
    let mut wanted = vec![notice.summary.clone()];
    for block in &notice.body {
        match block {
            Block::Heading(heading) => wanted.push(heading.clone()),
            Block::Paragraph(p) if p.starts_with("Thông báo để") => wanted.push(p.clone()),
            _ => {}
        }
    }
    let parts = wanted.iter().filter(|w| w.starts_with('I')).count();
    assert_eq!(parts, 3, "the notice has parts I, II and III: {wanted:?}");
    wanted.push("Nơi nhận:".to_owned());
    wanted.extend(notice.signer_title.iter().cloned());
    wanted.push(notice.signer_name.clone());
    in_order(rest, &wanted);
}

#[test]
fn the_fonts_are_times_new_roman_or_its_twin_embedded() {
    let fonts = poppler("pdffonts", &[pdf_path()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in &rows {
        let serif = row.contains("LiberationSerif") || row.contains("TimesNewRoman");
        let embedded = row.split_whitespace().rev().nth(4) == Some("yes");
        assert!(serif && embedded, "{row}\n{fonts}");
    }
    // Regular, bold (the issuer, the title), italic (the date), bold italic ("Nơi nhận:").
    let faces: Vec<(bool, bool)> = rows
        .iter()
        .map(|r| (r.contains("Bold"), r.contains("Italic")))
        .collect();
    for face in [(false, false), (true, false), (false, true), (true, true)] {
        assert!(faces.contains(&face), "(bold, italic) {face:?} in\n{fonts}");
    }
}

#[test]
fn page_one_has_its_three_short_rules_where_the_decree_puts_them() {
    let (notice, pdf) = converted();
    let stem = pdf.with_file_name("page-1-grey");
    let found = rules(pdf_path(), 1, stem.to_str().expect("a UTF-8 path"));
    // Its picture as docs/notice.md shows it.
    let png = pdf.with_file_name("page");
    let png = png.to_str().expect("a UTF-8 path");
    let args = [
        "-png",
        "-r",
        "70",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        pdf_path(),
        png,
    ];
    poppler("pdftoppm", &args);
    assert_eq!(
        found.len(),
        3,
        "under the issuer, the motto and the summary: {found:?}"
    );
    let words = &pages(pdf_path())[0];
    let span = |from: &str, to: &str| -> (f64, f64) {
        let at = |text: &str| words.iter().find(|w| w.text == text);
        let (Some(a), Some(b)) = (at(from), at(to)) else {
            panic!("{from} … {to} on page 1");
        };
        (a.x_min, b.x_max)
    };
    let centre = |r: &pdf::Rule| (r.x0 + r.x1) / 2.0;
    // Told apart by place (the issuer's and the motto's are about level): the issuer's left,
    // the summary's lowest, the motto's the third.
    let column = (RIGHT - LEFT) * 0.4;
    let issuer = found.iter().find(|r| r.x1 < LEFT + column);
    let summary = found.iter().max_by(|a, b| a.y.total_cmp(&b.y));
    let (Some(issuer), Some(summary)) = (issuer, summary) else {
        panic!("a rule in the issuer's column, and a lowest one: {found:?}");
    };
    let motto = found
        .iter()
        .find(|r| r.x0 > LEFT + column && r.y < summary.y);
    let motto = motto.unwrap_or_else(|| panic!("a rule in the nation's column: {found:?}"));
    // The issuer's: a third of its 40 % column, centred in it.
    let length = issuer.x1 - issuer.x0;
    let placed = near(centre(issuer), LEFT + column / 2.0, 2.0) && near(length, column * 0.34, 3.0);
    assert!(placed, "{issuer:?}");
    // The motto's: as long as the motto, under it.
    let (x0, x1) = span("Độc", "phúc");
    let placed = near(motto.x0, x0, 3.0) && near(motto.x1, x1, 3.0);
    assert!(placed, "{motto:?} under {x0:.1}–{x1:.1}");
    // The summary's: centred over the text, under the summary's last line.
    assert!(
        near(centre(summary), (LEFT + RIGHT) / 2.0, 2.0),
        "{summary:?}"
    );
    let last = notice.summary.split_whitespace().last().expect("a summary");
    let under = words
        .iter()
        .filter(|w| w.text == last)
        .map(|w| w.y_max)
        .fold(0.0, f64::max);
    assert!(
        summary.y > under && summary.y < under + 10.0,
        "{summary:?} under {under:.1}"
    );
}

#[test]
fn the_foot_stays_on_one_page_with_room_to_sign() {
    let (notice, _) = converted();
    let pages = pages(pdf_path());
    // The last of each word: the name is in the summary too.
    let last = |text: &str| {
        let words = pages.iter().enumerate();
        let mut words = words.flat_map(|(n, p)| p.iter().map(move |w| (n, w)));
        let found = words.rfind(|(_, w)| w.text == text);
        found.map(|(n, w)| (n, w.y_min))
    };
    let last_word = |line: &str| {
        line.split_whitespace()
            .next_back()
            .unwrap_or_default()
            .to_owned()
    };
    let name = last(&last_word(&notice.signer_name));
    let title = last(&last_word(notice.signer_title.last().expect("a title")));
    let (Some(head), Some(title), Some(name)) = (last("Nơi"), title, name) else {
        panic!("the foot on the pages");
    };
    let together = head.0 == title.0 && title.0 == name.0;
    assert!(together, "page and y: {head:?} {title:?} {name:?}");
    assert!(name.1 - title.1 >= 60.0, "room to sign: {title:?} {name:?}");
}

fn near(a: f64, b: f64, by: f64) -> bool {
    (a - b).abs() <= by
}
