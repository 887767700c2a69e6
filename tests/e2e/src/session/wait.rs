//! Waiting, up to [`PATIENCE`], for what the app is to show: an element, a number of them, a
//! text, the IndexedDB journal catching up with localStorage, a finished download.

use super::{Session, PATIENCE};
use fantoccini::elements::Element;
use fantoccini::Locator;
use serde_json::json;
use std::path::PathBuf;
use std::time::{Duration, Instant};

impl Session {
    /// Waits until an element matching `css` is there, and returns it.
    pub async fn wait_for(&self, css: &str) -> Element {
        // Asked again on any error, not only "no such element": WebKitGTK's driver sometimes
        // answers a search made while the page redraws with a stale-handle error.
        let deadline = Instant::now() + PATIENCE;
        loop {
            match self.client.find(Locator::Css(css)).await {
                Ok(element) => return element,
                Err(e) if Instant::now() > deadline => panic!(
                    "{}: nothing matched `{css}` within {PATIENCE:?}: {e}",
                    self.browser.name()
                ),
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    }

    /// Waits until `count_of(css)` elements match, and returns them.
    pub async fn wait_for_count(&self, css: &str, count: usize) -> Vec<Element> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            // WebKit's driver may report an element it found as stale when the page replaced it
            // during the search: that is the page still changing, so look again.
            let found = match self.client.find_all(Locator::Css(css)).await {
                Ok(found) => found,
                Err(fantoccini::error::CmdError::Standard(e))
                    if e.error == fantoccini::error::ErrorStatus::StaleElementReference
                        && Instant::now() < deadline =>
                {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
                Err(other) => panic!("find elements: {other:?}"),
            };
            if found.len() == count {
                return found;
            }
            assert!(
                Instant::now() < deadline,
                "{}: expected {count} elements matching `{css}`, found {}",
                self.browser.name(),
                found.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The text of the first element matching `css`, once it is there.
    pub async fn text_of(&self, css: &str) -> String {
        let element = self.wait_for(css).await;
        element.text().await.unwrap_or_default()
    }

    /// Waits until the text of the first element matching `css` contains `expected`.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(element) => element.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text.contains(expected) {
                return text;
            }
            assert!(
                Instant::now() < deadline,
                "{}: `{css}` should contain {expected:?}, but reads {text:?}",
                self.browser.name()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the app's IndexedDB journal holds, for some chunk whose key starts with
    /// `prefix`, the very text localStorage holds: what a crash right now could recover from.
    pub async fn wait_for_journal(&self, prefix: &str) {
        let script = "const prefix = arguments[0], done = arguments[arguments.length - 1];
            const open = indexedDB.open('sotay');
            open.onerror = () => done(false);
            open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('chunks')) { db.close(); done(false); return; }
                const store = db.transaction('chunks').objectStore('chunks');
                const keys = store.getAllKeys(), values = store.getAll();
                values.onsuccess = () => {
                    const same = keys.result.some((k, i) => String(k).startsWith(prefix)
                        && values.result[i] === localStorage.getItem(k));
                    db.close();
                    done(same);
                };
                values.onerror = () => { db.close(); done(false); };
            };";
        let deadline = Instant::now() + PATIENCE;
        loop {
            let held = self.client.execute_async(script, vec![json!(prefix)]).await;
            if held.is_ok_and(|v| v == json!(true)) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{}: the journal never held the stored `{prefix}…` chunk",
                self.browser.name()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the browser has saved, in full, a download whose name starts with `prefix`,
    /// and returns its path.
    pub async fn downloaded(&self, prefix: &str) -> PathBuf {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let files: Vec<(String, u64)> = std::fs::read_dir(&self.downloads)
                .map(|dir| {
                    dir.flatten()
                        .map(|e| {
                            let size = e.metadata().map(|m| m.len()).unwrap_or(0);
                            (e.file_name().to_string_lossy().into_owned(), size)
                        })
                        .collect()
                })
                .unwrap_or_default();
            // Chromium writes `.crdownload`, Firefox `.part`, until the file is complete.
            let partial = files
                .iter()
                .any(|(n, _)| n.ends_with(".crdownload") || n.ends_with(".part"));
            let done = files
                .iter()
                .find(|(n, size)| n.starts_with(prefix) && *size > 0);
            if let (Some((name, _)), false) = (done, partial) {
                return self.downloads.join(name);
            }
            assert!(
                Instant::now() < deadline,
                "{}: no download {prefix}… in {} (found {files:?})",
                self.browser.name(),
                self.downloads.display()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}
