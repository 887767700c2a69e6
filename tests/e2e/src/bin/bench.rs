//! The benchmark: the release build at an office's real scale, in headless Chromium and Firefox,
//! printed as one table of figure, value, budget and pass/fail. Exits non-zero when a budget is
//! missed. Timings that the machine's noise would blur are ratios to a baseline measured in the
//! same run (an empty store, the browser's own `JSON.parse`, a vanilla-JS page).
//!
//! `bench` runs 500, 5,000 and 20,000 tasks; `bench --smoke` (the test command's) runs 500 only
//! and checks that every figure is measured, not the budgets. Both also draw an office of 1,000
//! tasks as one list, against a hand-written vanilla-JS page drawing the same rows. See
//! docs/benchmarks.md.

use serde_json::{json, Value};
use sotay_e2e::{dist, office_bundle, run, stored_office, Browser, Session};
use std::time::Duration;

/// One line of the table.
struct Figure {
    name: String,
    value: f64,
    unit: &'static str,
    /// The most the figure may be.
    budget: f64,
}

/// Reloads per start-up figure (the median is taken): start-up varies by a fifth from one reload
/// to the next on this machine.
const RELOADS: usize = 9;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let smoke = args.iter().any(|a| a == "--smoke");
    // `--scale N`: one scale only, for working on a figure (budgets still apply).
    let one: Vec<usize> = args
        .iter()
        .position(|a| a == "--scale")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .into_iter()
        .collect();
    let scales: &[usize] = match (smoke, one.is_empty()) {
        (true, _) => &[500],
        (false, false) => &one,
        (false, true) => &[500, 5000, 20000],
    };
    let mut figures = sizes();
    for browser in [Browser::Chromium, Browser::Firefox] {
        figures.extend(in_browser(browser, scales).await);
    }
    println!();
    println!("{:<62} {:>12} {:>12}  result", "figure", "value", "budget");
    let mut missed = 0;
    for f in &figures {
        let ok = f.value <= f.budget;
        missed += usize::from(!ok);
        let (budget, result) = match (f.budget.is_finite(), ok) {
            (false, _) => ("—".to_owned(), "shown"),
            (true, ok) => (
                format!("{:.2} {}", f.budget, f.unit),
                if ok { "pass" } else { "FAIL" },
            ),
        };
        println!(
            "{:<62} {:>9.2} {:<2} {:>12}  {result}",
            f.name, f.value, f.unit, budget
        );
    }
    let unmeasured = figures.iter().filter(|f| !f.value.is_finite()).count();
    println!(
        "{} figures, {missed} over budget, {unmeasured} not measured",
        figures.len()
    );
    // A figure that could not be measured fails even the smoke run.
    if unmeasured > 0 || (missed > 0 && !smoke) {
        std::process::exit(1);
    }
}

/// Transfer sizes of the build, gzip -9 as a server would send them.
fn sizes() -> Vec<Figure> {
    let dist = dist();
    let gzip = |file: &std::path::Path| -> f64 {
        let out = run(
            "sh",
            &["-c", &format!("gzip -9c '{}' | wc -c", file.display())],
        );
        out.trim().parse::<f64>().expect("a byte count") / 1024.0
    };
    let mut web = 0.0;
    for entry in std::fs::read_dir(&dist).expect("dist").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let counted = name.ends_with(".wasm")
            || name.ends_with(".css")
            || (name.ends_with(".js") && name != "sw.js");
        if counted {
            web += gzip(&entry.path());
        }
    }
    vec![
        Figure {
            name: "transfer size, gzip: wasm + JS + CSS of the web build".into(),
            value: web,
            unit: "KB",
            budget: 250.0,
        },
        Figure {
            name: "transfer size, gzip: the single file".into(),
            value: gzip(&dist.join("sotay.html")),
            unit: "KB",
            budget: 350.0,
        },
    ]
}

