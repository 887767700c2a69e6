//! A document's number and symbol as running text writes them: "04/NQ-CP", "61/2018/NĐ-CP",
//! "26-CTr/TU", "511 /KH-UBND". What has no capitalised letters after the number ("07/11",
//! "2021-2025", "15/4/2022") is not one.

use crate::intake::clauses::Word;

/// A number and symbol: "04" and "NQ-CP" of "04/NQ-CP".
pub struct Code {
    pub number: String,
    pub symbol: String,
    pub dash: bool,
    /// The last word it takes ("511 /KH-UBND" is two).
    pub last: usize,
}

/// The number and symbol at `words[i]`, written in one word or with a space around the slash
/// ("511 /KH-UBND", "511/ KH-UBND", "511 / KH-UBND").
pub fn code_at(words: &[Word], i: usize) -> Option<Code> {
    let first = words.get(i)?;
    if !first.core.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut last = i;
    let digits = first.core.bytes().all(|b| b.is_ascii_digit());
    let open = |w: &Word| !w.ends() && (w.core == "/" || w.core.ends_with('/'));
    if !first.ends() {
        match words.get(i + 1) {
            Some(next) if digits && next.core.starts_with('/') => {
                last = i + 1;
                if open(next) && words.get(i + 2).is_some() {
                    last = i + 2;
                }
            }
            Some(_) if first.core.ends_with('/') => last = i + 1,
            _ => {}
        }
    }
    // A soft hyphen or a "¬" pasted from a PDF ("30¬-CTr/TU") is no part of the symbol.
    let joined: String = (i..=last)
        .flat_map(|n| words[n].core.chars())
        .filter(|c| !matches!(c, '¬' | '\u{ad}'))
        .collect();
    let digits_end = joined.bytes().position(|b| !b.is_ascii_digit())?;
    if !(1..=6).contains(&digits_end) {
        return None;
    }
    let (number, rest) = joined.split_at(digits_end);
    let dash = rest.starts_with('-');
    let symbol = rest.strip_prefix(['/', '-'])?;
    valid_symbol(symbol).then(|| Code {
        number: number.to_owned(),
        symbol: symbol.to_owned(),
        dash,
        last,
    })
}

/// "NQ-CP", "2018/NĐ-CP", "UBND-NC", "KKH-UBND": parts of letters and digits between "/" and
/// "-", one of them with a capital letter first. "07/11" and "2021-2025" have none.
fn valid_symbol(symbol: &str) -> bool {
    if symbol.is_empty() || symbol.len() > 40 {
        return false;
    }
    let parts = || symbol.split(['/', '-']);
    let fair = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '&');
    parts().count() <= 5
        && parts().all(fair)
        && parts()
            .find(|p| p.chars().any(char::is_alphabetic))
            .is_some_and(|p| p.chars().next().is_some_and(char::is_uppercase))
}

pub fn is_year(folded: &str) -> bool {
    folded.len() == 4
        && folded.bytes().all(|b| b.is_ascii_digit())
        && (folded.starts_with("19") || folded.starts_with("20"))
}
