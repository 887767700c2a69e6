//! Any text is read without a panic, and a long one in time that grows with its length.

use super::super::*;
use proptest::prelude::*;

/// Pieces that reach every branch of the reader when strung together at random.
const PIECES: &[&str] = &[
    "Nghị quyết",
    "số",
    "số:",
    "04/NQ-CP",
    "61/2018/NĐ-CP",
    "18-NQ/TW",
    "511",
    "/KH-UBND",
    "/",
    "511/",
    "ngày",
    "10/01/2022",
    "12",
    "tháng",
    "9",
    "năm",
    "2017",
    "của",
    "về",
    "việc",
    "Chính phủ",
    "và",
    ",",
    ";",
    ".",
    "(",
    ")",
    "“",
    "”",
    "Đại hội",
    "XIII",
    "Luật",
    "Tổ chức",
    "Kế hoạch",
    "45",
    "các",
    "tại",
    "Văn bản",
    "123/UBND-NC",
    "\n",
    "\t",
    "Số:",
    "đ",
    "💥",
    "ngày 31/02/2021",
    "0/",
    "-",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|p| p.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases()))]

    #[test]
    fn any_text_is_read_without_a_panic(text in any::<String>()) {
        for r in find(&text) {
            for s in r.spans {
                prop_assert!(s.start <= s.end && s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }

    #[test]
    fn citation_like_text_is_read_without_a_panic(text in pieces()) {
        for r in find(&text) {
            prop_assert!(!r.spans.is_empty());
            for s in r.spans {
                prop_assert!(s.start <= s.end && s.end <= text.len());
            }
        }
    }
}

#[test]
fn a_long_text_of_repeated_citations_is_read_once_per_document() {
    let sentence = "Thực hiện các Quyết định số 1012/QĐ-TTg, 1013/QĐ-TTg và 1015/QĐ-TTg ngày 20/8/2021 của Thủ tướng Chính phủ về phân cấp, giao Sở Nội vụ theo dõi Kế hoạch 45 của Ban cán sự Đảng.\n";
    let text = sentence.repeat(200_000 / sentence.len() + 1);
    let found = find(&text);
    assert_eq!(found.len(), 4);
    let lines = text.lines().count();
    assert!(found.iter().all(|r| r.spans.len() == lines));
    // One paragraph of 200 KB: a look-ahead that is not bounded would take quadratic time here.
    let found = find(&text.replace('\n', " "));
    assert_eq!(found.len(), 4);
}
