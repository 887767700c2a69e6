//! The machine side of a session: the browsers and their WebDriver drivers (programs found on
//! PATH, capabilities, processes, ports), the virtual display WebKitGTK needs, the CPU slow-down
//! of the slowed tier, and the folders a run uses (the release build, screenshots, downloads).
//! Nothing here talks to the page: that is [`crate::Session`].

use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Map, Value};
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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
pub(crate) fn busy_processes(n: u32) -> Vec<Child> {
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

    pub(crate) fn driver(self) -> &'static str {
        match self {
            Browser::Chromium => "chromedriver",
            Browser::Firefox => "geckodriver",
            Browser::WebKit => "WebKitWebDriver",
        }
    }

    pub(crate) fn driver_args(self, port: u16) -> Vec<String> {
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

/// Starts `browser`'s driver on `port`, leading its own process group, on the virtual
/// `display` if any; `pinned`: on the slow core (see [`slowdown`]), the browser it starts too.
pub(crate) fn start_driver(
    browser: Browser,
    port: u16,
    downloads: &Path,
    display: Option<u32>,
    pinned: bool,
) -> Child {
    let mut command = if pinned {
        // The driver starts the browser: both inherit the pinning.
        let mut c = Command::new("taskset");
        c.args(["-c", &slow_core(), &find_program(&[browser.driver()])]);
        c
    } else {
        Command::new(find_program(&[browser.driver()]))
    };
    command
        .args(browser.driver_args(port))
        // WebKitGTK saves downloads to the user's download folder, named in this file.
        .env("XDG_CONFIG_HOME", user_dirs(downloads))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0);
    if let Some(number) = display {
        command.env("DISPLAY", format!(":{number}"));
    }
    command
        .spawn()
        .unwrap_or_else(|e| panic!("could not start {}: {e}", browser.driver()))
}

/// Connects to the driver on `port`, retrying while it starts.
pub(crate) async fn connect(
    browser: Browser,
    port: u16,
    downloads: &Path,
    profile: Option<&Path>,
) -> Client {
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
pub(crate) fn start_virtual_display() -> (Child, u32) {
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
pub(crate) fn downloads_folder(browser: Browser) -> PathBuf {
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

pub(crate) fn free_port() -> u16 {
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
