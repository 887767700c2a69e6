//! A deadline said in a clause (stub: written next).

use crate::domain::deadline::Deadline;
use chrono::NaiveDate;
use std::ops::Range;

/// A deadline found, and where (bytes of the clause given, plus its offset).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub deadline: Deadline,
    pub on_request: bool,
    pub span: Range<usize>,
}

/// The deadline a clause says, if it says one. `offset` is where the clause starts in the
/// cleaned text; `date` the document's date, whose year a day without one takes.
pub fn find(_clause: &str, _offset: usize, _date: Option<NaiveDate>) -> Option<Said> {
    None
}

/// The deadline a table's deadline cell says: the whole cell is one, no cue needed.
pub fn cell(text: &str, offset: usize, date: Option<NaiveDate>) -> Option<Said> {
    find(text, offset, date)
}
