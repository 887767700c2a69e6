//! Deadlines (thời hạn) and where a task stands against its deadline today.
//!
//! A deadline is a day, a period (a month, a quarter, a year: due on its last day), or a
//! recurring duty (monthly, quarterly, 6-monthly, yearly) whose next due day is computed.
//! Whether a task is on time, late, overdue or due soon is computed here from the deadline, the
//! reported status and today's date; it is never typed or stored.

use super::plan::Years;
use super::task::TaskStatus;
use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// When a task is due.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Deadline {
    /// No deadline.
    #[default]
    None,
    /// "trước ngày 15/4/2024": due on that day.
    By { day: NaiveDate },
    /// "tháng 5/2024": due on the month's last day.
    Month { year: i32, month: u32 },
    /// "quý II/2024": due on the quarter's last day (31/3, 30/6, 30/9, 31/12).
    Quarter { year: i32, quarter: u32 },
    /// "năm 2024": due on 31/12.
    Year { year: i32 },
    /// "định kỳ hằng quý": due on `first`, then every period after it on the same day of the
    /// month (clamped to the month's end: 31/1 → 29/2 → 31/3 …). Without a first day (a plan
    /// that says only "định kỳ hằng năm"), due on the last day of each calendar period (31/12;
    /// 30/6 and 31/12; each quarter's or month's end) of `years`, the plan's years when the
    /// form knew them, or for as long as the duty is kept.
    Recurring {
        every: Every,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        first: Option<NaiveDate>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        years: Option<Years>,
    },
}

/// How often a recurring duty falls due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Every {
    /// hằng tháng
    Month,
    /// hằng quý
    Quarter,
    /// 6 tháng
    HalfYear,
    /// hằng năm
    Year,
}

/// Where a task stands today, as officials report it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Chưa thực hiện, and not due within [`DUE_SOON_DAYS`] (or no deadline).
    NotStarted,
    /// Đang thực hiện, and not due within [`DUE_SOON_DAYS`] (or no deadline).
    InProgress,
    /// Sắp đến hạn: not done, due in `days` days (0 = due today).
    DueSoon { days: i64 },
    /// Quá hạn: not done, `days` days past the due day.
    Overdue { days: i64 },
    /// Đã hoàn thành đúng hạn (also: done, with no deadline; or a recurring duty done for the
    /// current period).
    DoneOnTime,
    /// Đã hoàn thành quá hạn: done `days` days after the due day.
    DoneLate { days: i64 },
    /// Tạm dừng: neither late nor due while paused.
    Paused,
}

/// A task due within this many days (today included) is "sắp đến hạn".
pub const DUE_SOON_DAYS: i64 = 7;

/// Why a deadline cannot be kept: a period that does not exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeadlineError {
    MonthOutOfRange,
    QuarterOutOfRange,
    YearOutOfRange,
}

use super::dates::YEARS;

impl Every {
    fn months(self) -> u32 {
        match self {
            Every::Month => 1,
            Every::Quarter => 3,
            Every::HalfYear => 6,
            Every::Year => 12,
        }
    }
}

/// The last day of a month, or `None` for a month that does not exist.
fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

impl Deadline {
    pub fn is_recurring(&self) -> bool {
        matches!(self, Deadline::Recurring { .. })
    }

    /// Whether the deadline names a period that exists.
    pub fn validate(&self) -> Result<(), DeadlineError> {
        let year_ok = |y: &i32| {
            if YEARS.contains(y) {
                Ok(())
            } else {
                Err(DeadlineError::YearOutOfRange)
            }
        };
        match self {
            Deadline::Month { year, month } => {
                year_ok(year)?;
                if (1..=12).contains(month) {
                    Ok(())
                } else {
                    Err(DeadlineError::MonthOutOfRange)
                }
            }
            Deadline::Quarter { year, quarter } => {
                year_ok(year)?;
                if (1..=4).contains(quarter) {
                    Ok(())
                } else {
                    Err(DeadlineError::QuarterOutOfRange)
                }
            }
            Deadline::Year { year } => year_ok(year),
            Deadline::By { day } => year_ok(&day.year()),
            Deadline::Recurring { first, years, .. } => {
                if let Some(day) = first {
                    year_ok(&day.year())?;
                }
                match years {
                    Some(y) if y.from > y.to => Err(DeadlineError::YearOutOfRange),
                    Some(y) => year_ok(&y.from).and(year_ok(&y.to)),
                    None => Ok(()),
                }
            }
            Deadline::None => Ok(()),
        }
    }

