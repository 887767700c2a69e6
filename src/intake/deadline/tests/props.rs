//! Any clause is read without a panic, and a long one in time that grows with its length.

use super::super::*;
use super::{by, notice, read};
use crate::fixtures::d;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases()))]

    #[test]
    fn any_clause_is_read_without_a_panic(text in any::<String>(), cell_too in any::<bool>()) {
        let said = if cell_too { cell(&text, 7, notice()) } else { find(&text, 7, notice()) };
        if let Some(s) = said {
            prop_assert!(7 <= s.span.start && s.span.start <= s.span.end && s.span.end <= text.len() + 7);
        }
    }

    #[test]
    fn deadline_like_clauses_are_read_without_a_panic(
        words in prop::collection::vec(prop::sample::select(&[
            "trước", "ngày", "15/4", "31/2", "99/99", "tháng", "13", "6", "quý", "V", "II/2024", "năm",
            "2025", "99999", "hằng", "hàng", "định", "kỳ", "sáu", "tháng/lần", "một", "lần", "đột",
            "xuất", "hoàn", "thành", "trong", ",", ":", "cuối", "0/0/0", "(", ")",
        ][..]), 0..30),
        date in prop::option::of(Just(d(2022, 12, 31))),
    ) {
        let text = words.join(" ");
        let _ = find(&text, 0, date);
        let _ = cell(&text, 0, date);
    }
}

#[test]
fn a_long_clause_is_read_in_time_that_grows_with_its_length() {
    let clause =
        "giao Sở Nội vụ chủ trì, phối hợp thực hiện theo quy định, kịp thời báo cáo ".repeat(3_000);
    assert_eq!(find(&clause, 0, notice()), None);
    let clause = format!("{clause} trước ngày 15/4");
    assert_eq!(read(&clause), by(2022, 4, 15));
}
