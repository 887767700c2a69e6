//! localStorage behind the [`Store`] trait: the only place the app touches browser storage.
//!
//! Access is checked through web-sys before gloo-storage is used, because
//! `gloo_storage::LocalStorage::raw()` aborts the whole app (`expect_throw`) when the browser
//! denies storage, as Safari does for pages opened from a file, and private windows may.

use super::{Store, StoreError};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use super::keys::PROBE as PROBE_KEY;

/// localStorage of this page's origin, known to be usable.
pub struct BrowserStore {
    storage: web_sys::Storage,
}

impl BrowserStore {
    /// Opens localStorage, or says why this page cannot have it.
    pub fn open() -> Result<BrowserStore, StoreError> {
        let unavailable = |why: &str| StoreError::Unavailable(why.to_owned());
        let window = web_sys::window().ok_or_else(|| unavailable("no window"))?;
        match window.local_storage() {
            Err(e) => return Err(StoreError::Unavailable(describe(&e))),
            Ok(None) => return Err(unavailable("localStorage is null")),
            Ok(Some(_)) => {}
        }
        // Access works, so gloo-storage's handle is now safe to take.
        let storage = LocalStorage::raw();
        // Some browsers hand out a store that throws on the first write (old Safari private mode).
        match storage.set_item(PROBE_KEY, "1").map_err(|e| classify(&e)) {
            Ok(()) | Err(StoreError::QuotaExceeded) => {}
            Err(other) => return Err(StoreError::Unavailable(other.to_string())),
        }
        let _ = storage.remove_item(PROBE_KEY);
        Ok(BrowserStore { storage })
    }
}

impl Store for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(|e| classify(&e))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(|e| classify(&e))
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        LocalStorage::delete(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let count = self.storage.length().map_err(|e| classify(&e))?;
        let keys = (0..count).map(|i| self.storage.key(i).map_err(|e| classify(&e)));
        keys.filter_map(Result::transpose).collect()
    }
}

/// Tells a full store from other failures: Chromium and Safari throw `QuotaExceededError`
/// (code 22), Firefox `NS_ERROR_DOM_QUOTA_REACHED` (code 1014).
fn classify(error: &JsValue) -> StoreError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.name() == "NS_ERROR_DOM_QUOTA_REACHED" => {
            StoreError::QuotaExceeded
        }
        Some(e) if e.code() == 22 || e.code() == 1014 => StoreError::QuotaExceeded,
        Some(e) if e.name() == "SecurityError" => StoreError::Unavailable(e.message()),
        _ => StoreError::Other(describe(error)),
    }
}

fn describe(error: &JsValue) -> String {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) => format!("{}: {}", e.name(), e.message()),
        None => error.as_string().unwrap_or_else(|| format!("{error:?}")),
    }
}
