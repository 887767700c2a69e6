//! Two offices share a plan by file: the Sở Nội vụ exports it in Chromium, the Văn phòng
//! imports the real file on disk in Firefox through the file field; both then change the same
//! task, the second import shows the conflict, is applied, undone, and applied again with a
//! choice per field.

use fantoccini::Locator;
use sotay_e2e::{screenshots, Browser, Session};
use std::path::{Path, PathBuf};

const PLAN: &str = "Kế hoạch cải cách hành chính năm 2026";
const TASKS: [&str; 2] = ["Rà soát thủ tục hành chính", "Số hóa hồ sơ một cửa"];
const RENAMED: &str = "Rà soát, đơn giản hóa thủ tục hành chính";

#[tokio::test(flavor = "current_thread")]
async fn a_plan_goes_from_one_office_to_another_and_a_conflict_is_resolved() {
    let sender = Session::start(Browser::Chromium).await;
    let receiver = Session::start(Browser::Firefox).await;
    let folder = screenshots().join(format!("downloads-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("a downloads folder");

    // The Sở Nội vụ makes a plan with two tasks.
    sender.open("#/cai-dat").await;
    sender
        .type_into("#office-name", "Sở Nội vụ tỉnh Vĩnh Phúc")
        .await;
    sender.submit_form_of("#office-name").await;
    sender.open("#/ke-hoach").await;
    sender.type_into("#plan-title", PLAN).await;
    sender.submit_form_of("#plan-title").await;
    sender.wait_for_text("h1", PLAN).await;
    // Each office has typed the culture department in its own way.
    sender.open("#/co-quan").await;
    sender
        .type_into("#agency-name", "Sở Văn hóa, Thể thao và Du lịch")
        .await;
    sender.submit_form_of("#agency-name").await;
    receiver.open("#/co-quan").await;
    receiver
        .type_into("#agency-name", "Sở Văn Hóa, Thể Thao và Du Lịch")
        .await;
    receiver.submit_form_of("#agency-name").await;
    receiver.wait_for_text("main", "Sở Văn Hóa, Thể Thao").await;
    sender.open("#/ke-hoach").await;
    sender.click("li.plan a").await;
    for (task, lead) in TASKS
        .into_iter()
        .zip(["Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"])
    {
        sender.type_into("#task-title", task).await;
        sender.choose("#task-lead", lead).await;
        sender.submit_form_of("#task-title").await;
        sender.wait_for_text("#main", task).await;
    }

    // …exports it as a file…
    let first = export_plan(&sender, &folder, "sotay-so-noi-vu-ke-hoach-1.json").await;

    // A file cut short, pasted by mistake, is refused and the store stays as it was.
    receiver.open("#/trao-doi").await;
    let stored = "return JSON.stringify(Object.entries(localStorage).sort())";
    let before = receiver.script(stored).await;
    let text = std::fs::read_to_string(&first).expect("the bundle");
    receiver
        .type_into("#import-paste", &text[..text.len() / 2])
        .await;
    receiver.click("#import-read").await;
    receiver
        .wait_for_text(".import-message", "bị cắt cụt")
        .await;
    assert_eq!(
        receiver.script(stored).await,
        before,
        "a refused file changes nothing stored"
    );

    // …and the Văn phòng imports that file.
    receiver.open("#/trao-doi").await;
    receiver.upload("#import-file", &first).await;
    receiver
        .wait_for_text("#import-preview", "Sở Nội vụ tỉnh Vĩnh Phúc")
        .await;
    receiver.wait_for_text("#import-counts", "nhiệm vụ").await;
    receiver.wait_for_text(".same-agencies", "gộp vào").await;
    receiver.click("#import-apply").await;
    receiver.wait_for_text(".import-message", "Đã nhập").await;
    receiver.open("#/co-quan").await;
    receiver.type_into("#agency-filter", "van hoa").await;
    receiver.wait_for_count("li.agency", 1).await;
    receiver.open("#/ke-hoach").await;
    receiver.click("li.plan a").await;
    receiver.wait_for_count("li.task", 2).await;

    // Both change the first task: the sender renames it, the receiver marks it done.
    sender.open("#/ke-hoach").await;
    sender.click("li.plan a").await;
    sender.click("li.task a.task-title").await;
    sender.type_into("#task-edit-title", RENAMED).await;
    sender.submit_form_of("#task-edit-title").await;
    sender.wait_for_text("h1", RENAMED).await;
    let row = receiver.wait_for("li.task").await;
    let id = row.attr("data-id").await.unwrap().expect("data-id");
    receiver.click(&format!("#done-{id}")).await;
    receiver
        .wait_for(&format!("li.task.done[data-id='{id}']"))
        .await;

    // The second file shows the conflict with both titles.
    let second = export_plan(&sender, &folder, "sotay-so-noi-vu-ke-hoach-2.json").await;
    receiver.open("#/trao-doi").await;
    receiver.upload("#import-file", &second).await;
    receiver.wait_for_text("#import-preview", "Xung đột").await;
    receiver
        .wait_for_text("li.difference.conflict", RENAMED)
        .await;
    for (width, height) in [(1024, 768), (768, 1024), (390, 844)] {
        receiver.resize(width, height).await;
        receiver
            .script("document.getElementById('import-preview').scrollIntoView(); return 1")
            .await;
        receiver
            .screenshot_at("exchange-preview", width, height)
            .await;
    }
    receiver.resize(1024, 768).await;

    // Applied by default (the later change, the receiver's), then undone, then applied again
    // taking the sender's title and keeping the receiver's status.
    receiver.click("#import-apply").await;
    receiver.wait_for_text(".import-message", "Đã nhập").await;
    receiver.click("#import-undo").await;
    receiver
        .wait_for_text(".import-message", "Đã hoàn tác")
        .await;
    receiver.upload("#import-file", &second).await;
    receiver.wait_for_text("#import-preview", "Xung đột").await;
    let theirs =
        "//li[contains(@class,'conflict')]//tr[th[normalize-space()='Tên nhiệm vụ']]/td[2]/input";
    receiver
        .client
        .find(Locator::XPath(theirs))
        .await
        .expect("the title's radio for theirs")
        .click()
        .await
        .expect("choose their title");
    receiver.click("#import-apply").await;
    receiver.wait_for_text(".import-message", "Đã nhập").await;
    receiver.wait_for_count("#import-history li", 3).await;
    receiver.open("#/ke-hoach").await;
    receiver.click("li.plan a").await;
    receiver
        .wait_for_text(&format!("li.task[data-id='{id}']"), RENAMED)
        .await;
    receiver
        .wait_for(&format!("li.task.done[data-id='{id}']"))
        .await;
    receiver.shots("exchange-after").await;

    let _ = std::fs::remove_dir_all(&folder);
    sender.finish().await;
    receiver.finish().await;
}

/// Exports the plan from the exchange page and writes the file it would download to `folder`,
/// as the sender saves it to attach to an email. (Headless Chromium leaves a blob download at
/// 0 bytes here, so the text is taken from the page's "Xem nội dung tệp" box, which shows the
/// same file.)
async fn export_plan(app: &Session, folder: &Path, name: &str) -> PathBuf {
    app.open("#/trao-doi").await;
    app.choose("#export-scope", &format!("Kế hoạch: {PLAN}"))
        .await;
    app.click("#export-show").await;
    let text = app.value_of("#export-text").await;
    assert!(text.contains("\"format\": \"sotay-bundle\""), "{text}");
    let file = folder.join(name);
    std::fs::write(&file, text).expect("save the bundle");
    file
}
