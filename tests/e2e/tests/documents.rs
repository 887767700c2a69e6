//! Real documents, entered by hand through the UI at 768×1024 as a new user would (issue 16):
//! a provincial conference on decentralisation (six items reported by one agency, eight
//! conclusions, five assignments due "15/4", documents cited without a number) and a plan
//! (Kế hoạch số 511/KH-UBND with its basis document and seven tasks no agency leads yet, one
//! of them yearly without a first day). After a reload every fact is found as typed; the
//! notice is printed to PDF (Chromium) and read back with poppler.

use sotay_e2e::{Browser, Session};

sotay_e2e::in_every_browser!(a_real_meeting_and_plan_are_kept_as_their_documents_say);

const ENTER: &str = "\u{e007}";
const TAB: &str = "\u{e004}";

const MEETING: &str = "Hội nghị triển khai phân cấp, phân quyền, ủy quyền trong quản lý nhà nước";

/// What Sở Nội vụ reported, item by item.
const ITEMS: [&str; 6] = [
    "Đề xuất phương án tổ chức hội nghị triển khai Đề án phân cấp",
    "Kết quả rà soát thủ tục hành chính thuộc thẩm quyền cấp tỉnh",
    "Dự thảo danh mục nhiệm vụ phân cấp cho cấp huyện",
    "Tình hình thực hiện Kế hoạch 45 của Ban cán sự Đảng",
    "Khó khăn về biên chế khi nhận nhiệm vụ phân cấp",
    "Kiến nghị sửa đổi quy chế làm việc của UBND tỉnh",
];

/// Conclusions: the item they are on (1-based), or none for the whole conference.
const CONCLUSIONS: [(Option<usize>, &str); 8] = [
    (Some(1), "Thống nhất tổ chức hội nghị trong tháng 4/2022"),
    (Some(1), "Sở Nội vụ hoàn thiện kịch bản, thành phần dự họp"),
    (Some(1), "Mời đại diện Bộ Nội vụ dự và phát biểu"),
    (Some(3), "Cơ bản thống nhất danh mục nhiệm vụ phân cấp"),
    (Some(3), "Bổ sung đánh giá tác động đối với từng nhiệm vụ"),
    (
        None,
        "Các sở, ngành chủ động rà soát nhiệm vụ có thể phân cấp",
    ),
    (None, "Người đứng đầu chịu trách nhiệm về kết quả phân cấp"),
    (None, "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện"),
];

/// Assignments: the agency as typed, as shown, and what to do; each due "15/4".
const ASSIGNMENTS: [(&str, &str, &str); 5] = [
    (
        "noi vu",
        "Sở Nội vụ",
        "Hoàn thiện Đề án phân cấp, trình UBND tỉnh",
    ),
    (
        "tu phap",
        "Sở Tư pháp",
        "Thẩm định dự thảo quyết định phân cấp",
    ),
    (
        "tai chinh",
        "Sở Tài chính",
        "Đề xuất bố trí kinh phí khi nhận nhiệm vụ phân cấp",
    ),
    (
        "van phong",
        "Văn phòng UBND tỉnh",
        "Tổng hợp danh mục thủ tục hành chính được phân cấp",
    ),
    (
        "ke hoach",
        "Sở Kế hoạch và Đầu tư",
        "Rà soát nhiệm vụ phân cấp trong lĩnh vực đầu tư",
    ),
];

/// Documents the conference acts on: two without a number, one whose symbol is mistyped.
const REFERENCES: &str = "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII\nĐề án phân cấp, ủy quyền\nKế hoạch số 511/KKH-UBND ngày 31/7/2023";

const PLAN: &str = "Kế hoạch thực hiện phân cấp, phân quyền giai đoạn 2023 - 2025";
const BASIS: &str = "Thực hiện Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước";

