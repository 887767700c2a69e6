//! The browser store under stress: filled to its quota, shared by two windows, denied to the
//! page, and the browser killed right after typing. Nothing typed may be lost.

use fantoccini::wd::WindowHandle;
use sotay_e2e::{dist, in_every_browser, screenshots, Browser, Options, Session};
use std::path::PathBuf;

const PLAN: &str = "Kế hoạch cải cách hành chính năm 2026";

in_every_browser!(a_full_store_keeps_the_work_and_saves_it_once_there_is_room);
in_every_browser!(two_windows_editing_one_plan_keep_both_edits);
in_every_browser!(with_storage_denied_the_app_runs_warns_and_exports);
in_every_browser!(settings_show_the_store_and_restore_a_snapshot);
in_every_browser!(five_thousand_tasks_and_five_hundred_meetings_fit_with_room_to_spare);
in_every_browser!(a_damaged_chunk_is_recovered_from_the_journal_and_the_settings_say_so);
in_every_browser!(a_full_store_asks_before_giving_up_a_snapshot_and_says_it_did);

/// Every `sotay/` key and its value, sorted.
const STORED: &str = "return Object.keys(localStorage).filter(k => k.startsWith('sotay/')).sort()
    .map(k => [k, localStorage.getItem(k)])";

/// Fills localStorage to the last character with keys of its own, and returns how many
/// characters that took.
const FILL: &str = "let n = 0, size = 1 << 20, total = 0;
    while (size >= 1) {
        try { localStorage.setItem('fill/' + n, 'x'.repeat(size)); n++; total += size; }
        catch (e) { size = Math.floor(size / 2); }
    }
    return total";

async fn new_plan(app: &Session) {
    app.open("#/ke-hoach").await;
    app.type_into("#plan-title", PLAN).await;
    app.submit_form_of("#plan-title").await;
    app.wait_for_text("h1", PLAN).await;
}

async fn add_task(app: &Session, title: &str) {
    app.type_into("#task-title", title).await;
    app.pick_agency("#task-lead", "Sở Tư pháp", "Sở Tư pháp")
        .await;
    app.submit_form_of("#task-title").await;
    app.wait_for_text("#main", title).await;
}

async fn a_full_store_keeps_the_work_and_saves_it_once_there_is_room(browser: Browser) {
    let app = Session::start(browser).await;
    new_plan(&app).await;
    add_task(&app, "Rà soát thủ tục hành chính").await;
    let saved = app.script(STORED).await;

    let filled = app.script(FILL).await;
    assert!(filled.as_u64().unwrap_or(0) > 1_000_000, "{filled}");
    // An edit now cannot be written: the banner says so and offers the export.
    let late = "Số hóa hồ sơ khi bộ nhớ đầy";
    add_task(&app, late).await;
    app.wait_for_text(".notice.warning", "Bộ nhớ của trình duyệt đã đầy")
        .await;
    app.shots_of("storage-full", ".notice.warning").await;
    assert_eq!(
        app.script(STORED).await,
        saved,
        "what was saved before is intact"
    );
    // The work goes on from memory, and the one-tap export carries it.
    app.click(".notice.warning .export-now").await;
    let file = app.downloaded("sotay-so-tay-toan-bo").await;
    let text = std::fs::read_to_string(&file).expect("the export");
    assert!(text.contains(late), "the export holds the unsaved task");
    std::fs::remove_file(&file).expect("remove the export");

    // A reload while full loses nothing either: the IndexedDB journal had the edit. The list
    // is drawn from localStorage first and again once the journal's edit is merged in: the plan
    // is opened once it shows both tasks (under load, a click that landed as the row was
    // drawn again went nowhere, as a tap would).
    app.client.refresh().await.expect("reload");
    app.open("#/ke-hoach").await;
    app.wait_for_text("li.plan", "0/2").await;
    app.click("li.plan a").await;
    app.wait_for_text("#main", late).await;
    app.wait_for_text(".notice.warning", "Bộ nhớ của trình duyệt đã đầy")
        .await;

    // Space is freed: the retry saves within seconds and the banner goes.
    app.script("Object.keys(localStorage).filter(k => k.startsWith('fill/')).forEach(k => localStorage.removeItem(k)); return 1")
        .await;
    app.wait_for_count(".notice.warning", 0).await;
    app.client.refresh().await.expect("reload");
    app.open("#/ke-hoach").await;
    app.wait_for_text("li.plan", "0/2").await;
    app.click("li.plan a").await;
    app.wait_for_text("#main", late).await;
    app.finish().await;
}

