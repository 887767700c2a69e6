//! The cheap tablet: Chromium with its CPU slowed four times (DevTools'
//! `Emulation.setCPUThrottlingRate`, rate 4), in an office whose latest meeting has 20
//! assignments. Under the same throttle: start-up against an empty store, typing in search, and
//! opening that meeting from the list of meetings until its 20 assignments are in the page.

use crate::measures::{search_p95, start_up};
use crate::{median, Figure};
use serde_json::{json, Value};
use sotay::route::Route;
use sotay_e2e::{stored_office_with_meeting, Browser, Session};

/// How many times slower the tablet's CPU is than this machine's.
const RATE: u32 = 4;

/// Reloads per start-up figure here: fewer than unthrottled (9), each being four times longer.
const RELOADS: usize = 5;

/// The assignments of the meeting opened.
const ASSIGNMENTS: usize = 20;

/// A click on the meeting's link in the list (`arguments[0]`: its address), the list drawn and
/// laid out before the clock starts, until `arguments[1]` assignments are in `#meeting-tasks`
/// and laid out. The page changes on `hashchange`: a listener added after the app's runs once the
/// app's handler and its microtasks have; from there a task queued checks the rows (polled again
/// if not yet), then forces a layout. `null` if the link is missing or the rows never come.
const OPEN_MEETING: &str = r#"
const [href, count, done] = arguments;
const link = document.querySelector(`a[href="${href}"]`);
if (!link) { done(null); return; }
document.body.offsetHeight;
requestAnimationFrame(() => setTimeout(() => {
  document.body.offsetHeight;
  const t0 = performance.now();
  const check = () => {
    if (document.querySelectorAll('#meeting-tasks li.task-link').length < count) {
      if (performance.now() - t0 > 20000) { done(null); return; }
      setTimeout(check, 0);
      return;
    }
    document.body.offsetHeight;
    done(performance.now() - t0);
  };
  window.addEventListener('hashchange', () => setTimeout(check, 0), { once: true });
  link.click();
}, 0));
"#;

/// The tablet's figures for an office of `tasks` tasks.
pub(crate) async fn figures(tasks: usize) -> Vec<Figure> {
    let app = Session::start(Browser::Chromium).await;
    app.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": RATE }))
        .await;
    let empty = median(start_up(&app, &Value::Object(Default::default()), RELOADS).await);
    let (store, meeting) = stored_office_with_meeting(tasks, ASSIGNMENTS);
    let loaded = median(start_up(&app, &Value::Object(store), RELOADS).await);
    let typing = search_p95(&app).await;
    let opening = open_meeting(&app, &Route::Meeting(meeting).to_hash()).await;
    app.finish().await;
    let tablet = format!("tablet, chromium CPU ÷{RATE}");
    vec![
        Figure {
            name: format!("{tablet}: start-up, {tasks} tasks / empty ({empty:.0} ms)"),
            value: loaded / empty,
            unit: "×",
            budget: if tasks > 5000 { 2.5 } else { 1.6 },
        },
        Figure {
            name: format!("{tablet}: typing in search, {tasks} tasks, p95"),
            value: typing,
            unit: "ms",
            budget: 16.0,
        },
        Figure {
            name: format!("{tablet}: opening a meeting of {ASSIGNMENTS} assignments"),
            value: opening,
            unit: "ms",
            budget: 100.0,
        },
    ]
}

/// From the list of meetings, the meeting at `href` opened five times; the median in ms (NaN if
/// a run did not show exactly the meeting's assignments).
async fn open_meeting(app: &Session, href: &str) -> f64 {
    let mut times = Vec::new();
    for _ in 0..5 {
        app.open(&Route::Meetings.to_hash()).await;
        app.wait_for(&format!("a[href=\"{href}\"]")).await;
        let took = app
            .client
            .execute_async(OPEN_MEETING, vec![json!(href), json!(ASSIGNMENTS)])
            .await
            .expect("open the meeting");
        let shown = app
            .script("return document.querySelectorAll('#meeting-tasks li.task-link').length")
            .await;
        let right = shown.as_u64() == Some(ASSIGNMENTS as u64);
        times.push(took.as_f64().filter(|_| right).unwrap_or(f64::NAN));
    }
    if std::env::var_os("BENCH_DEBUG").is_some() {
        eprintln!("tablet: opening the meeting, ms: {times:?}");
    }
    // One run not measured makes the figure not measured.
    match times.iter().all(|t| t.is_finite()) {
        true => median(times),
        false => f64::NAN,
    }
}
