//! The one source of truth: the workspace in a signal, saved by one effect after every change.
//! Pages read it and change it only through [`AppState::change`], which runs a workspace command.

use super::edge;
use crate::domain::{Id, Timestamp};
use crate::i18n::{Lang, Texts};
use crate::route::Route;
use crate::store::browser::BrowserStore;
use crate::store::journal::Journal;
use crate::store::{self, backups, log, Saver, Store, StoreError};
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
    /// Offers a one-tap download of everything (a full store, no storage, a reminder).
    pub export: bool,
    /// Offers to give up the oldest automatic snapshot to make room (a full store).
    pub make_room: bool,
}

/// Where this page's changes go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// Into the browser's storage, saved.
    Stored,
    /// The store is full: changes live in memory until a retry succeeds.
    Full,
    /// The browser gives this page no storage: nothing will be kept.
    Nowhere,
}

/// Where changes are written: localStorage, or nowhere if the browser refuses it.
pub struct Persist {
    pub store: Option<BrowserStore>,
    pub saver: Saver,
    /// The IndexedDB copy of every chunk written, once opened.
    pub journal: Option<Journal>,
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
    /// Whether changes are being kept.
    pub keeping: RwSignal<Keeping>,
    /// The browser's answer to `navigator.storage.persist()`; `None` where it cannot be asked.
    pub persisted: RwSignal<Option<bool>>,
    /// The notice about the last failed save, if any: replaced or removed by the next save.
    save_notice: StoredValue<Option<u64>>,
    /// While the store is full, a timer that keeps trying to save.
    retry: StoredValue<Option<leptos::leptos_dom::helpers::IntervalHandle>, LocalStorage>,
    next_notice: StoredValue<u64>,
    persist: StoredValue<Persist, LocalStorage>,
    /// Whether a full store may give up automatic snapshots: once the user allowed it, or at
    /// once where no journal keeps the edits meanwhile.
    may_make_room: StoredValue<bool>,
    /// Values set aside at load, told once the journal says whether it had good copies.
    set_aside: StoredValue<Vec<store::SetAside>>,
}

