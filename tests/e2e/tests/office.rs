//! The office's own tools (issue 19): the example's plan report is saved as an Excel workbook
//! and as CSV, an agency's and a search's reports as workbooks, the conclusion notice as a
//! Word document and shared through the share sheet where the browser has one, and the
//! office's report of a period as a workbook of its summary and tasks. Each file is read back
//! natively (calamine for the workbooks, the app's own .docx reader for the notice).

use calamine::{Data, DataType, Reader, Xlsx};
use sotay_e2e::{in_every_browser_and_delivery, Browser, Session};
use std::path::Path;

in_every_browser_and_delivery!(reports_and_notice_leave_for_excel_and_word);

/// The example's task done 20 days before the test's today, ten days after its deadline.
const DONE_TASK: &str = "Rà soát vị trí việc làm, biên chế";
const ASSIGNMENT: &str = "Trình UBND tỉnh quyết định bãi bỏ 12 thủ tục hành chính";

/// The rows of a workbook's sheet, each cell as calamine reads it.
fn sheet(path: &Path, name: &str) -> Vec<Vec<Data>> {
    let bytes = std::fs::read(path).expect("the saved workbook");
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).expect("an .xlsx calamine opens");
    let range = book.worksheet_range(name).expect("the sheet");
    range.rows().map(<[Data]>::to_vec).collect()
}

/// The day a date cell holds (`None` for a number or text: a date must be a date).
fn day(cell: &Data) -> Option<String> {
    let serial = cell.get_datetime()?.as_f64() as i64;
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?;
    epoch
        .checked_add_signed(chrono::TimeDelta::days(serial))
        .map(|d| d.to_string())
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        other => other.to_string(),
    }
}

