//! The preview of a checked bundle: who sent it, what the import does not take as it stands (a
//! clock far ahead, edits under this device's own id), counts per kind and change, agencies of
//! one name, then the records by what happens to them (`differences.rs`), and the buttons that
//! apply it or let it go. It is the import run on a copy, so it shows what applying does.

use super::{differences, Incoming};
use crate::bundle::{Change, Checked, Preview, Scope};
use crate::domain::Timestamp;
use crate::store::imports;
use crate::ui::edge;
use crate::ui::keeper::Keeper;
use crate::ui::state::AppState;
use crate::workspace::{CommandError, Kind};
use leptos::prelude::*;

/// The columns of the counts table, in the order a person reads them.
const CHANGES: [Change; 8] = [
    Change::New,
    Change::Updated,
    Change::Merged,
    Change::Deleted,
    Change::Conflict,
    Change::Follows,
    Change::Kept,
    Change::Unchanged,
];

/// Shown while a checked bundle waits.
#[component]
pub fn PreviewSection(incoming: Incoming) -> impl IntoView {
    let state = expect_context::<AppState>();
    let keeper = expect_context::<Keeper>();
    let preview = Memo::new(move |_| {
        let choices = incoming.choices.get();
        incoming.bundle.with(|b| {
            b.as_ref().map(|b| {
                let run = || state.ws.with(|ws| b.preview(ws, &choices, edge::now()));
                edge::timed("sotay-preview", run)
            })
        })
    });
    let apply = move |_| {
        let Some(checked) = incoming.bundle.get_untracked() else {
            return;
        };
        let choices = incoming.choices.get_untracked();
        let fresh = edge::new_device_id();
        let applied =
            state.change(|ws, now| Ok::<_, CommandError>(checked.apply(ws, &choices, now, fresh)));
        if let Ok((snapshot, entry)) = applied {
            let changed =
                entry.new + entry.updated + entry.merged + entry.deleted + entry.conflicts;
            keeper.with_store(|s| imports::record(s, &snapshot, entry));
            incoming.bundle.set(None);
            incoming
                .message
                .set(Some((state.texts().exchange.applied)(changed)));
            incoming.history.update(|n| *n += 1);
        }
    };
    view! {
        <Show when=move || preview.with(Option::is_some)>
            <section class="import-preview" id="import-preview">
                <h2>{move || state.texts().exchange.preview_heading}</h2>
                <p>{move || incoming.bundle.with(|b| b.as_ref().map(|b| from_line(&state, b)))}</p>
                <Notes incoming />
                <CountsTable preview />
                <Show when=move || preview.with(|p| p.as_ref().is_some_and(Preview::is_empty))>
                    <p class="empty">{move || state.texts().exchange.nothing_to_do}</p>
                </Show>
                <SameAgencies incoming />
                <differences::Differences incoming preview />
                <div class="buttons">
                    <button type="button" id="import-apply" on:click=apply>{move || state.texts().exchange.apply}</button>
                    <button type="button" class="secondary" on:click=move |_| incoming.bundle.set(None)>{move || state.texts().exchange.cancel}</button>
                </div>
            </section>
        </Show>
    }
}

fn from_line(state: &AppState, checked: &Checked) -> String {
    let texts = &state.texts().exchange;
    let bundle = &checked.bundle;
    let office = match bundle.sender.office.name.as_str() {
        "" => bundle.sender.device.to_string(),
        name => name.to_owned(),
    };
    let scope = match &bundle.scope {
        Scope::Workspace => texts.scope_workspace.to_owned(),
        Scope::Plan { title, .. } => (texts.scope_plan)(title),
        Scope::Meeting { title, .. } => (texts.scope_meeting)(title),
    };
    (texts.from)(&office, &scope, &edge::local_time(bundle.exported_at))
}

