//! The reader as a whole: any text at all is read without a panic, in time linear in its length.

use super::*;
use proptest::prelude::*;

#[test]
fn reading_empty_text_gives_no_drafts() {
    let drafts = read("", &Context::default());
    assert!(drafts.tasks.is_empty() && drafts.references.is_empty());
}

/// Pieces documents are made of, so that random texts reach every step of the reader.
const PIECES: &[&str] = &[
    "THÔNG BÁO",
    "KẾ HOẠCH",
    "Số: 45/TB-UBND",
    "Vĩnh Phúc, ngày 05 tháng 4 năm 2022",
    "Kính gửi:",
    "Nơi nhận:",
    "- Sở Nội vụ;",
    "KT. CHỦ TỊCH",
    "Nguyễn Văn An",
    "I. NHIỆM VỤ",
    "1.",
    "a)",
    "-",
    "+",
    "Giao",
    "Sở Nội vụ",
    "chủ trì",
    ", phối hợp với",
    "các Sở: Tài chính, Tư pháp",
    "đề nghị",
    "UBND các huyện, thành phố",
    "trước ngày 15/4",
    "quý II/2024",
    "hằng năm",
    "Chiều 31/3,",
    "chủ trì hội nghị",
    "Cùng dự có",
    "báo cáo 6 nội dung, bao gồm:",
    ";",
    ".",
    ":",
    "\t",
    "\n",
    "STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành",
    "07/11 nhiệm vụ",
    "giảm 81 phòng, ban",
    "100%",
    "Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ",
    "kết luận như sau:",
    "Đồng thời,",
    "(",
    ")",
    "“",
    "đ",
    "Đ",
    "\u{301}",
    "é",
    " ",
    "  ",
];

fn documents() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<String>(),
    ];
    proptest::collection::vec(piece, 0..80).prop_map(|p| p.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases()))]

    #[test]
    fn any_text_is_read_without_a_panic(text in documents()) {
        let drafts = read(&text, &Context::default());
        let chars = drafts.text.chars().count();
        for t in &drafts.tasks {
            prop_assert!(t.span.start <= t.span.end && t.span.end <= chars);
        }
        for r in &drafts.references {
            for s in &r.spans {
                prop_assert!(s.start <= s.end && s.end <= chars);
            }
        }
    }

    #[test]
    fn arbitrary_unicode_is_read_without_a_panic(text in any::<String>()) {
        read(&text, &Context::default());
    }
}
