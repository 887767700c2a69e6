//! The hand-written NFC held to the `unicode-normalization` crate, the oracle.

use super::pairs::PAIRS;
use super::*;
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// The 134 letters of Vietnamese that have a precomposed form: twelve vowels with five tones,
/// the six vowels with a circumflex, breve or horn, and đ; lower case, then upper case.
const LETTERS: &str = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ\
                       ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";
const BASES: &str = "aăâeêioôơuưydAĂÂEÊIOÔƠUƯYD";
const MARKS: [char; 10] = [
    '\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}', '\u{302}', '\u{306}', '\u{31B}',
    '\u{340}', '\u{341}',
];

fn oracle(text: &str) -> String {
    text.nfc().collect()
}

#[test]
fn the_letter_list_is_the_134_composed_letters() {
    assert_eq!(LETTERS.chars().count(), 134);
    for letter in LETTERS.chars() {
        assert_eq!(oracle(&letter.to_string()), letter.to_string());
    }
}

#[test]
fn every_letter_in_every_mark_order_composes_as_the_crate_does() {
    for letter in LETTERS.chars() {
        let nfd: Vec<char> = letter.to_string().nfd().collect();
        let [base, ref marks @ ..] = nfd[..] else {
            continue;
        };
        if marks.is_empty() {
            continue; // đ
        }
        let mut orders = vec![marks.to_vec()];
        if marks.len() == 2 {
            orders.push(vec![marks[1], marks[0]]);
        }
        for marks in orders {
            // All decomposed, then the first mark already joined ("â" + acute, "ơ" + grave).
            let loose: String = std::iter::once(base).chain(marks.iter().copied()).collect();
            assert_eq!(nfc(&loose), oracle(&loose), "{loose:?}");
            let half: String = oracle(&format!("{base}{}", marks[0]))
                .chars()
                .chain(marks[1..].iter().copied())
                .collect();
            assert_eq!(nfc(&half), oracle(&half), "{half:?}");
        }
        assert_eq!(nfc(&nfd.iter().collect::<String>()), letter.to_string());
    }
}

#[test]
fn what_keyboards_and_pdfs_give_is_composed() {
    let cases = [
        ("a\u{323}\u{302}", "ậ"),
        ("a\u{302}\u{323}", "ậ"),
        ("â\u{301}", "ấ"),
        ("ạ\u{302}", "ậ"),
        ("o\u{31B}", "ơ"),
        ("o\u{300}\u{31B}", "ờ"),
        ("u\u{323}\u{31B}", "ự"),
        ("a\u{341}", "á"),
        ("e\u{302}\u{340}", "ề"),
        ("So\u{31B}\u{309} No\u{323}\u{302}i vu\u{323}", "Sở Nội vụ"),
    ];
    for (text, composed) in cases {
        assert_eq!(nfc(text), composed, "{text:?}");
    }
}

#[test]
fn other_letters_and_other_marks_pass_through() {
    // "n" is not a Vietnamese base, U+0331 and U+0484 are not among the eight marks.
    for text in [
        "n\u{303}",
        "a\u{331}",
        "a\u{484}",
        "Đà Nẵng",
        "ひらがな",
        "",
    ] {
        assert_eq!(nfc(text), text);
    }
    // A known mark after an unknown one has no letter to join.
    assert_eq!(nfc("a\u{331}\u{301}"), "a\u{331}\u{301}");
}

#[test]
fn every_pair_is_the_crates_and_none_is_missing() {
    let mut letters: Vec<char> = BASES.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < letters.len() {
        for mark in &MARKS[..8] {
            // A pair only if the letter is the two canonically: "â" + dot below makes "ậ"
            // too, but through reordering, from "ạ" + circumflex.
            let two = format!("{}{mark}", letters[i]);
            let joined: Vec<char> = oracle(&two).chars().collect();
            let nfd = |text: &str| text.nfd().collect::<String>();
            if let [one] = joined[..] {
                if nfd(&one.to_string()) != format!("{}{mark}", nfd(&letters[i].to_string())) {
                    continue;
                }
                found.push((letters[i] as u16, *mark as u16, one as u16));
                if !letters.contains(&one) {
                    letters.push(one);
                }
            }
        }
        i += 1;
    }
    crate::sort::sort_by(&mut found, |a, b| a.cmp(b));
    assert_eq!(PAIRS, &found[..]);
}

/// Pieces of Vietnamese text: letters composed, decomposed, bases, lone marks, spaces.
fn piece() -> impl Strategy<Value = String> {
    let letters: Vec<char> = LETTERS.chars().chain(BASES.chars()).collect();
    let letter = prop::sample::select(letters);
    prop_oneof![
        letter.clone().prop_map(|c| c.to_string()),
        letter.prop_map(|c| c.to_string().nfd().collect()),
        prop::sample::select(MARKS.to_vec()).prop_map(|c| c.to_string()),
        Just(" ".to_owned()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases()))]

    #[test]
    fn vietnamese_text_with_any_marks_is_composed_as_the_crate_does(
        pieces in prop::collection::vec(piece(), 0..40),
    ) {
        let text = pieces.concat();
        let ours = nfc(&text);
        prop_assert_eq!(&ours, &oracle(&text));
        prop_assert_eq!(nfc(&ours), ours);
    }

    #[test]
    fn any_text_is_read_without_panicking(
        text in any::<String>(),
        marks in prop::collection::vec(prop_oneof![any::<char>(), prop::char::range('\u{300}', '\u{36F}')], 0..40),
    ) {
        let _ = nfc(&text);
        let mixed: String = marks.into_iter().collect();
        let once = nfc(&mixed);
        prop_assert_eq!(nfc(&once), once);
    }
}
