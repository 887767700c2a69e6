//! "Nhập từ văn bản": a conclusion notice pasted on the meetings' reader becomes a meeting with
//! its assignments after the cards are corrected (an agency, a deadline) and one is unticked,
//! the new agency included, and one "Hoàn tác" takes it all back; a .docx with a task table
//! (tests/intake/files/plan-table.docx) chosen on a plan's reader becomes that plan's tasks.

use serde_json::Value;
use sotay_e2e::{in_every_browser_and_delivery, Browser, Session};

/// A Thông báo kết luận as an office writes one: header, the meeting, what was reported, the
/// conclusions and six assignments, one to an agency the starter list does not have.
const NOTICE: &str = "ỦY BAN NHÂN DÂN
TỈNH VĨNH PHÚC
Số: 52/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Vĩnh Phúc, ngày 20 tháng 3 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại hội nghị sơ kết công tác cải cách hành chính quý I năm 2026

Chiều ngày 18/3/2026, tại Hội trường UBND tỉnh, đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh chủ trì hội nghị sơ kết công tác cải cách hành chính quý I năm 2026. Cùng dự có lãnh đạo các sở, ban, ngành; UBND các huyện, thành phố.

Sau khi nghe Sở Nội vụ báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2026 và ý kiến của các đại biểu, Chủ tịch UBND tỉnh kết luận như sau:

1. Cơ bản thống nhất với báo cáo của Sở Nội vụ. Trong quý I, các cơ quan đã hoàn thành 07/11 nhiệm vụ theo Kế hoạch số 511/KH-UBND ngày 31/7/2023 của UBND tỉnh.

2. Để hoàn thành các nhiệm vụ năm 2026, Chủ tịch UBND tỉnh giao:

- Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát, sắp xếp các phòng, ban, chi cục, hoàn thành trước ngày 15/4/2026.
- Giao Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh, hoàn thành trước ngày 30/4/2026.
- Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ nâng cấp Cổng dịch vụ công trực tuyến của tỉnh, hoàn thành trước ngày 15/5/2026.
- Giao Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư bố trí kinh phí thực hiện cải cách hành chính, hoàn thành trước ngày 31/5/2026.
- Giao Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, hoàn thành trước ngày 30/6/2026.
- Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Nội vụ tổng hợp, báo cáo kết quả thực hiện Thông báo này, hoàn thành trước ngày 15/7/2026.

Nơi nhận:
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành;
- UBND các huyện, thành phố;
- Lưu: VT, NC.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Trần Thị Bình
";

/// The agency of the fifth assignment, which the starter list does not have.
const NEW_AGENCY: &str = "Trung tâm Phục vụ hành chính công tỉnh";

in_every_browser_and_delivery!(a_pasted_notice_becomes_a_meeting_and_one_undo_takes_it_back);
in_every_browser_and_delivery!(a_docx_task_table_becomes_a_plans_tasks);

/// Puts `text` in the box as a paste does: all at once, then one input event.
async fn paste(app: &Session, css: &str, text: &str) {
    app.wait_for(css).await;
    app.client
        .execute(
            "const box = document.querySelector(arguments[0]);
             box.value = arguments[1];
             box.dispatchEvent(new Event('input', { bubbles: true }));
             return 1",
            vec![
                Value::String(css.to_owned()),
                Value::String(text.to_owned()),
            ],
        )
        .await
        .expect("paste the text");
}

/// Brings the element to the middle of the screen (clear of the sticky text and buttons, as a
/// person scrolls to it), then clicks it.
async fn click_centred(app: &Session, css: &str) {
    app.wait_for(css).await;
    app.client
        .execute(
            "document.querySelector(arguments[0]).scrollIntoView({ block: 'center' }); return 1",
            vec![Value::String(css.to_owned())],
        )
        .await
        .expect("scroll to the element");
    app.click(css).await;
}

