//! The references found so far, one per document: a citation of a document already read adds
//! its span there and fills in what the first reading lacked (a date, an issuer, a summary).
//!
//! A document is known by its number and symbol (any kind: "Văn bản 123/UBND-NC" and "Công văn
//! số 123/UBND-NC" are one), by its number, symbol without the year and year ("61/2018/NĐ-CP"
//! and "61/NĐ-CP ngày … 2018"), by its kind and number ("Nghị quyết số 04" after "Nghị quyết
//! số 04/NQ-CP"), or by its kind and name; never across years, since numbers start again each
//! year ("12/QĐ-UBND" of 2022 and of 2023 are two). Hash maps keep each look-up constant.

use super::Cite;
use crate::domain::legal_ref::{kind_of_symbol, LegalRef};
use crate::intake::RefDraft;
use crate::search::fold;
use chrono::Datelike;
use std::collections::HashMap;

#[derive(Default)]
pub struct Book {
    drafts: Vec<RefDraft>,
    keys: HashMap<String, usize>,
}

impl Book {
    pub fn add(&mut self, cite: Cite) {
        let keys = keys_of(&cite.reference);
        let coded = !cite.reference.symbol.is_empty();
        let year = year_of(&cite.reference);
        let fits = |k: &str, n: usize| {
            let Some(d) = self.drafts.get(n) else {
                return false;
            };
            // Numbers start again each year: "12/QĐ-UBND" of 2022 and of 2023 are two.
            let years = year.zip(year_of(&d.reference)).is_none_or(|(a, b)| a == b);
            // Two numbers with different symbols are two documents, whatever their kind.
            let symbols = !k.starts_with("kind ") || !coded || d.reference.symbol.is_empty();
            years && symbols
        };
        let known = keys.iter().find_map(|k| {
            let n = self.keys.get(k).copied()?;
            fits(k, n).then_some(n)
        });
        let at = match known.and_then(|n| self.drafts.get_mut(n).map(|d| (n, d))) {
            Some((n, draft)) => {
                fill(draft, cite);
                n
            }
            None => {
                self.drafts.push(RefDraft {
                    reference: cite.reference,
                    spans: vec![cite.span],
                    confidence: cite.confidence,
                });
                self.drafts.len() - 1
            }
        };
        // The filled reading may be known by more now (a symbol, a year).
        let keys = self
            .drafts
            .get(at)
            .map(|d| keys_of(&d.reference))
            .unwrap_or_default();
        for key in keys {
            self.keys.entry(key).or_insert(at);
        }
    }

    pub fn drafts(self) -> Vec<RefDraft> {
        self.drafts
    }
}

/// The keys a reference is known by, the surest first.
fn keys_of(r: &LegalRef) -> Vec<String> {
    let number = r.number.trim_start_matches('0');
    let kind = match r.doc_type.as_str() {
        "" => kind_of_symbol(&r.symbol).unwrap_or_default(),
        k => k,
    };
    let mut keys = Vec::new();
    if !r.symbol.is_empty() {
        keys.push(format!("code {number} {}", fold(&r.symbol)));
        let parts: Vec<&str> = r.symbol.split(['/', '-']).collect();
        let year = parts
            .iter()
            .find(|p| super::code::is_year(p))
            .map(|y| (*y).to_owned())
            .or_else(|| r.date.map(|d| d.year().to_string()));
        if let Some(year) = year {
            let bare: Vec<String> = parts
                .iter()
                .filter(|p| **p != year)
                .map(|p| fold(p))
                .collect();
            keys.push(format!("year {number} {} {year}", bare.join("-")));
        }
    }
    if !r.number.is_empty() && !kind.is_empty() {
        keys.push(format!("kind {} {number}", fold(kind)));
    }
    if r.number.is_empty() && !r.name.is_empty() {
        keys.push(format!("name {} {}", fold(&r.doc_type), fold(&r.name)));
    }
    keys
}

/// The year a document was issued in: the year in its symbol ("61/2018/NĐ-CP"), else its date's.
fn year_of(r: &LegalRef) -> Option<i32> {
    let in_symbol = r.symbol.split(['/', '-']).find(|p| super::code::is_year(p));
    in_symbol
        .and_then(|y| y.parse().ok())
        .or_else(|| r.date.map(|d| d.year()))
}

/// Adds a later citation to the draft of the same document.
fn fill(draft: &mut RefDraft, cite: Cite) {
    draft.spans.push(cite.span);
    draft.confidence = draft.confidence.max(cite.confidence);
    let (r, new) = (&mut draft.reference, cite.reference);
    // "Văn bản" says only that it is a document; "Công văn" says which kind.
    if r.doc_type.is_empty() || r.doc_type == "Văn bản" && !new.doc_type.is_empty() {
        r.doc_type = new.doc_type;
    }
    if r.symbol.is_empty() && !new.symbol.is_empty() {
        (r.number, r.symbol, r.dash) = (new.number, new.symbol, new.dash);
    }
    if r.date.is_none() {
        r.date = new.date;
    }
    if r.issuer.is_empty() {
        r.issuer = new.issuer;
    }
    if r.summary.is_empty() {
        r.summary = new.summary;
    }
}
