//! Unicode NFC, by hand, for the Latin letters Vietnamese is written with. A pasted PDF or a
//! Vietnamese keyboard (VNI, Unikey set to "Unicode tổ hợp") gives "ậ" as a + dot below +
//! circumflex, and then "Sở Nội vụ" in the text would not match "Sở Nội vụ" in the directory.
//! A normalisation crate would carry the tables of every script into the wasm; the letters of
//! Vietnamese need 152 pairs (`pairs.rs`, about 0.9 KB).
//!
//! What it does is NFC restricted to those letters: fold the deprecated tone marks U+0340 and
//! U+0341 to U+0300 and U+0301, decompose a composed letter that marks follow, put the marks in
//! canonical order, and compose again. Any other base letter, and any other combining mark
//! (another script's, or one of U+0300..U+036F outside the eight), passes through as it is: a
//! mark this table does not know ends the run of marks it can compose.

mod pairs;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

use pairs::PAIRS;

/// The text in Unicode's composed form (NFC), for the letters Vietnamese uses; the rest as it is.
pub fn nfc(text: &str) -> String {
    // Nearly every text arrives composed: without a combining mark there is nothing to do.
    if !text.chars().any(is_combining) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut run = Run::default();
    for c in text.chars() {
        let c = match c {
            '\u{340}' => '\u{300}',
            '\u{341}' => '\u{301}',
            c => c,
        };
        if ccc(c).is_some() {
            run.marks.push(c);
        } else {
            run.flush(&mut out);
            match is_combining(c) {
                // A mark the table does not know: what follows it has no letter to join.
                true => out.push(c),
                false => run.starter = Some(c),
            }
        }
    }
    run.flush(&mut out);
    out
}

/// The combining diacritical marks block: a text without one of them is already composed as
/// far as this module is concerned.
fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// The canonical combining class of the eight marks (what orders them), none for anything else.
fn ccc(c: char) -> Option<u8> {
    match c {
        '\u{31B}' => Some(216),
        '\u{323}' => Some(220),
        '\u{300}' | '\u{301}' | '\u{302}' | '\u{303}' | '\u{306}' | '\u{309}' => Some(230),
        _ => None,
    }
}

/// A letter (or none, at the start of the text or after a mark it cannot join) and the known
/// marks that follow it; the buffers are kept from run to run.
#[derive(Default)]
struct Run {
    starter: Option<char>,
    marks: Vec<char>,
    work: Vec<char>,
    sorted: Vec<char>,
}

impl Run {
    /// Writes the run composed, and empties it.
    fn flush(&mut self, out: &mut String) {
        let Some(mut starter) = self.starter.take() else {
            return self.flush_marks(out);
        };
        if self.marks.is_empty() {
            out.push(starter);
            return;
        }
        // The letter's own marks come before those that follow it: "ạ" + circumflex is
        // a, dot below, circumflex.
        self.work.clear();
        while let Some((base, mark)) = decompose(starter) {
            self.work.push(mark);
            starter = base;
        }
        self.work.reverse();
        self.work.append(&mut self.marks);
        order(&self.work, &mut self.sorted);
        // A mark joins the letter unless a mark of its class was left between them (the marks
        // are in class order, so only an equal class blocks).
        let mut left = 0;
        let mut blocking = 0;
        for i in 0..self.sorted.len() {
            let mark = self.sorted[i];
            let class = ccc(mark).unwrap_or(0);
            match compose(starter, mark) {
                Some(joined) if class != blocking => starter = joined,
                _ => {
                    self.sorted[left] = mark;
                    left += 1;
                    blocking = class;
                }
            }
        }
        out.push(starter);
        out.extend(&self.sorted[..left]);
    }

    /// Marks with no letter: only put in canonical order.
    fn flush_marks(&mut self, out: &mut String) {
        order(&self.marks, &mut self.sorted);
        out.extend(&self.sorted);
        self.marks.clear();
    }
}

/// The marks in canonical order (by class, stably): horn, then dot below, then the rest as they
/// came. Three passes rather than a sort: linear however long a run of marks is.
fn order(marks: &[char], sorted: &mut Vec<char>) {
    sorted.clear();
    for class in [216, 220, 230] {
        sorted.extend(marks.iter().filter(|m| ccc(**m) == Some(class)));
    }
}

/// The letter that `base` and `mark` make, if there is one.
fn compose(base: char, mark: char) -> Option<char> {
    let key = (u16::try_from(u32::from(base)).ok()?, mark as u16);
    let at = PAIRS
        .binary_search_by(|(b, m, _)| (*b, *m).cmp(&key))
        .ok()?;
    PAIRS
        .get(at)
        .and_then(|(_, _, c)| char::from_u32(u32::from(*c)))
}

/// The base and the last mark of a composed letter. A scan, not a search: it is needed only
/// when a mark follows an already composed letter, which is rare.
fn decompose(letter: char) -> Option<(char, char)> {
    let key = u16::try_from(u32::from(letter)).ok()?;
    let (base, mark, _) = PAIRS.iter().find(|(_, _, c)| *c == key)?;
    Some((
        char::from_u32(u32::from(*base))?,
        char::from_u32(u32::from(*mark))?,
    ))
}
