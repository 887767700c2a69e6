//! References: a found one matches an expected one of the same kind with the same number and
//! symbol, or, cited without a number, the same name (a trailing "của …" left aside).

use super::annotation::{Annotation, ExpectedRef};
use super::score::{words, Judge};
use sotay::domain::legal_ref::LegalRef;
use sotay::intake::Drafts;
use sotay::search::fold;

pub fn judge(j: &mut Judge, a: &Annotation, d: &Drafts) {
    let mut taken = vec![false; a.references.len()];
    let (mut right, mut dated, mut dated_found, mut dated_right) = (0, 0, 0, 0);
    let (mut issued, mut issued_found, mut issued_right) = (0, 0, 0);
    for found in &d.references {
        let f = &found.reference;
        let at = (0..a.references.len()).find(|i| !taken[*i] && same(&a.references[*i], f));
        let Some(at) = at else {
            j.misses.push(format!(
                "reference: found {:?}, not expected",
                f.to_string()
            ));
            continue;
        };
        taken[at] = true;
        right += 1;
        let e = &a.references[at];
        if let Some(want) = e.issuer.as_deref() {
            issued += 1;
            issued_found += usize::from(!f.issuer.is_empty());
            let (w, g) = (fold(want), fold(&f.issuer));
            if !g.is_empty() && (w.contains(&g) || g.contains(&w)) {
                issued_right += 1;
            } else {
                j.misses.push(format!(
                    "reference issuer of {}: expected {want:?}, found {:?}",
                    shown(e),
                    f.issuer
                ));
            }
        }
        let Some(want) = e.date.as_deref() else {
            continue;
        };
        dated += 1;
        let want = sotay::domain::dates::parse_day(want).ok();
        if let Some(got) = f.date {
            dated_found += 1;
            if Some(got) == want {
                dated_right += 1;
                continue;
            }
        }
        j.misses.push(format!(
            "reference date of {}: expected {:?}, found {:?}",
            shown(e),
            e.date,
            f.date
        ));
    }
    for (e, _) in a.references.iter().zip(&taken).filter(|(_, t)| !**t) {
        j.misses.push(format!("reference: missed {}", shown(e)));
    }
    let t = j.board.row("references");
    t.expected += a.references.len();
    t.found += d.references.len();
    t.right += right;
    let t = j.board.row("reference dates");
    t.expected += dated;
    t.found += dated_found;
    t.right += dated_right;
    let t = j.board.row("reference issuers");
    t.expected += issued;
    t.found += issued_found;
    t.right += issued_right;
}

fn shown(e: &ExpectedRef) -> String {
    match e.number.is_empty() {
        true => format!("{} {}", e.kind, e.name.as_deref().unwrap_or("")),
        false if e.symbol.is_empty() => format!("{} {}", e.kind, e.number),
        false => format!("{} {}/{}", e.kind, e.number, e.symbol),
    }
}

fn same(e: &ExpectedRef, f: &LegalRef) -> bool {
    if fold(&e.kind) != fold(&f.doc_type) {
        return false;
    }
    let code = |s: &str| -> String { fold(s).chars().filter(|c| !c.is_whitespace()).collect() };
    match e.number.is_empty() {
        false => code(&e.number) == code(&f.number) && code(&e.symbol) == code(&f.symbol),
        true => f.number.is_empty() && name(e.name.as_deref().unwrap_or("")) == name(&f.name),
    }
}

/// A name's words up to a "của …" that ends it.
fn name(text: &str) -> Vec<String> {
    let w = words(text);
    let end = w.iter().position(|x| x == "cua").unwrap_or(w.len());
    w[..end].to_vec()
}
