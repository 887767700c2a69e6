//! The keeper of the stored copy: saving after each change (and retrying while the store is
//! full), the journal, what another tab wrote, snapshots, and the small values kept beside the
//! workspace. Every rule it follows is in the core (`store::backups::save_making_room`,
//! `store::other_tab`, `store::marks`); this file only holds the browser's handles and tells
//! the user what happened.

use super::components::notices::Notices;
use super::edge;
use crate::domain::Timestamp;
use crate::i18n::{Lang, Texts};
use crate::store::browser::BrowserStore;
use crate::store::journal::Journal;
use crate::store::{self, backups, log, other_tab, Saver, Store, StoreError};
use crate::workspace::{Snapshot, Workspace};
use leptos::leptos_dom::helpers::IntervalHandle;
use leptos::prelude::*;

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

/// The handles of the stored copy. `Copy`: a handful of signal handles.
#[derive(Clone, Copy)]
pub struct Keeper {
    ws: RwSignal<Workspace>,
    lang: RwSignal<Lang>,
    notices: Notices,
    /// Whether changes are being kept.
    pub keeping: RwSignal<Keeping>,
    /// The browser's answer to `navigator.storage.persist()`; `None` where it cannot be asked.
    pub persisted: RwSignal<Option<bool>>,
    /// One handle for all that is not shown: `Keeper` is copied into every closure that saves
    /// or reads the store, so it stays a few handles wide.
    held: StoredValue<Held, LocalStorage>,
}

/// What the keeper holds that no page shows.
struct Held {
    persist: Persist,
    /// The notice about the last failed save, if any: replaced or removed by the next save.
    save_notice: Option<u64>,
    /// While the store is full, a timer that keeps trying to save.
    retry: Option<IntervalHandle>,
    /// Whether a full store may give up automatic snapshots: once the user allowed it, or at
    /// once where no journal keeps the edits meanwhile.
    may_make_room: bool,
    /// Values set aside at load, told once the journal says whether it had good copies.
    set_aside: Vec<store::SetAside>,
}

impl Keeper {
    pub fn new(
        ws: RwSignal<Workspace>,
        lang: RwSignal<Lang>,
        notices: Notices,
        persist: Persist,
    ) -> Keeper {
        let keeping = match persist.store {
            Some(_) => Keeping::Stored,
            None => Keeping::Nowhere,
        };
        Keeper {
            ws,
            lang,
            notices,
            keeping: RwSignal::new(keeping),
            persisted: RwSignal::new(None),
            held: StoredValue::new_local(Held {
                persist,
                save_notice: None,
                retry: None,
                may_make_room: false,
                set_aside: Vec::new(),
            }),
        }
    }

