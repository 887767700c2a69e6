//! Meeting mode: one screen for the secretary at the meeting table. Each "+" adds an item, a
//! conclusion or an assignment with one tap and puts the caret in it; every keystroke is saved.

use super::assignment::{AssignmentCard, NewAssignment};
use crate::domain::Id;
use crate::route::Route;
use crate::ui::components::agency_suggest::AgencySuggest;
use crate::ui::components::live_text::LiveText;
use crate::ui::edge;
use crate::ui::state::AppState;
use crate::workspace::Kind;
use leptos::prelude::*;

/// Page "Ghi diễn biến cuộc họp" of one meeting.
#[component]
pub fn MeetingLivePage(
    /// The meeting being recorded.
    id: Id,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let title = {
        let id = id.clone();
        move || {
            state
                .ws
                .with(|ws| ws.meetings().get(&id).map(|m| m.body().title.clone()))
        }
    };
    let exists = {
        let title = title.clone();
        move || title().is_some()
    };
    let back = Route::Meeting(id.clone()).to_hash();
    view! {
        <Show when=exists fallback=move || view! { <p class="empty">{move || state.texts().meeting.missing}</p> }>
            <div class="live-head">
                <a class="back" href=back.clone()>{move || state.texts().meeting.back}</a>
                <a class="button secondary" href=Route::Notice(id.clone()).to_hash()>{move || state.texts().meeting.notice_open}</a>
            </div>
            <h1 class="live-title">{title.clone()}</h1>
            <p class="hint">{move || state.texts().meeting.live_saved_hint}</p>
            <Items meeting=id.clone() />
            <Conclusions meeting=id.clone() />
            <Assignments meeting=id.clone() />
        </Show>
    }
}

/// Reported items: who reported what, and a shortcut to conclude on one.
#[component]
fn Items(meeting: Id) -> impl IntoView {
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
            state.notify(message, None, false);
        }
    };
    view! {
        <section class="live-section items-section">
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
                    state.notify(message, None, false);
                }
            }
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            let name = format!("{n}");
            if let Err(message) = state.delete(Kind::Item, &id, &name) {
                state.notify(message, None, false);
            }
        }
    };
    view! {
        <li class="live-card" data-id=id.to_string()>
            <span class="number">{n}"."</span>
            <div class="live-fields">
                <AgencySuggest id=format!("item-{id}-agency") label=|t| t.meeting.item_agency_label initial=agency_name on_pick=pick />
                <LiveText id=format!("item-{id}-text") label=|t| t.meeting.item_text_label initial=text on_input=input />
                <div class="row-actions">
                    <button type="button" class="secondary conclude" on:click=conclude>{move || state.texts().meeting.conclusion_add_on_item}</button>
                    <button type="button" class="secondary delete" on:click=delete>{move || state.texts().delete}</button>
                </div>
            </div>
        </li>
    }
}

/// The chair's conclusions, each on an item or on the whole meeting.
#[component]
fn Conclusions(meeting: Id) -> impl IntoView {
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
    let items = Memo::new(move |_| {
        state.ws.with(|ws| {
            let items = ws.meeting_items(&items_meeting).into_iter().enumerate();
            items
                .map(|(n, i)| {
                    let agency = i.body().agency.as_ref().and_then(|a| ws.agency_name(a));
                    (
                        i.id().clone(),
                        format!("{}. {}", n + 1, agency.unwrap_or_default()),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let add = move |_| match state
        .change(|ws, now| ws.add_conclusion(edge::new_id(), &meeting, None, now))
    {
        Ok(c) => edge::focus(&format!("conclusion-{c}-text")),
        Err(message) => {
            state.notify(message, None, false);
        }
    };
    view! {
        <section class="live-section conclusions-section">
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
                state.notify(message, None, false);
            }
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            if let Err(message) = state.delete(Kind::Conclusion, &id, &format!("{n}")) {
                state.notify(message, None, false);
            }
        }
    };
    let select_id = format!("conclusion-{id}-item");
    view! {
        <li class="live-card" data-id=id.to_string()>
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
                </div>
            </div>
        </li>
    }
}

/// The assignments: each is a task, tracked in the checklists from the moment it is given.
#[component]
fn Assignments(meeting: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let list_meeting = meeting.clone();
    let rows = Memo::new(move |_| {
        state.ws.with(|ws| {
            let list = ws.meeting_tasks(&list_meeting).into_iter();
            (1..)
                .zip(list.map(|t| t.id().clone()))
                .collect::<Vec<(usize, Id)>>()
        })
    });
    view! {
        <section class="live-section assignments-section">
            <h2>{move || state.texts().meeting.assignments_heading}</h2>
            <ol class="live-list">
                <For each=move || rows.get() key=|row| row.clone() children=move |(n, id)| view! { <AssignmentCard n id /> } />
            </ol>
            <NewAssignment meeting />
        </section>
    }
}
