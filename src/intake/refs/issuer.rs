//! Who issued a cited document: the words after "của" ("của Văn phòng Chính phủ"), or, for a
//! citation in brackets or after "tại", the issuer named before it ("đề nghị của Bộ Tài chính
//! (Công văn số …)", "ý kiến của Bộ Nội vụ tại Văn bản số …").

use super::tail::trim;
use super::Cx;
use crate::intake::clauses::{Word, OPEN};

/// Lower-case words an issuer's name stops before: a verb, or a word that opens a new part.
const ISSUER_STOP: &[&str] = &[
    "về", "ngày", "v/v", "đã", "được", "thì", "là", "để", "nhằm", "tại", "theo", "với", "cho",
    "trong", "trên", "giao", "yêu", "phê", "hướng", "triển", "thực", "sửa", "kèm", "do", "này",
    "khi", "nếu", "mà", "có", "sẽ", "cần", "phải", "cũng", "như", "gồm", "báo", "tham", "chủ",
    "phối", "ký", "truyền",
];

/// Lower-case words inside an agency's name that do not follow a capitalised one: "Ủy ban
/// nhân dân tỉnh", "Ban cán sự đảng", "UBND các huyện". A lower-case word right after a
/// capitalised one is taken too: the second syllable of "Chính phủ", "Giám đốc".
const ISSUER_IN: &[&str] = &[
    "tỉnh",
    "thành",
    "phố",
    "huyện",
    "quận",
    "thị",
    "xã",
    "phường",
    "trấn",
    "nhân",
    "dân",
    "sự",
    "đảng",
    "khóa",
    "khoá",
    "lần",
    "thứ",
    "các",
    "cấp",
    "trung",
    "ương",
    "ủy",
    "uỷ",
    "ngành",
    "sở",
    "đoàn",
    "thể",
    "hội",
    "quốc",
    "bộ",
    "-",
    "&",
];

/// Longest issuer, in words.
const ISSUER_WORDS: usize = 12;

impl Cx<'_> {
    /// The last word of an issuer's name that starts at `words[k]`.
    pub(super) fn issuer_end(&self, words: &[Word], k: usize) -> Option<usize> {
        let mut last = None;
        for n in k..(k + ISSUER_WORDS).min(words.len()) {
            let w = &words[n];
            let next = words.get(n + 1);
            let enacts = w.is("ban") && next.is_some_and(|x| x.is("hành"));
            let stop = w.plain()
                && (w.among(ISSUER_STOP)
                    || enacts
                    || w.is("quy") && next.is_some_and(|x| x.is("định")));
            let dated = w.core.contains('/') && w.core.starts_with(|c: char| c.is_ascii_digit());
            let numbered = w.core.starts_with(|c: char| c.is_ascii_digit())
                || w.core.chars().all(|c| "IVXLC".contains(c));
            let after_capital = n > k && words[n - 1].capital();
            let fits = w.capital() || numbered || w.among(ISSUER_IN) || after_capital || w.is("và");
            if stop || dated || !fits || w.before & OPEN != 0 || (n > k && self.starts(words, n)) {
                break;
            }
            if w.is_lower("và") && !next.is_some_and(|x| x.capital() && !self.starts(words, n + 1))
            {
                break;
            }
            last = Some(n);
            if w.ends() {
                break;
            }
        }
        trim(words, k, last?)
    }

    /// The issuer named before a citation in brackets, or before "tại" ("của Bộ Nội vụ tại
    /// Văn bản số …"), when the citation names none itself.
    pub fn issuer_before(&self, words: &[Word], i: usize) -> Option<(usize, usize)> {
        let end = match words.get(i)? {
            w if w.before & OPEN != 0 => i.checked_sub(1)?,
            _ if i >= 2 && words[i - 1].is_lower("tại") => i - 2,
            _ => return None,
        };
        if words[end].ends() {
            return None;
        }
        let from = end.saturating_sub(ISSUER_WORDS);
        let of = (from..end)
            .rev()
            .take_while(|n| !words[*n].ends())
            .find(|n| words[*n].is_lower("của"))?;
        let first = words.get(of + 1)?;
        (first.capital() && of < end).then_some((first.start, words[end].end))
    }
}
