//! The page as seen: its viewport, resizing the window to a tablet's or a phone's size, and
//! screenshots into `target/screenshots/`.

use super::{Delivery, Session};
use crate::screenshots;
use std::path::PathBuf;
use std::time::Duration;

impl Session {
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
}
