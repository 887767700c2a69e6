//! Meeting mode's conclusions: each on a reported item or on the whole meeting, typed live.

use super::facts::card_fold;
use crate::domain::Id;
use crate::ui::components::live_text::LiveText;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::Kind;
use leptos::prelude::*;

/// The chair's conclusions, each on an item or on the whole meeting.
#[component]
pub fn Conclusions(meeting: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let list_meeting = meeting.clone();
    let rows = Memo::new(move |_| {
        state.ws.with(|ws| {
            let list = ws.meeting_conclusions(&list_meeting).into_iter();
            (1..)
                .zip(list.map(|c| c.id().clone()))
                .collect::<Vec<(usize, Id)>>()
        })
    });
    let items_meeting = meeting.clone();
    let items = Memo::new(move |_| state.ws.with(|ws| ws.item_labels(&items_meeting)));
    let add = move |_| match state
        .change(|ws, now| ws.add_conclusion(edge::new_id(), &meeting, None, now))
    {
        Ok(c) => edge::focus(&format!("conclusion-{c}-text")),
        Err(message) => {
            state.notices.tell(message);
        }
    };
    view! {
        <section class="live-section conclusions-section" id="live-conclusions">
            <h2>{move || state.texts().meeting.conclusions_heading}</h2>
            <ol class="live-list">
                <For each=move || rows.get() key=|row| row.clone() children=move |(n, id)| view! { <ConclusionCard n id items /> } />
            </ol>
            <button type="button" class="add-big" id="add-conclusion" on:click=add>{move || state.texts().meeting.conclusion_add}</button>
        </section>
    }
}

#[component]
fn ConclusionCard(n: usize, id: Id, items: Memo<Vec<(Id, String)>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = {
        let id = id.clone();
        move || {
            state
                .ws
                .with_untracked(|ws| ws.conclusions().get(&id).map(|c| c.body().clone()))
        }
    };
    let (item, text) = current().map(|c| (c.item, c.text)).unwrap_or_default();
    let input = {
        let (id, current) = (id.clone(), current.clone());
        Callback::new(move |text: String| {
            let item = current().and_then(|c| c.item);
            state.change(|ws, now| ws.set_conclusion(&id, item.as_ref(), &text, now))
        })
    };
    let about = {
        let id = id.clone();
        move |ev| {
            let item = Id::parse(&event_target_value(&ev)).ok();
            let text = current().map(|c| c.text).unwrap_or_default();
            if let Err(message) =
                state.change(|ws, now| ws.set_conclusion(&id, item.as_ref(), &text, now))
            {
                state.notices.tell(message);
            }
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            if let Err(message) = state.delete(Kind::Conclusion, &id, &format!("{n}")) {
                state.notices.tell(message);
            }
        }
    };
    let select_id = format!("conclusion-{id}-item");
    let (folded, fold) = card_fold();
    view! {
        <li class="live-card" class:folded=folded data-id=id.to_string()>
            <span class="number">{n}"."</span>
            <div class="live-fields">
                <label for=select_id.clone()>{move || state.texts().meeting.conclusion_on_label}</label>
                <select id=select_id on:change=about>
                    <option value="" selected=item.is_none()>{move || state.texts().meeting.conclusion_general}</option>
                    <For each=move || items.get() key=|i| i.clone() children=move |(iid, label)| {
                        let chosen = item.as_ref() == Some(&iid);
                        view! { <option value=iid.to_string() selected=chosen>{label}</option> }
                    } />
                </select>
                <LiveText id=format!("conclusion-{id}-text") label=|t| t.meeting.conclusion_text_label initial=text on_input=input rows=3 />
                <div class="row-actions">
                    <button type="button" class="secondary delete" on:click=delete>{move || state.texts().delete}</button>
                    {fold}
                </div>
            </div>
        </li>
    }
}
