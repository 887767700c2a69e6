//! Files built here, byte by byte: small .docx zips (stored and deflated), every refused kind
//! by its first bytes, and bytes of no kind at all.

mod writer;

use super::*;
use proptest::prelude::*;
use writer::{docx, zip};

fn p(text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#
    )
}

#[test]
fn paragraphs_are_lines_with_entities_tabs_and_breaks() {
    let body = format!(
        "{}{}<w:p><w:r><w:t>Điều 1.</w:t></w:r><w:r><w:tab/><w:t>Phạm vi</w:t><w:br/><w:t>QĐ</w:t><w:noBreakHyphen/><w:t>TTg</w:t></w:r></w:p><w:p/>{}",
        p("KẾ HOẠCH"),
        p("Cải cách &amp; hiện đại hóa &lt;2026&gt; &quot;số&quot; &apos;một&apos; &#7897; &#x1EA1; &bogus; &"),
        p("Hết."),
    );
    for deflate in [false, true] {
        assert_eq!(
            file_text("ke-hoach.docx", &docx(&body, deflate)),
            Ok("KẾ HOẠCH\nCải cách & hiện đại hóa <2026> \"số\" 'một' ộ ạ &bogus; &\nĐiều 1.\tPhạm vi\nQĐ-TTg\n\nHết.".to_owned())
        );
    }
}

#[test]
fn deleted_moved_and_field_code_text_is_left_out() {
    let body = r#"<w:p><w:r><w:t>Giao </w:t></w:r><w:del><w:r><w:delText>Sở Tài chính</w:delText></w:r></w:del><w:ins><w:r><w:t>Sở Nội vụ</w:t></w:r></w:ins><w:r><w:instrText> PAGE </w:instrText></w:r><w:moveFrom><w:r><w:t>cũ</w:t></w:r></w:moveFrom><mc:AlternateContent><mc:Choice><w:t>!</w:t></mc:Choice><mc:Fallback><w:t>!</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"#;
    assert_eq!(
        file_text("a.docx", &docx(body, true)),
        Ok("Giao Sở Nội vụ!".to_owned())
    );
}

#[test]
fn table_rows_are_lines_with_a_tab_between_cells() {
    let cell = |text: &str| format!("<w:tc>{}</w:tc>", p(text));
    let row = |cells: &[&str]| {
        format!(
            "<w:tr>{}</w:tr>",
            cells.iter().map(|c| cell(c)).collect::<String>()
        )
    };
    let body = format!(
        "{}<w:tbl>{}{}{}<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>{}</w:tc>{}</w:tr><w:tr><w:tc>{}{}</w:tc><w:tc><w:tbl>{}</w:tbl></w:tc>{}</w:tr></w:tbl>{}",
        p("Trước bảng"),
        row(&["STT", "Nội dung", "Cơ quan chủ trì"]),
        row(&["1", "Rà soát thủ tục", "Sở Tư pháp"]),
        row(&["2", "", "Sở Nội vụ"]),
        p("II. NHIỆM VỤ KHÁC"),
        cell("Quý II"),
        p("Đoạn một"),
        p("đoạn hai"),
        row(&["lồng", "nhau"]),
        cell("Cuối"),
        p("Sau bảng"),
    );
    assert_eq!(
        file_text("a.docx", &docx(&body, true)),
        Ok("Trước bảng\nSTT\tNội dung\tCơ quan chủ trì\n1\tRà soát thủ tục\tSở Tư pháp\n2\t\tSở Nội vụ\nII. NHIỆM VỤ KHÁC\t\tQuý II\nĐoạn một đoạn hai\tlồng nhau\tCuối\nSau bảng".to_owned())
    );
}

#[test]
fn the_committed_plan_reads_as_paragraphs_and_task_rows() {
    let bytes = include_bytes!("../../../tests/intake/files/plan-table.docx");
    let text = file_text("plan-table.docx", bytes).unwrap_or_default();
    let rows: Vec<&str> = text.lines().filter(|l| l.contains('\t')).collect();
    assert_eq!(rows.len(), 6, "{text}");
    assert_eq!(
        rows[0],
        "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành"
    );
    assert!(
        rows[1..].iter().all(|r| r.split('\t').count() == 5),
        "{text}"
    );
    assert!(text.starts_with("KẾ HOẠCH"), "{text}");
}

