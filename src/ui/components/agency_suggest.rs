//! Picking an agency by typing a few letters: suggestions that ignore marks, case and the usual
//! abbreviations ("so noi" and "Sở NV" find "Sở Nội vụ", "Sở KH&ĐT" is "Sở Kế hoạch và Đầu tư"),
//! one tap to pick, and a new agency added on the spot when none fits.
//!
//! Nothing typed is lost: leaving the field with the exact name of an agency picks it, and a
//! name that matches none stays in the field, marked as not in the list with one tap to add it,
//! kept across pages and reloads (`store::drafts`) until it is added or another is picked.

use crate::domain::Id;
use crate::i18n::Text;
use crate::store::drafts;
use crate::ui::edge;
use crate::ui::keeper::Keeper;
use crate::ui::state::AppState;
use crate::workspace::Found;
use leptos::prelude::*;

/// Most suggestions shown at once: enough for a tablet screen, few enough to scan.
const SHOWN: usize = 6;

/// A labelled field that suggests live agencies as the user types. Picking one (a tap; Enter
/// for the agency of that name, else the shortest whose name begins so; leaving the field for
/// the agency of that name) runs `on_pick`; a name that matches none can be added to the list.
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
    /// Runs when the field comes to hold something else than the agency picked (typed over,
    /// or a kept draft shown): a form then holds no agency rather than the one before.
    #[prop(optional)]
    on_unpick: Option<Callback<()>>,
    /// Takes a name that matches none instead of adding it to the list at once (a document's
    /// card, whose new agencies are added only when its records are created).
    #[prop(optional)]
    on_new: Option<Callback<String, Result<(), String>>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let keeper = expect_context::<Keeper>();
    // The same field id appears on every meeting's page: the draft is kept per page.
    let draft_key = format!("{}|{id}", edge::hash());
    let drafted = keeper
        .read_store(|s| drafts::get(s, &draft_key))
        .flatten()
        .filter(|d| *d != initial);
    if drafted.is_some() {
        on_unpick.inspect(|u| u.run(()));
    }
    let chosen = StoredValue::new(initial.clone());
    let typed = RwSignal::new(drafted.clone().unwrap_or(initial));
    // The typed name is kept but is no agency of the list (yet).
    let unlisted = RwSignal::new(drafted.is_some());
    let open = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let draft_key = StoredValue::new(draft_key);
    let keep_draft = move |text: &str| {
        let key = draft_key.get_value();
        keeper.keep_quietly(|s| drafts::keep(s, &key, text));
    };
    let suggestions = Memo::new(move |_| {
        let query = typed.get();
        if !open.get() || query.trim().is_empty() {
            return Vec::new();
        }
        state.ws.with(|ws| {
            let found = ws.agencies_for(&query).into_iter().take(SHOWN);
            let found = found.map(|(a, how)| (a.id().clone(), a.body().name.clone(), how));
            found.collect::<Vec<_>>()
        })
    });
    let pick = move |agency: Id, name: String| {
        match on_pick.run(agency) {
            Ok(()) => {
                let shown = if clear_after { String::new() } else { name };
                chosen.set_value(shown.clone());
                typed.set(shown);
                unlisted.set(false);
                keep_draft("");
                error.set(None);
            }
            Err(message) => error.set(Some(message)),
        }
        open.set(false);
    };
    let add_new = move || {
        let name = typed.get_untracked();
        if let Some(on_new) = on_new {
            match on_new.run(name.trim().to_owned()) {
                Ok(()) => {
                    let shown = if clear_after {
                        String::new()
                    } else {
                        name.trim().to_owned()
                    };
                    chosen.set_value(shown.clone());
                    typed.set(shown);
                    unlisted.set(false);
                    keep_draft("");
                    error.set(None);
                }
                Err(message) => error.set(Some(message)),
            }
            open.set(false);
            return;
        }
        match state.change(|ws, now| ws.add_agency(edge::new_id(), &name, now)) {
            Ok(agency) => pick(agency, name.trim().to_owned()),
            Err(message) => error.set(Some(message)),
        }
    };
    // What the field holds when the user is done with it: the agency of that name, picked;
    // else the name itself, kept and marked.
    let settle = move |best: Option<(Id, String, Found)>, enough: Found| {
        let text = typed.get_untracked();
        if text.trim().is_empty() || text == chosen.get_value() {
            unlisted.set(false);
            keep_draft("");
            return;
        }
        match best {
            Some((agency, name, how)) if how <= enough => pick(agency, name),
            _ => {
                unlisted.set(true);
                open.set(false);
            }
        }
    };
    let best = move |text: &str| {
        state.ws.with_untracked(|ws| {
            let found = ws.agencies_for(text).into_iter().next();
            found.map(|(a, how)| (a.id().clone(), a.body().name.clone(), how))
        })
    };
    let keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            settle(best(&typed.get_untracked()), Found::Prefix);
        }
        "Escape" => open.set(false),
        _ => {}
    };
    let typed_in = move |text: String| {
        if typed.with_untracked(|t| *t == text) {
            return;
        }
        let changed = text != chosen.get_value();
        keep_draft(if changed { &text } else { "" });
        if changed {
            on_unpick.inspect(|u| u.run(()));
        }
        unlisted.set(false);
        typed.set(text);
        open.set(true);
    };
    let leave = move |_| settle(best(&typed.get_untracked()), Found::Exact);
    let list_id = format!("{id}-list");
    let note_id = format!("{id}-unlisted");
    let none_fits = move || {
        let blank = typed.with(|t| t.trim().is_empty());
        !blank && (unlisted.get() || (open.get() && suggestions.with(Vec::is_empty)))
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
                aria-describedby=note_id.clone()
                prop:value=move || typed.get()
                on:input=move |ev| typed_in(event_target_value(&ev))
                // A driver's or an extension's clearing may come as a change alone.
                on:change=move |ev| typed_in(event_target_value(&ev))
                on:keydown=keydown
                on:blur=leave
            />
            <p class="unlisted" id=note_id>
                {move || unlisted.get().then(|| (state.texts().meeting.agency_unlisted)(&typed.get()))}
            </p>
            // Pressing on the list keeps the focus in the field, so leaving it never picks
            // before the tap does.
            <ul class="suggestions" id=list_id role="listbox" on:mousedown=|ev| ev.prevent_default()>
                <For
                    each=move || suggestions.get()
                    key=|(agency, _, _)| agency.clone()
                    children=move |(agency, name, _)| {
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
                            {move || match on_new {
                                Some(_) => (state.texts().intake.use_new)(&typed.get()),
                                None => (state.texts().meeting.agency_add_named)(&typed.get()),
                            }}
                        </button>
                    </li>
                </Show>
            </ul>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </div>
    }
}