async fn a_pasted_notice_becomes_a_meeting_and_one_undo_takes_it_back(browser: Browser) {
    let app = Session::start(browser).await;
    app.set_today("2026-03-25").await;
    app.open("#/cuoc-hop").await;
    app.click("#open-intake").await;
    app.wait_for("#intake-text").await;
    paste(&app, "#intake-text", NOTICE).await;
    if browser == Browser::Chromium {
        app.shots("intake-source").await;
    }
    app.click("#intake-read").await;
    app.wait_for_count("li.intake-task", 6).await;
    app.wait_for("mark.m-task").await;
    app.wait_for_text("#intake-new-agencies", NEW_AGENCY).await;
    if browser == Browser::Chromium {
        app.shots("intake-review").await;
    }

    // The third assignment goes to another agency, the first one's deadline moves, the last is
    // left out.
    app.pick_agency(
        "#intake-task-2-lead",
        "khoa hoc",
        "Sở Khoa học và Công nghệ",
    )
    .await;
    app.choose("#intake-task-0-deadline-kind", "Trước một ngày")
        .await;
    app.type_into("#intake-task-0-deadline-day", "20/4/2026")
        .await;
    click_centred(&app, "#intake-task-5").await;
    app.wait_for_text("#intake-tasks-heading", "5/6").await;
    if browser == Browser::Chromium {
        app.shots_of("intake-agencies", "#intake-new-agencies")
            .await;
    }
    // Tapping a card marks its sentence in the text.
    click_centred(&app, "#intake-task-3-card > label[for$='-title']").await;
    app.wait_for("mark.current").await;
    if browser == Browser::Chromium {
        app.shots("intake").await;
    }
    // Nothing is made before the tap, and the draft outlives a reload.
    app.client.refresh().await.expect("reload");
    app.wait_for_count("li.intake-task", 6).await;
    app.wait_for_text("#intake-tasks-heading", "5/6").await;

    app.click("#intake-create").await;
    app.wait_for_text("h1", "Hội nghị sơ kết công tác cải cách hành chính")
        .await;
    assert!(app.fragment().await.starts_with("/cuoc-hop/"));
    app.wait_for_count("#meeting-tasks li", 5).await;
    if browser == Browser::Chromium {
        app.shots("intake-created").await;
    }
    for seen in [
        "20/04/2026",
        "30/04/2026",
        "15/05/2026",
        "31/05/2026",
        "30/06/2026",
        "Sở Khoa học và Công nghệ",
        NEW_AGENCY,
    ] {
        app.wait_for_text("#meeting-tasks", seen).await;
    }
    let tasks = app
        .wait_for("#meeting-tasks")
        .await
        .text()
        .await
        .unwrap_or_default();
    assert!(
        !tasks.contains("15/07/2026"),
        "the unticked card is not made: {tasks}"
    );
    app.open("#/co-quan").await;
    app.wait_for_text(".agencies", NEW_AGENCY).await;

    // One undo takes the meeting, its assignments and the new agency back.
    app.click("#undo-import").await;
    app.open("#/cuoc-hop").await;
    app.wait_for_count("li.plan", 0).await;
    app.open("#/co-quan").await;
    app.wait_for_text(".agencies", "Sở Nội vụ").await;
    let agencies = app.text_of(".agencies").await;
    assert!(!agencies.contains(NEW_AGENCY), "the new agency is gone too");
    app.open("#/trao-doi").await;
    app.wait_for_text("#import-history", "52/TB-UBND").await;
    app.finish().await;
}

async fn a_docx_task_table_becomes_a_plans_tasks(browser: Browser) {
    let app = Session::start(browser).await;
    app.set_today("2026-03-25").await;
    app.open("#/ke-hoach").await;
    app.type_into("#plan-title", PLAN).await;
    app.submit_form_of("#plan-title").await;
    app.click("#open-intake").await;
    let file =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../intake/files/plan-table.docx");
    app.upload("#intake-file", &file).await;
    app.wait_for_count("li.intake-task", ROWS.len()).await;
    app.wait_for_text("#intake-create", &format!("Thêm vào {PLAN}"))
        .await;
    if browser == Browser::Chromium {
        app.shots("intake-plan").await;
    }
    app.click("#intake-create").await;
    app.wait_for_text("h1", PLAN).await;
    app.wait_for_count("li.task", ROWS.len()).await;
    for (title, by) in ROWS {
        app.wait_for_text("main", title).await;
        app.wait_for_text("main", by).await;
    }
    app.finish().await;
}

const PLAN: &str = "Kế hoạch cải cách hành chính năm 2026";

/// What the rows of tests/intake/files/plan-table.docx become: the start of each task, and its
/// deadline as the plan's list says it.
const ROWS: [(&str, &str); 5] = [
    ("Rà soát, chuẩn hóa thủ tục hành chính", "Quý II/2026"),
    (
        "Kiện toàn tổ chức bộ máy các cơ quan chuyên môn",
        "Quý III/2026",
    ),
    (
        "Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức",
        "Tháng 10/2026",
    ),
    ("Đo lường sự hài lòng của người dân", "Tháng 11/2026"),
    ("Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "15/12/2026"),
];
