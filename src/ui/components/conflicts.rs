//! The conflicts a record keeps since an import, where the record is shown: each field two
//! offices edited apart, the value shown and the others kept, each one tap from being chosen;
//! a deletion made apart from an edit, with "delete" and "keep". A choice is an edit that
//! follows every value, so it settles the conflict everywhere it travels.

use crate::domain::Id;
use crate::ui::components::field_words as fields;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::{FieldConflict, Kind};
use leptos::prelude::*;
use serde_json::Value;

/// Nothing while the record holds no conflict.
#[component]
pub fn RecordConflicts(
    /// The record's kind.
    kind: Kind,
    /// The record.
    id: Id,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let conflicts = {
        let id = id.clone();
        Memo::new(move |_| state.ws.with(|ws| ws.conflicts(kind, &id)))
    };
    let choose = {
        let id = id.clone();
        move |field: &'static str, value: Value| {
            let id = id.clone();
            move |_| {
                if let Err(message) =
                    state.change(|ws, now| ws.choose_value(kind, &id, field, &value, now))
                {
                    state.notices.tell(message);
                }
            }
        }
    };
    let deleted = {
        let choose = choose.clone();
        move || {
            conflicts.with(|c| c.deleted_apart).then(|| view! {
                <p>{move || state.texts().exchange.deleted_apart}</p>
                <div class="buttons">
                    <button type="button" class="secondary danger" on:click=choose("deleted", Value::Bool(true))>{move || state.texts().exchange.delete_it}</button>
                    <button type="button" class="secondary" on:click=choose("deleted", Value::Bool(false))>{move || state.texts().exchange.keep_it}</button>
                </div>
            })
        }
    };
    view! {
        <Show when=move || !conflicts.with(|c| c.is_empty())>
            <section class="record-conflicts warning" role="note">
                <h2>{move || state.texts().exchange.conflicts_here}</h2>
                {deleted.clone()}
                {
                    let id = id.clone();
                    move || conflicts.get().fields.into_iter().map(|conflict| view! {
                        <FieldChoice kind id=id.clone() conflict />
                    }).collect_view()
                }
            </section>
        </Show>
    }
}

/// One field in conflict: the value shown, then each other value, each with its button.
#[component]
fn FieldChoice(kind: Kind, id: Id, conflict: FieldConflict) -> impl IntoView {
    let state = expect_context::<AppState>();
    let FieldConflict {
        field,
        shown,
        shown_at,
        others,
    } = conflict;
    let words = {
        let field = field.clone();
        move |value: &Value| {
            let json = value.to_string();
            state
                .ws
                .with_untracked(|ws| fields::value(state.texts(), ws, kind, &field, &json))
        }
    };
    let when = |at: Option<crate::domain::Timestamp>| at.map(edge::local_time).unwrap_or_default();
    let pick = {
        let (id, field) = (id.clone(), field.clone());
        move |value: Value| {
            let (id, field) = (id.clone(), field.clone());
            move |_| {
                if let Err(message) =
                    state.change(|ws, now| ws.choose_value(kind, &id, &field, &value, now))
                {
                    state.notices.tell(message);
                }
            }
        }
    };
    let label = fields::name(state.lang.get_untracked(), kind, &field, state.texts());
    let shown_line =
        (state.texts().exchange.conflict_shown)(&label, &words(&shown), &when(shown_at));
    view! {
        <div class="field-conflict">
            <p>{shown_line}" "
                <button type="button" class="secondary" on:click=pick(shown.clone())>{move || state.texts().exchange.keep_shown}</button>
            </p>
            {others.into_iter().map(|(value, at)| {
                let line = (state.texts().exchange.conflict_other)(&words(&value), &when(Some(at)));
                view! {
                    <p>{line}" "
                        <button type="button" on:click=pick(value)>{move || state.texts().exchange.use_this}</button>
                    </p>
                }
            }).collect_view()}
        </div>
    }
}
