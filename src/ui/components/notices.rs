//! Notices at the top of the page (storage problems, errors), and deletions with their undo
//! pinned at the bottom of the screen, where the user is looking when they delete a card far
//! down a long page.

use crate::ui::components::export_buttons::download_bundle;
use crate::ui::state::{AppState, Notice};
use leptos::prelude::*;

/// Every notice, newest last. Screen readers announce them as they appear.
#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let listed = move |undo: bool| {
        move || {
            let all = state.notices.get().into_iter();
            all.filter(|n| n.undo.is_some() == undo).collect::<Vec<_>>()
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
    let Notice {
        id,
        text,
        undo,
        sticky,
        export,
        make_room,
    } = notice;
    let class = if sticky { "notice warning" } else { "notice" };
    let undo_button = undo.map(|(kind, record)| {
        let restore = move |_| {
            if let Err(message) = state.change(|ws, now| ws.restore(kind, &record, now)) {
                state.notify(message, None, false);
            }
            state.dismiss(id);
        };
        view! { <button type="button" class="undo" on:click=restore>{move || state.texts().undo}</button> }
    });
    let close = (!sticky).then(|| {
        view! {
            <button type="button" class="secondary" on:click=move |_| state.dismiss(id)>
                {move || state.texts().dismiss}
            </button>
        }
    });
    let export_button = export.then(|| {
        let said = RwSignal::new(None::<&'static str>);
        let download = move |_| {
            let texts = &state.texts().exchange;
            let done = download_bundle(&state, "all").is_some();
            said.set(Some(if done { texts.downloaded } else { texts.download_failed }));
            // Everything is in the file now: the old snapshot may make room.
            if done && make_room {
                state.allow_making_room();
            }
        };
        view! {
            <button type="button" class="export-now" on:click=download>{move || state.texts().storage.export_everything}</button>
            {move || said.get().map(|text| view! { <p class="hint">{text}</p> })}
        }
    });
    let room_button = make_room.then(|| {
        view! {
            <button type="button" class="secondary make-room" on:click=move |_| state.allow_making_room()>
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
            {close}
        </div>
    }
}
