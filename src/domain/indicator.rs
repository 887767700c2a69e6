//! Indicators (chỉ tiêu): counted results a plan promises, such as "giảm 81 phòng, ban, chi cục"
//! or "tỷ lệ hồ sơ trực tuyến đạt 80%", with how far they have come.

use super::id::Id;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One indicator of a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    pub plan: Id,
    /// What is counted: "phòng, ban, chi cục", "tỷ lệ hồ sơ trực tuyến".
    pub name: String,
    /// The unit: "đơn vị", "người", "%".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    pub direction: Direction,
    /// The value when the plan started, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Amount>,
    /// With a baseline: the value to reach. Without one: the amount to reduce or add ("giảm 81").
    pub target: Amount,
    /// Measured the same way as `target`; none until something is reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achieved: Option<Amount>,
}

crate::body_fields!(Indicator {
    plan,
    name,
    unit,
    direction,
    baseline,
    target,
    achieved
});

/// Whether the indicator counts down (fewer units, fewer leaders) or up (more online services).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// giảm
    Reduce,
    /// tăng, đạt
    Increase,
}

impl Indicator {
    /// How much of the target is achieved, in whole percent (may pass 100, never below 0);
    /// `None` while nothing is reported or the target is no change at all.
    pub fn percent(&self) -> Option<u32> {
        let achieved = self.achieved?.0;
        let (done, wanted) = match self.baseline {
            Some(Amount(base)) => match self.direction {
                Direction::Reduce => (base - achieved, base - self.target.0),
                Direction::Increase => (achieved - base, self.target.0 - base),
            },
            None => (achieved, self.target.0),
        };
        if wanted <= 0 {
            return None;
        }
        let percent = (i128::from(done.max(0)) * 100 + i128::from(wanted) / 2) / i128::from(wanted);
        Some(u32::try_from(percent).unwrap_or(u32::MAX))
    }
}

/// A quantity with two decimals, kept exact: hundredths in an integer (1.875 is 187500).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Amount(pub i64);

/// Why a typed quantity was not understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    NotANumber,
    TooLarge,
}

impl Amount {
    /// Largest magnitude accepted: a trillion, far above any count an office keeps.
    pub const LIMIT: i64 = 1_000_000_000_000 * 100;

    pub fn whole(n: i64) -> Amount {
        Amount(n * 100)
    }

    /// Reads a quantity as Vietnamese write it: "1.875" (dot between thousands), "72,5"
    /// (comma before decimals), "-3", "1 875". A dot followed by other than three digits is
    /// read as a decimal point ("72.5"), as people also type it.
    pub fn parse(text: &str) -> Result<Amount, AmountError> {
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let (negative, digits) = match compact.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, compact.as_str()),
        };
        if digits.is_empty() {
            return Err(if negative {
                AmountError::NotANumber
            } else {
                AmountError::Empty
            });
        }
        let (whole, fraction) = split_decimal(digits)?;
        let mut hundredths: i64 = 0;
        for c in whole.chars().filter(|&c| c != '.') {
            let digit = c.to_digit(10).ok_or(AmountError::NotANumber)?;
            hundredths = hundredths
                .checked_mul(10)
                .and_then(|h| h.checked_add(i64::from(digit) * 100))
                .filter(|h| *h <= Amount::LIMIT)
                .ok_or(AmountError::TooLarge)?;
        }
        let mut fraction_digits = fraction.chars();
        for scale in [10, 1] {
            if let Some(c) = fraction_digits.next() {
                hundredths += i64::from(c.to_digit(10).ok_or(AmountError::NotANumber)?) * scale;
            }
        }
        if fraction_digits.any(|c| !c.is_ascii_digit()) {
            return Err(AmountError::NotANumber);
        }
        Ok(Amount(if negative { -hundredths } else { hundredths }))
    }

    /// Writes the quantity with `thousands` between groups of three and `decimal` before the
    /// decimals, which are shown only when there are any: "1.875", "72,5".
    pub fn format(self, thousands: char, decimal: char) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let magnitude = self.0.unsigned_abs();
        let whole = (magnitude / 100).to_string();
        let mut out = String::from(sign);
        for (i, d) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i).is_multiple_of(3) {
                out.push(thousands);
            }
            out.push(d);
        }
        match magnitude % 100 {
            0 => {}
            f if f % 10 == 0 => out.push_str(&format!("{decimal}{}", f / 10)),
            f => out.push_str(&format!("{decimal}{f:02}")),
        }
        out
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format('.', ','))
    }
}