    fn texts(&self) -> &'static Texts {
        self.lang.get_untracked().texts()
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
        let saving = self.ws.with_untracked(|ws| {
            self.held.try_update_value(|held| {
                let give_up = held.may_make_room;
                let p = &mut held.persist;
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
        let old = self.held.with_value(|h| h.save_notice);
        match saving.result {
            Err(error) => {
                old.into_iter().for_each(|id| self.notices.dismiss(id));
                let mut text = (self.texts().store_error)(&error);
                let full = error == StoreError::QuotaExceeded;
                let offer = saving.could_give_up.filter(|_| full);
                if let Some(at) = offer {
                    text.push_str(&(self.texts().storage.room_offer)(&edge::local_day(at)));
                }
                let notice = self.notices.tell_full(text, full, offer.is_some());
                self.held.update_value(|h| h.save_notice = Some(notice));
                if full && self.keeping.get_untracked() != Keeping::Full {
                    self.keeping.set(Keeping::Full);
                    let keeper = *self;
                    let timer = leptos::leptos_dom::helpers::set_interval_with_handle(
                        move || keeper.save(),
                        std::time::Duration::from_secs(3),
                    );
                    self.held.update_value(|h| h.retry = timer.ok());
                }
            }
            Ok(_) => {
                if let Some(id) = old {
                    self.notices.dismiss(id);
                    self.held.update_value(|h| h.save_notice = None);
                }
                if self.keeping.get_untracked() == Keeping::Full {
                    self.keeping.set(Keeping::Stored);
                    let timer = self.held.try_update_value(|h| h.retry.take());
                    timer.flatten().into_iter().for_each(|t| t.clear());
                }
            }
        }
    }

    /// From now on a full store may give up automatic snapshots; saves at once.
    pub fn allow_making_room(&self) {
        self.held.update_value(|h| h.may_make_room = true);
        self.save();
    }

    /// Tells that snapshots were given up to make room, and keeps it in the storage log.
    fn told_gave_up(&self, snapshots: &[Timestamp]) {
        let days: Vec<String> = snapshots.iter().map(|at| edge::local_day(*at)).collect();
        let text = (self.texts().storage.gave_up)(&days.join(", "));
        self.notices.offer_export(text, false);
        let now = edge::now();
        let events: Vec<log::Event> = snapshots
            .iter()
            .map(|at| log::Event::gave_up(now, *at))
            .collect();
        self.with_store(|s| log::append(s, &events));
    }

    /// Keeps the values set aside at load, to be told once the journal has been read.
    pub fn hold_set_aside(&self, list: Vec<store::SetAside>) {
        self.held.update_value(|h| h.set_aside = list);
    }

    /// Tells each value set aside at load: recovered from the journal's copy or not, and
    /// where the damaged one is kept; and keeps it in the storage log.
    fn tell_set_aside(&self, journal: &[(String, String)]) {
        let list = self
            .held
            .try_update_value(|h| std::mem::take(&mut h.set_aside))
            .unwrap_or_default();
        let (texts, now) = (self.texts(), edge::now());
        let mut events = Vec::new();
        for aside in list {
            if let store::Problem::NewerSchema(n) = aside.problem {
                self.notices.tell_until_fixed((texts.newer_schema)(n));
                continue;
            }
            let recovered = aside.recovered_by(journal);
            let duplicate = matches!(aside.problem, store::Problem::DuplicateId(_));
            let kind = (texts.key_name)(aside.kind);
            let text = (texts.set_aside)(kind, duplicate, aside.kept_at.as_deref(), recovered);
            if recovered {
                self.notices.tell(text);
            } else {
                self.notices.tell_until_fixed(text);
            }
            events.push(log::Event::set_aside(now, &aside, recovered));
        }
        self.with_store(|s| log::append(s, &events));
    }

    /// Merges what another tab of this app wrote under `key`, then writes the union back if it
    /// holds more than what the other tab wrote.
    pub fn merge_other_tab(&self, key: &str, value: &str) {
        let mut merged = None;
        self.ws.maybe_update(|ws| {
            merged = other_tab::merge_key(ws, key, value);
            merged == Some(true)
        });
        if merged.is_some() {
            // The stored value is now the other tab's: write ours again wherever it holds more.
            self.write_back([key]);
        }
    }

    /// Opens the journal and merges what it holds: the edits of the last seconds before a
    /// crash, which localStorage may not have put on disk yet.
    pub fn open_journal(&self) {
        let keeper = *self;
        let journal = Journal::open(move |mut chunks| {
            keeper.tell_set_aside(&chunks);
            // Usually the journal holds what localStorage holds: only a chunk that differs
            // (lost from localStorage in a crash) is worth reading.
            let stored = |key: &str| keeper.read_store(|s| s.get(key).ok().flatten()).flatten();
            let loaded = |key: &str, text: &str| {
                keeper
                    .held
                    .with_value(|h| h.persist.saver.held_at_start(key, text))
            };
            chunks.retain(|(key, text)| stored(key).as_ref() != Some(text) && !loaded(key, text));
            let mut changed = false;
            keeper.ws.maybe_update(|ws| {
                changed = other_tab::merge_chunks(ws, &chunks);
                changed
            });
            if changed {
                // Write back every chunk whose stored text may now be behind.
                keeper.write_back(chunks.iter().map(|(key, _)| key.as_str()));
            }
        });
        self.held
            .update_value(|h| h.persist.journal = Some(journal));
    }

    /// Forgets what this page wrote under these keys and saves, so each is written again
    /// wherever the workspace holds more than the stored text.
    fn write_back<'k>(&self, keys: impl IntoIterator<Item = &'k str>) {
        self.held
            .update_value(|h| keys.into_iter().for_each(|k| h.persist.saver.forget(k)));
        self.save();
    }

    /// Takes today's automatic snapshot if none was taken in the last day.
    pub fn snapshot(&self, force: bool) -> Option<String> {
        let now = edge::now();
        self.ws.with_untracked(|ws| {
            self.held
                .try_update_value(|h| {
                    let store = h.persist.store.as_mut()?;
                    backups::take(store, ws, now, force).ok().flatten()
                })
                .flatten()
        })
    }

    /// The automatic snapshot under `key`, if it is there and reads.
    pub fn backup(&self, key: &str) -> Option<Snapshot> {
        self.read_store(|s| backups::read(s, key).ok().flatten())
            .flatten()
    }

    /// Runs `op` on the browser's store (none: nothing happens); a failure is told to the user
    /// like any failed save, except while the store is full, whose banner already says so.
    pub fn with_store<R>(
        &self,
        op: impl FnOnce(&mut BrowserStore) -> Result<R, StoreError>,
    ) -> Option<R> {
        let result = self
            .held
            .try_update_value(|h| h.persist.store.as_mut().map(op))
            .flatten();
        match result {
            Some(Ok(value)) => Some(value),
            Some(Err(error)) => {
                if self.keeping.get_untracked() != Keeping::Full {
                    self.notices.tell((self.texts().store_error)(&error));
                }
                None
            }
            None => None,
        }
    }

    /// Writes what is only kept for the user's convenience (a draft of a field, the language):
    /// a failure is not told, since a full store's banner already says that recent typing is
    /// not stored, and the text is still on screen.
    pub fn keep_quietly(&self, op: impl FnOnce(&mut BrowserStore) -> Result<(), StoreError>) {
        self.held.update_value(|h| {
            if let Some(Err(error)) = h.persist.store.as_mut().map(op) {
                leptos::logging::warn!("not kept: {error}");
            }
        });
    }

    /// Reads the browser's store (none: `None`).
    pub fn read_store<R>(&self, op: impl FnOnce(&BrowserStore) -> R) -> Option<R> {
        self.held.with_value(|h| h.persist.store.as_ref().map(op))
    }
}
