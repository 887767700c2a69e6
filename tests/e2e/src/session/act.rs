//! What a person does on the page: clicking, typing, submitting, choosing an option, picking an
//! agency from the suggestions, choosing a file to upload.

use super::{Session, PATIENCE};
use fantoccini::Locator;
use std::path::Path;
use std::time::{Duration, Instant};

impl Session {
    /// Types into a text field, replacing what it held.
    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self.wait_for(css).await;
        field.clear().await.expect("clear the field");
        // WebKitWebDriver refuses to send no keys at all.
        if !text.is_empty() {
            field.send_keys(text).await.expect("type into the field");
        }
    }

    /// Presses the submit button of the form that holds the field `css`.
    pub async fn submit_form_of(&self, css: &str) {
        let field = self.wait_for(css).await;
        let form = field
            .find(Locator::XPath("ancestor::form"))
            .await
            .expect("the field's form");
        let button = form
            .find(Locator::Css("button[type=submit]"))
            .await
            .expect("submit button");
        button.click().await.expect("press the submit button");
    }

    /// Chooses an option of a `<select>` by the text the user sees.
    pub async fn choose(&self, css: &str, label: &str) {
        let select = self.wait_for(css).await;
        select.select_by_label(label).await.unwrap_or_else(|e| {
            panic!(
                "{}: `{css}` has no option {label:?}: {e}",
                self.browser.name()
            )
        });
    }

    /// Clicks the first element matching `css`, once it is there.
    pub async fn click(&self, css: &str) {
        // The page may draw the element again between finding and clicking it (data merged in
        // after a start): find it again then.
        let mut tries = 0;
        loop {
            let element = self.wait_for(css).await;
            match element.click().await {
                Ok(_) => return,
                Err(e) if tries < 3 && is_stale(&e) => tries += 1,
                Err(e) => panic!("{}: click `{css}`: {e}", self.browser.name()),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks the button whose text is `label`.
    pub async fn click_button(&self, label: &str) {
        self.click_button_in("body", label).await;
    }

    /// Clicks the button whose text is `label` inside the first element matching `css`.
    pub async fn click_button_in(&self, css: &str, label: &str) {
        let scope = self.wait_for(css).await;
        let xpath = format!(".//button[normalize-space()='{label}']");
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(button) = scope.find(Locator::XPath(&xpath)).await {
                button.click().await.expect(label);
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{}: no button {label:?} in `{css}`",
                self.browser.name()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Types a few letters into an agency field and taps the suggestion named `name`.
    pub async fn pick_agency(&self, css: &str, typed: &str, name: &str) {
        self.type_into(css, typed).await;
        let field = self.wait_for(css).await;
        let suggest = field
            .find(Locator::XPath("ancestor::div[contains(@class, 'suggest')]"))
            .await
            .expect("the field's suggestions");
        let xpath = format!(".//button[normalize-space()='{name}']");
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(button) = suggest.find(Locator::XPath(&xpath)).await {
                button.click().await.expect(name);
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{}: typing {typed:?} in `{css}` did not suggest {name:?}",
                self.browser.name()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Chooses a file on disk in a file field, as a person does with the file picker.
    pub async fn upload(&self, css: &str, file: &Path) {
        let field = self.wait_for(css).await;
        // Chromium's driver takes only a canonical path (no `..`).
        let file = file.canonicalize().unwrap_or_else(|_| file.to_owned());
        field
            .send_keys(&file.to_string_lossy())
            .await
            .unwrap_or_else(|e| panic!("{}: choose {}: {e}", self.browser.name(), file.display()));
    }
}

/// An element that is gone from the page since it was found (each driver words it its own way).
fn is_stale(error: &fantoccini::error::CmdError) -> bool {
    let text = error.to_string();
    // WebKitGTK's driver answers a click on an element the page has just drawn anew with an
    // error that says nothing ("webdriver returned error: ").
    let says_nothing = text.trim_end().ends_with("error:");
    text.contains("stale")
        || text.contains("was not found")
        || text.contains("not attached")
        || says_nothing
}
