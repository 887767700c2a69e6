//! Citations with no number, typing slips, repeats, and words and numbers that are no citation.

use super::super::*;
use super::{codes, one};
use crate::fixtures::d;

#[test]
fn documents_cited_without_a_number_are_read_by_their_name() {
    let found = find("Đây là nội dung cụ thể hóa Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII về khâu đột phá.");
    assert_eq!(found.len(), 2, "{found:#?}");
    let (a, b) = (&found[0].reference, &found[1].reference);
    assert_eq!(
        (a.name.as_str(), a.issuer.as_str()),
        ("Đại hội XIII", "Đảng")
    );
    assert_eq!(
        (b.name.as_str(), b.summary.as_str()),
        ("Đại hội Đảng bộ tỉnh lần thứ XVII", "khâu đột phá")
    );
    assert!(found.iter().all(|r| r.confidence < Confidence::Sure));
    let r = one("Sở phải cụ thể hóa 03 nhiệm vụ theo Kế hoạch 45 của Ban cán sự Đảng đã giao.");
    assert_eq!(
        (r.number.as_str(), r.symbol.as_str(), r.issuer.as_str()),
        ("45", "", "Ban cán sự Đảng")
    );
    let found =
        find("sơ kết thực hiện Nghị quyết 18 và 19, ngày 25/10/2017 của Ban Chấp hành Trung ương");
    let numbers: Vec<&str> = found.iter().map(|r| r.reference.number.as_str()).collect();
    assert_eq!(numbers, ["18", "19"]);
    assert!(found
        .iter()
        .all(|r| r.reference.date == Some(d(2017, 10, 25))));
    let r = one(
        "thực hiện Nghị quyết 19 “Về tiếp tục đổi mới đơn vị sự nghiệp công lập” của Trung ương",
    );
    assert_eq!(r.summary, "tiếp tục đổi mới đơn vị sự nghiệp công lập");
    assert_eq!(r.issuer, "Trung ương");
    let r = one("triển khai thực hiện Nghị quyết 18 trên địa bàn");
    assert_eq!(
        (r.doc_type.as_str(), r.number.as_str()),
        ("Nghị quyết", "18")
    );
    let found = find("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
    assert_eq!(found[0].reference.date, Some(d(2015, 6, 19)));
    assert_eq!(found[0].confidence, Confidence::Likely);
    let r = one("Căn cứ Hiến pháp năm 2013;");
    assert_eq!(
        (r.doc_type.as_str(), r.name.as_str()),
        ("Hiến pháp", "năm 2013")
    );
    let r = one("Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;");
    assert_eq!(
        (r.doc_type.as_str(), r.name.as_str()),
        ("Luật", "Tổ chức chính quyền địa phương năm 2015")
    );
}

#[test]
fn ordinary_words_and_numbers_are_not_references() {
    for text in [
        "KẾ HOẠCH",
        "Các sở xây dựng kế hoạch triển khai trước ngày 15/4/2022.",
        "Sở Nội vụ theo dõi việc thực hiện Kế hoạch này.",
        "Quyết định này có hiệu lực kể từ ngày ký.",
        "Thông báo này để các cơ quan biết, thực hiện./.",
        "Các đơn vị triển khai theo Kế hoạch.",
        "Báo cáo kết quả về UBND tỉnh.",
        "Báo cáo UBND tỉnh trước ngày 30/6.",
        "Báo cáo 6 tháng đầu năm 2022.",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.",
        "HOTLINE: 0834 244 333",
        "Đến nay đã hoàn thành 07/11 nhiệm vụ, đạt 6/63 tỉnh.",
        "Hội nghị diễn ra ngày 15/4/2022 tại Hội trường.",
        "giai đoạn 2021-2025, định hướng đến năm 2030",
        "1\tRà soát thủ tục\tSở Tư pháp\t2\t30/6/2022",
        "Trang 2",
        "Số: 45/TB-UBND\tVĩnh Phúc, ngày 05 tháng 4 năm 2022",
        "ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC Số: 45/TB-UBND",
    ] {
        assert_eq!(find(text), [], "{text}");
    }
}

#[test]
fn a_typing_slip_is_kept_as_issued() {
    let r = one("ban hành Kế hoạch số 511/KKH-UBND về đẩy mạnh phân cấp");
    assert_eq!(
        (r.doc_type.as_str(), r.symbol.as_str()),
        ("Kế hoạch", "KKH-UBND")
    );
    assert_eq!(r.summary, "đẩy mạnh phân cấp");
}

#[test]
fn a_document_cited_twice_is_one_reference_with_two_spans() {
    let text = "Thực hiện Nghị quyết số 04/NQ-CP của Chính phủ, tỉnh ban hành kế hoạch.\nCác nội dung theo Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp.\nTrước khi có Nghị quyết số 04 của Chính phủ, tỉnh đã phân cấp.";
    let found = find(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    let r = &found[0];
    assert_eq!(r.spans.len(), 3);
    assert_eq!(
        r.reference.date,
        Some(d(2022, 1, 10)),
        "filled by the fuller citation"
    );
    assert_eq!(r.reference.summary, "đẩy mạnh phân cấp");
    assert!(r.spans.windows(2).all(|w| w[0].start < w[1].start));
    let found = find("Nghị định số 61/2018/NĐ-CP và Nghị định 61/NĐ-CP ngày 23/4/2018; Quyết định số 12/QĐ-UBND và Quyết định số 12/QĐ-TTg");
    assert_eq!(found.len(), 3, "{found:#?}");
    let found = find("Quyết định số 12/QĐ-UBND ngày 05/01/2022 và Quyết định số 12/QĐ-UBND ngày 04/01/2023; theo Quyết định số 12/QĐ-UBND ngày 04/01/2023");
    assert_eq!(found.len(), 2, "numbers start again each year: {found:#?}");
    assert_eq!(found[1].spans.len(), 2);
    let r =
        one("theo Văn bản số 123/UBND-NC; nay ban hành kèm Công văn số 123/UBND-NC ngày 02/3/2022");
    assert_eq!(
        (r.doc_type.as_str(), r.date),
        ("Công văn", Some(d(2022, 3, 2)))
    );
}

#[test]
fn references_are_listed_in_the_order_first_cited() {
    let text = "Căn cứ Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ;\nCăn cứ Thông báo số 311/TB-VPCP ngày 16/11/2021 của Văn phòng Chính phủ;\nTheo Nghị quyết số 04/NQ-CP, tỉnh ban hành Kế hoạch số 511/KH-UBND ngày 31/7/2023.";
    assert_eq!(
        codes(text),
        [
            "Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ",
            "Thông báo số 311/TB-VPCP ngày 16/11/2021 của Văn phòng Chính phủ",
            "Kế hoạch số 511/KH-UBND ngày 31/07/2023",
        ]
    );
}

#[test]
fn summaries_end_where_the_clause_plainly_ends() {
    for (text, summary) in [
        ("theo Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND tỉnh về quy chế làm việc; giao Sở Nội vụ theo dõi", "quy chế làm việc"),
        ("theo Quyết định số 12/QĐ-UBND của UBND tỉnh về quy chế làm việc, yêu cầu các sở thực hiện", "quy chế làm việc"),
        ("theo Quyết định số 12/QĐ-UBND của UBND tỉnh về quy chế làm việc, đề nghị các sở thực hiện", "quy chế làm việc"),
        ("theo Quyết định số 12/QĐ-UBND về quy chế làm việc. Các sở thực hiện", "quy chế làm việc"),
        ("ban hành Kế hoạch số 1/KH-UBND về chuyển đổi số để triển khai thống nhất", "chuyển đổi số"),
        ("(Quyết định số 12/QĐ-UBND về quy chế làm việc) và các văn bản khác", "quy chế làm việc"),
        ("theo Quyết định số 12/QĐ-UBND về quy chế làm việc và Kế hoạch số 20/KH-UBND", "quy chế làm việc"),
        ("Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về việc đẩy mạnh cải cách hành chính", "đẩy mạnh cải cách hành chính"),
    ] {
        assert_eq!(find(text)[0].reference.summary, summary, "{text}");
    }
    let long = format!(
        "theo Quyết định số 12/QĐ-UBND về {}",
        "việc rất dài ".repeat(40)
    );
    assert!(find(&long)[0].reference.summary.split(' ').count() <= 40);
}

#[test]
fn a_date_or_issuer_is_shared_only_within_a_list_of_one_kind() {
    let found = find("thực hiện Đề án 06 của Chính phủ, Quyết định số 06/QĐ-TTg ngày 06/01/2022");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].reference.date, None);
    let r = one("Thực hiện Thông báo kết luận số 45-TB/TU ngày 3/3/2023 của Thường trực Tỉnh ủy,");
    assert_eq!(
        (r.doc_type.as_str(), r.short_code()),
        ("Thông báo", "45-TB/TU".to_owned())
    );
    let r = one("Chương trình hành động số 30\u{ac}-CTr/TU của Tỉnh ủy");
    assert_eq!(r.short_code(), "30-CTr/TU");
}

#[test]
fn a_title_in_capitals_is_read_like_running_text() {
    let r =
        one("THỰC HIỆN NGHỊ QUYẾT SỐ 04/NQ-CP NGÀY 10/01/2022 CỦA CHÍNH PHỦ VỀ ĐẨY MẠNH PHÂN CẤP");
    assert_eq!(
        (r.doc_type.as_str(), r.date),
        ("Nghị quyết", Some(d(2022, 1, 10)))
    );
    assert_eq!(
        (r.issuer.as_str(), r.summary.as_str()),
        ("CHÍNH PHỦ", "ĐẨY MẠNH PHÂN CẤP")
    );
}
