//! Boxes of document references, one a line (a meeting's documents, a plan's căn cứ): each line
//! read on its own, so a line that cannot be read is marked next to itself and never keeps the
//! rest of the form from being saved.

use crate::domain::legal_ref::{LegalRef, RefError};

/// One typed line of a references box and how it reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadLine {
    /// 1 for the box's first line (blank lines count, as the user sees them).
    pub line: usize,
    pub text: String,
    pub reading: Result<LegalRef, RefError>,
}

/// A line that was not saved: it stays in the form, with why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    /// Which box: "references", "bases", "reference", "source".
    pub field: &'static str,
    pub line: usize,
    pub error: RefError,
}

/// Every non-blank line of the box, read.
pub fn read_lines(typed: &str) -> Vec<ReadLine> {
    let lines = typed.lines().enumerate();
    lines
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| ReadLine {
            line: n + 1,
            text: l.trim().to_owned(),
            reading: LegalRef::parse(l),
        })
        .collect()
}

/// The references the box's readable lines give, and the lines refused, for `field`.
pub fn kept(typed: &str, field: &'static str) -> (Vec<LegalRef>, Vec<Refused>) {
    let mut references = Vec::new();
    let mut refused = Vec::new();
    for line in read_lines(typed) {
        match line.reading {
            Ok(r) => references.push(r),
            Err(error) => refused.push(Refused {
                field,
                line: line.line,
                error,
            }),
        }
    }
    (references, refused)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_that_cannot_be_read_is_named_and_the_others_are_kept() {
        let typed = "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII\n\nQuyết định số 12/QĐ-UBND ngày 31/02/2022\nĐề án phân cấp, ủy quyền";
        let (kept, refused) = kept(typed, "references");
        let shown: Vec<String> = kept.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII",
                "Đề án phân cấp, ủy quyền"
            ]
        );
        assert_eq!(refused.len(), 1);
        assert_eq!((refused[0].field, refused[0].line), ("references", 3));
        assert!(matches!(refused[0].error, RefError::Date(_)));
    }
}