async fn two_windows_editing_one_plan_keep_both_edits(browser: Browser) {
    let app = Session::start(browser).await;
    new_plan(&app).await;
    let plan = app.fragment().await;
    let first = app.client.window().await.expect("this window");
    let second = app
        .client
        .new_window(false)
        .await
        .expect("a second window")
        .handle;
    switch(&app, &second).await;
    app.open(&format!("#{plan}")).await;
    app.wait_for_text("h1", PLAN).await;

    // Each window adds its own task to the same plan.
    add_task(&app, "Nhiệm vụ thêm ở cửa sổ thứ hai").await;
    switch(&app, &first).await;
    add_task(&app, "Nhiệm vụ thêm ở cửa sổ thứ nhất").await;
    // Each window shows both, without a reload: the other's edit came by the storage event.
    app.wait_for_count("li.task", 2).await;
    switch(&app, &second).await;
    app.wait_for_count("li.task", 2).await;
    // And both stay after a reload of each: the store holds the union.
    app.client.refresh().await.expect("reload");
    app.wait_for_count("li.task", 2).await;
    switch(&app, &first).await;
    app.client.refresh().await.expect("reload");
    app.wait_for_count("li.task", 2).await;
    app.finish().await;
}

async fn switch(app: &Session, window: &WindowHandle) {
    app.client
        .switch_to_window(window.clone())
        .await
        .expect("switch windows");
}

