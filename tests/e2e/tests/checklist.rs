//! Reform checklists end to end: a plan with two content groups and seven tasks across three
//! agencies, completed before and after their deadlines under a set clock; then the dashboard
//! figures, the per-agency table and a search typed without accents.

use fantoccini::Locator;
use sotay_e2e::{Browser, Session};

sotay_e2e::in_every_browser_and_delivery!(
    a_plan_is_tracked_against_its_deadlines,
    the_example_comes_and_goes_in_one_step,
);

const PLAN: &str = "Kế hoạch cải cách hành chính năm 2026";
const REFERENCE: &str = "Quyết định số 2866/QĐ-UBND ngày 14/10/2025 của UBND tỉnh";

/// Tasks: title, lead agency, content group, deadline.
const TASKS: [(&str, &str, &str, &str); 7] = [
    (
        "Rà soát văn bản quy phạm pháp luật",
        "Sở Tư pháp",
        "Cải cách thể chế",
        "15/03/2026",
    ),
    (
        "Phân cấp, phân quyền cho cấp huyện",
        "Sở Nội vụ",
        "Cải cách thể chế",
        "31/03/2026",
    ),
    (
        "Đề xuất sắp xếp tổ chức bộ máy",
        "Sở Nội vụ",
        "Cải cách thể chế",
        "30/04/2026",
    ),
    (
        "Rà soát, đơn giản hóa thủ tục hành chính",
        "Văn phòng UBND tỉnh",
        "Cải cách thủ tục hành chính",
        "20/03/2026",
    ),
    (
        "Số hóa hồ sơ thủ tục hành chính",
        "Văn phòng UBND tỉnh",
        "Cải cách thủ tục hành chính",
        "31/05/2026",
    ),
    (
        "Công khai thủ tục hành chính",
        "Sở Tư pháp",
        "Cải cách thủ tục hành chính",
        "10/03/2026",
    ),
    (
        "Kiểm tra công tác cải cách hành chính",
        "Sở Nội vụ",
        "Cải cách thủ tục hành chính",
        "30/06/2026",
    ),
];