impl AppState {
    pub fn new(ws: Workspace, persist: Persist) -> AppState {
        let lang = persist
            .store
            .as_ref()
            .and_then(|s| s.get(LANG_KEY).ok().flatten());
        let keeping = if persist.store.is_some() {
            Keeping::Stored
        } else {
            Keeping::Nowhere
        };
        AppState {
            keeping: RwSignal::new(keeping),
            persisted: RwSignal::new(None),
            retry: StoredValue::new_local(None),
            ws: RwSignal::new(ws),
            lang: RwSignal::new(Lang::from_code(lang.as_deref().unwrap_or_default())),
            route: RwSignal::new(Route::from_hash(&edge::hash())),
            notices: RwSignal::new(Vec::new()),
            find: RwSignal::new(TaskQuery::default()),
            save_notice: StoredValue::new(None),
            next_notice: StoredValue::new(0),
            persist: StoredValue::new_local(persist),
            may_make_room: StoredValue::new(false),
            set_aside: StoredValue::new(Vec::new()),
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
        self.show(Notice {
            id: 0,
            text,
            undo,
            sticky,
            export: false,
            make_room: false,
        })
    }

    /// Shows a notice with a button that downloads everything; returns its id.
    pub fn notify_export(&self, text: String, sticky: bool) -> u64 {
        self.show(Notice {
            id: 0,
            text,
            undo: None,
            sticky,
            export: true,
            make_room: false,
        })
    }

    fn show(&self, notice: Notice) -> u64 {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices
            .update(|list| list.push(Notice { id, ..notice }));
        id
    }

    pub fn dismiss(&self, id: u64) {
        self.notices.update(|list| list.retain(|n| n.id != id));
    }

    /// Whether this page can keep anything (derived from where changes go).
    pub fn has_storage(&self) -> bool {
        self.keeping.get() != Keeping::Nowhere
    }

    /// Writes what changed. When the store is full, the oldest automatic snapshot is given up
    /// to make room (at once where no journal keeps the edits meanwhile, else once the user has
    /// had the chance to download everything and allowed it), and every snapshot given up is
    /// told. Still full: a banner with a one-tap export stays up and a timer keeps retrying
    /// until a save succeeds. Any failure is shown until a later save succeeds.
    pub fn save(&self) {
        let give_up = self.may_make_room.get_value();
        let saving = self.ws.with_untracked(|ws| {
            self.persist.try_update_value(|p| {
                let store = p.store.as_mut()?;
                let give_up = give_up || p.journal.as_ref().is_none_or(Journal::unavailable);
                Some(edge::timed("sotay-save", || {
                    let saving = backups::save_making_room(&mut p.saver, store, ws, give_up);
                    // Saved or not, the journal gets the chunks: on disk at once, and roomier.
                    if let Some(journal) = &p.journal {
                        journal.write(p.saver.take_written());
                    }
                    saving
                }))
            })
        });
        let Some(Some(saving)) = saving else {
            return;
        };
        if !saving.gave_up.is_empty() {
            self.told_gave_up(&saving.gave_up);
        }
        let old = self.save_notice.get_value();
        match saving.result {
            Err(error) => {
                old.into_iter().for_each(|id| self.dismiss(id));
                let mut text = (self.texts().store_error)(&error);
                let full = error == StoreError::QuotaExceeded;
                let offer = saving.could_give_up.filter(|_| full);
                if let Some(at) = offer {
                    text.push_str(&(self.texts().storage.room_offer)(&edge::local_day(at)));
                }
                let notice = self.show(Notice {
                    id: 0,
                    text,
                    undo: None,
                    sticky: true,
                    export: full,
                    make_room: offer.is_some(),
                });
                self.save_notice.set_value(Some(notice));
                if full && self.keeping.get_untracked() != Keeping::Full {
                    self.keeping.set(Keeping::Full);
                    let state = *self;
                    let timer = leptos::leptos_dom::helpers::set_interval_with_handle(
                        move || state.save(),
                        std::time::Duration::from_secs(3),
                    );
                    self.retry.set_value(timer.ok());
                }
            }
            Ok(_) => {
                if let Some(id) = old {
                    self.dismiss(id);
                    self.save_notice.set_value(None);
                }
                if self.keeping.get_untracked() == Keeping::Full {
                    self.keeping.set(Keeping::Stored);
                    self.retry
                        .update_value(|t| t.take().into_iter().for_each(|t| t.clear()));
                }
            }
        }
    }

    /// From now on a full store may give up automatic snapshots; saves at once.
    pub fn allow_making_room(&self) {
        self.may_make_room.set_value(true);
        self.save();
    }

    /// Tells that snapshots were given up to make room, and keeps it in the storage log.
    fn told_gave_up(&self, snapshots: &[crate::domain::Timestamp]) {
        let days: Vec<String> = snapshots.iter().map(|at| edge::local_day(*at)).collect();
        let text = (self.texts().storage.gave_up)(&days.join(", "));
        self.notify_export(text, false);
        let now = edge::now();
        let events: Vec<log::Event> = snapshots
            .iter()
            .map(|at| log::Event::gave_up(now, *at))
            .collect();
        self.with_store(|s| log::append(s, &events));
    }

    /// Keeps the values set aside at load, to be told once the journal has been read.
    pub fn hold_set_aside(&self, list: Vec<store::SetAside>) {
        self.set_aside.set_value(list);
    }

    /// Tells each value set aside at load: recovered from the journal's copy or not, and
    /// where the damaged one is kept; and keeps it in the storage log.
    fn tell_set_aside(&self, journal: &[(String, String)]) {
        let list = self
            .set_aside
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        let (texts, now) = (self.texts(), edge::now());
        let mut events = Vec::new();
        for aside in list {
            if let store::Problem::NewerSchema(n) = aside.problem {
                self.notify((texts.newer_schema)(n), None, true);
                continue;
            }
            let recovered = aside.recovered_by(journal);
            let duplicate = matches!(aside.problem, store::Problem::DuplicateId(_));
            let kind = (texts.key_name)(aside.kind);
            let text = (texts.set_aside)(kind, duplicate, aside.kept_at.as_deref(), recovered);
            self.notify(text, None, !recovered);
            events.push(log::Event::set_aside(now, &aside, recovered));
        }
        self.with_store(|s| log::append(s, &events));
    }

    /// The storage log, oldest first.
    pub fn storage_log(&self) -> Vec<log::Event> {
        self.read_store(|s| log::read(s).unwrap_or_default())
            .unwrap_or_default()
    }

    /// Merges what another tab of this app wrote under `key`, with the same merge that bundles
    /// use, then writes the union back if it holds more than what the other tab wrote.
    pub fn merge_other_tab(&self, key: &str, value: &str) {
        if store::read_chunk(key, value).is_some() {
            self.merge_chunks(&[(key.to_owned(), value.to_owned())]);
        } else if let Some(office) = store::read_office(key, value) {
            self.ws.maybe_update(|ws| {
                let changed = ws.office() != &office;
                if changed {
                    let _ = ws.set_office(&office.name, &office.province);
                }
                changed
            });
        } else {
            return;
        }
        // The stored value is now the other tab's: write ours again wherever it holds more.
        self.write_back([key]);
    }

    /// Opens the journal and merges what it holds: the edits of the last seconds before a
    /// crash, which localStorage may not have put on disk yet.
    pub fn open_journal(&self) {
        let state = *self;
        let journal = Journal::open(move |mut chunks| {
            state.tell_set_aside(&chunks);
            // Usually the journal holds what localStorage holds: only a chunk that differs
            // (lost from localStorage in a crash) is worth reading.
            chunks.retain(|(key, text)| state.local(key).as_ref() != Some(text));
            if state.merge_chunks(&chunks) {
                // Write back every chunk whose stored text may now be behind.
                state.write_back(chunks.iter().map(|(key, _)| key.as_str()));
            }
        });
        self.persist.update_value(|p| p.journal = Some(journal));
    }

    /// Merges stored chunks (key, text) into the workspace record by record; only chunks that
    /// hold something newer change it (and redraw the page). Returns whether anything changed.
    fn merge_chunks(&self, chunks: &[(String, String)]) -> bool {
        let mut changed = false;
        self.ws.maybe_update(|ws| {
            changed = chunks
                .iter()
                .filter_map(|(key, text)| store::read_chunk(key, text))
                .map(|records| ws.merge_records(&records))
                .sum::<usize>()
                > 0;
            changed
        });
        changed
    }

    /// Forgets what this page wrote under these keys and saves, so each is written again
    /// wherever the workspace holds more than the stored text.
    fn write_back<'k>(&self, keys: impl IntoIterator<Item = &'k str>) {
        self.persist
            .update_value(|p| keys.into_iter().for_each(|k| p.saver.forget(k)));
        self.save();
    }

