//! Legal references in running text (stub: written next).

use super::RefDraft;

/// Every document the text cites, once each, in the order first cited; spans in bytes.
pub fn find(_text: &str) -> Vec<RefDraft> {
    Vec::new()
}
