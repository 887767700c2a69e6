//! References read from what officials type, shown back, and warned about.

use super::*;
use crate::fixtures::d;

#[test]
fn the_glossarys_references_are_read_into_their_parts() {
    let r = LegalRef::parse("Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh").unwrap();
    assert_eq!(
        (r.doc_type.as_str(), r.number.as_str(), r.symbol.as_str()),
        ("Kế hoạch", "511", "KH-UBND")
    );
    assert_eq!(
        (r.date, r.issuer.as_str()),
        (Some(d(2023, 7, 31)), "UBND tỉnh")
    );
    let r = LegalRef::parse("Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ").unwrap();
    assert_eq!((r.number.as_str(), r.issuer.as_str()), ("04", "Chính phủ"));
    let r = LegalRef::parse("Chương trình hành động số 26-CTr/TU").unwrap();
    assert_eq!(
        (r.doc_type.as_str(), r.symbol.as_str(), r.dash),
        ("Chương trình hành động", "CTr/TU", true)
    );
    let r = LegalRef::parse("Nghị quyết 18").unwrap();
    assert_eq!((r.number.as_str(), r.symbol.as_str()), ("18", ""));
}

#[test]
fn references_are_shown_back_in_the_standard_form() {
    let cases = [
        (
            "Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh",
            "Kế hoạch số 511/KH-UBND ngày 31/07/2023 của UBND tỉnh",
        ),
        (
            "Thông báo số 311/TB-VPCP ngày 16/11/2021",
            "Thông báo số 311/TB-VPCP ngày 16/11/2021",
        ),
        (
            "Chỉ thị số 23/CT-TTg ngày 02/9/2021",
            "Chỉ thị số 23/CT-TTg ngày 02/09/2021",
        ),
        (
            "Chương trình hành động số 26-CTr/TU",
            "Chương trình hành động số 26-CTr/TU",
        ),
        ("Nghị quyết 18", "Nghị quyết 18"),
        (
            "ke hoach so 511/KH-UBND ngay 31/7/2023 cua UBND tỉnh",
            "Kế hoạch số 511/KH-UBND ngày 31/07/2023 của UBND tỉnh",
        ),
        (
            "2866/QĐ-UBND ngày 14/10/2021",
            "Quyết định số 2866/QĐ-UBND ngày 14/10/2021",
        ),
    ];
    for (typed, shown) in cases {
        let r = LegalRef::parse(typed).unwrap();
        assert_eq!(r.to_string(), shown);
        assert_eq!(LegalRef::parse(&r.to_string()), Ok(r), "{typed}");
    }
}

#[test]
fn a_title_an_impossible_date_or_a_pasted_page_is_refused() {
    assert_eq!(LegalRef::parse("  "), Err(RefError::Empty));
    assert_eq!(LegalRef::parse("Kế hoạch"), Err(RefError::NoNumber));
    assert_eq!(LegalRef::parse("Nghị quyết số ;"), Err(RefError::NoNumber));
    assert!(matches!(
        LegalRef::parse("Quyết định số 2866/QĐ-UBND ngày 31/02/2021"),
        Err(RefError::Date(DayError::Impossible { .. }))
    ));
    assert_eq!(LegalRef::parse(&"a".repeat(10_000)), Err(RefError::TooLong));
}

#[test]
fn odd_input_never_panics() {
    let decomposed = "Ke\u{0302}\u{0301} hoa\u{0323}ch so\u{0302}\u{0301} 511/KH-UBND";
    assert_eq!(LegalRef::parse(decomposed).unwrap().doc_type, "Kế hoạch");
    for text in [
        "số",
        "/",
        "số /",
        "ngày",
        "của",
        "💥 511/KH",
        "511",
        "-5/",
        "ngày ngày của của 1",
    ] {
        let _ = LegalRef::parse(text);
    }
}

