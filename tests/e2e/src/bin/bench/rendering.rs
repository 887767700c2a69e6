//! The rendering figure: the app drawing an office's 1,000 task rows on the find page ("show
//! all"), against a hand-written vanilla-JS page drawing the same rows in the same page.

use crate::measures::start_up;
use crate::median;
use serde_json::{json, Value};
use sotay_e2e::Session;

/// How many task rows the rendering figure draws, and how many a long list shows at first
/// (`PAGE` in src/ui/components/task_links.rs).
pub(crate) const ROWS: usize = 1000;

const FIRST_PAGE: usize = 100;

/// Draws the rows `arguments[0]` (as scraped from the app's own list) the way a hand-written
/// page would: createElement, textContent, appendChild, the app's markup and classes. Each call
/// adds a fresh `ul.task-links` (`#vanilla-links`) at the end of the same `main` the app's list is
/// in, so the same CSS applies. `arguments[1]` rows are drawn and laid out before the clock
/// starts, as the app's first page is before its click; the rest are timed, built into a fragment
/// and appended, and then, timed the same way as the app: a task queued after them, then a
/// forced layout. Reports the ms and removes the list.
const VANILLA: &str = r#"
const [rows, first, done] = arguments;
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};
const row = r => {
  const li = el('li', 'task-link');
  li.setAttribute('data-id', r.id);
  const a = el('a');
  a.setAttribute('href', r.href);
  a.appendChild(el('span', 'task-title', r.title));
  a.appendChild(el('span', 'task-meta', r.meta1));
  a.appendChild(el('span', 'task-meta', r.meta2));
  a.appendChild(el('span', r.badgeClass, r.badge));
  li.appendChild(a);
  return li;
};
const list = el('ul', 'task-links');
list.id = 'vanilla-links';
for (const r of rows.slice(0, first)) list.appendChild(row(r));
document.querySelector('main').appendChild(list);
// The first rows are on screen (a frame drawn, layout clean) before the clock starts.
document.body.offsetHeight;
requestAnimationFrame(() => setTimeout(() => {
  document.body.offsetHeight;
  const t0 = performance.now();
  const rest = document.createDocumentFragment();
  for (const r of rows.slice(first)) rest.appendChild(row(r));
  list.appendChild(rest);
  setTimeout(() => {
    document.body.offsetHeight;
    const took = performance.now() - t0;
    list.remove();
    done(took);
  }, 0);
}, 0));
"#;

/// The app's side of the rendering figure: a click on "show all" (the first hundred rows drawn
/// and laid out before the clock starts, as for [`VANILLA`]), until `arguments[0]` rows are in
/// the DOM and laid out. The app draws in the click's handler and the microtasks after it: a
/// task queued after the click runs once the rows are in the DOM (polled again if not yet), then
/// a forced layout.
const SHOW_ALL: &str = r#"
const [rows, done] = arguments;
document.body.offsetHeight;
requestAnimationFrame(() => setTimeout(() => {
  document.body.offsetHeight;
  const t0 = performance.now();
  document.querySelector('button.show-all').click();
  const check = () => {
    if (document.querySelectorAll('li.task-link').length < rows) { setTimeout(check, 0); return; }
    document.body.offsetHeight;
    done(performance.now() - t0);
  };
  setTimeout(check, 0);
}, 0));
"#;

/// Drawing a long list: on the find page with nothing asked (all the office's 1,000 tasks found,
/// the first hundred drawn), the time from a click on "show all" until the 1,000 rows are laid
/// out; and the hand-written vanilla-JS page ([`VANILLA`]) drawing the same rows from the same
/// start in the same page. Medians of 5 of each, in ms: (app, vanilla).
pub(crate) async fn rendering(app: &Session, store: &Value) -> (f64, f64) {
    let name = app.browser.name();
    start_up(app, store, 1).await;
    // Once, untimed: all the rows drawn, their count checked, and their text scraped for the
    // vanilla page, so that both draw the same rows.
    find_first_page(app).await;
    app.click("button.show-all").await;
    app.wait_for_count("li.task-link", ROWS).await;
    let found = app.found_count().await;
    assert_eq!(
        found, ROWS,
        "{name}: the find page should find all {ROWS} tasks"
    );
    if std::env::var_os("BENCH_DEBUG").is_some() {
        let row = app
            .script("const li = document.querySelector('li.task-link'); const n = [0]; const walk = e => { n[0]++; e.childNodes.forEach(walk); }; walk(li); return n[0] + ' nodes: ' + li.outerHTML")
            .await;
        eprintln!("{name}: one row, {row}");
    }
    let rows = app
        .script(
            "const text = (li, css, n) => li.querySelectorAll(css)[n || 0].textContent;
             return [...document.querySelectorAll('li.task-link')].map(li => ({
               id: li.getAttribute('data-id'),
               href: li.querySelector('a').getAttribute('href'),
               title: text(li, '.task-title'),
               meta1: text(li, '.task-meta', 0),
               meta2: text(li, '.task-meta', 1),
               badge: text(li, '.badge'),
               badgeClass: li.querySelector('.badge').className,
             }));",
        )
        .await;
    assert_eq!(
        rows.as_array().map(Vec::len),
        Some(ROWS),
        "{name}: scraping the rows"
    );
    let (mut ours, mut vanilla) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        // Each run from a fresh page, the first hundred drawn; the two interleaved so that any
        // drift of the machine falls on both.
        app.client.refresh().await.expect("reload");
        app.wait_for("main h1").await;
        find_first_page(app).await;
        // Fair start for both: the app draws 900 new rows under its 100 drawn ones, so the
        // vanilla page also draws the same 900 rows appended after 100 drawn before the clock.
        let took = app
            .client
            .execute_async(VANILLA, vec![rows.clone(), json!(FIRST_PAGE)])
            .await
            .expect("the vanilla page");
        vanilla.push(took.as_f64().unwrap_or(f64::NAN));
        let took = app
            .client
            .execute_async(SHOW_ALL, vec![json!(ROWS)])
            .await
            .expect("show all");
        ours.push(took.as_f64().unwrap_or(f64::NAN));
        let drawn = app
            .script("return document.querySelectorAll('li.task-link').length")
            .await;
        assert_eq!(drawn.as_u64(), Some(ROWS as u64), "{name}: rows drawn");
    }
    (median(ours), median(vanilla))
}

/// Opens the find page with nothing asked (its text is kept across pages) and waits for the first
/// page of rows and the "show all" button.
async fn find_first_page(app: &Session) {
    find_everything(app).await;
    app.wait_for_count("li.task-link", FIRST_PAGE).await;
    app.wait_for("button.show-all").await;
}

/// Opens the find page and empties its box (its text is kept across pages): every task found.
pub(crate) async fn find_everything(app: &Session) {
    app.open(&sotay::route::Route::Find.to_hash()).await;
    app.wait_for("#find-text").await;
    app.script(
        "const field = document.querySelector('#find-text');
         if (field.value !== '') { field.value = ''; field.dispatchEvent(new Event('input', { bubbles: true })); }
         return 0",
    )
    .await;
}
