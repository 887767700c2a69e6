//! The records an import changes, grouped by what happens to them (conflicts first, each under
//! its own heading), with their fields by name: ours and theirs side by side, when each was
//! edited, and what importing does to it; a conflicting field or record gets a choice.

use super::Incoming;
use crate::bundle::{Change, FieldChange, FieldDiff, Preview, RecordChange, Side};
use crate::ui::components::field_words as fields;
use crate::ui::edge;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The changes the preview lists record by record, in this order.
const LISTED: [Change; 5] = [
    Change::Conflict,
    Change::Merged,
    Change::Updated,
    Change::Deleted,
    Change::Follows,
];

/// At most this many records of one change are drawn; the counts table has them all.
const SHOWN: usize = 50;

/// One section per listed change that has records.
#[component]
pub fn Differences(incoming: Incoming, preview: Memo<Option<Preview>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let of = move |change: Change| {
        let list = preview.with(|p| {
            let all = p.as_ref().map(|p| p.changes.as_slice()).unwrap_or_default();
            all.iter()
                .filter(|c| c.change == change)
                .cloned()
                .collect::<Vec<_>>()
        });
        list
    };
    view! {
        {LISTED.into_iter().map(|change| view! {
            <Show when=move || !of(change).is_empty()>
                <h3 class="change-heading">
                    {move || (state.texts().exchange.change_heading)(change)}
                </h3>
                <ul class="differences">
                    {move || of(change).into_iter().take(SHOWN).map(|c| view! { <Difference incoming change=c /> }).collect_view()}
                </ul>
                {move || {
                    let more = of(change).len().saturating_sub(SHOWN);
                    (more > 0).then(|| view! { <p class="hint">{(state.texts().exchange.more_rows)(more)}</p> })
                }}
            </Show>
        }).collect_view()}
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
        .with_untracked(|b| {
            b.as_ref()
                .map(|b| state.ws.with_untracked(|ws| b.record_name(ws, kind, &id)))
        })
        .unwrap_or_default();
    let conflict = change == Change::Conflict;
    let key = (kind, id.clone());
    let choose_record = move |ev| {
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
    };
    let rows = fields
        .into_iter()
        .map(|f| view! { <FieldRow incoming kind id=id.clone() diff=f /> })
        .collect_view();
    view! {
        <li class="difference" class:conflict=conflict data-id=id.to_string()>
            <p><span class="badge">{move || (state.texts().exchange.change)(change)}</span>" "
               {move || (state.texts().kind_name)(kind)}": "<strong>{label.clone()}</strong></p>
            {conflict.then(|| view! {
                <select class="conflict-choice" aria-label=move || state.texts().exchange.col_result on:change=choose_record.clone()>
                    <option value="">{move || state.texts().exchange.keep_default}</option>
                    <option value="ours">{move || state.texts().exchange.keep_ours}</option>
                    <option value="theirs">{move || state.texts().exchange.keep_theirs}</option>
                </select>
            })}
            <div class="table-scroll">
                <table class="figures-table field-diff">
                    <thead><tr>
                        <th scope="col">{move || state.texts().exchange.col_field}</th>
                        <th scope="col">{move || state.texts().exchange.field_ours}</th>
                        <th scope="col">{move || state.texts().exchange.field_theirs}</th>
                        <th scope="col">{move || state.texts().exchange.col_result}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </li>
    }
}

/// One field: its name, each side's value and edit time, and what importing does to it.
#[component]
fn FieldRow(
    incoming: Incoming,
    kind: crate::workspace::Kind,
    id: crate::domain::Id,
    diff: FieldDiff,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let FieldDiff {
        field,
        ours,
        theirs,
        change,
        ours_at,
        theirs_at,
    } = diff;
    let name = field_name(&state, kind, &field);
    let conflict = matches!(change, FieldChange::Conflict { .. });
    let radio = format!("{id}-{field}");
    let field_key = (kind, id.clone(), field.clone());
    let pick = move |side: Side| {
        let field_key = field_key.clone();
        move |_| {
            incoming.choices.update(|c| {
                c.fields.insert(field_key.clone(), side);
            })
        }
    };
    let side = move |json: String, at: Option<crate::domain::Timestamp>, who: Side| {
        let field = field.clone();
        let value = move || {
            state
                .ws
                .with_untracked(|ws| fields::value(state.texts(), ws, kind, &field, &json))
        };
        let when = at.map(|t| (state.texts().exchange.edited_at)(&edge::local_time(t)));
        let name = radio.clone();
        let label = move || match who {
            Side::Ours => state.texts().exchange.field_ours,
            Side::Theirs => state.texts().exchange.field_theirs,
        };
        view! {
            <td>
                <span class="value">{value}</span>
                {when.map(|w| view! { <br /><small class="when">{w}</small> })}
                {conflict.then(|| view! { <input type="radio" name=name aria-label=label on:change=pick(who) /> })}
            </td>
        }
    };
    let result = move || {
        let texts = &state.texts().exchange;
        match change {
            FieldChange::Theirs => texts.result_theirs,
            FieldChange::Ours => texts.result_ours,
            FieldChange::Follows => texts.result_follows,
            FieldChange::Settled => texts.result_settled,
            FieldChange::Conflict { shown, chosen } => (texts.result_conflict)(shown, chosen),
        }
    };
    view! {
        <tr class:conflict=conflict>
            <th scope="row">{name}</th>
            {side(ours, ours_at, Side::Ours)}
            {side(theirs, theirs_at, Side::Theirs)}
            <td>{result}</td>
        </tr>
    }
}

fn field_name(state: &AppState, kind: crate::workspace::Kind, field: &str) -> impl Fn() -> String {
    let (state, field) = (*state, field.to_owned());
    move || fields::name(state.lang.get(), kind, &field, state.texts())
}
