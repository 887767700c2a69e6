//! Picking an agency by typing a few letters: suggestions that ignore marks and case ("so noi"
//! finds "Sở Nội vụ"), one tap to pick, and a new agency added when none fits.

use crate::domain::Id;
use crate::i18n::Text;
use crate::search::matches;
use crate::ui::edge;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Most suggestions shown at once: enough for a tablet screen, few enough to scan.
const SHOWN: usize = 6;

/// A labelled field that suggests live agencies as the user types. Picking one (a tap, or
/// Enter for the first) runs `on_pick`; a name that matches none can be added to the list.
#[component]
pub fn AgencySuggest(
    /// The field's DOM id.
    #[prop(into)]
    id: String,
    /// The label above the field.
    label: Text,
    /// The name the field starts with (the agency chosen so far), or empty.
    #[prop(into)]
    initial: String,
    /// Runs with the picked agency; `Err` holds the sentence to show.
    on_pick: Callback<Id, Result<(), String>>,
    /// Empties the field after a pick (for adding to a list) instead of showing the name.
    #[prop(optional)]
    clear_after: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let typed = RwSignal::new(initial);
    let open = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let suggestions = Memo::new(move |_| {
        let query = typed.get();
        if !open.get() || query.trim().is_empty() {
            return Vec::new();
        }
        state.ws.with(|ws| {
            let list = ws.agencies_by_name().into_iter();
            let found = list.filter(|a| matches(&query, &a.body().name));
            let found = found.map(|a| (a.id().clone(), a.body().name.clone()));
            found.take(SHOWN).collect::<Vec<_>>()
        })
    });
    let pick = move |agency: Id, name: String| {
        match on_pick.run(agency) {
            Ok(()) => {
                typed.set(if clear_after { String::new() } else { name });
                error.set(None);
            }
            Err(message) => error.set(Some(message)),
        }
        open.set(false);
    };
    let add_new = move || {
        let name = typed.get_untracked();
        match state.change(|ws, now| ws.add_agency(edge::new_id(), &name, now)) {
            Ok(agency) => pick(agency, name.trim().to_owned()),
            Err(message) => error.set(Some(message)),
        }
    };
    let keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            match suggestions.get_untracked().into_iter().next() {
                Some((agency, name)) => pick(agency, name),
                None if open.get_untracked() && !typed.get_untracked().trim().is_empty() => {
                    add_new()
                }
                None => {}
            }
        }
        "Escape" => open.set(false),
        _ => {}
    };
    let list_id = format!("{id}-list");
    let none_fits = move || {
        open.get() && !typed.with(|t| t.trim().is_empty()) && suggestions.with(Vec::is_empty)
    };
    view! {
        <div class="suggest">
            <label for=id.clone()>{move || label(state.texts())}</label>
            <input
                id=id.clone()
                type="text"
                autocomplete="off"
                role="combobox"
                aria-controls=list_id.clone()
                aria-expanded=move || (!suggestions.with(Vec::is_empty)).to_string()
                prop:value=move || typed.get()
                on:input=move |ev| {
                    typed.set(event_target_value(&ev));
                    open.set(true);
                }
                on:keydown=keydown
            />
            <ul class="suggestions" id=list_id role="listbox">
                <For
                    each=move || suggestions.get()
                    key=|(agency, _)| agency.clone()
                    children=move |(agency, name)| {
                        let shown = name.clone();
                        view! {
                            <li role="option">
                                <button type="button" class="suggestion" on:click=move |_| pick(agency.clone(), name.clone())>{shown}</button>
                            </li>
                        }
                    }
                />
                <Show when=none_fits>
                    <li>
                        <button type="button" class="suggestion new" on:click=move |_| add_new()>
                            {move || (state.texts().meeting.agency_add_named)(&typed.get())}
                        </button>
                    </li>
                </Show>
            </ul>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </div>
    }
}
