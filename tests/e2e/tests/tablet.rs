//! Every page of a full workspace at tablet and phone sizes: nothing scrolls sideways, every
//! control is a touch target of at least 44 px and has a label, every text meets WCAG AA
//! contrast, and in Chromium a meeting is run by touch alone.

use sotay_e2e::{in_every_browser, Browser, Session};

in_every_browser!(every_page_fits_tablets_and_phones);

/// A meeting on a tablet, by touch: Chromium made a touch device, items and an assignment added
/// with taps; the taps are touches, and the caret lands where the next words go.
#[tokio::test(flavor = "current_thread")]
async fn a_meeting_is_run_by_touch_on_a_tablet() {
    let app = Session::start(Browser::Chromium).await;
    app.resize(768, 1024).await;
    app.emulate_touch().await;
    app.open("#/cuoc-hop").await;
    app.type_into("#meeting-new-title", "Giao ban trên máy tính bảng")
        .await;
    app.submit_form_of("#meeting-new-title").await;
    app.wait_for(".live-title").await;
    app.script("window.__pointers = []; addEventListener('pointerdown', e => __pointers.push(e.pointerType), true); return 1")
        .await;
    let coarse = app
        .script("return matchMedia('(pointer: coarse)').matches && navigator.maxTouchPoints > 0")
        .await;
    assert_eq!(coarse, true, "Chromium behaves as a touch device");
    app.tap("#add-item").await;
    app.wait_for(".items-section .live-card:nth-child(1) textarea")
        .await;
    app.tap("#add-item").await;
    app.wait_for(".items-section .live-card:nth-child(2) textarea")
        .await;
    let pointers = app.script("return __pointers").await;
    assert_eq!(
        pointers,
        serde_json::json!(["touch", "touch"]),
        "the taps were touches"
    );
    // The caret is in the new card, ready for the words: the on-screen keyboard opens there.
    let focused = app
        .script("return document.activeElement.closest('.live-card') === document.querySelector('.items-section .live-card:nth-child(2)')")
        .await;
    assert_eq!(focused, true);
    app.screenshot_at("touch-meeting", 768, 1024).await;
    // The on-screen keyboard takes the lower half: the field being typed in stays in sight.
    for _ in 0..4 {
        app.tap("#add-item").await;
    }
    app.wait_for(".items-section .live-card:nth-child(6) textarea")
        .await;
    app.script("window.scrollTo(0, 0); return 1").await;
    app.resize(768, 480).await;
    let in_sight = app
        .script(
            "const r = document.activeElement.getBoundingClientRect();
             return r.top >= 0 && r.bottom <= visualViewport.height;",
        )
        .await;
    assert_eq!(in_sight, true, "the focused field is above the keyboard");
    app.finish().await;
}

async fn every_page_fits_tablets_and_phones(browser: Browser) {
    let app = Session::start(browser).await;
    app.set_today("2026-11-25").await;
    app.click_button("Mở dữ liệu ví dụ").await;
    app.wait_for_count("li.task", 8).await;
    let plan = app.fragment().await;
    app.click("li.task a.task-title").await;
    app.wait_for(".task-page, main h1").await;
    let task = app.fragment().await;
    app.open("#/cuoc-hop").await;
    app.click("li.plan a").await;
    app.wait_for("#open-live").await;
    let meeting = app.fragment().await;
    let pages = [
        String::new(),
        "/ke-hoach".to_owned(),
        plan,
        task,
        "/tim-kiem".to_owned(),
        "/cuoc-hop".to_owned(),
        meeting.clone(),
        format!("{meeting}/ghi"),
        "/co-quan".to_owned(),
        "/cai-dat".to_owned(),
        "/trao-doi".to_owned(),
    ];
    let mut found = Vec::new();
    for (width, height) in [(1024, 768), (768, 1024), (390, 844)] {
        app.resize(width, height).await;
        for page in &pages {
            app.open(&format!("#{page}")).await;
            app.wait_for("main h1, main .live-title").await;
            for problem in app.audit().await {
                found.push(format!("{width}x{height} #{page}: {problem}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{}:\n{}",
        browser.name(),
        found.join("\n")
    );
    app.finish().await;
}
