//! The one source of truth: the workspace in a signal, saved by one effect after every change.
//! Pages read it and change it only through [`AppState::change`], which runs a workspace command.

use super::edge;
use crate::domain::{Id, Timestamp};
use crate::i18n::{Lang, Texts};
use crate::route::Route;
use crate::store::browser::BrowserStore;
use crate::store::{Saver, Store};
use crate::workspace::{CommandError, Kind, TaskQuery, Workspace};
use leptos::prelude::*;

const LANG_KEY: &str = "sotay/lang";

/// A message at the top of the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub text: String,
    /// A deleted record the notice offers to bring back.
    pub undo: Option<(Kind, Id)>,
    /// Stays until its cause is gone (storage problems); the user cannot close it.
    pub sticky: bool,
}

/// Where changes are written: localStorage, or nowhere if the browser refuses it.
pub struct Persist {
    pub store: Option<BrowserStore>,
    pub saver: Saver,
}

/// Everything the pages share. `Copy`: it is a handful of signal handles.
#[derive(Clone, Copy)]
pub struct AppState {
    pub ws: RwSignal<Workspace>,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub notices: RwSignal<Vec<Notice>>,
    /// What the find page asks, kept while the user opens a task and comes back.
    pub find: RwSignal<TaskQuery>,
    /// The notice about the last failed save, if any: replaced or removed by the next save.
    save_notice: StoredValue<Option<u64>>,
    next_notice: StoredValue<u64>,
    persist: StoredValue<Persist, LocalStorage>,
}

impl AppState {
    pub fn new(ws: Workspace, persist: Persist) -> AppState {
        let lang = persist
            .store
            .as_ref()
            .and_then(|s| s.get(LANG_KEY).ok().flatten());
        AppState {
            ws: RwSignal::new(ws),
            lang: RwSignal::new(Lang::from_code(lang.as_deref().unwrap_or_default())),
            route: RwSignal::new(Route::from_hash(&edge::hash())),
            notices: RwSignal::new(Vec::new()),
            find: RwSignal::new(TaskQuery::default()),
            save_notice: StoredValue::new(None),
            next_notice: StoredValue::new(0),
            persist: StoredValue::new_local(persist),
        }
    }

    /// A live task's body as it is now, `None` once it is gone: what a task's page or card shows.
    pub fn task(&self, id: Id) -> Memo<Option<crate::domain::Task>> {
        let ws = self.ws;
        Memo::new(move |_| ws.with(|ws| ws.tasks().get(&id).map(|t| t.body().clone())))
    }

    /// The texts in the chosen language (a reactive read).
    pub fn texts(&self) -> &'static Texts {
        self.lang.get().texts()
    }

    /// Runs a workspace command with the current time; a refusal comes back as a sentence in the
    /// user's language and leaves the workspace (and its signal) untouched.
    pub fn change<R>(
        &self,
        command: impl FnOnce(&mut Workspace, Timestamp) -> Result<R, CommandError>,
    ) -> Result<R, String> {
        let mut outcome = None;
        self.ws.maybe_update(|ws| {
            let result = command(ws, edge::now());
            let changed = result.is_ok();
            outcome = Some(result);
            changed
        });
        match outcome {
            Some(Ok(value)) => Ok(value),
            Some(Err(error)) => Err((self.texts().command_error)(&error)),
            None => Err(String::new()),
        }
    }

    /// Deletes a record and shows a notice that offers to undo it. `name` is what the user
    /// calls it. Err is the reason the workspace refused, in the user's language.
    pub fn delete(&self, kind: Kind, id: &Id, name: &str) -> Result<(), String> {
        self.change(|ws, now| ws.delete(kind, id, now))?;
        let text = (self.texts().deleted)(kind, name);
        self.notify(text, Some((kind, id.clone())), false);
        Ok(())
    }

    /// Loads the example workspace and opens its plan.
    pub fn load_example(&self) {
        match self.change(|ws, now| ws.load_example(edge::today(), now)) {
            Ok(plan) => edge::go(&Route::Plan(plan)),
            Err(message) => {
                self.notify(message, None, false);
            }
        }
    }

    /// Shows a notice; returns its id.
    pub fn notify(&self, text: String, undo: Option<(Kind, Id)>, sticky: bool) -> u64 {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|list| {
            list.push(Notice {
                id,
                text,
                undo,
                sticky,
            })
        });
        id
    }

    pub fn dismiss(&self, id: u64) {
        self.notices.update(|list| list.retain(|n| n.id != id));
    }

    /// Whether this page can keep anything.
    pub fn has_storage(&self) -> bool {
        self.persist.with_value(|p| p.store.is_some())
    }

    /// Writes what changed. A failure is shown until a later save succeeds.
    pub fn save(&self) {
        let result = self.ws.with_untracked(|ws| {
            self.persist.try_update_value(|p| match p.store.as_mut() {
                Some(store) => p.saver.save(store, ws),
                None => Ok(0),
            })
        });
        let old = self.save_notice.get_value();
        match result {
            Some(Err(error)) => {
                old.into_iter().for_each(|id| self.dismiss(id));
                let text = (self.texts().store_error)(&error);
                self.save_notice
                    .set_value(Some(self.notify(text, None, true)));
            }
            _ => {
                if let Some(id) = old {
                    self.dismiss(id);
                    self.save_notice.set_value(None);
                }
            }
        }
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.persist.update_value(|p| {
            let saved = p.store.as_mut().map(|s| s.set(LANG_KEY, lang.code()));
            if let Some(Err(error)) = saved {
                leptos::logging::warn!("language not saved: {error}");
            }
        });
    }

    /// A value this browser keeps beside the workspace (last export, import history, undo).
    pub fn local(&self, key: &str) -> Option<String> {
        self.persist
            .with_value(|p| p.store.as_ref().and_then(|s| s.get(key).ok().flatten()))
    }

    /// Keeps such a value; a failure is told to the user like any failed save.
    pub fn set_local(&self, key: &str, value: &str) {
        let result = self.persist.try_update_value(|p| match p.store.as_mut() {
            Some(store) => store.set(key, value),
            None => Ok(()),
        });
        if let Some(Err(error)) = result {
            let text = (self.texts().store_error)(&error);
            self.notify(text, None, false);
        }
    }

    /// Stored values set aside in earlier sessions.
    pub fn quarantined(&self) -> usize {
        self.persist.with_value(|p| {
            p.store
                .as_ref()
                .map_or(0, |s| crate::store::quarantined(s).map_or(0, |k| k.len()))
        })
    }
}
