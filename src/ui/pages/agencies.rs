//! The office's list of agencies: find, add, rename, delete.

use crate::domain::Id;
use crate::route::Route;
use crate::search;
use crate::ui::components::text_form::TextForm;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::Kind;
use leptos::prelude::*;

/// Page "Cơ quan": the editable list every task's lead agency is chosen from.
#[component]
pub fn AgenciesPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = RwSignal::new(String::new());
    let add = Callback::new(move |name: String| {
        state.change(|ws, now| ws.add_agency(edge::new_id(), &name, now))?;
        Ok(())
    });
    let rows = move || {
        let query = query.get();
        state.ws.with(|ws| {
            let all = ws.agencies_by_name().into_iter();
            let matching = all.filter(|a| search::matches(&query, &a.body().name));
            matching
                .map(|a| (a.id().clone(), a.body().name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let none = move || rows().is_empty();
    view! {
        <h1>{move || state.texts().agencies.heading}</h1>
        <p>{move || state.texts().agencies.intro}</p>
        <TextForm id="agency-name" label=|t| t.agencies.new_label example=|t| t.agencies.new_example button=|t| t.agencies.add on_submit=add />
        <label for="agency-filter">{move || state.texts().agencies.filter_label}</label>
        <input
            id="agency-filter"
            type="search"
            autocomplete="off"
            prop:value=move || query.get()
            on:input=move |ev| query.set(event_target_value(&ev))
        />
        <Show when=none>
            <p class="empty">{move || state.texts().agencies.none_match}</p>
        </Show>
        <ul class="agencies">
            <For each=rows key=|row| row.clone() children=move |(id, name)| view! { <AgencyItem id name /> } />
        </ul>
    }
}

/// One agency with rename and delete. Deleting one that leads tasks is refused with a reason.
#[component]
fn AgencyItem(id: Id, name: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let renaming = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let rename = {
        let id = id.clone();
        Callback::new(move |typed: String| {
            state.change(|ws, now| ws.rename_agency(&id, &typed, now))?;
            renaming.set(false);
            Ok(())
        })
    };
    let shown = name.clone();
    let page = Route::Agency(id.clone()).to_hash();
    let delete = move |_| {
        if let Err(message) = state.delete(Kind::Agency, &id, &name) {
            error.set(Some(message));
        }
    };
    let initial = shown.clone();
    let form = move || {
        view! {
            <TextForm
                id="agency-rename"
                label=|t| t.rename
                button=|t| t.save
                initial=initial.clone()
                on_submit=rename
                on_cancel=Callback::new(move |()| renaming.set(false))
            />
        }
    };
    view! {
        <li class="agency">
            <Show when=move || !renaming.get() fallback=form>
                <a class="agency-name" href=page.clone()>{shown.clone()}</a>
                <div class="buttons">
                    <button type="button" class="secondary" on:click=move |_| renaming.set(true)>
                        {move || state.texts().rename}
                    </button>
                    <button type="button" class="secondary danger" on:click=delete.clone()>
                        {move || state.texts().delete}
                    </button>
                </div>
                <p class="field-error" role="alert">{move || error.get()}</p>
            </Show>
        </li>
    }
}
