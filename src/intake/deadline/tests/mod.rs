//! Deadlines read from clauses written in the style of notices, letters and plans; any text
//! read without a panic in `props`.

mod cell;
// Property tests need proptest, a native dev-dependency.
#[cfg(not(target_arch = "wasm32"))]
mod props;

use super::*;
use crate::fixtures::d;

/// The document's date of these tests: a notice of 5 April 2022.
pub(super) fn notice() -> Option<NaiveDate> {
    Some(d(2022, 4, 5))
}

pub(super) fn read(clause: &str) -> Option<Deadline> {
    find(clause, 0, notice()).map(|s| s.deadline)
}

pub(super) fn by(y: i32, m: u32, day: u32) -> Option<Deadline> {
    Some(Deadline::By { day: d(y, m, day) })
}

pub(super) fn every(every: Every, first: Option<NaiveDate>) -> Option<Deadline> {
    Some(Deadline::Recurring {
        every,
        first,
        years: None,
    })
}

#[test]
fn a_day_after_a_cue_is_the_deadline() {
    let clause = "Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh ban hành Quyết định quy định phân cấp trước ngày 15/4.";
    let said = find(clause, 100, notice()).unwrap();
    assert_eq!(said.deadline, by(2022, 4, 15).unwrap());
    assert_eq!(
        &clause[said.span.start - 100..said.span.end - 100],
        "trước ngày 15/4"
    );
    assert!(!said.on_request);
    for (clause, deadline) in [
        (
            "Sở Tư pháp thẩm định, trình UBND tỉnh trước ngày 30 tháng 11 năm 2017.",
            by(2017, 11, 30),
        ),
        (
            "Các sở gửi báo cáo về Sở Nội vụ trước 30/6.",
            by(2022, 6, 30),
        ),
        ("Báo cáo kết quả chậm nhất ngày 20/5/2022.", by(2022, 5, 20)),
        ("Hoàn thiện dự thảo, xong trước 15/4", by(2022, 4, 15)),
        ("Thời hạn: 10-5-2022.", by(2022, 5, 10)),
        ("gửi Sở Nội vụ chậm nhất là ngày 20/5", by(2022, 5, 20)),
        ("nhận hồ sơ đến hết ngày 30/6/2022", by(2022, 6, 30)),
        ("Hạn: 30/6", by(2022, 6, 30)),
        ("trình UBND tỉnh trước ngày 15 tháng 4", by(2022, 4, 15)),
        // An earlier month than the notice's is next year's.
        ("hoàn thành trước ngày 31/3", by(2023, 3, 31)),
    ] {
        assert_eq!(read(clause), deadline, "{clause}");
    }
}

#[test]
fn a_month_a_quarter_or_a_year_is_a_period_deadline() {
    for (clause, deadline) in [
        (
            "Sở Nội vụ hoàn thành trong tháng 6/2022.",
            Deadline::Month {
                year: 2022,
                month: 6,
            },
        ),
        (
            "trình HĐND tỉnh trong tháng 6",
            Deadline::Month {
                year: 2022,
                month: 6,
            },
        ),
        (
            "trình HĐND tỉnh trong tháng 6 năm 2023",
            Deadline::Month {
                year: 2023,
                month: 6,
            },
        ),
        (
            "hoàn thành trong quý II/2024",
            Deadline::Quarter {
                year: 2024,
                quarter: 2,
            },
        ),
        (
            "hoàn thành trong quý II năm 2024",
            Deadline::Quarter {
                year: 2024,
                quarter: 2,
            },
        ),
        (
            "Thời gian hoàn thành: Quý 2/2024",
            Deadline::Quarter {
                year: 2024,
                quarter: 2,
            },
        ),
        (
            "xong trong quý IV",
            Deadline::Quarter {
                year: 2022,
                quarter: 4,
            },
        ),
        ("hoàn thành trong năm 2025", Deadline::Year { year: 2025 }),
        (
            "hoàn thành trong năm 2025 và báo cáo UBND tỉnh",
            Deadline::Year { year: 2025 },
        ),
        (
            "hoàn thành trước cuối năm 2023",
            Deadline::Year { year: 2023 },
        ),
    ] {
        assert_eq!(read(clause), Some(deadline), "{clause}");
    }
}