    /// The due day of a one-off deadline: the day itself, or the last day of its period.
    /// Recurring duties have no single due day (see [`Deadline::occurrence_on_or_after`]).
    pub fn due_day(&self) -> Option<NaiveDate> {
        match *self {
            Deadline::By { day } => Some(day),
            Deadline::Month { year, month } if YEARS.contains(&year) => {
                last_day_of_month(year, month)
            }
            Deadline::Quarter { year, quarter }
                if (1..=4).contains(&quarter) && YEARS.contains(&year) =>
            {
                last_day_of_month(year, quarter * 3)
            }
            Deadline::Year { year } if YEARS.contains(&year) => {
                NaiveDate::from_ymd_opt(year, 12, 31)
            }
            _ => None,
        }
    }

    /// The first due day on or after `day`. A recurring duty falls due on `first` and then
    /// every period after it, always counted from `first` (so 31/1 monthly gives 29/2, then 31/3).
    pub fn occurrence_on_or_after(&self, day: NaiveDate) -> Option<NaiveDate> {
        let Deadline::Recurring {
            every,
            first,
            years,
        } = *self
        else {
            return self.due_day().filter(|due| *due >= day);
        };
        let Some(first) = first else {
            return period_end_on_or_after(every, years, day);
        };
        if day <= first {
            return Some(first);
        }
        let step = every.months();
        let months_between =
            (day.year() - first.year()) * 12 + day.month() as i32 - first.month() as i32;
        let estimate = (months_between.max(0) as u32) / step;
        // At most two steps past the estimate: clamping to month ends shifts a day, not a period.
        (estimate..estimate + 3)
            .filter_map(|n| first.checked_add_months(Months::new(n * step)))
            .find(|candidate| *candidate >= day)
    }

    /// The due day that matters now. One-off: its due day (also once done, to judge lateness).
    /// Recurring, not done: the next occurrence from today, so a duty is never overdue before
    /// it was ever reported; recurring, done on a day: the occurrence after that day (the
    /// "rollover": reporting once does not cover the next period). Paused: none.
    pub fn current_due(&self, status: &TaskStatus, today: NaiveDate) -> Option<NaiveDate> {
        match (self, status) {
            (_, TaskStatus::Paused) => None,
            (Deadline::Recurring { .. }, TaskStatus::Done { on }) => {
                self.occurrence_on_or_after(on.succ_opt()?)
            }
            (Deadline::Recurring { .. }, _) => self.occurrence_on_or_after(today),
            _ => self.due_day(),
        }
    }
}

/// The last day of the calendar period (month, quarter, half-year, year) that holds `day`,
/// or of the first period of `years` when `day` is before them; none after their last year.
fn period_end_on_or_after(every: Every, years: Option<Years>, day: NaiveDate) -> Option<NaiveDate> {
    let start = years.and_then(|y| NaiveDate::from_ymd_opt(y.from, 1, 1));
    let day = start.filter(|s| *s > day).unwrap_or(day);
    let step = every.months();
    let end_month = (day.month0() / step + 1) * step;
    let end = last_day_of_month(day.year(), end_month)?;
    match years {
        Some(y) if end.year() > y.to => None,
        _ => Some(end),
    }
}

/// Whole days from `today` to `due` (negative when `due` has passed).
pub fn days_until(due: NaiveDate, today: NaiveDate) -> i64 {
    (due - today).num_days()
}

/// Where a task stands today: computed from its deadline, its reported status and the date.
pub fn standing(deadline: &Deadline, status: &TaskStatus, today: NaiveDate) -> Standing {
    let open_standing =
        |due: Option<NaiveDate>, waiting: Standing| match due.map(|d| days_until(d, today)) {
            Some(days) if days < 0 => Standing::Overdue { days: -days },
            Some(days) if days < DUE_SOON_DAYS => Standing::DueSoon { days },
            _ => waiting,
        };
    match status {
        TaskStatus::Paused => Standing::Paused,
        TaskStatus::NotStarted => {
            open_standing(deadline.current_due(status, today), Standing::NotStarted)
        }
        TaskStatus::InProgress => {
            open_standing(deadline.current_due(status, today), Standing::InProgress)
        }
        TaskStatus::Done { on } if deadline.is_recurring() => {
            open_standing(deadline.current_due(status, today), Standing::DoneOnTime)
        }
        TaskStatus::Done { on } => match deadline.due_day() {
            Some(due) if *on > due => Standing::DoneLate {
                days: days_until(*on, due),
            },
            _ => Standing::DoneOnTime,
        },
    }
}

impl Standing {
    pub fn is_done(&self) -> bool {
        matches!(self, Standing::DoneOnTime | Standing::DoneLate { .. })
    }

    /// Still to be done: not done and not paused.
    pub fn is_open(&self) -> bool {
        !self.is_done() && *self != Standing::Paused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

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
}
