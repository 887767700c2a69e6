//! Choosing an agency from the office's list.

use crate::domain::Id;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A labelled drop-down of the live agencies in alphabetical order. The empty first choice
/// makes the user pick on purpose: a task's lead agency is never guessed.
#[component]
pub fn AgencySelect(
    /// The select's DOM id.
    id: &'static str,
    /// The chosen agency.
    selected: RwSignal<Option<Id>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let options = move || {
        state.ws.with(|ws| {
            ws.agencies_by_name()
                .into_iter()
                .map(|a| {
                    let value = a.id().to_string();
                    let chosen = selected.with(|s| s.as_ref() == Some(a.id()));
                    view! { <option value=value selected=chosen>{a.body().name.clone()}</option> }
                })
                .collect_view()
        })
    };
    let choose = move |ev| selected.set(Id::parse(&event_target_value(&ev)).ok());
    view! {
        <label for=id>{move || state.texts().task_lead_label}</label>
        <select id=id on:change=choose>
            <option value="" selected=move || selected.with(Option::is_none)>"—"</option>
            {options}
        </select>
    }
}
