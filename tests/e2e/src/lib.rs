//! What the end-to-end scenarios stand on: a static server for the release build, a WebDriver
//! driver for each browser, and a session that drives the app in that browser.
//!
//! Everything runs on 127.0.0.1 and is stopped when the session is dropped. A missing build,
//! browser or driver is a failure with a message saying what to run, never a skipped test.

mod server;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Map, Value};
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub use server::Server;

/// Makes a scenario (an `async fn(Browser)`) a test in each browser: `scenario::chromium`,
/// `scenario::firefox` and `scenario::webkit`.
#[macro_export]
macro_rules! in_every_browser {
    ($($scenario:ident),+ $(,)?) => {$(
        mod $scenario {
            use $crate::Browser;
            #[tokio::test(flavor = "current_thread")]
            async fn chromium() {
                super::$scenario(Browser::Chromium).await;
            }
            #[tokio::test(flavor = "current_thread")]
            async fn firefox() {
                super::$scenario(Browser::Firefox).await;
            }
            #[tokio::test(flavor = "current_thread")]
            async fn webkit() {
                super::$scenario(Browser::WebKit).await;
            }
        }
    )+};
}

/// Makes a scenario a test in each browser and each way the app is delivered: over
/// http://127.0.0.1 (`scenario::chromium_http`, …) and as the single file `dist/sotay.html`
/// opened from disk (`scenario::chromium_file`, …). scripts/test.sh prints these as the matrix.
#[macro_export]
macro_rules! in_every_browser_and_delivery {
    ($($scenario:ident),+ $(,)?) => {$(
        mod $scenario {
            use $crate::{deliver_by, Browser, Delivery};
            async fn run(browser: Browser, delivery: Delivery) {
                deliver_by(delivery);
                super::$scenario(browser).await;
            }
            #[tokio::test(flavor = "current_thread")]
            async fn chromium_http() { run(Browser::Chromium, Delivery::Http).await; }
            #[tokio::test(flavor = "current_thread")]
            async fn chromium_file() { run(Browser::Chromium, Delivery::File).await; }
            #[tokio::test(flavor = "current_thread")]
            async fn firefox_http() { run(Browser::Firefox, Delivery::Http).await; }
            #[tokio::test(flavor = "current_thread")]
            async fn firefox_file() { run(Browser::Firefox, Delivery::File).await; }
            #[tokio::test(flavor = "current_thread")]
            async fn webkit_http() { run(Browser::WebKit, Delivery::Http).await; }
            #[tokio::test(flavor = "current_thread")]
            async fn webkit_file() { run(Browser::WebKit, Delivery::File).await; }
        }
    )+};
}

/// How the app reaches the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// The web build, served on 127.0.0.1.
    Http,
    /// The single file `dist/sotay.html`, opened from disk.
    File,
}

thread_local! {
    static DELIVERY: std::cell::Cell<Delivery> = const { std::cell::Cell::new(Delivery::Http) };
}

/// Sessions this test starts from now on get the app this way (each test runs on its own
/// thread).
pub fn deliver_by(delivery: Delivery) {
    DELIVERY.with(|d| d.set(delivery));
}

/// How long the app gets to show what a step waits for.
const PATIENCE: Duration = Duration::from_secs(15);

/// `SOTAY_CPU_SLOWDOWN=N` runs the browser as on a tablet N times slower than this machine:
/// Chromium by its own CPU throttling (`Emulation.setCPUThrottlingRate`); Firefox and WebKit
/// pinned with their driver to one core that N − 1 busy processes share with them. A scenario
/// that fails only so is a finding about slow tablets (scripts/slow-tests.sh).
pub fn slowdown() -> Option<u32> {
    let n = std::env::var("SOTAY_CPU_SLOWDOWN").ok()?.parse().ok()?;
    (n > 1).then_some(n)
}

/// The core a slowed browser is pinned to: the last one, away from the test runner.
fn slow_core() -> String {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    (cores - 1).to_string()
}

