//! What a record's body may hold, as the forms enforce it, checked again on every record a file
//! brings (a file from another office is typed by nobody here). Rules that need other records
//! (a task's plan, its group's plan) are the bundle's (`bundle::check`).

use super::dates::YEARS;
use super::indicator::Amount;
use super::legal_ref::LegalRef;
use super::meeting::{Conclusion, Item, Meeting, NoticeFields, Person};
use super::text::{MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use super::{Agency, Deadline, Group, Indicator, Plan, Task, TaskStatus};
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

/// Which rule a value breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Empty where the form requires text.
    Required,
    /// A control character (NUL, ESC, …), or a line break in a one-line field.
    Control,
    TooLong {
        max: usize,
    },
    /// A date outside the years the app keeps.
    Year,
    Month,
    Quarter,
    /// A span of years that ends before it starts.
    Period,
    /// A time of day the forms never make (seconds, a leap second).
    Time,
    /// A quantity beyond what an office counts.
    Amount,
    /// A number beyond what the form accepts.
    Count,
    /// The same entry twice in a list.
    Repeated,
    /// A task in neither a plan nor a meeting: no page would list it.
    NoList,
    /// A task's lead agency also among its coordinating agencies.
    LeadCoordinates,
    /// A task in a content group but in no plan.
    GroupWithoutPlan,
}

/// A body field that breaks a rule, with the value as the file has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    pub field: &'static str,
    pub rule: Rule,
    pub value: String,
}

type Checked = Result<(), Invalid>;

fn invalid(field: &'static str, rule: Rule, value: impl ToString) -> Invalid {
    Invalid {
        field,
        rule,
        value: value.to_string(),
    }
}

/// The most connected sites a meeting form accepts.
pub const MAX_SITES: u32 = 10_000;

/// A one-line text: no control character, at most a title's length; not empty if `required`.
pub fn line(field: &'static str, text: &str, required: bool) -> Checked {
    if required && text.trim().is_empty() {
        return Err(invalid(field, Rule::Required, text));
    }
    if has_control(text, false) {
        return Err(invalid(field, Rule::Control, text));
    }
    within(field, text, MAX_TITLE_CHARS)
}

/// A text of several lines: line breaks allowed, no other control character.
pub fn lines(field: &'static str, text: &str) -> Checked {
    if has_control(text, true) {
        return Err(invalid(field, Rule::Control, text));
    }
    within(field, text, MAX_TEXT_CHARS)
}

/// Whether `text` holds a control character ([`char::is_control`]: U+0000–U+001F and
/// U+007F–U+009F), a line break aside if `newline` is allowed. Read byte by byte: an import
/// checks every text of every record, and the C1 characters are the only ones that take two
/// bytes (0xC2 0x80–0x9F).
fn has_control(text: &str, newline: bool) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, b)| match b {
        b'\n' => !newline,
        0..=0x1F | 0x7F => true,
        0xC2 => matches!(bytes.get(i + 1), Some(0x80..=0x9F)),
        _ => false,
    })
}

fn within(field: &'static str, text: &str, max: usize) -> Checked {
    // No more bytes than the limit: no more characters either.
    if text.len() <= max || text.chars().count() <= max {
        return Ok(());
    }
    Err(invalid(field, Rule::TooLong { max }, text))
}

pub fn day(field: &'static str, day: &NaiveDate) -> Checked {
    match YEARS.contains(&day.year()) {
        true => Ok(()),
        false => Err(invalid(field, Rule::Year, day)),
    }
}

fn time(field: &'static str, time: &NaiveTime) -> Checked {
    match time.second() == 0 && time.nanosecond() == 0 {
        true => Ok(()),
        false => Err(invalid(field, Rule::Time, time.format("%H:%M:%S"))),
    }
}

fn amount(field: &'static str, amount: &Amount) -> Checked {
    match amount.0.unsigned_abs() <= Amount::LIMIT.unsigned_abs() {
        true => Ok(()),
        false => Err(invalid(field, Rule::Amount, amount.0)),
    }
}

fn optional<T>(value: &Option<T>, check: impl Fn(&T) -> Checked) -> Checked {
    value.as_ref().map_or(Ok(()), check)
}

fn no_repeats<T: PartialEq + std::fmt::Display>(field: &'static str, list: &[T]) -> Checked {
    match list
        .iter()
        .enumerate()
        .find(|(i, x)| list[..*i].contains(x))
    {
        Some((_, x)) => Err(invalid(field, Rule::Repeated, x)),
        None => Ok(()),
    }
}

