//! The kinds of document a citation names ("Nghị quyết", "Chương trình hành động", "Luật"):
//! those of `legal_ref`, whose symbols carry a code, and a few cited by name alone.

use crate::domain::legal_ref::KINDS;
use crate::intake::clauses::Word;
use crate::search::fold;
use std::cmp::Reverse;

/// Kinds cited in running text that the typed form does not need a code for, and longer
/// names of kinds it has: as written, and the kind kept.
const MORE_KINDS: &[(&str, &str)] = &[
    ("Văn bản", "Văn bản"),
    ("Luật", "Luật"),
    ("Bộ luật", "Bộ luật"),
    ("Pháp lệnh", "Pháp lệnh"),
    ("Hiến pháp", "Hiến pháp"),
    ("Nghị quyết liên tịch", "Nghị quyết liên tịch"),
    ("Thông tư liên tịch", "Thông tư liên tịch"),
    // "Thông báo kết luận số 45-TB/TU" is a Thông báo, not a Kết luận.
    ("Thông báo kết luận", "Thông báo"),
];

/// The kinds of document, each as its folded words, the longest first so that "Chương trình
/// hành động" wins over "Chương trình".
pub struct Kinds {
    list: Vec<(Vec<String>, &'static str)>,
}

impl Kinds {
    pub fn new() -> Kinds {
        let mut list: Vec<(Vec<String>, &'static str)> = Vec::new();
        let names = KINDS
            .iter()
            .map(|(_, name)| (*name, *name))
            .chain(MORE_KINDS.iter().copied());
        for (written, name) in names {
            let parts: Vec<String> = fold(written).split(' ').map(str::to_owned).collect();
            if list.iter().all(|(p, _)| *p != parts) {
                list.push((parts, name));
            }
        }
        crate::sort::sort_by_key(&mut list, |(parts, _)| Reverse(parts.len()));
        Kinds { list }
    }

    /// The kind named at `words[i]` and how many words name it.
    pub fn at(&self, words: &[Word], i: usize) -> Option<(&'static str, usize)> {
        self.list.iter().find_map(|(parts, name)| {
            let fits = parts.iter().enumerate().all(|(n, part)| {
                words
                    .get(i + n)
                    .is_some_and(|w| w.folded == *part && (n + 1 == parts.len() || !w.ends()))
            });
            fits.then_some((*name, parts.len()))
        })
    }
}