/// Busy processes pinned to the slow core: each takes its share of the core from the browser.
fn busy_processes(n: u32) -> Vec<Child> {
    (0..n)
        .map(|_| {
            Command::new("taskset")
                .args(["-c", &slow_core(), "sh", "-c", "while :; do :; done"])
                .stdout(Stdio::null())
                .spawn()
                .expect("taskset (util-linux) for a slowed browser")
        })
        .collect()
}

/// The browsers the app must work in: Chromium, Firefox, and WebKit (Safari's engine, which
/// every iPad browser uses).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Browser {
    Chromium,
    Firefox,
    WebKit,
}

impl Browser {
    pub fn name(self) -> &'static str {
        match self {
            Browser::Chromium => "chromium",
            Browser::Firefox => "firefox",
            Browser::WebKit => "webkit",
        }
    }

    fn driver(self) -> &'static str {
        match self {
            Browser::Chromium => "chromedriver",
            Browser::Firefox => "geckodriver",
            Browser::WebKit => "WebKitWebDriver",
        }
    }

    fn driver_args(self, port: u16) -> Vec<String> {
        match self {
            Browser::Firefox => vec!["--port".into(), port.to_string()],
            _ => vec![format!("--port={port}")],
        }
    }

    /// What the driver is asked for; files the page downloads land in `downloads`, unasked.
    fn capabilities(self, downloads: &Path, profile: Option<&Path>) -> Map<String, Value> {
        let downloads = downloads.to_string_lossy();
        let caps = match self {
            Browser::Chromium => json!({
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": find_program(&["chromium", "chromium-browser"]),
                    "args": [
                        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-sync",
                        "--disable-component-update", "--disable-quic", "--window-size=1024,768",
                        "--safebrowsing-disable-download-protection",
                    ],
                    "prefs": {
                        "download.default_directory": downloads,
                        "download.prompt_for_download": false,
                        "safebrowsing.enabled": false,
                    },
                },
            }),
            Browser::Firefox => json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "binary": find_program(&["firefox-esr", "firefox"]),
                    "args": ["-headless", "--width=1024", "--height=768"],
                    "prefs": {
                        "app.update.enabled": false,
                        "browser.shell.checkDefaultBrowser": false,
                        "browser.download.folderList": 2,
                        "browser.download.dir": downloads,
                        "browser.download.useDownloadDir": true,
                        "browser.download.always_ask_before_handling_new_types": false,
                        "browser.helperApps.neverAsk.saveToDisk": "application/json",
                    },
                },
            }),
            Browser::WebKit => json!({
                "webkitgtk:browserOptions": {
                    "binary": find_file(&[
                        "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                        "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                    ]),
                    "args": ["--automation"],
                },
            }),
        };
        let mut caps = caps;
        if let Some(profile) = profile {
            let profile = profile.to_string_lossy().into_owned();
            let (options, extra) = match self {
                Browser::Chromium => (
                    "goog:chromeOptions",
                    vec![format!("--user-data-dir={profile}")],
                ),
                Browser::Firefox => ("moz:firefoxOptions", vec!["-profile".to_owned(), profile]),
                Browser::WebKit => panic!("WebKitGTK's automation sessions keep no profile"),
            };
            if let Some(Value::Array(args)) = caps[options].get_mut("args") {
                args.extend(extra.into_iter().map(Value::String));
            }
        }
        match caps {
            Value::Object(map) => map,
            _ => unreachable!("capabilities are a JSON object"),
        }
    }
}

/// The release build the scenarios drive: `dist/` at the top of the repository.
pub fn dist() -> PathBuf {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist");
    assert!(
        dist.join("index.html").is_file() && dist.join("sotay.html").is_file(),
        "no release build (with its single file) at {}: run `trunk build --release` first \
         (scripts/test.sh does)",
        dist.display()
    );
    dist
}

