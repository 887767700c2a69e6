//! Two offices share a plan by file: the Sở Nội vụ exports it in Chromium, the Văn phòng
//! imports the real file on disk in Firefox through the file field. Then the sender renames a
//! task while the receiver ticks it done: both imports keep both changes, with no choice made.
//! Then both rename another task: the import shows the conflict with both values and times, is
//! applied, undone (the history says so), and applied again with a choice for the field.

use fantoccini::Locator;
use serde_json::Value;
use sotay_e2e::{in_every_browser_and_delivery, screenshots, Browser, Session};
use std::path::{Path, PathBuf};

const PLAN: &str = "Kế hoạch cải cách hành chính năm 2026";
const TASKS: [&str; 2] = ["Rà soát thủ tục hành chính", "Số hóa hồ sơ một cửa"];
const RENAMED: &str = "Rà soát, đơn giản hóa thủ tục hành chính";
/// What each office renames the second task to, apart.
const THEIRS: &str = "Số hóa hồ sơ, kết quả giải quyết thủ tục";
const OURS: &str = "Số hóa hồ sơ tại Bộ phận Một cửa";
const SENDER: &str = "sotay-so-noi-vu-tinh-vinh-phuc-ke-hoach-cai-cach";
const RECEIVER: &str = "sotay-van-phong-ubnd-tinh-vinh-phuc-ke-hoach-cai-cach";

in_every_browser_and_delivery!(a_plan_and_a_meeting_download_as_files);

/// In each engine, the example's plan and meeting are downloaded from their own pages with the
/// "Tải tệp về" button: the files are named after the office, the scope and the day, hold what
/// the scope takes, and read back on the exchange page as bringing nothing new.
async fn a_plan_and_a_meeting_download_as_files(browser: Browser) {
    let app = Session::start(browser).await;
    app.set_today("2026-11-25").await;
    app.click_button("Mở dữ liệu ví dụ").await;
    app.wait_for_count("li.task", 8).await;
    app.wait_for_text("#last-export", "Chưa xuất lần nào").await;
    app.click("#export-download").await;
    app.wait_for_text("#export-said", "Đã tải tệp").await;
    app.wait_for_text("#last-export", "Lần xuất gần nhất").await;
    if browser == Browser::Chromium {
        app.shots_of("plan-send", "section.send").await;
    }
    let plan = app.downloaded("sotay-so-tay-vi-du-ke-hoach-cai-cach").await;
    let bundle = read_bundle(&plan);
    assert_eq!(bundle["scope"]["kind"], "plan");
    assert_eq!(bundle["counts"]["tasks"], 8, "the plan's eight tasks");
    assert_eq!(bundle["counts"]["indicators"], 2);
    assert!(
        plan.to_string_lossy().ends_with("-2026-11-25.json"),
        "the day in the name: {}",
        plan.display()
    );
    std::fs::rename(&plan, app.downloads.join("plan.json")).expect("set the plan aside");

    app.open("#/cuoc-hop").await;
    app.click("li.plan a").await;
    app.wait_for_text("#send-heading", "Gửi cuộc họp").await;
    app.click("#export-download").await;
    app.wait_for_text("#export-said", "Đã tải tệp").await;
    let meeting = app.downloaded("sotay-so-tay-vi-du-").await;
    let bundle = read_bundle(&meeting);
    assert_eq!(bundle["scope"]["kind"], "meeting");
    assert_eq!(bundle["counts"]["meetings"], 1);
    assert_eq!(
        bundle["counts"]["tasks"], 2,
        "the meeting's two assignments"
    );

    // What was downloaded reads back whole: it brings nothing this browser lacks.
    app.open("#/trao-doi").await;
    app.upload("#import-file", &meeting).await;
    app.wait_for_text("#import-preview", "không mang thay đổi nào")
        .await;

    // The plan's file dropped on the page reads the same way.
    let text = std::fs::read_to_string(app.downloads.join("plan.json")).expect("the plan");
    app.client
        .execute(
            "const zone = document.querySelector('.drop-zone');
             const data = new DataTransfer();
             data.items.add(new File([arguments[0]], 'plan.json', { type: 'application/json' }));
             zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
             zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
             return 1",
            vec![Value::String(text)],
        )
        .await
        .expect("drop the file");
    app.wait_for_text("#import-preview", "Kế hoạch: [Ví dụ]")
        .await;

    // A 50 MB file is refused by its size before it is read, and the page still answers.
    let huge = app.downloads.join("huge.json");
    std::fs::write(&huge, vec![b' '; 50 << 20]).expect("write 50 MB");
    app.upload("#import-file", &huge).await;
    app.wait_for_text(".import-message", "Tệp quá lớn (50 MB, tối đa 20 MB)")
        .await;
    assert_eq!(app.script("return 1 + 1").await, 2, "the page answers");
    let _ = std::fs::remove_file(&huge);
    app.finish().await;
}

