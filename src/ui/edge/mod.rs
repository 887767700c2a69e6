//! The browser's clock, random numbers and address bar: what the core is handed, never reads.

use crate::domain::{DeviceId, Id, Timestamp};
use chrono::NaiveDate;

mod files;
mod view;

pub use files::{
    can_share, chosen_file, copy_text, download, dropped_file, print, read_file, save, sha256_hex,
    share,
};
pub use view::{
    focus, is_typing_target, keep_focus_above_keyboard, remember_scroll, restore_scroll, scroll_to,
};

/// Now, by the browser's clock.
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

// `store::keys::CLOCK` may hold a date that replaces today, for tests and demonstrations
// ("2026-06-25"). The shell shows a banner while it is set, so nobody mistakes it for today.
use crate::store::keys::CLOCK as CLOCK_KEY;

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
        Some(promise) => files::settle(&promise, move |answer| {
            done(answer.and_then(|a| a.as_bool()))
        }),
        None => done(None),
    }
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

/// Marks a moment (`sotay-ready`: the first screen is drawn) for the performance tools.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