/// A body whose fields can be checked one by one.
pub trait Check {
    fn check(&self) -> Checked;
}

impl Check for Agency {
    fn check(&self) -> Checked {
        line("name", &self.name, true)
    }
}

fn reference(field: &'static str, r: &LegalRef) -> Checked {
    for part in [
        &r.doc_type,
        &r.number,
        &r.symbol,
        &r.name,
        &r.issuer,
        &r.summary,
    ] {
        line(field, part, false)?;
    }
    // A reference cites something: a number, a name or what it is about.
    let cited = [&r.number, &r.name, &r.summary]
        .iter()
        .any(|p| !p.trim().is_empty());
    if !cited {
        return Err(invalid(field, Rule::Required, &r.doc_type));
    }
    optional(&r.date, |d| day(field, d))
}

impl Check for Plan {
    fn check(&self) -> Checked {
        line("title", &self.title, true)?;
        optional(&self.reference, |r| reference("reference", r))?;
        for r in &self.bases {
            reference("bases", r)?;
        }
        no_repeats("agencies", &self.agencies)?;
        lines("summary", &self.summary)?;
        line("issuer", &self.issuer, false)?;
        optional(&self.period, |p| {
            let years = format!("{}–{}", p.from, p.to);
            if !YEARS.contains(&p.from) || !YEARS.contains(&p.to) {
                Err(invalid("period", Rule::Year, years))
            } else if p.from > p.to {
                Err(invalid("period", Rule::Period, years))
            } else {
                Ok(())
            }
        })
    }
}

impl Check for Group {
    fn check(&self) -> Checked {
        line("title", &self.title, true)
    }
}

fn deadline(d: &Deadline) -> Checked {
    use super::deadline::DeadlineError;
    // As a person writes it, without words (the message is worded in its language).
    let shown = || match d {
        Deadline::None => String::new(),
        Deadline::By { day }
        | Deadline::Recurring {
            first: Some(day), ..
        } => format!("{:02}/{:02}/{:04}", day.day(), day.month(), day.year()),
        Deadline::Recurring { years: Some(y), .. } => format!("{}–{}", y.from, y.to),
        Deadline::Recurring { .. } => String::new(),
        Deadline::Month { year, month } => format!("{month}/{year}"),
        Deadline::Quarter { year, quarter } => format!("{quarter}/{year}"),
        Deadline::Year { year } => year.to_string(),
    };
    match d.validate() {
        Ok(()) => Ok(()),
        Err(DeadlineError::MonthOutOfRange) => Err(invalid("deadline", Rule::Month, shown())),
        Err(DeadlineError::QuarterOutOfRange) => Err(invalid("deadline", Rule::Quarter, shown())),
        // A stored deadline holds no typed day: a day it cannot keep is out of the years.
        Err(DeadlineError::YearOutOfRange | DeadlineError::Day(_)) => {
            Err(invalid("deadline", Rule::Year, shown()))
        }
    }
}

impl Check for Task {
    fn check(&self) -> Checked {
        // An assignment typed live at a meeting may have no title yet.
        line("title", &self.title, false)?;
        lines("details", &self.details)?;
        if self.plan.is_none() && self.meeting.is_none() {
            return Err(invalid("plan", Rule::NoList, ""));
        }
        if let (Some(group), None) = (&self.group, &self.plan) {
            return Err(invalid("group", Rule::GroupWithoutPlan, group));
        }
        if let Some(lead) = self.lead.as_ref().filter(|l| self.coordinating.contains(l)) {
            return Err(invalid("coordinating", Rule::LeadCoordinates, lead));
        }
        no_repeats("coordinating", &self.coordinating)?;
        deadline(&self.deadline)?;
        if let TaskStatus::Done { on } = &self.status {
            day("status", on)?;
        }
        for entry in &self.log {
            day("log", &entry.day)?;
            lines("log", &entry.text)?;
        }
        Ok(())
    }
}

impl Check for Indicator {
    fn check(&self) -> Checked {
        line("name", &self.name, true)?;
        line("unit", &self.unit, false)?;
        optional(&self.baseline, |a| amount("baseline", a))?;
        amount("target", &self.target)?;
        optional(&self.achieved, |a| amount("achieved", a))
    }
}

fn person(p: &Person) -> Checked {
    line("chairs", &p.name, true)?;
    line("chairs", &p.title, false)
}

