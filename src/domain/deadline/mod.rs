//! Deadlines (thời hạn) and where a task stands against its deadline today.
//!
//! A deadline is a day, a period (a month, a quarter, a year: due on its last day), or a
//! recurring duty (monthly, quarterly, 6-monthly, yearly) whose next due day is computed.
//! Whether a task is on time, late, overdue or due soon is computed here from the deadline, the
//! reported status and today's date (`status.rs`); it is never typed or stored.
//!
//! This module owns the deadline and its periods; `status` owns what is reported and where a
//! task stands. A task holds both, so `task` depends on this module and never the reverse.

mod status;
#[cfg(test)]
mod tests;

pub use status::{days_until, standing, Standing, StatusKind, TaskStatus, DUE_SOON_DAYS};

use super::dates::{DayError, YEARS};
use super::plan::Years;
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
/// Why a deadline cannot be kept: a day typed in a form that cannot be read, or a period that
/// does not exist. One enum for the form and the stored record, so each has one sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeadlineError {
    Day(DayError),
    MonthOutOfRange,
    QuarterOutOfRange,
    YearOutOfRange,
}

impl Every {
    /// Every period, in the order a form offers them.
    pub const ALL: [Every; 4] = [Every::Month, Every::Quarter, Every::HalfYear, Every::Year];

    /// The period as a `<select>` names it: the same word it is stored under.
    pub fn code(self) -> &'static str {
        match self {
            Every::Month => "month",
            Every::Quarter => "quarter",
            Every::HalfYear => "half_year",
            Every::Year => "year",
        }
    }

    /// The period a `<select>`'s value names.
    pub fn from_code(code: &str) -> Option<Every> {
        Every::ALL.into_iter().find(|every| every.code() == code)
    }

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