fn read_bundle(file: &Path) -> Value {
    let text = std::fs::read_to_string(file).expect("the downloaded file");
    let bundle: Value = serde_json::from_str(&text).expect("the download is JSON");
    assert_eq!(bundle["format"], "sotay-bundle", "{}", file.display());
    bundle
}

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
    receiver.open("#/cai-dat").await;
    receiver
        .type_into("#office-name", "Văn phòng UBND tỉnh Vĩnh Phúc")
        .await;
    receiver.submit_form_of("#office-name").await;
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
        sender.pick_agency("#task-lead", lead, lead).await;
        sender.submit_form_of("#task-title").await;
        sender.wait_for_text("#main", task).await;
    }

    // …exports it as a file…
    let first = export_plan(&sender, &folder, SENDER, "ke-hoach-1.json").await;

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

    // The second file merges both changes: their title arrives, our tick stays.
    let second = export_plan(&sender, &folder, SENDER, "ke-hoach-2.json").await;
    receiver.open("#/trao-doi").await;
    receiver.upload("#import-file", &second).await;
    receiver
        .wait_for_text("#import-preview", "Gộp hai bên")
        .await;
    receiver.wait_for_count("li.difference.conflict", 0).await;
    let merged =
        "//li[contains(@class,'difference')]//tr[th[normalize-space()='Tên nhiệm vụ']]/td[3]";
    let said = receiver
        .client
        .find(Locator::XPath(merged))
        .await
        .expect("the title's row");
    assert_eq!(said.text().await.expect("its result"), "Lấy của họ");
    let kept = "//li[contains(@class,'difference')]//tr[th[normalize-space()='Tình trạng']]/td[3]";
    let said = receiver
        .client
        .find(Locator::XPath(kept))
        .await
        .expect("the status's row");
    assert_eq!(said.text().await.expect("its result"), "Giữ của mình");
    receiver
        .shots_of("exchange-merged", "#import-preview")
        .await;
    applies_and_holds_both_changes(&receiver, &id).await;
    // …and back: the sender holds both changes too, nothing chosen by anyone.
    let back = export_plan(&receiver, &folder, RECEIVER, "ke-hoach-3.json").await;
    sender.open("#/trao-doi").await;
    sender.upload("#import-file", &back).await;
    sender.wait_for_text("#import-preview", "Cập nhật").await;
    applies_and_holds_both_changes(&sender, &id).await;

    // Both rename the second task apart: a conflict, with both values and both times.
    let other = receiver.wait_for_count("li.task", 2).await[1]
        .attr("data-id")
        .await
        .unwrap()
        .expect("data-id");
    for (app, title) in [(&sender, THEIRS), (&receiver, OURS)] {
        app.open("#/ke-hoach").await;
        app.click("li.plan a").await;
        app.click(&format!("li.task[data-id='{other}'] a.task-title"))
            .await;
        app.type_into("#task-edit-title", title).await;
        app.submit_form_of("#task-edit-title").await;
        app.wait_for_text("h1", title).await;
    }
    let fourth = export_plan(&sender, &folder, SENDER, "ke-hoach-4.json").await;
    receiver.open("#/trao-doi").await;
    receiver.upload("#import-file", &fourth).await;
    receiver.wait_for_text("#import-preview", "Xung đột").await;
    receiver
        .wait_for_text("li.difference.conflict", THEIRS)
        .await;
    receiver.wait_for_text("li.difference.conflict", OURS).await;
    receiver
        .wait_for_text("li.difference.conflict", "sửa lúc")
        .await;
    receiver
        .shots_of("exchange-preview", "#import-preview")
        .await;

    // Applied by default (the later edit, ours, shown; theirs kept): the task's own page shows
    // the conflict with both values. Then undone, then applied again taking the sender's title.
    receiver.click("#import-apply").await;
    receiver.wait_for_text(".import-message", "Đã nhập").await;
    receiver.open("#/ke-hoach").await;
    receiver.click("li.plan a").await;
    receiver
        .click(&format!("li.task[data-id='{other}'] a.task-title"))
        .await;
    receiver.wait_for_text(".record-conflicts", THEIRS).await;
    receiver
        .wait_for_text(".record-conflicts", "Dùng giá trị này")
        .await;
    receiver
        .shots_of("task-conflict", ".record-conflicts")
        .await;
    receiver.open("#/trao-doi").await;
    receiver.click("#import-undo").await;
    receiver
        .wait_for_text(".import-message", "Đã hoàn tác")
        .await;
    receiver
        .wait_for_text("#import-history", "đã hoàn tác lúc")
        .await;
    receiver.upload("#import-file", &fourth).await;
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
    receiver
        .wait_for_text("li.difference.conflict", "Theo lựa chọn của bạn")
        .await;
    receiver.click("#import-apply").await;
    receiver.wait_for_text(".import-message", "Đã nhập").await;
    receiver.wait_for_count("#import-history li", 4).await;
    receiver.open("#/ke-hoach").await;
    receiver.click("li.plan a").await;
    receiver
        .wait_for_text(&format!("li.task[data-id='{other}']"), THEIRS)
        .await;
    receiver
        .wait_for(&format!("li.task.done[data-id='{id}']"))
        .await;
    receiver.shots("exchange-after").await;

    let _ = std::fs::remove_dir_all(&folder);
    sender.finish().await;
    receiver.finish().await;
}