/// A copy of the release build whose page replaces `localStorage` with a getter that throws, as
/// Safari does for a page opened from a file, before the app starts.
fn denied_build() -> PathBuf {
    let folder = screenshots().join(format!("denied-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("a folder for the copy");
    for entry in std::fs::read_dir(dist()).expect("dist").flatten() {
        std::fs::copy(entry.path(), folder.join(entry.file_name())).expect("copy dist");
    }
    let index = folder.join("index.html");
    let page = std::fs::read_to_string(&index).expect("index.html");
    let stub = "<script>Object.defineProperty(window, 'localStorage', { get() { \
                throw new DOMException('The operation is insecure.', 'SecurityError'); } });</script>";
    let page = page.replacen("<head>", &format!("<head>{stub}"), 1);
    std::fs::write(&index, page).expect("write the stubbed page");
    folder
}

async fn with_storage_denied_the_app_runs_warns_and_exports(browser: Browser) {
    let options = Options {
        dist: Some(denied_build()),
        ..Options::default()
    };
    let app = Session::start_with(browser, options).await;
    app.wait_for_text(".notice.warning", "không cho trang này lưu dữ liệu")
        .await;
    app.shots_of("storage-denied", ".notice.warning").await;
    new_plan(&app).await;
    add_task(&app, "Nhiệm vụ chỉ nằm trong bộ nhớ").await;
    app.open("#/cai-dat").await;
    app.wait_for_text("main", "Trình duyệt không cho lưu dữ liệu")
        .await;
    app.click(".notice.warning .export-now").await;
    let file = app.downloaded("sotay-so-tay-toan-bo").await;
    let text = std::fs::read_to_string(&file).expect("the export");
    assert!(text.contains("Nhiệm vụ chỉ nằm trong bộ nhớ"));
    app.finish().await;
}

/// Text typed at the meeting table is kept: a browser killed half a second after the last key
/// (no unload, no flush) and started again on the same profile shows it. Chromium and Firefox:
/// WebKitGTK's automation sessions keep no profile to start again on.
async fn a_hard_kill_right_after_typing_loses_nothing(browser: Browser) {
    let profile = screenshots().join(format!("profile-{}-{}", browser.name(), std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    std::fs::create_dir_all(&profile).expect("a profile folder");
    // Chromium's driver cannot find its port file through a path with `..` in it.
    let profile = profile.canonicalize().expect("the profile's full path");
    let options = Options {
        profile: Some(profile.clone()),
        ..Options::default()
    };
    let app = Session::start_with(browser, options.clone()).await;
    let server = app.server.clone();
    app.open("#/cuoc-hop").await;
    app.type_into(
        "#meeting-new-title",
        "Giao ban cải cách hành chính tháng 11",
    )
    .await;
    app.submit_form_of("#meeting-new-title").await;
    app.wait_for(".live-title").await;
    let meeting = app.fragment().await;
    app.click("#add-item").await;
    let typed = "Sở Tư pháp báo cáo: đã rà soát 45/52 thủ tục";
    app.type_into(".items-section .live-card:nth-child(1) textarea", typed)
        .await;
    // The page has taken every key (the field shows it all); then, at once, the power goes.
    let shown = app
        .value_of(".items-section .live-card:nth-child(1) textarea")
        .await;
    assert_eq!(shown, typed);
    // Half a second: localStorage alone loses the last seconds here (both engines put it on
    // disk seconds late); the IndexedDB journal's transaction is on disk within milliseconds.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    app.kill_hard(&profile);

    let again = Session::start_with(
        browser,
        Options {
            server: Some(server),
            ..options
        },
    )
    .await;
    again.open(&format!("#{meeting}")).await;
    let value = again
        .value_of(".items-section .live-card:nth-child(1) textarea")
        .await;
    assert_eq!(value, typed, "the text typed just before the kill");
    again.finish().await;
    let _ = std::fs::remove_dir_all(&profile);
}

mod kill {
    use super::*;
    #[tokio::test(flavor = "current_thread")]
    async fn chromium() {
        a_hard_kill_right_after_typing_loses_nothing(Browser::Chromium).await;
    }
    #[tokio::test(flavor = "current_thread")]
    async fn firefox() {
        a_hard_kill_right_after_typing_loses_nothing(Browser::Firefox).await;
    }
}

/// The settings say how much of the store is used and whether the browser keeps it, and list the
/// day's automatic snapshot, which restores the data as it was (keeping the state it replaces).
async fn settings_show_the_store_and_restore_a_snapshot(browser: Browser) {
    let app = Session::start(browser).await;
    new_plan(&app).await;
    // The next start takes the day's snapshot: one plan, no task.
    app.client.refresh().await.expect("reload");
    app.wait_for_text("h1", PLAN).await;
    add_task(&app, "Nhiệm vụ thêm sau bản lưu").await;
    app.open("#/cai-dat").await;
    app.wait_for_text("#storage-usage", "ký tự của bộ nhớ trình duyệt")
        .await;
    app.wait_for("#storage-persisted").await;
    app.wait_for_text("#settings-last-export", "Chưa xuất lần nào")
        .await;
    app.wait_for_count("li.backup", 1).await;
    app.wait_for_text("li.backup", "0 nhiệm vụ, 0 cuộc họp")
        .await;
    app.shots_of("settings-storage", "#storage-usage").await;
    app.click("li.backup button").await;
    app.wait_for_text("#backup-said", "Đã khôi phục").await;
    app.wait_for_count("li.backup", 2).await;
    app.wait_for_text("ul.backups", "1 nhiệm vụ, 0 cuộc họp")
        .await;
    app.open("#/ke-hoach").await;
    app.click("li.plan a").await;
    app.wait_for_text("#main", "chưa có nhiệm vụ nào").await;
    app.finish().await;
}

/// The stored form of 5,000 tasks and 500 meetings, written into the browser's own
/// localStorage: the app opens it, and filling the rest measures the room left, so the share of
/// the real quota is measured in each engine rather than assumed.
async fn five_thousand_tasks_and_five_hundred_meetings_fit_with_room_to_spare(browser: Browser) {
    let (values, plans) = sotay_e2e::stored_office(5000);
    let app = Session::start(browser).await;
    app.replace_store(&serde_json::Value::Object(values)).await;
    app.client.refresh().await.expect("reload");
    app.open("#/ke-hoach").await;
    app.wait_for_count("li.plan", plans).await;
    let used = app
        .script("return Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0)")
        .await
        .as_u64()
        .expect("a count");
    let free = app.script(FILL).await.as_u64().expect("a count");
    app.script("Object.keys(localStorage).filter(k => k.startsWith('fill/')).forEach(k => localStorage.removeItem(k)); return 1")
        .await;
    let share = 100.0 * used as f64 / (used + free) as f64;
    println!(
        "{}: 5,000 tasks + 500 meetings stored in {used} UTF-16 units; {free} more fit; {share:.1} % of the quota",
        browser.name()
    );
    assert!(share < 50.0, "{share:.1} % of the quota");
    app.finish().await;
}

/// A chunk of tasks damaged in localStorage (a disk error, a hand edit) is set aside, and its
/// records come back from the IndexedDB journal: the notice says so, names where the damaged
/// copy is kept, and the settings still list it after another reload.
async fn a_damaged_chunk_is_recovered_from_the_journal_and_the_settings_say_so(browser: Browser) {
    let app = Session::start(browser).await;
    new_plan(&app).await;
    let task = "Rà soát thủ tục hành chính nội bộ";
    add_task(&app, task).await;
    app.wait_for_journal("sotay/tasks/").await;
    let damaged = app
        .script(
            "const key = Object.keys(localStorage).find(k => k.startsWith('sotay/tasks/'));
             localStorage.setItem(key, 'Z40:hỏng'); return key",
        )
        .await;
    let damaged = damaged.as_str().expect("a chunk of tasks").to_owned();
    app.client.refresh().await.expect("reload");
    app.wait_for_text(".notice", "khôi phục đầy đủ").await;
    app.wait_for_text(".notice", "sotay/quarantine/tasks-")
        .await;
    app.shots_of("storage-recovered", ".notice").await;
    app.open("#/ke-hoach").await;
    app.click("li.plan a").await;
    app.wait_for_text("#main", task).await;
    // Written back whole, and findable after another reload.
    app.client.refresh().await.expect("reload");
    app.open("#/cai-dat").await;
    app.wait_for_text("#storage-log", "Đã khôi phục đầy đủ")
        .await;
    app.wait_for_text("#quarantine", "1").await;
    let stored = app
        .script(&format!(
            "return localStorage.getItem('{damaged}') === 'Z40:hỏng'"
        ))
        .await;
    assert_eq!(
        stored,
        serde_json::json!(false),
        "the damaged chunk is written anew"
    );
    app.finish().await;
}

/// The store fills up while an automatic snapshot could make room: the app asks first, the
/// edit waits in the journal, and once the user allows it the snapshot goes, the save succeeds,
/// and a notice (and the storage log) says which snapshot was given up.
async fn a_full_store_asks_before_giving_up_a_snapshot_and_says_it_did(browser: Browser) {
    let app = Session::start(browser).await;
    new_plan(&app).await;
    // The next start takes the day's snapshot.
    app.client.refresh().await.expect("reload");
    app.wait_for_text("h1", PLAN).await;
    app.open("#/cai-dat").await;
    app.wait_for_count("li.backup", 1).await;
    app.open("#/ke-hoach").await;
    app.click("li.plan a").await;
    app.script(FILL).await;
    let late = "Nhiệm vụ thêm khi bộ nhớ đầy";
    add_task(&app, late).await;
    app.wait_for_text(".notice.warning", "bỏ bản sao lưu tự động ngày")
        .await;
    app.shots_of("storage-full-offer", ".notice.warning").await;
    app.click(".notice.warning .make-room").await;
    app.wait_for_text(".notice", "đã bỏ bản sao lưu tự động ngày")
        .await;
    app.wait_for_count(".notice.warning", 0).await;
    app.client.refresh().await.expect("reload");
    app.open("#/cai-dat").await;
    app.wait_for_text("#storage-log", "Đã bỏ bản sao lưu tự động ngày")
        .await;
    app.wait_for_count("li.backup", 0).await;
    app.open("#/ke-hoach").await;
    app.click("li.plan a").await;
    app.wait_for_text("#main", late).await;
    app.finish().await;
}
