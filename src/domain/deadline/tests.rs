//! The rules of deadlines and standing, day by day, and how both are stored.

use super::*;
use crate::fixtures::d;

fn by(day: NaiveDate) -> Deadline {
    Deadline::By { day }
}

const OPEN: TaskStatus = TaskStatus::NotStarted;

#[test]
fn due_today_is_due_soon_and_due_yesterday_is_overdue() {
    let today = d(2024, 4, 15);
    assert_eq!(
        standing(&by(today), &OPEN, today),
        Standing::DueSoon { days: 0 }
    );
    assert_eq!(
        standing(&by(d(2024, 4, 14)), &OPEN, today),
        Standing::Overdue { days: 1 }
    );
    let in_progress = TaskStatus::InProgress;
    assert_eq!(
        standing(&by(d(2024, 3, 15)), &in_progress, today),
        Standing::Overdue { days: 31 }
    );
}

#[test]
fn due_soon_means_within_the_next_seven_days() {
    let today = d(2024, 4, 15);
    assert_eq!(
        standing(&by(d(2024, 4, 21)), &OPEN, today),
        Standing::DueSoon { days: 6 }
    );
    assert_eq!(
        standing(&by(d(2024, 4, 22)), &OPEN, today),
        Standing::NotStarted
    );
    let in_progress = TaskStatus::InProgress;
    assert_eq!(
        standing(&Deadline::None, &in_progress, today),
        Standing::InProgress
    );
}

#[test]
fn february_ends_on_the_29th_in_leap_years() {
    assert_eq!(
        Deadline::Month {
            year: 2024,
            month: 2
        }
        .due_day(),
        Some(d(2024, 2, 29))
    );
    assert_eq!(
        Deadline::Month {
            year: 2023,
            month: 2
        }
        .due_day(),
        Some(d(2023, 2, 28))
    );
    let done_next_day = TaskStatus::Done { on: d(2024, 3, 1) };
    assert_eq!(
        standing(&by(d(2024, 2, 29)), &done_next_day, d(2024, 3, 5)),
        Standing::DoneLate { days: 1 }
    );
}

#[test]
fn quarters_and_years_end_on_their_last_day() {
    let quarter = |q| {
        Deadline::Quarter {
            year: 2024,
            quarter: q,
        }
        .due_day()
    };
    assert_eq!(
        [quarter(1), quarter(2), quarter(3), quarter(4)],
        [
            Some(d(2024, 3, 31)),
            Some(d(2024, 6, 30)),
            Some(d(2024, 9, 30)),
            Some(d(2024, 12, 31)),
        ]
    );
    assert_eq!(
        Deadline::Year { year: 2025 }.due_day(),
        Some(d(2025, 12, 31))
    );
    // "quý II/2024" is due soon in its last week, overdue from 1 July.
    let q2 = Deadline::Quarter {
        year: 2024,
        quarter: 2,
    };
    assert_eq!(
        standing(&q2, &OPEN, d(2024, 6, 28)),
        Standing::DueSoon { days: 2 }
    );
    assert_eq!(
        standing(&q2, &OPEN, d(2024, 7, 1)),
        Standing::Overdue { days: 1 }
    );
}

#[test]
fn done_on_the_deadline_is_on_time_and_a_day_after_is_late() {
    let deadline = by(d(2024, 4, 15));
    let today = d(2024, 5, 1);
    let on = |day| TaskStatus::Done { on: day };
    assert_eq!(
        standing(&deadline, &on(d(2024, 4, 15)), today),
        Standing::DoneOnTime
    );
    assert_eq!(
        standing(&deadline, &on(d(2024, 4, 16)), today),
        Standing::DoneLate { days: 1 }
    );
    assert_eq!(
        standing(&Deadline::None, &on(d(2024, 4, 16)), today),
        Standing::DoneOnTime
    );
}

#[test]
fn a_paused_task_is_neither_late_nor_due() {
    let today = d(2024, 5, 1);
    assert_eq!(
        standing(&by(d(2024, 1, 1)), &TaskStatus::Paused, today),
        Standing::Paused
    );
    assert_eq!(
        by(d(2024, 1, 1)).current_due(&TaskStatus::Paused, today),
        None
    );
}

#[test]
fn a_monthly_duty_from_the_31st_falls_on_each_months_last_day() {
    let monthly = Deadline::Recurring {
        every: Every::Month,
        first: Some(d(2024, 1, 31)),
        years: None,
    };
    let next = |day| monthly.occurrence_on_or_after(day).unwrap();
    assert_eq!(next(d(2024, 1, 1)), d(2024, 1, 31));
    assert_eq!(next(d(2024, 2, 1)), d(2024, 2, 29));
    assert_eq!(next(d(2024, 3, 1)), d(2024, 3, 31));
    assert_eq!(next(d(2024, 4, 1)), d(2024, 4, 30));
}

