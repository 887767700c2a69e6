//! Coordinating agencies (cơ quan phối hợp): any number, picked from the list by ticking.

use crate::domain::Id;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Checkboxes for every live agency; the lead agency is left out.
#[component]
pub fn AgencyChecks(
    /// The agencies ticked.
    selected: RwSignal<Vec<Id>>,
    /// The lead agency, which cannot also coordinate.
    lead: RwSignal<Option<Id>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let agencies = move || {
        let lead = lead.get();
        state.ws.with(|ws| {
            let list = ws.agencies_by_name().into_iter();
            let list = list.filter(|a| Some(a.id()) != lead.as_ref());
            list.map(|a| (a.id().clone(), a.body().name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let check = move |(id, name): (Id, String)| {
        let (input_id, label_for) = (format!("coord-{id}"), format!("coord-{id}"));
        let (toggle_id, is_id) = (id.clone(), id);
        let toggle = move |ev| {
            let on = event_target_checked(&ev);
            selected.update(|list| {
                list.retain(|a| a != &toggle_id);
                if on {
                    list.push(toggle_id.clone());
                }
            });
        };
        view! {
            <label class="check" for=label_for>
                <input type="checkbox" id=input_id prop:checked=move || selected.with(|l| l.contains(&is_id)) on:change=toggle />
                <span>{name}</span>
            </label>
        }
    };
    view! {
        <fieldset class="agency-checks">
            <legend>{move || state.texts().coordinating_label}</legend>
            <For each=agencies key=|a| a.clone() children=check />
        </fieldset>
    }
}