/// The plan's tasks, none given to an agency yet; the last is due every year.
const TASKS: [&str; 7] = [
    "Rà soát quy định về phân cấp trong các lĩnh vực",
    "Xây dựng danh mục nhiệm vụ phân cấp cho cấp huyện",
    "Hướng dẫn cấp huyện tiếp nhận nhiệm vụ phân cấp",
    "Bố trí biên chế, kinh phí khi phân cấp",
    "Kiểm tra việc thực hiện nhiệm vụ được phân cấp",
    "Tuyên truyền về phân cấp, phân quyền",
    "Báo cáo kết quả thực hiện phân cấp",
];

async fn a_real_meeting_and_plan_are_kept_as_their_documents_say(browser: Browser) {
    let app = Session::start(browser).await;
    app.set_today("2022-04-05").await;
    app.resize(768, 1024).await;
    let name = browser.name();

    // An agency whose name holds another's: "Sở Nội vụ" + Enter must never pick it.
    app.open("#/co-quan").await;
    app.type_into("#agency-name", "Đảng ủy Sở Nội vụ").await;
    app.submit_form_of("#agency-name").await;
    app.wait_for_text("main", "Đảng ủy Sở Nội vụ").await;

    // The conference, entered from the report days later: its day is asked.
    app.open("#/cuoc-hop").await;
    app.type_into("#meeting-new-title", MEETING).await;
    app.type_into("#meeting-new-day", "02/04/2022").await;
    app.submit_form_of("#meeting-new-title").await;
    app.wait_for_text("h1", MEETING).await;

    // Its facts at the top of meeting mode, saved as they are changed.
    for (field, value) in [
        ("#live-time", "chiều"),
        ("#live-place", "Hội trường UBND tỉnh"),
        ("#live-chairs", "Lê Duy Thành, Chủ tịch UBND tỉnh"),
    ] {
        app.type_into(field, value).await;
        app.script("document.activeElement.blur(); return 1").await;
    }
    app.wait_for_text("#live-facts-summary", "Hội trường UBND tỉnh")
        .await;

    let item = |n: usize| format!(".items-section .live-card:nth-child({n})");
    for (n, text) in ITEMS.iter().enumerate() {
        app.click("#add-item").await;
        let field = format!("{} input[role=combobox]", item(n + 1));
        // The exact name and Enter: that agency, not the one whose name holds it.
        app.type_into(&field, &format!("Sở Nội vụ{ENTER}")).await;
        app.type_into(&format!("{} textarea", item(n + 1)), text)
            .await;
    }
    let conclusion = |n: usize| format!(".conclusions-section .live-card:nth-child({n})");
    for (n, (on, text)) in CONCLUSIONS.iter().enumerate() {
        match on {
            Some(i) => click_centred(&app, &format!("{} .conclude", item(*i))).await,
            None => click_centred(&app, "#add-conclusion").await,
        }
        app.type_into(&format!("{} textarea", conclusion(n + 1)), text)
            .await;
    }
    let assignment = |n: usize| format!(".assignments-section .live-card:nth-child({n})");
    for (n, (typed, agency, what)) in ASSIGNMENTS.iter().enumerate() {
        app.click("#add-assignment").await;
        app.pick_agency("#assignment-new-lead", typed, agency).await;
        let card = assignment(n + 1);
        app.type_into(&format!("{card} textarea"), what).await;
        app.type_into(&format!("{card} .picks input[inputmode=numeric]"), "15/4")
            .await;
        app.script("document.activeElement.blur(); return 1").await;
        app.wait_for_text(&format!("{card} .task-meta"), "15/04/2022")
            .await;
    }
    app.wait_for_text(&assignment(5), "Hiểu là ngày 15/04/2022")
        .await;
    app.script("window.scrollTo(0, 0); return 1").await;
    app.shots("documents-meeting-live").await;
    app.resize(768, 1024).await;

    // Every card folds to one line, and opens again.
    app.click("#fold-all").await;
    app.wait_for_count(".live-card.folded", 6 + 8 + 5).await;
    app.script("document.getElementById('live-items').scrollIntoView(); return 1")
        .await;
    app.screenshot_at("documents-meeting-folded", 768, 1024)
        .await;
    app.click("#fold-all").await;
    app.wait_for_count(".live-card.folded", 0).await;

    // Deleting a card far down the page offers its Hoàn tác in view, not at the top.
    click_centred(&app, &format!("{} .delete", conclusion(8))).await;
    app.wait_for_count(".conclusions-section .live-card", 7)
        .await;
    let undo_in_view = "const b = document.querySelector('.toasts .undo'); \
        const r = b.getBoundingClientRect(); \
        return r.top >= 0 && r.bottom <= window.innerHeight && r.height >= 44";
    assert_eq!(
        app.script(undo_in_view).await,
        serde_json::json!(true),
        "{name}"
    );
    app.screenshot_at("documents-meeting-undo", 768, 1024).await;
    app.click(".toasts .undo").await;
    app.wait_for_count(".conclusions-section .live-card", 8)
        .await;

    // After a reload, everything as typed.
    app.client.refresh().await.expect("reload");
    app.wait_for_count(".items-section .live-card", 6).await;
    for (n, text) in ITEMS.iter().enumerate() {
        let field = format!("{} input[role=combobox]", item(n + 1));
        assert_eq!(
            app.value_of(&field).await,
            "Sở Nội vụ",
            "{name}: item {}",
            n + 1
        );
        assert_eq!(
            app.value_of(&format!("{} textarea", item(n + 1))).await,
            *text
        );
    }
    for (n, (on, text)) in CONCLUSIONS.iter().enumerate() {
        let card = conclusion(n + 1);
        assert_eq!(app.value_of(&format!("{card} textarea")).await, *text);
        let about = app.value_of(&format!("{card} select")).await;
        assert_eq!(
            about.is_empty(),
            on.is_none(),
            "{name}: conclusion {}",
            n + 1
        );
    }
    for (n, (_, agency, what)) in ASSIGNMENTS.iter().enumerate() {
        let card = assignment(n + 1);
        assert_eq!(app.value_of(&format!("{card} textarea")).await, *what);
        assert_eq!(
            app.value_of(&format!("{card} input[role=combobox]")).await,
            *agency
        );
        app.wait_for_text(&format!("{card} .task-meta"), "Trước ngày 15/04/2022")
            .await;
    }
    assert_eq!(app.value_of("#live-time").await, "chiều");
    assert_eq!(app.value_of("#live-place").await, "Hội trường UBND tỉnh");

    // The rest of what the report says, in the meeting's form.
    app.click(".live-head .back").await;
    app.click_button("Sửa thông tin").await;
    app.choose("#meeting-kind", "Hội nghị").await;
    type_lines(&app, "#meeting-references", REFERENCES).await;
    app.wait_for_text(
        "#meeting-references-read",
        "ký hiệu lạ: KKH-UBND — có phải KH-UBND?",
    )
    .await;
    app.wait_for_text(
        "#meeting-references-read",
        "Dòng 1: Nghị quyết · không số · tên: Đại hội Đảng bộ tỉnh lần thứ XVII",
    )
    .await;
    app.type_into(
        "#meeting-source",
        "Báo cáo số 25/BC-SNV ngày 01/4/2022 của Sở Nội vụ",
    )
    .await;
    type_lines(
        &app,
        "#meeting-figures",
        "Đã hoàn thành 07/11 nhiệm vụ\n590 nhiệm vụ được giao năm 2020",
    )
    .await;
    type_lines(&app, "#notice-issuer", "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC").await;
    app.type_into("#notice-place", "Vĩnh Phúc").await;
    app.type_into("#notice-signer-title", "CHỦ TỊCH").await;
    app.type_into("#notice-signer-name", "Lê Duy Thành").await;
    type_lines(
        &app,
        "#notice-recipients",
        "Như trên\nCác sở, ban, ngành\nLưu: VT, NCTH",
    )
    .await;
    app.script("document.activeElement.blur(); return 1").await;
    app.shots_of("documents-meeting-form", "#meeting-references")
        .await;
    app.resize(768, 1024).await;
    app.click("#meeting-save").await;
    app.wait_for_text("#meeting-references-shown", "Đề án phân cấp, ủy quyền")
        .await;

    app.client.refresh().await.expect("reload");
    app.wait_for_text(
        "#meeting-references-shown",
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII",
    )
    .await;
    app.wait_for_text(
        "#meeting-references-shown",
        "Kế hoạch số 511/KKH-UBND ngày 31/07/2023",
    )
    .await;
    app.wait_for_text(
        "#meeting-source-shown",
        "Báo cáo số 25/BC-SNV ngày 01/04/2022 của Sở Nội vụ",
    )
    .await;
    app.wait_for_text("#meeting-figures-shown", "Đã hoàn thành 07/11 nhiệm vụ")
        .await;
    app.wait_for_text("main", "02/04/2022 · chiều · Hội trường UBND tỉnh")
        .await;
    let kind_line = app.wait_for_text(".plan-kind", "Hội nghị").await;
    assert!(
        !kind_line.contains("Trực tiếp"),
        "{name}: a form not said is not asserted: {kind_line}"
    );
    app.shots("documents-meeting").await;

    // The notice: no doubled kind noun, blanks to write the number and day in, conclusions
    // grouped under their items' topics.
    app.click("#open-notice").await;
    let body = app
        .wait_for_text(".notice-body", "Về đề xuất phương án")
        .await;
    assert!(
        !body.to_lowercase().contains("hội nghị hội nghị"),
        "{name}: {body}"
    );
    assert!(
        body.contains("đồng chí Chủ tịch UBND tỉnh kết luận như sau"),
        "{name}: {body}"
    );
    assert!(
        !body.contains("Về nội dung Sở Nội vụ báo cáo:"),
        "{name}: {body}"
    );
    app.wait_for_text(".notice-number", "/TB-UBND").await;
    let number = app
        .script("return document.querySelector('.notice-number').textContent")
        .await;
    assert_eq!(
        number, "Số:\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}/TB-UBND",
        "{name}"
    );
    app.wait_for_text(".place-date", "năm 2022").await;
    app.wait_for_text(".recipient-lines", "- Lưu: VT, NCTH.")
        .await;
    app.shots("documents-notice").await;
    if browser == Browser::Chromium {
        read_the_printed_notice(&app).await;
    }

    plan_of_tasks_no_agency_leads_yet(&app, browser).await;
    app.finish().await;
}

