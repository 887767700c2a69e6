//! The kinds of document a citation names ("Nghị quyết", "Chương trình hành động", "Luật"):
//! those of `legal_ref`, whose symbols carry a code, and a few cited by name alone.

use crate::domain::legal_ref::KINDS;
use crate::intake::clauses::Word;
use crate::search::fold;
use std::cmp::Reverse;

/// Kinds cited in running text that the typed form does not need a code for.
const MORE_KINDS: &[&str] = &[
    "Văn bản",
    "Luật",
    "Bộ luật",
    "Pháp lệnh",
    "Hiến pháp",
    "Nghị quyết liên tịch",
    "Thông tư liên tịch",
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
            .map(|(_, name)| *name)
            .chain(MORE_KINDS.iter().copied());
        for name in names {
            if list.iter().all(|(_, n)| *n != name) {
                list.push((fold(name).split(' ').map(str::to_owned).collect(), name));
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