/// A browser driving the app, with the server, driver and display it needs. Dropping it stops
/// them all.
pub struct Session {
    pub browser: Browser,
    pub client: Client,
    pub server: Server,
    driver: Child,
    /// The driver's port on 127.0.0.1, for commands fantoccini does not speak.
    port: u16,
    /// Where this browser saves what the page downloads (its own folder, emptied at start).
    pub downloads: PathBuf,
    /// Over http or from the single file.
    pub delivery: Delivery,
    root: PathBuf,
    path: String,
    display: Option<Child>,
    /// Busy processes that slow the browser down (see [`slowdown`]).
    load: Vec<Child>,
}

/// How to start a session other than the usual way.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Serve this folder instead of `dist/`.
    pub dist: Option<PathBuf>,
    /// Keep the browser's profile here, to start again on it (Chromium and Firefox).
    pub profile: Option<PathBuf>,
    /// Use this server (the origin whose storage a profile holds) instead of a new one.
    pub server: Option<Server>,
    /// The app's path on the server, e.g. `sotay/` for an intranet's sub-path; empty: the root.
    pub path: String,
}

impl Session {
    /// Starts the server, the driver and the browser, and opens the app with empty storage.
    pub async fn start(browser: Browser) -> Session {
        Session::start_with(browser, Options::default()).await
    }

