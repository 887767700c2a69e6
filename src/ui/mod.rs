//! The Leptos interface: the app shell, its pages and the components they share.
//! Compiled for the browser only; every rule it applies lives in the plain-Rust core.

mod app;
mod components;
mod edge;
mod keeper;
mod pages;
mod state;

use crate::store::browser::BrowserStore;
use crate::store::{load, marks, Loaded, Saver, StoreError};
use crate::workspace::{export_overdue, Workspace};
use keeper::{Keeper, Keeping, Persist};
use leptos::prelude::*;
use state::AppState;

/// Opens the store, loads the workspace and mounts the app on the page's body.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| {
        let (state, keeper, problems) = start();
        edge::mark("sotay-loaded");
        provide_context(state);
        provide_context(keeper);
        for text in problems {
            state.notices.tell_until_fixed(text);
        }
        if keeper.keeping.get_untracked() == Keeping::Nowhere {
            let texts = state.texts();
            let text = if edge::is_file_page() {
                texts.storage.nowhere_file.to_owned()
            } else {
                (texts.store_error)(&StoreError::Unavailable(String::new()))
            };
            state.notices.offer_export(text, true);
        } else {
            edge::timed("sotay-keep-safe", || keep_safe(state, keeper));
        }
        // The one place that saves: after every change of the workspace.
        Effect::new(move |_| {
            state.ws.track();
            keeper.save();
        });
        // The language chosen is kept for the next visit (not written at start: it was read).
        Effect::new(move |before: Option<()>| {
            let code = state.lang.get().code();
            if before.is_some() {
                keeper.keep_quietly(|s| marks::set_lang(s, code));
            }
        });
        // The effect runs just after each change; these also catch a page hidden or left in
        // between (a tablet put to sleep, a tab closed).
        for event in ["pagehide", "visibilitychange"] {
            let _ = window_event_listener_untyped(event, move |_| keeper.save());
        }
        edge::keep_focus_above_keyboard();
        // Another tab of the app saved: merge what it wrote (the event never fires in the tab
        // that wrote).
        let _ = window_event_listener(leptos::ev::storage, move |ev| {
            if let (Some(key), Some(value)) = (ev.key(), ev.new_value()) {
                keeper.merge_other_tab(&key, &value);
            }
        });
        view! { <app::App /> }
    });
    // The first useful screen is in the page now (the benchmark's start-up figure).
    edge::mark("sotay-ready");
}

/// What runs once the data is loaded from a working store: today's snapshot, the request to
/// keep the data, the note for a page opened from a file, and the export reminder.
fn keep_safe(state: AppState, keeper: Keeper) {
    keeper.open_journal();
    keeper.snapshot(false);
    if edge::is_file_page() {
        if keeper.read_store(marks::file_note_shown) == Some(false) {
            state
                .notices
                .tell(state.texts().storage.file_note.to_owned());
            keeper.with_store(marks::set_file_note_shown);
        }
    } else {
        edge::ask_persist(move |answer| keeper.persisted.set(answer));
    }
    let exported = keeper.read_store(marks::last_export).flatten();
    let now = edge::now();
    let oldest = state.ws.with_untracked(|ws| ws.oldest_unexported(exported));
    if let Some(oldest) = oldest.filter(|_| export_overdue(oldest, now)) {
        let days = (now.0 - oldest.0) / (24 * 60 * 60 * 1000);
        state
            .notices
            .offer_export((state.texts().storage.export_reminder)(days), false);
    }
}

/// Loads the workspace from localStorage, or starts in memory when the browser refuses
/// storage; returns what the user must be told.
fn start() -> (AppState, Keeper, Vec<String>) {
    let now = edge::now();
    let mut opened = BrowserStore::open();
    let loaded = match opened.as_mut() {
        // Reading and unpacking every stored chunk: most of a large office's start-up.
        Ok(store) => edge::timed("sotay-load", || load(store, edge::new_device_id(), now)),
        Err(error) => Err(error.clone()),
    };
    let (ws, saver, mut problems, store) = match loaded {
        Ok(Loaded {
            workspace,
            saver,
            set_aside,
            ..
        }) => (workspace, saver, set_aside, opened.ok()),
        Err(error) => {
            // What an empty store loads as (a new device, the starter agencies), without a
            // second copy of the loader for a store in memory.
            let ws = Workspace::new(edge::new_device_id());
            let (state, keeper) = AppState::new(
                ws,
                Persist {
                    store: None,
                    saver: Saver::default(),
                    journal: None,
                },
            );
            // The banner in `mount` says what this means; only an unusual failure is added.
            let unusual = !matches!(error, StoreError::Unavailable(_));
            let text = (state.lang.get_untracked().texts().store_error)(&error);
            return (state, keeper, unusual.then_some(text).into_iter().collect());
        }
    };
    let (state, keeper) = AppState::new(
        ws,
        Persist {
            store,
            saver,
            journal: None,
        },
    );
    // Told once the journal says whether it had good copies of them (`Keeper::open_journal`).
    keeper.hold_set_aside(std::mem::take(&mut problems));
    (state, keeper, Vec::new())
}