#[test]
fn a_recurring_duty_is_its_own_cue() {
    for (clause, deadline) in [
        (
            "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh định kỳ hằng năm.",
            every(Every::Year, None),
        ),
        ("báo cáo hàng năm về kết quả", every(Every::Year, None)),
        ("báo cáo định kỳ 6 tháng", every(Every::HalfYear, None)),
        ("báo cáo 6 tháng và hằng năm", every(Every::HalfYear, None)),
        ("kiểm tra sáu tháng một lần", every(Every::HalfYear, None)),
        ("giao ban hằng quý", every(Every::Quarter, None)),
        ("giao ban hàng quý", every(Every::Quarter, None)),
        ("báo cáo định kì hàng quí", every(Every::Quarter, None)),
        ("cập nhật hằng tháng", every(Every::Month, None)),
        (
            "báo cáo trước ngày 15/12 hằng năm",
            every(Every::Year, Some(d(2022, 12, 15))),
        ),
        (
            "báo cáo trước ngày 20 hằng tháng",
            every(Every::Month, Some(d(2022, 4, 20))),
        ),
    ] {
        assert_eq!(read(clause), deadline, "{clause}");
    }
    let said = find(
        "định kỳ hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo UBND tỉnh",
        0,
        None,
    )
    .unwrap();
    assert_eq!(Some(said.deadline), every(Every::Year, None));
    assert!(said.on_request);
    let said = find("báo cáo đột xuất theo yêu cầu", 0, notice()).unwrap();
    assert_eq!((said.deadline, said.on_request), (Deadline::None, true));
}

#[test]
fn what_is_not_a_deadline_is_not_read_as_one() {
    for clause in [
        "thực hiện theo quy định",
        "kịp thời tham mưu, đề xuất",
        "khẩn trương triển khai",
        "Sở Nội vụ thường xuyên theo dõi",
        "Chương trình tổng thể giai đoạn 2021-2030",
        "Quyết định có hiệu lực kể từ ngày ký",
        "theo Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh",
        "sơ kết 6 tháng đầu năm 2022",
        "báo cáo 6 tháng đầu năm",
        "xây dựng kế hoạch năm 2022",
        "triển khai Kế hoạch CCHC năm 2022",
        "Hội nghị sơ kết quý I năm 2022",
        "trước khi trình HĐND tỉnh",
        "trong thời gian tới",
        "hoàn thành 07/11 nhiệm vụ",
        "phấn đấu đến hết năm 2025, 100% hồ sơ được số hóa",
        "tính đến hết ngày 31/3/2022, toàn tỉnh đã giảm 81 phòng",
        "còn 04/11 nhiệm vụ quá hạn 02/11 nhiệm vụ",
        "Trong năm 2020, Sở Nội vụ đã hoàn thành các nhiệm vụ được giao",
        "",
    ] {
        assert_eq!(find(clause, 0, notice()), None, "{clause}");
    }
    // A day without its year and no document date to take one from is not guessed.
    assert_eq!(find("trước ngày 15/4", 0, None), None);
    assert_eq!(find("trước ngày 31/2/2022", 0, notice()), None);
}

#[test]
fn the_first_deadline_said_is_the_one() {
    let clause = "hoàn thành trước ngày 15/4 để trình HĐND tỉnh thông qua trong tháng 7/2022";
    assert_eq!(read(clause), by(2022, 4, 15));
    let clause = "theo Kế hoạch số 12/KH-UBND ngày 01/3/2022, báo cáo trước ngày 30/4";
    assert_eq!(read(clause), by(2022, 4, 30));
}
