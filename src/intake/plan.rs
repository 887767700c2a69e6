//! The plan (stub).

use super::agencies::Directory;
use super::lines::Line;
use super::Drafts;
use chrono::NaiveDate;

pub fn read(
    _text: &str,
    _lines: &[Line],
    _date: Option<NaiveDate>,
    _dir: &Directory,
    _drafts: &mut Drafts,
) {
}
