//! The Leptos interface: the app shell, its pages and the components they share.
//! Compiled for the browser only; every rule it applies lives in the plain-Rust core.

mod app;
mod components;
mod edge;
mod pages;
mod state;

use crate::store::browser::BrowserStore;
use crate::store::{load, Loaded, MemoryStore, Saver};
use crate::workspace::Workspace;
use leptos::prelude::*;
use state::{AppState, Persist};

/// Opens the store, loads the workspace and mounts the app on the page's body.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| {
        let (state, problems) = start();
        provide_context(state);
        for text in problems {
            state.notify(text, None, true);
        }
        // The one place that saves: after every change of the workspace.
        Effect::new(move |_| {
            state.ws.track();
            state.save();
        });
        // The effect runs just after each change; these also catch a page hidden or left in
        // between (a tablet put to sleep, a tab closed).
        for event in ["pagehide", "visibilitychange"] {
            let _ = window_event_listener_untyped(event, move |_| state.save());
        }
        view! { <app::App /> }
    });
}

/// Loads the workspace from localStorage, or starts in memory when the browser refuses
/// storage; returns what the user must be told.
fn start() -> (AppState, Vec<String>) {
    let now = edge::now();
    let mut opened = BrowserStore::open();
    let loaded = match opened.as_mut() {
        Ok(store) => load(store, edge::new_device_id(), now),
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
            let memory = load(&mut MemoryStore::default(), edge::new_device_id(), now);
            let ws = memory.map_or_else(|_| Workspace::new(edge::new_device_id()), |l| l.workspace);
            let state = AppState::new(
                ws,
                Persist {
                    store: None,
                    saver: Saver::default(),
                },
            );
            let text = (state.lang.get_untracked().texts().store_error)(&error);
            return (state, vec![text]);
        }
    };
    let state = AppState::new(ws, Persist { store, saver });
    let texts = state.lang.get_untracked().texts();
    let messages = problems
        .drain(..)
        .map(|a| (texts.set_aside)((texts.key_name)(a.kind), &a.problem, a.kept_at.as_deref()))
        .collect();
    (state, messages)
}