/// What the file claims that the import does not take as it stands.
#[component]
fn Notes(incoming: Incoming) -> impl IntoView {
    let state = expect_context::<AppState>();
    let notes = move || {
        let texts = &state.texts().exchange;
        incoming.bundle.with(|b| {
            let Some(notes) = b.as_ref().map(|b| &b.notes) else {
                return Vec::new();
            };
            let mut lines = Vec::new();
            if !notes.own_device.is_empty() {
                lines.push((texts.own_device)(notes.own_device.len()));
            }
            if let Some(latest) = notes.future.iter().map(|(_, _, at)| *at).max() {
                let counted = Timestamp(edge::now().0 + Timestamp::DAY_MS);
                let (latest, counted) = (edge::local_time(latest), edge::local_time(counted));
                lines.push((texts.future_times)(notes.future.len(), &latest, &counted));
            }
            lines
        })
    };
    view! {
        <For each=notes key=|line| line.clone() let:line>
            <p class="notice-line warning" role="note">{line}</p>
        </For>
    }
}

/// Records per kind and per change; kinds and changes with nothing to count are left out, so
/// the table fits a phone.
#[component]
fn CountsTable(preview: Memo<Option<Preview>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let table = Memo::new(move |_| {
        let Some(p) = preview.get() else {
            return (Vec::new(), Vec::new());
        };
        let changes: Vec<Change> = CHANGES
            .into_iter()
            .filter(|c| Kind::ALL.iter().any(|k| p.count(*k, *c) > 0))
            .collect();
        let rows = Kind::ALL
            .into_iter()
            .map(|k| {
                (
                    k,
                    changes.iter().map(|c| p.count(k, *c)).collect::<Vec<_>>(),
                )
            })
            .filter(|(_, counts)| counts.iter().any(|n| *n > 0))
            .collect::<Vec<_>>();
        (changes, rows)
    });
    view! {
        <div class="table-scroll">
            <table class="figures-table" id="import-counts">
                <thead><tr>
                    <th scope="col">{move || state.texts().exchange.col_kind}</th>
                    {move || table.get().0.into_iter().map(|c| view! {
                        <th scope="col">{move || (state.texts().exchange.change)(c)}</th>
                    }).collect_view()}
                </tr></thead>
                <tbody>
                    {move || table.get().1.into_iter().map(|(kind, counts)| view! {
                        <tr>
                            <th scope="row">{move || (state.texts().kind_name)(kind)}</th>
                            {counts.into_iter().map(|n| view! { <td>{n}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Agencies typed apart under one name: theirs is merged into ours unless the user keeps them
/// apart.
#[component]
fn SameAgencies(incoming: Incoming) -> impl IntoView {
    let state = expect_context::<AppState>();
    let pairs = Memo::new(move |_| {
        incoming.bundle.with(|b| {
            let pairs = b.as_ref().map(|b| state.ws.with(|ws| b.same_agencies(ws)));
            pairs.unwrap_or_default()
        })
    });
    let kept_name = move |id: &crate::domain::Id| {
        let name = incoming.bundle.with_untracked(|b| {
            let b = b.as_ref()?;
            Some(
                state
                    .ws
                    .with_untracked(|ws| b.record_name(ws, Kind::Agency, id)),
            )
        });
        name.unwrap_or_else(|| id.to_string())
    };
    view! {
        <Show when=move || !pairs.with(Vec::is_empty)>
            <h3>{move || state.texts().exchange.same_agencies_heading}</h3>
            <ul class="same-agencies">
                {move || pairs.get().into_iter().map(|p| {
                    let kept = kept_name(&p.kept);
                    view! { <li>{move || (state.texts().exchange.same_agency)(&p.name, &kept)}</li> }
                }).collect_view()}
            </ul>
            <label class="check" for="keep-apart">
                <input type="checkbox" id="keep-apart"
                    on:change=move |ev| incoming.choices.update(|c| c.keep_agencies_apart = event_target_checked(&ev)) />
                <span>{move || state.texts().exchange.keep_apart}</span>
            </label>
        </Show>
    }
}
