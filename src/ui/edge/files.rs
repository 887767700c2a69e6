//! What leaves the page or comes into it: printing, the clipboard, files saved and read, and
//! the SHA-256 of a file's bytes.

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
pub(super) fn settle(
    promise: &js_sys::Promise,
    done: impl FnOnce(Option<wasm_bindgen::JsValue>) + 'static,
) {
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
