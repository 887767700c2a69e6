//! What the end-to-end scenarios stand on: a static server for the release build, a WebDriver
//! driver for each browser, and a session that drives the app in that browser.
//!
//! Everything runs on 127.0.0.1 and is stopped when the session is dropped. A missing build,
//! browser or driver is a failure with a message saying what to run, never a skipped test.
//!
//! Where each thing is:
//!
//! - `driver.rs`: the browsers ([`Browser`]) and their drivers (capabilities, processes, ports,
//!   programs found on PATH), the virtual display, the CPU slow-down ([`slowdown`]), and the
//!   folders a run uses ([`dist`], [`screenshots`], downloads); [`run`] for other programs;
//! - `session/`: the [`Session`] and how it starts ([`Options`], [`Delivery`]): `mod.rs` starts,
//!   opens and stops it; `wait.rs` waits for elements, texts, the journal, downloads; `act.rs`
//!   clicks, types, chooses, uploads; `view.rs` resizes and takes screenshots; `devtools.rs`
//!   sends Chromium's DevTools commands (print to PDF, touch, CPU throttling);
//! - `seed.rs`: generated offices at a real scale, stored ([`stored_office`], and with one
//!   meeting of many assignments: [`stored_office_with_meeting`]) or as a bundle
//!   ([`office_bundle`]);
//! - `server.rs`: the static [`Server`] for the release build;
//! - here: the macros that make a scenario a test in every browser (and delivery).
//!
//! The benchmark (`src/bin/bench/`) stands on the same crate.

mod driver;
mod seed;
mod server;
mod session;

pub use driver::{dist, run, screenshots, slowdown, Browser};
pub use seed::{office_bundle, stored_office, stored_office_with_meeting};
pub use server::Server;
pub use session::{deliver_by, Delivery, Options, Session};

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
