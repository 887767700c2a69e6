//! A second copy of every chunk in IndexedDB: the journal.
//!
//! Chromium and Firefox write localStorage to disk seconds after `setItem` returns, so a browser
//! killed right after typing (a crash, a power button) loses the last seconds; an IndexedDB
//! transaction is on disk when it completes. Every chunk the saver writes (or tries to write,
//! when localStorage is full) is also put here, and on start the journal's records are merged
//! into what localStorage gave, with the same merge as bundles, so the newer copy of each record
//! wins. IndexedDB's quota is far larger, so the journal also keeps edits made while
//! localStorage is full across a reload.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbTransactionMode};

const DATABASE: &str = "sotay";
const CHUNKS: &str = "chunks";

/// The open journal, or writes waiting for it to open.
#[derive(Clone, Default)]
pub struct Journal {
    inner: Rc<RefCell<State>>,
}

#[derive(Default)]
enum State {
    /// Opening: what to write once open.
    #[default]
    Opening,
    Waiting(Vec<(String, String)>),
    Open(IdbDatabase),
    /// The browser gives no IndexedDB here (some private windows, file pages in Safari).
    Unavailable,
}

impl Journal {
    /// Whether the browser gives no IndexedDB here: edits that localStorage refuses are then
    /// kept in memory only.
    pub fn unavailable(&self) -> bool {
        matches!(*self.inner.borrow(), State::Unavailable)
    }

    /// Opens the journal; `loaded` then gets every chunk in it, to merge (nothing if the
    /// browser has no IndexedDB for this page).
    pub fn open(loaded: impl FnOnce(Vec<(String, String)>) + 'static) -> Journal {
        let journal = Journal::default();
        let request = web_sys::window()
            .and_then(|w| w.indexed_db().ok().flatten())
            .and_then(|factory| factory.open_with_u32(DATABASE, 1).ok());
        let Some(request) = request else {
            *journal.inner.borrow_mut() = State::Unavailable;
            loaded(Vec::new());
            return journal;
        };
        let upgrade = Closure::once(move |event: web_sys::Event| {
            let db = database_of(&event);
            if let Some(db) = db {
                let _ = db.create_object_store(CHUNKS);
            }
        });
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        upgrade.forget();
        let done = Rc::new(RefCell::new(Some(loaded)));
        let inner = journal.inner.clone();
        let failed_done = done.clone();
        let failed_inner = journal.inner.clone();
        let opened = Closure::once(move |event: web_sys::Event| {
            let db = database_of(&event);
            let Some(db) = db else {
                *inner.borrow_mut() = State::Unavailable;
                if let Some(f) = done.borrow_mut().take() {
                    f(Vec::new());
                }
                return;
            };
            let waiting = std::mem::replace(&mut *inner.borrow_mut(), State::Open(db.clone()));
            // Read first, then write what waited: one transaction after the other.
            read_all(&db, move |chunks| {
                if let Some(f) = done.borrow_mut().take() {
                    f(chunks);
                }
            });
            if let State::Waiting(chunks) = waiting {
                put(&db, &chunks);
            }
        });
        let failed = Closure::once(move |_: web_sys::Event| {
            *failed_inner.borrow_mut() = State::Unavailable;
            if let Some(f) = failed_done.borrow_mut().take() {
                f(Vec::new());
            }
        });
        request.set_onsuccess(Some(opened.as_ref().unchecked_ref()));
        request.set_onerror(Some(failed.as_ref().unchecked_ref()));
        opened.forget();
        failed.forget();
        journal
    }

    /// Puts these chunks in the journal, in one transaction (kept until it opens, in the first
    /// moments of a start).
    pub fn write(&self, chunks: Vec<(String, String)>) {
        if chunks.is_empty() {
            return;
        }
        let mut state = self.inner.borrow_mut();
        match &mut *state {
            State::Open(db) => put(db, &chunks),
            State::Waiting(list) => list.extend(chunks),
            State::Opening => *state = State::Waiting(chunks),
            State::Unavailable => {}
        }
    }
}

fn put(db: &IdbDatabase, chunks: &[(String, String)]) {
    let store = db
        .transaction_with_str_and_mode(CHUNKS, IdbTransactionMode::Readwrite)
        .and_then(|t| t.object_store(CHUNKS));
    if let Ok(store) = store {
        for (key, text) in chunks {
            let _ = store.put_with_key(&JsValue::from_str(text), &JsValue::from_str(key));
        }
    }
}

/// The database an open request's event brings.
fn database_of(event: &web_sys::Event) -> Option<IdbDatabase> {
    event
        .target()
        .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
        .and_then(|r| r.result().ok())
        .and_then(|db| db.dyn_into::<IdbDatabase>().ok())
}

/// Every key and text in the journal.
fn read_all(db: &IdbDatabase, done: impl FnOnce(Vec<(String, String)>) + 'static) {
    let store = db
        .transaction_with_str(CHUNKS)
        .and_then(|t| t.object_store(CHUNKS));
    let requests = store.and_then(|s| Ok((s.get_all_keys()?, s.get_all()?)));
    let Ok((keys, values)) = requests else {
        done(Vec::new());
        return;
    };
    let values_request = values.clone();
    // Both requests belong to one transaction and finish in order: the values come last.
    let finished = Closure::once(move |_: web_sys::Event| {
        let keys = keys.result().ok().map(|k| js_sys::Array::from(&k));
        let values = values_request
            .result()
            .ok()
            .map(|v| js_sys::Array::from(&v));
        let pairs = match (keys, values) {
            (Some(keys), Some(values)) => keys
                .iter()
                .zip(values.iter())
                .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)))
                .collect(),
            _ => Vec::new(),
        };
        done(pairs);
    });
    values.set_onsuccess(Some(finished.as_ref().unchecked_ref()));
    finished.forget();
}