async fn a_plan_is_tracked_against_its_deadlines(browser: Browser) {
    let app = Session::start(browser).await;
    app.set_today("2026-03-01").await;
    app.wait_for_text(".clock-banner", "01/03/2026").await;

    app.open("#/ke-hoach").await;
    app.type_into("#plan-title", PLAN).await;
    app.submit_form_of("#plan-title").await;
    app.wait_for_text("h1", PLAN).await;

    // The reference is typed in the standard form, without accents, and shown back in it.
    app.click_button("Sửa thông tin").await;
    app.type_into(
        "#plan-reference",
        "quyet dinh so 2866/QĐ-UBND ngay 14/10/2025 cua UBND tỉnh",
    )
    .await;
    app.type_into("#plan-from", "2026").await;
    app.submit_form_of("#plan-reference").await;
    app.wait_for_text(".reference", REFERENCE).await;

    for group in ["Cải cách thể chế", "Cải cách thủ tục hành chính"] {
        app.type_into("#group-title", group).await;
        app.submit_form_of("#group-title").await;
        app.wait_for_text("#main", group).await;
    }
    app.choose("#task-new-deadline-kind", "Trước một ngày")
        .await;
    for (title, lead, group, day) in TASKS {
        app.type_into("#task-title", title).await;
        app.pick_agency("#task-lead", lead, lead).await;
        app.choose("#task-new-group", group).await;
        app.type_into("#task-new-deadline-day", day).await;
        app.submit_form_of("#task-title").await;
        app.wait_for_text("#main", title).await;
    }
    let rows = app.wait_for_count("li.task", 7).await;
    assert!(
        rows[6].text().await.unwrap().starts_with("7."),
        "tasks are numbered through the plan"
    );
    let groups = app.wait_for_count(".group-heading h3", 2).await;
    assert_eq!(
        groups[1].text().await.unwrap(),
        "II. Cải cách thủ tục hành chính"
    );

    // 10/3: two done on time. 25/3: one done five days late.
    app.set_today("2026-03-10").await;
    tick(&app, TASKS[5].0).await;
    tick(&app, TASKS[0].0).await;
    app.set_today("2026-03-25").await;
    tick(&app, TASKS[3].0).await;
    let late = row_text(&app, TASKS[3].0).await;
    assert!(late.contains("Hoàn thành quá hạn 5 ngày"), "{late}");
    let soon = row_text(&app, TASKS[1].0).await;
    assert!(soon.contains("Sắp đến hạn (còn 6 ngày)"), "{soon}");

    // 2/4: "Phân cấp" (due 31/3) is overdue; "Đề xuất" (due 30/4) is due within 30 days.
    app.set_today("2026-04-02").await;
    app.wait_for_text(".done-figure", "3/7").await;
    assert_eq!(figure(&app, "quá hạn").await, "1");
    assert_eq!(figure(&app, "đến hạn trong 7 ngày").await, "0");
    assert_eq!(figure(&app, "đến hạn trong 30 ngày").await, "1");
    assert_eq!(figure(&app, "hoàn thành quá hạn").await, "1");
    let overdue = row_text(&app, TASKS[1].0).await;
    assert!(overdue.contains("Quá hạn 2 ngày"), "{overdue}");
    app.shots("checklist-plan").await;

    // The overview: the same figures, the overdue task first, and the agencies' table.
    app.open("#/").await;
    app.wait_for_text(".done-figure", "3/7").await;
    app.wait_for_text(".task-links", TASKS[1].0).await;
    assert_eq!(
        agency_row(&app, "Sở Nội vụ").await,
        ["3", "0", "0", "1", "0", "0"]
    );
    assert_eq!(
        agency_row(&app, "Sở Tư pháp").await,
        ["2", "2", "0", "0", "0", "0"]
    );
    assert_eq!(
        agency_row(&app, "Văn phòng UBND tỉnh").await,
        ["2", "0", "1", "0", "0", "0"]
    );
    app.shots("checklist-overview").await;
    app.shots_of("checklist-agencies", ".agency-table").await;

    // The overdue task opens from the overview; a progress report is added to its log.
    let xpath = format!(
        "//ul[@class='task-links']//a[contains(., '{}')]",
        TASKS[1].0
    );
    app.client
        .find(Locator::XPath(&xpath))
        .await
        .expect("task link")
        .click()
        .await
        .expect("open task");
    app.wait_for_text("h1", TASKS[1].0).await;
    app.type_into("#log-text", "Đã trình UBND tỉnh dự thảo quy định")
        .await;
    app.submit_form_of("#log-text").await;
    app.wait_for_text(".log", "Đã trình UBND tỉnh dự thảo quy định")
        .await;
    app.wait_for_text(".log", "02/04/2026").await;
    app.shots("checklist-task").await;
    app.open("#/").await;
    app.wait_for_text(".done-figure", "3/7").await;

    // An agency's own page.
    let link = app
        .client
        .find(Locator::LinkText("Sở Nội vụ"))
        .await
        .expect("agency link");
    link.click().await.expect("open the agency");
    app.wait_for_text("h1", "Sở Nội vụ").await;
    app.wait_for_count(".task-links li", 3).await;
    app.shots("checklist-agency").await;

    // Search without accents; the plan's reference is searched too.
    app.open("#/tim-kiem").await;
    app.type_into("#find-text", "phan cap").await;
    app.wait_for_text(".found", "Tìm thấy 1 nhiệm vụ").await;
    app.wait_for_text(".task-links", TASKS[1].0).await;
    app.type_into("#find-text", "qd 2866").await;
    app.wait_for_text(".found", "Tìm thấy 7 nhiệm vụ").await;
    // Three titles say "thủ tục", and the fourth task sits under the group of that name.
    app.type_into("#find-text", "THU TUC").await;
    app.wait_for_text(".found", "Tìm thấy 4 nhiệm vụ").await;
    app.shots("checklist-find").await;
    app.finish().await;
}

