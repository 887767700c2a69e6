//! The CSV, the workbook and the file names.

use super::{today, workspace};
use crate::fixtures::{d, record_id as id};
use crate::report::*;
#[test]
fn csv_fields_are_quoted_as_rfc_4180_asks() {
    assert_eq!(csv::field("Sở Nội vụ"), "Sở Nội vụ");
    assert_eq!(csv::field("a, b"), "\"a, b\"");
    assert_eq!(csv::field("nói \"không\""), "\"nói \"\"không\"\"\"");
    assert_eq!(csv::field("1\n2"), "\"1\n2\"");
    let ws = workspace();
    let report = TaskReport::of_plan(&ws, &id(1), "Sở Nội vụ", today()).unwrap();
    let text = csv::tasks(&report);
    assert!(text.starts_with("\u{feff}Sở Nội vụ\r\n"));
    assert!(text.contains("\r\nSTT,Nội dung,Cơ quan chủ trì,"));
    assert!(text.contains("\r\n,I. Cải cách thể chế\r\n"));
    assert!(text.contains("\r\n2,\"Rà soát văn bản, \"\"quy phạm\"\"\",Sở Tư pháp,Sở Nội vụ; Sở Tài chính,30/06/2026,"));
    assert!(text.contains(",\"Dòng 1\nDòng 2\","));
}

#[test]
fn a_workbook_has_its_parts_and_the_same_bytes_each_time() {
    let ws = workspace();
    let report = TaskReport::of_plan(&ws, &id(1), "Sở Nội vụ", today()).unwrap();
    let bytes = xlsx::tasks(&report);
    assert!(bytes.starts_with(b"PK\x03\x04"));
    for part in [
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
        "docProps/core.xml",
        "docProps/app.xml",
    ] {
        let found = bytes.windows(part.len()).any(|w| w == part.as_bytes());
        assert!(found, "{part}");
    }
    assert_eq!(bytes, xlsx::tasks(&report));
    let sheet = xlsx::task_sheet(&report);
    assert!(sheet.contains("<mergeCell ref=\"A1:I1\"/>"));
    // 31/12/2026 is day 46387 of the spreadsheets' count.
    assert!(
        sheet.contains("<c r=\"E12\" s=\"6\"><v>46387</v></c>"),
        "{sheet}"
    );
    assert_eq!(serial(d(1900, 3, 1)), 61);
    let summary = Summary::of(&ws, Period::Year(2026), "Sở Nội vụ", today());
    let both = xlsx::summary(&summary, &report);
    assert!(both.windows(24).any(|w| w == b"xl/worksheets/sheet2.xml"));
}

#[test]
fn file_names_are_ascii_cut_at_a_word() {
    let name = file_name(
        "Tiến độ thực hiện Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh Vĩnh Phúc",
        "xlsx",
    );
    assert_eq!(
        name,
        "Tien-do-thuc-hien-Ke-hoach-so-511-KH-UBND-ngay-31-7.xlsx"
    );
    assert!(name.len() <= MAX_FILE_NAME);
    assert_eq!(file_name("Đề án: \"số hóa\"", "csv"), "De-an-so-hoa.csv");
    assert_eq!(file_name("…", "csv"), "Bao-cao.csv");
}
