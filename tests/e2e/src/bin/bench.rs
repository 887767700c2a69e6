//! The benchmark: the release build at an office's real scale, in headless Chromium and Firefox,
//! printed as one table of figure, value, budget and pass/fail. Exits non-zero when a budget is
//! missed. Timings that the machine's noise would blur are ratios to a baseline measured in the
//! same run (an empty store, the browser's own `JSON.parse`).
//!
//! `bench` runs 500, 5,000 and 20,000 tasks; `bench --smoke` (the test command's) runs 500 only
//! and checks that every figure is measured, not the budgets. See docs/benchmarks.md.

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

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let smoke = std::env::args().any(|a| a == "--smoke");
    let scales: &[usize] = if smoke { &[500] } else { &[500, 5000, 20000] };
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
        println!(
            "{:<62} {:>9.2} {:<2} {:>9.2} {:<2}  {}",
            f.name,
            f.value,
            f.unit,
            f.budget,
            f.unit,
            if ok { "pass" } else { "FAIL" }
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
    let empty = median(start_up(&app, &Value::Object(Default::default()), 5).await);
    for &tasks in scales {
        let (store, plans) = stored_office(tasks);
        let store = Value::Object(store);
        let loaded = median(start_up(&app, &store, 5).await);
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
        // by its size, so the import figures stop at 5,000 (7.9 MB, above the 5 MB).
        if tasks <= 5000 {
            let (ours, parse, megabytes) = import(&app, tasks).await;
            figures.push(Figure {
                name: format!("{name}: import {megabytes:.1} MB (read + preview) / JSON.parse ({parse:.0} ms)"),
                value: ours / parse,
                unit: "×",
                budget: 5.0,
            });
            figures.push(Figure {
                name: format!("{name}: import {megabytes:.1} MB (read + preview), time"),
                value: ours,
                unit: "ms",
                budget: 1000.0,
            });
        }
    }
    app.finish().await;
    figures
}

/// Start-up times with this store, in ms from navigation to the first drawn screen.
async fn start_up(app: &Session, store: &Value, runs: usize) -> Vec<f64> {
    app.client
        .execute(
            "localStorage.clear(); for (const [k, v] of Object.entries(arguments[0])) localStorage.setItem(k, v);
             return new Promise(done => { const r = indexedDB.deleteDatabase('sotay'); r.onsuccess = r.onerror = r.onblocked = () => done(1); });",
            vec![store.clone()],
        )
        .await
        .expect("write the store");
    let mut times = Vec::new();
    for _ in 0..runs {
        app.client.refresh().await.expect("reload");
        app.wait_for("main h1").await;
        let ready = app
            .script("const m = performance.getEntriesByName('sotay-ready')[0]; return m ? m.startTime : null")
            .await;
        times.push(ready.as_f64().expect("the app marks sotay-ready"));
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
    let word = "ra soat thu tuc";
    for end in 1..=word.len() {
        let typed = &word[..end];
        let took = app
            .client
            .execute_async(
                "const [text, done] = arguments; const field = document.querySelector('#find-text');
                 const t0 = performance.now();
                 field.value = text; field.dispatchEvent(new Event('input', { bubbles: true }));
                 // The app updates the list in the handler and the microtasks after it: a task
                 // queued now runs once the list is drawn in the DOM.
                 setTimeout(() => done(performance.now() - t0), 0);",
                vec![json!(typed)],
            )
            .await
            .expect("type a key");
        times.push(took.as_f64().unwrap_or(f64::NAN));
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
    let before = count_measures(app, "sotay-preview").await;
    app.upload("#import-file", &file).await;
    for _ in 0..200 {
        if count_measures(app, "sotay-preview").await > before {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let ours = app
        .script(
            "const last = n => { const e = performance.getEntriesByName(n).pop(); return e ? e.duration : NaN; };
             return last('sotay-read') + last('sotay-preview');",
        )
        .await
        .as_f64()
        .unwrap_or(f64::NAN);
    let _ = std::fs::remove_file(&file);
    (ours, parse, text.len() as f64 / 1_048_576.0)
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}