/// A newcomer loads the example from the empty overview, sees a full app (also in English),
/// and removes the example again without a trace.
async fn the_example_comes_and_goes_in_one_step(browser: Browser) {
    let app = Session::start(browser).await;
    app.set_today("2026-11-25").await;
    app.wait_for_text("main", "Chưa có kế hoạch nào").await;
    app.click_button("Mở dữ liệu ví dụ").await;
    app.wait_for_text("h1", "[Ví dụ] Kế hoạch cải cách hành chính năm 2026")
        .await;
    app.wait_for_count("li.task", 8).await;
    app.wait_for_count("li.indicator", 2).await;
    app.wait_for_text(".indicators", "(49%)").await;
    app.open("#/").await;
    app.wait_for_text(".done-figure", "3/10").await;
    assert_eq!(figure(&app, "quá hạn").await, "1");
    app.shots("example-overview").await;
    // Its meeting: one of two assignments done, and a notice ready to print.
    app.open("#/cuoc-hop").await;
    app.click("li.plan a").await;
    app.wait_for_text("#meeting-progress", "1/2").await;
    app.click("#open-notice").await;
    app.wait_for_text(".notice-body", "III. GIAO NHIỆM VỤ")
        .await;
    app.shots("example-notice").await;

    app.open("#/cai-dat").await;
    app.choose("#language", "English").await;
    app.wait_for_text("nav", "Overview").await;
    // The choice is kept for the next visit.
    app.client.refresh().await.expect("reload");
    app.wait_for_text("nav", "Overview").await;
    app.open("#/").await;
    app.wait_for_text(".done-figure", "3/10").await;
    assert_eq!(figure(&app, "overdue").await, "1");
    app.open("#/cai-dat").await;
    app.choose("#language", "Tiếng Việt").await;
    app.wait_for_text("nav", "Tổng quan").await;

    app.click_button("Xóa dữ liệu ví dụ").await;
    app.wait_for_text("main", "Mở dữ liệu ví dụ").await;
    app.client.refresh().await.expect("reload");
    app.open("#/").await;
    app.wait_for_text("main", "Chưa có kế hoạch nào").await;
    // What is stored, read back as the whole workspace's export, has no trace of it.
    app.open("#/trao-doi").await;
    app.click("#export-show").await;
    let stored = app.value_of("#export-text").await;
    assert!(stored.contains("\"format\": \"sotay-bundle\""));
    assert!(
        !stored.contains("vi-du-"),
        "no trace of the example is stored"
    );
    app.finish().await;
}

async fn task_row(app: &Session, title: &str) -> fantoccini::elements::Element {
    app.wait_for_text("#main", title).await;
    for row in app
        .client
        .find_all(Locator::Css("li.task"))
        .await
        .expect("rows")
    {
        if row.text().await.unwrap_or_default().contains(title) {
            return row;
        }
    }
    panic!("{}: no task {title:?}", app.browser.name())
}

async fn row_text(app: &Session, title: &str) -> String {
    task_row(app, title).await.text().await.unwrap_or_default()
}

async fn tick(app: &Session, title: &str) {
    let row = task_row(app, title).await;
    let id = row.attr("data-id").await.unwrap().expect("data-id");
    app.wait_for(&format!("#done-{id}"))
        .await
        .click()
        .await
        .expect("tick");
    app.wait_for(&format!("li.task.done[data-id='{id}']")).await;
}

/// The number on the dashboard card whose label is `label`.
async fn figure(app: &Session, label: &str) -> String {
    for card in app
        .client
        .find_all(Locator::Css(".figure"))
        .await
        .expect("cards")
    {
        let value = card
            .find(Locator::Css(".figure-value"))
            .await
            .expect("value");
        let name = card
            .find(Locator::Css(".figure-label"))
            .await
            .expect("label");
        // WebKit's driver keeps the line break of a wrapped label; compare words only.
        let name = name.text().await.unwrap_or_default();
        if name.split_whitespace().eq(label.split_whitespace()) {
            return value.text().await.unwrap_or_default().trim().to_owned();
        }
    }
    panic!("{}: no figure {label:?}", app.browser.name())
}

/// The figures of an agency's line in the overview table.
async fn agency_row(app: &Session, agency: &str) -> Vec<String> {
    let xpath = format!("//tr[th[normalize-space()='{agency}']]/td");
    let mut cells = Vec::new();
    for cell in app
        .client
        .find_all(Locator::XPath(&xpath))
        .await
        .expect("cells")
    {
        cells.push(cell.text().await.unwrap_or_default());
    }
    cells
}

