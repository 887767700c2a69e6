//! The browser's clock, random numbers and address bar: what the core is handed, never reads.

use crate::domain::{DeviceId, Id, Timestamp};
use chrono::NaiveDate;

/// Now, by the browser's clock.
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// localStorage key of a date that replaces today, for tests and demonstrations
/// ("2026-06-25"). The shell shows a banner while it is set, so nobody mistakes it for today.
pub const CLOCK_KEY: &str = "sotay/clock";

thread_local! {
    static SET_TODAY: Option<NaiveDate> = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(CLOCK_KEY).ok().flatten())
        .and_then(|text| text.parse().ok());
}

/// The date set in place of today, if any (read once, when the page opens).
pub fn set_today() -> Option<NaiveDate> {
    SET_TODAY.with(|d| *d)
}

/// Today in the user's own time zone: what "done on" and deadlines mean to an official.
pub fn today() -> NaiveDate {
    if let Some(day) = set_today() {
        return day;
    }
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// A new random id from the browser's cryptographic generator.
pub fn new_id() -> Id {
    let mut bytes = [0u8; 16];
    let crypto = web_sys::window().and_then(|w| w.crypto().ok());
    let filled = crypto.is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // Every engine the app supports has crypto; this keeps ids unique if one does not.
        for chunk in bytes.chunks_mut(4) {
            let word = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
            chunk.copy_from_slice(&word.to_le_bytes());
        }
    }
    Id::from_random(u128::from_le_bytes(bytes))
}

pub fn new_device_id() -> DeviceId {
    DeviceId(new_id())
}

/// The current `#` fragment of the address.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Opens a page by changing the fragment; the `hashchange` listener updates the route, and the
/// browser's back button works as the user expects.
pub fn go(route: &crate::route::Route) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&route.to_hash());
    }
}

/// Sets the page's `lang` attribute, so screen readers and hyphenation use the right language.
pub fn set_document_lang(code: &str) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("lang", code);
    }
}

/// Puts the caret in the field with this DOM id once the page has drawn it, unless the user
/// has put it somewhere else meanwhile. On a slow tablet the next frame can come a second
/// later; focusing then would pull the caret out of the field being typed in, and the rest of
/// the typing would land in the wrong field (seen in WebKit under CPU load: of "Kết quả sắp
/// xếp…" typed into a reported item, only "Kế" stayed there).
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let id = id.to_owned();
    let document = web_sys::window().and_then(|w| w.document());
    let asked_from = document.as_ref().and_then(|d| d.active_element());
    leptos::leptos_dom::helpers::request_animation_frame(move || {
        let Some(document) = document else {
            return;
        };
        let now = document.active_element();
        let body = document.body().map(web_sys::Element::from);
        let moved_on = now != asked_from && now != body && now.is_some();
        let element = document
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element.filter(|_| !moved_on) {
            let _ = element.focus();
        }
    });
}

/// Opens the browser's own print dialog (which also saves as PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Puts text on the clipboard; `done` learns whether the browser allowed it. Reached through
/// `navigator.clipboard.writeText`, which every supported engine has on http(s) and file pages.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    use js_sys::{Function, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let written = (|| {
        let window = web_sys::window()?;
        let navigator = Reflect::get(&window, &"navigator".into()).ok()?;
        let clipboard = Reflect::get(&navigator, &"clipboard".into()).ok()?;
        let write = Reflect::get(&clipboard, &"writeText".into()).ok()?;
        let write = write.dyn_into::<Function>().ok()?;
        let promise = write.call1(&clipboard, &JsValue::from_str(text)).ok()?;
        promise.dyn_into::<Promise>().ok()
    })();
    let Some(promise) = written else {
        done(false);
        return;
    };
    settle(&promise, move |value| done(value.is_some()));
}