#[test]
fn each_kind_that_gives_no_text_is_told_by_its_first_bytes() {
    let cases: [(&[u8], FileError); 12] = [
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", FileError::OldWord),
        (b"%PDF-1.7\n", FileError::Pdf),
        (b"\x89PNG\r\n\x1A\n\0\0", FileError::Picture),
        (b"\xFF\xD8\xFF\xE0", FileError::Picture),
        (b"GIF89a..", FileError::Picture),
        (b"RIFF\0\0\0\0WEBPVP8 ", FileError::Picture),
        (b"\0\0\0\x18ftypheic\0\0", FileError::Picture),
        (b"BM\0\0\0\0\0\0\0\0\0\0\0\0\x28\0\0\0", FileError::Picture),
        (b"II*\0\x08\0", FileError::Picture),
        (b"PK\x03\x04 broken", FileError::Damaged),
        (b"\xC1\xED\xE2 (Windows-1258)", FileError::NotText),
        (b"a\0b\0", FileError::NotText),
    ];
    for (bytes, error) in cases {
        assert_eq!(file_text("renamed.txt", bytes), Err(error), "{bytes:?}");
    }
    let sheet = zip(&[("xl/workbook.xml", b"<workbook/>", true)]);
    assert_eq!(file_text("bang.xlsx", &sheet), Err(FileError::Spreadsheet));
    let ods = zip(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
            false,
        ),
        ("content.xml", b"<x/>", true),
    ]);
    assert_eq!(file_text("bang.ods", &ods), Err(FileError::Spreadsheet));
    let odt = zip(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.text",
            false,
        ),
        ("content.xml", b"<x/>", true),
    ]);
    assert_eq!(file_text("van-ban.odt", &odt), Err(FileError::OtherZip));
    let mut garbled = zip(&[("word/document.xml", b"\xFF\xFF not deflate", false)]);
    // The directory says deflated: what is there does not inflate.
    let directory = garbled
        .windows(4)
        .position(|w| w == b"PK\x01\x02")
        .unwrap_or(0);
    garbled[directory + 10] = 8;
    assert_eq!(file_text("a.docx", &garbled), Err(FileError::Damaged));
    // By name, when the bytes say nothing.
    assert_eq!(
        file_text("ke-hoach.docx", "Kế hoạch".as_bytes()),
        Err(FileError::Damaged)
    );
    assert_eq!(file_text("Scan.PDF", b"1 0 obj"), Err(FileError::Pdf));
    assert_eq!(file_text("cu.doc", b"{\\rtf1"), Err(FileError::OldWord));
}

#[test]
fn a_zip_bomb_and_a_huge_file_are_too_large() {
    let zeros = vec![b' '; MAX_XML + 1];
    let bomb = zip(&[("word/document.xml", &zeros, true)]);
    assert!(bomb.len() < 100_000);
    assert_eq!(file_text("bom.docx", &bomb), Err(FileError::TooLarge));
    let huge = vec![b'a'; MAX_FILE + 1];
    assert_eq!(file_text("lon.txt", &huge), Err(FileError::TooLarge));
}

#[test]
fn text_files_are_read_in_utf8_or_utf16_with_a_bom() {
    let text = "Sở Nội vụ\r\nKế hoạch";
    assert_eq!(file_text("a.txt", text.as_bytes()), Ok(text.to_owned()));
    let bom: Vec<u8> = b"\xEF\xBB\xBF"
        .iter()
        .copied()
        .chain(text.bytes())
        .collect();
    assert_eq!(file_text("a.txt", &bom), Ok(text.to_owned()));
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(file_text("a.txt", &le), Ok(text.to_owned()));
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    assert_eq!(file_text("a", &be), Ok(text.to_owned()));
    assert_eq!(
        file_text("a.txt", &le[..le.len() - 1]),
        Err(FileError::NotText)
    );
    assert_eq!(file_text("a.txt", b""), Ok(String::new()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases()))]

    #[test]
    fn any_bytes_are_read_or_refused_without_panicking(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        name in prop::sample::select(vec!["a.docx", "a.txt", "a", "a.pdf", "a.DOC"]),
    ) {
        let _ = file_text(name, &bytes);
        let zipped: Vec<u8> = b"PK\x03\x04".iter().chain(&bytes).copied().collect();
        let _ = file_text(name, &zipped);
    }

    #[test]
    fn a_zip_with_a_damaged_directory_or_xml_never_panics(
        xml in prop::collection::vec(prop_oneof![any::<u8>(), Just(b'<'), Just(b'>'), Just(b'&'), Just(b';'), Just(b'/')], 0..300),
        tags in prop::collection::vec(prop::sample::select(vec!["<w:p>", "</w:p>", "<w:t>", "</w:t>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:tab/>", "<mc:Fallback>", "<!--", "<![CDATA[", "&#x"]), 0..40),
        cut in any::<prop::sample::Index>(),
        flip in any::<(prop::sample::Index, u8)>(),
        deflate in any::<bool>(),
    ) {
        let mut body = String::from_utf8_lossy(&xml).into_owned();
        body.push_str(&tags.concat());
        let whole = docx(&body, deflate);
        let _ = file_text("a.docx", &whole);
        let _ = file_text("a.docx", &whole[..cut.index(whole.len() + 1)]);
        let mut flipped = whole.clone();
        let at = flip.0.index(flipped.len());
        flipped[at] ^= flip.1;
        let _ = file_text("a.docx", &flipped);
    }
}
