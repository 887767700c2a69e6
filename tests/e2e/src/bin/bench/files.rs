//! The files the app writes for the office's own tools, timed in each browser by the app's own
//! User Timing measures: `sotay-xlsx` (the find page's report of every task, gathered and written
//! as a workbook) and `sotay-docx` (a meeting's conclusion notice written as a Word document),
//! each from a click on its "Tải về" button; median of 5 clicks each. The office: 500 tasks, its
//! latest meeting with 20 assignments (`stored_office_with_meeting`).

use crate::measures::{count_measures, start_up};
use crate::{median, Figure};
use calamine::{Data, Reader, Xlsx};
use serde_json::Value;
use sotay::route::Route;
use sotay_e2e::{stored_office_with_meeting, Session};
use std::time::Duration;

/// The office's tasks, all of them in the report.
const TASKS: usize = 500;

/// The most either file may take, in ms: the file is made in the click's handler, and a click
/// answered within 100 ms feels immediate. With the cheap tablet four times slower, a file made
/// in 25 ms here would still be.
const BUDGET: f64 = 100.0;

/// The assignments of the meeting whose notice is written.
const ASSIGNMENTS: usize = 20;

pub(crate) async fn in_browser(app: &Session, name: &str) -> Vec<Figure> {
    let (store, meeting) = stored_office_with_meeting(TASKS, ASSIGNMENTS);
    start_up(app, &Value::Object(store), 1).await;

    // The find page with nothing asked finds every task; its report lists them all.
    crate::rendering::find_everything(app).await;
    let found = app.found_count().await;
    let (xlsx, rows) = clicks(
        app,
        "#found-report-xlsx",
        "sotay-xlsx",
        "Danh-sach-nhiem-vu",
    )
    .await;
    // The figure is for a workbook of 500 task rows or more: counted in the file itself.
    let rows = rows.as_deref().map(task_rows).unwrap_or(0);
    let xlsx = if rows >= TASKS && found >= TASKS {
        xlsx
    } else {
        eprintln!(
            "{name}: the find page's report has {rows} task rows ({found} found), not {TASKS}"
        );
        f64::NAN
    };

    app.open(&Route::Notice(meeting).to_hash()).await;
    app.wait_for("#notice").await;
    let (docx, file) = clicks(app, "#notice-file-docx", "sotay-docx", "Thong-bao-").await;
    // Read back by the app's own reader, or it is not a document.
    let read = file.is_some_and(|f| sotay::intake::docx::file_text("notice.docx", &f).is_ok());
    let docx = if read { docx } else { f64::NAN };
    vec![
        Figure {
            name: format!("{name}: writing the find page's .xlsx report, {rows} tasks"),
            value: xlsx,
            unit: "ms",
            budget: BUDGET,
        },
        Figure {
            name: format!("{name}: writing a notice .docx, meeting of {ASSIGNMENTS} assignments"),
            value: docx,
            unit: "ms",
            budget: BUDGET,
        },
    ]
}

/// Clicks the save button `button` five times; the median of the measure `measure` the app sets
/// for each click, and the first file saved (its name starting `prefix`). Each file is waited for
/// and removed before the next click.
async fn clicks(
    app: &Session,
    button: &str,
    measure: &str,
    prefix: &str,
) -> (f64, Option<Vec<u8>>) {
    let (mut times, mut first) = (Vec::new(), None);
    for _ in 0..5 {
        let before = count_measures(app, measure).await;
        app.click(button).await;
        for _ in 0..100 {
            if count_measures(app, measure).await > before {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let took = app
            .script(&format!(
                "const e = performance.getEntriesByName('{measure}'); return e.length > {before} ? e[e.length - 1].duration : null"
            ))
            .await;
        times.push(took.as_f64().unwrap_or(f64::NAN));
        let saved = app.downloaded(prefix).await;
        if first.is_none() {
            first = std::fs::read(&saved).ok();
        }
        let _ = std::fs::remove_file(&saved);
    }
    if std::env::var_os("BENCH_DEBUG").is_some() {
        eprintln!("{}: {measure}, ms: {times:?}", app.browser.name());
    }
    // One click not measured makes the figure not measured.
    let value = match times.iter().all(|t| t.is_finite()) {
        true => median(times),
        false => f64::NAN,
    };
    (value, first)
}

/// The task rows of a report's workbook: the rows of its "Chi tiết" sheet that start with a
/// number (the task's place in the list).
fn task_rows(bytes: &[u8]) -> usize {
    let Ok(mut book) = Xlsx::new(std::io::Cursor::new(bytes)) else {
        return 0;
    };
    let Ok(sheet) = book.worksheet_range("Chi tiết") else {
        return 0;
    };
    let numbered = |r: &&[Data]| matches!(r.first(), Some(Data::Float(_) | Data::Int(_)));
    sheet.rows().filter(numbered).count()
}
