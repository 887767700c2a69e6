//! Vietnamese-aware matching: case, tone marks and vowel marks are ignored, and đ is matched by d,
//! so "phan cap" finds "phân cấp" and "qd" finds "QĐ".
//!
//! Written by hand rather than with a Unicode normalisation crate: the only letters that need
//! folding are the 134 Vietnamese ones below (and the combining marks of decomposed text), and the
//! crate's tables would cost far more bytes in the wasm binary than this table does.

/// Every lower-case Vietnamese letter with a mark, grouped by the plain letter it folds to.
#[cfg(test)]
const MARKED: &[(&str, char)] = &[
    ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
    ("èéẻẽẹêềếểễệ", 'e'),
    ("ìíỉĩị", 'i'),
    ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
    ("ùúủũụưừứửữự", 'u'),
    ("ỳýỷỹỵ", 'y'),
    ("đ", 'd'),
];

/// Combining diacritical marks (U+0300–U+036F): what decomposed (NFD) text carries its marks in.
fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036f}').contains(&c)
}

/// The plain letter of a marked one: the same letters as [`MARKED`], as a `match` the compiler
/// turns into a jump table, not a search of the table per character (too slow for a large
/// office's search box: docs/benchmarks.md#folding-by-a-match).
fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    match c {
        'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ă' | 'ằ' | 'ắ' | 'ẳ' | 'ẵ' | 'ặ' | 'â' | 'ầ' | 'ấ' | 'ẩ'
        | 'ẫ' | 'ậ' => 'a',
        'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ê' | 'ề' | 'ế' | 'ể' | 'ễ' | 'ệ' => 'e',
        'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' => 'i',
        'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ô' | 'ồ' | 'ố' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ờ' | 'ớ' | 'ở'
        | 'ỡ' | 'ợ' => 'o',
        'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' | 'ư' | 'ừ' | 'ứ' | 'ử' | 'ữ' | 'ự' => 'u',
        'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' => 'y',
        'đ' => 'd',
        _ => c,
    }
}

/// The form text is compared in: lower case, marks removed, đ as d, runs of spaces made one.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(&mut out, text);
    out
}

/// [`fold`], appended to `out`: a space between `out` and the text only where `out` does not
/// end in one already.
pub fn fold_into(out: &mut String, text: &str) {
    let mut pending_space = false;
    let mut take = |c: char| {
        if is_combining_mark(c) {
            return;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty() && !out.ends_with(' ');
            return;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(fold_char(c));
    };
    for c in text.chars() {
        // Most letters of Vietnamese text are plain ASCII: no table to look them up in.
        if c.is_ascii() {
            take(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut take);
        }
    }
}

/// Whether every word of the query appears in the text, ignoring marks and case.
/// An empty query matches everything.
pub fn matches(query: &str, text: &str) -> bool {
    let text = fold(text);
    fold(query).split(' ').all(|word| text.contains(word))
}

/// The text cut into pieces, each marked if it is where a word of the query matched (marks and
/// case ignored): what a result list shows with the matching words highlighted. Pieces join back
/// into the text unchanged.
pub fn marked(text: &str, query: &str) -> Vec<(String, bool)> {
    // The folded text, and for each of its bytes the original character it came from.
    let mut folded = String::with_capacity(text.len());
    let mut origin: Vec<usize> = Vec::with_capacity(text.len());
    let starts: Vec<(usize, char)> = text.char_indices().collect();
    for (n, (_, c)) in starts.iter().enumerate() {
        let before = folded.len();
        match c {
            c if is_combining_mark(*c) => {}
            c if c.is_whitespace() => folded.push(' '),
            c => c.to_lowercase().for_each(|l| folded.push(fold_char(l))),
        }
        origin.extend(std::iter::repeat_n(n, folded.len() - before));
    }
    let mut hit = vec![false; starts.len()];
    for word in fold(query).split(' ').filter(|w| !w.is_empty()) {
        for (at, _) in folded.match_indices(word) {
            for o in &origin[at..at + word.len()] {
                hit[*o] = true;
            }
        }
    }
    let mut pieces: Vec<(String, bool)> = Vec::new();
    let mut letter_on = false;
    for (n, (_, c)) in starts.iter().enumerate() {
        // A combining mark belongs with the letter before it.
        if !is_combining_mark(*c) {
            letter_on = hit[n];
        }
        let on = letter_on;
        match pieces.last_mut() {
            Some((piece, was)) if *was == on => piece.push(*c),
            _ => pieces.push((c.to_string(), on)),
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vietnamese_letter_folds_in_both_cases() {
        for (marked, plain) in MARKED {
            for c in marked.chars() {
                assert_eq!(fold(&c.to_string()), plain.to_string(), "{c}");
                let upper: String = c.to_uppercase().collect();
                assert_eq!(fold(&upper), plain.to_string(), "{upper}");
            }
        }
        let count: usize = MARKED.iter().map(|(m, _)| m.chars().count()).sum();
        assert_eq!(count, 67, "67 marked lower-case letters, 134 with capitals");
    }

    #[test]
    fn no_other_letter_is_folded() {
        for c in ('\u{00c0}'..='\u{1eff}').filter(|c| !c.is_uppercase()) {
            let listed = MARKED.iter().any(|(marked, _)| marked.contains(c));
            assert_eq!(fold_char(c) != c, listed, "{c}");
        }
    }

    #[test]
    fn decomposed_text_folds_like_composed_text() {
        let decomposed = "Pha\u{0302}n ca\u{0302}\u{0301}p";
        assert_eq!(fold(decomposed), "phan cap");
        assert_eq!(fold("Phân cấp"), "phan cap");
    }

    #[test]
    fn the_glossarys_examples_are_found() {
        assert!(matches("phan cap", "Phân cấp, phân quyền"));
        assert!(matches("qd 2866", "Quyết định số 2866/QĐ-UBND"));
        assert!(matches("QĐ", "2866/qd-ubnd"));
        assert!(matches("so noi vu", "  Sở   Nội vụ "));
        assert!(matches("", "anything"));
        assert!(!matches("tai chinh", "Sở Nội vụ"));
    }

    #[test]
    fn the_words_found_are_marked_in_the_text_as_written() {
        let pieces = marked("Phân cấp, phân quyền cho Sở Nội vụ", "phan cap noi");
        let on: Vec<&str> = pieces
            .iter()
            .filter(|p| p.1)
            .map(|p| p.0.as_str())
            .collect();
        assert_eq!(on, ["Phân", "cấp", "phân", "Nội"]);
        let joined: String = pieces.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(joined, "Phân cấp, phân quyền cho Sở Nội vụ");
        assert!(marked("QĐ-UBND", "").iter().all(|p| !p.1));
        let decomposed = marked("Pha\u{0302}n ca\u{0302}\u{0301}p", "cap");
        assert_eq!(
            decomposed
                .iter()
                .filter(|p| p.1)
                .map(|p| p.0.as_str())
                .collect::<String>(),
            "ca\u{0302}\u{0301}p"
        );
    }
}
