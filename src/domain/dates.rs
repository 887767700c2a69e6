//! Dates as officials type and write them: "15/4/2024", "15/04/2024", "ngày 01 tháng 4 năm
//! 2022", and the ISO form a date field gives.

use crate::search::fold;
use chrono::{Datelike, NaiveDate};

/// The years a date the app keeps may fall in: typed, computed or read from a file.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Why a typed date was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayError {
    Empty,
    /// No day/month/year shape in the text.
    NotADate,
    /// The shape is right but the calendar has no such day: 31/02, 29/02/2023, 0/1.
    Impossible {
        day: u32,
        month: u32,
        year: i32,
    },
    /// A year outside 1900–2200 (two-digit years are refused: they are ambiguous).
    YearOutOfRange {
        year: i32,
    },
}

/// Reads a date: d/m/yyyy with "/", "-" or "." between the parts, "ngày d tháng m năm yyyy"
/// (with or without accents and "ngày"), or yyyy-mm-dd.
pub fn parse_day(text: &str) -> Result<NaiveDate, DayError> {
    let folded = fold(text);
    let folded = folded.trim();
    if folded.is_empty() {
        return Err(DayError::Empty);
    }
    let words = folded
        .trim_start_matches("ngay")
        .replace("thang", " ")
        .replace("nam", " ");
    let parts: Vec<&str> = words
        .split(|c: char| c == '/' || c == '-' || c == '.' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(DayError::NotADate);
    }
    let number = |p: &str| p.parse::<u32>().map_err(|_| DayError::NotADate);
    // yyyy-mm-dd when the first part has four digits; day first otherwise.
    let (year_text, month, day) = if parts[0].len() == 4 {
        (parts[0], number(parts[1])?, number(parts[2])?)
    } else {
        (parts[2], number(parts[1])?, number(parts[0])?)
    };
    if year_text.len() != 4 {
        return Err(DayError::YearOutOfRange {
            year: number(year_text)? as i32,
        });
    }
    let year = number(year_text)? as i32;
    if !YEARS.contains(&year) {
        return Err(DayError::YearOutOfRange { year });
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DayError::Impossible { day, month, year })
}