async fn reports_and_notice_leave_for_excel_and_word(browser: Browser) {
    let app = Session::start(browser).await;
    app.set_today("2026-11-25").await;
    app.click_button("Mở dữ liệu ví dụ").await;
    app.wait_for_count("li.task", 8).await;

    if browser == Browser::Chromium {
        app.shots_of("plan-report", "#plan-report-heading").await;
    }
    // The plan's report: eight tasks in their groups, dates as dates, Vietnamese intact.
    app.click("#plan-report-xlsx").await;
    app.wait_for_text("#plan-report-said", "Đã tải tệp Tien-do-thuc-hien")
        .await;
    let workbook = app.downloaded("Tien-do-thuc-hien-Vi-du-Ke-hoach").await;
    let rows = sheet(&workbook, "Chi tiết");
    let tasks: Vec<&Vec<Data>> = rows
        .iter()
        .filter(|r| matches!(r.first(), Some(Data::Float(_) | Data::Int(_))))
        .collect();
    assert_eq!(
        tasks.len(),
        8,
        "{}: the plan's eight tasks: {rows:?}",
        browser.name()
    );
    let done = tasks
        .iter()
        .find(|r| text(&r[1]) == DONE_TASK)
        .unwrap_or_else(|| panic!("{DONE_TASK} in {rows:?}"));
    assert_eq!(text(&done[2]), "Sở Nội vụ");
    let deadline = day(&done[4]).expect("the deadline is a date cell");
    assert_eq!(deadline, "2026-10-26", "30 days before today");
    assert_eq!(text(&done[5]), "Đã hoàn thành quá hạn 10 ngày");
    assert_eq!(day(&done[6]).as_deref(), Some("2026-11-05"));
    std::fs::remove_file(&workbook).expect("set the workbook aside");

    app.click("#plan-report-csv").await;
    let csv = app.downloaded("Tien-do-thuc-hien-Vi-du-Ke-hoach").await;
    let bytes = std::fs::read(&csv).expect("the CSV");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a UTF-8 BOM for Excel");
    let csv_text = String::from_utf8(bytes).expect("UTF-8");
    assert!(csv_text.contains(&format!("\"{DONE_TASK}\"")), "{csv_text}");
    assert!(
        csv_text.contains("26/10/2026"),
        "dates as officials write them"
    );
    std::fs::remove_file(&csv).expect("set the CSV aside");

    // An agency's report and a search's.
    app.open("#/co-quan/co-quan-so-noi-vu").await;
    app.click("#agency-report-xlsx").await;
    let agency = app
        .downloaded("Tien-do-thuc-hien-cac-nhiem-vu-do-So-Noi-vu")
        .await;
    let rows = sheet(&agency, "Chi tiết");
    assert!(rows.iter().any(|r| r.iter().any(|c| text(c) == DONE_TASK)));
    std::fs::remove_file(&agency).expect("set it aside");
    app.open("#/tim-kiem").await;
    app.type_into("#find-text", "thu tuc").await;
    app.click("#found-report-xlsx").await;
    let found = app.downloaded("Danh-sach-nhiem-vu").await;
    let found_rows = sheet(&found, "Chi tiết");
    assert!(found_rows
        .iter()
        .any(|r| r.iter().any(|c| text(c) == ASSIGNMENT)));
    std::fs::remove_file(&found).expect("set it aside");

    // The notice as Word: every block the printed one has.
    app.open("#/cuoc-hop").await;
    app.click("li.plan a").await;
    app.click("#open-notice").await;
    if browser == Browser::Chromium {
        app.shots("notice-files").await;
    }
    app.click("#notice-file-docx").await;
    let docx = app.downloaded("Thong-bao-45-TB-UBND").await;
    assert!(docx.to_string_lossy().ends_with(".docx"));
    let bytes = std::fs::read(&docx).expect("the notice");
    let notice = sotay::intake::docx::file_text("notice.docx", &bytes).expect("a .docx");
    // The assignment in running text: its verb in lower case after "chủ trì".
    let assigned = "Giao Sở Tư pháp chủ trì trình UBND tỉnh quyết định bãi bỏ 12 thủ tục";
    for block in [
        "ỦY BAN NHÂN DÂN",
        "Số: 45/TB-UBND",
        "THÔNG BÁO",
        assigned,
        "Nơi nhận:",
        "Nguyễn Văn A",
    ] {
        assert!(
            notice.contains(block),
            "{}: {block} in {notice}",
            browser.name()
        );
    }
    std::fs::remove_file(&docx).expect("set it aside");

    // Where the browser has a share sheet (an iPad's Safari), the file goes to it whole. The
    // sheet is the system's: the test stands in for it, and opens the page again so that the
    // button asks the browser anew.
    app.script(
        "navigator.canShare = data => data.files.length === 1;
         navigator.share = data => {
             const f = data.files[0];
             window.sharedFile = { name: f.name, type: f.type, size: f.size };
             return Promise.resolve();
         };
         return 1",
    )
    .await;
    let notice_page = app.fragment().await;
    app.open("#/cuoc-hop").await;
    app.open(&format!("#{notice_page}")).await;
    app.click("#notice-file-share-docx").await;
    app.wait_for_text("#notice-file-said", "Đã chia sẻ tệp Thong-bao-45-TB-UBND")
        .await;
    let shared = app.script("return window.sharedFile").await;
    assert_eq!(
        shared["type"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert_eq!(
        shared["size"].as_u64(),
        Some(bytes.len() as u64),
        "the whole file"
    );

    // The office's report of the year: per lead agency, then the tasks counted.
    app.open("#/").await;
    app.choose("#period-report-period", "năm 2026").await;
    if browser == Browser::Chromium {
        app.shots_of("period-report", "#period-report-heading")
            .await;
    }
    app.click("#period-report-xlsx").await;
    let year = app.downloaded("Tong-hop-ket-qua").await;
    let summary = sheet(&year, "Tổng hợp");
    let noi_vu = summary
        .iter()
        .find(|r| r.get(1).map(text).as_deref() == Some("Sở Nội vụ"))
        .unwrap_or_else(|| panic!("Sở Nội vụ's line in {summary:?}"));
    assert!(noi_vu[2].as_f64().unwrap_or(0.0) >= 1.0, "{noi_vu:?}");
    let details = sheet(&year, "Chi tiết");
    assert!(details
        .iter()
        .any(|r| r.iter().any(|c| text(c) == DONE_TASK)));
    app.finish().await;
}