fn notice(n: &NoticeFields) -> Checked {
    line("notice", &n.number, false)?;
    lines("notice", &n.issuer)?;
    line("notice", &n.place, false)?;
    optional(&n.day, |d| day("notice", d))?;
    lines("notice", &n.summary)?;
    lines("notice", &n.signer_title)?;
    line("notice", &n.signer_name, false)?;
    lines("notice", &n.recipients)
}

impl Check for Meeting {
    fn check(&self) -> Checked {
        line("title", &self.title, true)?;
        optional(&self.day, |d| day("day", d))?;
        optional(&self.time, |t| time("time", t))?;
        line("place", &self.place, false)?;
        if self.sites > MAX_SITES {
            return Err(invalid("sites", Rule::Count, self.sites));
        }
        self.chairs.iter().try_for_each(person)?;
        no_repeats("agencies", &self.agencies)?;
        lines("attendees", &self.attendees)?;
        for r in &self.references {
            reference("references", r)?;
        }
        optional(&self.source, |r| reference("source", r))?;
        lines("figures", &self.figures)?;
        line("series", &self.series, false)?;
        notice(&self.notice)
    }
}

impl Check for Item {
    fn check(&self) -> Checked {
        lines("text", &self.text)
    }
}

impl Check for Conclusion {
    fn check(&self) -> Checked {
        lines("text", &self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Id;

    use crate::domain::task::example_task as task;

    #[test]
    fn control_characters_are_found_as_char_is_control_finds_them() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            assert_eq!(has_control(&text, false), c.is_control(), "{c:?}");
            assert_eq!(has_control(&text, true), c.is_control() && c != '\n');
        }
    }

    #[test]
    fn what_a_form_refuses_is_refused_here_too() {
        assert!(task("Rà soát thủ tục").check().is_ok());
        assert_eq!(task("Rà\u{0}soát").check().unwrap_err().rule, Rule::Control);
        assert_eq!(
            task("Rà\u{1b}[31m").check().unwrap_err().rule,
            Rule::Control
        );
        assert_eq!(
            task(&"a".repeat(1_000_000)).check().unwrap_err().rule,
            Rule::TooLong {
                max: MAX_TITLE_CHARS
            }
        );
        let marks = format!("a{}", "\u{0301}".repeat(200_000));
        assert!(matches!(
            task(&marks).check().unwrap_err().rule,
            Rule::TooLong { .. }
        ));
        let mut t = task("x");
        t.deadline = Deadline::Month {
            year: 2026,
            month: 13,
        };
        assert_eq!(t.check().unwrap_err().rule, Rule::Month);
        t.deadline = Deadline::Quarter {
            year: 2026,
            quarter: 0,
        };
        assert_eq!(t.check().unwrap_err().rule, Rule::Quarter);
        t.deadline = Deadline::By {
            day: NaiveDate::from_ymd_opt(0, 1, 1).unwrap(),
        };
        assert_eq!(t.check().unwrap_err().rule, Rule::Year);
        let sonv = t.lead.clone().unwrap();
        t.deadline = Deadline::None;
        t.coordinating = vec![sonv.clone()];
        assert_eq!(t.check().unwrap_err().rule, Rule::LeadCoordinates);
        let other = Id::parse("co-quan-so-tu-phap").unwrap();
        t.coordinating = vec![other.clone(), other];
        assert_eq!(t.check().unwrap_err().rule, Rule::Repeated);
        t.coordinating.clear();
        t.plan = None;
        assert_eq!(t.check().unwrap_err().rule, Rule::NoList);
    }

    #[test]
    fn a_leap_second_and_extreme_amounts_are_refused() {
        let mut m = Meeting {
            title: "Giao ban".into(),
            ..Meeting::default()
        };
        m.time = NaiveTime::from_hms_milli_opt(23, 59, 59, 1_500);
        assert_eq!(m.check().unwrap_err().rule, Rule::Time);
        m.time = NaiveTime::from_hms_opt(8, 30, 0);
        assert!(m.check().is_ok());
        let i = Indicator {
            plan: Id::parse("ke-hoach").unwrap(),
            name: "chỉ tiêu".into(),
            unit: String::new(),
            direction: crate::domain::Direction::Increase,
            baseline: None,
            target: Amount(i64::MAX),
            achieved: Some(Amount(i64::MIN)),
        };
        assert_eq!(i.check().unwrap_err().rule, Rule::Amount);
    }
}
