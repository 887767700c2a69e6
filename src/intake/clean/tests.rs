//! The cleaning contract and each repair, on snippets as officials paste them.

use super::clean;
use proptest::prelude::*;

#[test]
fn line_breaks_spaces_and_invisible_characters_are_normalised() {
    let raw =
        "\u{FEFF}KẾ HOẠCH\r\nCải\u{A0}cách  hành\u{200B} chính\u{AD}\r\r\n\n   \t\n\tnăm 2026.  ";
    assert_eq!(clean(raw), "KẾ HOẠCH\nCải cách hành chính năm 2026.");
    // A decomposed paste is composed.
    assert_eq!(
        clean("So\u{31B}\u{309} No\u{323}\u{302}i vu\u{323}"),
        "Sở Nội vụ"
    );
    assert_eq!(clean(""), "");
    assert_eq!(clean(" \n\r\n\t "), "");
}

#[test]
fn table_rows_are_one_line_with_a_tab_between_cells() {
    let raw = "| STT | Nội dung | Cơ quan chủ trì |\n|---|:---|---|\n| 1 | Rà soát   thủ tục | Sở Nội vụ |\n| 2 | | Sở Tư pháp |";
    assert_eq!(
        clean(raw),
        "STT\tNội dung\tCơ quan chủ trì\n1\tRà soát thủ tục\tSở Nội vụ\n2\t\tSở Tư pháp"
    );
    // As Word and Excel paste a table: an empty cell inside keeps the columns in place.
    let raw = "1\tRà soát quy trình nội bộ\t\tQuý II/2026\t\n\t2 \t Số hóa hồ sơ\tSở Tư pháp\tQuý III/2026";
    assert_eq!(
        clean(raw),
        "1\tRà soát quy trình nội bộ\t\tQuý II/2026\n2\tSố hóa hồ sơ\tSở Tư pháp\tQuý III/2026"
    );
    // A tab after a list number is spacing, not a table; after a label, two columns.
    assert_eq!(clean("1.\tMục đích"), "1. Mục đích");
    assert_eq!(clean("Nơi nhận:\tKT. CHỦ TỊCH"), "Nơi nhận:\tKT. CHỦ TỊCH");
    // Columns set side by side with spaces, as a PDF's layout pastes them.
    let raw = "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    TỈNH QUẢNG TRỊ  \u{A0}  Độc lập - Tự do - Hạnh phúc";
    assert_eq!(
        clean(raw),
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc"
    );
}

#[test]
fn a_line_broken_inside_a_sentence_is_joined() {
    let raw = "Căn cứ Kế hoạch số 45/KH-UBND ngày 05/4/2026 của Ủy ban nhân dân\ntỉnh về cải cách hành chính giai đoạn\n2026 - 2030, Sở Nội vụ đề nghị\ncác sở, ban, ngành thực hiện.\nthời hạn báo cáo: trước ngày 15 hằng tháng";
    assert_eq!(
        clean(raw),
        "Căn cứ Kế hoạch số 45/KH-UBND ngày 05/4/2026 của Ủy ban nhân dân tỉnh về cải cách hành chính giai đoạn 2026 - 2030, Sở Nội vụ đề nghị các sở, ban, ngành thực hiện.\nthời hạn báo cáo: trước ngày 15 hằng tháng"
    );
}

#[test]
fn list_markers_and_sentence_ends_keep_their_lines() {
    let raw = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n1.2. Yêu cầu cụ thể của kế hoạch\na) rà soát thủ tục\nb) công khai kết quả\n- Sở Nội vụ chủ trì\n+ các huyện phối hợp\n• một dấu đầu dòng\nĐiều 1. Phạm vi\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNơi nhận:\n- Như trên;\n- Lưu: VT./.\ncòn lại";
    assert_eq!(clean(raw), raw);
    let raw =
        "Hoàn thành trong quý II;\nbáo cáo kết quả\nvề Sở Nội vụ (qua Phòng CCHC).\ntiếp theo";
    assert_eq!(
        clean(raw),
        "Hoàn thành trong quý II;\nbáo cáo kết quả về Sở Nội vụ (qua Phòng CCHC).\ntiếp theo"
    );
}