/// Types lines into a text box, each line break as the Enter key (WebKit's driver drops a
/// typed "\n").
async fn type_lines(app: &Session, css: &str, text: &str) {
    app.type_into(css, &text.replace('\n', ENTER)).await;
}

/// Brings a button to the middle of the screen, then clicks it: a button already on screen
/// but under meeting mode's sticky jump list is what a person would scroll to first.
async fn click_centred(app: &Session, css: &str) {
    app.wait_for(css).await;
    app.script(&format!(
        "document.querySelector({css:?}).scrollIntoView({{block: 'center'}}); return 1"
    ))
    .await;
    app.click(css).await;
}

/// The plan: its reference and basis, seven tasks with no lead, one yearly without a first day.
async fn plan_of_tasks_no_agency_leads_yet(app: &Session, browser: Browser) {
    let name = browser.name();
    app.open("#/ke-hoach").await;
    app.type_into("#plan-title", PLAN).await;
    app.submit_form_of("#plan-title").await;
    app.wait_for_text("h1", PLAN).await;
    app.click_button("Sửa thông tin").await;
    app.type_into(
        "#plan-reference",
        "Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh",
    )
    .await;
    app.type_into("#plan-from", "2023").await;
    app.type_into("#plan-to", "2025").await;
    app.type_into("#plan-bases", BASIS).await;
    app.wait_for_text("#plan-bases-read", "trích yếu: đẩy mạnh phân cấp")
        .await;
    app.pick_agency("#plan-agencies", "noi vu", "Sở Nội vụ")
        .await;
    app.submit_form_of("#plan-edit-title").await;
    app.wait_for_text(
        ".bases",
        "Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp",
    )
    .await;

    // A name typed in the lead field and tabbed past is kept, marked, across a reload.
    app.type_into(
        "#task-lead",
        &format!("Ban Chỉ đạo cải cách hành chính tỉnh{TAB}"),
    )
    .await;
    app.wait_for_text(".add-task .unlisted", "chưa có trong danh mục")
        .await;
    app.client.refresh().await.expect("reload");
    assert_eq!(
        app.value_of("#task-lead").await,
        "Ban Chỉ đạo cải cách hành chính tỉnh",
        "{name}: a typed agency lost in a reload"
    );
    app.type_into("#task-lead", "").await;
    app.script("document.activeElement.blur(); return 1").await;

    for (n, title) in TASKS.iter().enumerate() {
        if n == TASKS.len() - 1 {
            app.choose("#task-new-deadline-kind", "Định kỳ").await;
            app.choose("#task-new-deadline-every", "hằng năm").await;
            app.wait_for_text(".add-task .deadline", "Để trống nếu văn bản không nói")
                .await;
        }
        app.type_into("#task-title", title).await;
        app.submit_form_of("#task-title").await;
        app.wait_for_count("li.task", n + 1).await;
    }

    app.client.refresh().await.expect("reload");
    let rows = app.wait_for_count("li.task", TASKS.len()).await;
    for (row, title) in rows.iter().zip(TASKS) {
        let text = row.text().await.expect("a task row");
        assert!(text.contains(title), "{name}: {text}");
        assert!(text.contains("Chưa giao cơ quan chủ trì"), "{name}: {text}");
    }
    let yearly = rows[TASKS.len() - 1].text().await.expect("the yearly task");
    assert!(
        yearly.contains("Định kỳ hằng năm (hạn cuối mỗi kỳ, 2023–2025)"),
        "{name}: {yearly}"
    );
    app.wait_for_text(
        ".reference",
        "Kế hoạch số 511/KH-UBND ngày 31/07/2023 của UBND tỉnh",
    )
    .await;
    app.wait_for_text(".plan-agencies", "Sở Nội vụ").await;
    app.shots("documents-plan").await;

    // The find page lists them apart, and finds the conference's notes with the words marked.
    app.open("#/tim-kiem").await;
    app.click(".filters summary").await;
    app.choose("#find-agency", "Chưa giao cơ quan chủ trì")
        .await;
    app.wait_for_text(".found", "Tìm thấy 7 nhiệm vụ.").await;
    app.choose("#find-agency", "Tất cả").await;
    app.type_into("#find-text", "danh muc phan cap").await;
    app.wait_for_text("#found-notes", "Dự thảo danh mục nhiệm vụ phân cấp")
        .await;
    let marks = app
        .script(
            "return [...document.querySelectorAll('#found-notes mark')].map(m => m.textContent)",
        )
        .await;
    let marks: Vec<&str> = marks
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m.as_str())
        .collect();
    assert!(
        marks.contains(&"danh mục") || marks.contains(&"danh"),
        "{name}: {marks:?}"
    );
    assert!(marks.contains(&"phân"), "{name}: {marks:?}");
    app.shots("documents-find").await;
}

