//! Forms whose fields are typed text but whose value is structured: the deadline editor.
//! Kept in the core so that what the form accepts is tested without a browser.

use crate::domain::dates::{parse_day_after, short, YEARS};
use crate::domain::deadline::DeadlineError;
use crate::domain::{Deadline, Every, Years};
use chrono::{Datelike, Duration, NaiveDate};

/// The deadline editor, as typed: a kind, and the fields that kind uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeadlineForm {
    pub kind: DeadlineKind,
    /// For [`DeadlineKind::By`] and [`DeadlineKind::Recurring`]: "15/4/2024".
    pub day: String,
    /// For a month: "1" to "12".
    pub month: String,
    /// For a quarter: "1" to "4".
    pub quarter: String,
    /// For a month, a quarter and a year: "2024".
    pub year: String,
    /// For a recurring duty.
    pub every: Every,
    /// "hoặc đột xuất khi có yêu cầu": also due whenever asked, on top of the deadline.
    pub on_request: bool,
}

/// Which kind of deadline the form describes: the choice of its first `<select>`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DeadlineKind {
    #[default]
    None,
    By,
    Month,
    Quarter,
    Year,
    Recurring,
}

impl DeadlineKind {
    /// Every kind, in the order the form offers them.
    pub const ALL: [DeadlineKind; 6] = [
        DeadlineKind::None,
        DeadlineKind::By,
        DeadlineKind::Month,
        DeadlineKind::Quarter,
        DeadlineKind::Year,
        DeadlineKind::Recurring,
    ];

    /// The kind as its `<option value>` names it.
    pub fn code(self) -> &'static str {
        match self {
            DeadlineKind::None => "none",
            DeadlineKind::By => "by",
            DeadlineKind::Month => "month",
            DeadlineKind::Quarter => "quarter",
            DeadlineKind::Year => "year",
            DeadlineKind::Recurring => "recurring",
        }
    }

    /// The kind a `<select>`'s value names.
    pub fn from_code(code: &str) -> Option<DeadlineKind> {
        DeadlineKind::ALL
            .into_iter()
            .find(|kind| kind.code() == code)
    }
}

/// Where a deadline is typed: the day a day without its year is near (the meeting's day, the
/// plan's or the source document's date, else today), and the years a recurring duty with no
/// first day runs through (the plan's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateContext {
    pub near: NaiveDate,
    pub years: Option<Years>,
}

/// Blank fields; a recurring duty is quarterly until another period is picked.
impl Default for DeadlineForm {
    fn default() -> DeadlineForm {
        DeadlineForm {
            kind: DeadlineKind::None,
            day: String::new(),
            month: String::new(),
            quarter: String::new(),
            year: String::new(),
            every: Every::Quarter,
            on_request: false,
        }
    }
}

impl DeadlineForm {
    /// The form showing a deadline, and whether it is also "đột xuất khi có yêu cầu".
    pub fn of(deadline: &Deadline, on_request: bool) -> DeadlineForm {
        let mut form = DeadlineForm {
            on_request,
            ..DeadlineForm::default()
        };
        match deadline {
            Deadline::None => {}
            Deadline::By { day } => (form.kind, form.day) = (DeadlineKind::By, short(*day)),
            Deadline::Month { year, month } => {
                (form.kind, form.month, form.year) =
                    (DeadlineKind::Month, month.to_string(), year.to_string())
            }
            Deadline::Quarter { year, quarter } => {
                (form.kind, form.quarter, form.year) =
                    (DeadlineKind::Quarter, quarter.to_string(), year.to_string())
            }
            Deadline::Year { year } => {
                (form.kind, form.year) = (DeadlineKind::Year, year.to_string())
            }
            Deadline::Recurring { every, first, .. } => {
                form.kind = DeadlineKind::Recurring;
                form.day = first.map(short).unwrap_or_default();
                form.every = *every;
            }
        }
        form
    }