sotay_e2e::in_every_browser!(long_lists_show_a_page_at_a_time);

/// An office of 500 tasks: the search lists the first hundred with "show 100 more" and "show
/// all 500", each adds what it says, and a new word starts again from the first page; the
/// overview's "needs attention" opens with twenty. Pictures at the three sizes.
async fn long_lists_show_a_page_at_a_time(browser: Browser) {
    let (values, _) = sotay_e2e::stored_office(500);
    let app = Session::start(browser).await;
    app.replace_store(&serde_json::Value::Object(values)).await;
    app.client.refresh().await.expect("reload");
    app.open("#/tim-kiem").await;
    app.wait_for_text("p.found", "Tìm thấy 500 nhiệm vụ.").await;
    app.wait_for_count("li.task-link", 100).await;
    app.wait_for_text("p.more", "Hiện thêm 100 nhiệm vụ").await;
    app.wait_for_text("button.show-all", "Hiện tất cả 500 nhiệm vụ")
        .await;
    app.shots_of("long-list", "p.more").await;
    app.click_button("Hiện thêm 100 nhiệm vụ").await;
    app.wait_for_count("li.task-link", 200).await;
    app.click("button.show-all").await;
    app.wait_for_count("li.task-link", 500).await;
    app.wait_for_count("p.more", 0).await;
    app.type_into("#find-text", "ra soat").await;
    let count = app.found_count().await;
    assert!(count > 100 && count < 500, "{count} found");
    app.wait_for_count("li.task-link", 100).await;
    app.open("#/").await;
    app.wait_for("h1").await;
    let attention = app
        .script("return document.querySelectorAll('li.task-link').length")
        .await;
    assert_eq!(
        attention,
        serde_json::json!(20),
        "the overview's first page"
    );
    app.wait_for_text("p.more", "Hiện thêm").await;
    app.finish().await;
}

sotay_e2e::in_every_browser!(a_page_opens_at_its_top_and_back_returns_to_the_place_left);

/// A task opened from far down a long list opened scrolled as far down, and going back lost the
/// place in the list (issue 16). Now every page opens at its top, and back returns to where the
/// user was.
async fn a_page_opens_at_its_top_and_back_returns_to_the_place_left(browser: Browser) {
    let (values, _) = sotay_e2e::stored_office(500);
    let app = Session::start(browser).await;
    app.replace_store(&serde_json::Value::Object(values)).await;
    app.client.refresh().await.expect("reload");
    // As a person goes there: from the navigation (each tap is an entry of the history).
    app.open("#/").await;
    app.click("nav.sections a[href='#/tim-kiem']").await;
    app.wait_for_count("li.task-link", 100).await;
    let far = "const a = document.querySelectorAll('li.task-link a')[60];
        a.scrollIntoView({block: 'center'}); return Math.round(window.scrollY)";
    let left_at = app.script(far).await.as_i64().expect("scrolled");
    assert!(left_at > 1000, "{}: scrolled to {left_at}", browser.name());
    // The place is kept a quarter second after scrolling stops.
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    app.script("document.querySelectorAll('li.task-link a')[60].click(); return 1")
        .await;
    let scrolled = "return Math.round(window.scrollY)";
    let settles_at = |want: i64| {
        let app = &app;
        async move {
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
            loop {
                let y = app.script(scrolled).await.as_i64().unwrap_or(-1);
                if (y - want).abs() <= 2 {
                    return;
                }
                assert!(
                    std::time::Instant::now() < deadline,
                    "{}: scrolled to {y}, not {want}",
                    app.browser.name()
                );
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
        }
    };
    app.wait_for_text("#main", "Tiến độ và minh chứng").await;
    assert!(app.fragment().await.starts_with("/nhiem-vu/"));
    settles_at(0).await;
    app.client.back().await.expect("back");
    app.wait_for_count("li.task-link", 100).await;
    settles_at(left_at).await;
    app.finish().await;
}