async fn in_browser(browser: Browser, scales: &[usize]) -> Vec<Figure> {
    let app = Session::start(browser).await;
    let name = browser.name();
    let mut figures = Vec::new();
    let empty = median(start_up(&app, &Value::Object(Default::default()), RELOADS).await);
    for &tasks in scales {
        let (store, plans) = stored_office(tasks);
        let store = Value::Object(store);
        let loaded = median(start_up(&app, &store, RELOADS).await);
        figures.push(Figure {
            name: format!("{name}: start-up, {tasks} tasks / empty store ({empty:.0} ms)"),
            value: loaded / empty,
            unit: "×",
            budget: 2.0,
        });
        app.open("#/ke-hoach").await;
        app.wait_for_count("li.plan", plans).await;
        figures.push(Figure {
            name: format!("{name}: saving one edit at {tasks} tasks, main thread"),
            value: median(save_times(&app).await),
            unit: "ms",
            budget: 8.0,
        });
        figures.push(Figure {
            name: format!("{name}: typing in search over {tasks} tasks, p95 key → list"),
            value: search_p95(&app).await,
            unit: "ms",
            budget: 16.0,
        });
        let used = app
            .script("return Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0)")
            .await
            .as_f64()
            .unwrap_or(0.0);
        if let Some(memory) = memory_mb(&app).await {
            figures.push(Figure {
                name: format!("{name}: memory (JS heap + wasm) at {tasks} tasks"),
                value: memory,
                unit: "MB",
                budget: 50.0,
            });
        }
        if tasks == 5000 {
            let free = fill_and_free(&app).await;
            figures.push(Figure {
                name: format!("{name}: stored at 5,000 tasks + 500 meetings, share of quota"),
                value: 100.0 * used / (used + free),
                unit: "%",
                budget: 50.0,
            });
        }
        // 20,000 tasks make a 32 MB bundle, over the 20 MB an import accepts: refused at once
        // by its size, so the import figures stop at 5,000 (7.9 MB, above the issue's 5 MB).
        if tasks <= 5000 {
            let (ours, parse, megabytes) = import(&app, tasks).await;
            // The budget is for a bundle of 5 MB or more; a smaller one's ratio is shown (its
            // JSON.parse takes a millisecond or two, below the timers' resolution in Firefox).
            figures.push(Figure {
                name: format!("{name}: import {megabytes:.1} MB (read + preview) / JSON.parse ({parse:.0} ms)"),
                value: ours / parse,
                unit: "×",
                budget: if megabytes >= 5.0 { 5.0 } else { f64::INFINITY },
            });
            figures.push(Figure {
                name: format!("{name}: import {megabytes:.1} MB (read + preview), time"),
                value: ours,
                unit: "ms",
                budget: 1000.0,
            });
        }
    }
    // The same 1,000 tasks at every scale and in the smoke run: the figure is about drawing rows,
    // not about the office's size.
    let (store, _) = stored_office(ROWS);
    let (ours, vanilla) = rendering(&app, &Value::Object(store)).await;
    figures.push(Figure {
        name: format!("{name}: rendering 1,000 task rows / vanilla JS ({vanilla:.0} ms)"),
        value: ours / vanilla,
        unit: "×",
        budget: 1.3,
    });
    app.finish().await;
    figures
}

/// Start-up times with this store, in ms from navigation to the first drawn screen.
async fn start_up(app: &Session, store: &Value, runs: usize) -> Vec<f64> {
    app.replace_store(store).await;
    let mut times = Vec::new();
    for _ in 0..runs {
        app.client.refresh().await.expect("reload");
        app.wait_for("main h1").await;
        let ready = app
            .script("const m = performance.getEntriesByName('sotay-ready')[0]; return m ? m.startTime : null")
            .await;
        times.push(ready.as_f64().expect("the app marks sotay-ready"));
        if std::env::var_os("BENCH_DEBUG").is_some() {
            let parts = app
                .script("return performance.getEntries().filter(e => e.name.startsWith('sotay')).map(e => e.name + ' ' + e.startTime.toFixed(1) + ' +' + e.duration.toFixed(1)).join(', ')")
                .await;
            eprintln!("start-up: {parts}");
        }
    }
    times
}

/// How many task rows the rendering figure draws, and how many a long list shows at first
/// (`PAGE` in src/ui/components/task_links.rs).
const ROWS: usize = 1000;
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
async fn rendering(app: &Session, store: &Value) -> (f64, f64) {
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
    app.open("#/tim-kiem").await;
    app.wait_for("#find-text").await;
    app.script(
        "const field = document.querySelector('#find-text');
         if (field.value !== '') { field.value = ''; field.dispatchEvent(new Event('input', { bubbles: true })); }
         return 0",
    )
    .await;
    app.wait_for_count("li.task-link", FIRST_PAGE).await;
    app.wait_for("button.show-all").await;
}