/// Runs `done` once a promise settles: with its value, or `None` if it was refused. Exactly one
/// of the two callbacks runs; both are handed to the browser for good (a few bytes each time).
fn settle(promise: &js_sys::Promise, done: impl FnOnce(Option<wasm_bindgen::JsValue>) + 'static) {
    use wasm_bindgen::{closure::Closure, JsValue};
    let done = Some(Box::new(done) as Box<dyn FnOnce(Option<JsValue>)>);
    let done = std::rc::Rc::new(std::cell::Cell::new(done));
    let (ok, failed) = (done.clone(), done);
    let ok: Closure<dyn FnMut(JsValue)> = Closure::once(move |value: JsValue| {
        if let Some(f) = ok.take() {
            f(Some(value));
        }
    });
    let failed: Closure<dyn FnMut(JsValue)> = Closure::once(move |_: JsValue| {
        if let Some(f) = failed.take() {
            f(None);
        }
    });
    let _ = promise.then2(&ok, &failed);
    ok.forget();
    failed.forget();
}

/// Offers `text` as a file to save, the way every engine (Safari and iPad included) accepts: a
/// Blob behind an object URL, clicked through a temporary link.
pub fn download(file_name: &str, text: &str) -> bool {
    use wasm_bindgen::{JsCast, JsValue};
    let saved = (|| {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link = document
            .create_element("a")
            .ok()?
            .dyn_into::<web_sys::HtmlAnchorElement>()
            .ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        document.body()?.append_child(&link).ok()?;
        link.click();
        link.remove();
        // Safari starts the download after the click returns: free the URL a moment later.
        leptos::leptos_dom::helpers::set_timeout(
            move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            },
            std::time::Duration::from_secs(10),
        );
        Some(())
    })();
    saved.is_some()
}

/// Reads a file the user chose or dropped; `done` gets its bytes, or `None` if the browser
/// could not read it.
pub fn read_file(file: &web_sys::File, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    settle(&file.array_buffer(), move |buffer| {
        done(buffer.map(|b| js_sys::Uint8Array::new(&b).to_vec()))
    });
}

/// "26/11/2026 14:05" in the user's own time zone.
pub fn local_time(at: crate::domain::Timestamp) -> String {
    let d = date(at);
    let (hours, minutes) = (d.get_hours(), d.get_minutes());
    format!("{} {hours:02}:{minutes:02}", day_of(&d))
}

/// "26/11/2026" in the user's own time zone.
pub fn local_day(at: crate::domain::Timestamp) -> String {
    day_of(&date(at))
}

fn date(at: crate::domain::Timestamp) -> js_sys::Date {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.0 as f64))
}

fn day_of(d: &js_sys::Date) -> String {
    format!(
        "{:02}/{:02}/{}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year()
    )
}

/// Brings the element with this DOM id into view once the page has drawn it.
pub fn scroll_to(id: &str) {
    let id = id.to_owned();
    leptos::leptos_dom::helpers::request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id));
        if let Some(element) = element {
            element.scroll_into_view();
        }
    });
}

/// Keeps, in each history entry, how far its page was scrolled (saved a quarter second after
/// scrolling, so a tablet's browser is not asked too often), and takes the restoring from the
/// browser: pages are drawn by the app, after the browser would restore.
pub fn remember_scroll() {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    let pending = Rc::new(Cell::new(false));
    let save = Closure::<dyn FnMut()>::new({
        let pending = pending.clone();
        move || {
            pending.set(false);
            let Some(window) = web_sys::window() else {
                return;
            };
            let state = js_sys::Object::new();
            let y = window.scroll_y().unwrap_or(0.0);
            let _ = js_sys::Reflect::set(&state, &"scroll".into(), &y.into());
            if let Ok(history) = window.history() {
                let _ = history.replace_state(&state, "");
            }
        }
    });
    let scrolled = Closure::<dyn FnMut()>::new(move || {
        if !pending.replace(true) {
            if let Some(window) = web_sys::window() {
                let callback = save.as_ref().unchecked_ref();
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, 250);
            }
        }
    });
    let _ = window.add_event_listener_with_callback("scroll", scrolled.as_ref().unchecked_ref());
    scrolled.forget();
}