    /// The deadline the form describes, a day without its year taking it from `context`.
    pub fn read(&self, context: &DateContext) -> Result<Deadline, DeadlineError> {
        let year = || number(&self.year, YEARS).ok_or(DeadlineError::YearOutOfRange);
        let day = || parse_day_after(&self.day, context.near).map_err(DeadlineError::Day);
        Ok(match self.kind {
            DeadlineKind::By => Deadline::By { day: day()? },
            DeadlineKind::Month => Deadline::Month {
                year: year()?,
                month: number(&self.month, 1..=12).ok_or(DeadlineError::MonthOutOfRange)? as u32,
            },
            DeadlineKind::Quarter => Deadline::Quarter {
                year: year()?,
                quarter: number(&self.quarter, 1..=4).ok_or(DeadlineError::QuarterOutOfRange)?
                    as u32,
            },
            DeadlineKind::Year => Deadline::Year { year: year()? },
            // No first day: the end of each period, through the plan's years.
            DeadlineKind::Recurring => match self.day.trim() {
                "" => Deadline::Recurring {
                    every: self.every,
                    first: None,
                    years: context.years,
                },
                _ => Deadline::Recurring {
                    every: self.every,
                    first: Some(day()?),
                    years: None,
                },
            },
            DeadlineKind::None => Deadline::None,
        })
    }

    /// A fresh form for a new task: no deadline, and sensible defaults if a kind is picked.
    pub fn blank(today: chrono::NaiveDate) -> DeadlineForm {
        DeadlineForm {
            year: today.year().to_string(),
            month: today.month().to_string(),
            quarter: today.month().div_ceil(3).to_string(),
            ..DeadlineForm::default()
        }
    }
}

fn number(text: &str, range: std::ops::RangeInclusive<i32>) -> Option<i32> {
    let n = text.trim().parse::<i32>().ok()?;
    range.contains(&n).then_some(n)
}

