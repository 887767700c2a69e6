//! References read from sentences written in the style of notices, plans and letters: the
//! standard form and its variants here, names, repeats and what is not a reference in
//! `irregular`, and properties over any text in `props`.

mod irregular;
// Property tests need proptest, a native dev-dependency.
#[cfg(not(target_arch = "wasm32"))]
mod props;

use super::*;
use crate::fixtures::d;

pub(super) fn one(text: &str) -> LegalRef {
    let found = find(text);
    assert_eq!(found.len(), 1, "{text}: {found:#?}");
    found[0].reference.clone()
}

pub(super) fn codes(text: &str) -> Vec<String> {
    find(text).iter().map(|r| r.reference.to_string()).collect()
}

#[test]
fn a_standard_citation_is_read_into_its_parts() {
    let text = "Thực hiện Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai.";
    let found = find(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    let r = &found[0].reference;
    assert_eq!(
        (r.doc_type.as_str(), r.number.as_str(), r.symbol.as_str()),
        ("Nghị quyết", "04", "NQ-CP")
    );
    assert_eq!(
        (r.date, r.issuer.as_str()),
        (Some(d(2022, 1, 10)), "Chính phủ")
    );
    assert_eq!(
        r.summary,
        "đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước"
    );
    assert_eq!(found[0].confidence, Confidence::Sure);
    let span = found[0].spans[0];
    assert_eq!(&text[span.start..span.end], "Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước");
}

#[test]
fn dates_are_read_in_every_written_form() {
    for (text, day) in [
        (
            "Căn cứ Quyết định số 12/QĐ-UBND ngày 10/1/2022 của UBND tỉnh;",
            d(2022, 1, 10),
        ),
        (
            "Căn cứ Quyết định số 12/QĐ-UBND ngày 10-1-2022 của UBND tỉnh;",
            d(2022, 1, 10),
        ),
        (
            "Căn cứ Quyết định số 12/QĐ-UBND ngày 12 tháng 9 năm 2017 của UBND tỉnh;",
            d(2017, 9, 12),
        ),
        (
            "Thực hiện Thông báo số 45/TB-UBND, ngày 05/4/2022 của UBND tỉnh,",
            d(2022, 4, 5),
        ),
        (
            "Thực hiện Thông báo số 45/TB-UBND, ngày 05/4/2022, của UBND tỉnh,",
            d(2022, 4, 5),
        ),
        (
            "Theo Kế hoạch số: 511 /KH-UBND ngày 31/7/2023 của UBND tỉnh.",
            d(2023, 7, 31),
        ),
        (
            "Theo Kế hoạch số 511/ KH-UBND ngày 31/7/2023.",
            d(2023, 7, 31),
        ),
    ] {
        let r = one(text);
        assert_eq!(r.date, Some(day), "{text}");
        assert_eq!(r.short_code().replace(' ', ""), r.short_code(), "{text}");
        assert_eq!(r.issuer.is_empty(), !text.contains("của"), "{text}: {r:?}");
    }
    assert_eq!(
        one("Theo Kế hoạch số: 511 /KH-UBND ngày 31/7/2023").short_code(),
        "511/KH-UBND"
    );
}

#[test]
fn a_year_inside_the_number_and_party_symbols_are_kept_as_legal_ref_keeps_them() {
    let r = one("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa;");
    assert_eq!(
        (r.number.as_str(), r.symbol.as_str(), r.dash),
        ("61", "2018/NĐ-CP", false)
    );
    assert_eq!(r.summary, "thực hiện cơ chế một cửa");
    assert_eq!(LegalRef::parse(&r.to_string()).as_ref(), Ok(&r));
    for (text, kind, symbol) in [
        (
            "quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương",
            "Nghị quyết",
            "NQ/TW",
        ),
        (
            "theo tinh thần Chỉ thị 04-CT/TU ngày 8-1-2021 của Ban Thường vụ Thành ủy",
            "Chỉ thị",
            "CT/TU",
        ),
        (
            "sơ kết Chương trình hành động số 26-CTr/TU của Tỉnh ủy",
            "Chương trình hành động",
            "CTr/TU",
        ),
    ] {
        let r = one(text);
        assert_eq!(
            (r.doc_type.as_str(), r.symbol.as_str(), r.dash),
            (kind, symbol, true),
            "{text}"
        );
    }
    let r = one("Căn cứ Luật số 47/2019/QH14 của Quốc hội;");
    assert_eq!(
        (r.doc_type.as_str(), r.number.as_str(), r.symbol.as_str()),
        ("Luật", "47", "2019/QH14")
    );
}

#[test]
fn symbols_without_a_kind_word_are_references_too() {
    let r = one("Sở Nội vụ đã có ý kiến theo Văn bản 123/UBND-NC.");
    assert_eq!(
        (r.doc_type.as_str(), r.short_code()),
        ("Văn bản", "123/UBND-NC".to_owned())
    );
    let found = find("Triển khai 511/KH-UBND đúng tiến độ.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].reference.doc_type, "Kế hoạch");
    assert_eq!(found[0].confidence, Confidence::Sure);
    let found = find("như đã nêu tại 123/UBND-NC của Văn phòng");
    assert_eq!(found[0].reference.doc_type, "");
    assert_eq!(found[0].confidence, Confidence::Likely);
}

#[test]
fn the_issuer_named_before_a_bracketed_citation_is_its_issuer() {
    let text = "Theo đề nghị của Bộ Tài chính (Công văn số 13436/BTC-TCDN ngày 05/12/2022), Thủ tướng Chính phủ đồng ý.";
    let r = one(text);
    assert_eq!(
        (r.doc_type.as_str(), r.short_code()),
        ("Công văn", "13436/BTC-TCDN".to_owned())
    );
    assert_eq!(
        (r.date, r.issuer.as_str()),
        (Some(d(2022, 12, 5)), "Bộ Tài chính")
    );
    let r =
        one("Theo ý kiến của Bộ Nội vụ tại Văn bản số 5123/BNV-TCBC ngày 10/10/2023 về biên chế");
    assert_eq!(
        (r.issuer.as_str(), r.summary.as_str()),
        ("Bộ Nội vụ", "biên chế")
    );
}

#[test]
fn several_documents_under_one_prefix_are_each_a_reference() {
    let text = "Căn cứ các Quyết định số 1012/QĐ-TTg, 1013/QĐ-TTg và 1015/QĐ-TTg ngày 20/8/2021 của Thủ tướng Chính phủ;";
    let found = find(text);
    assert_eq!(found.len(), 3, "{found:#?}");
    for (r, n) in found.iter().zip(["1012", "1013", "1015"]) {
        let r = &r.reference;
        assert_eq!(
            (r.doc_type.as_str(), r.number.as_str(), r.symbol.as_str()),
            ("Quyết định", n, "QĐ-TTg")
        );
        assert_eq!(
            (r.date, r.issuer.as_str()),
            (Some(d(2021, 8, 20)), "Thủ tướng Chính phủ")
        );
    }
    let text = "Căn cứ các Quyết định số 101/QĐ-UBND ngày 05/01/2023; 205/QĐ-UBND ngày 20/02/2023; 310/QĐ-UBND ngày 15/3/2023 của UBND tỉnh;";
    let found = find(text);
    assert_eq!(found.len(), 3, "{found:#?}");
    let dates: Vec<_> = found.iter().map(|r| r.reference.date).collect();
    assert_eq!(
        dates,
        [
            Some(d(2023, 1, 5)),
            Some(d(2023, 2, 20)),
            Some(d(2023, 3, 15))
        ]
    );
    assert!(found.iter().all(|r| r.reference.issuer == "UBND tỉnh"));
    let kinds: Vec<String> = find("theo Nghị quyết số 1/NQ-CP và Quyết định số 2/QĐ-TTg, 3/QĐ-TTg")
        .into_iter()
        .map(|r| r.reference.doc_type)
        .collect();
    assert_eq!(kinds, ["Nghị quyết", "Quyết định", "Quyết định"]);
    let text = "sơ kết Chương trình hành động số 26-CTr/TU, ngày 8/3/2018 và Chương trình hành động số 30-CTr/TU, ngày 22/5/2018 của Ban Thường vụ Tỉnh ủy về sắp xếp bộ máy";
    let found = find(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].reference.date, Some(d(2018, 3, 8)));
    assert_eq!(found[0].reference.issuer, "Ban Thường vụ Tỉnh ủy");
    assert_eq!(found[1].reference.summary, "sắp xếp bộ máy");
}

#[test]
fn an_issuer_ends_at_the_verb_after_it_and_a_decrees_verb_opens_its_summary() {
    let r = one("Thực hiện Công văn số 2345/VPCP-TCCV ngày 12/5/2022 của Văn phòng Chính phủ truyền đạt ý kiến của Thủ tướng Chính phủ về rà soát quy chế, Chủ tịch UBND tỉnh có ý kiến:");
    assert_eq!(r.issuer, "Văn phòng Chính phủ");
    assert_eq!(r.summary, "");
    let r = one("Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc UBND tỉnh;");
    assert_eq!(r.issuer, "Chính phủ");
    assert_eq!(
        r.summary,
        "quy định tổ chức các cơ quan chuyên môn thuộc UBND tỉnh"
    );
    let r = one("Căn cứ Quyết định số 88/QĐ-UBND ngày 10/01/2023 của Ủy ban nhân dân tỉnh ban hành Quy chế làm việc;");
    assert_eq!(
        (r.issuer.as_str(), r.summary.as_str()),
        ("Ủy ban nhân dân tỉnh", "ban hành Quy chế làm việc")
    );
    for issuer in [
        "Ban cán sự đảng UBND tỉnh",
        "Ban Chấp hành Trung ương Đảng khóa XII",
        "Sở Kế hoạch và Đầu tư",
        "Giám đốc Sở Nội vụ",
        "UBND các huyện",
    ] {
        let r = one(&format!(
            "theo Kế hoạch số 7/KH-UBND của {issuer} về chuyển đổi số"
        ));
        assert_eq!(r.issuer, issuer);
    }
}

#[test]
fn a_bracket_after_a_summary_is_no_part_of_it() {
    let found = find("Triển khai Kế hoạch số 89/KH-UBND ngày 20/4/2022 của UBND tỉnh về cải cách hành chính năm 2022 (sau đây gọi là Kế hoạch 89), các sở báo cáo.");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].reference.summary, "cải cách hành chính năm 2022");
    assert_eq!(
        found[0].spans.len(),
        2,
        "the short form names the same plan"
    );
    let r = one("theo Luật Ban hành văn bản quy phạm pháp luật năm 2015;");
    assert_eq!(r.name, "Ban hành văn bản quy phạm pháp luật năm 2015");
}
