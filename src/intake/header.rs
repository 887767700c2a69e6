//! The document's header and foot (stub).

use super::lines::Line;
use super::DocumentDraft;

pub fn read(_text: &str, _lines: &[Line]) -> DocumentDraft {
    DocumentDraft::default()
}

pub fn body_lines<'a>(_doc: &DocumentDraft, lines: &'a [Line]) -> &'a [Line] {
    lines
}
