//! Assignments (stub).

use super::agencies::Directory;
use super::lines::Line;
use super::TaskDraft;
use chrono::NaiveDate;

pub fn read(
    _text: &str,
    _lines: &[Line],
    _date: Option<NaiveDate>,
    _dir: &Directory,
) -> Vec<TaskDraft> {
    Vec::new()
}
