//! Legal and document references in running text: every document the text cites, once each,
//! in the order first cited, with each place it is cited and how sure the reading is.
//!
//! One left-to-right pass over each paragraph (and table cell): at each word, a citation may
//! start (`cite`: a kind from `kinds`, a number and symbol from `code`, or a name); it is read
//! with a bounded look-ahead (at most a few dozen words: `tail` reads its date and summary,
//! `issuer` its issuer), and the scan goes on after it. Several documents under one prefix
//! ("các Quyết định số …, … và …") are read as a group, and a date or issuer said once at its
//! end is given to all. The same document cited again (`book`) adds a span to the first
//! reading and fills what that one lacked. No regular expressions: the wasm budget has no room
//! for the crate, and the shapes are simple enough to scan by hand.
//!
//! Sure: a number with its symbol. Likely: a short number ("Nghị quyết 18", "Kế hoạch 45"), an
//! assembly's resolution ("Nghị quyết Đại hội XIII"), a symbol alone whose code names no kind
//! ("123/UBND-NC"), a law with its year or date. Unsure: a quoted title ("Đề án “…”"), a law's
//! title without its year or date, a short number that looks like a year.

mod book;
mod cite;
mod code;
mod issuer;
mod kinds;
mod name;
mod tail;
#[cfg(test)]
mod tests;

use super::{Confidence, RefDraft, Span};
use crate::domain::legal_ref::LegalRef;
use crate::intake::clauses::{Word, CLOSE, COLON, COMMA, SEMI, STOP};
use kinds::Kinds;

/// Most documents read as one group: a list longer than this is read as several.
const GROUP: usize = 30;

/// What the reader of one text shares: the text and the kinds of document.
pub struct Cx<'a> {
    text: &'a str,
    kinds: Kinds,
}

/// One citation read, before it is matched with the others of the same document.
struct Cite {
    reference: LegalRef,
    span: Span,
    confidence: Confidence,
}

/// Every document the text cites, once each, in the order first cited; spans in bytes.
pub fn find(text: &str) -> Vec<RefDraft> {
    let cx = Cx {
        text,
        kinds: Kinds::new(),
    };
    let mut book = book::Book::default();
    let mut words: Vec<Word> = Vec::new();
    let mut start = 0;
    for segment in text.split(['\n', '\t']) {
        let base = start;
        start += segment.len() + 1;
        crate::intake::clauses::split(segment, base, &mut words);
        let mut i = 0;
        while i < words.len() {
            match cx.group(&words, i) {
                Some((cites, next)) => {
                    cites.into_iter().for_each(|c| book.add(c));
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
    }
    book.drafts()
}

impl Cx<'_> {
    fn slice(&self, (start, end): (usize, usize)) -> String {
        self.text.get(start..end).unwrap_or_default().to_owned()
    }

    /// One citation at `words[i]` with what follows it.
    fn member(
        &self,
        words: &[Word],
        i: usize,
        inherited: Option<&'static str>,
    ) -> Option<(Cite, usize)> {
        let core = self.core(words, i, inherited)?;
        let tail = self.tail(words, core.next);
        let mut issuer = tail.issuer;
        if issuer.is_none() {
            issuer = self.issuer_before(words, i);
        }
        let reference = LegalRef {
            doc_type: core.kind.to_owned(),
            number: core.number,
            symbol: core.symbol,
            dash: core.dash,
            name: core.name.map(|r| self.slice(r)).unwrap_or_default(),
            date: tail.date,
            issuer: issuer.map(|r| self.slice(r)).unwrap_or_default(),
            summary: tail.summary.map(|r| self.slice(r)).unwrap_or_default(),
        };
        let last = tail.next.saturating_sub(1).max(i);
        let span = Span::of(words[i].start..words[last].end);
        // A title with its date ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm
        // 2015") is a citation, not a phrase that happens to start with a kind.
        let dated_name = core.name.is_some() && reference.date.is_some();
        let confidence = match core.confidence {
            Confidence::Unsure if dated_name => Confidence::Likely,
            c => c,
        };
        let cite = Cite {
            reference,
            span,
            confidence,
        };
        Some((cite, tail.next.max(i + 1)))
    }

    /// The citations of one list at `words[i]`: "Quyết định số A, B và C ngày … của …".
    fn group(&self, words: &[Word], i: usize) -> Option<(Vec<Cite>, usize)> {
        let (first, mut next) = self.member(words, i, None)?;
        // The kind a bare number of the list takes: the last one named before it.
        let mut kind: Option<&'static str> = self.kinds.at(words, i).map(|(k, _)| k);
        let mut cites = vec![first];
        while cites.len() < GROUP && next < words.len() {
            let prev = &words[next - 1];
            let listed =
                prev.after & (COMMA | SEMI) != 0 && prev.after & (STOP | COLON | CLOSE) == 0;
            let and = prev.after == 0 && words[next].is_lower("và");
            let at = next + usize::from(and);
            if !(listed || and) || at >= words.len() {
                break;
            }
            let short = |w: &Word| w.core.len() <= 4 && w.core.bytes().all(|b| b.is_ascii_digit());
            let shorts = cites
                .last()
                .is_some_and(|c| c.reference.symbol.is_empty() && !c.reference.number.is_empty());
            let bare = code::code_at(words, at).is_some()
                || words[at].is("số") && code::code_at(words, at + 1).is_some()
                || shorts && short(&words[at]);
            let inherited = match (bare, self.kinds.at(words, at)) {
                (true, _) => kind,
                (false, Some((named, _))) => {
                    kind = Some(named);
                    None
                }
                (false, None) => break,
            };
            match self.member(words, at, inherited) {
                Some((cite, after)) => {
                    cites.push(cite);
                    next = after;
                }
                None => break,
            }
        }
        share(&mut cites);
        Some((cites, next))
    }
}

/// A date or an issuer said once, at the end of a list of documents of one kind, belongs to
/// every document of it: "các Quyết định số A, B và C ngày … của …".
fn share(cites: &mut [Cite]) {
    let Some((last, others)) = cites.split_last_mut() else {
        return;
    };
    let kind = &last.reference.doc_type;
    if others.is_empty() || others.iter().any(|c| c.reference.doc_type != *kind) {
        return;
    }
    if last.reference.date.is_some() && others.iter().all(|c| c.reference.date.is_none()) {
        others
            .iter_mut()
            .for_each(|c| c.reference.date = last.reference.date);
    }
    if !last.reference.issuer.is_empty() && others.iter().all(|c| c.reference.issuer.is_empty()) {
        others
            .iter_mut()
            .for_each(|c| c.reference.issuer.clone_from(&last.reference.issuer));
    }
}
