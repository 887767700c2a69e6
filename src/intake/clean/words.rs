//! Words run together where a PDF lost the space between them ("tỉnhChủ tịch"), split apart
//! only where nothing else can be meant: a symbol or a brand (QĐ-TTg, CTr, KH&ĐT, TP.HCM,
//! iPad, eGov, ThS, QyĐ, MacBook) is left as it is, since a false split is worse than a missed
//! one. And whether a text is Vietnamese, which decides how a hyphen broken line is joined.

use crate::search::fold;

/// Whether the text is Vietnamese: one letter in forty or more is one that only Vietnamese
/// writes (đ, ă, ơ, ư, ạ … ỹ); a text in English or French that names "Hà Nội" has far fewer.
pub(super) fn is_vietnamese(text: &str) -> bool {
    let (mut own, mut letters) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        own += usize::from(matches!(
            c,
            'Ă' | 'ă' | 'Đ' | 'đ' | 'Ơ' | 'ơ' | 'Ư' | 'ư' | 'Ạ'..='ỹ'
        ));
    }
    own > 0 && own * 40 >= letters
}

/// A letter of Vietnamese with a mark or a stroke: in Latin-1, Extended-A and -B, and Latin
/// Extended Additional (ạ … ỹ).
fn is_marked(c: char) -> bool {
    matches!(c, 'À'..='ư' | 'Ạ'..='ỹ') && c.is_alphabetic()
}

/// The text with a space put where a word of lower-case letters runs into a capitalised one.
pub(super) fn split_run_together(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut token = String::new();
    for c in text.chars() {
        if c == ' ' || c == '\t' || c == '\n' {
            split_token(&token, &mut out);
            token.clear();
            out.push(c);
        } else {
            token.push(c);
        }
    }
    split_token(&token, &mut out);
    out
}

/// One word, with its punctuation, split where "thànhPhố" shows a lost space: the part before
/// is a whole Vietnamese syllable of two lower-case letters or more (after an optional
/// capital), the capital after it is followed by a lower-case letter, the word holds nothing
/// but letters (no digit, "/", "-", "&" or "."), and one of the two parts has a Vietnamese mark.
fn split_token(token: &str, out: &mut String) {
    let core = token.trim_matches(|c: char| !c.is_alphanumeric());
    let chars: Vec<char> = core.chars().collect();
    if chars.len() < 4 || !chars.iter().all(|c| c.is_alphabetic()) {
        out.push_str(token);
        return;
    }
    let lead = token.len()
        - token
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    out.push_str(&token[..lead]);
    let mut start = 0;
    for i in 1..chars.len() {
        let split = chars[i].is_uppercase()
            && chars.get(i + 1).is_some_and(|c| c.is_lowercase())
            && chars[i - 1].is_lowercase()
            // No syllable is longer ("nghiêng" is 7): a long run is never looked at whole.
            && i - start <= 8
            && is_syllable(&chars[start..i])
            && next_word_marked(&chars[start..], i - start);
        if split {
            out.extend(&chars[start..i]);
            out.push(' ');
            start = i;
        }
    }
    out.extend(&chars[start..]);
    out.push_str(&token[lead + core.len()..]);
}

/// Whether the part before `at` or the capitalised word from `at` has a Vietnamese mark.
fn next_word_marked(chars: &[char], at: usize) -> bool {
    let end = (at + 1..chars.len())
        .find(|i| !chars[*i].is_lowercase())
        .unwrap_or(chars.len());
    chars[..end].iter().any(|c| is_marked(*c))
}

const ONSETS: &[&str] = &[
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];
const CODAS: &[&str] = &["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];
/// Vowel groups, marks folded away: "ươi" is "uoi".
const NUCLEI: &[&str] = &[
    "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe",
    "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye", "ieu", "oai", "oao", "oay", "oeo", "uay",
    "uoi", "uou", "uya", "uye", "uyu", "yeu",
];

/// A whole syllable of Vietnamese: a capital or a lower-case letter, then lower-case letters
/// (two at least), shaped onset, vowels, final consonant.
fn is_syllable(part: &[char]) -> bool {
    let lower = part.iter().skip(1).all(|c| c.is_lowercase());
    if !lower || part.iter().filter(|c| c.is_lowercase()).count() < 2 {
        return false;
    }
    let folded = fold(&part.iter().collect::<String>());
    ONSETS.iter().any(|onset| {
        folded.strip_prefix(onset).is_some_and(|rest| {
            CODAS.iter().any(|coda| {
                rest.strip_suffix(coda)
                    .is_some_and(|nucleus| NUCLEI.contains(&nucleus))
            })
        })
    })
}