/// Ticks tasks done one by one on the first plan; the save's own measure for each.
async fn save_times(app: &Session) -> Vec<f64> {
    app.click("li.plan a").await;
    app.wait_for("li.task").await;
    let mut times = Vec::new();
    for n in 1..=5 {
        let before = count_measures(app, "sotay-save").await;
        app.click(&format!("li.task:nth-child({n}) input[type=checkbox]"))
            .await;
        for _ in 0..50 {
            if count_measures(app, "sotay-save").await > before {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let last = app
            .script("return performance.getEntriesByName('sotay-save').pop().duration")
            .await;
        times.push(last.as_f64().unwrap_or(f64::NAN));
    }
    times
}

async fn count_measures(app: &Session, name: &str) -> usize {
    app.script(&format!(
        "return performance.getEntriesByName('{name}').length"
    ))
    .await
    .as_u64()
    .unwrap_or(0) as usize
}

/// Types a word letter by letter into the search box; for each key, the time until the result
/// list is updated in the DOM, and the 95th percentile of those.
async fn search_p95(app: &Session) -> f64 {
    app.open("#/tim-kiem").await;
    app.wait_for("#find-text").await;
    let mut times = Vec::new();
    // Two phrases typed letter by letter, the first erased letter by letter in between: 39
    // keys, so that the 95th percentile is not simply the slowest key.
    let (first, second) = ("ra soat thu tuc", "so noi vu");
    let typed = (1..=first.len()).map(|end| &first[..end]);
    let erased = (0..first.len()).rev().map(|end| &first[..end]);
    let again = (1..=second.len()).map(|end| &second[..end]);
    for text in typed.chain(erased).chain(again) {
        let took = app
            .client
            .execute_async(
                "const [text, done] = arguments; const field = document.querySelector('#find-text');
                 const t0 = performance.now();
                 field.value = text; field.dispatchEvent(new Event('input', { bubbles: true }));
                 // The app updates the list in the handler and the microtasks after it: a task
                 // queued now runs once the list is drawn in the DOM.
                 setTimeout(() => done(performance.now() - t0), 0);",
                vec![json!(text)],
            )
            .await
            .expect("type a key");
        times.push(took.as_f64().unwrap_or(f64::NAN));
    }
    if std::env::var_os("BENCH_DEBUG").is_some() {
        eprintln!("search, ms per key: {times:?}");
    }
    times.sort_by(f64::total_cmp);
    times[(times.len() * 95).div_ceil(100) - 1]
}

/// JS heap (Chromium's `performance.memory`) plus the wasm memory, in MB; `None` where the
/// engine does not say.
async fn memory_mb(app: &Session) -> Option<f64> {
    let value = app
        .script(
            "if (!performance.memory || !window.sotayWasmMemory) return null;
             return (performance.memory.usedJSHeapSize + sotayWasmMemory.buffer.byteLength) / 1048576;",
        )
        .await;
    value.as_f64()
}

/// Fills the rest of localStorage, returns how many characters fitted, and frees them again.
async fn fill_and_free(app: &Session) -> f64 {
    let free = app
        .script(
            "let n = 0, size = 1 << 20, total = 0;
             while (size >= 1) { try { localStorage.setItem('fill/' + n, 'x'.repeat(size)); n++; total += size; }
                                 catch (e) { size = Math.floor(size / 2); } }
             Object.keys(localStorage).filter(k => k.startsWith('fill/')).forEach(k => localStorage.removeItem(k));
             return total",
        )
        .await;
    free.as_f64().unwrap_or(0.0)
}

/// Imports the office's bundle through the file field: the app's read + preview time, the
/// browser's JSON.parse of the same text, and the file's size in MB.
async fn import(app: &Session, tasks: usize) -> (f64, f64, f64) {
    let text = office_bundle(tasks);
    let file = app.downloads.join(format!("bench-{tasks}.json"));
    std::fs::write(&file, &text).expect("write the bundle");
    let parse = app
        .client
        .execute(
            "const text = arguments[0]; const times = [];
             for (let i = 0; i < 3; i++) { const t0 = performance.now(); JSON.parse(text); times.push(performance.now() - t0); }
             times.sort((a, b) => a - b); return times[1];",
            vec![json!(text)],
        )
        .await
        .expect("JSON.parse")
        .as_f64()
        .unwrap_or(f64::NAN);
    app.open("#/trao-doi").await;
    // Three times, like JSON.parse: the first read also runs code the engine has not optimised
    // yet (Chromium compiles wasm in a quick tier first), the median says what a read costs.
    let mut times = Vec::new();
    for _ in 0..3 {
        let before = count_measures(app, "sotay-preview").await;
        app.upload("#import-file", &file).await;
        for _ in 0..200 {
            if count_measures(app, "sotay-preview").await > before {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let took = app
            .script(
                "const last = n => { const e = performance.getEntriesByName(n).pop(); return e ? e.duration : NaN; };
                 return last('sotay-read') + last('sotay-preview');",
            )
            .await;
        times.push(took.as_f64().unwrap_or(f64::NAN));
    }
    let ours = median(times);
    if std::env::var_os("BENCH_DEBUG").is_some() {
        let parts = app
            .script("return performance.getEntries().filter(e => e.name.startsWith('sotay-read') || e.name.startsWith('sotay-preview')).map(e => e.name + ' ' + e.startTime.toFixed(1) + ' +' + e.duration.toFixed(1)).join(', ')")
            .await;
        eprintln!("import: {parts}");
    }
    let _ = std::fs::remove_file(&file);
    (ours, parse, text.len() as f64 / 1_048_576.0)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}
