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

/// Offers `text` as a JSON file to save (a bundle, a storage report).
pub fn download(file_name: &str, text: &str) -> bool {
    save(&crate::office::File {
        name: file_name.to_owned(),
        mime: "application/json",
        bytes: text.as_bytes().to_vec(),
    })
}

/// `file` as the browser's own File (a Blob with its name and type).
fn browser_file(file: &crate::office::File) -> Option<web_sys::File> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(file.bytes.as_slice()));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(file.mime);
    web_sys::File::new_with_u8_array_sequence_and_options(&parts, &file.name, &options).ok()
}

/// Offers `file` to save, the way every engine (Safari and iPad included) accepts: a Blob
/// behind an object URL, clicked through a temporary link.
pub fn save(file: &crate::office::File) -> bool {
    use wasm_bindgen::JsCast;
    let saved = (|| {
        let document = web_sys::window()?.document()?;
        let blob = browser_file(file)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link = document
            .create_element("a")
            .ok()?
            .dyn_into::<web_sys::HtmlAnchorElement>()
            .ok()?;
        link.set_href(&url);
        link.set_download(&file.name);
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

/// `navigator.share` and the `{ files }` it is given, where the browser can share files of
/// this type (Safari on an iPad, Chrome on Android; not desktop Firefox).
fn share_call(file: &crate::office::File) -> Option<(js_sys::Function, wasm_bindgen::JsValue)> {
    use js_sys::{Function, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let can_share = Reflect::get(&navigator, &"canShare".into()).ok()?;
    let can_share = can_share.dyn_into::<Function>().ok()?;
    let share = Reflect::get(&navigator, &"share".into()).ok()?;
    let share = share.dyn_into::<Function>().ok()?;
    let data = Object::new();
    let files = js_sys::Array::of1(&browser_file(file)?.into());
    Reflect::set(&data, &"files".into(), &files).ok()?;
    let data: JsValue = data.into();
    let able = can_share.call1(&navigator, &data).ok()?.as_bool() == Some(true);
    able.then_some((share, data))
}

/// Whether this browser offers its share sheet for a file named `name` of type `mime`.
pub fn can_share(name: &str, mime: &'static str) -> bool {
    let probe = crate::office::File {
        name: name.to_owned(),
        mime,
        bytes: Vec::new(),
    };
    share_call(&probe).is_some()
}

/// Opens the share sheet (Mail, AirDrop, Zalo…) with `file`; `done` learns whether it was
/// shared (false also when the official closed the sheet). Must run in a tap's handler.
pub fn share(file: &crate::office::File, done: impl FnOnce(bool) + 'static) {
    let Some((share, data)) = share_call(file) else {
        return done(false);
    };
    let navigator: wasm_bindgen::JsValue = match web_sys::window() {
        Some(w) => w.navigator().into(),
        None => return done(false),
    };
    // Adopted by this page's own Promise: whatever thenable the browser (or a stand-in for its
    // sheet) returns, from whichever realm, is waited for.
    match share.call1(&navigator, &data) {
        Ok(answer) => settle(&js_sys::Promise::resolve(&answer), move |value| {
            done(value.is_some())
        }),
        Err(_) => done(false),
    }
}

/// The file chosen in a file field's `change` event; the field is emptied, so that choosing
/// the same file again is seen as a new choice.
pub fn chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// The first file of a drop.
pub fn dropped_file(ev: &web_sys::DragEvent) -> Option<web_sys::File> {
    ev.data_transfer()
        .and_then(|d| d.files())
        .and_then(|f| f.get(0))
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
