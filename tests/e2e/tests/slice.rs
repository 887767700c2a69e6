//! The first slice of the app, end to end in each browser: create a plan, add tasks with a lead
//! agency, tick one done, delete one, reload, and find everything as it was. Then a stored value
//! that does not parse: it is kept aside and the user is told, and the rest still loads.

use fantoccini::Locator;
use sotay_e2e::{Browser, Session};

const PLAN: &str = "Kế hoạch cải cách hành chính năm 2026";
const FIRST: &str = "Rà soát, đơn giản hóa thủ tục hành chính";
const SECOND: &str = "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính";
const THIRD: &str = "Nhiệm vụ nhập nhầm";

/// The sizes a person uses the app at: a tablet both ways, a laptop, and a phone.
const SIZES: [(u32, u32); 4] = [(1024, 768), (768, 1024), (1366, 768), (390, 844)];

sotay_e2e::in_every_browser_and_delivery!(plan_and_tasks_survive_a_reload);
sotay_e2e::in_every_browser!(
    an_unreadable_value_is_kept_aside,
    every_section_opens_from_the_navigation,
);

async fn plan_and_tasks_survive_a_reload(browser: Browser) {
    let app = Session::start(browser).await;
    app.wait_for_text("header", "Sổ tay Cải cách").await;
    if app.delivery == sotay_e2e::Delivery::File {
        // Opened from disk, the app says once where its data lives.
        app.wait_for_text(".notices", "đang mở từ một tệp trên máy")
            .await;
        app.shots("first-start").await;
    }
    app.open("#/ke-hoach").await;
    app.wait_for_text("nav", "Kế hoạch").await;
    app.wait_for_text("nav", "Cuộc họp").await;

    // A new plan opens at once, ready for its tasks.
    app.type_into("#plan-title", PLAN).await;
    app.submit_form_of("#plan-title").await;
    app.wait_for_text("h1", PLAN).await;

    add_task(&app, FIRST, "Sở Tư pháp").await;
    add_task(&app, SECOND, "Sở Nội vụ").await;
    add_task(&app, THIRD, "Sở Tài chính").await;
    app.wait_for_count("li.task", 3).await;

    // A task the document gives to no agency yet is kept, and says so in its row.
    const UNLED: &str = "Nhiệm vụ chưa có cơ quan chủ trì";
    app.type_into("#task-title", UNLED).await;
    app.type_into("#task-lead", "").await;
    app.submit_form_of("#task-title").await;
    app.wait_for_count("li.task", 4).await;
    let unled = task_id(&app, UNLED).await;
    let row = format!("li.task[data-id='{unled}']");
    app.wait_for_text(&row, "Chưa giao cơ quan chủ trì").await;
    app.wait_for(&row)
        .await
        .find(Locator::Css("button.delete"))
        .await
        .expect("delete button")
        .click()
        .await
        .expect("delete");
    app.wait_for_count("li.task", 3).await;

    // Tick the second task done.
    let second = task_id(&app, SECOND).await;
    app.wait_for(&format!("#done-{second}"))
        .await
        .click()
        .await
        .expect("tick the task");
    app.wait_for_count("li.task.done", 1).await;
    app.wait_for_text(".done-figure", "1/3").await;

    // Delete the third; the notice offers to undo it.
    let third = task_id(&app, THIRD).await;
    let row = app.wait_for(&format!("li.task[data-id='{third}']")).await;
    row.find(Locator::Css("button.delete"))
        .await
        .expect("delete button")
        .click()
        .await
        .expect("delete");
    app.wait_for_count("li.task", 2).await;
    app.wait_for_text(".notices", "Đã xóa").await;
    app.wait_for_text(".notices", "Hoàn tác").await;

    // After a reload, everything is as it was.
    app.client.refresh().await.expect("reload");
    app.wait_for_text("h1", PLAN).await;
    let rows = app.wait_for_count("li.task", 2).await;
    let first_text = rows[0].text().await.unwrap();
    let second_text = rows[1].text().await.unwrap();
    assert!(
        first_text.contains(FIRST) && first_text.contains("Sở Tư pháp"),
        "{first_text}"
    );
    assert!(first_text.contains("Chưa thực hiện"), "{first_text}");
    assert!(
        second_text.contains(SECOND) && second_text.contains("Sở Nội vụ"),
        "{second_text}"
    );
    assert!(second_text.contains("Hoàn thành đúng hạn"), "{second_text}");
    let first = task_id(&app, FIRST).await;
    assert!(
        !is_checked(&app, &first).await,
        "the first task is not done"
    );
    assert!(is_checked(&app, &second).await, "the second task is done");
    app.wait_for_text(".done-figure", "1/2").await;

    for (width, height) in SIZES {
        app.screenshot_at("plan", width, height).await;
    }

    // The list of plans shows the plan with its progress.
    app.open("#/ke-hoach").await;
    app.wait_for_text("li.plan", PLAN).await;
    app.wait_for_text("li.plan", "1/2").await;
    app.screenshot_at("plans", 1024, 768).await;

    // What the last release stored (schema 3: sixteen chunks a kind) opens as it was, and stays
    // after this release saves it in its own form (schema 4), the single file from disk too.
    let schema_3: serde_json::Value =
        serde_json::from_str(include_str!("../../fixtures/storage-schema-3.json")).unwrap();
    app.replace_store(&schema_3).await;
    app.client.refresh().await.expect("reload");
    app.open("#/ke-hoach").await;
    app.wait_for_text("li.plan", "[Ví dụ] Kế hoạch cải cách hành chính năm 2026")
        .await;
    app.wait_for_text("li.plan", "2/8").await;
    app.open("#/cuoc-hop").await;
    app.wait_for_text("main", "[Ví dụ] Giao ban cải cách hành chính tháng 11/2026")
        .await;
    app.open("#/ke-hoach").await;
    app.wait_for("li.plan a")
        .await
        .click()
        .await
        .expect("open the plan");
    app.wait_for_count("li.task", 8).await;
    let ticked = app
        .wait_for("li.task:not(.done) input[type=checkbox]")
        .await;
    ticked.click().await.expect("tick a task");
    app.wait_for_count("li.task.done", 3).await;
    app.client.refresh().await.expect("reload");
    app.wait_for_count("li.task.done", 3).await;
    app.wait_for_count("li.task", 8).await;
    let schema = app
        .script("return JSON.parse(localStorage.getItem('sotay/meta')).schema")
        .await;
    assert_eq!(schema, 4, "saved in this release's form");
    app.finish().await;
}