/// After the page changed: where this history entry was left (going back), else the top (a
/// page opened anew).
pub fn restore_scroll() {
    let y = web_sys::window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .and_then(|s| js_sys::Reflect::get(&s, &"scroll".into()).ok())
        .and_then(|y| y.as_f64())
        .unwrap_or(0.0);
    leptos::leptos_dom::helpers::request_animation_frame(move || {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, y);
        }
    });
}

/// Whether the page was opened from a file on disk (`file://`), not from a web address.
pub fn is_file_page() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
}

/// Asks the browser to keep this origin's data (`navigator.storage.persist()`); `done` gets its
/// answer, or `None` where the browser has no such request (file pages, older Safari).
pub fn ask_persist(done: impl FnOnce(Option<bool>) + 'static) {
    use wasm_bindgen::JsCast;
    let manager = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &"storage".into()).ok())
        .filter(|s| js_sys::Reflect::get(s, &"persist".into()).is_ok_and(|f| f.is_function()))
        .map(|s| s.unchecked_into::<web_sys::StorageManager>());
    let promise = manager.and_then(|m| m.persist().ok());
    match promise {
        Some(promise) => settle(&promise, move |answer| {
            done(answer.and_then(|a| a.as_bool()))
        }),
        None => done(None),
    }
}

/// Keeps the field being typed in visible when the on-screen keyboard opens: a tablet's browser
/// shrinks the visual viewport, and the focused field is brought back to its middle.
pub fn keep_focus_above_keyboard() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(viewport) = window.visual_viewport() else {
        return;
    };
    let resized = Closure::<dyn FnMut()>::new(move || {
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let typing = focused
            .as_ref()
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if let (true, Some(element)) = (typing, focused) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
    let _ = viewport.add_event_listener_with_callback("resize", resized.as_ref().unchecked_ref());
    resized.forget();
}

/// Runs `f` and records how long it took as the User Timing measure `name`: visible in the
/// browser's performance tools, and read by the benchmark (`scripts/bench.sh`).
pub fn timed<R>(name: &str, f: impl FnOnce() -> R) -> R {
    let end = start_measure(name);
    let result = f();
    end();
    result
}

/// Starts the measure `name` for work that waits on the browser; calling what this returns
/// ends it.
pub fn start_measure(name: &str) -> impl FnOnce() {
    let performance = web_sys::window().and_then(|w| w.performance());
    let (name, start) = (name.to_owned(), format!("{name}-start"));
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    move || {
        if let Some(p) = &performance {
            let _ = p.measure_with_start_mark(&name, &start);
            p.clear_marks_with_mark_name(&start);
        }
    }
}

/// SHA-256 of `bytes` in lower-case hex, by the browser's own `crypto.subtle` where the page has
/// it (https, localhost and file pages; a plain-http intranet address has not), else by the
/// SHA-256 compiled into the app. The bytes are copied before this returns.
pub fn sha256_hex(bytes: &[u8]) -> PendingDigest {
    let subtle = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.subtle());
    match subtle.map(|s| s.digest_with_str_and_u8_array("SHA-256", bytes)) {
        Some(Ok(promise)) => PendingDigest(Ok(promise)),
        _ => PendingDigest(Err(crate::bundle::sha256_hex(bytes))),
    }
}

/// A digest on its way (see [`sha256_hex`]).
pub struct PendingDigest(Result<js_sys::Promise, String>);

impl PendingDigest {
    /// Calls `done` with the digest once it is there (an empty text if the browser failed).
    pub fn then(self, done: impl FnOnce(String) + 'static) {
        match self.0 {
            Err(ready) => done(ready),
            Ok(promise) => settle(&promise, move |buffer| {
                let bytes = buffer.map(|b| js_sys::Uint8Array::new(&b).to_vec());
                done(crate::bundle::hex(&bytes.unwrap_or_default()))
            }),
        }
    }
}

/// Marks a moment (`sotay-ready`: the first screen is drawn) for the performance tools.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
