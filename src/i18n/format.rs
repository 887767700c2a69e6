//! Numbers and dates as the officials write them: "1.875", "15/04/2024".

use chrono::{Datelike, NaiveDate};

/// A whole number with "." between thousands (Vietnamese) or "," (English).
pub fn number(n: usize, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(d);
    }
    out
}

/// A date as dd/mm/yyyy.
pub fn date(d: NaiveDate) -> String {
    format!("{:02}/{:02}/{}", d.day(), d.month(), d.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_are_written_the_vietnamese_way() {
        assert_eq!(number(1875, '.'), "1.875");
        assert_eq!(number(1_000_000, '.'), "1.000.000");
        assert_eq!(number(999, '.'), "999");
        assert_eq!(number(0, ','), "0");
        assert_eq!(
            date(NaiveDate::from_ymd_opt(2022, 1, 10).unwrap()),
            "10/01/2022"
        );
    }
}
