//! The notices: the calls that add them ([`Notices`]: `tell`, `tell_until_fixed`, `offer_undo`,
//! `offer_export`), and where they show, at the top of the page (storage problems, errors), and
//! deletions with their undo pinned at the bottom of the screen, where the user is looking when
//! they delete a card far down a long page.

use crate::domain::Id;
use crate::ui::components::export_buttons::{download_bundle, ExportChoice};
use crate::ui::keeper::Keeper;
use crate::ui::state::AppState;
use crate::workspace::Kind;
use leptos::prelude::*;

/// A message at the top of the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub text: String,
    /// A deleted record the notice offers to bring back.
    pub undo: Option<(Kind, Id)>,
    /// Offers to take back what was just created from a document, with the import's snapshot
    /// (`store::imports`), as the exchange page's "Hoàn tác lần nhập này" does.
    pub undo_import: bool,
    /// Stays until its cause is gone (storage problems); the user cannot close it.
    pub sticky: bool,
    /// Offers a one-tap download of everything (a full store, no storage, a reminder).
    pub export: bool,
    /// Offers to give up the oldest automatic snapshot to make room (a full store).
    pub make_room: bool,
}

impl Notice {
    fn new(text: String) -> Notice {
        Notice {
            id: 0,
            text,
            undo: None,
            undo_import: false,
            sticky: false,
            export: false,
            make_room: false,
        }
    }
}

/// The notices shown, and the calls that add them. `Copy`: two signal handles.
#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    next: StoredValue<u64>,
}

impl Notices {
    pub fn new() -> Notices {
        Notices {
            list: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
        }
    }

    /// Tells something the user may close (a refused change, a finished step).
    pub fn tell(&self, text: String) -> u64 {
        self.show(Notice::new(text))
    }

    /// Tells something that stays until its cause is gone: the user cannot close it.
    pub fn tell_until_fixed(&self, text: String) -> u64 {
        self.show(Notice {
            sticky: true,
            ..Notice::new(text)
        })
    }

    /// Tells that a record was deleted, with a button that brings it back.
    pub fn offer_undo(&self, text: String, kind: Kind, id: Id) -> u64 {
        self.show(Notice {
            undo: Some((kind, id)),
            ..Notice::new(text)
        })
    }

    /// Tells that records were created from a document, with a button that takes them all
    /// back (the snapshot `store::imports::record` kept).
    pub fn offer_undo_import(&self, text: String) -> u64 {
        self.show(Notice {
            undo_import: true,
            ..Notice::new(text)
        })
    }

    /// Tells something with a button that downloads everything; `sticky` as in
    /// [`Notices::tell_until_fixed`].
    pub fn offer_export(&self, text: String, sticky: bool) -> u64 {
        self.show(Notice {
            sticky,
            export: true,
            ..Notice::new(text)
        })
    }

    /// Tells that the store is full: stays, offers the download, and, if `make_room`, to give
    /// up the oldest snapshot.
    pub fn tell_full(&self, text: String, full: bool, make_room: bool) -> u64 {
        self.show(Notice {
            sticky: true,
            export: full,
            make_room,
            ..Notice::new(text)
        })
    }

    fn show(&self, notice: Notice) -> u64 {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.list.update(|list| list.push(Notice { id, ..notice }));
        id
    }

    pub fn dismiss(&self, id: u64) {
        self.list.update(|list| list.retain(|n| n.id != id));
    }
}

/// Every notice, newest last. Screen readers announce them as they appear.
#[component]
pub fn NoticeArea() -> impl IntoView {
    let state = expect_context::<AppState>();
    let listed = move |undo: bool| {
        move || {
            let all = state.notices.list.get().into_iter();
            let pinned = |n: &Notice| n.undo.is_some() || n.undo_import;
            all.filter(|n| pinned(n) == undo).collect::<Vec<_>>()
        }
    };
    view! {
        <section class="notices" role="status" aria-live="polite">
            <For each=listed(false) key=|n| n.id children=move |n| view! { <NoticeItem notice=n /> } />
            <div class="toasts">
                <For each=listed(true) key=|n| n.id children=move |n| view! { <NoticeItem notice=n /> } />
            </div>
        </section>
    }
}

/// One notice with its buttons: undo a deletion, or close.
#[component]
fn NoticeItem(
    /// The notice to show.
    notice: Notice,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let keeper = expect_context::<Keeper>();
    let Notice {
        id,
        text,
        undo,
        undo_import,
        sticky,
        export,
        make_room,
    } = notice;
    let class = if sticky { "notice warning" } else { "notice" };
    let undo_button = undo.map(|(kind, record)| {
        let restore = move |_| {
            if let Err(message) = state.change(|ws, now| ws.restore(kind, &record, now)) {
                state.notices.tell(message);
            }
            state.notices.dismiss(id);
        };
        view! { <button type="button" class="undo" on:click=restore>{move || state.texts().undo}</button> }
    });
    let undo_import_button = undo_import.then(|| {
        let restore = move |_| {
            undo_last_import(&state, &keeper);
            state.notices.dismiss(id);
        };
        view! { <button type="button" class="undo" id="undo-import" on:click=restore>{move || state.texts().undo}</button> }
    });
    let close = (!sticky).then(|| {
        view! {
            <button type="button" class="secondary" on:click=move |_| state.notices.dismiss(id)>
                {move || state.texts().dismiss}
            </button>
        }
    });
    let export_button = export.then(|| {
        let said = RwSignal::new(None::<&'static str>);
        let download = move |_| {
            let texts = &state.texts().exchange;
            let done = download_bundle(&state, &keeper, &ExportChoice::All).is_some();
            said.set(Some(if done { texts.downloaded } else { texts.download_failed }));
            // Everything is in the file now: the old snapshot may make room.
            if done && make_room {
                keeper.allow_making_room();
            }
        };
        view! {
            <button type="button" class="export-now" on:click=download>{move || state.texts().storage.export_everything}</button>
            {move || said.get().map(|text| view! { <p class="hint">{text}</p> })}
        }
    });
    let room_button = make_room.then(|| {
        view! {
            <button type="button" class="secondary make-room" on:click=move |_| keeper.allow_making_room()>
                {move || state.texts().storage.make_room}
            </button>
        }
    });
    view! {
        <div class=class>
            <p>{text}</p>
            {export_button}
            {room_button}
            {undo_button}
            {undo_import_button}
            {close}
        </div>
    }
}

/// Puts back the snapshot taken before the last import (or creation from a document) and marks
/// it undone in the history; a refusal is told.
fn undo_last_import(state: &AppState, keeper: &Keeper) {
    let snapshot = keeper
        .read_store(|s| crate::store::imports::undo_snapshot(s).ok().flatten())
        .flatten();
    let Some(snapshot) = snapshot else {
        return;
    };
    match state.change(|ws, _| Ok(ws.restore_snapshot(&snapshot)?)) {
        Ok(()) => {
            keeper.with_store(|s| crate::store::imports::mark_undone(s, crate::ui::edge::now()));
            state.notices.tell(state.texts().intake.undone.to_owned());
        }
        Err(message) => {
            state.notices.tell(message);
        }
    }
}