/// The quick picks of meeting mode: the end of this week (Friday, the last working day; from
/// Saturday on, the next one), the end of this month, and the end of this quarter.
pub fn quick_deadlines(today: NaiveDate) -> [Deadline; 3] {
    let to_friday = (4 + 7 - i64::from(today.weekday().num_days_from_monday())) % 7;
    let friday = today + Duration::days(to_friday);
    let (year, month) = (today.year(), today.month());
    [
        Deadline::By { day: friday },
        Deadline::Month { year, month },
        Deadline::Quarter {
            year,
            quarter: (month - 1) / 3 + 1,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::DayError;
    use crate::fixtures::d;
    use chrono::NaiveDate;

    #[test]
    fn every_deadline_shows_in_the_form_and_reads_back() {
        let deadlines = [
            Deadline::None,
            Deadline::By {
                day: d(2024, 4, 15),
            },
            Deadline::Month {
                year: 2024,
                month: 5,
            },
            Deadline::Quarter {
                year: 2024,
                quarter: 2,
            },
            Deadline::Year { year: 2024 },
            Deadline::Recurring {
                every: Every::HalfYear,
                first: Some(d(2024, 6, 30)),
                years: None,
            },
            Deadline::Recurring {
                every: Every::Year,
                first: None,
                years: Some(YEARS),
            },
        ];
        for deadline in deadlines {
            assert_eq!(
                DeadlineForm::of(&deadline, false).read(&CONTEXT),
                Ok(deadline.clone()),
                "{deadline:?}"
            );
        }
    }

    const YEARS: Years = Years {
        from: 2023,
        to: 2025,
    };
    const CONTEXT: DateContext = DateContext {
        near: match NaiveDate::from_ymd_opt(2023, 7, 31) {
            Some(d) => d,
            None => NaiveDate::MIN,
        },
        years: Some(YEARS),
    };

    #[test]
    fn a_yearly_duty_with_no_first_day_falls_due_at_each_years_end_of_the_plan() {
        let mut form = DeadlineForm::blank(d(2023, 7, 31));
        (form.kind, form.every) = (DeadlineKind::Recurring, Every::Year);
        let yearly = form.read(&CONTEXT).unwrap();
        let next = |day| yearly.occurrence_on_or_after(day);
        assert_eq!(next(d(2023, 1, 1)), Some(d(2023, 12, 31)));
        assert_eq!(next(d(2024, 12, 31)), Some(d(2024, 12, 31)));
        assert_eq!(next(d(2025, 6, 1)), Some(d(2025, 12, 31)));
        assert_eq!(next(d(2026, 1, 1)), None, "not after the plan's last year");
        form.every = Every::HalfYear;
        let half = form.read(&CONTEXT).unwrap();
        assert_eq!(
            half.occurrence_on_or_after(d(2024, 7, 1)),
            Some(d(2024, 12, 31))
        );
        assert_eq!(
            half.occurrence_on_or_after(d(2024, 2, 1)),
            Some(d(2024, 6, 30))
        );
        // Before the plan's first year: its first period's end.
        assert_eq!(
            half.occurrence_on_or_after(d(2022, 2, 1)),
            Some(d(2023, 6, 30))
        );
    }

    #[test]
    fn a_day_typed_without_its_year_takes_the_contexts() {
        let mut form = DeadlineForm::blank(d(2026, 11, 25));
        (form.kind, form.day) = (DeadlineKind::By, "15/4".into());
        let meeting = DateContext {
            near: d(2022, 4, 2),
            years: None,
        };
        assert_eq!(
            form.read(&meeting),
            Ok(Deadline::By {
                day: d(2022, 4, 15)
            })
        );
        form.day = "31/3".into();
        assert_eq!(
            form.read(&meeting),
            Ok(Deadline::By {
                day: d(2023, 3, 31)
            })
        );
    }

    #[test]
    fn an_impossible_day_or_period_is_refused() {
        let mut form = DeadlineForm::blank(d(2026, 11, 25));
        form.kind = DeadlineKind::By;
        form.day = "31/02/2024".into();
        assert!(matches!(
            form.read(&CONTEXT),
            Err(DeadlineError::Day(DayError::Impossible { .. }))
        ));
        form.kind = DeadlineKind::Month;
        form.month = "13".into();
        assert_eq!(form.read(&CONTEXT), Err(DeadlineError::MonthOutOfRange));
        form.kind = DeadlineKind::Quarter;
        form.quarter = "5".into();
        assert_eq!(form.read(&CONTEXT), Err(DeadlineError::QuarterOutOfRange));
        form.kind = DeadlineKind::Year;
        form.year = "24".into();
        assert_eq!(form.read(&CONTEXT), Err(DeadlineError::YearOutOfRange));
    }

    #[test]
    fn a_blank_form_starts_at_this_quarter() {
        let form = DeadlineForm::blank(d(2026, 11, 25));
        assert_eq!(
            (
                form.quarter.as_str(),
                form.month.as_str(),
                form.year.as_str()
            ),
            ("4", "11", "2026")
        );
        assert_eq!(form.read(&CONTEXT), Ok(Deadline::None));
    }

    #[test]
    fn quick_picks_end_this_week_month_and_quarter() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        // Friday 20/3/2026 is itself the end of its week; Saturday looks to the next Friday.
        let friday = |today| match quick_deadlines(today)[0] {
            Deadline::By { day } => day,
            _ => unreachable!(),
        };
        assert_eq!(friday(d(2026, 3, 16)), d(2026, 3, 20));
        assert_eq!(friday(d(2026, 3, 20)), d(2026, 3, 20));
        assert_eq!(friday(d(2026, 3, 21)), d(2026, 3, 27));
        let [_, month, quarter] = quick_deadlines(d(2026, 11, 26));
        assert_eq!(
            month,
            Deadline::Month {
                year: 2026,
                month: 11
            }
        );
        assert_eq!(
            quarter,
            Deadline::Quarter {
                year: 2026,
                quarter: 4
            }
        );
    }
}