    /// Starts a session as `options` say, and opens the app.
    pub async fn start_with(browser: Browser, options: Options) -> Session {
        let root = options.dist.clone().unwrap_or_else(dist);
        let server = options
            .server
            .clone()
            .unwrap_or_else(|| Server::start(&root));
        let display = (browser == Browser::WebKit && std::env::var_os("DISPLAY").is_none())
            .then(start_virtual_display);
        let port = free_port();
        let downloads = downloads_folder(browser);
        let slow = slowdown().filter(|_| browser != Browser::Chromium);
        let mut command = match slow {
            // The driver starts the browser: both inherit the pinning.
            Some(_) => {
                let mut c = Command::new("taskset");
                c.args(["-c", &slow_core(), &find_program(&[browser.driver()])]);
                c
            }
            None => Command::new(find_program(&[browser.driver()])),
        };
        command
            .args(browser.driver_args(port))
            // WebKitGTK saves downloads to the user's download folder, named in this file.
            .env("XDG_CONFIG_HOME", user_dirs(&downloads))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0);
        if let Some((_, number)) = &display {
            command.env("DISPLAY", format!(":{number}"));
        }
        let driver = command
            .spawn()
            .unwrap_or_else(|e| panic!("could not start {}: {e}", browser.driver()));
        let client = connect(browser, port, &downloads, options.profile.as_deref()).await;
        let session = Session {
            browser,
            client,
            server,
            driver,
            port,
            downloads,
            delivery: DELIVERY.with(|d| d.get()),
            root: root.canonicalize().expect("the build's full path"),
            path: options.path.clone(),
            display: display.map(|(child, _)| child),
            load: slow.map(|n| busy_processes(n - 1)).unwrap_or_default(),
        };
        if let (Some(rate), Browser::Chromium) = (slowdown(), browser) {
            session
                .cdp("Emulation.setCPUThrottlingRate", json!({ "rate": rate }))
                .await;
        }
        session.resize(1024, 768).await;
        session.open("").await;
        session.wait_for("main h1").await;
        session
    }

    /// The address of a page of the app, e.g. `#/ke-hoach`.
    pub fn url(&self, fragment: &str) -> String {
        match self.delivery {
            Delivery::Http => format!("{}/{}{fragment}", self.server.address(), self.path),
            Delivery::File => format!("file://{}/sotay.html{fragment}", self.root.display()),
        }
    }

    /// Opens the app at a fragment and waits for its shell.
    pub async fn open(&self, fragment: &str) {
        self.client
            .goto(&self.url(fragment))
            .await
            .expect("open the app");
        self.wait_for("header").await;
    }

    /// Replaces what this browser keeps for the app with `store` (localStorage keys and values,
    /// e.g. from [`stored_office`]), the journal emptied; the page is not reloaded.
    pub async fn replace_store(&self, store: &Value) {
        self.client
            .execute(
                "localStorage.clear(); for (const [k, v] of Object.entries(arguments[0])) localStorage.setItem(k, v);
                 return new Promise(done => { const r = indexedDB.deleteDatabase('sotay'); r.onsuccess = r.onerror = r.onblocked = () => done(1); });",
                vec![store.clone()],
            )
            .await
            .expect("write the store");
    }

    /// How many tasks the find page says it found ("Tìm thấy 1.000 nhiệm vụ.").
    pub async fn found_count(&self) -> usize {
        let found = self
            .wait_for("p.found")
            .await
            .text()
            .await
            .unwrap_or_default();
        let digits: String = found.chars().filter(char::is_ascii_digit).collect();
        digits
            .parse()
            .unwrap_or_else(|_| panic!("{}: no count in {found:?}", self.browser.name()))
    }

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
            let found = self
                .client
                .find_all(Locator::Css(css))
                .await
                .expect("find elements");
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

    /// Runs JavaScript in the page and returns its result.
    pub async fn script(&self, source: &str) -> Value {
        self.client
            .execute(source, Vec::new())
            .await
            .expect("run a script in the page")
    }

    /// The page's viewport in CSS pixels, once it has stopped changing (WebKit resizes its
    /// window a moment after the driver answers).
    pub async fn viewport(&self) -> (u32, u32) {
        let read = || async {
            let size = self
                .script("return [window.innerWidth, window.innerHeight]")
                .await;
            let side = |i: usize| size[i].as_u64().unwrap_or(0) as u32;
            (side(0), side(1))
        };
        let mut last = read().await;
        for _ in 0..40 {
            tokio::time::sleep(Duration::from_millis(50)).await;
            let now = read().await;
            if now == last {
                break;
            }
            last = now;
        }
        last
    }

    /// Resizes the viewport to `width`×`height` CSS pixels, or as near as the browser allows
    /// (desktop Firefox and WebKit keep windows wider than a phone), and returns what it became.
    pub async fn resize(&self, width: u32, height: u32) -> (u32, u32) {
        let client = &self.client;
        client
            .set_window_size(width, height)
            .await
            .expect("resize the window");
        // The window has borders in some browsers: grow it by what the viewport lacks.
        let (w, h) = self.viewport().await;
        if (w, h) != (width, height) && w > 0 && h > 0 {
            let grow = |want: u32, got: u32| want + want.saturating_sub(got);
            let _ = client
                .set_window_size(grow(width, w), grow(height, h))
                .await;
        }
        self.viewport().await
    }

    /// Resizes the viewport, then saves a screenshot as
    /// `target/screenshots/<browser>-<what>-<width>x<height>.png` named by the size it really has.
    pub async fn screenshot_at(&self, what: &str, width: u32, height: u32) -> PathBuf {
        let (width, height) = self.resize(width, height).await;
        let png = self.client.screenshot().await.expect("take a screenshot");
        let folder = screenshots();
        // Pictures of the single file opened from disk are named apart: `webkit-file-…`.
        let delivery = match self.delivery {
            Delivery::Http => "",
            Delivery::File => "file-",
        };
        let name = format!(
            "{}-{delivery}{what}-{width}x{height}.png",
            self.browser.name()
        );
        let path = folder.join(name);
        std::fs::write(&path, png).expect("write the screenshot");
        path
    }

    /// Sets the app's clock (the "sotay/clock" key) and reloads, as a tester would.
    pub async fn set_today(&self, iso: &str) {
        self.script(&format!(
            "localStorage.setItem('sotay/clock', '{iso}'); return 1"
        ))
        .await;
        self.client.refresh().await.expect("reload");
        self.wait_for("main h1").await;
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

    /// The value of a form field, once the field is there.
    pub async fn value_of(&self, css: &str) -> String {
        let field = self.wait_for(css).await;
        let value = field.prop("value").await.expect("read the field");
        value.unwrap_or_default()
    }

    /// The address's `#` fragment.
    pub async fn fragment(&self) -> String {
        let url = self.client.current_url().await.expect("the address");
        url.fragment().unwrap_or_default().to_owned()
    }

    /// Screenshots from the top of the page at two tablet sizes and a phone, then back to
    /// 1024×768.
    pub async fn shots(&self, what: &str) {
        self.script("window.scrollTo(0, 0); return 1").await;
        for (width, height) in [(1024, 768), (768, 1024), (390, 844)] {
            self.screenshot_at(what, width, height).await;
        }
        self.resize(1024, 768).await;
    }

    /// Screenshots at the same three sizes with the element matching `css` scrolled into view.
    pub async fn shots_of(&self, what: &str, css: &str) {
        for (width, height) in [(1024, 768), (768, 1024), (390, 844)] {
            self.resize(width, height).await;
            let element = self.wait_for(css).await;
            self.client
                .execute(
                    "arguments[0].scrollIntoView(); return 1",
                    vec![serde_json::to_value(&element).expect("an element reference")],
                )
                .await
                .expect("scroll to the element");
            self.screenshot_at(what, width, height).await;
        }
        self.resize(1024, 768).await;
    }

    /// Sends a DevTools command through Chromium's driver and returns its answer's value.
    pub async fn cdp(&self, command: &str, params: Value) -> Value {
        assert_eq!(
            self.browser,
            Browser::Chromium,
            "DevTools commands are Chromium's"
        );
        let session = self.client.session_id().await.expect("session id");
        let session = session.expect("an open session");
        let body = json!({ "cmd": command, "params": params });
        let path = format!("/session/{session}/goog/cdp/execute");
        let answer = post_json(self.port, &path, &body).await;
        answer["value"].clone()
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

    /// Kills the browser and its driver at once (SIGKILL to the whole process group), as a
    /// power cut or a crash would: nothing gets to flush or say goodbye.
    /// `profile` names the browser's processes that may have left the group.
    pub fn kill_hard(self, profile: &Path) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = Command::new("pkill")
            .args(["-KILL", "-f", &profile.to_string_lossy()])
            .status();
        std::thread::sleep(Duration::from_millis(500));
    }

    /// Ends the browser session and stops the driver, server and display.
    pub async fn finish(self) {
        let _ = self.client.clone().close().await;
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // The driver leads its own process group: stop the browsers it started along with it.
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        if let Some(display) = &mut self.display {
            let _ = display.kill();
            let _ = display.wait();
        }
        for busy in &mut self.load {
            let _ = busy.kill();
            let _ = busy.wait();
        }
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

/// A generated office (seeded; a tenth as many meetings as tasks) as this app stores it: every
/// localStorage key and value, and how many plans it has.
pub fn stored_office(tasks: usize) -> (Map<String, Value>, usize) {
    use sotay::store::{load, MemoryStore, Store};
    let ws = office(tasks);
    let mut store = MemoryStore::default();
    let mut loaded = load(&mut store, ws.device().clone(), sotay::domain::Timestamp(1))
        .expect("an empty store loads");
    loaded
        .saver
        .save(&mut store, &ws)
        .expect("it fits in memory");
    let mut values = Map::new();
    for key in store.keys().expect("keys") {
        let value = store.get(&key).expect("a value").expect("present");
        values.insert(key, Value::String(value));
    }
    (values, ws.plans().live().count())
}

/// The same generated office as a bundle of the whole workspace, as sent by email.
pub fn office_bundle(tasks: usize) -> String {
    use sotay::bundle::{Bundle, Scope};
    let ws = office(tasks);
    Bundle::export(
        &ws,
        Scope::Workspace,
        sotay::domain::Timestamp(1_795_000_000_000),
        "bench",
    )
    .to_json()
}

fn office(tasks: usize) -> sotay::workspace::Workspace {
    use sotay::workspace::sample::{workspace, Scale};
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("a day");
    workspace(11, Scale::of(tasks), day)
}

/// Where screenshots and other pictures of a run go: `target/screenshots/`.
pub fn screenshots() -> PathBuf {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
    std::fs::create_dir_all(&folder).expect("create target/screenshots");
    folder
}

/// Runs a program to completion and returns what it printed; panics with its errors if it fails.
pub fn run(program: &str, args: &[&str]) -> String {
    let output = Command::new(find_program(&[program]))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("could not run {program}: {e}"));
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Posts JSON to the driver with plain HTTP/1.1 and returns the JSON it answers.
async fn post_json(port: u16, path: &str, body: &Value) -> Value {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let body = body.to_string();
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect to the driver");
    stream.write_all(request.as_bytes()).await.expect("send");
    // The driver may keep the connection open: read the head, then exactly the body it announces.
    let mut answer = Vec::new();
    let mut chunk = [0u8; 64 * 1024];
    let (head, length) = loop {
        let n = stream.read(&mut chunk).await.expect("read the answer");
        assert!(n > 0, "the driver closed the connection before answering");
        answer.extend_from_slice(&chunk[..n]);
        let Some(end) = answer.windows(4).position(|w| w == b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&answer[..end]).to_ascii_lowercase();
        let length = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|n| n.trim().parse::<usize>().ok())
            .unwrap_or_else(|| panic!("no content-length in the driver's answer: {head}"));
        answer.drain(..end + 4);
        break (head, length);
    };
    while answer.len() < length {
        let n = stream.read(&mut chunk).await.expect("read the answer");
        assert!(n > 0, "the driver's answer was cut short");
        answer.extend_from_slice(&chunk[..n]);
    }
    let body = String::from_utf8_lossy(&answer[..length]);
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("the driver answered {head}: {e}"))
}