/// Reads a deadline's day, which documents often write without its year ("15/4", "trước ngày
/// 30/6", "31/3"): the year is the context's (the meeting's day, the plan's or the document's
/// date), or the next one when the month is earlier than the context's month ("31/3" from a
/// meeting in November is next March). A day with its year is read as [`parse_day`] reads it.
pub fn parse_day_after(text: &str, context: NaiveDate) -> Result<NaiveDate, DayError> {
    let folded = fold(text);
    let folded = folded.trim();
    let folded = folded.strip_prefix("truoc").unwrap_or(folded).trim_start();
    let folded = folded.strip_prefix("ngay").unwrap_or(folded);
    let words = folded.replace("thang", " ");
    let parts: Vec<&str> = words
        .split(|c: char| c == '/' || c == '-' || c == '.' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    let numbers: Option<Vec<u32>> = parts
        .iter()
        .map(|p| {
            p.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    match numbers.as_deref() {
        Some(&[day, month]) if parts.iter().all(|p| p.len() <= 2) => {
            let year = context.year() + i32::from(month < context.month());
            NaiveDate::from_ymd_opt(year, month, day).ok_or(DayError::Impossible {
                day,
                month,
                year,
            })
        }
        _ => parse_day(folded),
    }
}

/// Whether a typed day gives its year ("15/4/2026") or takes it from its context ("15/4").
pub fn has_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|p| p.len() == 4)
}

/// "15/04/2024": how lists and forms show a date.
pub fn short(d: NaiveDate) -> String {
    format!("{:02}/{:02}/{}", d.day(), d.month(), d.year())
}

/// "ngày 15 tháng 4 năm 2024": how documents write a date.
pub fn long(d: NaiveDate) -> String {
    format!("ngày {:02} tháng {} năm {}", d.day(), d.month(), d.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::d;

    #[test]
    fn a_day_without_its_year_takes_the_year_of_its_context() {
        let meeting = d(2022, 4, 2);
        assert_eq!(parse_day_after("15/4", meeting), Ok(d(2022, 4, 15)));
        assert_eq!(
            parse_day_after("trước ngày 30/6", meeting),
            Ok(d(2022, 6, 30))
        );
        assert_eq!(
            parse_day_after("Trước ngày 15 tháng 4", meeting),
            Ok(d(2022, 4, 15))
        );
        // An earlier month than the meeting's is next year's.
        assert_eq!(parse_day_after("31/3", meeting), Ok(d(2023, 3, 31)));
        assert_eq!(parse_day_after("31/3", d(2022, 11, 20)), Ok(d(2023, 3, 31)));
        // A day with its year keeps it; an impossible one says so.
        assert_eq!(parse_day_after("15/4/2021", meeting), Ok(d(2021, 4, 15)));
        assert!(matches!(
            parse_day_after("31/2", meeting),
            Err(DayError::Impossible { .. })
        ));
        assert!(parse_day_after("sớm", meeting).is_err());
        assert!(has_year("15/4/2026") && !has_year("15/4"));
    }

    #[test]
    fn every_written_form_is_read() {
        for text in [
            "15/4/2024",
            "15/04/2024",
            " 15-4-2024 ",
            "15.4.2024",
            "2024-04-15",
            "ngày 15 tháng 4 năm 2024",
            "Ngay 15 thang 04 nam 2024",
            "15 tháng 4 năm 2024",
        ] {
            assert_eq!(parse_day(text), Ok(d(2024, 4, 15)), "{text}");
        }
        assert_eq!(parse_day("2/9/2021"), Ok(d(2021, 9, 2)));
    }

    #[test]
    fn impossible_days_say_which_day() {
        assert_eq!(
            parse_day("31/02/2024"),
            Err(DayError::Impossible {
                day: 31,
                month: 2,
                year: 2024
            })
        );
        assert_eq!(
            parse_day("29/2/2023"),
            Err(DayError::Impossible {
                day: 29,
                month: 2,
                year: 2023
            })
        );
        assert_eq!(
            parse_day("29/2/1900"),
            Err(DayError::Impossible {
                day: 29,
                month: 2,
                year: 1900
            })
        );
        assert_eq!(parse_day("29/2/2000"), Ok(d(2000, 2, 29)));
        assert_eq!(parse_day("29/2/2024"), Ok(d(2024, 2, 29)));
        assert!(matches!(
            parse_day("0/1/2024"),
            Err(DayError::Impossible { .. })
        ));
        assert!(matches!(
            parse_day("15/13/2024"),
            Err(DayError::Impossible { .. })
        ));
    }

    #[test]
    fn what_is_not_a_date_is_refused() {
        assert_eq!(parse_day(""), Err(DayError::Empty));
        assert_eq!(parse_day("   "), Err(DayError::Empty));
        for text in ["hôm nay", "15/4", "15/4/2024/1", "a/b/c", "15//2024", "💥"] {
            assert_eq!(parse_day(text), Err(DayError::NotADate), "{text}");
        }
        assert_eq!(
            parse_day("15/4/24"),
            Err(DayError::YearOutOfRange { year: 24 })
        );
        assert_eq!(
            parse_day("15/4/1800"),
            Err(DayError::YearOutOfRange { year: 1800 })
        );
    }

    #[test]
    fn dates_are_written_short_and_long() {
        assert_eq!(short(d(2022, 1, 1)), "01/01/2022");
        assert_eq!(long(d(2022, 4, 1)), "ngày 01 tháng 4 năm 2022");
        assert_eq!(parse_day(&short(d(2024, 2, 29))), Ok(d(2024, 2, 29)));
    }
}