/// Downloads the plan from its own page, as the sender saves it to attach to an email, and
/// moves the file to `folder` under `name`.
/// Applies the import shown, then finds the task `id` with both offices' changes: the title one
/// renamed, ticked done by the other.
async fn applies_and_holds_both_changes(app: &Session, id: &str) {
    app.click("#import-apply").await;
    app.wait_for_text(".import-message", "Đã nhập").await;
    app.open("#/ke-hoach").await;
    app.click("li.plan a").await;
    app.wait_for_text(&format!("li.task[data-id='{id}']"), RENAMED)
        .await;
    app.wait_for(&format!("li.task.done[data-id='{id}']")).await;
}

async fn export_plan(app: &Session, folder: &Path, prefix: &str, name: &str) -> PathBuf {
    app.open("#/ke-hoach").await;
    app.click("li.plan a").await;
    app.wait_for_text("#send-heading", "Gửi kế hoạch").await;
    app.click("#export-download").await;
    app.wait_for_text("#export-said", "Đã tải tệp").await;
    let saved = app.downloaded(prefix).await;
    let text = std::fs::read_to_string(&saved).expect("the downloaded bundle");
    assert!(text.contains("\"format\": \"sotay-bundle\""), "{text}");
    let file = folder.join(name);
    std::fs::rename(&saved, &file).expect("keep the bundle");
    file
}

sotay_e2e::in_every_browser!(markup_and_right_to_left_text_in_a_bundle_stay_text);

/// A bundle whose titles hold HTML (an image with an error handler, a script) and right-to-left
/// text is shown as those very characters, in the preview and after the import: nothing runs,
/// no element is made of it.
async fn markup_and_right_to_left_text_in_a_bundle_stay_text(browser: Browser) {
    use sotay::bundle::{Bundle, Scope};
    use sotay::domain::{DeviceId, Id, Timestamp};
    let title =
        "<img src=x onerror=\"window.__ran=1\"><script>window.__ran=2</script> مرحبا بالعالم";
    let mut ws = sotay::workspace::Workspace::new(DeviceId(Id::from_random(42)));
    ws.add_plan(Id::from_random(43), title, Timestamp(1_795_000_000_000))
        .expect("a plan with any text in its title");
    let bundle = Bundle::export(&ws, Scope::Workspace, Timestamp(1_795_000_000_001), "0.1.0")
        .expect("the bundle writes as JSON");
    let app = Session::start(browser).await;
    let file = app.downloads.join("markup.json");
    std::fs::write(&file, bundle.to_json().expect("the bundle writes as JSON"))
        .expect("write the bundle");
    app.open("#/trao-doi").await;
    app.upload("#import-file", &file).await;
    app.wait_for_text("#import-preview", "Xem trước").await;
    app.click("#import-apply").await;
    app.wait_for_text(".import-message", "Đã nhập").await;
    app.open("#/ke-hoach").await;
    app.wait_for_text("li.plan", "<img src=x onerror=").await;
    app.wait_for_text("li.plan", "مرحبا بالعالم").await;
    let made = app
        .script(
            "return [document.querySelectorAll('main img, main script').length, window.__ran || 0]",
        )
        .await;
    assert_eq!(
        made,
        serde_json::json!([0, 0]),
        "no element made, nothing run"
    );
    app.finish().await;
}

sotay_e2e::in_every_browser!(a_changed_bundle_is_refused_by_its_checksum);

/// The checksum is verified with the browser's own SHA-256 (`crypto.subtle`): a bundle changed
/// by one letter after export is refused with the checksum's message and nothing changes; the
/// same bundle unchanged is read into the preview, the refusal gone.
async fn a_changed_bundle_is_refused_by_its_checksum(browser: Browser) {
    use sotay::bundle::{Bundle, Scope};
    use sotay::domain::{DeviceId, Id, Timestamp};
    let mut ws = sotay::workspace::Workspace::new(DeviceId(Id::from_random(52)));
    ws.add_plan(
        Id::from_random(53),
        "Kế hoạch CCHC năm 2027",
        Timestamp(1_795_000_000_000),
    )
    .expect("a plan");
    let text = Bundle::export(&ws, Scope::Workspace, Timestamp(1_795_000_000_001), "0.1.0")
        .expect("the bundle writes as JSON")
        .to_json()
        .expect("the bundle writes as JSON");
    let changed = text.replace("năm 2027", "năm 2028");
    assert_ne!(changed, text);
    let app = Session::start(browser).await;
    let (bad, good) = (
        app.downloads.join("changed.json"),
        app.downloads.join("good.json"),
    );
    std::fs::write(&bad, &changed).expect("write the changed bundle");
    std::fs::write(&good, &text).expect("write the bundle");
    app.open("#/trao-doi").await;
    app.upload("#import-file", &bad).await;
    app.wait_for_text(".import-message", "không khớp mã kiểm tra SHA-256")
        .await;
    app.wait_for_count("#import-preview", 0).await;
    app.upload("#import-file", &good).await;
    app.wait_for_text("#import-preview", "Xem trước khi nhập")
        .await;
    app.wait_for_count(".import-message:not(:empty)", 0).await;
    app.finish().await;
}
