//! The cleaned text cut into lines (stub).

use std::ops::Range;

/// One line of the cleaned text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub range: Range<usize>,
}

pub fn split(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut at = 0;
    for l in text.split('\n') {
        out.push(Line {
            range: at..at + l.len(),
        });
        at += l.len() + 1;
    }
    out
}
