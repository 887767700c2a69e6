//! Reading a pasted document of 200 KB (the corpus's own texts, repeated): natively, by the
//! release build of `sotay-intake --time`, against ten reads of a tenth of it (a reader linear in
//! its text gives 1.0); and in a browser, from the intake page's "Đọc văn bản" to its drafts,
//! against the browser's own `normalize('NFC')` and split into lines of the same text.

use crate::{median, Figure};
use serde_json::json;
use sotay_e2e::{run, Session};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The size of the document read, in bytes.
const SIZE: usize = 200 * 1024;

/// A document of at least `size` bytes made of the corpus's texts, one after another.
pub(crate) fn document(size: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../intake");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/intake")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let texts: Vec<String> = names
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("a text"))
        .collect();
    let mut out = String::with_capacity(size + 16 * 1024);
    for t in texts.iter().cycle().take_while(|_| !texts.is_empty()) {
        if out.len() >= size {
            break;
        }
        out.push_str(t);
        out.push('\n');
    }
    // Cut at `size` exactly, on a character's boundary.
    let cut = (0..=size.min(out.len()))
        .rev()
        .find(|i| out.is_char_boundary(*i))
        .unwrap_or(0);
    out.truncate(cut);
    out
}

/// The native figures: 200 KB read, and its time against ten reads of 20 KB.
pub(crate) fn native() -> Vec<Figure> {
    run(
        "cargo",
        &[
            "build",
            "--release",
            "--locked",
            "--quiet",
            "--bin",
            "sotay-intake",
        ],
    );
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/release/sotay-intake");
    let tmp = std::env::temp_dir();
    let time = |size: usize| -> f64 {
        let file = tmp.join(format!("sotay-bench-intake-{size}.txt"));
        std::fs::write(&file, document(size)).expect("write the document");
        let out = run(
            target.to_str().expect("a path"),
            &["--time", file.to_str().expect("a path")],
        );
        let _ = std::fs::remove_file(&file);
        out.trim().parse().unwrap_or(f64::NAN)
    };
    let whole = time(SIZE);
    let tenth = time(SIZE / 10);
    vec![
        Figure {
            name: "native: reading a 200 KB document (release)".into(),
            value: whole,
            unit: "ms",
            budget: 100.0,
        },
        Figure {
            name: format!("native: 200 KB read / 10 × 20 KB read ({tenth:.1} ms)"),
            value: whole / (10.0 * tenth),
            unit: "×",
            budget: 2.0,
        },
    ]
}

/// The browser figures: the intake page's read of 200 KB, in ms, and against the browser
/// normalising and splitting the same text.
pub(crate) async fn in_browser(app: &Session, name: &str) -> Vec<Figure> {
    let text = document(SIZE);
    app.open("#/nhap").await;
    app.wait_for("#intake-text").await;
    let baseline = app
        .client
        .execute(
            "const text = arguments[0]; const times = [];
             for (let i = 0; i < 3; i++) { const t0 = performance.now(); text.normalize('NFC').split('\\n').map(l => l.trim()); times.push(performance.now() - t0); }
             times.sort((a, b) => a - b); return times[1];",
            vec![json!(text)],
        )
        .await
        .expect("normalize")
        .as_f64()
        .unwrap_or(f64::NAN);
    let mut times = Vec::new();
    for _ in 0..3 {
        let before = count(app).await;
        app.client
            .execute(
                "const box = document.querySelector('#intake-text'); box.value = arguments[0];
                 box.dispatchEvent(new Event('input', { bubbles: true }));",
                vec![json!(text)],
            )
            .await
            .expect("paste");
        app.click("#intake-read").await;
        for _ in 0..400 {
            if count(app).await > before {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let took = app
            .script("const e = performance.getEntriesByName('sotay-intake').pop(); return e ? e.duration : NaN;")
            .await;
        times.push(took.as_f64().unwrap_or(f64::NAN));
    }
    let ours = median(times);
    vec![
        Figure {
            name: format!("{name}: reading a 200 KB document, intake page"),
            value: ours,
            unit: "ms",
            budget: 300.0,
        },
        Figure {
            name: format!("{name}: 200 KB read / normalize + split lines ({baseline:.1} ms)"),
            value: ours / baseline,
            unit: "×",
            budget: f64::INFINITY,
        },
    ]
}

async fn count(app: &Session) -> usize {
    app.script("return performance.getEntriesByName('sotay-intake').length")
        .await
        .as_u64()
        .unwrap_or(0) as usize
}
