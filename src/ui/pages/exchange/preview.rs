//! The preview of a checked bundle: counts per kind of record and per change, the fields that
//! differ (ours beside theirs) for updated and conflicting records, the user's choices for
//! conflicts, and the buttons that apply it or let it go.

use super::{fields, Incoming, IMPORTS, UNDO};
use crate::bundle::{Bundle, Change, ImportEntry, RecordChange, Scope, Side};
use crate::domain::Id;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::{CommandError, Kind};
use leptos::prelude::*;

const KINDS: [Kind; 8] = [
    Kind::Agency,
    Kind::Plan,
    Kind::Group,
    Kind::Task,
    Kind::Indicator,
    Kind::Meeting,
    Kind::Item,
    Kind::Conclusion,
];
const CHANGES: [Change; 6] = [
    Change::New,
    Change::Updated,
    Change::Deleted,
    Change::Conflict,
    Change::Kept,
    Change::Unchanged,
];

/// Shown while a checked bundle waits.
#[component]
pub fn PreviewSection(incoming: Incoming) -> impl IntoView {
    let state = expect_context::<AppState>();
    let preview = Memo::new(move |_| {
        incoming.bundle.with(|b| {
            b.as_ref()
                .map(|b| edge::timed("sotay-preview", || state.ws.with(|ws| b.preview(ws))))
        })
    });
    let apply = move |_| {
        let Some(bundle) = incoming.bundle.get_untracked() else {
            return;
        };
        let choices = incoming.choices.get_untracked();
        let applied =
            state.change(|ws, now| Ok::<_, CommandError>(bundle.apply(ws, &choices, now)));
        if let Ok((snapshot, entry)) = applied {
            // Packed like the records: a snapshot of everything must not take a second full copy's room.
            let json = serde_json::to_string(&snapshot).unwrap_or_default();
            state.set_local(UNDO, &crate::store::pack(&json));
            let mut history: Vec<ImportEntry> = state
                .local(IMPORTS)
                .and_then(|t| serde_json::from_str(&t).ok())
                .unwrap_or_default();
            let changed = entry.new + entry.updated + entry.deleted + entry.conflicts;
            history.push(entry);
            state.set_local(
                IMPORTS,
                &serde_json::to_string(&history).unwrap_or_default(),
            );
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
                <CountsTable preview />
                <Show when=move || preview.with(|p| p.as_ref().is_some_and(|p| p.is_empty()))>
                    <p class="empty">{move || state.texts().exchange.nothing_to_do}</p>
                </Show>
                <SameAgencies incoming />
                <Differences incoming preview />
                <div class="buttons">
                    <button type="button" id="import-apply" on:click=apply>{move || state.texts().exchange.apply}</button>
                    <button type="button" class="secondary" on:click=move |_| incoming.bundle.set(None)>{move || state.texts().exchange.cancel}</button>
                </div>
            </section>
        </Show>
    }
}

fn from_line(state: &AppState, bundle: &Bundle) -> String {
    let texts = &state.texts().exchange;
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

/// Records per kind and per change; kinds and changes with nothing to count are left out, so
/// the table fits a phone.
#[component]
fn CountsTable(preview: Memo<Option<crate::bundle::Preview>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let table = Memo::new(move |_| {
        let Some(p) = preview.get() else {
            return (Vec::new(), Vec::new());
        };
        let changes: Vec<Change> = CHANGES
            .into_iter()
            .filter(|c| KINDS.iter().any(|k| p.count(*k, *c) > 0))
            .collect();
        let rows = KINDS
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

/// Agencies typed apart under one name, merged unless the user keeps them apart.
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
        let here = state
            .ws
            .with_untracked(|ws| ws.agency_name(id).map(str::to_owned));
        let theirs = incoming.bundle.with_untracked(|b| {
            let found = b
                .as_ref()
                .and_then(|b| b.records.agencies.iter().find(|a| a.id() == id));
            found.map(|a| a.body().name.clone())
        });
        here.or(theirs).unwrap_or_else(|| id.to_string())
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

/// Updated, deleted and conflicting records with the fields that differ; conflicts get a choice.
#[component]
fn Differences(incoming: Incoming, preview: Memo<Option<crate::bundle::Preview>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = move || {
        let list = preview.get().map(|p| p.changes).unwrap_or_default();
        list.into_iter()
            .filter(|c| {
                matches!(
                    c.change,
                    Change::Updated | Change::Deleted | Change::Conflict
                )
            })
            .collect::<Vec<_>>()
    };
    view! {
        <Show when=move || !shown().is_empty()>
            <h3>{move || state.texts().exchange.conflicts_heading}</h3>
            <ul class="differences">
                {move || shown().into_iter().map(|c| view! { <Difference incoming change=c /> }).collect_view()}
            </ul>
        </Show>
    }
}

#[component]
fn Difference(incoming: Incoming, change: RecordChange) -> impl IntoView {
    let state = expect_context::<AppState>();
    let RecordChange {
        kind,
        id,
        change,
        fields,
    } = change;
    let label = incoming
        .bundle
        .with_untracked(|b| b.as_ref().map(|b| label(b, kind, &id)))
        .unwrap_or_default();
    let conflict = change == Change::Conflict;
    let key = (kind, id.clone());
    let choose_record = {
        let key = key.clone();
        move |ev| {
            let side = match event_target_value(&ev).as_str() {
                "ours" => Some(Side::Ours),
                "theirs" => Some(Side::Theirs),
                _ => None,
            };
            incoming.choices.update(|c| {
                match side {
                    Some(side) => c.records.insert(key.clone(), side),
                    None => c.records.remove(&key),
                };
            });
        }
    };
    let rows = fields.into_iter().map(|f| {
        let field_key = (kind, id.clone(), f.field.clone());
        let pick = move |side: Side| {
            let field_key = field_key.clone();
            move |_| {
                incoming.choices.update(|c| {
                    c.fields.insert(field_key.clone(), side);
                })
            }
        };
        let name = format!("{}-{}", id, f.field);
        let field_name = f.field.clone();
        let shown = |json: &str| {
            let field = f.field.clone();
            let json = json.to_owned();
            move || state.ws.with_untracked(|ws| fields::value(state.texts(), ws, &field, &json))
        };
        view! {
            <tr>
                <th scope="row">{move || fields::name(state.texts(), &field_name)}</th>
                <td>{shown(&f.ours)}{conflict.then(|| view! { <input type="radio" name=name.clone() aria-label=move || state.texts().exchange.field_ours on:change=pick(Side::Ours) /> })}</td>
                <td>{shown(&f.theirs)}{conflict.then(|| view! { <input type="radio" name=name.clone() aria-label=move || state.texts().exchange.field_theirs on:change=pick(Side::Theirs) /> })}</td>
            </tr>
        }
    }).collect_view();
    view! {
        <li class="difference" class:conflict=conflict data-id=id.to_string()>
            <p><span class="badge">{move || (state.texts().exchange.change)(change)}</span>" "
               {move || (state.texts().kind_name)(kind)}": "<strong>{label.clone()}</strong></p>
            {conflict.then(|| view! {
                <select class="conflict-choice" on:change=choose_record.clone()>
                    <option value="">{move || state.texts().exchange.keep_default}</option>
                    <option value="ours">{move || state.texts().exchange.keep_ours}</option>
                    <option value="theirs">{move || state.texts().exchange.keep_theirs}</option>
                </select>
            })}
            <table class="figures-table field-diff">
                <thead><tr><th></th><th scope="col">{move || state.texts().exchange.field_ours}</th><th scope="col">{move || state.texts().exchange.field_theirs}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </li>
    }
}

/// The title, name or text of an incoming record, for the preview's lines.
fn label(bundle: &Bundle, kind: Kind, id: &Id) -> String {
    fn body<T: serde::Serialize>(
        list: &[crate::domain::Record<T>],
        id: &Id,
    ) -> Option<serde_json::Value> {
        let found = list.iter().find(|r| r.id() == id)?;
        serde_json::to_value(found.body()).ok()
    }
    let r = &bundle.records;
    let body = match kind {
        Kind::Agency => body(&r.agencies, id),
        Kind::Plan => body(&r.plans, id),
        Kind::Group => body(&r.groups, id),
        Kind::Task => body(&r.tasks, id),
        Kind::Indicator => body(&r.indicators, id),
        Kind::Meeting => body(&r.meetings, id),
        Kind::Item => body(&r.items, id),
        Kind::Conclusion => body(&r.conclusions, id),
    };
    let body = body.unwrap_or_default();
    ["title", "name", "text"]
        .into_iter()
        .find_map(|k| body.get(k).and_then(|v| v.as_str()).map(str::to_owned))
        .unwrap_or_else(|| id.to_string())
}