#[test]
fn a_hyphen_at_a_line_end_joins_as_the_language_writes() {
    // Vietnamese writes syllables apart: a PDF that broke "thành phố" as "thành-" keeps the space.
    assert_eq!(
        clean("UBND các huyện, thành-\nphố"),
        "UBND các huyện, thành phố"
    );
    // A spaced dash is a dash, and a capital after it starts the next part of a name.
    assert_eq!(
        clean("Sở Lao động -\nThương binh và Xã hội"),
        "Sở Lao động -\nThương binh và Xã hội"
    );
    assert_eq!(clean("các sở -\nngành"), "các sở - ngành");
    // A symbol or a range broken at its hyphen is glued back.
    assert_eq!(
        clean("Quyết định số 45/QĐ-\nUBND ngày 05/4/2026"),
        "Quyết định số 45/QĐ-UBND ngày 05/4/2026"
    );
    assert_eq!(clean("giai đoạn 2021-\n2025"), "giai đoạn 2021-2025");
    // Other languages break words at syllables: the halves are one word.
    assert_eq!(
        clean("the administrative reform of the pro-\nvince"),
        "the administrative reform of the province"
    );
}

#[test]
fn page_numbers_go_but_a_number_that_ends_a_phrase_stays() {
    let raw =
        "các sở, ban, ngành\n2\ntriển khai\n- 3 -\nthực hiện\nTrang 4\nnghiêm túc\n5/12\nkịp thời.";
    assert_eq!(
        clean(raw),
        "các sở, ban, ngành triển khai thực hiện nghiêm túc kịp thời."
    );
    assert_eq!(
        clean("hoàn thành trước ngày\n15 tháng 6 năm\n2026."),
        "hoàn thành trước ngày 15 tháng 6 năm 2026."
    );
}

#[test]
fn a_running_header_goes_but_its_first_occurrence() {
    let header = "UBND TỈNH QUẢNG TRỊ — Kế hoạch 45/KH-UBND";
    let raw = format!(
        "{header}\nI. MỤC ĐÍCH\nNâng cao chất lượng phục vụ người dân\n2\n{header}\nvà doanh nghiệp trên địa bàn tỉnh.\n3\n{header}\nII. NHIỆM VỤ\nRà soát thủ tục hành chính của\n\u{C}{header}\ncác sở, ngành."
    );
    assert_eq!(
        clean(&raw),
        format!("{header}\nI. MỤC ĐÍCH\nNâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn tỉnh.\nII. NHIỆM VỤ\nRà soát thủ tục hành chính của các sở, ngành.")
    );
    // A line the writer repeats, away from page breaks, stays.
    let raw = "1. Số hóa hồ sơ.\nCơ quan chủ trì: Sở Nội vụ.\n2. Công khai thủ tục.\nCơ quan chủ trì: Sở Nội vụ.\n3. Đo lường sự hài lòng.\nCơ quan chủ trì: Sở Nội vụ.";
    assert_eq!(clean(raw), raw);
}

#[test]
fn words_run_together_are_split_but_symbols_are_not() {
    assert_eq!(
        clean("kết luận của đồng chí Phó Chủ tịch UBND tỉnhChủ trì hội nghị"),
        "kết luận của đồng chí Phó Chủ tịch UBND tỉnh Chủ trì hội nghị"
    );
    assert_eq!(
        clean("giao Sở Nội vụChủ trì, phối hợp"),
        "giao Sở Nội vụ Chủ trì, phối hợp"
    );
    let kept =
        "QĐ-TTg CTr TTr NĐ-CP KH&ĐT TP.HCM iPad PAR INDEX eGov ThS TS QyĐ MacBook GitHub DeLuca";
    assert_eq!(clean(kept), kept);
}

