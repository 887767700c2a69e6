//! Meeting mode's reported items: who reported what, typed live, and a shortcut to conclude
//! on one.

use super::facts::card_fold;
use crate::domain::Id;
use crate::ui::components::agency_suggest::AgencySuggest;
use crate::ui::components::live_text::LiveText;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::Kind;
use leptos::prelude::*;

/// Reported items: who reported what, and a shortcut to conclude on one.
#[component]
pub fn Items(meeting: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let list_meeting = meeting.clone();
    let rows = Memo::new(move |_| {
        state.ws.with(|ws| {
            let items = ws.meeting_items(&list_meeting).into_iter();
            (1..)
                .zip(items.map(|i| i.id().clone()))
                .collect::<Vec<(usize, Id)>>()
        })
    });
    let add = move |_| match state.change(|ws, now| ws.add_item(edge::new_id(), &meeting, now)) {
        Ok(item) => edge::focus(&format!("item-{item}-agency")),
        Err(message) => {
            state.notices.tell(message);
        }
    };
    view! {
        <section class="live-section items-section" id="live-items">
            <h2>{move || state.texts().meeting.items_heading}</h2>
            <ol class="live-list">
                <For each=move || rows.get() key=|row| row.clone() children=move |(n, id)| view! { <ItemCard n id /> } />
            </ol>
            <button type="button" class="add-big" id="add-item" on:click=add>{move || state.texts().meeting.item_add}</button>
        </section>
    }
}

#[component]
fn ItemCard(n: usize, id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (agency_name, text, meeting) = state.ws.with_untracked(|ws| {
        let item = ws.items().get(&id).map(|i| i.body().clone());
        let name = item
            .as_ref()
            .and_then(|i| i.agency.as_ref())
            .and_then(|a| ws.agency_name(a));
        (
            name.unwrap_or_default().to_owned(),
            item.as_ref().map(|i| i.text.clone()).unwrap_or_default(),
            item.map(|i| i.meeting),
        )
    });
    let current = {
        let id = id.clone();
        move || {
            state
                .ws
                .with_untracked(|ws| ws.items().get(&id).map(|i| i.body().clone()))
        }
    };
    let pick = {
        let (id, current) = (id.clone(), current.clone());
        Callback::new(move |agency: Id| {
            let text = current().map(|i| i.text).unwrap_or_default();
            state.change(|ws, now| ws.set_item(&id, Some(&agency), &text, now))
        })
    };
    let input = {
        let id = id.clone();
        Callback::new(move |text: String| {
            let agency = current().and_then(|i| i.agency);
            state.change(|ws, now| ws.set_item(&id, agency.as_ref(), &text, now))
        })
    };
    let conclude = {
        let id = id.clone();
        move |_| {
            let Some(meeting) = meeting.clone() else {
                return;
            };
            match state
                .change(|ws, now| ws.add_conclusion(edge::new_id(), &meeting, Some(&id), now))
            {
                Ok(c) => edge::focus(&format!("conclusion-{c}-text")),
                Err(message) => {
                    state.notices.tell(message);
                }
            }
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            let name = format!("{n}");
            if let Err(message) = state.delete(Kind::Item, &id, &name) {
                state.notices.tell(message);
            }
        }
    };
    let (folded, fold) = card_fold();
    view! {
        <li class="live-card" class:folded=folded data-id=id.to_string()>
            <span class="number">{n}"."</span>
            <div class="live-fields">
                <AgencySuggest id=format!("item-{id}-agency") label=|t| t.meeting.item_agency_label initial=agency_name on_pick=pick />
                <LiveText id=format!("item-{id}-text") label=|t| t.meeting.item_text_label initial=text on_input=input />
                <div class="row-actions">
                    <button type="button" class="secondary conclude" on:click=conclude>{move || state.texts().meeting.conclusion_add_on_item}</button>
                    <button type="button" class="secondary delete" on:click=delete>{move || state.texts().delete}</button>
                    {fold}
                </div>
            </div>
        </li>
    }
}
