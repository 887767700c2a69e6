//! Undoing the last import, and the list of imports this browser made.

use super::{Incoming, IMPORTS, UNDO};
use crate::bundle::{ImportEntry, Snapshot};
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::CommandError;
use leptos::prelude::*;

/// "Hoàn tác lần nhập này" while a snapshot is kept, then the history, latest first.
#[component]
pub fn HistorySection(incoming: Incoming) -> impl IntoView {
    let state = expect_context::<AppState>();
    let snapshot = Memo::new(move |_| {
        incoming.history.track();
        state
            .local(UNDO)
            .and_then(|t| crate::store::unpack(&t).ok())
            .and_then(|t| serde_json::from_str::<Snapshot>(&t).ok())
    });
    let entries = move || {
        incoming.history.track();
        let list: Vec<ImportEntry> = state
            .local(IMPORTS)
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        list.into_iter().rev().collect::<Vec<_>>()
    };
    let undo = move |_| {
        let Some(snapshot) = snapshot.get_untracked() else {
            return;
        };
        let undone = state.change(|ws, _| {
            ws.undo_import(&snapshot);
            Ok::<_, CommandError>(())
        });
        if undone.is_ok() {
            state.set_local(UNDO, "");
            incoming
                .message
                .set(Some(state.texts().exchange.undone.to_owned()));
            incoming.history.update(|n| *n += 1);
        }
    };
    let line = move |e: ImportEntry| {
        let office = match e.from.office.name.as_str() {
            "" => e.from.device.to_string(),
            name => name.to_owned(),
        };
        let text = (state.texts().exchange.history_line)(
            &edge::local_time(e.at),
            &office,
            e.new,
            e.updated,
            e.deleted,
            e.conflicts,
        );
        view! { <li>{text}</li> }
    };
    view! {
        <Show when=move || snapshot.with(Option::is_some)>
            <div class="buttons">
                <button type="button" class="secondary danger" id="import-undo" on:click=undo>{move || state.texts().exchange.undo}</button>
            </div>
        </Show>
        <h2>{move || state.texts().exchange.history_heading}</h2>
        <Show when=move || !entries().is_empty() fallback=move || view! { <p class="empty">{move || state.texts().exchange.history_empty}</p> }>
            <ul class="history" id="import-history">{move || entries().into_iter().map(line).collect_view()}</ul>
        </Show>
    }
}
