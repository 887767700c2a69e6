//! When a line break is a PDF's and not the writer's: a line broken inside a sentence goes on
//! in the next line. And what the writer's own breaks look like: list markers ("I.", "1.2.",
//! "a)", "-", "Điều 1.") start a line that stays a line.

/// How a line goes on in the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Join {
    /// "của Ủy ban nhân dân" / "tỉnh về việc": with a space.
    Space,
    /// "thành-" / "phố": the hyphen of a broken syllable run dropped (see `clean`).
    Dehyphen,
    /// "45/QĐ-" / "UBND", "2021-" / "2025": a symbol or a range broken at its hyphen, joined
    /// with the hyphen and no space.
    Glue,
}

/// Characters that may close a sentence after its stop: "… năm 2026." and "(… năm 2026.)".
const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»', '*'];

/// Whether, and how, the line `next` goes on the line that ends `current`. Never across a table
/// row, never after a sentence's end, never onto a list marker; only onto a line that starts
/// with a lower-case letter or a digit, except a symbol broken at its hyphen.
pub(super) fn join(current: &str, next: &str) -> Option<Join> {
    match may_take_next(current) {
        true => join_onto(current, next, false),
        false => None,
    }
}

/// Whether a line may go on in the next: not a table row, and not a line that starts with
/// "|" (longer, it would read as one).
pub(super) fn may_take_next(line: &str) -> bool {
    !line.contains('\t') && !line.starts_with('|')
}

/// [`join`], for a line already known to be no table row: it reads only the end of `current`,
/// so that joining the lines of a long paragraph one by one stays linear.
///
/// `full`: the line before reached the width a PDF wrapped the text at, so a capital letter
/// after it ("… đồng chí Hoàng Văn" / "Tiến, Phó Bí thư …") goes on the sentence too.
pub(super) fn join_onto(current: &str, next: &str, full: bool) -> Option<Join> {
    if next.contains('\t') {
        return None;
    }
    let current = tail(current);
    let first = next.chars().next()?;
    let mut back = current.chars().rev();
    let last = back.next()?;
    let before = back.next();
    if last == '-' && before.is_some_and(char::is_alphanumeric) {
        let symbol = current.rsplit(' ').next().is_some_and(|t| t.contains('/'));
        let range = first.is_ascii_digit() && marker_len(next).is_none();
        if range || (symbol && starts_with_capitals(next)) {
            return Some(Join::Glue);
        }
    }
    let capital_goes_on = full && first.is_uppercase();
    if !(first.is_lowercase() || first.is_ascii_digit() || capital_goes_on)
        || marker_len(next).is_some()
    {
        return None;
    }
    if last == '-' && before.is_some_and(char::is_alphabetic) && first.is_lowercase() {
        return Some(Join::Dehyphen);
    }
    let end = current.trim_end_matches(CLOSERS).chars().next_back();
    match end {
        Some('.' | ';' | ':' | '!' | '?' | '…') => None,
        _ => Some(Join::Space),
    }
}

/// A line whose letters are all capitals: a title or a heading.
pub(super) fn is_capitals(line: &str) -> bool {
    let mut letters = line.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && line.chars().count() <= 80 && letters.all(char::is_uppercase)
}

/// The width, in characters, a PDF wrapped the text at, when it was: most of the long lines
/// are within an eighth of one length (a viewer's copy keeps its lines; typed paragraphs and
/// an already cleaned text vary far more).
pub(super) fn wrap_width<'a>(lines: impl Iterator<Item = &'a str>) -> Option<usize> {
    let mut long: Vec<usize> = lines
        .map(|l| l.chars().count())
        .filter(|n| *n >= 40)
        .collect();
    if long.len() < 6 {
        return None;
    }
    crate::sort::sort_by_key(&mut long, |n| *n);
    let width = long[long.len() * 3 / 4];
    let near = long
        .iter()
        .filter(|n| **n * 8 >= width * 7 && **n * 8 <= width * 9)
        .count();
    (near * 10 >= long.len() * 6).then_some(width)
}

/// "UBND ngày …", "TTg", "CP;": the line starts with a symbol of two capitals or more.
fn starts_with_capitals(text: &str) -> bool {
    let word = text.split([' ', ',', ';', '.']).next().unwrap_or("");
    word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase() || c == '&')
}

/// Words that number a part of a document: "Điều 1.", "Mục 2", "Chương II".
const PART_WORDS: &[&str] = &["Điều", "Khoản", "Mục", "Chương", "Phần", "Bước"];

/// The length in bytes of the list marker the line starts with ("II.", "1.2.", "1.2", "a)",
/// "Điều 3.", followed by a space or the end; a bullet "-", "+", "•" even without a space);
/// none if it starts with none.
pub(super) fn marker_len(line: &str) -> Option<usize> {
    let first = line.chars().next()?;
    if "-+•–—*·●○▪■◦►".contains(first) {
        return Some(first.len_utf8());
    }
    let word_end = line.find(' ').unwrap_or(line.len());
    let (word, rest) = line.split_at(word_end);
    if PART_WORDS.contains(&word) {
        let number = rest.trim_start().split(' ').next().unwrap_or("");
        let bare = number.trim_end_matches(['.', ':']);
        let numbered = !bare.is_empty()
            && (bare.chars().all(|c| c.is_ascii_digit()) || bare.chars().all(is_roman));
        return numbered.then(|| word_end + 1 + number.len());
    }
    // "a)", "đ)", "b.", "i.", "iv)", "II.", "IV."
    if let Some(stem) = word.strip_suffix(['.', ')']) {
        let letters = stem.chars().count();
        let letter = letters == 1 && stem.chars().all(char::is_alphabetic);
        let roman = (1..=6).contains(&letters)
            && (stem.chars().all(|c| "IVXLC".contains(c))
                || stem.chars().all(|c| "ivx".contains(c)));
        if letter || roman {
            return Some(word.len());
        }
    }
    // "1.", "1.2.", "3)", and "1.2" of groups of one or two digits ("1.875" is a number).
    let stem = word.strip_suffix(['.', ')']);
    let groups: Vec<&str> = stem.unwrap_or(word).split('.').collect();
    let digits = groups
        .iter()
        .all(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
    let short = groups.len() >= 2 && groups.iter().all(|g| g.len() <= 2);
    (digits && (stem.is_some() || short)).then_some(word.len())
}

/// The last 64 bytes or so of a line: all that a join looks at.
fn tail(line: &str) -> &str {
    let mut at = line.len().saturating_sub(64);
    while !line.is_char_boundary(at) {
        at += 1;
    }
    &line[at..]
}

fn is_roman(c: char) -> bool {
    "IVXLC".contains(c)
}
