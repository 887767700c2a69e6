//! Undoing the last import, and the list of imports this browser made (an undone one says so).

use super::Incoming;
use crate::bundle::ImportEntry;
use crate::store::imports;
use crate::ui::edge;
use crate::ui::keeper::Keeper;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// "Hoàn tác lần nhập này" while a snapshot is kept, then the history, latest first.
#[component]
pub fn HistorySection(incoming: Incoming) -> impl IntoView {
    let state = expect_context::<AppState>();
    let keeper = expect_context::<Keeper>();
    let snapshot = Memo::new(move |_| {
        incoming.history.track();
        keeper
            .read_store(|s| imports::undo_snapshot(s).ok().flatten())
            .flatten()
    });
    let entries = move || {
        incoming.history.track();
        let list = keeper.read_store(|s| imports::history(s).unwrap_or_default());
        list.unwrap_or_default()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
    };
    let undo = move |_| {
        let Some(snapshot) = snapshot.get_untracked() else {
            return;
        };
        let undone = state.change(|ws, _| Ok(ws.restore_snapshot(&snapshot)?));
        if let Err(message) = &undone {
            incoming.message.set(Some(message.clone()));
        }
        if undone.is_ok() {
            keeper.with_store(|s| imports::mark_undone(s, edge::now()));
            incoming
                .message
                .set(Some(state.texts().exchange.undone.to_owned()));
            incoming.history.update(|n| *n += 1);
        }
    };
    let line = move |e: ImportEntry| {
        let texts = &state.texts().exchange;
        let office = match e.from.office.name.as_str() {
            "" => e.from.device.to_string(),
            name => name.to_owned(),
        };
        let counts = [e.new, e.updated, e.merged, e.deleted, e.conflicts];
        let when = edge::local_time(e.at);
        let text = match e.document.as_str() {
            "" => (texts.history_line)(&when, &office, counts),
            document => (state.texts().intake.history_line)(&when, document, e.new),
        };
        let undone = e
            .undone_at
            .map(|at| (texts.history_undone)(&edge::local_time(at)));
        let was_undone = undone.is_some();
        view! {
            <li class:undone=was_undone>
                {text}
                {undone.map(|u| view! { " " <span class="badge">{u}</span> })}
            </li>
        }
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
