//! A task table's deadline cell, where the whole cell is the deadline.

use super::super::*;
use super::{by, every, notice};
use crate::fixtures::d;

#[test]
fn a_deadline_cell_needs_no_cue() {
    for (text, deadline) in [
        ("2025", Some(Deadline::Year { year: 2025 })),
        ("Năm 2025", Some(Deadline::Year { year: 2025 })),
        (
            "Quý II/2024",
            Some(Deadline::Quarter {
                year: 2024,
                quarter: 2,
            }),
        ),
        (
            "Tháng 6/2022",
            Some(Deadline::Month {
                year: 2022,
                month: 6,
            }),
        ),
        (
            "Quý II năm 2024",
            Some(Deadline::Quarter {
                year: 2024,
                quarter: 2,
            }),
        ),
        ("30/6/2022", by(2022, 6, 30)),
        ("Trước 30/6", by(2022, 6, 30)),
        ("Hằng năm", every(Every::Year, None)),
        ("6 tháng", every(Every::HalfYear, None)),
        (
            "Tháng 12 hằng năm",
            every(Every::Year, Some(d(2022, 12, 31))),
        ),
        ("Quý I hằng năm", every(Every::Year, Some(d(2022, 3, 31)))),
        ("Thường xuyên", None),
        ("Theo quy định", None),
        ("2021-2025", None),
    ] {
        assert_eq!(
            cell(text, 0, notice()).map(|s| s.deadline),
            deadline,
            "{text}"
        );
    }
    let said = cell("Quý II/2024", 40, None).unwrap();
    assert_eq!(said.span, 40..40 + "Quý II/2024".len());
}
