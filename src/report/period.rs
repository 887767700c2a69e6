//! The periods officials report on: quý, 6 tháng đầu năm, 9 tháng đầu năm, năm.

use crate::domain::roman;
use chrono::{Datelike, NaiveDate};

/// A reporting period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    /// Quý I–IV of a year: `Quarter(3, 2026)` is "quý III năm 2026".
    Quarter(u8, i32),
    /// "6 tháng đầu năm 2026": 01/01 to 30/6.
    FirstHalf(i32),
    /// "9 tháng đầu năm 2026": 01/01 to 30/9.
    NineMonths(i32),
    /// "năm 2026".
    Year(i32),
}

impl Period {
    /// How a report names it, in running text: "quý III năm 2026", "6 tháng đầu năm 2026".
    pub fn label(self) -> String {
        match self {
            Period::Quarter(q, year) => format!("quý {} năm {year}", roman(u32::from(q))),
            Period::FirstHalf(year) => format!("6 tháng đầu năm {year}"),
            Period::NineMonths(year) => format!("9 tháng đầu năm {year}"),
            Period::Year(year) => format!("năm {year}"),
        }
    }

    fn year(self) -> i32 {
        match self {
            Period::Quarter(_, y)
            | Period::FirstHalf(y)
            | Period::NineMonths(y)
            | Period::Year(y) => y,
        }
    }

    /// The months it covers, first and last (1–12).
    fn months(self) -> (u32, u32) {
        match self {
            Period::Quarter(q, _) => {
                let q = u32::from(q.clamp(1, 4));
                (q * 3 - 2, q * 3)
            }
            Period::FirstHalf(_) => (1, 6),
            Period::NineMonths(_) => (1, 9),
            Period::Year(_) => (1, 12),
        }
    }

    /// Its first day (`None` for a year no date can hold).
    pub fn start(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year(), self.months().0, 1)
    }

    /// Its last day.
    pub fn end(self) -> Option<NaiveDate> {
        let next = self.months().1 + 1;
        let (year, month) = match next {
            13 => (self.year() + 1, 1),
            m => (self.year(), m),
        };
        NaiveDate::from_ymd_opt(year, month, 1)?.pred_opt()
    }

    /// The period as a `<select>`'s value: "q3-2026", "h1-2026", "m9-2026", "y-2026".
    pub fn code(self) -> String {
        match self {
            Period::Quarter(q, year) => format!("q{q}-{year}"),
            Period::FirstHalf(year) => format!("h1-{year}"),
            Period::NineMonths(year) => format!("m9-{year}"),
            Period::Year(year) => format!("y-{year}"),
        }
    }

    /// The period a `<select>`'s value names.
    pub fn from_code(code: &str) -> Option<Period> {
        let (kind, year) = code.split_once('-')?;
        let year: i32 = year
            .parse()
            .ok()
            .filter(|y| crate::domain::dates::YEARS.contains(y))?;
        match kind {
            "h1" => Some(Period::FirstHalf(year)),
            "m9" => Some(Period::NineMonths(year)),
            "y" => Some(Period::Year(year)),
            q => {
                let q: u8 = q.strip_prefix('q')?.parse().ok()?;
                (1..=4).contains(&q).then_some(Period::Quarter(q, year))
            }
        }
    }

    /// Every period of a year, the latest ending first and, of those ending together, the
    /// longest first: năm, quý IV, 9 tháng, quý III, 6 tháng, quý II, quý I.
    fn of_year(year: i32) -> [Period; 7] {
        [
            Period::Year(year),
            Period::Quarter(4, year),
            Period::NineMonths(year),
            Period::Quarter(3, year),
            Period::FirstHalf(year),
            Period::Quarter(2, year),
            Period::Quarter(1, year),
        ]
    }

    /// What a report may be made for on `today`: this year's periods from the month before
    /// their last (a quarter's report is drafted in its last two months, the year's from
    /// November, to be sent in mid-December), then every period of last year.
    pub fn choices(today: NaiveDate) -> Vec<Period> {
        let this_year = Period::of_year(today.year()).into_iter().filter(|p| {
            let last_month = NaiveDate::from_ymd_opt(p.year(), p.months().1, 1);
            let drafted = last_month.and_then(|m| m.checked_sub_months(chrono::Months::new(1)));
            drafted.is_some_and(|first| first <= today)
        });
        this_year.chain(Period::of_year(today.year() - 1)).collect()
    }
}
