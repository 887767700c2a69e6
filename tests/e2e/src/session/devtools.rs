//! Chromium's DevTools commands, sent through its driver's `goog/cdp/execute` endpoint with the
//! WebDriver client's own pass-through ([`fantoccini::Client::issue_cmd`]): printing to PDF,
//! touch emulation and taps, and the CPU slow-down of the slowed tier.

use super::Session;
use crate::Browser;
use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

/// A DevTools command as Chromium's driver takes it on an open session:
/// `POST /session/{id}/goog/cdp/execute` with `{"cmd": …, "params": …}`.
#[derive(Debug)]
struct Cdp {
    command: String,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        // The client has a session from the moment it is connected; without one there is no
        // address to join the command to.
        let session = session_id.ok_or(url::ParseError::RelativeUrlWithoutBase)?;
        base_url.join(&format!("session/{session}/goog/cdp/execute"))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Session {
    /// Sends a DevTools command through Chromium's driver and returns its answer's value.
    pub async fn cdp(&self, command: &str, params: Value) -> Value {
        assert_eq!(
            self.browser,
            Browser::Chromium,
            "DevTools commands are Chromium's"
        );
        // The client hands back the answer's `value`, and an error answer as an error.
        let command = Cdp {
            command: command.to_owned(),
            params,
        };
        let name = command.command.clone();
        self.client
            .issue_cmd(command)
            .await
            .unwrap_or_else(|e| panic!("{}: DevTools {name}: {e}", self.browser.name()))
    }

    /// The page printed as the browser's own print dialog would (A4 from the page's `@page`),
    /// as PDF bytes. Chromium only: its driver passes the DevTools command through.
    pub async fn print_to_pdf(&self) -> Vec<u8> {
        let params = json!({ "preferCSSPageSize": true, "printBackground": true });
        let answer = self.cdp("Page.printToPDF", params).await;
        let data = answer["data"]
            .as_str()
            .unwrap_or_else(|| panic!("no PDF in the driver's answer: {answer}"));
        use base64::Engine;
        base64::engine::general_purpose::STANDARD
            .decode(data)
            .expect("the PDF is base64")
    }

    /// Makes Chromium a touch device (a tablet): touch points, coarse pointer.
    pub async fn emulate_touch(&self) {
        let params = json!({ "enabled": true, "maxTouchPoints": 5 });
        self.cdp("Emulation.setTouchEmulationEnabled", params).await;
    }

    /// Taps the element matching `css` with a finger (Chromium, after `emulate_touch`).
    pub async fn tap(&self, css: &str) {
        let element = self.wait_for(css).await;
        let centre = self
            .client
            .execute(
                "arguments[0].scrollIntoView({block: 'center'}); const r = arguments[0].getBoundingClientRect();
                 return [r.x + r.width / 2, r.y + r.height / 2];",
                vec![serde_json::to_value(&element).expect("an element reference")],
            )
            .await
            .expect("where the element is");
        let point = json!([{ "x": centre[0], "y": centre[1] }]);
        for kind in ["touchStart", "touchEnd"] {
            let points = if kind == "touchEnd" {
                json!([])
            } else {
                point.clone()
            };
            self.cdp(
                "Input.dispatchTouchEvent",
                json!({ "type": kind, "touchPoints": points }),
            )
            .await;
        }
    }
}