async fn an_unreadable_value_is_kept_aside(browser: Browser) {
    let app = Session::start(browser).await;
    app.open("#/ke-hoach").await;
    app.type_into("#plan-title", PLAN).await;
    app.submit_form_of("#plan-title").await;
    add_task(&app, FIRST, "Sở Tư pháp").await;
    app.wait_for_count("li.task", 1).await;

    app.wait_for_journal("sotay/tasks/").await;
    // Someone (or a crash mid-write) leaves the tasks chunk half written.
    let broken = r#"[{"id":"abc","body":{"title":"Rà soát"#;
    app.script(&format!(
        "const key = Object.keys(localStorage).find(k => k.startsWith('sotay/tasks/'));
         localStorage.setItem(key, {broken:?}); return 1"
    ))
    .await;
    app.client.refresh().await.expect("reload");

    // The journal had the chunk as last saved: the notice says it came back, and where the
    // damaged text is kept.
    app.wait_for_text(".notices .notice", "cất riêng").await;
    app.wait_for_text(".notices .notice", "khôi phục đầy đủ")
        .await;
    app.open("#/ke-hoach").await;
    app.wait_for_text("li.plan", PLAN).await;
    let kept = app
        .script("return Object.keys(localStorage).filter(k => k.startsWith('sotay/quarantine/')).map(k => localStorage.getItem(k))")
        .await;
    assert_eq!(
        kept,
        serde_json::json!([broken]),
        "the broken text is kept, untouched"
    );
    app.screenshot_at("set-aside", 1024, 768).await;
    app.finish().await;
}

/// Each section of the navigation opens its page, marks itself current, and survives a reload;
/// the office name typed in the settings shows in the header.
async fn every_section_opens_from_the_navigation(browser: Browser) {
    let app = Session::start(browser).await;
    let sections = [
        ("Kế hoạch", "Kế hoạch", "ke-hoach"),
        ("Tìm kiếm", "Tìm kiếm nhiệm vụ, cuộc họp", "tim-kiem"),
        ("Cuộc họp", "Cuộc họp", "cuoc-hop"),
        ("Cơ quan", "Cơ quan", "co-quan"),
        ("Cài đặt", "Cài đặt", "cai-dat"),
        ("Tổng quan", "Tổng quan", ""),
    ];
    for (name, heading, page) in sections {
        let link = app
            .client
            .find(Locator::XPath(&format!(
                "//nav//a[normalize-space()='{name}']"
            )))
            .await
            .unwrap_or_else(|e| panic!("{}: no link {name:?}: {e}", browser.name()));
        link.click().await.expect("follow the link");
        app.wait_for_text("h1", heading).await;
        app.wait_for_text("nav a[aria-current='page']", name).await;
        let address = app.client.current_url().await.expect("the address");
        assert_eq!(address.fragment(), Some(&*format!("/{page}")), "{address}");
        if !["ke-hoach", ""].contains(&page) {
            for (width, height) in SIZES {
                app.screenshot_at(page, width, height).await;
            }
            app.resize(1024, 768).await;
        }
    }

    app.open("#/cai-dat").await;
    app.type_into("#office-name", "Sở Nội vụ tỉnh Vĩnh Phúc")
        .await;
    app.submit_form_of("#office-name").await;
    app.wait_for_text("header", "Sở Nội vụ tỉnh Vĩnh Phúc")
        .await;
    app.client.refresh().await.expect("reload");
    app.wait_for_text("h1", "Cài đặt").await;
    app.wait_for_text("header", "Sở Nội vụ tỉnh Vĩnh Phúc")
        .await;
    app.finish().await;
}

async fn add_task(app: &Session, title: &str, lead: &str) {
    app.type_into("#task-title", title).await;
    app.pick_agency("#task-lead", lead, lead).await;
    app.submit_form_of("#task-title").await;
    app.wait_for_text("ol.tasks", title).await;
}

/// The id of the task whose row shows `title`.
async fn task_id(app: &Session, title: &str) -> String {
    for row in app
        .client
        .find_all(Locator::Css("li.task"))
        .await
        .expect("task rows")
    {
        if row.text().await.unwrap_or_default().contains(title) {
            return row.attr("data-id").await.unwrap().expect("data-id");
        }
    }
    panic!("{}: no task {title:?}", app.browser.name())
}

async fn is_checked(app: &Session, task: &str) -> bool {
    let script = format!("return document.getElementById('done-{task}').checked");
    app.script(&script).await == serde_json::Value::Bool(true)
}