/// Connects to the driver on `port`, retrying while it starts.
async fn connect(browser: Browser, port: u16, downloads: &Path, profile: Option<&Path>) -> Client {
    let address = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let outcome = ClientBuilder::new(HttpConnector::new())
            .capabilities(browser.capabilities(downloads, profile))
            .connect(&address)
            .await;
        match outcome {
            Ok(client) => return client,
            Err(e) if Instant::now() < deadline => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!(
                "{}: no WebDriver session from {}: {e}",
                browser.name(),
                browser.driver()
            ),
        }
    }
}

/// Starts Xvfb on a free display number and returns it with that number (WebKitGTK needs a
/// display; its headless mode hangs).
fn start_virtual_display() -> (Child, u32) {
    let mut child = Command::new(find_program(&["Xvfb"]))
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "2048x2048x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start Xvfb");
    let mut line = String::new();
    let stdout = child.stdout.take().expect("Xvfb's output");
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("read Xvfb's display number");
    let number = line
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("Xvfb printed {line:?}, not a display number"));
    (child, number)
}

/// A fresh, empty folder for one browser's downloads under `target/screenshots/downloads/`.
fn downloads_folder(browser: Browser) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static SESSIONS: AtomicUsize = AtomicUsize::new(0);
    let n = SESSIONS.fetch_add(1, Ordering::Relaxed);
    let folder = screenshots().join("downloads").join(format!(
        "{}-{}-{n}",
        browser.name(),
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("create a downloads folder");
    // Chromium fails a download into a path that goes through `..`.
    folder
        .canonicalize()
        .expect("the downloads folder's full path")
}

/// A configuration folder whose `user-dirs.dirs` names `downloads` as the download folder.
fn user_dirs(downloads: &Path) -> PathBuf {
    let config = downloads.with_extension("config");
    std::fs::create_dir_all(&config).expect("create a configuration folder");
    let line = format!("XDG_DOWNLOAD_DIR=\"{}\"\n", downloads.display());
    std::fs::write(config.join("user-dirs.dirs"), line).expect("write user-dirs.dirs");
    config
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    listener.local_addr().expect("its address").port()
}

/// The full path of the first of `names` found on PATH; panics with what to install if none is.
fn find_program(names: &[&str]) -> String {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in names {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return candidate.to_string_lossy().into_owned();
            }
        }
    }
    panic!("none of {names:?} is on PATH: run scripts/setup.sh, which installs the browsers and drivers")
}

fn find_file(paths: &[&str]) -> String {
    let found = paths.iter().find(|p| Path::new(p).is_file());
    let found = found.unwrap_or_else(|| panic!("none of {paths:?} exists: run scripts/setup.sh"));
    (*found).to_owned()
}
