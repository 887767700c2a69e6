//! The [`Session`] type: one browser driving the app, with the server, driver and display it
//! stands on, and what a scenario does with it. Starting, opening pages, the store, scripts and
//! stopping are here; the rest of its methods are split by job:
//!
//! - [`wait`](self::wait): waiting for elements, their count and text, the journal, downloads;
//! - [`act`](self::act): clicking, typing, choosing, picking an agency, uploading a file;
//! - [`view`](self::view): the viewport, resizing, screenshots;
//! - [`devtools`](self::devtools): Chromium's DevTools commands (printing to PDF, touch, the
//!   CPU slow-down) through the WebDriver client's pass-through.

mod act;
mod audit;
mod devtools;
mod view;
mod wait;

use crate::driver::{
    busy_processes, connect, dist, downloads_folder, free_port, slowdown, start_driver,
    start_virtual_display,
};
use crate::{Browser, Server};
use fantoccini::Client;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::Duration;

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

/// A browser driving the app, with the server, driver and display it needs. Dropping it stops
/// them all.
pub struct Session {
    pub browser: Browser,
    pub client: Client,
    pub server: Server,
    driver: Child,
    /// Where this browser saves what the page downloads (its own folder, emptied at start).
    pub downloads: PathBuf,
    /// Over http or from the single file.
    pub delivery: Delivery,
    root: PathBuf,
    path: String,
    display: Option<Child>,
    /// Busy processes that slow the browser down (see [`crate::slowdown`]).
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
        let number = display.as_ref().map(|(_, number)| *number);
        let driver = start_driver(browser, port, &downloads, number, slow.is_some());
        let client = connect(browser, port, &downloads, options.profile.as_deref()).await;
        let session = Session {
            browser,
            client,
            server,
            driver,
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
    /// e.g. from [`crate::stored_office`]), the journal emptied; the page is not reloaded.
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

    /// Runs JavaScript in the page and returns its result.
    pub async fn script(&self, source: &str) -> Value {
        self.client
            .execute(source, Vec::new())
            .await
            .expect("run a script in the page")
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