/// Prints the notice and reads the PDF back with poppler: the blanks, the grouped conclusions,
/// a page number on page 2 (and none on page 1), and the short rules under the issuer, the
/// motto and the trích yếu.
async fn read_the_printed_notice(app: &Session) {
    let pdf = app.print_to_pdf().await;
    let folder = sotay_e2e::screenshots();
    let path = folder.join("documents-notice.pdf");
    std::fs::write(&path, &pdf).expect("write the PDF");
    let path = path.to_str().unwrap();
    let info = sotay_e2e::run("pdfinfo", &[path]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    assert!(
        pages >= 2,
        "the notice of this conference takes two pages:\n{info}"
    );
    let page = |n: usize| {
        let n = n.to_string();
        sotay_e2e::run("pdftotext", &["-layout", "-f", &n, "-l", &n, path, "-"])
    };
    let (one, two) = (page(1), page(2));
    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let all = words(&format!("{one}\n{two}"));
    for expected in [
        "ỦY BAN NHÂN DÂN",
        "TỈNH VĨNH PHÚC",
        "Số: /TB-UBND",
        "Vĩnh Phúc, ngày tháng năm 2022",
        "THÔNG BÁO",
        "I. NỘI DUNG BÁO CÁO",
        "II. KẾT LUẬN CỦA NGƯỜI CHỦ TRÌ HỘI NGHỊ",
        "1. Về đề xuất phương án tổ chức hội nghị triển khai Đề án phân cấp (Sở Nội vụ báo cáo):",
        "a) Thống nhất tổ chức hội nghị trong tháng 4/2022.",
        "III. GIAO NHIỆM VỤ",
        "thời hạn: trước ngày 15/04/2022.",
    ] {
        assert!(
            all.contains(expected) || words(&one).contains(expected),
            "the printed notice lacks {expected:?}:\n{all}"
        );
    }
    assert!(!all.to_lowercase().contains("hội nghị hội nghị"), "{all}");
    // Page 2 opens with its number, centred; page 1 has none above the header.
    let first_line = |t: &str| {
        t.lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(first_line(&two).trim(), "2", "page 2's number:\n{two}");
    let one_first = first_line(&one);
    assert!(
        one_first.contains("ỦY BAN NHÂN DÂN"),
        "page 1 starts with its header: {one_first}"
    );
    // Centred over the text, whose margins are 30 mm (85 pt) left and 15 mm (42.5 pt) right.
    let boxes = sotay_e2e::run("pdftotext", &["-bbox", "-f", "2", "-l", "2", path, "-"]);
    let top_word = boxes
        .lines()
        .find(|l| l.trim_start().starts_with("<word"))
        .unwrap_or_default();
    assert!(
        top_word.ends_with(">2</word>"),
        "page 2's first word: {top_word}"
    );
    let number = |attr: &str| -> f64 {
        let from = top_word.find(&format!("{attr}=\"")).unwrap() + attr.len() + 2;
        top_word[from..].split('"').next().unwrap().parse().unwrap()
    };
    let centre = (number("xMin") + number("xMax")) / 2.0;
    assert!(
        (300.0..340.0).contains(&centre),
        "page 2's number is centred over the text (319 pt): {centre}"
    );
    assert!(
        number("yMax") < 57.0,
        "in the top margin (20 mm = 57 pt): {top_word}"
    );

    // Pictures of pages 1 and 2 (for docs/notice.md), and the rules: thin dark lines of page
    // 1's picture (none of the text's strokes is as long and as thin).
    let out = folder.join("documents-notice-page");
    let out = out.to_str().unwrap();
    sotay_e2e::run(
        "pdftoppm",
        &["-r", "80", "-f", "1", "-l", "2", "-png", path, out],
    );
    sotay_e2e::run(
        "pdftoppm",
        &["-gray", "-r", "150", "-f", "1", "-l", "1", path, out],
    );
    let pgm = std::fs::read(format!("{out}-1.pgm")).expect("page 1 as a picture");
    let rules = thin_rules(&pgm);
    assert!(
        rules >= 3,
        "page 1 has {rules} short rules; the issuer, the motto and the trích yếu each have one"
    );
}

/// Horizontal rules in a binary PGM picture: runs of at least 60 dark pixels (1 cm at 150 dpi)
/// along the top edge of a line at most two pixels thick.
fn thin_rules(pgm: &[u8]) -> usize {
    // "P5\n<width> <height>\n255\n" then the pixels.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&pgm[start..at]).into_owned());
    }
    let (width, height): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = &pgm[at + 1..];
    let dark = |x: usize, y: usize| pixels[y * width + x] < 128;
    let mut rules = 0;
    for y in 1..height - 3 {
        let mut run = 0;
        for x in 0..width {
            let thin = dark(x, y) && !dark(x, y - 1) && (!dark(x, y + 1) || !dark(x, y + 2));
            run = if thin { run + 1 } else { 0 };
            if run == 60 {
                rules += 1;
            }
        }
    }
    rules
}
