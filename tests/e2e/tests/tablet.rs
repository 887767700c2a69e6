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

/// Checks the page as it is drawn now; returns what a person would stumble on.
const AUDIT: &str = r#"
const problems = [];
const width = document.documentElement.clientWidth;
const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
const name = e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} "${(e.textContent || e.value || '').trim().slice(0, 30)}"`;
if (document.documentElement.scrollWidth > width + 1) {
    // Name the innermost element that reaches past the right edge: the cause, not its parents.
    const right = r => r.right + window.scrollX;
    const past = [...document.body.querySelectorAll('*')].filter(e => right(e.getBoundingClientRect()) > width + 1);
    const inner = past.filter(e => !past.some(o => o !== e && e.contains(o)));
    // Text may run out of a box that itself fits.
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = texts.nextNode(); t && inner.length < 3; t = texts.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(t);
        if (t.textContent.trim() && right(range.getBoundingClientRect()) > width + 1) inner.push(t.parentElement);
    }
    problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${width}, past the edge: ${inner.slice(0, 3).map(name).join('; ')}`);
}
for (const e of document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, summary')) {
    if (!visible(e)) continue;
    const r = e.getBoundingClientRect();
    const target = (e.type === 'checkbox' || e.type === 'radio') ? (e.closest('label') || e).getBoundingClientRect() : r;
    // Links inside running text are exempt (WCAG 2.5.8), as are cells' links in a table row of 44 px.
    const inline = e.tagName === 'A' && getComputedStyle(e).display === 'inline' && !e.closest('nav');
    if (!inline && target.height < 43.5) problems.push(`${name(e)} is ${target.height.toFixed(0)} px high`);
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(e.tagName)) {
        const labelled = (e.labels && e.labels.length > 0) || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby');
        if (!labelled) problems.push(`${name(e)} has no label`);
    }
}
if (document.documentElement.lang !== 'vi') problems.push(`lang is ${document.documentElement.lang}`);
// Colour contrast of every piece of text against what is behind it (WCAG AA: 4.5, large 3).
const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
const behind = e => { for (let n = e; n; n = n.parentElement) { const c = rgb(getComputedStyle(n).backgroundColor); if (c.length === 3 || c[3] > 0.5) return c.slice(0, 3); } return [255, 255, 255]; };
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const seen = new Set();
for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const e = t.parentElement;
    if (!t.textContent.trim() || seen.has(e) || !visible(e) || e.closest('noscript, option')) continue;
    seen.add(e);
    const style = getComputedStyle(e);
    const [a, b] = [lum(rgb(style.color).slice(0, 3)), lum(behind(e))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    const needed = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
    if (ratio < needed) problems.push(`${name(e)}: contrast ${ratio.toFixed(2)} < ${needed}`);
}
if (seen.size < 5) problems.push(`only ${seen.size} pieces of text were checked`);
return problems;
"#;

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
            let problems = app.script(AUDIT).await;
            for problem in problems.as_array().into_iter().flatten() {
                found.push(format!(
                    "{width}x{height} #{page}: {}",
                    problem.as_str().unwrap_or_default()
                ));
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