/// One agency in a form saved by its button (a task's lead): the field picks into `selected`;
/// typing anything else empties it, so a name that is no agency is never saved as the agency
/// picked before.
#[component]
pub fn AgencyField(
    /// The field's DOM id.
    #[prop(into)]
    id: String,
    label: Text,
    selected: RwSignal<Option<Id>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let initial = selected.get_untracked().and_then(|agency| {
        state
            .ws
            .with_untracked(|ws| ws.agency_name(&agency).map(str::to_owned))
    });
    let pick = Callback::new(move |agency: Id| {
        selected.set(Some(agency));
        Ok(())
    });
    let unpick = Callback::new(move |()| selected.set(None));
    view! { <AgencySuggest id label initial=initial.unwrap_or_default() on_pick=pick on_unpick=unpick /> }
}

/// Several agencies (coordinating a task, attending a meeting): a chip for each, with a
/// button to take it off, and a field to add one more by typing.
#[component]
pub fn AgencyChips(
    /// The DOM id of the field that adds one.
    #[prop(into)]
    id: String,
    /// The heading of the list.
    label: Text,
    /// The label of the field that adds one.
    add_label: Text,
    #[prop(into)] chosen: Signal<Vec<Id>>,
    /// An agency that may not be in the list (the task's lead).
    #[prop(optional, into)]
    lead: Option<Signal<Option<Id>>>,
    /// Runs with the list as it is to be; `Err` holds the sentence to show.
    on_change: Callback<Vec<Id>, Result<(), String>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let error = RwSignal::new(None::<String>);
    let name_of = move |agency: &Id| {
        state
            .ws
            .with_untracked(|ws| ws.agency_name(agency).unwrap_or_default().to_owned())
    };
    let add = Callback::new(move |agency: Id| {
        let mut list = chosen.get_untracked();
        if list.contains(&agency) {
            return Ok(());
        }
        if lead.is_some_and(|l| l.get_untracked().as_ref() == Some(&agency)) {
            return Err((state.texts().meeting.agency_is_lead)(&name_of(&agency)));
        }
        list.push(agency);
        on_change.run(list)
    });
    let chips = move || {
        let list = chosen.get();
        let none = list.is_empty().then(|| {
            view! {
                <li class="chips-none">{move || state.texts().meeting.agencies_none}</li>
            }
        });
        let chips = list.into_iter().map(|agency| {
            let name = name_of(&agency);
            let label = name.clone();
            let remove = move |_| {
                let mut list = chosen.get_untracked();
                list.retain(|a| a != &agency);
                error.set(on_change.run(list).err());
            };
            view! {
                <li class="chip">{name}
                    <button type="button" class="chip-remove" aria-label=move || (state.texts().meeting.remove_named)(&label)
                        on:click=remove>"×"</button>
                </li>
            }
        }).collect_view();
        (none, chips)
    };
    let heading_id = format!("{id}-heading");
    view! {
        <div class="agency-chips">
            <span class="live-label" id=heading_id.clone()>{move || label(state.texts())}</span>
            <ul class="chips" aria-labelledby=heading_id>{chips}</ul>
            <div class="chip-add">
                <AgencySuggest id label=add_label initial="" on_pick=add clear_after=true />
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </div>
    }
}