/// Splits "1.875,5" into ("1.875", "5"). A comma is always the decimal mark; without one, a
/// dot followed by other than exactly three digits is a decimal point.
fn split_decimal(digits: &str) -> Result<(&str, &str), AmountError> {
    if let Some((whole, fraction)) = digits.split_once(',') {
        return if fraction.contains([',', '.']) || whole.is_empty() && fraction.is_empty() {
            Err(AmountError::NotANumber)
        } else {
            Ok((whole, fraction))
        };
    }
    match digits.rsplit_once('.') {
        Some((whole, last)) if last.len() != 3 && !whole.contains('.') => Ok((whole, last)),
        Some((_, last)) if last.len() != 3 => Err(AmountError::NotANumber),
        _ => Ok((digits, "")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(text: &str) -> Amount {
        Amount::parse(text).unwrap()
    }

    fn indicator(
        direction: Direction,
        baseline: Option<i64>,
        target: i64,
        achieved: Option<i64>,
    ) -> Indicator {
        Indicator {
            plan: Id::parse("ke-hoach").unwrap(),
            name: "phòng, ban, chi cục".into(),
            unit: "đơn vị".into(),
            direction,
            baseline: baseline.map(Amount::whole),
            target: Amount::whole(target),
            achieved: achieved.map(Amount::whole),
        }
    }

    #[test]
    fn quantities_are_read_as_vietnamese_write_them() {
        assert_eq!(amount("1.875"), Amount::whole(1875));
        assert_eq!(amount("1.000.000"), Amount::whole(1_000_000));
        assert_eq!(amount("72,5"), Amount(7250));
        assert_eq!(amount("72.5"), Amount(7250));
        assert_eq!(amount(" 1 875 "), Amount::whole(1875));
        assert_eq!(amount("-3"), Amount::whole(-3));
        assert_eq!(amount("0,05"), Amount(5));
        assert_eq!(amount("1.875,25"), Amount(187525));
    }

    #[test]
    fn what_is_not_a_quantity_is_refused() {
        assert_eq!(Amount::parse(""), Err(AmountError::Empty));
        assert_eq!(Amount::parse("  "), Err(AmountError::Empty));
        for bad in [
            "-", "abc", "12a", "1,2,3", "1.2.3", "1,2.5", "8O", "5%", ",",
        ] {
            assert_eq!(Amount::parse(bad), Err(AmountError::NotANumber), "{bad}");
        }
        assert_eq!(
            Amount::parse("99999999999999999999"),
            Err(AmountError::TooLarge)
        );
        assert_eq!(Amount::parse(&"9".repeat(5000)), Err(AmountError::TooLarge));
    }

    #[test]
    fn quantities_are_written_with_dots_and_a_decimal_comma() {
        assert_eq!(Amount::whole(1875).to_string(), "1.875");
        assert_eq!(Amount(7250).to_string(), "72,5");
        assert_eq!(Amount(5).to_string(), "0,05");
        assert_eq!(Amount::whole(-1200).to_string(), "-1.200");
        assert_eq!(Amount::whole(1875).format(',', '.'), "1,875");
        for text in ["0", "81", "1.875", "72,5", "1.000.000,25", "-3"] {
            assert_eq!(amount(text).to_string(), text);
        }
    }

    #[test]
    fn percent_of_target_counts_from_the_baseline_in_either_direction() {
        // 500 units, to be brought down to 419 (giảm 81); now 460: 40 of 81.
        assert_eq!(
            indicator(Direction::Reduce, Some(500), 419, Some(460)).percent(),
            Some(49)
        );
        // 60% online, to reach 80%; now 75%: 15 of 20.
        assert_eq!(
            indicator(Direction::Increase, Some(60), 80, Some(75)).percent(),
            Some(75)
        );
        // Passed the target, and went the wrong way.
        assert_eq!(
            indicator(Direction::Reduce, Some(500), 419, Some(400)).percent(),
            Some(123)
        );
        assert_eq!(
            indicator(Direction::Reduce, Some(500), 419, Some(510)).percent(),
            Some(0)
        );
    }

    #[test]
    fn percent_without_a_baseline_compares_amounts() {
        // "giảm 81 phòng, ban": 81 to reduce, 81 reduced.
        assert_eq!(
            indicator(Direction::Reduce, None, 81, Some(81)).percent(),
            Some(100)
        );
        assert_eq!(
            indicator(Direction::Increase, None, 3, Some(1)).percent(),
            Some(33)
        );
    }

    #[test]
    fn percent_is_unknown_without_a_report_or_a_target() {
        assert_eq!(
            indicator(Direction::Reduce, Some(500), 419, None).percent(),
            None
        );
        assert_eq!(
            indicator(Direction::Increase, None, 0, Some(5)).percent(),
            None
        );
        assert_eq!(
            indicator(Direction::Increase, Some(80), 80, Some(90)).percent(),
            None
        );
    }
}