#[test]
fn reporting_a_recurring_duty_rolls_it_over_to_the_next_period() {
    let monthly = Deadline::Recurring {
        every: Every::Month,
        first: Some(d(2024, 1, 31)),
        years: None,
    };
    let done = TaskStatus::Done { on: d(2024, 2, 5) };
    assert_eq!(
        monthly.current_due(&done, d(2024, 2, 10)),
        Some(d(2024, 2, 29))
    );
    assert_eq!(
        standing(&monthly, &done, d(2024, 2, 10)),
        Standing::DoneOnTime
    );
    assert_eq!(
        standing(&monthly, &done, d(2024, 2, 25)),
        Standing::DueSoon { days: 4 }
    );
    assert_eq!(
        standing(&monthly, &done, d(2024, 3, 1)),
        Standing::Overdue { days: 1 }
    );
    // Never reported: due at the next occurrence, never overdue before it.
    assert_eq!(
        standing(&monthly, &OPEN, d(2024, 3, 1)),
        Standing::NotStarted
    );
}

#[test]
fn quarterly_half_yearly_and_yearly_duties_step_from_their_first_day() {
    let every = |every, first| Deadline::Recurring {
        every,
        first: Some(first),
        years: None,
    };
    let quarterly = every(Every::Quarter, d(2024, 3, 31));
    assert_eq!(
        quarterly.occurrence_on_or_after(d(2024, 4, 1)),
        Some(d(2024, 6, 30))
    );
    let half = every(Every::HalfYear, d(2024, 6, 30));
    assert_eq!(
        half.occurrence_on_or_after(d(2024, 7, 1)),
        Some(d(2024, 12, 30))
    );
    let yearly = every(Every::Year, d(2024, 2, 29));
    let next = |day| yearly.occurrence_on_or_after(day).unwrap();
    assert_eq!(next(d(2024, 3, 1)), d(2025, 2, 28));
    assert_eq!(next(d(2025, 3, 1)), d(2026, 2, 28));
    assert_eq!(next(d(2027, 3, 1)), d(2028, 2, 29));
}

#[test]
fn occurrences_a_century_later_are_found_at_once() {
    let monthly = Deadline::Recurring {
        every: Every::Month,
        first: Some(d(2000, 1, 15)),
        years: None,
    };
    assert_eq!(
        monthly.occurrence_on_or_after(d(2100, 6, 20)),
        Some(d(2100, 7, 15))
    );
}

#[test]
fn impossible_stored_periods_have_no_due_day_and_do_not_panic() {
    let bad = [
        Deadline::Month {
            year: 2024,
            month: 13,
        },
        Deadline::Month {
            year: 2024,
            month: 0,
        },
        Deadline::Quarter {
            year: 2024,
            quarter: 5,
        },
        Deadline::Quarter {
            year: 2024,
            quarter: 0,
        },
        Deadline::Year { year: 99_999 },
    ];
    for deadline in bad {
        assert_eq!(deadline.due_day(), None, "{deadline:?}");
        assert!(deadline.validate().is_err(), "{deadline:?}");
        assert_eq!(
            standing(&deadline, &OPEN, d(2024, 1, 1)),
            Standing::NotStarted
        );
    }
}

#[test]
fn deadlines_are_stored_as_tagged_objects() {
    let cases = [
        (Deadline::None, r#"{"kind":"none"}"#),
        (by(d(2024, 4, 15)), r#"{"kind":"by","day":"2024-04-15"}"#),
        (
            Deadline::Quarter {
                year: 2024,
                quarter: 2,
            },
            r#"{"kind":"quarter","year":2024,"quarter":2}"#,
        ),
        (
            Deadline::Recurring {
                every: Every::HalfYear,
                first: Some(d(2024, 6, 30)),
                years: None,
            },
            r#"{"kind":"recurring","every":"half_year","first":"2024-06-30"}"#,
        ),
    ];
    for (deadline, json) in cases {
        assert_eq!(serde_json::to_string(&deadline).unwrap(), json);
        assert_eq!(serde_json::from_str::<Deadline>(json).unwrap(), deadline);
    }
}

#[test]
fn status_is_stored_as_a_tagged_object() {
    let on = NaiveDate::from_ymd_opt(2024, 4, 15).unwrap();
    let text = serde_json::to_string(&TaskStatus::Done { on }).unwrap();
    assert_eq!(text, r#"{"state":"done","on":"2024-04-15"}"#);
    assert_eq!(
        serde_json::from_str::<TaskStatus>(&text).unwrap(),
        TaskStatus::Done { on }
    );
    assert!(serde_json::from_str::<TaskStatus>(r#"{"state":"finished"}"#).is_err());
}

#[test]
fn a_periods_code_is_its_stored_name() {
    for every in Every::ALL {
        let stored = serde_json::to_string(&every).unwrap();
        assert_eq!(stored, format!("\"{}\"", every.code()));
        assert_eq!(Every::from_code(every.code()), Some(every));
    }
    assert_eq!(Every::from_code("week"), None);
}

#[test]
fn a_status_code_is_its_stored_state() {
    let on = d(2024, 4, 15);
    for status in [
        OPEN,
        TaskStatus::InProgress,
        TaskStatus::Done { on },
        TaskStatus::Paused,
    ] {
        let stored = serde_json::to_string(&status).unwrap();
        let code = status.kind().code();
        assert!(
            stored.starts_with(&format!("{{\"state\":\"{code}\"")),
            "{stored}"
        );
        assert_eq!(StatusKind::from_code(code), Some(status.kind()));
    }
}