    /// Takes today's automatic snapshot if none was taken in the last day.
    pub fn snapshot(&self, force: bool) -> Option<String> {
        let now = edge::now();
        self.ws.with_untracked(|ws| {
            self.persist
                .try_update_value(|p| {
                    let store = p.store.as_mut()?;
                    backups::take(store, ws, now, force).ok().flatten()
                })
                .flatten()
        })
    }

    /// The snapshots kept, oldest first.
    pub fn backups(&self) -> Vec<backups::Backup> {
        self.persist.with_value(|p| {
            p.store
                .as_ref()
                .and_then(|s| backups::list(s).ok())
                .unwrap_or_default()
        })
    }

    /// Puts the workspace back to a snapshot, after taking one of the state it replaces.
    pub fn restore_backup(&self, key: &str) -> bool {
        let snapshot = self.persist.with_value(|p| {
            p.store
                .as_ref()
                .and_then(|s| backups::read(s, key).ok().flatten())
        });
        let Some(snapshot) = snapshot else {
            return false;
        };
        self.snapshot(true);
        self.ws.update(|ws| ws.undo_import(&snapshot));
        true
    }

    /// UTF-16 units the origin's localStorage holds: what the quota counts.
    pub fn usage(&self) -> Option<usize> {
        self.persist
            .with_value(|p| p.store.as_ref().and_then(|s| store::usage(s).ok()))
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
        // While the store is full its banner already says so.
        if let Some(Err(error)) = result.filter(|_| self.keeping.get_untracked() != Keeping::Full) {
            let text = (self.texts().store_error)(&error);
            self.notify(text, None, false);
        }
    }

    /// Runs `op` on the browser's store (none: nothing happens); a failure is told to the user
    /// like any failed save.
    pub fn with_store<R>(
        &self,
        op: impl FnOnce(&mut BrowserStore) -> Result<R, StoreError>,
    ) -> Option<R> {
        let result = self
            .persist
            .try_update_value(|p| p.store.as_mut().map(op))
            .flatten();
        match result {
            Some(Ok(value)) => Some(value),
            Some(Err(error)) => {
                if self.keeping.get_untracked() != Keeping::Full {
                    let text = (self.texts().store_error)(&error);
                    self.notify(text, None, false);
                }
                None
            }
            None => None,
        }
    }

    /// Writes what is only kept for the user's convenience (a draft of a field): a failure is
    /// not told, since a full store's banner already says that recent typing is not stored, and
    /// the text is still on screen.
    pub fn keep_quietly(&self, op: impl FnOnce(&mut BrowserStore) -> Result<(), StoreError>) {
        self.persist.update_value(|p| {
            if let Some(store) = p.store.as_mut() {
                let _ = op(store);
            }
        });
    }

    /// Reads the browser's store (none: `None`).
    pub fn read_store<R>(&self, op: impl FnOnce(&BrowserStore) -> R) -> Option<R> {
        self.persist.with_value(|p| p.store.as_ref().map(op))
    }

    /// Values set aside as damaged, with their untouched text.
    pub fn quarantined_values(&self) -> Vec<(String, String)> {
        self.persist.with_value(|p| {
            let Some(store) = p.store.as_ref() else {
                return Vec::new();
            };
            let keys = crate::store::quarantined(store).unwrap_or_default();
            keys.into_iter()
                .filter_map(|k| store.get(&k).ok().flatten().map(|v| (k, v)))
                .collect()
        })
    }
}
