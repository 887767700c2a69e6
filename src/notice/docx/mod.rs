//! The conclusion notice as a Word document (.docx), laid out as the printed notice: A4, the
//! margins, Times New Roman 14 pt, the two-column header and foot as borderless tables, the
//! short rules, and page numbers centred in the top margin from page 2 on (Nghị định
//! 30/2020/NĐ-CP). Word and LibreOffice open it; an official edits it as any other paper.
//!
//! Written by hand over `office::zip` rather than with an OOXML crate (docx-rs and the like
//! would weigh far more in the wasm than these few hundred lines): this module puts the package
//! together, `document.rs` lays the notice out, `xml.rs` has the paragraph and run helpers. The
//! same notice always gives the same bytes.

mod document;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
mod xml;

use super::Notice;
use crate::office::package::{relationships, Package, Properties, DECLARATION, RELATIONSHIPS};
use document::{FIRST_HEADER_ID, HEADER_ID};

const MAIN: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// The notice as the bytes of a .docx file.
pub fn write(notice: &Notice) -> Vec<u8> {
    let mut package = Package::new();
    let part = |kind: &str| format!("{MAIN}.{kind}+xml");
    package.add(
        "word/_rels/document.xml.rels",
        None,
        document_relationships(),
    );
    package.add(
        "word/document.xml",
        Some(&part("document.main")),
        document::document(notice),
    );
    package.add("word/styles.xml", Some(&part("styles")), styles());
    package.add("word/settings.xml", Some(&part("settings")), settings());
    package.add(
        "word/header1.xml",
        Some(&part("header")),
        document::page_number_header(),
    );
    package.add(
        "word/header2.xml",
        Some(&part("header")),
        document::first_page_header(),
    );
    let properties = Properties {
        title: &notice.summary,
        subject: Some("Thông báo kết luận"),
    };
    package.finish("word/document.xml", &properties)
}

/// The file's name: "Thong-bao-45-TB-UBND.docx" for "Số: 45/TB-UBND" (each run of characters
/// that are not letters or digits, "/" and spaces among them, made one "-"; Vietnamese letters
/// kept), "Thong-bao-ket-luan.docx" for a notice not numbered yet.
pub fn file_name(notice: &Notice) -> String {
    let number = notice.number.trim();
    let number = number.strip_prefix("Số:").unwrap_or(number).trim();
    if number.is_empty() || number.starts_with('/') {
        return "Thong-bao-ket-luan.docx".to_owned();
    }
    let mut name = String::from("Thong-bao-");
    for c in number.chars().take(60) {
        match c.is_alphanumeric() {
            true => name.push(c),
            false if !name.ends_with('-') => name.push('-'),
            false => {}
        }
    }
    format!("{}.docx", name.trim_end_matches('-'))
}

fn document_relationships() -> String {
    let rel = |kind: &str| format!("{RELATIONSHIPS}/{kind}");
    relationships(&[
        ("rIdStyles", &rel("styles"), "styles.xml"),
        ("rIdSettings", &rel("settings"), "settings.xml"),
        (HEADER_ID, &rel("header"), "header1.xml"),
        (FIRST_HEADER_ID, &rel("header"), "header2.xml"),
    ])
}

/// Times New Roman 14 pt in Vietnamese for every run; no line left alone at a page's top or
/// foot (as browsers print); single lines and no spacing unless a paragraph says otherwise.
fn styles() -> String {
    let fonts = "w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"";
    format!(
        "{DECLARATION}<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts {fonts}/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>\
         <w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>\
         </w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">\
         <w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
         <w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>\
         <w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>\
         <w:left w:w=\"0\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>\
         </w:tblCellMar></w:tblPr></w:style></w:styles>"
    )
}

/// Word 2013's layout rules (compatibility mode 15): a table's text starts at the margin.
fn settings() -> String {
    format!(
        "{DECLARATION}<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
         <w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
         <w:themeFontLang w:val=\"vi-VN\"/></w:settings>"
    )
}
