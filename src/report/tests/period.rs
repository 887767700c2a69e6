//! The reporting periods, and which tasks each counts.

use super::{today, workspace};
use crate::fixtures::{d, record_id as id};
use crate::report::*;
#[test]
fn periods_are_named_bounded_and_offered_as_officials_report_them() {
    let q3 = Period::Quarter(3, 2026);
    assert_eq!(q3.label(), "quý III năm 2026");
    assert_eq!(
        (q3.start(), q3.end()),
        (Some(d(2026, 7, 1)), Some(d(2026, 9, 30)))
    );
    assert_eq!(Period::FirstHalf(2026).label(), "6 tháng đầu năm 2026");
    assert_eq!(Period::NineMonths(2026).end(), Some(d(2026, 9, 30)));
    assert_eq!(Period::Year(2026).label(), "năm 2026");
    assert_eq!(Period::Year(2026).end(), Some(d(2026, 12, 31)));
    for p in Period::choices(today()) {
        assert_eq!(Period::from_code(&p.code()), Some(p));
    }
    assert_eq!(Period::from_code("q5-2026"), None);
    assert_eq!(Period::from_code("y-abc"), None);
    let choices = Period::choices(d(2026, 6, 10));
    assert_eq!(
        &choices[..3],
        [
            Period::FirstHalf(2026),
            Period::Quarter(2, 2026),
            Period::Quarter(1, 2026)
        ]
    );
    assert_eq!(choices[3], Period::Year(2025));
    assert_eq!(choices.len(), 10);
}

fn counts(line: &SummaryLine) -> [usize; 7] {
    line.counts()
}

#[test]
fn a_period_counts_what_fell_due_was_done_or_stayed_overdue_in_it() {
    let ws = workspace();
    let q4 = Summary::of(&ws, Period::Quarter(4, 2026), "UBND tỉnh", today());
    assert_eq!(q4.day, today());
    assert_eq!(counts(&q4.total), [4, 0, 0, 1, 2, 1, 0]);
    let names: Vec<&str> = q4.lines.iter().map(|l| l.agency.as_str()).collect();
    assert_eq!(
        names,
        ["Sở Nội vụ", "Sở Tư pháp", "Chưa giao cơ quan chủ trì"]
    );
    assert_eq!(q4.total.done_text(), "00/04 nhiệm vụ đã hoàn thành");
    let year = Summary::of(&ws, Period::Year(2026), "UBND tỉnh", today());
    assert_eq!(counts(&year.total), [6, 1, 1, 1, 2, 1, 0]);
    assert_eq!(year.total.done_text(), "02/06 nhiệm vụ đã hoàn thành");
    assert_eq!(year.total.done_share(), "33%");
    // Judged on 30/6: the task done on 10/7 was still in progress, due that very day.
    let half = Summary::of(&ws, Period::FirstHalf(2026), "UBND tỉnh", today());
    assert_eq!(half.day, d(2026, 6, 30));
    assert_eq!(counts(&half.total), [3, 1, 0, 0, 2, 0, 0]);
    assert_eq!(half.tasks, [id(10), id(11), id(13)]);
    assert!(half
        .figures_text()
        .starts_with("Đã hoàn thành 01/03 nhiệm vụ"));
    let details = half.details(&ws);
    assert_eq!(details.day, d(2026, 6, 30));
    let late = details
        .rows()
        .find(|r| r.title.starts_with("Rà soát"))
        .unwrap();
    assert_eq!(
        (late.standing.as_str(), late.done_on),
        ("Đến hạn hôm nay", None)
    );
}

#[test]
fn a_recurring_duty_reported_in_the_period_is_done_for_it() {
    let mut ws = workspace();
    // The quarterly report, done on 28/9: its next occurrence (30/9) is two days after, which
    // the dashboard shows as due again soon; the quarter's report counts it done on time.
    let at = crate::domain::Timestamp(20);
    ws.set_task_done(&id(13), Some(d(2026, 9, 28)), at).unwrap();
    let q3 = Summary::of(&ws, Period::Quarter(3, 2026), "UBND tỉnh", today());
    assert_eq!(q3.day, d(2026, 9, 30));
    let line = q3.lines.iter().find(|l| l.agency == "Sở Nội vụ").unwrap();
    assert_eq!(line.done_on_time, 1, "{line:?}");
    assert_eq!(line.not_started, 0, "{line:?}");
}