#[test]
fn cleaning_is_linear_on_long_runs() {
    let long = "a\u{301}".repeat(200_000)
        + &"x\n".repeat(200_000)
        + &"| a ".repeat(50_000)
        + "\n"
        + &"từ-\n".repeat(100_000)
        + &"a)))\n".repeat(50_000)
        + &"aaaaaaaaaaBc".repeat(20_000)
        + &"&amp;".repeat(10_000);
    let started = std::time::Instant::now();
    let _ = clean(&long);
    assert!(started.elapsed().as_secs() < 10);
}

/// Lines as a paste gives them: words, symbols, numbers, markers, page numbers, a running
/// header, table rows, odd spaces and breaks.
fn pasted() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "của",
        "tỉnh",
        "Sở",
        "Nội",
        "vụ",
        "thành-",
        "phố",
        "-",
        "2026",
        "15",
        "45/QĐ-",
        "UBND",
        "tỉnhChủ",
        "iPad",
        "KH&ĐT",
        "1.",
        "a)",
        "I.",
        "ngày",
        "năm",
        "Trang",
        "|",
        "||",
        "---",
        "\t",
        "\u{A0}",
        "\u{AD}",
        "o\u{31B}\u{301}",
        "\u{301}",
        ".",
        ";",
        ":",
        "./.",
        "",
    ]);
    let line = prop::collection::vec(word, 0..8).prop_map(|w| w.join(" "));
    let fixed = prop::sample::select(vec![
        "UBND TỈNH X — Kế hoạch 45",
        "UBND TỈNH X",
        "Kế hoạch 45",
        "2",
        "- 3 -",
        "Trang 3",
        "4/12",
        "| 1 | Rà soát | Sở Nội vụ |",
        "|---|---|",
        "1\tRà soát\t\tQuý II",
        "\ttiếp\t",
        "Nơi nhận:      KT. CHỦ TỊCH",
        "a) rà soát",
        "(hoàn thành.)",
        "vụ.\u{201D}",
    ]);
    let piece = prop_oneof![4 => line, 2 => fixed.prop_map(str::to_owned)];
    let end = prop::sample::select(vec!["\n", "\r\n", "\r", "\n\n", "\u{C}", "\u{2028}"]);
    prop::collection::vec((piece, end), 0..30)
        .prop_map(|lines| lines.into_iter().map(|(l, e)| l + e).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases()))]

    #[test]
    fn a_paste_is_cleaned_once_and_for_all(text in pasted()) {
        let once = clean(&text);
        prop_assert_eq!(clean(&once), once.clone());
        prop_assert!(!once.contains("\n\n") && !once.contains('\r') && !once.contains("  "));
        prop_assert!(once.lines().all(|l| l.trim() == l && !l.is_empty()));
    }

    #[test]
    fn any_text_is_cleaned_without_panicking_and_once_for_all(
        text in any::<String>(),
        chars in prop::collection::vec(
            prop_oneof![any::<char>(), prop::char::range('\u{0}', '\u{20}'), prop::char::range('\u{300}', '\u{36F}'), Just('|'), Just('-')],
            0..60,
        ),
    ) {
        let once = clean(&text);
        prop_assert_eq!(clean(&once), once);
        let mixed: String = chars.into_iter().collect();
        let once = clean(&mixed);
        prop_assert_eq!(clean(&once), once);
    }
}

#[test]
fn a_running_header_of_two_lines_goes_too() {
    let raw = "UBND TỈNH X\nSỞ NỘI VỤ\nKế hoạch triển khai\ncác nhiệm vụ\n\u{C}UBND TỈNH X\nSỞ NỘI VỤ\ncải cách hành chính\ncủa tỉnh\n\u{C}UBND TỈNH X\nSỞ NỘI VỤ\nnăm 2026.";
    assert_eq!(
        clean(raw),
        "UBND TỈNH X\nSỞ NỘI VỤ\nKế hoạch triển khai các nhiệm vụ cải cách hành chính của tỉnh năm 2026."
    );
}
