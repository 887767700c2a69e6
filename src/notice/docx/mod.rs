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
use crate::office::xml::escape;
use crate::office::zip::Zip;
use document::{FIRST_HEADER_ID, HEADER_ID};

const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The notice as the bytes of a .docx file.
pub fn write(notice: &Notice) -> Vec<u8> {
    let mut zip = Zip::new();
    for (name, xml) in parts(notice) {
        zip.add(name, xml.as_bytes());
    }
    zip.finish()
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

/// Every part of the package, in the order written.
fn parts(notice: &Notice) -> [(&'static str, String); 10] {
    [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", package_relationships()),
        ("docProps/core.xml", core(notice)),
        ("docProps/app.xml", app()),
        ("word/_rels/document.xml.rels", document_relationships()),
        ("word/document.xml", document::document(notice)),
        ("word/styles.xml", styles()),
        ("word/settings.xml", settings()),
        ("word/header1.xml", document::page_number_header()),
        ("word/header2.xml", document::first_page_header()),
    ]
}

const MAIN: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

fn content_types() -> String {
    let part = |name: &str, kind: &str| {
        format!("<Override PartName=\"/{name}\" ContentType=\"{MAIN}.{kind}+xml\"/>")
    };
    format!(
        "{DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>{}{}{}{}{}\
         <Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
         <Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
         </Types>",
        part("word/document.xml", "document.main"),
        part("word/styles.xml", "styles"),
        part("word/settings.xml", "settings"),
        part("word/header1.xml", "header"),
        part("word/header2.xml", "header"),
    )
}

/// Relationships, `(id, type's last word, target)` each.
fn relationships(list: &[(&str, &str, &str)]) -> String {
    let mut out = format!(
        "{DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (id, kind, target) in list {
        let base = match *kind {
            "core-properties" => {
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata"
            }
            _ => "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        };
        out.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{base}/{kind}\" Target=\"{target}\"/>"
        ));
    }
    out.push_str("</Relationships>");
    out
}

fn package_relationships() -> String {
    relationships(&[
        ("rId1", "officeDocument", "word/document.xml"),
        ("rId2", "core-properties", "docProps/core.xml"),
        ("rId3", "extended-properties", "docProps/app.xml"),
    ])
}

fn document_relationships() -> String {
    relationships(&[
        ("rIdStyles", "styles", "styles.xml"),
        ("rIdSettings", "settings", "settings.xml"),
        (HEADER_ID, "header", "header1.xml"),
        (FIRST_HEADER_ID, "header", "header2.xml"),
    ])
}

/// Title (the summary) and language; no dates, so the same notice gives the same bytes.
fn core(notice: &Notice) -> String {
    format!(
        "{DECLARATION}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title>\
         <dc:subject>Thông báo kết luận</dc:subject><dc:creator>Sổ tay Cải cách</dc:creator>\
         <dc:language>vi-VN</dc:language></cp:coreProperties>",
        escape(&notice.summary)
    )
}

fn app() -> String {
    format!(
        "{DECLARATION}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
         <Application>Sổ tay Cải cách</Application></Properties>"
    )
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
