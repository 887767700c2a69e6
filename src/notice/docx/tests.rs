//! Native tests of the Word notice: it reads back through the app's own .docx reader with
//! every block in order, the page is the decree's, text is escaped, and the bytes are stable.

use super::document::{document, first_page_header, page_number_header};
use super::{file_name, write};
use crate::intake::docx::file_text;
use crate::notice::{Block, Notice, BLANK, MOTTO, NATION};

fn notice() -> Notice {
    Notice {
        issuer: vec!["ỦY BAN NHÂN DÂN".into(), "TỈNH VĨNH PHÚC".into()],
        governing_lines: 0,
        number: "Số: 45/TB-UBND".into(),
        place_date: "Vĩnh Phúc, ngày 01 tháng 4 năm 2026".into(),
        summary: "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp giao ban".into(),
        body: vec![
            Block::Paragraph("Vào lúc 08 giờ 00 ngày 20/3/2026, tại Hội trường.".into()),
            Block::Heading("I. KẾT LUẬN CỦA NGƯỜI CHỦ TRÌ CUỘC HỌP".into()),
            Block::Numbered(1, "Về kết quả thực hiện kế hoạch:".into()),
            Block::Lettered('a', "Hoàn thành các nhiệm vụ chậm tiến độ.".into()),
            Block::Lettered('b', "Đẩy mạnh số hóa hồ sơ.".into()),
            Block::Heading("II. GIAO NHIỆM VỤ".into()),
            Block::Numbered(1, "Giao Sở Tư pháp chủ trì trình bãi bỏ 12 thủ tục.".into()),
            Block::Paragraph("Thông báo để các cơ quan biết, thực hiện./.".into()),
        ],
        recipients: vec!["- Các sở, ban, ngành tỉnh;".into(), "- Lưu: VT.".into()],
        signer_title: vec!["KT. CHỦ TỊCH".into(), "PHÓ CHỦ TỊCH".into()],
        signer_name: "Nguyễn Văn A".into(),
    }
}

/// Where each of `wanted` is found in `text`, each after the one before.
fn in_order(text: &str, wanted: &[String]) {
    let mut from = 0;
    for w in wanted {
        match text[from..].find(w.as_str()) {
            Some(at) => from += at + w.len(),
            None => panic!("{w:?} is not after byte {from} of:\n{text}"),
        }
    }
}

#[test]
fn the_document_reads_back_with_every_block_in_order() {
    let n = notice();
    let text = file_text("x.docx", &write(&n)).expect("the app's reader takes the file");
    let mut wanted: Vec<String> = n.issuer.clone();
    wanted.push(n.number.clone());
    wanted.extend([NATION, MOTTO].map(String::from));
    wanted.push(n.place_date.clone());
    wanted.extend(["THÔNG BÁO".to_owned(), n.summary.clone()]);
    wanted.extend(n.body.iter().map(Block::text));
    wanted.push("Nơi nhận:".to_owned());
    wanted.extend(n.recipients.iter().cloned());
    wanted.extend(n.signer_title.iter().cloned());
    wanted.push(n.signer_name.clone());
    in_order(&text, &wanted);
    assert!(text.contains("1. Về kết quả") && text.contains("a) Hoàn thành"));
}

#[test]
fn the_page_is_a4_with_the_decree_s_margins_and_no_number_on_page_one() {
    let xml = document(&notice());
    let section = &xml[xml.find("<w:sectPr>").expect("a section")..];
    for value in [
        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>",
        "w:top=\"1134\"",
        "w:bottom=\"1134\"",
        "w:left=\"1701\"",
        "w:right=\"850\"",
        "<w:titlePg/>",
        "w:type=\"first\"",
    ] {
        assert!(section.contains(value), "{value} in {section}");
    }
    assert!(page_number_header().contains(" PAGE "));
    assert!(!first_page_header().contains("<w:t"));
    // The issuing body bold, the summary bold, the body justified with its 1 cm indent.
    assert!(xml.contains("<w:b/><w:bCs/><w:sz w:val=\"26\"/>"));
    assert!(xml.contains("w:firstLine=\"567\"/><w:jc w:val=\"both\"/>"));
}

#[test]
fn markup_in_the_text_is_escaped() {
    let mut n = notice();
    n.summary = "Về dự án A & B <giai đoạn 2>".into();
    n.body
        .push(Block::Paragraph("Chi phí < 5 tỷ & \"đúng hạn\"".into()));
    let xml = document(&n);
    assert!(
        xml.contains("Về dự án A &amp; B &lt;giai đoạn 2&gt;"),
        "{xml}"
    );
    assert!(!xml.contains("A & B"));
    let text = file_text("x.docx", &write(&n)).expect("the reader takes it");
    assert!(text.contains("Về dự án A & B <giai đoạn 2>"), "{text}");
    assert!(text.contains("Chi phí < 5 tỷ & \"đúng hạn\""), "{text}");
}

#[test]
fn the_same_notice_gives_the_same_bytes() {
    assert_eq!(write(&notice()), write(&notice()));
    let mut other = notice();
    other.signer_name = "Trần Văn B".into();
    assert_ne!(write(&notice()), write(&other));
}

#[test]
fn the_file_is_named_by_the_number() {
    assert_eq!(file_name(&notice()), "Thong-bao-45-TB-UBND.docx");
    let mut n = notice();
    n.number = format!("Số:{BLANK}/TB-UBND");
    assert_eq!(file_name(&n), "Thong-bao-ket-luan.docx");
    n.number = "Số: 12 / TB-HĐND".into();
    assert_eq!(file_name(&n), "Thong-bao-12-TB-HĐND.docx");
    n.number = "Số: 7/TB:\"UB\"?".into();
    assert_eq!(file_name(&n), "Thong-bao-7-TB-UB.docx");
}

/// The run properties written before `text` in `xml`.
fn look_of<'x>(xml: &'x str, text: &str) -> &'x str {
    let at = xml
        .find(text)
        .unwrap_or_else(|| panic!("{text} in the document"));
    let start = xml[..at].rfind("<w:r>").expect("a run");
    &xml[start..at]
}

#[test]
fn a_governing_body_is_regular_over_the_bold_issuing_body() {
    let mut n = notice();
    n.issuer = vec!["UBND TỈNH VĨNH PHÚC".into(), "SỞ NỘI VỤ".into()];
    n.governing_lines = 1;
    let xml = document(&n);
    assert!(!look_of(&xml, "UBND TỈNH VĨNH PHÚC").contains("<w:b/>"));
    assert!(look_of(&xml, "SỞ NỘI VỤ").contains("<w:b/>"));
    assert!(look_of(&xml, &n.place_date).contains("<w:i/>"));
    assert!(look_of(&xml, "Nơi nhận:").contains("<w:b/><w:bCs/><w:i/>"));
    assert!(look_of(&xml, "- Lưu: VT.").contains("<w:sz w:val=\"22\"/>"));
}