#[test]
fn documents_cited_without_a_number_are_kept_by_their_name() {
    let r = LegalRef::parse("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII").unwrap();
    assert_eq!(r.doc_type, "Nghị quyết");
    assert_eq!(
        (r.number.as_str(), r.name.as_str()),
        ("", "Đại hội Đảng bộ tỉnh lần thứ XVII")
    );
    let r = LegalRef::parse("Nghị quyết Đại hội XIII của Đảng").unwrap();
    assert_eq!(
        (r.name.as_str(), r.issuer.as_str()),
        ("Đại hội XIII", "Đảng")
    );
    let r = LegalRef::parse("Kế hoạch 45 của Ban cán sự Đảng").unwrap();
    assert_eq!(
        (r.number.as_str(), r.issuer.as_str()),
        ("45", "Ban cán sự Đảng")
    );
    let r = LegalRef::parse("Đề án phân cấp, ủy quyền").unwrap();
    assert_eq!(
        (r.doc_type.as_str(), r.name.as_str()),
        ("Đề án", "phân cấp, ủy quyền")
    );
    // A span of years is not a number.
    let r = LegalRef::parse("Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025").unwrap();
    assert_eq!(
        (r.number.as_str(), r.name.as_str()),
        ("", "Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025")
    );
    for typed in [
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII",
        "Nghị quyết Đại hội XIII của Đảng",
        "Kế hoạch 45 của Ban cán sự Đảng",
        "Đề án phân cấp, ủy quyền",
        "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025",
    ] {
        let r = LegalRef::parse(typed).unwrap();
        assert_eq!(r.to_string(), typed);
        assert_eq!(LegalRef::parse(&r.to_string()), Ok(r));
    }
}

#[test]
fn the_summary_after_ve_is_its_own_field_never_the_issuer() {
    let typed = "Thực hiện Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền;";
    let r = LegalRef::parse(typed).unwrap();
    assert_eq!(
        (r.doc_type.as_str(), r.short_code()),
        ("Nghị quyết", "04/NQ-CP".to_owned())
    );
    assert_eq!(r.issuer, "Chính phủ");
    assert_eq!(r.summary, "đẩy mạnh phân cấp, phân quyền");
    assert_eq!(r.date, Some(d(2022, 1, 10)));
    assert_eq!(
        r.to_string(),
        "Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền"
    );
    let r = LegalRef::parse("Đề án về phân cấp, ủy quyền").unwrap();
    assert_eq!(
        (r.doc_type.as_str(), r.summary.as_str()),
        ("Đề án", "phân cấp, ủy quyền")
    );
    assert_eq!(r.to_string(), "Đề án về phân cấp, ủy quyền");
}

#[test]
fn a_symbol_that_does_not_fit_its_kind_is_kept_and_warned_about() {
    let r = LegalRef::parse("Kế hoạch số 511/KKH-UBND ngày 31/7/2023").unwrap();
    assert_eq!(r.symbol, "KKH-UBND", "kept as typed");
    assert_eq!(
        r.warning(),
        Some(RefWarning::OddSymbol {
            symbol: "KKH-UBND".into(),
            meant: Some("KH-UBND".into())
        })
    );
    let r = LegalRef::parse("511/KKH-UBND").unwrap();
    assert_eq!(r.to_string(), "511/KKH-UBND");
    assert!(
        matches!(r.warning(), Some(RefWarning::OddSymbol { meant: Some(m), .. }) if m == "KH-UBND")
    );
    for fine in [
        "Kế hoạch số 511/KH-UBND",
        "Nghị định số 61/2018/NĐ-CP",
        "Thông tư số 01/2023/TT-BNV",
        "Chương trình hành động số 26-CTr/TU",
        "Công văn số 123/UBND-NC",
        "Kết luận số 14-KL/TW",
        "Nghị quyết 18",
        "Đề án phân cấp, ủy quyền",
    ] {
        assert_eq!(LegalRef::parse(fine).unwrap().warning(), None, "{fine}");
    }
}
