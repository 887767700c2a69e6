//! The figures measured in one browser at each scale: start-up against an empty store, saving
//! one edit, typing in search, memory, the share of the quota, importing a bundle; and, once,
//! the rendering figure ([`crate::rendering`]) and the files written ([`crate::files`]). The
//! budgets are the issue on speed budgets': start-up 1.6× at 5,000 tasks and 2.5× at 20,000,
//! saving 8 ms, typing 16 ms, memory 60 MB, rendering 1.2×.

use crate::rendering::{rendering, ROWS};
use crate::{median, Figure};
use serde_json::{json, Value};
use sotay_e2e::{office_bundle, stored_office, Browser, Session};
use std::time::Duration;

/// Reloads per start-up figure (the median is taken): start-up varies by a fifth from one reload
/// to the next on this machine.
const RELOADS: usize = 9;

pub(crate) async fn in_browser(browser: Browser, scales: &[usize]) -> Vec<Figure> {
    let app = Session::start(browser).await;
    let name = browser.name();
    let mut figures = Vec::new();
    let empty = median(start_up(&app, &Value::Object(Default::default()), RELOADS).await);
    figures.extend(crate::intake::in_browser(&app, name).await);
    for &tasks in scales {
        let (store, plans) = stored_office(tasks);
        let store = Value::Object(store);
        let loaded = median(start_up(&app, &store, RELOADS).await);
        figures.push(Figure {
            name: format!("{name}: start-up, {tasks} tasks / empty store ({empty:.0} ms)"),
            value: loaded / empty,
            unit: "×",
            // The issue's: 1.6× at 5,000 tasks (a smaller office held to it too), 2.5× at 20,000.
            budget: if tasks > 5000 { 2.5 } else { 1.6 },
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
                budget: 60.0,
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
        // by its size, so the import figures stop at 5,000 (7.9 MB, above the 5 MB).
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
        budget: 1.2,
    });
    figures.extend(crate::files::in_browser(&app, name).await);
    app.finish().await;
    figures
}

/// Start-up times with this store, in ms from navigation to the first drawn screen.
pub(crate) async fn start_up(app: &Session, store: &Value, runs: usize) -> Vec<f64> {
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

pub(crate) async fn count_measures(app: &Session, name: &str) -> usize {
    app.script(&format!(
        "return performance.getEntriesByName('{name}').length"
    ))
    .await
    .as_u64()
    .unwrap_or(0) as usize
}

/// Types a word letter by letter into the search box; for each key, the time until the result
/// list is updated in the DOM, and the 95th percentile of those.
pub(crate) async fn search_p95(app: &Session) -> f64 {
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
